import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { addAssignmentAction, removeAssignmentAction } from '../actions';
import { AssignmentForm, RemoveAssignmentButton, type AssignableOptions } from '@/components/classes/class-forms';
import { getCurrentUser } from '@/lib/auth/current';
import { canTeach } from '@/lib/auth/roles';
import { ASSIGNMENT_KIND_LABEL, ASSIGNMENT_KINDS, type AssignmentKind } from '@/lib/classes/assignments';
import { assignable, assignmentHref, assignmentTitle, itemTopics } from '@/lib/classes/catalog';
import { classReport, type AssignmentStatus } from '@/lib/classes/report';
import { getQuizItem } from '@/lib/content/quizzes';
import { getScenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { classReportInput, getTaughtClass } from '@/lib/db/classes';
import { listClassScenarios } from '@/lib/db/class-scenarios';
import { listClassQuizItems } from '@/lib/db/class-quiz-items';

export const metadata: Metadata = { title: 'Class dashboard' };

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const STATUS_LABEL: Record<AssignmentStatus, string> = { done: 'Done', late: 'Done late', open: 'Not yet', missed: 'Missed' };
const STATUS_CLASS: Record<AssignmentStatus, string> = { done: 'text-success', late: 'text-text', open: 'text-muted', missed: 'text-danger' };

export default async function ClassDashboard({ params }: { params: Promise<{ classId: string }> }) {
  await connection();
  const user = await getCurrentUser();
  if (!user || !canTeach(user.role)) notFound();
  const { classId } = await params;
  // Only the instructor who runs the class sees it; anyone else gets the same 404 as a wrong id.
  const found = await getTaughtClass(db, classId.slice(0, 64), user.id);
  const input = found && (await classReportInput(db, found.id, user.id));
  if (!found || !input) notFound();
  const report = classReport({ ...input, itemTopics }, new Date());
  const [ownScenarios, ownItems] = await Promise.all([listClassScenarios(db, found.id), listClassQuizItems(db, found.id)]);
  // A class's own quiz items are recorded under their own id, beside the built-in ones.
  const ownItem = (id: string) => ownItems.find((i) => i.id === id);
  const itemTitle = (id: string) => getQuizItem(id)?.title ?? ownItem(id)?.title ?? id;
  const itemHref = (id: string) => (ownItem(id) ? `/classes/${found.id}/quiz-items/${id}` : `/practice/quizzes/item/${id}`);
  const scenarioTitle = (id: string) => getScenario(id)?.title ?? ownScenarios.find((s) => s.id === id)?.title ?? id;
  const own = {
    scenarios: ownScenarios.filter((s) => s.published !== null).map(({ id, title }) => ({ id, title })),
    quizItems: ownItems.filter((i) => i.published !== null).map(({ id, title }) => ({ id, title })),
  };
  const options = Object.fromEntries(ASSIGNMENT_KINDS.map((k) => [k, assignable(k, own)])) as AssignableOptions;
  const title = (kind: string, ref: string) => assignmentTitle(kind as AssignmentKind, ref, own) ?? ref;

  return (
    <div className="container-page py-12">
      <p className="text-sm">
        <Link href="/teach">Your classes</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{found.name}</h1>
      <p className="mt-2 text-muted">
        Join code <span className="font-mono text-lg tracking-widest text-text">{found.joinCode}</span>: learners enter it at{' '}
        <Link href="/classes">/classes</Link> after signing in.
      </p>

      <section aria-labelledby="assignments-heading" className="mt-10">
        <h2 id="assignments-heading" className="text-2xl font-semibold">
          Assignments
        </h2>
        <div className="mt-4">
          <AssignmentForm classId={found.id} options={options} action={addAssignmentAction} />
        </div>
        <ul className="mt-4 space-y-2">
          {found.assignments.map((a) => (
            <li key={a.id} className="flex flex-wrap items-baseline gap-x-3">
              <Link href={assignmentHref(a.kind as AssignmentKind, a.ref, found.id)}>{title(a.kind, a.ref)}</Link>
              <span className="text-sm text-muted">
                {ASSIGNMENT_KIND_LABEL[a.kind as AssignmentKind] ?? a.kind}, due {dateTime.format(a.dueAt)} UTC
              </span>
              <RemoveAssignmentButton classId={found.id} assignmentId={a.id} title={title(a.kind, a.ref)} action={removeAssignmentAction} />
            </li>
          ))}
          {found.assignments.length === 0 && <li className="text-muted">Nothing assigned yet.</li>}
        </ul>
      </section>

      <section aria-labelledby="own-scenarios-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="own-scenarios-heading" className="text-2xl font-semibold">
            Scenarios of this class
          </h2>
          <Link href={`/teach/${found.id}/scenarios/new`} className="btn btn-secondary no-underline">
            Write a scenario
          </Link>
        </div>
        <ul className="mt-4 space-y-2">
          {ownScenarios.map((s) => (
            <li key={s.id} className="flex flex-wrap items-baseline gap-x-3">
              <Link href={`/teach/${found.id}/scenarios/${s.id}/edit`}>{s.title}</Link>
              <span className="text-sm text-muted">
                {s.versions} version{s.versions === 1 ? '' : 's'}, {s.published === null ? 'not published' : `version ${s.published} published`}
              </span>
              {s.published !== null && (
                <Link href={`/classes/${found.id}/scenarios/${s.id}`} className="text-sm">
                  Learner’s page
                </Link>
              )}
            </li>
          ))}
          {ownScenarios.length === 0 && <li className="text-muted">None yet. Write one in the browser: it is checked, graded and versioned like the built-in scenarios.</li>}
        </ul>
      </section>

      <section aria-labelledby="own-items-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="own-items-heading" className="text-2xl font-semibold">
            Quiz items of this class
          </h2>
          <Link href={`/teach/${found.id}/quiz-items/new`} className="btn btn-secondary no-underline">
            Write a quiz item
          </Link>
        </div>
        <ul className="mt-4 space-y-2">
          {ownItems.map((i) => (
            <li key={i.id} className="flex flex-wrap items-baseline gap-x-3">
              <Link href={`/teach/${found.id}/quiz-items/${i.id}/edit`}>{i.title}</Link>
              <span className="text-sm text-muted">
                {i.versions} version{i.versions === 1 ? '' : 's'}, {i.published === null ? 'not published' : `version ${i.published} published`}
              </span>
              {i.published !== null && (
                <Link href={`/classes/${found.id}/quiz-items/${i.id}`} className="text-sm">
                  Learner’s page
                </Link>
              )}
            </li>
          ))}
          {ownItems.length === 0 && <li className="text-muted">None yet. Write one in the browser: it is checked against the same schema as the built-in quiz items, and versioned.</li>}
        </ul>
      </section>

      <section aria-labelledby="roster-heading" className="mt-10">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="roster-heading" className="text-2xl font-semibold">
            Roster
          </h2>
          <a href={`/teach/${found.id}/results.csv`} download className="btn btn-secondary no-underline">
            Download results (CSV)
          </a>
        </div>
        {report.roster.length === 0 ? (
          <p className="mt-3 text-muted">No learner has joined yet.</p>
        ) : (
          <div className="mt-4 overflow-x-auto rounded-xl border border-border" tabIndex={0} role="region" aria-label="Roster table, scrolls sideways">
            <table className="w-full min-w-max text-left text-sm">
              <thead className="bg-surface-2">
                <tr>
                  <th scope="col" className="px-3 py-2">Learner</th>
                  <th scope="col" className="px-3 py-2">Lessons</th>
                  <th scope="col" className="px-3 py-2">Scenarios passed</th>
                  <th scope="col" className="px-3 py-2">Quiz answers right</th>
                  {found.assignments.map((a) => (
                    <th key={a.id} scope="col" className="px-3 py-2">
                      {title(a.kind, a.ref)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.roster.map((r) => (
                  <tr key={r.userId} className="border-t border-border">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {r.name}
                      <span className="block text-xs font-normal text-muted">{r.email}</span>
                    </th>
                    <td className="px-3 py-2 tabular-nums">{r.lessonsCompleted}</td>
                    <td className="px-3 py-2 tabular-nums">
                      {r.scenariosPassed} <span className="text-muted">({r.scenarioSubmissions} submissions)</span>
                    </td>
                    <td className="px-3 py-2 tabular-nums">
                      {r.quizCorrect} of {r.quizAttempts}
                    </td>
                    {r.assignments.map((s, i) => (
                      <td key={found.assignments[i]!.id} className={`px-3 py-2 ${STATUS_CLASS[s]}`}>
                        {STATUS_LABEL[s]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <div className="mt-10 grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="cases-heading">
          <h2 id="cases-heading" className="text-xl font-semibold">
            Scenario cases most often failed
          </h2>
          <ol className="mt-3 space-y-2">
            {report.failedCases.map((c) => (
              <li key={`${c.scenarioId}:${c.caseName}`}>
                <span className="font-medium">{c.caseName}</span> in {scenarioTitle(c.scenarioId)}
                <span className="block text-sm text-muted">
                  failed {c.failures} time{c.failures === 1 ? '' : 's'} by {c.learners} learner{c.learners === 1 ? '' : 's'}
                </span>
              </li>
            ))}
            {report.failedCases.length === 0 && <li className="text-muted">No failed case yet.</li>}
          </ol>
        </section>
        <section aria-labelledby="items-heading">
          <h2 id="items-heading" className="text-xl font-semibold">
            Quiz items most often missed
          </h2>
          <ol className="mt-3 space-y-2">
            {report.failedItems.map((i) => (
              <li key={i.itemId}>
                <Link href={itemHref(i.itemId)}>{itemTitle(i.itemId)}</Link>
                <span className="block text-sm text-muted">
                  wrong {i.wrong} of {i.attempts} answers
                </span>
              </li>
            ))}
            {report.failedItems.length === 0 && <li className="text-muted">No wrong answer yet.</li>}
          </ol>
        </section>
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading" className="text-xl font-semibold">
            Most common wrong answers
          </h2>
          <ol className="mt-3 space-y-2">
            {report.wrongAnswers.map((w) => (
              <li key={`${w.itemId}:${w.answer}`}>
                <span className="font-mono">{w.answer}</span> to {itemTitle(w.itemId)}
                <span className="block text-sm text-muted">
                  {w.count} time{w.count === 1 ? '' : 's'}
                </span>
              </li>
            ))}
            {report.wrongAnswers.length === 0 && <li className="text-muted">No wrong answer yet.</li>}
          </ol>
        </section>
      </div>
    </div>
  );
}
