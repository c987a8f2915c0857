import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { costCommand } from './cost';

const dir = mkdtempSync(join(tmpdir(), 'sfn-cost-'));

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
}

async function cost(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await costCommand.main(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

const inlineMap = file('inline.json', {
  StartAt: 'EachItem',
  States: {
    EachItem: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' },
        StartAt: 'Validate',
        States: { Validate: { Type: 'Pass', Next: 'Enrich' }, Enrich: { Type: 'Pass', Next: 'Store' }, Store: { Type: 'Pass', End: true } },
      },
      Next: 'Done',
    },
    Done: { Type: 'Pass', End: true },
  },
});
const items = file('items.json', { items: Array.from({ length: 1000 }, (_, i) => i) });

describe('sfn cost', () => {
  it('prints stateTransitions, totalUsd and monthlyUsd for the 1,000-item inline Map', async () => {
    const { code, out } = await cost([inlineMap, '--input', items, '--runs-per-month', '10000']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.stateTransitions).toBe(3002);
    expect(report.totalUsd).toBeCloseTo(0.07505, 12);
    expect(report.monthlyUsd).toBeCloseTo(750.4, 9); // (30,020,000 - 4,000 free) x $0.000025
    expect(report.breakdown.transitionsByState.map((l: { state: string }) => l.state).slice(0, 3).sort()).toEqual(['Enrich', 'Store', 'Validate']);
    expect(report.monthly.lines.map((l: { id: string }) => l.id)).toEqual(['standard-free-tier', 'standard-transitions']);
  });

  it('prices retries from a mock config and the Lambda behind the Task', async () => {
    const definition = file('task.json', {
      StartAt: 'Charge',
      States: {
        Charge: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
          Retry: [{ ErrorEquals: ['Busy'], MaxAttempts: 3, IntervalSeconds: 1 }],
          End: true,
        },
      },
    });
    const mocks = file('mocks.json', {
      StateMachines: { Payments: { TestCases: { Flaky: { Charge: 'FailTwice' } } } },
      MockedResponses: { FailTwice: { '0-1': { Throw: { Error: 'Busy', Cause: 'later' } }, '2': { Return: { StatusCode: 200, Payload: { ok: true } } } } },
    });
    const { code, out } = await cost([definition, '--mock-config', mocks, '--test-case', 'Flaky', '--lambda-memory-mb', '128']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.status).toBe('SUCCEEDED');
    expect(report.stateTransitions).toBe(3);
    expect(report.breakdown.transitionsByState[0]).toEqual({ state: 'Charge', transitions: 3, entries: 1, retries: 2 });
    expect(report.breakdown.usage.lambdaRequests).toBe('3');
    expect(report.monthlyUsd).toBeUndefined();
  });

  it('prices an EXPRESS run by requests and duration', async () => {
    const wait = file('wait.json', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3, End: true } } });
    const { code, out } = await cost([wait, '--type', 'express', '--runs-per-month', '1000000']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.breakdown.express).toMatchObject({ durationMs: 3000, billedDurationMs: 3000, billedMemoryMb: 64 });
    // 1M requests = $1.00; 1M x 3 s x 64/1024 GB = 187,500 GB-s x $0.00001667 = $3.125625
    expect(report.monthlyUsd).toBeCloseTo(1 + 187_500 * 0.00001667, 9);
  });

  it('explains bad flags and unpriceable regions', async () => {
    expect((await cost([inlineMap, '--runs-per-month', 'lots'])).err).toMatch(/--runs-per-month must be a non-negative whole number/);
    const eu = await cost([inlineMap, '--input', items, '--type', 'EXPRESS', '--region', 'eu-west-1']);
    expect(eu.code).toBe(1);
    expect(eu.err).toMatch(/RATES_NOT_CONFIRMED at region/);
    expect((await cost([])).code).toBe(2);
  });
});
