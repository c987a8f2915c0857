'use client';
import { useActionState } from 'react';
import type { StartState } from '@/app/practice/exam/actions';

export interface StartExamFormProps {
  exams: { id: string; name: string }[];
  kinds: { id: string; label: string; length: number; minutes: number }[];
  action: (previous: StartState, formData: FormData) => Promise<StartState>;
}

/** Pick an exam and a length, then start: the server sets the deadline at that moment. */
export function StartExamForm({ exams, kinds, action }: StartExamFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as StartState);
  const errors = state.status === 'invalid' ? state.fieldErrors : {};
  return (
    <form action={formAction} className="space-y-4 rounded-xl border border-border bg-surface p-4 sm:p-5" aria-busy={pending}>
      <fieldset aria-describedby={errors.exam ? 'exam-error' : undefined}>
        <legend className="font-semibold">Exam</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {exams.map((e, i) => (
            <label key={e.id} className="flex gap-2 rounded-lg border border-border px-3 py-2">
              <input type="radio" name="exam" value={e.id} defaultChecked={i === 0} />
              <span>
                <span className="font-semibold">{e.id}</span> <span className="block text-sm text-muted">{e.name}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.exam && <p id="exam-error" className="mt-1 text-sm text-danger">{errors.exam.join(' ')}</p>}
      </fieldset>
      <fieldset aria-describedby={errors.kind ? 'kind-error' : undefined}>
        <legend className="font-semibold">Length</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {kinds.map((k, i) => (
            <label key={k.id} className="flex gap-2 rounded-lg border border-border px-3 py-2">
              <input type="radio" name="kind" value={k.id} defaultChecked={i === 0} />
              <span>
                <span className="font-semibold">{k.label}</span>{' '}
                <span className="block text-sm text-muted">
                  {k.length} questions in {k.minutes} minute{k.minutes === 1 ? '' : 's'}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.kind && <p id="kind-error" className="mt-1 text-sm text-danger">{errors.kind.join(' ')}</p>}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-lg bg-accent px-4 py-2 font-semibold text-on-accent disabled:opacity-50">
        {pending ? 'Drawing your questions…' : 'Start the exam'}
      </button>
      {state.status === 'invalid' && <p role="alert" className="text-sm text-danger">{state.message}</p>}
    </form>
  );
}
