import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { ActivityChart } from '@/components/progress/activity-chart';
import { MasteryChart } from '@/components/progress/mastery-chart';
import { getCurrentUser } from '@/lib/auth/current';
import { EXAM_IDS, EXAMS } from '@/lib/content/catalog';
import { db } from '@/lib/db/client';
import { listExamAttempts } from '@/lib/db/exam-attempts';
import { readLearnerId } from '@/lib/learner/session';
import { MASTERY_EXPLANATION } from '@/lib/progress';
import { learnerProgress } from '@/lib/progress-server/learner-progress';

export const metadata: Metadata = {
  title: 'Your progress',
  description: 'Mastery per topic and per exam domain, your activity over time, and your practice exams.',
};

export default async function ProgressPage() {
  await connection();
  const now = new Date();
  const [user, learnerId] = await Promise.all([getCurrentUser(), readLearnerId()]);
  const [progress, exams] = await Promise.all([learnerProgress(learnerId, now), learnerId ? listExamAttempts(db, learnerId) : []]);
  const finished = exams.filter((e) => e.score !== null);
  const latest = finished[0];

  return (
    <div className="container-page py-8 sm:py-10">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Your progress</h1>
        <p className="mt-2 text-muted">{MASTERY_EXPLANATION}</p>
        {!user && (
          <p className="mt-2 text-sm text-muted">
            You are studying as a guest: this is kept in this browser only. <Link href="/sign-up">Create an account</Link> to keep it on every device.
          </p>
        )}
      </header>

      <dl className="mt-6 grid max-w-3xl grid-cols-2 gap-3 sm:grid-cols-4" aria-label="Totals">
        {[
          ['Lessons completed', `${progress.lessonsCompleted} of ${progress.lessonsTotal}`],
          ['Quiz answers', String(progress.quizAnswers)],
          ['Scenario submissions', String(progress.submissions)],
          ['Practice exams', String(finished.length)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-xl border border-border bg-surface p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="topics-heading" className="min-w-0 rounded-xl border border-border bg-surface p-4 sm:p-5">
          <h2 id="topics-heading" className="text-xl font-semibold">
            By topic
          </h2>
          <div className="mt-3">
            <MasteryChart id="topic-mastery" title="Mastery per topic" rows={progress.topics.map((t) => ({ ...t, key: t.topic }))} />
          </div>
        </section>

        <div className="min-w-0 space-y-8">
          <section aria-labelledby="activity-heading" className="rounded-xl border border-border bg-surface p-4 sm:p-5">
            <h2 id="activity-heading" className="text-xl font-semibold">
              Activity
            </h2>
            <div className="mt-3">
              <ActivityChart id="activity" days={progress.activity} />
            </div>
          </section>

          <section aria-labelledby="exams-heading" className="rounded-xl border border-border bg-surface p-4 sm:p-5">
            <h2 id="exams-heading" className="text-xl font-semibold">
              Practice exams and readiness
            </h2>
            <p className="mt-2">
              {latest
                ? `${finished.length} practice ${finished.length === 1 ? 'exam' : 'exams'} taken; the latest, ${latest.exam}, scored ${latest.score}%.`
                : 'No practice exam taken yet.'}{' '}
              <Link href="/practice/exam">See every attempt and your readiness per exam domain</Link>.
            </p>
          </section>
        </div>
      </div>

      <section aria-labelledby="domains-heading" className="mt-8">
        <h2 id="domains-heading" className="text-xl font-semibold">
          By exam domain
        </h2>
        <p className="mt-1 text-sm text-muted">The lessons, quiz items and scenarios tagged with each domain of the exam guide.</p>
        <div className="mt-4 grid gap-6 lg:grid-cols-3">
          {EXAM_IDS.map((exam) => (
            <section key={exam} aria-label={EXAMS[exam].name} className="min-w-0 rounded-xl border border-border bg-surface p-4 sm:p-5">
              <MasteryChart
                id={`domains-${exam}`}
                title={`${exam} · ${EXAMS[exam].name}`}
                rows={progress.domains[exam].map((d) => ({ ...d, key: String(d.domain), label: `${d.domain}. ${d.name}`, detail: `(${d.weight}% of the exam)` }))}
              />
            </section>
          ))}
        </div>
      </section>
    </div>
  );
}
