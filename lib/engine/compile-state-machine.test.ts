import { describe, expect, it } from 'vitest';
import { compileStateMachine, startExecution } from './index';
import type { StateMachineDefinition } from './types';

const chain = (): StateMachineDefinition => ({
  StartAt: 'A',
  States: { A: { Type: 'Pass', Result: { n: 1 }, ResultPath: '$.a', Next: 'B' }, B: { Type: 'Pass', End: true } },
});

const syncTask = (): StateMachineDefinition => ({
  StartAt: 'Child',
  States: { Child: { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution.sync:2', Parameters: { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Other' }, End: true } },
});

describe('compileStateMachine', () => {
  it('compiles a definition object once per execution type', () => {
    const def = chain();
    const standard = compileStateMachine(def);
    expect(compileStateMachine(def)).toBe(standard);
    expect(compileStateMachine(def, { type: 'STANDARD' })).toBe(standard);
    const express = compileStateMachine(def, { type: 'EXPRESS' });
    expect(express).not.toBe(standard);
    expect(express.type).toBe('EXPRESS');
    expect(compileStateMachine(chain())).not.toBe(standard);
  });

  it('compiles the same text once, and each execution starts from it', async () => {
    const text = JSON.stringify(chain());
    const machine = compileStateMachine(text, { type: 'EXPRESS' });
    expect(compileStateMachine(text, { type: 'EXPRESS' })).toBe(machine);
    expect(machine.valid).toBe(true);
    const runs = await Promise.all([1, 2, 3].map((x) => machine.startExecution({ x })));
    expect(runs.map((r) => r.output)).toEqual([1, 2, 3].map((x) => ({ x, a: { n: 1 } })));
    // The same answer as the uncompiled path.
    const direct = await startExecution(chain(), { x: 1 }, { type: 'EXPRESS' });
    expect(direct.output).toEqual(runs[0]!.output);
    expect(direct.billing.stateTransitions).toBe(runs[0]!.billing.stateTransitions);
  });

  it('keeps separate executions separate (options per start)', async () => {
    const machine = compileStateMachine(chain());
    const a = await machine.startExecution({}, { name: 'first' });
    const b = await machine.startExecution({}, { name: 'second' });
    expect(a.executionArn).toMatch(/:execution:StateMachine:first$/);
    expect(b.executionArn).toMatch(/:execution:StateMachine:second$/);
    expect(b.events.filter((e) => e.type === 'ExecutionStarted')).toHaveLength(1);
  });

  it('runs as the type it was compiled for, whatever the options say, and leaves the options as given', async () => {
    const express = compileStateMachine(chain(), { type: 'EXPRESS' });
    const options = { type: 'STANDARD', name: 'run-1' } as const;
    const r = await express.startExecution({}, options as never);
    expect(r.executionArn).toMatch(/^arn:aws:states:us-east-1:123456789012:express:StateMachine:run-1:/);
    expect(r.redrive).toBeUndefined();
    expect(options).toEqual({ type: 'STANDARD', name: 'run-1' });
    const standard = await compileStateMachine(chain()).startExecution({}, { name: 'run-1' });
    expect(standard.executionArn).toBe('arn:aws:states:us-east-1:123456789012:execution:StateMachine:run-1');
  });

  it('refuses, as CreateStateMachine does, a definition invalid for its type', async () => {
    const def = syncTask();
    expect(compileStateMachine(def, { type: 'STANDARD' }).valid).toBe(true);
    const express = compileStateMachine(def, { type: 'EXPRESS' });
    expect(express.valid).toBe(false);
    expect(express.errors.length).toBeGreaterThan(0);
    const run = await express.startExecution({});
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('States.InvalidDefinition');
    expect(run.cause).toMatch(/EXPRESS/);
  });

  it('answers text that does not parse with its errors and a failed run, never a throw', async () => {
    const machine = compileStateMachine('{ "StartAt": "A", ');
    expect(machine.valid).toBe(false);
    expect(machine.definition).toBeUndefined();
    expect(machine.errors[0]!.code).toBe('INVALID_JSON_DESCRIPTION');
    const run = await machine.startExecution({});
    expect(run.status).toBe('FAILED');
    expect(run.error).toBe('States.InvalidDefinition');
    expect(run.cause).toMatch(/could not be read/);
  });

  it('keeps text validation errors with their positions in the text', () => {
    const text = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Nowhere" }\n  }\n}';
    const machine = compileStateMachine(text);
    expect(machine.valid).toBe(false);
    expect(machine.errors.some((d) => d.range.start.line === 4)).toBe(true);
  });
});
