// What the sign-in and sign-up forms share with the browser, without zod: a client module that imported the
// schemas would bring zod into the page, whose JIT probe (`Function("")`) the Content-Security-Policy reports.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export type AuthFormState = {
  status: 'idle' | 'error';
  message?: string;
  fieldErrors?: Partial<Record<'name' | 'email' | 'password', string[]>>;
  /** What the person typed (never the password), so a refused form loses nothing. */
  values?: { name?: string; email?: string };
};

export const IDLE_AUTH_STATE: AuthFormState = { status: 'idle' };
