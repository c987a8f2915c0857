// The FSRS schedule of one card, through ts-fsrs (https://github.com/open-spaced-repetition/ts-fsrs).
// The card's memory state is stored in the database as plain fields (CardState); this module turns it
// into ts-fsrs's Card and back, so nothing else depends on the library's shapes.

import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { RatingValue } from './policy';

export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date | null;
}

// No fuzz: the same rating at the same moment always gives the same due date (tests and previews agree).
// ts-fsrs's defaults otherwise (90 % retention, learning steps 1 min and 10 min).
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toCard(s: CardState): Card {
  return {
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.lastReview ? { last_review: s.lastReview } : {}),
  };
}

function fromCard(c: Card): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** A card never reviewed, due now: it joins today's queue at once. */
export function newCardState(now: Date): CardState {
  return fromCard(createEmptyCard(now));
}

/** The state after rating the card at `now`. */
export function rateCard(state: CardState, rating: RatingValue, now: Date): CardState {
  return fromCard(scheduler.next(toCard(state), now, rating as Grade).card);
}

/** When the card would next be due for each rating (shown on the rating buttons). */
export function previewDue(state: CardState, now: Date): Record<RatingValue, Date> {
  return { 1: rateCard(state, 1, now).due, 2: rateCard(state, 2, now).due, 3: rateCard(state, 3, now).due, 4: rateCard(state, 4, now).due };
}

/** "in 10 min", "in 3 days": how far a due date is from now, for the rating buttons and the lists. */
export function describeInterval(from: Date, to: Date): string {
  const minutes = Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.round(days / 30);
  return `${months} month${months === 1 ? '' : 's'}`;
}
