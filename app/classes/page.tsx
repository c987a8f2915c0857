import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { joinClassAction } from './actions';
import { JoinClassForm } from '@/components/classes/class-forms';
import { getCurrentUser } from '@/lib/auth/current';
import type { AssignmentKind } from '@/lib/classes/assignments';
import { assignmentHref, assignmentTitle } from '@/lib/classes/catalog';
import { db } from '@/lib/db/client';
import { listJoinedClasses } from '@/lib/db/classes';
import { classOwnContent } from '@/lib/classes-server/own-content';

export const metadata: Metadata = { title: 'Classes' };

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function ClassesPage() {
  await connection();
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="container-page max-w-xl py-12">
        <h1 className="text-3xl font-bold tracking-tight">Classes</h1>
        <p className="mt-3 text-muted">To join your instructor’s class, sign in or create an account first. Your progress so far comes with you.</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/sign-up?next=/classes" className="btn btn-primary no-underline">
            Create an account
          </Link>
          <Link href="/sign-in?next=/classes" className="btn btn-secondary no-underline">
            Sign in
          </Link>
        </div>
      </div>
    );
  }
  const classes = await listJoinedClasses(db, user.id);
  const classIds = classes.map((c) => c.id);
  const ownContent = await classOwnContent(db, classIds);
  return (
    <div className="container-page max-w-3xl py-12">
      <h1 className="text-3xl font-bold tracking-tight">Classes</h1>
      <section aria-labelledby="join-heading" className="mt-6">
        <h2 id="join-heading" className="text-xl font-semibold">
          Join a class
        </h2>
        <div className="mt-3">
          <JoinClassForm action={joinClassAction} />
        </div>
      </section>
      {classes.map((c) => {
        const own = ownContent.get(c.id) ?? { scenarios: [], quizItems: [] };
        return (
          <section key={c.id} aria-labelledby={`class-${c.id}`} className="mt-10">
            <h2 id={`class-${c.id}`} className="text-2xl font-semibold">
              {c.name}
            </h2>
            <ul className="mt-3 space-y-2">
              {c.assignments.map((a) => (
                <li key={a.id}>
                  <Link href={assignmentHref(a.kind as AssignmentKind, a.ref, c.id)}>{assignmentTitle(a.kind as AssignmentKind, a.ref, own) ?? a.ref}</Link>
                  <span className="ml-2 text-sm text-muted">due {dateTime.format(a.dueAt)} UTC</span>
                </li>
              ))}
              {c.assignments.length === 0 && <li className="text-muted">Nothing assigned yet.</li>}
            </ul>
            {own.scenarios.length > 0 && (
              <>
                <h3 className="mt-5 text-lg font-semibold">Scenarios written for this class</h3>
                <ul className="mt-2 space-y-2">
                  {own.scenarios.map((s) => (
                    <li key={s.id}>
                      <Link href={`/classes/${c.id}/scenarios/${s.id}`}>{s.title}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {own.quizItems.length > 0 && (
              <>
                <h3 className="mt-5 text-lg font-semibold">Quiz items written for this class</h3>
                <ul className="mt-2 space-y-2">
                  {own.quizItems.map((i) => (
                    <li key={i.id}>
                      <Link href={`/classes/${c.id}/quiz-items/${i.id}`}>{i.title}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
