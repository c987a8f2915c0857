'use client';

import { useEffect, useRef, type Dispatch } from 'react';
import type { Entry, QuizAction, QuizState } from './quiz-state';

interface Keys {
  entry: Entry;
  phase: QuizState['phase'];
  exam: boolean;
  dispatch: Dispatch<QuizAction>;
  submit: () => void;
  retry: () => void;
}

/** Where typing belongs to a field, the quiz leaves keys alone (Enter in a number box submits its form natively). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('input[type="text"], input:not([type]), textarea, select, [contenteditable="true"], .cm-editor') !== null;
}

/**
 * The quiz's keyboard: 1-8 or A-H choose an option (toggle for multiple choice), Enter submits, N draws new
 * numbers once a question is graded. Enter on a focused button or link keeps its native meaning.
 */
export function useQuizKeys({ entry, phase, exam, dispatch, submit, retry }: Keys) {
  const latest = useRef({ entry, phase, exam, submit, retry });
  useEffect(() => {
    latest.current = { entry, phase, exam, submit, retry };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey || event.ctrlKey || isTyping(event.target)) return;
      const { entry: e, phase: p, submit: send, retry: again } = latest.current;
      if (p !== 'running') return;
      const editable = e.status === 'answering' || e.status === 'answered';
      const key = event.key.toLowerCase();
      const options = e.question.options ?? [];
      if (editable && options.length > 0 && key.length === 1) {
        const index = /[1-8]/.test(key) ? Number(key) - 1 : /[a-h]/.test(key) ? key.charCodeAt(0) - 97 : -1;
        const option = options[index];
        if (option) {
          event.preventDefault();
          dispatch({ type: 'choose', key: option.key });
          return;
        }
      }
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (event.key === 'Enter' && editable && !target?.closest('button, a, summary')) {
        event.preventDefault();
        send();
        return;
      }
      if (key === 'n' && e.status === 'graded' && e.question.params) {
        event.preventDefault();
        again();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);
}
