// Workflow variables. Each Parallel branch and Map iteration sees its parent's variables but writes into
// its own scope; the object chain (Object.create) gives that for free. The JSONata/Assign support fills it.

import type { JsonValue } from '../types';

export class VariableScope {
  readonly values: Record<string, JsonValue>;

  constructor(readonly parent?: VariableScope) {
    this.values = parent ? Object.create(parent.values) : Object.create(null);
  }

  child(): VariableScope {
    return new VariableScope(this);
  }
}
