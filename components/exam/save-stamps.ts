// The exam page's stamp for each change it saves (issue 16): the time of the change in ms on the server's
// timeline (the browser's clock plus the offset measured at render), kept strictly increasing per question
// and above what the server already stored for it (a page reopened, or on another device whose clock is
// behind). The server never lets a save with a lower stamp replace one with a higher (lib/db saveExamAnswer).
import type { SaveResult } from '@/lib/exam-server/exam';
import type { ExamAction } from './exam-state';

export class SaveStamps {
  private readonly last: Map<number, number>;

  constructor(stored: Record<number, number>, private readonly clock: () => number) {
    this.last = new Map(Object.entries(stored).map(([p, s]) => [Number(p), s]));
  }

  /** The stamp for a change of `position` made now. */
  next(position: number): number {
    const stamp = Math.max(Math.floor(this.clock()), (this.last.get(position) ?? 0) + 1);
    this.last.set(position, stamp);
    return stamp;
  }

  /** Whether `stamp` is the newest this page made for `position` (else a newer save of it is on its way). */
  isLatest(position: number, stamp: number): boolean {
    return this.last.get(position) === stamp;
  }
}

export const NEWER_ELSEWHERE = 'A newer answer to this question was saved from another window. Reload the page to see it.';

/**
 * What the status line makes of a save's answer. "superseded" changes nothing the page shows: a newer save
 * this page sent will answer for itself, so the older one is not reported; when none was (the newer change
 * came from another window), the learner is told.
 */
export function saveStatusFor(result: SaveResult, latest: boolean): ExamAction | null {
  if (result.status === 'saved') return { type: 'save', status: 'saved' };
  if (result.status === 'superseded') return latest ? { type: 'save', status: 'superseded', message: NEWER_ELSEWHERE } : null;
  return { type: 'save', status: 'refused', message: result.message };
}
