// The lint boundaries of issue 18, proven on probe files linted with the project's own eslint.config.mjs:
// a commit that imports React (or Node, or the app) into the pure core fails `npm test`'s lint step, and so
// does a component reaching into the engine's inner files.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
let eslint: ESLint;
// The first lint loads the whole configuration (Next's plugins, the TypeScript parser): on a busy machine
// that alone can take longer than vitest's default per-test timeout, so it happens here, once.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText('export const warm = 1;\n', { filePath: path.join(root, 'lib/engine/warm.ts') });
}, 180_000);

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint boundaries', () => {
  it('refuses React in the engine', async () => {
    const messages = await restricted('lib/engine/states/probe.ts', "import { useState } from 'react';\nexport const probe = useState;\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/pure core/);
    // A file of the engine named like a Node module (variables/path) is not Node's path.
    expect(await restricted('lib/engine/states/probe.ts', "import { queryVariablePath } from '../variables/path';\nexport const probe = queryVariablePath;\n")).toEqual([]);
  });

  it.each([
    ['lib/pricing/probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"],
    ['lib/grading/probe.ts', "import { prisma } from '@/lib/db/client';\nexport const probe = prisma;\n"],
    ['lib/quiz/probe.ts', "import Link from 'next/link';\nexport const probe = Link;\n"],
    ['lib/engine/probe.ts', "import { Sandbox } from '../../components/sandbox/Sandbox';\nexport const probe = Sandbox;\n"],
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect(await restricted(file, code)).toHaveLength(1);
  });

  it('lets the pure core import its own files and plain libraries', async () => {
    expect(await restricted('lib/engine/states/probe.ts', "import { StatesError } from '../errors';\nimport { z } from 'zod';\nexport const probe = [StatesError, z];\n")).toEqual([]);
  });

  it("keeps components on the engine's public entry points", async () => {
    expect(await restricted('components/sandbox/probe.ts', "import { compileMachine } from '../../lib/engine/runtime/compile';\nexport const probe = compileMachine;\n")).toHaveLength(1);
    expect(await restricted('app/probe.ts', "import { stateHandlers } from '@/lib/engine/states';\nexport const probe = stateHandlers;\n")).toHaveLength(1);
    expect(
      await restricted(
        'components/sandbox/probe.ts',
        "import { startExecution } from '@/lib/engine';\nimport type { JsonValue } from '@/lib/engine/types';\nimport { SourceMap } from '../../lib/engine/parse';\nimport { createWorld } from '@/lib/engine/services';\nexport const probe = [startExecution, SourceMap, createWorld] as unknown as JsonValue;\n",
      ),
    ).toEqual([]);
  });
});
