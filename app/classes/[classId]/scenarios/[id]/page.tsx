import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Markdown } from '@/components/scenario/markdown';
import { ScenarioMeta } from '@/components/scenario/scenario-meta';
import { ScenarioWorkbench } from '@/components/scenario/scenario-workbench';
import { getCurrentUser } from '@/lib/auth/current';
import { openClassScenario } from '@/lib/classes-server/class-submit';
import { getLesson } from '@/lib/content';
import { db } from '@/lib/db/client';
import { className, getClassScenarioSubmissions } from '@/lib/db/class-scenarios';
import { toClientScenario } from '@/lib/grading/client-scenario';
import { submitClassScenarioAction } from './actions';

export const metadata: Metadata = { title: 'Class scenario', robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function ClassScenarioPage({ params }: { params: Promise<{ classId: string; id: string }> }) {
  await connection();
  const { classId, id } = await params;
  const user = await getCurrentUser();
  // Only members of the class (and its instructor, and admins) open it; anyone else gets a 404.
  const view = await openClassScenario(db, user, id);
  if (!view || view.published.classId !== classId || !user) notFound();
  const { scenario, published } = view;
  const [name, submissions] = await Promise.all([className(db, classId), user.learnerId ? getClassScenarioSubmissions(db, user.learnerId, published.id) : []]);
  const lesson = getLesson(scenario.lesson);

  return (
    <article className="container-page py-10">
      <p className="text-sm font-medium text-muted">
        <Link href="/classes">Classes</Link> <span aria-hidden="true">/</span> {name}
      </p>
      <h1 className="mt-2 text-3xl font-bold leading-tight tracking-tight sm:text-4xl">{scenario.title}</h1>
      <p className="mt-3 max-w-[70ch] font-serif text-lg text-muted">{scenario.summary}</p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="prompt-heading" className="min-w-0">
          <h2 id="prompt-heading" className="text-xl font-semibold">
            The requirement
          </h2>
          <Markdown text={scenario.prompt} className="prose mt-3 text-base" />
          <div className="mt-6 rounded-xl border border-border bg-surface p-4">
            <ScenarioMeta difficulty={scenario.difficulty} exams={scenario.exams} topics={scenario.topics} lesson={{ slug: scenario.lesson, title: lesson?.title, order: lesson?.order }} />
            <p className="mt-3 text-sm text-muted">Written by your instructor for this class (version {published.version.number}).</p>
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
                    {s.version !== null && <span className="text-muted">version {s.version}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <div className="min-w-0">
          <ScenarioWorkbench
            scenario={toClientScenario(scenario)}
            submitAction={submitClassScenarioAction.bind(null, published.id)}
            storageKey={`stepwise:class-scenario:${published.id}:${published.version.number}`}
          />
        </div>
      </div>
    </article>
  );
}
