'use client';
// The instructor preview: paste or upload a scenario folder's files, have the server validate them and
// grade the reference solution and the starter, then see the page a learner would get.
import { useActionState, useReducer, useRef, type ChangeEvent } from 'react';
import type { PreviewResult } from '../../lib/grading-server/preview-contract';
import { initialPreviewResult, PREVIEW_DEFAULT_FILES, PREVIEW_FILE_PREFIX, PREVIEW_MAX_FILES } from '../../lib/grading-server/preview-contract';
import type { Verdict } from '../../lib/grading/types';
import { Markdown } from './markdown';
import { previewFilesReducer, type PreviewFiles } from './preview-files';
import { ScenarioMeta } from './scenario-meta';
import { ScenarioWorkbench } from './scenario-workbench';
import { CaseBadge } from './verdict-parts';

export type PreviewAction = (previous: PreviewResult, formData: FormData) => Promise<PreviewResult>;

const initialFiles: PreviewFiles = PREVIEW_DEFAULT_FILES.map((name) => ({ name, text: '' }));

async function readUploads(list: FileList | null): Promise<PreviewFiles> {
  const out: PreviewFiles = [];
  for (const file of Array.from(list ?? []).slice(0, PREVIEW_MAX_FILES)) {
    // A folder upload gives paths (five-step-pipeline/world.json): the folder's own files are what count.
    const name = file.name.split('/').pop() ?? file.name;
    if (file.size > 1_048_576) continue;
    out.push({ name, text: await file.text() });
  }
  return out;
}

