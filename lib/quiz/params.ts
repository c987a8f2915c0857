// Parameters from a seed: each generator declares its parameters with ranges, and every attempt draws them
// from its own seed, so the same seed always shows the same numbers (a review replays the attempt).

import { createRandom, type SeededRandom } from '../engine/random';
import type { ParamSpec, Params } from './types';

export function paramValues(spec: ParamSpec): number[] | null {
  return 'values' in spec ? [...spec.values] : null;
}

export function drawParam(random: SeededRandom, spec: ParamSpec): number {
  if ('values' in spec) return spec.values[random.int(spec.values.length)] as number;
  const step = spec.step ?? 1;
  const slots = Math.floor((spec.max - spec.min) / step) + 1;
  return spec.min + random.int(slots) * step;
}

/** Draws every parameter, in declaration order, from the seed. */
export function drawParams(specs: Record<string, ParamSpec>, seed: number): Params {
  const random = createRandom(seed);
  const params: Params = {};
  for (const [name, spec] of Object.entries(specs)) params[name] = drawParam(random, spec);
  return params;
}

/** Why a value is outside its declared range, or null when it is inside. */
export function paramProblem(name: string, spec: ParamSpec, value: number | undefined): string | null {
  if (value === undefined || !Number.isFinite(value)) return `parameter ${name} is missing or not finite`;
  if ('values' in spec) return spec.values.includes(value) ? null : `parameter ${name} = ${value} is not one of ${spec.values.join(', ')}`;
  const step = spec.step ?? 1;
  if (value < spec.min || value > spec.max) return `parameter ${name} = ${value} is outside ${spec.min}..${spec.max}`;
  if (!Number.isInteger((value - spec.min) / step)) return `parameter ${name} = ${value} is not on a step of ${step} from ${spec.min}`;
  return null;
}

/** A seeded shuffle (Fisher–Yates) that leaves its input alone. */
export function shuffled<T>(values: readonly T[], seed: number): T[] {
  const random = createRandom(seed ^ 0x5f3759df);
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A fresh seed for a new attempt: any non-negative 31-bit integer. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 0x7fffffff);
}

export const MAX_SEED = 0x7fffffff;
