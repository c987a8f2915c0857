// Grading a restructure answer on the server: in a bounded worker (lib/bounded) with the server's wall-clock
// budget and a heap cap. Whatever the definition does, the answer is a review, never a throw or a hang.

import { runBounded } from '../bounded';
import { WALL_CLOCK_BUDGET_MS } from '../engine';
import type { RestructureTask } from '../quiz/restructure';
import type { RestructureReview } from '../quiz/types';

export const RESTRUCTURE_LIMITS = {
  /** The whole grading of one answer (parse, validate, run, price). */
  timeoutMs: WALL_CLOCK_BUDGET_MS.server,
  maxHeapMb: 256,
} as const;

export async function gradeRestructureBounded(task: RestructureTask, limits: { timeoutMs: number; maxHeapMb: number } = RESTRUCTURE_LIMITS): Promise<RestructureReview> {
  const result = await runBounded<RestructureReview>('quiz-restructure', task, limits);
  if (result.ok) return result.value;
  const why =
    result.reason === 'timeout'
      ? `Grading was stopped after ${limits.timeoutMs / 1000} s: the run took too long (an endless loop, or far too much work for one run).`
      : result.reason === 'memory'
        ? `Grading was stopped: the run needed more than ${limits.maxHeapMb} MB of memory.`
        : `Grading failed: ${result.message}`;
  return { status: 'failed', message: why };
}
