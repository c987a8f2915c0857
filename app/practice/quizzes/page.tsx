import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { QuizSetCard, type SetProgress } from '@/components/quiz/quiz-set-card';
import { EXAMS, EXAM_IDS, TOPIC_IDS, TOPICS } from '@/lib/content/catalog';
import { getQuizItems } from '@/lib/content/quizzes';
import { db } from '@/lib/db/client';
import { getQuizItemStats, type QuizItemStats } from '@/lib/db/quiz-attempts';
import { readLearnerId } from '@/lib/learner/session';
import { isGeneratedItem, matchesFilter, type QuizFilter, type QuizItem } from '@/lib/quiz';

export const metadata: Metadata = {
  title: 'Quizzes',
  description: 'Cost-trap questions whose numbers change at every attempt, and concept questions on Step Functions, by topic and by exam.',
};

function progressOf(items: QuizItem[], stats: Map<string, QuizItemStats>): SetProgress {
  return {
    items: items.length,
    cost: items.filter((i) => i.category === 'cost').length,
    concept: items.filter((i) => i.category === 'concept').length,
    right: items.filter((i) => stats.get(i.id)?.lastCorrect).length,
    tried: items.filter((i) => stats.has(i.id)).length,
  };
}

export default async function QuizzesPage() {
  // Per-learner progress: rendered per request, never at build (prisma-offline.md, pitfall 9).
  await connection();
  const items = getQuizItems();
  const learnerId = await readLearnerId();
  const stats = new Map((learnerId ? await getQuizItemStats(db, learnerId) : []).map((s) => [s.itemId, s]));
  const of = (filter: QuizFilter) => items.filter((item) => matchesFilter(item, filter));
  const topics = TOPIC_IDS.map((topic) => ({ topic, items: of({ by: 'topic', topic }) })).filter((t) => t.items.length > 0);
  const all = progressOf(items, stats);
  const cost = items.filter((i) => i.category === 'cost');
  const concept = items.filter((i) => i.category === 'concept');

  return (
    <div className="container-page py-10">
      <header className="max-w-3xl">
        <nav aria-label="Breadcrumb" className="text-sm text-muted">
          <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> <span>Quizzes</span>
        </nav>
        <h1 className="mt-1 text-4xl font-bold tracking-tight">Quizzes</h1>
        <p className="mt-3 text-lg text-muted">
          Cost questions draw new numbers at every attempt, and their answers come from the same pricing model as the sandbox’s bill, with the
          arithmetic shown. Concept questions cover states, data flow, errors, integrations and choosing an orchestrator.
        </p>
        <p className="mt-3 text-[0.95rem]">
          <strong>Practice</strong> tells you after each answer; <strong>exam style</strong> keeps the verdicts for the end. Answer with the keys
          1–4 or A–D and Enter.
        </p>
        <p className="mt-3 text-sm text-muted" role="status">
          {all.tried === 0
            ? `${items.length} questions: ${cost.length} cost, ${concept.length} concept.`
            : `You have tried ${all.tried} of ${items.length} questions; ${all.right} right on your latest try.`}
        </p>
      </header>

      <section aria-labelledby="by-topic" className="mt-10">
        <h2 id="by-topic" className="text-2xl font-bold tracking-tight">
          By topic
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <QuizSetCard title="Every cost trap" href="/practice/quizzes/all?category=cost" progress={progressOf(cost, stats)} description="Transitions, free tier, Express, Distributed Map, limits." />
          {topics.map(({ topic, items: inTopic }) => (
            <QuizSetCard key={topic} title={TOPICS[topic]} href={`/practice/quizzes/topic/${topic}`} progress={progressOf(inTopic, stats)} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-exam" className="mt-12">
        <h2 id="by-exam" className="text-2xl font-bold tracking-tight">
          By exam
        </h2>
        {EXAM_IDS.map((exam) => {
          const inExam = of({ by: 'exam', exam });
          if (inExam.length === 0) return null;
          const domains = EXAMS[exam].domains.map((d) => ({ d, items: of({ by: 'exam', exam, domain: d.number }) })).filter((x) => x.items.length > 0);
          return (
            <div key={exam} className="mt-6">
              <h3 className="text-lg font-semibold">
                {exam}: {EXAMS[exam].name}
              </h3>
              <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                <QuizSetCard title={`All of ${exam}`} href={`/practice/quizzes/exam/${exam}`} progress={progressOf(inExam, stats)} />
                {domains.map(({ d, items: inDomain }) => (
                  <QuizSetCard
                    key={d.number}
                    title={`Domain ${d.number}: ${d.name}`}
                    description={`${d.weight}% of the exam`}
                    href={`/practice/quizzes/exam/${exam}?domain=${d.number}`}
                    progress={progressOf(inDomain, stats)}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="every-question" className="mt-12 max-w-3xl">
        <h2 id="every-question" className="text-2xl font-bold tracking-tight">
          Every question
        </h2>
        {[
          { title: `Cost questions (${cost.length})`, list: cost },
          { title: `Concept questions (${concept.length})`, list: concept },
        ].map(({ title, list }) => (
          <details key={title} className="mt-4 rounded-xl border border-border bg-surface">
            <summary className="cursor-pointer px-4 py-3 font-semibold">{title}</summary>
            <ul className="divide-y divide-border border-t border-border">
              {list.map((item) => {
                const s = stats.get(item.id);
                return (
                  <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2">
                    <Link href={`/practice/quizzes/item/${item.id}`}>{item.title}</Link>
                    <span className="text-sm text-muted">
                      {isGeneratedItem(item) ? 'new numbers each time' : item.type === 'multiple' ? 'choose all that apply' : item.type}
                      {s ? ` · ${s.lastCorrect ? 'right' : 'wrong'} last time` : ''}
                    </span>
                  </li>
                );
              })}
            </ul>
          </details>
        ))}
      </section>
    </div>
  );
}
