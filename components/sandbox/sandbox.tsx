'use client';
// The sandbox: edit a definition, see its graph, run it in a Web Worker, step through what happened.
// This file only lays the panes out; the state and everything that changes it is in state/use-sandbox.ts.
// Wide screens show the definition beside the graph with the run settings and result below; a phone shows
// one pane at a time behind tabs, with Run always at hand in the bar above them.
import { useId, useRef, useState } from 'react';
import { DefinitionPanel } from './definition-panel';
import { GraphView } from './graph/graph-view';
import { RunButtons } from './run-buttons';
import { RunPanel } from './run-panel';
import { ResultPanel } from './result/result-panel';
import { PHONE_TABS, type PhoneTab } from './state/sandbox-state';
import { useSandbox } from './state/use-sandbox';
import { panelId, tabId, TabList } from './tab-list';
import { TestStateDialog } from './test-state-dialog';
import type { SandboxProps } from './types';
import { useNarrow } from './use-narrow';
import './sandbox.css';

const TAB_LABEL: Record<PhoneTab, string> = { editor: 'Edit', graph: 'Graph', result: 'Result' };
const RESULT_MARK: Record<string, string> = { SUCCEEDED: ' ✓', FAILED: ' ✕', TIMED_OUT: ' ✕', ABORTED: ' ✕' };

export function Sandbox(props: SandboxProps) {
  const sb = useSandbox(props);
  const narrow = useNarrow();
  const ids = useId().replace(/:/g, '');
  const root = useRef<HTMLElement>(null);
  const { state, view } = sb;
  const response = state.run.status === 'done' ? state.run.response : undefined;
  const selected = sb.selectedId !== undefined ? state.graph.model.byId.get(sb.selectedId) : undefined;
  const stale = sb.staleness !== null;
  const redrive = { block: sb.redriveBlock, onRedrive: () => void sb.redrive() };
  const [testing, setTesting] = useState(false);
  const checked = state.validation?.text === state.definition && state.validation.errorCount === 0 ? state.validation.definition : undefined;
  const testable = checked !== undefined && selected?.stateName !== undefined;
  // The state's input in the last run (its latest visit), else the run's input.
  const lastVisit = sb.selectedId !== undefined ? view.visitsByNode.get(sb.selectedId)?.at(-1) : undefined;
  const testInput = lastVisit !== undefined ? JSON.stringify(lastVisit.input, null, 2) : state.input;

  // On a phone each pane is a tab panel; on a wide screen they are plain regions side by side.
  const pane = (tab: PhoneTab) =>
    narrow ? { role: 'tabpanel', id: panelId(ids, tab), 'aria-labelledby': tabId(ids, tab), hidden: state.tab !== tab } : {};
  const status = response?.result?.status;
  // A new tab starts at its top: if the page is scrolled past the sandbox's start, go back to it.
  const chooseTab = (tab: PhoneTab) => {
    sb.setTab(tab);
    const section = root.current;
    if (section && section.getBoundingClientRect().top < 0) section.scrollIntoView({ block: 'start' });
  };

  return (
    <section ref={root} className="sb-root" aria-label={props.title ?? 'State machine sandbox'} onKeyDown={sb.onKeyDown} data-narrow={narrow ? '' : undefined}>
      {narrow && (
        <div className="sb-phonebar">
          <TabList
            tabs={PHONE_TABS.map((t) => [t, `${TAB_LABEL[t]}${t === 'result' && status ? RESULT_MARK[status] ?? '' : ''}`] as const)}
            selected={state.tab}
            onSelect={chooseTab}
            idPrefix={ids}
            label="Sandbox panes"
            className="sb-tabs sb-phone-tabs"
          />
          <div className="sb-toolbar sb-phone-run">
            <RunButtons run={state.run} blocker={sb.blocker} onRun={() => void sb.run()} onCancel={sb.cancel} compact redrive={redrive} />
          </div>
        </div>
      )}
      <div className="sb-layout">
      <div className="sb-pane sb-pane-editor" {...pane('editor')}>
        <DefinitionPanel
          editorRef={sb.definitionEditor}
          initialText={sb.initialTexts.definition}
          format={sb.format}
          validation={state.validation}
          stateNames={state.stateNames}
          notice={state.notice}
          shareUrl={state.shareUrl}
          examples={props.examples}
          exampleId={state.account.exampleId}
          onLoadExample={sb.loadExample}
          onChange={sb.onDefinitionChange}
          onCursor={sb.onCursor}
          onSelectRange={sb.selectRange}
          onUndo={sb.undo}
          onRedo={sb.redo}
          onFormat={() => void sb.formatDocument()}
          onConvert={() => void sb.convert()}
          onShare={() => void sb.share()}
          onDownload={sb.downloadDefinition}
          onReset={sb.reset}
        />
        <RunPanel
          inputEditorRef={sb.inputEditor}
          initialInput={sb.initialTexts.input}
          onInputChange={sb.onInputChange}
          settings={state.settings}
          onSettings={sb.setSettings}
          testCases={sb.testCases}
          stateNames={state.stateNames}
          faults={sb.faults}
          run={state.run}
          blocker={sb.blocker}
          onRun={() => void sb.run()}
          onCancel={sb.cancel}
          showButtons={!narrow}
          redrive={redrive}
        />
      </div>
      <div className="sb-pane sb-pane-graph sb-panel" {...pane('graph')}>
        <div className="sb-graph-head">
          <h2 className="sb-h2">Graph</h2>
          {/* TestState on the selected state: only for a definition that checked clean. */}
          {testable && (
            <button type="button" className="sb-btn" onClick={() => setTesting(true)}>
              Test this state
            </button>
          )}
        </div>
        {testing && testable && checked && selected?.stateName !== undefined && (
          <TestStateDialog
            definition={checked}
            target={{ stateName: selected.stateName, stateType: selected.stateType ?? '', defPath: selected.defPath }}
            initialInput={testInput}
            onTest={sb.testState}
            onClose={() => setTesting(false)}
          />
        )}
        <GraphView model={state.graph.model} outcomes={view.outcomes} selectedId={sb.selectedId} activeId={view.activeId} onSelect={sb.selectNode} stale={stale} />
      </div>
      <div className="sb-pane sb-pane-result" {...pane('result')}>
        <ResultPanel
          run={state.run}
          view={view}
          step={state.step}
          onStep={sb.setStep}
          selectedLabel={selected?.label}
          selectedVisits={sb.selectedId !== undefined ? (view.visitsByNode.get(sb.selectedId) ?? []) : []}
          onDownloadHistory={sb.downloadHistory}
          staleness={sb.staleness}
        />
      </div>
      </div>
    </section>
  );
}
