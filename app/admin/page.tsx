import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { setAccountRole } from './actions';
import { RoleForm } from '@/components/account/role-form';
import { getCurrentUser } from '@/lib/auth/current';
import { canAdminister } from '@/lib/auth/roles';
import { listAccounts } from '@/lib/db/accounts';
import { db } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Manage accounts' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const user = await getCurrentUser();
  // Not found rather than forbidden: the page's existence is nobody else's business.
  if (!user || !canAdminister(user.role)) notFound();
  const q = (await searchParams).q;
  const query = typeof q === 'string' ? q.slice(0, 100) : '';
  const accounts = await listAccounts(db, query);
  return (
    <div className="container-page py-12">
      <h1 className="text-3xl font-bold tracking-tight">Manage accounts</h1>
      <p className="mt-3 text-muted">Make instructors (they can create classes and write their own scenarios and quiz items) or admins.</p>
      <form role="search" className="mt-6 flex max-w-md gap-2">
        <label htmlFor="account-search" className="sr-only">
          Search by email or name
        </label>
        <input id="account-search" name="q" defaultValue={query} placeholder="Email or name" className="w-full rounded-lg border border-border bg-surface px-3 py-2" />
        <button type="submit" className="btn btn-secondary">
          Search
        </button>
      </form>
      <ul className="mt-6 divide-y divide-border rounded-xl border border-border bg-surface">
        {accounts.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0">
              <p className="break-all font-medium">{a.email}</p>
              <p className="text-sm text-muted">
                {a.name} · joined {dateFormat.format(a.createdAt)}
              </p>
            </div>
            {a.id === user.id ? <span className="text-sm text-muted">{a.role} (you)</span> : <RoleForm userId={a.id} email={a.email} role={a.role} action={setAccountRole} />}
          </li>
        ))}
        {accounts.length === 0 && <li className="px-4 py-3 text-muted">No account matches.</li>}
      </ul>
    </div>
  );
}
