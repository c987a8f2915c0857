// The server's clock for an exam attempt: the deadline is set when the exam starts, and an answer counts
// only if the server receives it before then, whatever time the browser reports.

export interface ExamClock {
  startedAt: Date;
  deadline: Date;
  finishedAt: Date | null;
}

export function deadlineFor(startedAt: Date, minutes: number): Date {
  return new Date(startedAt.getTime() + minutes * 60_000);
}

/** Why an answer received at `now` is refused, or null when it counts. */
export function answerRefusal(clock: ExamClock, now: Date): string | null {
  if (clock.finishedAt) return 'This exam has been submitted: answers can no longer change.';
  if (now.getTime() >= clock.deadline.getTime()) return 'Time is up: this answer arrived after the deadline and was not counted.';
  return null;
}

/** Whether the attempt is over: submitted, or past its deadline (it is then graded as it stood). */
export function isOver(clock: ExamClock, now: Date): boolean {
  return clock.finishedAt !== null || now.getTime() >= clock.deadline.getTime();
}

export function secondsLeft(clock: ExamClock, now: Date): number {
  return Math.max(0, Math.ceil((clock.deadline.getTime() - now.getTime()) / 1000));
}
