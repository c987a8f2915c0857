import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { toClientScenario } from '@/lib/grading/client-scenario';
import { Markdown } from '@/components/scenario/markdown';
import { ScenarioMeta } from '@/components/scenario/scenario-meta';
import { ScenarioWorkbench } from '@/components/scenario/scenario-workbench';
import { getLesson } from '@/lib/content';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { getScenarioSubmissions } from '@/lib/db/scenario-submissions';
import { readLearnerId } from '@/lib/learner/session';
import { submitScenarioAction } from './actions';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scenario = getScenario((await params).id);
  return scenario ? { title: scenario.title, description: scenario.summary } : {};
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export default async function ScenarioPage({ params }: Props) {
  const { id } = await params;
  const scenario = getScenario(id);
  if (!scenario) notFound();
  // Reads the learner's submissions: render per request (prisma-offline.md, pitfall 9).
  await connection();
  const learnerId = await readLearnerId();
  const submissions = learnerId ? await getScenarioSubmissions(db, learnerId, id, 5) : [];
  const lesson = getLesson(scenario.lesson);

  return (
    <article className="container-page py-10">
      <p className="text-sm font-medium text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> Scenario
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
            <ScenarioMeta
              difficulty={scenario.difficulty}
              exams={scenario.exams}
              topics={scenario.topics}
              lesson={{ slug: scenario.lesson, title: lesson?.title, order: lesson?.order }}
            />
          </div>
          {submissions.length > 0 && (
            <section aria-labelledby="history-heading" className="mt-6">
              <h2 id="history-heading" className="text-lg font-semibold">
                Your submissions
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {submissions.map((s) => (
                  <li key={s.id} className="flex flex-wrap gap-x-3">
                    <span className="tabular-nums">{dateFormat.format(s.createdAt)}</span>
                    <span className={s.passed ? 'font-semibold text-success' : ''}>
                      {s.passed ? 'passed' : 'not yet'}, score {s.score}%
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </section>
        <div className="min-w-0">
          <ScenarioWorkbench scenario={toClientScenario(scenario)} submitAction={submitScenarioAction} storageKey={`stepwise:scenario:${scenario.id}`} />
        </div>
      </div>
    </article>
  );
}
