// A finished exam: the score, the breakdown by domain and by topic (charts), and every question with the
// learner's answer, the right one, the explanation and the lesson that teaches it.
import Link from 'next/link';
import { EXAMS, TOPICS, type ExamId, type TopicId } from '@/lib/content/catalog';
import { scoreExam } from '@/lib/exam';
import type { GradedQuestion } from '@/lib/exam-server/exam';
import { ScoreChart } from './score-chart';

const timeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function ExamResult({ exam, questions, lessonTitles, finishedAt, deadline }: { exam: ExamId; questions: GradedQuestion[]; lessonTitles: Record<string, string>; finishedAt: Date | null; deadline: Date }) {
  const s = scoreExam(questions);
  const domains = EXAMS[exam].domains
    .filter((d) => s.byDomain[d.number])
    .map((d) => ({ label: `${d.number}. ${d.name}`, right: s.byDomain[d.number]?.right ?? 0, total: s.byDomain[d.number]?.total ?? 0 }));
  const missing = EXAMS[exam].domains.filter((d) => !s.byDomain[d.number]);
  const topics = (Object.entries(s.byTopic) as [TopicId, { right: number; total: number }][]).map(([t, x]) => ({ label: TOPICS[t] ?? t, ...x })).sort((a, b) => a.right / a.total - b.right / b.total);
  const unanswered = questions.filter((q) => q.correct === null).length;
  return (
    <div className="space-y-10">
      <section aria-labelledby="score-heading" className="rounded-xl border border-border bg-surface p-5">
        <h2 id="score-heading" className="text-xl font-semibold">
          Score
        </h2>
        <p className="mt-2 text-4xl font-bold tabular-nums" data-testid="exam-score">
          {s.percent}%
        </p>
        <p className="mt-1 text-muted">
          {s.right} of {s.total} right{unanswered ? ` · ${unanswered} not answered before the deadline (counted wrong)` : ''} · submitted{' '}
          {finishedAt && finishedAt.getTime() >= deadline.getTime() ? 'when time ran out' : finishedAt ? timeFormat.format(finishedAt) + ' UTC' : ''}
        </p>
      </section>

      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading" className="text-xl font-semibold">
          By exam domain
        </h2>
        <ScoreChart rows={domains} title="Right answers by exam domain" />
        {missing.length > 0 && <p className="mt-2 text-sm text-muted">Not in this exam (no questions in the bank for it yet): {missing.map((d) => `${d.number}. ${d.name}`).join('; ')}.</p>}
      </section>

      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="text-xl font-semibold">
          By topic, weakest first
        </h2>
        <ScoreChart rows={topics} title="Right answers by topic" />
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-xl font-semibold">
          Every question
        </h2>
        <ol className="mt-3 space-y-4">
          {questions.map((q) => (
            <li key={q.position} className="rounded-xl border border-border bg-surface p-4" data-testid="exam-result-question">
              <p className="text-sm text-muted">
                Question {q.position + 1} · domain {q.domain} ·{' '}
                <span className={q.correct ? 'font-semibold text-success' : 'font-semibold text-danger'}>{q.correct ? 'right' : q.correct === false ? 'wrong' : 'not answered'}</span>
              </p>
              <h3 className="mt-1 text-lg font-semibold">{q.title}</h3>
              <dl className="mt-2 grid gap-x-4 gap-y-1 text-[0.95rem] sm:grid-cols-[auto_1fr]">
                <dt className="text-muted">Your answer</dt>
                <dd className="break-words">{q.yourAnswer ?? 'No answer'}</dd>
                <dt className="text-muted">Right answer</dt>
                <dd className="break-words">{q.correctAnswer}</dd>
              </dl>
              <p className="mt-2 break-words">{q.explanation}</p>
              <p className="mt-2 text-sm">
                Taught in <Link href={`/learn/${q.lesson}`}>{lessonTitles[q.lesson] ?? q.lesson}</Link>
                {q.kind === 'quiz' ? (
                  <>
                    {' '}
                    · <Link href={`/practice/quizzes/item/${q.ref}`}>practise this question<span className="sr-only"> ({q.title})</span></Link>
                  </>
                ) : (
                  <>
                    {' '}
                    · <Link href={`/practice/scenarios/${q.ref}`}>open the scenario<span className="sr-only"> ({q.title})</span></Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      </section>
      <p>
        <Link href="/practice/exam">Back to your exams and readiness</Link> · <Link href="/practice/review">Review what you missed</Link>
      </p>
    </div>
  );
}
