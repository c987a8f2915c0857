// Small pieces shared by the browser's results and the server's verdict: a case's badge and its checks.
import type { CaseVerdict, CheckResult } from '../../lib/grading/types';

export function CaseBadge({ result }: { result: CaseVerdict | undefined }) {
  if (!result) return <span className="sc-badge sc-badge-idle">Not run</span>;
  return result.passed ? <span className="sc-badge sc-badge-pass">Passed</span> : <span className="sc-badge sc-badge-fail">Failed</span>;
}

export function ChecksList({ checks }: { checks: CheckResult[] }) {
  const failed = checks.filter((c) => !c.passed).length;
  return (
    <details className="sc-checks">
      <summary>
        {checks.length} check{checks.length === 1 ? '' : 's'}
        {failed ? `, ${failed} failed` : ', all passed'}
      </summary>
      <ul>
        {checks.map((c, i) => (
          <li key={i} data-passed={String(c.passed)}>
            <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span>
            <span className="sb-sr-only">{c.passed ? 'Passed: ' : 'Failed: '}</span> {c.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
