// What every check receives besides its expectation: the run as observed and the scenario's setting.
import type { ExecutionType } from '../../engine/types';
import type { Observation } from '../observation';
import type { CheckResult } from '../types';

export interface CheckContext {
  obs: Observation;
  executionType: ExecutionType;
  /** The learner's definition text (the Express memory estimate counts its size). */
  definitionText: string;
}

export const pass = (check: CheckResult['check'], message: string): CheckResult => ({ check, passed: true, message });
export const fail = (check: CheckResult['check'], message: string): CheckResult => ({ check, passed: false, message });
export const quote = (name: string) => `'${name}'`;