export function ScenarioPreview({ action }: { action: PreviewAction }) {
  const [files, dispatch] = useReducer(previewFilesReducer, initialFiles);
  const [result, formAction, pending] = useActionState(action, initialPreviewResult);
  const newName = useRef<HTMLInputElement>(null);

  const onUpload = async (e: ChangeEvent<HTMLInputElement>) => {
    const uploaded = await readUploads(e.target.files);
    dispatch({ type: 'add', files: uploaded });
    e.target.value = '';
  };

  return (
    <div className="grid gap-8">
      <form
        action={(formData) => {
          for (const f of files) formData.set(`${PREVIEW_FILE_PREFIX}${f.name}`, f.text);
          formAction(formData);
        }}
        className="grid gap-4"
        aria-labelledby="files-heading"
      >
        <h2 id="files-heading" className="text-xl font-semibold">
          The scenario folder
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          <label className="btn btn-secondary">
            Upload files…
            <input type="file" multiple accept=".yaml,.yml,.json" className="sr-only" onChange={(e) => void onUpload(e)} />
          </label>
          <label className="btn btn-secondary">
            Upload a folder…
            <input
              type="file"
              className="sr-only"
              onChange={(e) => void onUpload(e)}
              // A folder picker: the browser lists every file in it.
              {...({ webkitdirectory: '', directory: '' } as Record<string, string>)}
            />
          </label>
          <span className="text-sm text-muted">or paste each file below.</span>
        </div>
        {files.map((f) => (
          <div key={f.name} className="grid gap-1">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <label htmlFor={`file-${f.name}`} className="font-mono text-sm font-semibold">
                {f.name}
              </label>
              <button type="button" className="text-sm text-muted underline" onClick={() => dispatch({ type: 'remove', name: f.name })} aria-label={`Remove ${f.name}`}>
                Remove
              </button>
            </div>
            <textarea
              id={`file-${f.name}`}
              value={f.text}
              onChange={(e) => dispatch({ type: 'set', name: f.name, text: e.target.value })}
              rows={f.name.endsWith('.yaml') ? 14 : 8}
              spellCheck={false}
              className="w-full rounded-lg border border-border bg-surface p-3 font-mono text-sm"
            />
          </div>
        ))}
        <div className="flex flex-wrap items-end gap-2">
          <label className="grid gap-1 text-sm">
            Add another file (world.json, mock-config.json, input.json…)
            <input ref={newName} type="text" placeholder="world.json" className="rounded-lg border border-border bg-surface px-3 py-2 font-mono" />
          </label>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              const name = newName.current?.value.trim();
              if (name && !files.some((f) => f.name === name)) dispatch({ type: 'set', name, text: '' });
              if (newName.current) newName.current.value = '';
            }}
          >
            Add file
          </button>
        </div>
        <div>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? 'Checking and grading…' : 'Check the scenario'}
          </button>
        </div>
      </form>

      <div role="status" aria-live="polite">
        {pending && <p>Validating the files and grading the solution and the starter…</p>}
      </div>
      {!pending && result.status === 'problems' && (
        <section role="alert" aria-labelledby="problems-heading" className="rounded-xl border border-danger bg-danger-soft p-4">
          <h2 id="problems-heading" className="text-lg font-semibold">
            {result.message}
          </h2>
          <ul className="mt-2 grid gap-1 font-mono text-sm">
            {result.problems.map((p, i) => (
              <li key={i} className="break-words">
                {p.file}
                {p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''} {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!pending && result.status === 'checked' && <PreviewOutcome result={result} />}
    </div>
  );
}

function VerdictSummary({ title, verdict, expect }: { title: string; verdict: Verdict | { stopped: string }; expect: 'pass' | 'fail' }) {
  if ('stopped' in verdict) {
    return (
      <section className="rounded-xl border border-danger p-4">
        <h3 className="font-semibold">{title}</h3>
        <p className="text-danger">Grading was stopped: {verdict.stopped}</p>
      </section>
    );
  }
  const passed = verdict.cases.filter((c) => c.passed).length;
  const ok = expect === 'pass' ? verdict.passed : !verdict.passed;
  return (
    <section className={`rounded-xl border p-4 ${ok ? 'border-success' : 'border-danger'}`} aria-label={title}>
      <h3 className="font-semibold">{title}</h3>
      <p className={ok ? 'text-success' : 'text-danger'}>
        {passed} of {verdict.cases.length} cases passed ({Math.round(verdict.ms)} ms).{' '}
        {expect === 'pass' ? (ok ? 'Good: the reference passes every case.' : 'It must pass every case.') : ok ? 'Good: the starter fails at least one case.' : 'The starter must fail at least one case.'}
      </p>
      {verdict.diagnostics && <p>The definition is not valid: {verdict.diagnostics[0]?.message}</p>}
      <ul className="mt-2 grid gap-2">
        {verdict.cases.map((c) => (
          <li key={c.name} className="grid gap-1">
            <span className="flex flex-wrap items-center gap-2">
              <CaseBadge result={c} /> <strong>{c.name}</strong> {!c.visible && <span className="text-sm text-muted">(hidden)</span>}
            </span>
            <span className="text-sm text-muted">{c.feedback}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PreviewOutcome({ result }: { result: Extract<PreviewResult, { status: 'checked' }> }) {
  const s = result.scenario;
  return (
    <div className="grid gap-8">
      <section aria-labelledby="grading-heading" className="grid gap-4">
        <h2 id="grading-heading" className="text-xl font-semibold">
          Grading
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <VerdictSummary title="Reference solution (solution.asl.json)" verdict={result.solution} expect="pass" />
          <VerdictSummary title="Starter (starter.asl.json)" verdict={result.starter} expect="fail" />
        </div>
      </section>
      <section aria-labelledby="learner-view-heading" className="rounded-2xl border-2 border-dashed border-border p-4">
        <h2 id="learner-view-heading" className="text-xl font-semibold">
          The learner’s view
        </h2>
        <p className="text-sm text-muted">
          As /practice/scenarios/{s.id} would show it: {s.cases.length} visible case{s.cases.length === 1 ? '' : 's'}, {s.allCases - s.cases.length} hidden. Submitting is off in the preview.
        </p>
        <h3 className="mt-4 text-2xl font-bold">{s.title}</h3>
        <p className="mt-1 font-serif text-lg text-muted">{s.summary}</p>
        <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <div className="min-w-0">
            <Markdown text={s.prompt} className="prose text-base" />
            <div className="mt-6 rounded-xl border border-border bg-surface p-4">
              <ScenarioMeta difficulty={s.difficulty} exams={s.exams} topics={s.topics} lesson={{ slug: s.lesson }} />
            </div>
          </div>
          <div className="min-w-0">
            <ScenarioWorkbench key={result.checkedAt} scenario={s} />
          </div>
        </div>
      </section>
    </div>
  );
}
