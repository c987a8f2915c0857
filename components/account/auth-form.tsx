'use client';

import Link from 'next/link';
import { useActionState, useId } from 'react';
import { IDLE_AUTH_STATE, PASSWORD_MIN, type AuthFormState } from '@/lib/auth/form-state';

type Mode = 'sign-up' | 'sign-in';
type Action = (previous: AuthFormState, form: FormData) => Promise<AuthFormState>;

/** The sign-up and sign-in form: field errors beside their fields, what was typed kept on a refusal. */
export function AuthForm({ mode, action, next }: { mode: Mode; action: Action; next: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE_AUTH_STATE);
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const signUp = mode === 'sign-up';
  return (
    <form action={formAction} noValidate className="mt-6 space-y-5" aria-describedby={state.message ? `${id}-message` : undefined}>
      <input type="hidden" name="next" value={next} />
      {state.message && (
        <p id={`${id}-message`} role="alert" className="rounded-lg border border-danger bg-danger-soft px-3 py-2 text-sm text-danger">
          {state.message}
        </p>
      )}
      {signUp && (
        <Field id={`${id}-name`} name="name" label="Name" autoComplete="name" defaultValue={state.values?.name} errors={errors.name} />
      )}
      <Field id={`${id}-email`} name="email" label="Email" type="email" autoComplete="email" defaultValue={state.values?.email} errors={errors.email} />
      <Field
        id={`${id}-password`}
        name="password"
        label="Password"
        type="password"
        autoComplete={signUp ? 'new-password' : 'current-password'}
        hint={signUp ? `At least ${PASSWORD_MIN} characters.` : undefined}
        errors={errors.password}
      />
      <button type="submit" className="btn btn-primary w-full" disabled={pending} aria-busy={pending}>
        {pending ? (signUp ? 'Creating your account…' : 'Signing in…') : signUp ? 'Create account' : 'Sign in'}
      </button>
      <p className="text-sm text-muted">
        {signUp ? (
          <>
            Already have an account? <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
          </>
        ) : (
          <>
            New here? <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
          </>
        )}
      </p>
    </form>
  );
}

function Field(props: {
  id: string;
  name: string;
  label: string;
  type?: string;
  autoComplete: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
}) {
  const { id, name, label, type = 'text', autoComplete, defaultValue, hint, errors } = props;
  const described = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described}
        className="mt-1 w-full rounded-lg border border-border bg-surface px-3 py-2 text-text focus:border-accent focus:outline-2 focus:outline-accent aria-[invalid]:border-danger"
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
