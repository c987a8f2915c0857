// One visit of one state. It doubles as the ExpressionEnv handed to the expression helpers: `input` is the
// `$` of the step being evaluated, `context` ($$) is built on first use only.

import type { JsonObject, JsonValue, RedrivePoint, StateTrace, StateType } from '../types';
import type { ExpressionEnv } from '../expressions/env';
import type { CompiledState } from './compile';
import type { Execution } from './execution';
import type { Frame } from './frame';
import { buildContextObject } from './context-object';
import { visibleVariables } from '../variables/store';

export class Visit<T extends StateType = StateType> implements ExpressionEnv {
  /** `$` for the expression being evaluated; the data-flow steps set it before each call. */
  input: JsonValue;
  retryCount = 0;
  taskToken: string | undefined;
  /** Variables assigned by this state (JSONata/Assign support), shown in the Exited event. */
  assigned: Record<string, JsonValue> | undefined;
  trace: StateTrace | undefined;
  /** Event to emit when this visit fails for good (MapStateFailed once MapStateStarted was emitted). */
  failedEventType: string | undefined;
  /** A redriven Map or Parallel: which lanes succeeded before and where the others stopped. */
  redrive: RedrivePoint | undefined = undefined;
  private ctx: JsonObject | undefined;
  private readonly enteredMs: number;

  constructor(
    readonly exec: Execution,
    readonly state: CompiledState<T>,
    readonly frame: Frame,
    readonly enteredEventId: number,
    readonly stateInput: JsonValue,
  ) {
    this.input = stateInput;
    this.enteredMs = exec.clock.now;
    if (exec.traces !== undefined) {
      this.trace = {
        stateName: state.name,
        stateType: state.type,
        path: frame.path.length === 0 ? [state.name] : [...frame.path, state.name],
        enteredEventId,
        input: stateInput,
        outcome: 'succeeded',
        retries: 0,
      };
    }
  }

  get context(): JsonObject {
    if (this.ctx === undefined) {
      this.ctx = buildContextObject(this.exec.contextBase, {
        stateName: this.state.name,
        enteredTime: new Date(this.enteredMs).toISOString(),
        retryCount: this.state.type === 'Task' ? this.retryCount : undefined,
        taskToken: this.taskToken,
        mapItem: this.frame.mapItem,
      });
    }
    return this.ctx;
  }

  /** Forget the cached context (RetryCount and Task.Token change between attempts). */
  resetContext(): void {
    this.ctx = undefined;
  }

  get variables(): Record<string, JsonValue> {
    // Own and inherited (outer Map/Parallel scope) variables, flattened: expression readers use hasOwnProperty.
    return visibleVariables(this.frame.scope.values);
  }

  get random(): () => number {
    return this.exec.random.next;
  }

  get uuid(): () => string {
    return this.exec.random.uuid;
  }
}
