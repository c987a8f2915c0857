// The data-flow fields of a visit's state, read by both languages' strategies (its own file so that
// dataflow-jsonata.ts need not import dataflow.ts, which imports it: no import circle).
import type { DataFlowFields } from '../asl/states';
import type { Visit } from './visit';

/** The data-flow fields of whichever state the visit is of (every state type's definition has them). */
export function fieldsOf(visit: Visit): DataFlowFields {
  return visit.state.def;
}
