import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { signOut } from './actions';
import { getCurrentUser } from '@/lib/auth/current';
import { canAdminister, canTeach } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Account' };

const ROLE_LABEL = { learner: 'Learner', instructor: 'Instructor', admin: 'Admin' } as const;

export default async function AccountPage() {
  await connection();
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="container-page max-w-xl py-12">
        <h1 className="text-3xl font-bold tracking-tight">You are studying as a guest</h1>
        <p className="mt-3 text-muted">
          Your progress is kept in this browser only. Create an account to keep it on every device; everything you have done so far comes with you.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/sign-up" className="btn btn-primary no-underline">
            Create an account
          </Link>
          <Link href="/sign-in" className="btn btn-secondary no-underline">
            Sign in
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="container-page max-w-xl py-12">
      <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="text-muted">Name</dt>
        <dd className="break-words">{user.name}</dd>
        <dt className="text-muted">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="text-muted">Role</dt>
        <dd>{ROLE_LABEL[user.role]}</dd>
      </dl>
      <nav aria-label="Account" className="mt-8 flex flex-wrap gap-3">
        <Link href="/classes" className="btn btn-secondary no-underline">
          Classes you joined
        </Link>
        {canTeach(user.role) && (
          <Link href="/teach" className="btn btn-secondary no-underline">
            Your classes
          </Link>
        )}
        {canAdminister(user.role) && (
          <Link href="/admin" className="btn btn-secondary no-underline">
            Manage accounts
          </Link>
        )}
      </nav>
      <form action={signOut} className="mt-8">
        <button type="submit" className="btn btn-secondary">
          Sign out
        </button>
      </form>
    </div>
  );
}
