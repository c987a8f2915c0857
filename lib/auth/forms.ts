import { z } from 'zod';

import { PASSWORD_MAX, PASSWORD_MIN } from './form-state';

export { IDLE_AUTH_STATE, PASSWORD_MAX, PASSWORD_MIN, type AuthFormState } from './form-state';

const email = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address.')
  .max(254, 'An email address is at most 254 characters.')
  .pipe(z.email({ error: 'Enter an email address such as ada@example.com.' }));

/** Where to go after signing in: only a path on this site (never //evil.example or https://...). */
export const nextPath = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])[\w\-./?=&%#]*$/.test(value) ? value : '/'));

export const signUpSchema = z.object({
  name: z.string({ error: 'Enter your name.' }).trim().min(1, 'Enter your name.').max(80, 'A name is at most 80 characters.'),
  email,
  password: z
    .string({ error: 'Choose a password.' })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
  next: nextPath,
});

export const signInSchema = z.object({
  email,
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(PASSWORD_MAX, 'Incorrect email or password.'),
  next: nextPath,
});
