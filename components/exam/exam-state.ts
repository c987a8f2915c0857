// The exam runner's state: where the learner is, their answers and flags, whether the clock is shown,
// and how the last save went (submitting is FinishRetry's, in use-finish-retry). A reducer, so every change is one typed action.
import type { ExamAnswerInput } from '@/lib/exam-server/exam';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'superseded' | 'refused' | 'failed';

export interface ExamState {
  index: number;
  answers: Record<number, ExamAnswerInput | undefined>;
  flags: Record<number, boolean>;
  clockHidden: boolean;
  save: { status: SaveStatus; message?: string };
}

export type ExamAction =
  | { type: 'go'; index: number }
  | { type: 'answer'; position: number; answer: ExamAnswerInput }
  | { type: 'flag'; position: number; flagged: boolean }
  | { type: 'toggle-clock' }
  | { type: 'save'; status: SaveStatus; message?: string };

export function examReducer(state: ExamState, action: ExamAction): ExamState {
  switch (action.type) {
    case 'go':
      return { ...state, index: action.index };
    case 'answer':
      return { ...state, answers: { ...state.answers, [action.position]: action.answer } };
    case 'flag':
      return { ...state, flags: { ...state.flags, [action.position]: action.flagged } };
    case 'toggle-clock':
      return { ...state, clockHidden: !state.clockHidden };
    case 'save':
      return { ...state, save: { status: action.status, ...(action.message ? { message: action.message } : {}) } };
  }
}

/** Whether an answer says anything yet (an empty choice or text is no answer). */
export function isAnswered(answer: ExamAnswerInput | undefined): boolean {
  if (!answer) return false;
  return answer.kind === 'choice' ? answer.keys.length > 0 : answer.text.trim() !== '';
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
