// Every generator, by id. Content items name one in `generator:`; the content check runs each across 200 seeds.

import type { QuizGenerator } from '../types';
import { ALTERNATIVE_GENERATORS } from './alternatives';
import { BREAK_EVEN_GENERATORS } from './break-even';
import { DISTRIBUTED_MAP_GENERATORS } from './distributed-map';
import { EXPRESS_GENERATORS } from './express';
import { FREE_TIER_GENERATORS } from './free-tier';
import { LIMIT_GENERATORS } from './limits';
import { RESTRUCTURE_GENERATORS } from './restructure';
import { STANDARD_GENERATORS } from './standard';

export const GENERATOR_LIST: readonly QuizGenerator[] = [
  ...STANDARD_GENERATORS,
  ...FREE_TIER_GENERATORS,
  ...EXPRESS_GENERATORS,
  ...BREAK_EVEN_GENERATORS,
  ...DISTRIBUTED_MAP_GENERATORS,
  ...ALTERNATIVE_GENERATORS,
  ...LIMIT_GENERATORS,
  ...RESTRUCTURE_GENERATORS,
];

export const GENERATORS: ReadonlyMap<string, QuizGenerator> = new Map(GENERATOR_LIST.map((g) => [g.id, g]));

export function getGenerator(id: string): QuizGenerator | undefined {
  return GENERATORS.get(id);
}
