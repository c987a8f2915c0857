import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { StartExamForm } from '@/components/exam/start-exam-form';
import { EXAM_IDS, EXAMS } from '@/lib/content/catalog';
import { db } from '@/lib/db/client';
import { listExamAttempts } from '@/lib/db/exam-attempts';
import { EXAM_KIND_IDS, EXAM_KINDS, isOver, readinessByDomain, READINESS_EXPLANATION, type DomainAnswer } from '@/lib/exam';
import type { GradedQuestion } from '@/lib/exam-server/exam';
import { readLearnerId } from '@/lib/learner/session';
import { startExamAction } from './actions';

export const metadata: Metadata = {
  title: 'Practice exam',
  description: 'A timed exam drawn from the question bank and scenarios, weighted by exam domain, with a breakdown and a readiness estimate.',
};

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function PracticeExamPage() {
  await connection();
  const learnerId = await readLearnerId();
  const attempts = learnerId ? await listExamAttempts(db, learnerId) : [];
  const now = new Date();
  return (
    <div className="container-page py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> <span>Practice exam</span>
      </nav>
      <header className="mt-2 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Practice exam</h1>
        <p className="mt-2 text-muted">
          Questions drawn from the quiz bank and the scenarios tagged for the exam, in proportion to the weight of each exam domain. The clock
          runs on the server: when time is up your saved answers are graded, and nothing sent later counts.
        </p>
      </header>
      <div className="mt-6 max-w-4xl">
        <StartExamForm
          exams={EXAM_IDS.map((id) => ({ id, name: EXAMS[id].name }))}
          kinds={EXAM_KIND_IDS.map((id) => ({ id, ...EXAM_KINDS[id] }))}
          action={startExamAction}
        />
      </div>

      <section aria-labelledby="readiness-heading" className="mt-10 max-w-4xl">
        <h2 id="readiness-heading" className="text-2xl font-semibold">
          Readiness by domain
        </h2>
        <p className="mt-1 text-muted">{READINESS_EXPLANATION}</p>
        <div className="mt-4 grid gap-4 md:grid-cols-3">
          {EXAM_IDS.map((exam) => {
            const answers: DomainAnswer[] = attempts
              .filter((a) => a.exam === exam && Array.isArray(a.result))
              .flatMap((a) => (a.result as GradedQuestion[]).map((q) => ({ domain: q.domain, correct: q.correct === true, at: a.finishedAt ?? a.startedAt })));
            const readiness = readinessByDomain(answers, EXAMS[exam].domains.map((d) => d.number));
            return (
              <section key={exam} aria-labelledby={`ready-${exam}`} className="rounded-xl border border-border bg-surface p-4" data-testid={`readiness-${exam}`}>
                <h3 id={`ready-${exam}`} className="font-semibold">
                  {exam}
                </h3>
                <ul className="mt-2 space-y-2 text-sm">
                  {readiness.map((r) => {
                    const domain = EXAMS[exam].domains.find((d) => d.number === r.domain);
                    return (
                      <li key={r.domain}>
                        <div className="flex justify-between gap-2">
                          <span>
                            {r.domain}. {domain?.name}
                          </span>
                          <span className="tabular-nums font-semibold">{r.percent === null ? '—' : `${r.percent}%`}</span>
                        </div>
                        {r.percent === null ? (
                          <p className="text-muted">{r.answers === 0 ? 'No answers yet' : `${r.answers} answered; more needed`}</p>
                        ) : (
                          <div className="mt-1 h-2 rounded-full bg-surface-2" role="meter" aria-label={`${exam} domain ${r.domain} readiness`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={r.percent}>
                            <div className="h-full rounded-full bg-accent" style={{ width: `${r.percent}%` }} />
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="history-heading" className="mt-10 max-w-4xl">
        <h2 id="history-heading" className="text-2xl font-semibold">
          Your exams
        </h2>
        {attempts.length === 0 ? (
          <p className="mt-2 text-muted">No exams yet.</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="py-2 pr-3">Started (UTC)</th>
                  <th scope="col" className="py-2 pr-3">Exam</th>
                  <th scope="col" className="py-2 pr-3">Length</th>
                  <th scope="col" className="py-2 pr-3">Score</th>
                </tr>
              </thead>
              <tbody>
                {attempts.map((a) => (
                  <tr key={a.id} className="border-b border-border">
                    <td className="py-2 pr-3">
                      <Link href={`/practice/exam/${a.id}`}>{dateFormat.format(a.startedAt)}</Link>
                    </td>
                    <td className="py-2 pr-3">{a.exam}</td>
                    <td className="py-2 pr-3">{EXAM_KINDS[a.kind].label}</td>
                    <td className="py-2 pr-3 tabular-nums">{a.score !== null ? `${a.score}%` : isOver(a, now) ? 'grading' : 'in progress'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
