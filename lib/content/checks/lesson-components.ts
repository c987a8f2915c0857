// The body half of the lesson check: every component a lesson uses, its literal props, and every example
// run as the reader would run it. Reports problems with the line in the lesson (or in the example file).
import type { Diagnostic } from '../../engine/types';
import { compareWithClaim, sandboxExpectSchema } from '../expect';
import { COST_FIELDS, costFigure, priceRun, type CostField } from '../example-cost';
import { resolveExampleProps } from '../example-props';
import { locate } from '../literal';
import type { ComponentUse, PropValue } from '../mdx-scan';
import { isRateId, RATE_IDS } from '../rates';
import { EXAMPLE_WALL_CLOCK_MS, runExample } from '../run-example';
import type { ContentProblem } from './types';
import { CALLOUT_KINDS, LESSON_COMPONENT_PROPS, type CalloutKind, type LessonComponentName } from '../lesson-components';

const isLessonComponent = (name: string): name is LessonComponentName => Object.hasOwn(LESSON_COMPONENT_PROPS, name);

export interface ComponentContext {
  root: string;
  /** content/lessons/<slug>.mdx */
  file: string;
  /** Sandbox ids already used in the course, with where (ids key the reader's saved edits). */
  sandboxIds: Map<string, string>;
}

type Values = Record<string, unknown>;

function problemAt(file: string, position: { line: number; column: number }, message: string): ContentProblem {
  return { file, line: position.line, column: position.column, message };
}

/** The literal values of a use's props, and a problem for each prop that is not a literal or not known. */
function readValues(use: ComponentUse, file: string, allowed: readonly string[]): { values: Values; problems: ContentProblem[] } {
  const values: Values = {};
  const problems: ContentProblem[] = use.propProblems.map((p) => problemAt(file, p.position, p.message));
  for (const [name, prop] of Object.entries(use.props) as [string, PropValue][]) {
    if (!allowed.includes(name)) {
      problems.push(problemAt(file, prop.position, `<${use.name}> has no prop "${name}" (it takes ${allowed.join(', ') || 'no props'})`));
    } else if (!prop.ok) {
      problems.push(problemAt(file, prop.position, `<${use.name}> ${prop.message}`));
    } else {
      values[name] = prop.value;
    }
  }
  return { values, problems };
}

function diagnosticProblems(ctx: ComponentContext, use: ComponentUse, diagnostics: Diagnostic[], definitionFile: string | undefined): ContentProblem[] {
  return diagnostics.map((d) => {
    const where = d.path.length ? `at ${d.path.join('.')}` : '';
    const message = `<${use.name}> definition is invalid ${where}: ${d.message} [${d.code}]`.replace('  ', ' ');
    if (definitionFile) return { file: definitionFile, line: d.range.start.line, column: d.range.start.column, message: `${message} (used by ${ctx.file}:${use.position.line})` };
    const prop = use.props.definition;
    const node = prop?.ok ? prop.node : undefined;
    const at = (node && locate(node, d.path)) ?? prop?.position ?? use.position;
    return problemAt(ctx.file, at, message);
  });
}

async function checkSandbox(ctx: ComponentContext, use: ComponentUse, values: Values): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const at = (prop: string) => use.props[prop]?.position ?? use.position;
  if (typeof values.title !== 'string' || !values.title.trim()) problems.push(problemAt(ctx.file, use.position, '<Sandbox> needs a title="…": it is the caption the reader sees'));
  if (values.id !== undefined) {
    if (typeof values.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.id)) {
      problems.push(problemAt(ctx.file, at('id'), '<Sandbox> id must be lowercase words joined by hyphens'));
    } else {
      const other = ctx.sandboxIds.get(values.id);
      if (other) problems.push(problemAt(ctx.file, at('id'), `<Sandbox> id "${values.id}" is already used at ${other}: readers' saved edits would mix`));
      else ctx.sandboxIds.set(values.id, `${ctx.file}:${use.position.line}`);
    }
  }
  const claim = values.expect === undefined ? undefined : sandboxExpectSchema.safeParse(values.expect);
  if (!claim) problems.push(problemAt(ctx.file, use.position, '<Sandbox> needs expect={{ status: … }}: what running it as written shows (the check runs it and compares)'));
  else if (!claim.success) {
    for (const issue of claim.error.issues) problems.push(problemAt(ctx.file, at('expect'), `<Sandbox> expect${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}`));
  }

  const resolved = resolveExampleProps(ctx.root, values);
  if (!resolved.ok) return [...problems, ...resolved.problems.map((p) => problemAt(ctx.file, at(p.prop), `<Sandbox> ${p.message}`))];
  const run = await runExample(resolved.spec, { signal: AbortSignal.timeout(EXAMPLE_WALL_CLOCK_MS) });
  if (!run.ok) {
    if (run.stage === 'definition') return [...problems, ...diagnosticProblems(ctx, use, run.diagnostics, resolved.definitionFile)];
    return [...problems, problemAt(ctx.file, use.position, `<Sandbox> ${run.message}`)];
  }
  for (const message of run.uncovered) problems.push(problemAt(ctx.file, at('mocks'), `<Sandbox> the mock config does not cover a call the run made: ${message}`));
  if (claim?.success) {
    for (const message of compareWithClaim(claim.data, run.result)) problems.push(problemAt(ctx.file, at('expect'), `<Sandbox> ${message}`));
  }
  return problems;
}

