// State type -> handler. Parallel and Map compile their inner machines with this same table.

import type { StateHandlers } from '../runtime/state-handler';
import { passState } from './pass';
import { succeedState } from './succeed';
import { failState } from './fail';
import { choiceState } from './choice';
import { waitState } from './wait';
import { taskState } from './task';
import { parallelState } from './parallel';
import { mapState } from './map';

export const stateHandlers: StateHandlers = {
  Pass: passState,
  Succeed: succeedState,
  Fail: failState,
  Choice: choiceState,
  Wait: waitState,
  Task: taskState,
  Parallel: parallelState,
  Map: mapState,
};
