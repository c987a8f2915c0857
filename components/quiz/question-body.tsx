import type { Question } from '@/lib/quiz/types';
import { InlineText } from './inline-text';

/** The prompt, the facts table and the machine of a question: shared by the live card and the review page. */
export function QuestionBody({ question, codeOpen = true }: { question: Question; codeOpen?: boolean }) {
  return (
    <>
      <p className="mt-3 text-lg leading-relaxed">
        <InlineText text={question.prompt} />
      </p>
      {question.facts.length > 0 && (
        <dl className="mt-4 grid gap-x-6 gap-y-1 rounded-xl bg-surface-2 px-4 py-3 text-[0.95rem] sm:grid-cols-[auto_1fr]">
          {question.facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="text-muted">{fact.label}</dt>
              <dd className="font-medium tabular-nums">{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {question.code && !question.restructure && (
        <details className="mt-4 rounded-xl border border-border" open={codeOpen}>
          <summary className="cursor-pointer px-4 py-2 font-medium">{question.code.trimStart().startsWith('{') ? 'The state machine' : 'The code'}</summary>
          <pre className="max-h-80 overflow-auto border-t border-border bg-[var(--code-bg)] px-4 py-3 text-[0.8rem] leading-relaxed" tabIndex={0} aria-label="Definition">
            <code>{question.code}</code>
          </pre>
        </details>
      )}
    </>
  );
}
