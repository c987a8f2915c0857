'use client';
// The end-of-lesson self-check. Nothing about the answers is shown until the reader has chosen and pressed
// "Check": then every option says whether it was right and why. Native radios and checkboxes in a
// fieldset give keyboard use and screen-reader names; the verdict is announced in a live region.
import { useId, useReducer } from 'react';
import type { SelfCheckQuestion } from '@/lib/content/lesson-schema';
import { SELF_CHECK_ID, SELF_CHECK_TITLE } from '@/lib/content/lesson-components';

type Answer = { chosen: number[]; checked: boolean };
type State = Answer[];
type Action =
  | { type: 'choose'; question: number; option: number; multiple: boolean }
  | { type: 'check'; question: number }
  | { type: 'retry'; question: number };

function reducer(state: State, action: Action): State {
  return state.map((answer, i) => {
    if (i !== action.question) return answer;
    switch (action.type) {
      case 'choose': {
        if (answer.checked) return answer;
        if (!action.multiple) return { ...answer, chosen: [action.option] };
        const chosen = answer.chosen.includes(action.option) ? answer.chosen.filter((o) => o !== action.option) : [...answer.chosen, action.option];
        return { ...answer, chosen };
      }
      case 'check':
        return answer.chosen.length ? { ...answer, checked: true } : answer;
      case 'retry':
        return { chosen: [], checked: false };
    }
  });
}

function isRight(question: SelfCheckQuestion, chosen: number[]): boolean {
  return question.options.every((o, i) => o.correct === chosen.includes(i));
}

export function SelfCheck({ questions }: { questions: SelfCheckQuestion[] }) {
  const [answers, dispatch] = useReducer(reducer, questions, (qs) => qs.map((): Answer => ({ chosen: [], checked: false })));
  const checked = answers.filter((a) => a.checked).length;
  const right = answers.filter((a, i) => a.checked && isRight(questions[i]!, a.chosen)).length;

  return (
    <section aria-labelledby={SELF_CHECK_ID} className="self-check not-prose">
      <h2 id={SELF_CHECK_ID} className="self-check__heading">
        {SELF_CHECK_TITLE}
      </h2>
      <p className="self-check__intro">
        {questions.length} questions. Choose an answer and check it: each option then explains itself.
        {checked > 0 && (
          <span className="self-check__score">
            {' '}
            So far {right} of {checked} right.
          </span>
        )}
      </p>
      <ol className="self-check__list">
        {questions.map((question, index) => (
          <Question key={question.question} index={index} question={question} answer={answers[index]!} dispatch={dispatch} />
        ))}
      </ol>
    </section>
  );
}

function Question({ index, question, answer, dispatch }: { index: number; question: SelfCheckQuestion; answer: Answer; dispatch: (a: Action) => void }) {
  const id = useId();
  const multiple = question.options.filter((o) => o.correct).length > 1;
  const right = answer.checked && isRight(question, answer.chosen);
  return (
    <li className="self-check__question">
      <fieldset>
        <legend>
          <span className="self-check__number">{index + 1}.</span> {question.question}
          {multiple && <span className="self-check__hint"> Choose all that apply.</span>}
        </legend>
        <ul className="self-check__options">
          {question.options.map((option, o) => {
            const chosen = answer.chosen.includes(o);
            const verdict = !answer.checked ? '' : option.correct ? 'correct' : chosen ? 'wrong' : 'other';
            return (
              <li key={option.text} className={`self-check__option${verdict ? ` self-check__option--${verdict}` : ''}`}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  id={`${id}-${o}`}
                  name={`${id}-answer`}
                  checked={chosen}
                  aria-describedby={answer.checked ? `${id}-${o}-why` : undefined}
                  onChange={() => dispatch({ type: 'choose', question: index, option: o, multiple })}
                  disabled={answer.checked}
                />
                <div>
                  <label htmlFor={`${id}-${o}`}>{option.text}</label>
                  {answer.checked && (
                    <p id={`${id}-${o}-why`} className="self-check__why">
                      <strong>{option.correct ? (chosen ? 'Right answer, and you chose it.' : 'A right answer you did not choose.') : chosen ? 'Not right: you chose this.' : 'Not right.'}</strong>{' '}
                      {option.why}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="self-check__actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!answer.checked && answer.chosen.length === 0}
          onClick={() => dispatch({ type: answer.checked ? 'retry' : 'check', question: index })}
        >
          {answer.checked ? 'Try again' : 'Check answer'}
        </button>
        <p role="status" className={`self-check__verdict${answer.checked ? (right ? ' self-check__verdict--right' : ' self-check__verdict--wrong') : ''}`}>
          {answer.checked ? (right ? 'Right.' : multiple ? 'Not quite: read why under each option.' : 'Not right: read why under each option.') : ''}
        </p>
      </div>
    </li>
  );
}
