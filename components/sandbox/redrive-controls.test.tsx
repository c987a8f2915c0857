import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { RunButtons } from './run-buttons';
import { TestStateDialog } from './test-state-dialog';
import type { RunState } from './state/run-state';
import type { StateMachineDefinition } from '../../lib/engine/types';

const done = { status: 'idle' } as RunState;

describe('Redrive button', () => {
  it('is absent without a stopped run, enabled when redrivable, disabled with the reason when not', () => {
    const none = renderToStaticMarkup(<RunButtons run={done} blocker={null} onRun={() => {}} onCancel={() => {}} redrive={{ block: undefined, onRedrive: () => {} }} />);
    expect(none).not.toContain('Redrive');
    const ok = renderToStaticMarkup(<RunButtons run={done} blocker={null} onRun={() => {}} onCancel={() => {}} redrive={{ block: null, onRedrive: () => {} }} />);
    expect(ok).toMatch(/<button type="button" class="sb-btn">Redrive<\/button>/);
    const refused = renderToStaticMarkup(
      <RunButtons run={done} blocker={null} onRun={() => {}} onCancel={() => {}} compact redrive={{ block: 'Express executions cannot be redriven.', onRedrive: () => {} }} />,
    );
    expect(refused).toMatch(/<button[^>]*disabled=""[^>]*aria-describedby="([^"]+)"[^>]*>Redrive<\/button><span class="sb-sr-only" id="\1">Express executions cannot be redriven.<\/span>/);
  });
});

describe('TestStateDialog', () => {
  it('offers the mock only for Task, Map and Parallel states, and the three inspection levels', () => {
    const definition: StateMachineDefinition = { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true }, P: { Type: 'Pass', End: true } } };
    const task = renderToStaticMarkup(
      <TestStateDialog definition={definition} target={{ stateName: 'T', stateType: 'Task', defPath: ['States', 'T'] }} initialInput="{}" onTest={async () => ({ status: 'SUCCEEDED' })} onClose={() => {}} />,
    );
    expect(task).toContain('Test state “T”');
    expect(task).toContain('Mocked result');
    for (const level of ['INFO', 'DEBUG', 'TRACE']) expect(task).toContain(`<option value="${level}"`);
    const pass = renderToStaticMarkup(
      <TestStateDialog definition={definition} target={{ stateName: 'P', stateType: 'Pass', defPath: ['States', 'P'] }} initialInput="{}" onTest={async () => ({ status: 'SUCCEEDED' })} onClose={() => {}} />,
    );
    expect(pass).not.toContain('Mocked result');
  });
});
