// <Cost/> and <CostValue/>: what an example costs, computed while the site is built by running it on the
// engine and pricing the run with lib/pricing. Server components: no engine or price table reaches the
// browser, and no figure is ever typed into a lesson.
import { costFigure, priceExample, type CostField, type ExampleCost } from '@/lib/content/example-cost';
import { resolveExampleProps } from '@/lib/content/example-props';
import type { ExampleSpec } from '@/lib/content/run-example';
import { formatCount } from '@/lib/pricing/money';

interface ExampleProps {
  definition: string | object;
  input?: unknown;
  type?: 'STANDARD' | 'EXPRESS';
  world?: object | string;
  mocks?: object | string;
  testCase?: string;
  faults?: string;
  maxTransitions?: number;
  runsPerMonth?: number;
  freeTier?: boolean;
}

/**
 * Figures already computed in this server process. Pages are built once, but a server action that sets the
 * learner cookie makes Next render the lesson again on request; the same example never runs twice.
 */
const computed = new Map<string, Promise<ExampleCost>>();

function price(component: string, props: ExampleProps): Promise<ExampleCost> {
  const key = JSON.stringify(props);
  let cost = computed.get(key);
  if (!cost) {
    cost = computePrice(component, props);
    computed.set(key, cost);
    cost.catch(() => computed.delete(key));
  }
  return cost;
}

async function computePrice(component: string, props: ExampleProps): Promise<ExampleCost> {
  const { runsPerMonth, freeTier, ...example } = props;
  const resolved = resolveExampleProps(process.cwd(), example);
  // content:check reports these with file and line; a build that meets one anyway must stop, not print a
  // wrong or empty figure.
  if (!resolved.ok) throw new Error(`<${component}>: ${resolved.problems.map((p) => p.message).join('; ')}`);
  const spec: ExampleSpec = resolved.spec;
  const priced = await priceExample(spec, {
    ...(runsPerMonth !== undefined ? { runsPerMonth } : {}),
    ...(freeTier !== undefined ? { freeTier } : {}),
  });
  if (!priced.ok) throw new Error(`<${component}>: ${priced.message}`);
  return priced.cost;
}

/** One figure inside a sentence: "that is <CostValue … field="transitions" /> transitions". */
export async function CostValue({ field, ...props }: ExampleProps & { field: CostField }) {
  const cost = await price('CostValue', props);
  const figure = costFigure(cost, field);
  if (!figure.ok) throw new Error(`<CostValue>: ${figure.message}`);
  return (
    <span className="figure" title="Computed by running the example and pricing it with lib/pricing (us-east-1)">
      {figure.text}
    </span>
  );
}

/** A small bill: what one run uses and costs, and a month of such runs. */
export async function Cost({ title, ...props }: ExampleProps & { title?: string }) {
  const cost = await price('Cost', props);
  const { perRun, monthly, runsPerMonth } = cost;
  const express = perRun.workflowType === 'EXPRESS';
  const childLines = perRun.children;
  return (
    <figure className="cost-card not-prose">
      <figcaption className="cost-card__title">{title ?? 'What this costs'}</figcaption>
      <dl className="cost-card__figures">
        <div>
          <dt>{express ? 'One run' : 'State transitions per run'}</dt>
          <dd>
            {express
              ? `1 request, ${perRun.express ? `${formatCount(perRun.express.billedDurationMs)} ms × ${perRun.express.billedMemoryMb} MB` : ''}`
              : formatCount(perRun.stateTransitions)}
          </dd>
        </div>
        {childLines.map((child) => (
          <div key={child.mapStateName}>
            <dt>Child executions of {child.mapStateName}</dt>
            <dd>
              {formatCount(child.count)} {child.type === 'EXPRESS' ? 'Express' : 'Standard'}
              {child.transitions !== undefined ? `, ${formatCount(child.transitions)} transitions` : ''}
            </dd>
          </div>
        ))}
        <div>
          <dt>Cost of one run</dt>
          <dd>{perRun.total}</dd>
        </div>
        {monthly && runsPerMonth !== undefined && (
          <div>
            <dt>{formatCount(runsPerMonth)} runs a month</dt>
            <dd>{monthly.total}</dd>
          </div>
        )}
      </dl>
      {monthly && monthly.lines.length > 0 && (
        <table className="cost-card__lines">
          <caption className="sr-only">The month’s bill, line by line</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Quantity</th>
              <th scope="col">Rate</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            {monthly.lines.map((line) => (
              <tr key={line.id}>
                <th scope="row">{line.label}</th>
                <td>
                  {formatCount(line.quantity)} {line.unit}
                </td>
                <td>{line.unitRate}</td>
                <td>{line.amount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="cost-card__note">
        Computed when this page was built: the example was run on the engine and priced with the us-east-1 rates checked on {perRun.ratesCheckedOn}
        {monthly ? (monthly.freeTierApplied ? ', monthly free tier included' : ', free tier left out') : ''}.
      </p>
    </figure>
  );
}
