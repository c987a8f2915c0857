import type { CostBreakdown } from '../../../lib/pricing/types';

export function BillView({ bill, error }: { bill: CostBreakdown | undefined; error: string | undefined }) {
  if (error) return <p className="sb-error">The run could not be priced: {error}</p>;
  if (!bill) return <p className="sb-hint">Run the state machine to see what it would cost.</p>;
  return (
    <div>
      <p>
        <span className="sb-bill-total">{bill.total}</span> <span className="sb-hint">for this {bill.workflowType === 'EXPRESS' ? 'Express' : 'Standard'} execution in {bill.regionName}</span>
      </p>
      {bill.workflowType === 'STANDARD' && (
        <p className="sb-hint">
          {bill.stateTransitions.toLocaleString('en-US')} state transitions (each state entered, plus each retry).
        </p>
      )}
      {bill.express && (
        <p className="sb-hint">
          Billed duration {bill.express.billedDurationMs.toLocaleString('en-US')} ms × {bill.express.billedMemoryMb} MB = {bill.express.gbSeconds.toPrecision(4)} GB-seconds
          (memory estimate: {bill.express.memoryEstimate.formula}).
        </p>
      )}
      {bill.children.map((c) => (
        <p key={c.mapStateName} className="sb-hint" data-testid="bill-children">
          Child executions: {c.explanation}
        </p>
      ))}
      <div className="sb-table-wrap">
        <table className="sb-table sb-bill">
          <caption className="sb-sr-only">Cost breakdown</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Quantity</th>
              <th scope="col">Rate</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            {bill.lines.map((l) => (
              <tr key={l.id}>
                <td className="sb-b-item">
                  {l.label}
                  <div className="sb-hint">{l.explanation}</div>
                </td>
                <td className="sb-num sb-b-qty">
                  {l.quantity.toLocaleString('en-US', { maximumFractionDigits: 4 })} {l.unit}
                </td>
                <td className="sb-b-rate">{l.unitRate}</td>
                <td className="sb-num sb-b-amount">{l.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {bill.transitionsByState.length > 0 && (
        <details className="sb-details" style={{ marginTop: '0.5rem' }}>
          <summary>Transitions by state</summary>
          <ul>
            {bill.transitionsByState.map((s) => (
              <li key={s.state}>
                {s.state}: {s.transitions.toLocaleString('en-US')}
                {s.retries ? ` (${s.retries} from retries)` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {bill.notes.length > 0 && (
        <ul className="sb-hint">
          {bill.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