async function checkCost(ctx: ComponentContext, use: ComponentUse, values: Values): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const at = (prop: string) => use.props[prop]?.position ?? use.position;
  const runs = values.runsPerMonth;
  if (runs !== undefined && (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 0)) problems.push(problemAt(ctx.file, at('runsPerMonth'), `<${use.name}> runsPerMonth must be a whole number`));
  if (values.freeTier !== undefined && typeof values.freeTier !== 'boolean') problems.push(problemAt(ctx.file, at('freeTier'), `<${use.name}> freeTier must be true or false`));
  let field: CostField | undefined;
  if (use.name === 'CostValue') {
    if (!COST_FIELDS.includes(values.field as CostField)) problems.push(problemAt(ctx.file, at('field'), `<CostValue> field must be one of ${COST_FIELDS.join(', ')}`));
    else field = values.field as CostField;
  }
  const resolved = resolveExampleProps(ctx.root, values);
  if (!resolved.ok) return [...problems, ...resolved.problems.map((p) => problemAt(ctx.file, at(p.prop), `<${use.name}> ${p.message}`))];
  if (problems.length) return problems;
  const run = await runExample(resolved.spec, { signal: AbortSignal.timeout(EXAMPLE_WALL_CLOCK_MS) });
  if (!run.ok) {
    if (run.stage === 'definition') return diagnosticProblems(ctx, use, run.diagnostics, resolved.definitionFile);
    return [problemAt(ctx.file, use.position, `<${use.name}> ${run.message}`)];
  }
  const priced = priceRun(run, {
    ...(typeof runs === 'number' ? { runsPerMonth: runs } : {}),
    ...(typeof values.freeTier === 'boolean' ? { freeTier: values.freeTier } : {}),
  });
  if (!priced.ok) return [problemAt(ctx.file, use.position, `<${use.name}> ${priced.message}`)];
  if (use.name === 'Cost' && runs === undefined) problems.push(problemAt(ctx.file, use.position, '<Cost> needs runsPerMonth: the bill shows a run and a month'));
  if (field) {
    const figure = costFigure(priced.cost, field);
    if (!figure.ok) problems.push(problemAt(ctx.file, at('field'), `<CostValue> ${figure.message}`));
  }
  return problems;
}

function checkStateFlow(ctx: ComponentContext, use: ComponentUse, values: Values): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (typeof values.title !== 'string' || !values.title.trim()) problems.push(problemAt(ctx.file, use.position, '<StateFlow> needs a title (it is the diagram’s text alternative)'));
  const states = values.states;
  const valid = (s: unknown) => typeof s === 'object' && s !== null && typeof (s as { name?: unknown }).name === 'string';
  if (!Array.isArray(states) || states.length === 0 || !states.every(valid)) {
    problems.push(problemAt(ctx.file, use.props.states?.position ?? use.position, '<StateFlow> states must be a list of { name, note?, kind? }'));
  }
  return problems;
}

/** Checks one component use; `calloutKinds` collects the kinds seen (every lesson needs a trap). */
export async function checkComponent(ctx: ComponentContext, use: ComponentUse, calloutKinds: Set<string>): Promise<ContentProblem[]> {
  if (!isLessonComponent(use.name)) {
    if (/^[A-Z]/.test(use.name)) {
      return [problemAt(ctx.file, use.position, `<${use.name}> is not a lesson component (available: ${Object.keys(LESSON_COMPONENT_PROPS).join(', ')})`)];
    }
    return []; // a plain HTML element such as <kbd>
  }
  const { values, problems } = readValues(use, ctx.file, LESSON_COMPONENT_PROPS[use.name]);
  switch (use.name) {
    case 'Sandbox':
      return [...problems, ...(await checkSandbox(ctx, use, values))];
    case 'Cost':
    case 'CostValue':
      return [...problems, ...(await checkCost(ctx, use, values))];
    case 'Callout': {
      const kind = values.kind ?? 'note';
      if (!CALLOUT_KINDS.includes(kind as CalloutKind)) problems.push(problemAt(ctx.file, use.props.kind?.position ?? use.position, `<Callout> kind must be ${CALLOUT_KINDS.join(', ')}, not ${JSON.stringify(kind)}`));
      else calloutKinds.add(kind as string);
      if (values.title !== undefined && typeof values.title !== 'string') problems.push(problemAt(ctx.file, use.position, '<Callout> title must be text'));
      if (!use.text.trim()) problems.push(problemAt(ctx.file, use.position, '<Callout> is empty'));
      return problems;
    }
    case 'Rate':
      if (typeof values.id !== 'string' || !isRateId(values.id)) {
        problems.push(problemAt(ctx.file, use.props.id?.position ?? use.position, `<Rate> id must be one of ${RATE_IDS.join(', ')}`));
      }
      return problems;
    case 'StateFlow':
      return [...problems, ...checkStateFlow(ctx, use, values)];
    case 'SelfCheck':
      return problems;
  }
}
