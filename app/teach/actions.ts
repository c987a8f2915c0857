'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { NotAllowedError, requireInstructor } from '@/lib/auth/guards';
import { ASSIGNMENT_KIND_LABEL } from '@/lib/classes/assignments';
import { assignmentTitle } from '@/lib/classes/catalog';
import { classOwnContent } from '@/lib/classes-server/own-content';
import { assignmentSchema, createClassSchema, dueMoment, removeAssignmentSchema, type ClassFormState } from '@/lib/classes/forms';
import { db } from '@/lib/db/client';
import { createClass, deleteAssignment, upsertAssignment } from '@/lib/db/classes';
import { parseForm } from '@/lib/forms/parse-form';

function refused(error: unknown, what: string): ClassFormState {
  if (error instanceof NotAllowedError) return { status: 'error', message: error.message };
  console.error(`${what} failed`, error);
  return { status: 'error', message: 'That did not work just now. Please try again.' };
}

export async function createClassAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  let classId: string;
  try {
    const instructor = await requireInstructor();
    const parsed = parseForm(createClassSchema, form);
    if (!parsed.ok) return { status: 'error', message: parsed.message || undefined, fieldErrors: parsed.fieldErrors };
    // The same form sent again (a double click, a resend, two tabs) names the same requestId: the first class.
    classId = (await createClass(db, instructor.id, parsed.data.name, parsed.data.requestId)).id;
  } catch (error) {
    return refused(error, 'createClass');
  }
  redirect(`/teach/${classId}`);
}

export async function addAssignmentAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  try {
    const instructor = await requireInstructor();
    const parsed = parseForm(assignmentSchema, form);
    if (!parsed.ok) return { status: 'error', message: parsed.message || 'Check the highlighted fields.', fieldErrors: parsed.fieldErrors };
    const { classId, target, due, tzOffset } = parsed.data;
    const { kind, ref } = target;
    // A class's own scenario or quiz item must be published in this very class to be assigned.
    const own = kind.startsWith('class-') ? (await classOwnContent(db, [classId])).get(classId) : undefined;
    const title = assignmentTitle(kind, ref, own);
    if (!title) return { status: 'error', fieldErrors: { target: [`There is no ${ASSIGNMENT_KIND_LABEL[kind].toLowerCase()} "${ref}".`] } };
    const saved = await upsertAssignment(db, instructor.id, { classId, kind, ref, dueAt: dueMoment(due, tzOffset) });
    if (!saved) return { status: 'error', message: 'You can only change your own classes.' };
    revalidatePath(`/teach/${classId}`);
    return { status: 'saved', message: `Assigned “${title}”.` };
  } catch (error) {
    return refused(error, 'addAssignment');
  }
}

export async function removeAssignmentAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  try {
    const instructor = await requireInstructor();
    const parsed = parseForm(removeAssignmentSchema, form);
    if (!parsed.ok) return { status: 'error', message: parsed.message || 'That assignment could not be removed.' };
    if (!(await deleteAssignment(db, instructor.id, parsed.data.assignmentId))) return { status: 'error', message: 'You can only change your own classes.' };
    revalidatePath(`/teach/${parsed.data.classId}`);
    return { status: 'saved', message: 'Assignment removed.' };
  } catch (error) {
    return refused(error, 'removeAssignment');
  }
}
