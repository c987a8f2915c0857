import 'server-only';
import { getCurrentUser, type CurrentUser } from './current';
import { canAdminister, canTeach } from './roles';

/** Why a request was refused, worded for the person who made it. */
export class NotAllowedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAllowedError';
  }
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new NotAllowedError('Sign in first.');
  return user;
}

export async function requireInstructor(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canTeach(user.role)) throw new NotAllowedError('Only instructors can do this.');
  return user;
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canAdminister(user.role)) throw new NotAllowedError('Only admins can do this.');
  return user;
}
