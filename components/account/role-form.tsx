'use client';

import { useActionState } from 'react';
import type { RoleFormState } from '@/app/admin/actions';
import { ROLES, type Role } from '@/lib/auth/roles';

type Action = (previous: RoleFormState, form: FormData) => Promise<RoleFormState>;

/** One account's role, changed in place; the result is announced to screen readers. */
export function RoleForm({ userId, email, role, action }: { userId: string; email: string; role: Role; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as RoleFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded-lg border border-border bg-surface px-2 py-1.5 text-text">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn-secondary" disabled={pending} aria-label={`Save role of ${email}`}>
        {pending ? 'Saving…' : 'Save'}
      </button>
      <span role="status" className={state.status === 'error' ? 'text-sm text-danger' : 'text-sm text-muted'}>
        {state.message}
      </span>
    </form>
  );
}
