import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { roleOf, type Role } from './roles';
import { sessions } from './server';

export type CurrentUser = { id: string; email: string; name: string; role: Role; learnerId: string | null };

/** The signed-in account for this request, or null. Read once per request (React cache). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await sessions.read(await headers());
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: unknown; learnerId?: unknown };
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: roleOf(user.role),
    learnerId: typeof user.learnerId === 'string' ? user.learnerId : null,
  };
});
