// The quiz runner's state, in one reducer: which question is showing, what the learner has chosen or typed,
// and what the server said. Practice mode grades each answer as it is given; exam mode keeps the answers
// and grades them all at the end. Every way the view can change is an action below.

import type { Question, QuizMode, Verdict } from '@/lib/quiz/types';

export interface Draft {
  keys: string[];
  number: string;
  definition: string;
}

export type EntryStatus = 'answering' | 'submitting' | 'answered' | 'graded';

export interface Entry {
  question: Question;
  draft: Draft;
  status: EntryStatus;
  /** When the question was first shown (ms since the epoch, from the browser's clock). */
  shownAt: number | null;
  timeTakenMs: number | null;
  verdict?: Verdict;
  /** Why the last answer was refused (a field error from the server, or a number that does not read). */
  error?: string;
  /** New numbers are being fetched for this question. */
  retrying?: boolean;
  /** How many times this question has been drawn afresh ("try again with new numbers"). */
  attempts: number;
}

export interface QuizState {
  mode: QuizMode;
  index: number;
  entries: Entry[];
  /** Exam mode: 'finishing' while the answers are graded, 'done' once every verdict is in. */
  phase: 'running' | 'finishing' | 'done';
  sessionError?: string;
}

export type QuizAction =
  | { type: 'shown'; at: number }
  | { type: 'choose'; key: string }
  | { type: 'type-number'; text: string }
  | { type: 'edit-definition'; text: string }
  | { type: 'submit'; at: number }
  | { type: 'graded'; index: number; verdict: Verdict }
  | { type: 'refused'; index: number; message: string }
  | { type: 'go'; index: number }
  | { type: 'retrying'; index: number }
  | { type: 'replace'; index: number; question: Question }
  | { type: 'retry-failed'; index: number; message: string }
  | { type: 'finish' }
  | { type: 'session-graded'; results: { index: number; verdict?: Verdict; error?: string }[] }
  | { type: 'session-failed'; message: string };

export function initialQuizState(questions: Question[], mode: QuizMode): QuizState {
  return {
    mode,
    index: 0,
    phase: 'running',
    entries: questions.map((question) => ({
      question,
      draft: { keys: [], number: '', definition: question.restructure?.definition ?? '' },
      status: 'answering',
      shownAt: null,
      timeTakenMs: null,
      attempts: 0,
    })),
  };
}

/** The answer a draft makes, or why it cannot be sent yet. */
export function draftAnswer(entry: Entry):
  | { ok: true; answer: { kind: 'choice'; keys: string[] } | { kind: 'numeric'; text: string } | { kind: 'definition'; text: string } }
  | { ok: false; message: string } {
  const q = entry.question;
  if (q.options) {
    if (entry.draft.keys.length === 0) return { ok: false, message: q.type === 'multiple' ? 'Choose at least one option.' : 'Choose an option first.' };
    return { ok: true, answer: { kind: 'choice', keys: [...entry.draft.keys].sort() } };
  }
  if (q.numeric) {
    if (entry.draft.number.trim() === '') return { ok: false, message: 'Type a number first.' };
    return { ok: true, answer: { kind: 'numeric', text: entry.draft.number } };
  }
  if (entry.draft.definition.trim() === '') return { ok: false, message: 'Write a definition first.' };
  return { ok: true, answer: { kind: 'definition', text: entry.draft.definition } };
}

function update(state: QuizState, index: number, change: (entry: Entry) => Entry): QuizState {
  const entry = state.entries[index];
  if (!entry) return state;
  const entries = [...state.entries];
  entries[index] = change(entry);
  return { ...state, entries };
}

const editable = (state: QuizState, entry: Entry | undefined) => entry !== undefined && state.phase === 'running' && (entry.status === 'answering' || entry.status === 'answered');

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  const current = state.entries[state.index];
  switch (action.type) {
    case 'shown':
      return update(state, state.index, (e) => (e.shownAt === null ? { ...e, shownAt: action.at } : e));
    case 'choose': {
      if (!editable(state, current) || !current?.question.options?.some((o) => o.key === action.key)) return state;
      const multiple = current.question.type === 'multiple';
      return update(state, state.index, (e) => {
        const keys = multiple ? (e.draft.keys.includes(action.key) ? e.draft.keys.filter((k) => k !== action.key) : [...e.draft.keys, action.key]) : [action.key];
        return { ...e, draft: { ...e.draft, keys }, status: 'answering', error: undefined };
      });
    }
    case 'type-number':
      if (!editable(state, current)) return state;
      return update(state, state.index, (e) => ({ ...e, draft: { ...e.draft, number: action.text }, status: 'answering', error: undefined }));
    case 'edit-definition':
      if (!editable(state, current)) return state;
      return update(state, state.index, (e) => ({ ...e, draft: { ...e.draft, definition: action.text }, status: 'answering', error: undefined }));
    case 'submit': {
      if (!editable(state, current) || !current) return state;
      const ready = draftAnswer(current);
      if (!ready.ok) return update(state, state.index, (e) => ({ ...e, error: ready.message }));
      const timeTakenMs = Math.max(0, action.at - (current.shownAt ?? action.at));
      // Exam mode keeps the answer (it can still be changed) and grades everything at the end.
      const status: EntryStatus = state.mode === 'exam' ? 'answered' : 'submitting';
      return update(state, state.index, (e) => ({ ...e, status, timeTakenMs, error: undefined }));
    }
    case 'graded':
      return update(state, action.index, (e) => ({ ...e, status: 'graded', verdict: action.verdict, error: undefined }));
    case 'refused':
      return update(state, action.index, (e) => ({ ...e, status: 'answering', error: action.message }));
    case 'retrying':
      return update(state, action.index, (e) => ({ ...e, retrying: true, error: undefined }));
    case 'replace':
      return update(state, action.index, (e) => ({
        question: action.question,
        draft: { keys: [], number: '', definition: action.question.restructure?.definition ?? '' },
        status: 'answering',
        shownAt: null,
        timeTakenMs: null,
        attempts: e.attempts + 1,
      }));
    case 'retry-failed':
      return update(state, action.index, (e) => ({ ...e, retrying: false, error: action.message }));
    case 'go':
      if (action.index < 0 || action.index >= state.entries.length || state.phase === 'finishing') return state;
      return { ...state, index: action.index };
    case 'finish':
      if (state.phase !== 'running') return state;
      // Practice: the summary, once every question has its verdict. Exam: grade what was answered.
      if (state.mode === 'practice') return state.entries.every((e) => e.status === 'graded') ? { ...state, phase: 'done' } : state;
      if (!state.entries.some((e) => e.status === 'answered')) return state;
      return { ...state, phase: 'finishing', sessionError: undefined };
    case 'session-graded':
      return {
        ...state,
        phase: 'done',
        index: 0,
        entries: state.entries.map((e, i) => {
          const result = action.results.find((r) => r.index === i);
          if (!result || e.status !== 'answered') return e;
          return result.verdict ? { ...e, status: 'graded', verdict: result.verdict } : { ...e, error: result.error ?? 'This answer could not be graded.' };
        }),
      };
    case 'session-failed':
      return { ...state, phase: 'running', sessionError: action.message };
  }
}

/** Right answers out of graded ones, for the summary. */
export function score(state: QuizState): { right: number; graded: number; total: number } {
  const graded = state.entries.filter((e) => e.verdict);
  return { right: graded.filter((e) => e.verdict?.correct).length, graded: graded.length, total: state.entries.length };
}
