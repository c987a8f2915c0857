// The class forms' state, shared with the browser without zod (see lib/auth/form-state.ts for why).
export type ClassFormState = { status: 'idle' | 'saved' | 'error'; message?: string; fieldErrors?: Record<string, string[] | undefined> };
export const IDLE_CLASS_STATE: ClassFormState = { status: 'idle' };
