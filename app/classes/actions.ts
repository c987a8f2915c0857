'use server';

import { revalidatePath } from 'next/cache';
import { NotAllowedError, requireUser } from '@/lib/auth/guards';
import { joinClassSchema, type ClassFormState } from '@/lib/classes/forms';
import { db } from '@/lib/db/client';
import { joinClass } from '@/lib/db/classes';
import { parseForm } from '@/lib/forms/parse-form';

/** A signed-in learner joins a class with its code. Joining twice is harmless. */
export async function joinClassAction(_previous: ClassFormState, form: FormData): Promise<ClassFormState> {
  try {
    const user = await requireUser();
    const parsed = parseForm(joinClassSchema, form);
    if (!parsed.ok) return { status: 'error', message: parsed.message || undefined, fieldErrors: parsed.fieldErrors };
    const result = await joinClass(db, user.id, parsed.data.code);
    if (result.status === 'no-such-class') return { status: 'error', fieldErrors: { code: ['No class has this code. Check it with your instructor.'] } };
    revalidatePath('/classes');
    return { status: 'saved', message: result.status === 'joined' ? `You joined ${result.name}.` : `You are already in ${result.name}.` };
  } catch (error) {
    if (error instanceof NotAllowedError) return { status: 'error', message: 'Sign in to join a class.' };
    console.error('joinClass failed', error);
    return { status: 'error', message: 'Joining failed just now. Please try again.' };
  }
}
