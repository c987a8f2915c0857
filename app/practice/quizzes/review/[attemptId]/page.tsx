import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ItemMeta } from '@/components/quiz/item-meta';
import { QuestionBody } from '@/components/quiz/question-body';
import { OptionReviews, ResultView, Working } from '@/components/quiz/result-view';
import { getQuizItem } from '@/lib/content/quizzes';
import { db } from '@/lib/db/client';
import { getQuizAttempt } from '@/lib/db/quiz-attempts';
import { readLearnerId } from '@/lib/learner/session';
import { gradeAnswer, materialize, type Verdict } from '@/lib/quiz';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';

export const metadata: Metadata = { title: 'Review an attempt' };

type Props = { params: Promise<{ attemptId: string }> };

const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

export default async function ReviewPage({ params }: Props) {
  await connection();
  const { attemptId } = await params;
  const learnerId = await readLearnerId();
  // Attempts are private: another learner's id (or no cookie) is simply not found.
  const attempt = learnerId && /^c[a-z0-9]{20,31}$/.test(attemptId) ? await getQuizAttempt(db, learnerId, attemptId) : null;
  if (!attempt) notFound();
  const item = getQuizItem(attempt.itemId);
  if (!item) {
    return (
      <div className="container-page py-10">
        <h1 className="text-3xl font-bold">This question has been retired</h1>
        <p className="mt-3 text-muted">The attempt is saved, but its question is no longer in the quiz bank.</p>
        <Link href="/practice/quizzes" className="mt-4 inline-block">
          Back to the quizzes
        </Link>
      </div>
    );
  }
  // The same seed rebuilds the same numbers; the stored answer is graded again, exactly as it was.
  const m = materialize(item, attempt.seed);
  let verdict: Verdict | undefined;
  if (attempt.answer.kind !== 'definition') {
    const graded = gradeAnswer(m, attempt.answer);
    if (graded.ok) verdict = graded.verdict;
  }
  const titles = lessonTitles();
  return (
    <div className="container-page py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> <Link href="/practice/quizzes">Quizzes</Link> <span aria-hidden="true">/</span> <Link href={`/practice/quizzes/item/${item.id}`}>{item.title}</Link>{' '}
        <span aria-hidden="true">/</span> <span>Review</span>
      </nav>
      <header className="mt-2 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">Review: {item.title}</h1>
        <p className="mt-2 text-muted">
          Answered {when.format(attempt.createdAt)} in {Math.round(attempt.timeTakenMs / 1000)} s ({attempt.mode === 'exam' ? 'exam style' : 'practice'}), with the
          numbers of seed {attempt.seed}.
        </p>
        <ItemMeta question={m.question} lessonTitle={titles[item.lesson]} />
      </header>
      <article className="mt-6 max-w-3xl rounded-2xl border border-border bg-surface p-4 sm:p-7" aria-label="The question as it was asked">
        <QuestionBody question={m.question} codeOpen={false} />
        {m.question.options && (
          <ul className="mt-4 space-y-1">
            {m.question.options.map((o) => (
              <li key={o.key}>
                <span className="font-semibold">{o.key.toUpperCase()}.</span> {o.text}
              </li>
            ))}
          </ul>
        )}
        {attempt.answer.kind === 'definition' && (
          <div className="mt-5">
            <h2 className="text-base font-semibold">Your definition</h2>
            <pre className="mt-2 max-h-96 overflow-auto rounded-xl bg-[var(--code-bg)] p-3 text-[0.8rem]" tabIndex={0} aria-label="Your definition">
              <code>{attempt.answer.text}</code>
            </pre>
            <p className={`mt-3 font-semibold ${attempt.correct ? 'text-success' : 'text-danger'}`}>
              {attempt.correct ? '✓ It passed: same output, within the target.' : '✗ It did not pass.'}
            </p>
            <div className="mt-4 text-[0.95rem]">
              <h3 className="font-semibold">The arithmetic</h3>
              <ol className="mt-2 space-y-1">
                {m.working.map((s, i) => (
                  <li key={i}>
                    {s.label}: <span className="font-mono text-[0.85rem]">{s.expression}</span> = <strong>{s.result}</strong>
                  </li>
                ))}
              </ol>
              <p className="mt-2">{m.summary}</p>
            </div>
          </div>
        )}
        {verdict && (
          <div className="mt-6">
            <ResultView verdict={verdict} headingId="review-result" />
            <Working verdict={verdict} />
            <OptionReviews verdict={verdict} />
          </div>
        )}
      </article>
      <p className="mt-6 flex max-w-3xl flex-wrap gap-3">
        <Link href={`/practice/quizzes/item/${item.id}?seed=${attempt.seed}`} className="btn btn-secondary">
          Answer it again with these numbers
        </Link>
        <Link href={`/practice/quizzes/item/${item.id}`} className="btn btn-primary">
          Try it with new numbers
        </Link>
      </p>
    </div>
  );
}
