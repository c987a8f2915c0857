import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { progressOf, QuizSetCard } from '@/components/quiz/quiz-set-card';
import { DifficultyBadge } from '@/components/scenario/scenario-meta';
import { getLessons } from '@/lib/content';
import { LESSON_SLUGS, TOPICS, type TopicId } from '@/lib/content/catalog';
import { getQuizItems } from '@/lib/content/quizzes';
import { getScenarios } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { getQuizItemStats } from '@/lib/db/quiz-attempts';
import { getScenarioStatuses, type ScenarioStatus } from '@/lib/db/scenario-submissions';
import { readLearnerId } from '@/lib/learner/session';

export const metadata: Metadata = {
  title: 'Practice',
  description: 'Scenarios graded by running your state machine through simulated failures, and exam-style quizzes.',
};

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

function StatusLabel({ status }: { status: ScenarioStatus | undefined }) {
  if (!status) return <span className="text-sm text-muted">Not submitted yet</span>;
  if (status.passed) {
    return (
      <span className="rounded-full bg-success-soft px-2.5 py-0.5 text-sm font-medium text-success">
        Passed · {status.submissions} submission{status.submissions === 1 ? '' : 's'}
      </span>
    );
  }
  return (
    <span className="rounded-full bg-surface-2 px-2.5 py-0.5 text-sm font-medium">
      Best score {status.bestScore}% · {status.submissions} submission{status.submissions === 1 ? '' : 's'}, last on {dateFormat.format(status.lastSubmittedAt)}
    </span>
  );
}

export default async function PracticePage() {
  // The learner's statuses come from the database: render per request, never at build (prisma-offline.md, pitfall 9).
  await connection();
  const learnerId = await readLearnerId();
  const [statuses, quizStats] = learnerId
    ? await Promise.all([getScenarioStatuses(db, learnerId), getQuizItemStats(db, learnerId)])
    : [new Map<string, ScenarioStatus>(), []];
  const quizStatsById = new Map(quizStats.map((s) => [s.itemId, s]));
  const quizItems = getQuizItems();
  const lessonBySlug = new Map(getLessons().map((l) => [l.slug, l]));
  const order = (slug: string) => LESSON_SLUGS.indexOf(slug as (typeof LESSON_SLUGS)[number]);
  const scenarios = [...getScenarios()].sort((a, b) => order(a.lesson) - order(b.lesson) || a.title.localeCompare(b.title));
  const passed = scenarios.filter((s) => statuses.get(s.id)?.passed).length;

  return (
    <div className="container-page py-12">
      <header className="max-w-2xl">
        <h1 className="text-4xl font-bold tracking-tight">Practice</h1>
        <p className="mt-3 text-lg text-muted">
          Each scenario states a requirement; you write or fix the state machine, and it is graded by running it through simulated
          situations (failures, retries, empty results), never by comparing text.
        </p>
        <p className="mt-2 text-muted">
          {passed} of {scenarios.length} scenarios passed. Prefer exam-style questions? <Link href="/practice/quizzes">Take a quiz</Link>.
        </p>
      </header>

      <section aria-labelledby="scenarios-heading" className="mt-10">
        <h2 id="scenarios-heading" className="text-2xl font-semibold">
          Scenarios
        </h2>
        <ul className="mt-4 grid max-w-4xl gap-4">
          {scenarios.map((s) => {
            const status = statuses.get(s.id);
            const lesson = lessonBySlug.get(s.lesson);
            return (
              <li key={s.id} className="rounded-xl border border-border bg-surface p-5" data-scenario={s.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
                  <h3 className="text-xl font-semibold">
                    <Link href={`/practice/scenarios/${s.id}`} className="text-text hover:text-accent">
                      {s.title}
                    </Link>
                  </h3>
                  <StatusLabel status={status} />
                </div>
                <p className="mt-2 font-serif text-lg text-muted">{s.summary}</p>
                <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted">
                  <DifficultyBadge difficulty={s.difficulty} />
                  <span>{s.topics.map((t) => TOPICS[t as TopicId] ?? t).join(' · ')}</span>
                  {lesson && <span>· after lesson {lesson.order}</span>}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="review-heading" className="mt-12 max-w-4xl rounded-xl border border-border bg-surface-2 p-5">
        <h2 id="review-heading" className="text-xl font-semibold">
          Review
        </h2>
        <p className="mt-2 text-muted">
          What you miss comes back on a spaced schedule, a few cards a day. <Link href="/practice/review">Review what is due</Link>.
        </p>
      </section>

      <section aria-labelledby="exam-heading" className="mt-6 max-w-4xl rounded-xl border border-border bg-surface-2 p-5">
        <h2 id="exam-heading" className="text-xl font-semibold">
          Practice exam
        </h2>
        <p className="mt-2 text-muted">
          A timed exam weighted by exam domain, with a breakdown and your readiness per domain. <Link href="/practice/exam">Take a practice exam</Link>.
        </p>
      </section>

      <section aria-labelledby="quizzes-heading" className="mt-12 max-w-4xl">
        <h2 id="quizzes-heading" className="text-2xl font-semibold">
          Quizzes
        </h2>
        <p className="mt-2 text-muted">
          Exam-style questions on the course’s topics, with answers worked out from AWS’s own rules and prices. Cost questions draw new numbers
          at every attempt. <Link href="/practice/quizzes">Go to the quizzes</Link> to choose by topic or by exam.
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          <QuizSetCard
            title="Every cost trap"
            href="/practice/quizzes/all?category=cost"
            description="Transitions, the free tier, Express, Distributed Map, limits."
            progress={progressOf(quizItems.filter((i) => i.category === 'cost'), quizStatsById)}
          />
          <QuizSetCard
            title="Every concept question"
            href="/practice/quizzes/all?category=concept"
            description="States, data flow, errors, integrations, choosing an orchestrator."
            progress={progressOf(quizItems.filter((i) => i.category === 'concept'), quizStatsById)}
          />
        </ul>
      </section>
    </div>
  );
}
