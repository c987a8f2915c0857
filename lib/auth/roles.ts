/** Who someone is in the app. Every account starts as a learner; admins make instructors (issue 16). */
export const ROLES = ['learner', 'instructor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const DEFAULT_ROLE: Role = 'learner';

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** A stored role that is not one we know (a hand-edited row) counts as the least privileged one. */
export function roleOf(value: unknown): Role {
  return isRole(value) ? value : DEFAULT_ROLE;
}

/** Instructors run classes and author content; admins can do everything instructors can. */
export function canTeach(role: Role): boolean {
  return role === 'instructor' || role === 'admin';
}

export function canAdminister(role: Role): boolean {
  return role === 'admin';
}
