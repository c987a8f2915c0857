'use client';

import { useActionState, useEffect, useRef } from 'react';
import { IDLE_CLASS_STATE, type ClassFormState } from '@/lib/classes/form-state';
import { ASSIGNMENT_KIND_LABEL, type AssignmentKind } from '@/lib/classes/assignments';
import { RequestIds } from '../site/request-ids';

type Action = (previous: ClassFormState, form: FormData) => Promise<ClassFormState>;

const inputClass = 'mt-1 w-full rounded-lg border border-border bg-surface px-3 py-2 text-text aria-[invalid]:border-danger';

/** The form's one live status line: what a pending request is doing (`pending`), else the last answer. */
function Status({ state, pending }: { state: ClassFormState; pending?: string | undefined }) {
  return (
    <p role="status" className={pending ? 'text-sm text-muted' : state.status === 'error' ? 'text-sm text-danger' : 'text-sm text-success'}>
      {pending ?? state.message}
    </p>
  );
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="mt-1 text-sm text-danger">
      {errors.join(' ')}
    </p>
  ) : null;
}

/** A small turning circle beside a pending button's label. */
function Spinner() {
  return <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-current border-t-transparent align-[-0.125em]" aria-hidden="true" />;
}

export function CreateClassForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE_CLASS_STATE);
  // One requestId per class asked for, made on the first send and sent again with the same name (a double
  // click, a resend after an error): the server makes one class however often it arrives (issue 16).
  const requestIds = useRef<RequestIds | null>(null);
  const error = state.fieldErrors?.name;
  return (
    <form
      action={(form) => {
        requestIds.current ??= new RequestIds();
        form.set('requestId', requestIds.current.idFor('create-class', String(form.get('name') ?? '').trim()));
        formAction(form);
      }}
      aria-busy={pending}
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="flex-1">
        <label htmlFor="class-name" className="block font-medium">
          New class name
        </label>
        <input id="class-name" name="name" required maxLength={100} readOnly={pending} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? 'class-name-error' : undefined} />
        <FieldError id="class-name-error" errors={error} />
      </div>
      <button type="submit" className="btn btn-primary inline-flex items-center justify-center gap-2" disabled={pending}>
        {pending && <Spinner />}
        {pending ? 'Creating…' : 'Create class'}
      </button>
      <Status state={state} pending={pending ? 'Creating the class…' : undefined} />
    </form>
  );
}

export function JoinClassForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE_CLASS_STATE);
  const error = state.fieldErrors?.code;
  return (
    <form action={formAction} className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="join-code" className="block font-medium">
          Join code
        </label>
        <input id="join-code" name="code" required autoComplete="off" autoCapitalize="characters" className={`${inputClass} font-mono uppercase tracking-widest`} aria-invalid={error ? true : undefined} aria-describedby={error ? 'join-code-error' : undefined} />
        <FieldError id="join-code-error" errors={error} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? 'Joining…' : 'Join class'}
      </button>
      <Status state={state} />
    </form>
  );
}

export type AssignableOptions = Record<AssignmentKind, { ref: string; title: string }[]>;

export function AssignmentForm({ classId, options, action }: { classId: string; options: AssignableOptions; action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE_CLASS_STATE);
  const tz = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (tz.current) tz.current.value = String(new Date().getTimezoneOffset());
  });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-[1fr_2fr_1fr_auto] sm:items-end">
      <input type="hidden" name="classId" value={classId} />
      <input ref={tz} type="hidden" name="tzOffset" defaultValue="0" />
      <div>
        <label htmlFor="assign-what" className="block font-medium">
          Assign
        </label>
        <select id="assign-what" name="target" className={inputClass} required aria-invalid={errors.target ? true : undefined} aria-describedby={errors.target ? 'assign-what-error' : undefined}>
          {(Object.keys(options) as AssignmentKind[]).filter((kind) => options[kind].length > 0).map((kind) => (
            <optgroup key={kind} label={ASSIGNMENT_KIND_LABEL[kind]}>
              {options[kind].map((o) => (
                <option key={`${kind}:${o.ref}`} value={`${kind}:${o.ref}`}>
                  {o.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <FieldError id="assign-what-error" errors={errors.target} />
      </div>
      <div className="sm:col-span-1">
        <label htmlFor="assign-due" className="block font-medium">
          Due
        </label>
        <input id="assign-due" name="due" type="datetime-local" required className={inputClass} aria-invalid={errors.due ? true : undefined} aria-describedby={errors.due ? 'assign-due-error' : undefined} />
        <FieldError id="assign-due-error" errors={errors.due} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? 'Assigning…' : 'Assign'}
      </button>
      <div className="sm:col-span-4">
        <Status state={state} />
      </div>
    </form>
  );
}

export function RemoveAssignmentButton({ classId, assignmentId, title, action }: { classId: string; assignmentId: string; title: string; action: Action }) {
  const [state, formAction, pending] = useActionState(action, IDLE_CLASS_STATE);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <button type="submit" className="text-sm text-danger underline" disabled={pending} aria-label={`Remove ${title}`}>
        Remove
      </button>
      {state.status === 'error' && <span role="status" className="ml-2 text-sm text-danger">{state.message}</span>}
    </form>
  );
}
