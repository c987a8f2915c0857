import { describe, expect, it } from 'vitest';
import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ProblemLine, ProblemSummary } from './problem-summary';
import { diagnosticCodesText } from './diagnostic-codes';
import { validateDefinition } from '../../../lib/engine';
import type { CodeEditorHandle } from './code-editor';
import type { Diagnostic } from '../../../lib/engine/types';

const at = (line: number, message: string): Diagnostic =>
  ({ severity: 'error', code: 'SCHEMA_VALIDATION_FAILED', message, path: ['States', `S${line}`], range: { start: { line, column: 1 }, end: { line, column: 2 } } }) as Diagnostic;

describe('ProblemSummary', () => {
  const editor = createRef<CodeEditorHandle>();
  it('says it is checking, then that nothing is wrong', () => {
    expect(renderToStaticMarkup(<ProblemSummary checking errors={[]} editor={editor} />)).toContain('Checking…');
    expect(renderToStaticMarkup(<ProblemSummary checking={false} errors={[]} editor={editor} />)).toContain('No problems found.');
  });
  it('counts the problems and lists the first six with their line and path', () => {
    const html = renderToStaticMarkup(<ProblemSummary checking={false} errors={Array.from({ length: 8 }, (_, i) => at(i + 1, `bad ${i + 1}`))} editor={editor} />);
    expect(html).toContain('8 problems');
    expect(html.match(/<button/g)).toHaveLength(6);
    expect(html).toContain('Line 1: bad 1');
    expect(html).not.toContain('bad 7');
    expect(renderToStaticMarkup(<ProblemSummary checking={false} errors={[at(3, 'one')]} editor={editor} />)).toMatch(/>1 problem</);
  });

  it("shows each problem's rule code beside AWS's code, as the validator reports them", () => {
    const [d] = validateDefinition({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'Nowhere' } } }).filter((x) => x.severity === 'error');
    expect(d).toMatchObject({ code: 'MISSING_TRANSITION_TARGET', rule: 'TRANSITIONS' });
    const html = renderToStaticMarkup(<ProblemSummary checking={false} errors={[d!]} editor={editor} />);
    expect(html).toContain('(at States.A.Next; rule <code>TRANSITIONS</code>, AWS code <code>MISSING_TRANSITION_TARGET</code>)');
    expect(diagnosticCodesText(d!)).toBe('rule TRANSITIONS · MISSING_TRANSITION_TARGET');
  });
  it('shows only the code for a problem no rule reported (a parse error)', () => {
    const html = renderToStaticMarkup(<ProblemLine diagnostic={at(2, 'Unexpected end of input')} />);
    expect(html).toContain('AWS code <code>SCHEMA_VALIDATION_FAILED</code>');
    expect(html).not.toContain('rule');
    expect(diagnosticCodesText({ code: 'INVALID_JSON' })).toBe('INVALID_JSON');
  });
});
