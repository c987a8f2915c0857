import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { SampleRequest } from './quiz-samples';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What `npm run quiz -- sample --json` prints for one question (scripts/cli/quiz.ts sampleEntry). */
export interface Sample {
  id: string;
  seed: number;
  type: string;
  prompt: string;
  params: Record<string, number>;
  options?: { key: string; text: string }[];
  answer: { keys?: string[]; value?: number; reference?: unknown };
  explanations?: Record<string, string>;
  working: { label: string; expression: string; result: string }[];
}

/**
 * Questions and answers computed by one long-lived `quiz-samples.ts --serve` process, from the same lib/quiz
 * code the server grades with. Started on the first request; a spec closes it in afterAll.
 */
export class QuizSampler {
  private child: ChildProcessWithoutNullStreams | null = null;
  private pending: { resolve: (value: unknown[]) => void; reject: (error: Error) => void }[] = [];

  async sample(id: string, seed: number): Promise<Sample> {
    return (await this.samples([{ id, seed }]))[0] as Sample;
  }

  /** The questions of a topic's session, in the order the session shows them. */
  async session(topic: string, sessionSeed: number): Promise<Sample[]> {
    return (await this.samples([{ topic, sessionSeed } as SampleRequest]))[0] as Sample[];
  }

  samples(requests: SampleRequest[]): Promise<unknown[]> {
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${JSON.stringify(requests)}\n`);
    });
  }

  close() {
    this.child?.stdin.end();
    this.child = null;
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'e2e/support/quiz-samples.ts', '--serve'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const reply = JSON.parse(line) as { samples?: unknown[]; error?: string };
      const waiting = this.pending.shift();
      if (reply.samples) waiting?.resolve(reply.samples);
      else waiting?.reject(new Error(`quiz-samples.ts: ${reply.error}`));
    });
    child.on('exit', (code) => {
      for (const waiting of this.pending.splice(0)) waiting.reject(new Error(`quiz-samples.ts exited (${code}): ${stderr}`));
      if (this.child === child) this.child = null;
    });
    this.child = child;
    return child;
  }
}
