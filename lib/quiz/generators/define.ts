// Typed helpers for writing generators: a generator names its parameters once and gets them back typed.

import type { ExecutionResult } from '../../engine/types';
import { costOf, projectMonthly } from '../../pricing';
import { formatUsdNumber } from '../units';
import type { ArithmeticStep, Generated, GeneratedKind, MachineCheck, ParamSpec, QuizGenerator } from '../types';

export interface GeneratorDefinition<P extends string> {
  id: string;
  description: string;
  kind: GeneratedKind;
  params: Record<P, ParamSpec>;
  answerRange?: { min: number; max: number };
  build(params: Record<P, number>): Generated;
}

export function defineGenerator<P extends string>(definition: GeneratorDefinition<P>): QuizGenerator {
  return definition as unknown as QuizGenerator;
}

export function step(label: string, expression: string, result: string): ArithmeticStep {
  return { label, expression, result };
}

export function usdStep(label: string, expression: string, usd: number): ArithmeticStep {
  return { label, expression, result: formatUsdNumber(usd) };
}

/** Check: the engine's transition count for one run. */
export function transitionsCheck(expected: number, what = 'state transitions per run'): MachineCheck {
  return { what, expected, actual: (r) => r.billing.stateTransitions };
}

/** Check: a month of runs like the engine's run, priced by lib/pricing (free tier as given). */
export function monthlyCostCheck(expected: number, runs: number, options: { freeTier?: boolean; type?: 'STANDARD' | 'EXPRESS'; memoryMb?: number; childMemoryMb?: number } = {}): MachineCheck {
  return {
    what: `cost of ${runs.toLocaleString('en-US')} runs a month`,
    expected,
    tolerance: 1e-9,
    actual: (r: ExecutionResult) =>
      projectMonthly(
        costOf(r, {
          type: options.type ?? 'STANDARD',
          ...(options.memoryMb !== undefined ? { memoryMb: options.memoryMb } : {}),
          ...(options.childMemoryMb !== undefined ? { childMemoryMb: options.childMemoryMb } : {}),
        }),
        runs,
        { freeTier: options.freeTier ?? true },
      ).totalUsd,
  };
}

/** Check: the run succeeded (1) rather than failed (0). */
export function succeededCheck(expected: boolean): MachineCheck {
  return { what: 'run succeeded', expected: expected ? 1 : 0, actual: (r) => (r.status === 'SUCCEEDED' ? 1 : 0) };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
