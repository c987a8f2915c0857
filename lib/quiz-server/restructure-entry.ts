// Worker entry 'quiz-restructure' (lib/bounded/entries.json): grades one "restructure this machine" answer
// with lib/grading inside a bounded worker, so a learner's definition never runs in the server's own thread.

import { serveBounded } from '../bounded/serve';
import { gradeRestructureTask, type RestructureTask } from '../quiz/restructure';
import type { RestructureReview } from '../quiz/types';

serveBounded<RestructureTask, RestructureReview>((task, report) => {
  report(`grading ${task.itemId}`);
  return gradeRestructureTask(task);
});
