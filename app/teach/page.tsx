import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { createClassAction } from './actions';
import { CreateClassForm } from '@/components/classes/class-forms';
import { getCurrentUser } from '@/lib/auth/current';
import { canTeach } from '@/lib/auth/roles';
import { db } from '@/lib/db/client';
import { listTaughtClasses } from '@/lib/db/classes';

export const metadata: Metadata = { title: 'Your classes' };

export default async function TeachPage() {
  await connection();
  const user = await getCurrentUser();
  if (!user || !canTeach(user.role)) notFound();
  const classes = await listTaughtClasses(db, user.id);
  return (
    <div className="container-page py-12">
      <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
      <p className="mt-3 max-w-2xl text-muted">Create a class, give learners its join code, assign lessons, scenarios and quizzes, and follow their progress.</p>
      <section aria-labelledby="create-heading" className="mt-8 max-w-2xl">
        <h2 id="create-heading" className="sr-only">
          Create a class
        </h2>
        <CreateClassForm action={createClassAction} />
      </section>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {classes.map((c) => (
          <li key={c.id} className="rounded-xl border border-border bg-surface p-4">
            <h2 className="text-xl font-semibold">
              <Link href={`/teach/${c.id}`}>{c.name}</Link>
            </h2>
            <p className="mt-1 text-sm text-muted">
              Join code <span className="font-mono tracking-widest text-text">{c.joinCode}</span> · {c.members} learner{c.members === 1 ? '' : 's'} · {c.assignments} assignment
              {c.assignments === 1 ? '' : 's'}
            </p>
          </li>
        ))}
      </ul>
      {classes.length === 0 && <p className="mt-8 text-muted">No classes yet.</p>}
    </div>
  );
}
