import { beforeEach, describe, expect, it, vi } from 'vitest';

// "Create class" sent again (issue 16): the action passes the form's requestId to the data layer, which
// makes one class per instructor and request (lib/db/repeated-writes.test.ts runs that on both databases);
// a repeat is sent to the first class's page. Here the class store is stood in for, keyed the same way.
vi.mock('server-only', () => ({}));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));
vi.mock('@/lib/db/client', () => ({ db: {} }));
const redirects = vi.hoisted(() => [] as string[]);
vi.mock('next/navigation', () => ({ redirect: (to: string) => void redirects.push(to) }));
vi.mock('@/lib/auth/guards', () => ({ NotAllowedError: class extends Error {}, requireInstructor: async () => ({ id: 'teacher1' }) }));
const classes = vi.hoisted(() => new Map<string, { id: string; joinCode: string; name: string }>());
vi.mock('@/lib/db/classes', () => ({
  createClass: async (_db: unknown, instructorId: string, name: string, requestId?: string) => {
    const key = requestId ? `${instructorId}/${requestId}` : `${instructorId}/${classes.size}`;
    const found = classes.get(key);
    if (found) return { ...found, repeated: true };
    const made = { id: `class${classes.size + 1}`, joinCode: 'K7QM4XPA', name };
    classes.set(key, made);
    return { ...made, repeated: false };
  },
}));

const { createClassAction } = await import('./actions');

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

beforeEach(() => {
  classes.clear();
  redirects.length = 0;
});

describe('createClassAction sent again', () => {
  it('makes one class for one requestId and sends every copy to its page', async () => {
    const body = { name: 'SAA study group', requestId: '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f' };
    await Promise.all([createClassAction({ status: 'idle' }, form(body)), createClassAction({ status: 'idle' }, form(body))]);
    await createClassAction({ status: 'idle' }, form(body));
    expect(classes.size).toBe(1);
    expect(redirects).toEqual(['/teach/class1', '/teach/class1', '/teach/class1']);
  });

  it('an empty requestId is none (a page whose script has not run); a malformed one is refused with a clear message', async () => {
    await createClassAction({ status: 'idle' }, form({ name: 'A', requestId: '' }));
    expect(classes.size).toBe(1);
    expect(await createClassAction({ status: 'idle' }, form({ name: 'A', requestId: 'again' }))).toEqual({
      status: 'error',
      fieldErrors: { requestId: ['requestId must be a UUID (crypto.randomUUID())'] },
    });
    expect(classes.size).toBe(1);
  });
});
