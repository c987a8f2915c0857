'use client';
// Again / Hard / Good / Easy after a review answer, each showing when the card would come back. After a
// wrong answer only Again is offered (the server refuses the others too).
import { useActionState, useEffect, useRef } from 'react';
import type { RatingState } from '@/lib/review-server/review';
import { RATINGS, type RatingValue } from '@/lib/review/policy';

export interface RatingPanelProps {
  cardId: string;
  /** The seed of the showing rated: a rating sent twice is one rating (the server answers the repeat like the first). */
  seed: number;
  correct: boolean;
  allowed: RatingValue[];
  /** "10 min", "3 days": when the card is due again for each rating. */
  intervals: Record<RatingValue, string>;
  action: (previous: RatingState, formData: FormData) => Promise<RatingState>;
}

const initial: RatingState = { status: 'idle' };

export function RatingPanel({ cardId, seed, correct, allowed, intervals, action }: RatingPanelProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const error = state.status === 'invalid' ? (Object.values(state.fieldErrors).flat()[0] ?? state.message) : null;
  return (
    <section aria-labelledby="rate-heading" className="rounded-xl border border-border bg-surface p-4">
      <h2 id="rate-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        How did it go?
      </h2>
      <p className="mt-1 text-sm text-muted">
        {correct
          ? 'Right. Rate how hard it felt: the harder, the sooner it comes back.'
          : 'Not right this time, so it comes back soon (Again). Read the explanation above first.'}
      </p>
      <form action={formAction} className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4" aria-busy={pending}>
        <input type="hidden" name="cardId" value={cardId} />
        <input type="hidden" name="seed" value={seed} />
        {RATINGS.map((r) => {
          const enabled = allowed.includes(r.value);
          return (
            <button
              key={r.value}
              type="submit"
              name="rating"
              value={r.value}
              disabled={!enabled || pending}
              className={`flex flex-col items-center rounded-lg border px-3 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-45 ${
                r.value === 1 ? 'border-danger text-danger' : r.value === 3 ? 'border-accent bg-accent text-on-accent' : 'border-border text-text'
              }`}
            >
              <span>{r.label}</span>
              <span className="text-xs font-normal">{enabled ? `again in ${intervals[r.value]}` : 'not after a wrong answer'}</span>
            </button>
          );
        })}
      </form>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {pending ? 'Saving your rating…' : error ? <span className="text-danger">{error}</span> : null}
      </p>
    </section>
  );
}
