import type { ReactNode } from 'react';
import { getLesson } from '@/lib/content';
import type { Scenario } from '@/lib/content/scenarios';
import { toClientScenario } from '@/lib/grading/client-scenario';
import { Markdown } from './markdown';
import { ScenarioMeta } from './scenario-meta';
import { ScenarioWorkbench, type ScenarioWorkbenchProps } from './scenario-workbench';

export type ScenarioSubmissionLine = { id: string; passed: boolean; score: number; createdAt: Date; version?: number | null };

// UTC, said so: the server's own time zone is nobody's (a class and its learners may be anywhere).
const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/**
 * The page of one scenario, shared by the built-in practice scenarios and a class's own: the requirement,
 * where it belongs, the learner's last submissions, and the workbench that submits to `submitAction`.
 */
export function ScenarioPageBody({
  breadcrumb,
  scenario,
  note,
  submissions,
  submitAction,
  storageKey,
}: {
  breadcrumb: ReactNode;
  scenario: Scenario;
  /** A line under the scenario's facts (who wrote it, which version). */
  note?: ReactNode;
  submissions: ScenarioSubmissionLine[];
  submitAction: ScenarioWorkbenchProps['submitAction'];
  storageKey: string;
}) {
  const lesson = getLesson(scenario.lesson);
  return (
    <article className="container-page py-10">
      <p className="text-sm font-medium text-muted">{breadcrumb}</p>
      <h1 className="mt-2 text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{scenario.title}</h1>
      <p className="mt-3 max-w-[70ch] font-serif text-lg text-muted">{scenario.summary}</p>

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="prompt-heading" className="min-w-0">
          <h2 id="prompt-heading" className="text-xl font-semibold">
            The requirement
          </h2>
          <Markdown text={scenario.prompt} className="prose mt-3 text-base" />
          <div className="mt-6 rounded-xl border border-border bg-surface p-4">
            <ScenarioMeta
              difficulty={scenario.difficulty}
              exams={scenario.exams}
              topics={scenario.topics}
              lesson={{ slug: scenario.lesson, title: lesson?.title, order: lesson?.order }}
            />
            {note && <p className="mt-3 text-sm text-muted">{note}</p>}
          </div>
          {submissions.length > 0 && (
            <section aria-labelledby="history-heading" className="mt-6">
              <h2 id="history-heading" className="text-lg font-semibold">
                Your submissions
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {submissions.map((s) => (
                  <li key={s.id} className="flex flex-wrap gap-x-3">
                    <span className="tabular-nums">{dateFormat.format(s.createdAt)} UTC</span>
                    <span className={s.passed ? 'font-semibold text-success' : ''}>
                      {s.passed ? 'passed' : 'not yet'}, score {s.score}%
                    </span>
                    {s.version != null && <span className="text-muted">version {s.version}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <div className="min-w-0">
          <ScenarioWorkbench scenario={toClientScenario(scenario)} submitAction={submitAction} storageKey={storageKey} />
        </div>
      </div>
    </article>
  );
}
