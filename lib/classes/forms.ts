import { z } from 'zod';
import { ASSIGNMENT_KINDS } from './assignments';

/**
 * A create form's id for one request (crypto.randomUUID(), issue 16), re-sent when the same form is sent
 * again, so the server makes one thing however often it arrives. Absent or empty is none (a page whose
 * script has not run yet, a script).
 */
export const formRequestIdSchema = z.preprocess((v) => (v === '' ? undefined : v), z.uuid({ error: 'requestId must be a UUID (crypto.randomUUID())' }).optional());

export const createClassSchema = z.object({
  name: z.string({ error: 'Name the class.' }).trim().min(1, 'Name the class.').max(100, 'A class name is at most 100 characters.'),
  requestId: formRequestIdSchema,
});

export const joinClassSchema = z.object({
  code: z
    .string({ error: 'Enter the join code your instructor gave you.' })
    .transform((v) => v.toUpperCase().replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^[A-Z0-9]{8}$/, 'A join code is 8 letters and digits, such as K7QM4XPA.')),
});

export const classIdSchema = z.string({ error: 'missing class' }).min(1, 'missing class').max(64, 'not a class id');

export const assignmentSchema = z.object({
  classId: classIdSchema,
  /** "<kind>:<ref>", e.g. "lesson:<slug>" or "class-quiz-item:<id>" (one select lists every kind). */
  target: z
    .string({ error: 'Choose what to assign.' })
    .max(140, 'Choose what to assign.')
    .transform((v, ctx) => {
      const at = v.indexOf(':');
      const kind = v.slice(0, at);
      const ref = v.slice(at + 1);
      if (at < 1 || !ref || !(ASSIGNMENT_KINDS as readonly string[]).includes(kind)) {
        ctx.addIssue({ code: 'custom', message: 'Choose a lesson, a scenario or a quiz topic.' });
        return z.NEVER;
      }
      return { kind: kind as (typeof ASSIGNMENT_KINDS)[number], ref };
    }),
  // <input type="datetime-local"> sends "2026-12-09T17:00" in the instructor's time zone; the browser
  // also sends the offset it had, so the server stores the moment they meant.
  due: z.string({ error: 'Give a due date.' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Give a due date and time.'),
  tzOffset: z.coerce.number().int().min(-840).max(840).default(0),
});

export const removeAssignmentSchema = z.object({ classId: classIdSchema, assignmentId: z.string().min(1).max(64) });

export { IDLE_CLASS_STATE, type ClassFormState } from './form-state';

/** The moment a datetime-local value names, given the browser's getTimezoneOffset() (minutes, UTC minus local). */
export function dueMoment(local: string, tzOffsetMinutes: number): Date {
  return new Date(Date.parse(`${local}:00Z`) + tzOffsetMinutes * 60_000);
}
