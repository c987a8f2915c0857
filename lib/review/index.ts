// lib/review: spaced review (issue 17). Pure: which answers become cards, the FSRS schedule (ts-fsrs) and
// today's queue. The database rows live in lib/db/review-cards.ts; the pages in app/practice/review.

export * from './policy';
export * from './schedule';
export * from './queue';
