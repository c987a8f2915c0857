'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { NotAllowedError, requireAdmin } from '@/lib/auth/guards';
import { ROLES } from '@/lib/auth/roles';
import { sessions } from '@/lib/auth/server';
import { setRoleById } from '@/lib/db/accounts';
import { db } from '@/lib/db/client';
import { parseForm } from '@/lib/forms/parse-form';

const roleInput = z.object({
  userId: z.string({ error: 'missing account' }).min(1, 'missing account').max(64, 'not an account id'),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
});

export type RoleFormState = { status: 'idle' | 'saved' | 'error'; message?: string };

/** An admin changes someone's role (making instructors). An admin cannot change their own role, so one always remains. */
export async function setAccountRole(_previous: RoleFormState, form: FormData): Promise<RoleFormState> {
  try {
    const admin = await requireAdmin();
    const parsed = parseForm(roleInput, form);
    if (!parsed.ok) {
      const detail = Object.entries(parsed.fieldErrors).map(([k, v]) => `${k}: ${(v as string[]).join(' ')}`).join('; ');
      return { status: 'error', message: parsed.message || `The role was not changed (${detail}).` };
    }
    if (parsed.data.userId === admin.id) return { status: 'error', message: 'You cannot change your own role; ask another admin.' };
    const account = await setRoleById(db, parsed.data.userId, parsed.data.role);
    if (!account) return { status: 'error', message: 'No such account.' };
    // Requests this process serves see the new role now; others when their cookie cache expires, as before.
    sessions.forgetUser(parsed.data.userId);
    revalidatePath('/admin');
    return { status: 'saved', message: `${account.email} is now ${account.role}.` };
  } catch (error) {
    if (error instanceof NotAllowedError) return { status: 'error', message: error.message };
    console.error('setAccountRole failed', error);
    return { status: 'error', message: 'The role could not be changed just now. Please try again.' };
  }
}
