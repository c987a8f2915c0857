import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonSource } from '../test-fixtures';
import { checkLessons } from './lessons';
import { formatProblem } from './types';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A throwaway project root with the given files under content/. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'lesson-check-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'content', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

/** The 1-based line of the first line containing `marker`. */
function lineOf(source: string, marker: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`marker ${marker} not found`);
  return index + 1;
}

const FIRST = lessonSource(
  `## Start here

<Sandbox
  title="Greet"
  id="greet"
  definition={{ StartAt: 'Hello', States: { Hello: { Type: 'Pass', End: true } } }}
  expect={{ status: 'SUCCEEDED', visits: ['Hello'], transitions: 1 }}
/>

<Callout kind="trap" title="Watch out">Names are case-sensitive.</Callout>

It costs <Rate id="standard.transitionPer1000" /> per 1,000 transitions.

<SelfCheck />
`,
  [
    ['order: 4', 'order: 1'],
    ['prerequisites: [what-is-a-state-machine]', 'prerequisites: []'],
  ],
);

const GOOD_CHOICE = lessonSource(`## Branching

See [the start](/learn/what-is-a-state-machine#start-here).

<Sandbox
  title="Skip the load"
  id="skip-load"
  definition="examples/choice-states/skip.json"
  input={{ count: 0 }}
  expect={{ status: 'SUCCEEDED', visits: ['Skip'], notVisits: ['Load'] }}
/>

<Callout kind="trap">No Default means States.NoChoiceMatched.</Callout>

A month of these: <CostValue definition="examples/choice-states/skip.json" input={{ count: 0 }} runsPerMonth={1000} field="monthlyTransitions" /> transitions.

<SelfCheck />
`);

const SKIP = JSON.stringify(
  {
    StartAt: 'Check',
    States: {
      Check: { Type: 'Choice', Choices: [{ Variable: '$.count', NumericEquals: 0, Next: 'Skip' }], Default: 'Load' },
      Skip: { Type: 'Succeed' },
      Load: { Type: 'Pass', End: true },
    },
  },
  null,
  2,
);

describe('the lesson checker', () => {
  it('passes a well-formed course, running every sandbox and pricing every cost', async () => {
    const root = project({
      'lessons/what-is-a-state-machine.mdx': FIRST,
      'lessons/choice-states.mdx': GOOD_CHOICE,
      'examples/choice-states/skip.json': SKIP,
    });
    expect((await checkLessons(root)).map(formatProblem)).toEqual([]);
  });

  it('fails a deliberately broken lesson with the file, line and reason of every problem', async () => {
    const broken = lessonSource(
      `## Branching

See [a missing lesson](/learn/parallel-states) and [a missing heading](/learn/what-is-a-state-machine#nowhere).

<Sandbox
  title="Broken definition"
  definition={{
    StartAt: 'Check',
    States: {
      Check: { Type: 'Pass', Next: 'Nowhere' },
    },
  }}
  expect={{ status: 'SUCCEEDED' }}
/>

<Sandbox
  title="Wrong claim"
  id="greet"
  definition="examples/choice-states/skip.json"
  input={{ count: 3 }}
  expect={{ status: 'SUCCEEDED', visits: ['Skip'] }}
/>

<Sandbox title="No claim" definition="examples/choice-states/missing.json" />

<Sandbox title="Bad file" definition="examples/choice-states/bad.json" expect={{ status: 'SUCCEEDED' }} />

It costs $5 a month, or so.

<Callout kind="warning">Kind is wrong.</Callout>

<Fancy />

<Rate id="standard.perTransition" />

<CostValue definition="examples/choice-states/skip.json" field="total" />

<StateFlow title={\`x\${1}\`} states={[]} />
`,
      [
        ['minutes: 5', 'minutes: lots'],
      ],
    );
    const badJson = '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Task", "End": true }\n  }\n}\n';
    const root = project({
      'lessons/what-is-a-state-machine.mdx': FIRST,
      'lessons/choice-states.mdx': broken,
      'examples/choice-states/skip.json': SKIP,
      'examples/choice-states/bad.json': badJson,
    });
    const problems = (await checkLessons(root)).filter((p) => p.file !== 'content/lessons/what-is-a-state-machine.mdx');
    const lines = problems.map(formatProblem);
    const file = 'content/lessons/choice-states.mdx';
    const at = (marker: string) => `${file}:${lineOf(broken, marker)}`;
    const expectProblem = (prefix: string, pattern: RegExp) =>
      expect(
        lines.some((l) => l.startsWith(prefix) && pattern.test(l)),
        `expected ${prefix} ${pattern} in\n${lines.join('\n')}`,
      ).toBe(true);

    expectProblem(at('minutes: lots'), /minutes: minutes must be a number/);
    expectProblem(at('See [a missing'), /no lesson "parallel-states" yet/);
    expectProblem(at('See [a missing'), /has no heading with the id "nowhere"/);
    // The engine's diagnostic, at the line of the key it names inside the inline definition.
    expectProblem(at("Check: { Type: 'Pass', Next: 'Nowhere' }"), /definition is invalid at States\.Check\.Next/);
    // The example was run, and the claim does not hold.
    expectProblem(at("input={{ count: 3 }}") .replace(/:\d+$/, `:${lineOf(broken, "expect={{ status: 'SUCCEEDED', visits: ['Skip'] }}")}`), /expect\.visits names Skip, which the run never entered/);
    expectProblem(at('id="greet"'), /id "greet" is already used at content\/lessons\/what-is-a-state-machine\.mdx/);
    expectProblem(at('title="No claim"'), /needs expect=/);
    expectProblem(at('title="No claim"'), /content\/examples\/choice-states\/missing\.json does not exist/);
    // A definition file's diagnostic points into that file.
    expectProblem('content/examples/choice-states/bad.json:4', /definition is invalid at States\.A.*used by content\/lessons\/choice-states\.mdx/);
    expectProblem(at('It costs $5'), /"\$5" is a typed cost figure/);
    expectProblem(at('<Callout kind="warning">'), /kind must be note, tip, trap/);
    expectProblem(`${file}:1`, /needs at least one <Callout kind="trap">/);
    expectProblem(at('<Fancy />'), /<Fancy> is not a lesson component/);
    expectProblem(at('<Rate id='), /<Rate> id must be one of/);
    expectProblem(at('<CostValue'), /field must be one of transitions, perRunUsd, monthlyUsd/);
    expectProblem(at('<StateFlow'), /title: a template string with \$\{…\} cannot be read without running it/);
    expectProblem(at('<StateFlow'), /states must be a list/);
    expectProblem(at('selfCheck:'), /<SelfCheck \/> in the text/);
    expect(problems.every((p) => p.line !== undefined)).toBe(true);
  });

  it('reports a self-check placed twice, a sandbox whose faults name no state, and an MDX syntax error', async () => {
    const twice = lessonSource(`<Sandbox title="t" definition={{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }} faults="fail Nope 2 times with Boom" expect={{ status: 'SUCCEEDED' }} />

<Callout kind="trap">x</Callout>

<SelfCheck />

<SelfCheck />
`);
    const syntax = lessonSource('<Callout kind="trap">unclosed\n', [
      ['order: 4', 'order: 5'],
      ['prerequisites: [what-is-a-state-machine]', 'prerequisites: [what-is-a-state-machine, what-a-run-costs, task-states-and-integrations]'],
    ]);
    const root = project({ 'lessons/what-is-a-state-machine.mdx': FIRST, 'lessons/choice-states.mdx': twice, 'lessons/parallel-states.mdx': syntax });
    const lines = (await checkLessons(root)).map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^content/lessons/choice-states\\.mdx:${lineOf(twice, 'title="t"')}:1 <Sandbox> faults: no state is named "Nope"`)));
    expect(lines).toContainEqual(`content/lessons/choice-states.mdx:${lineOf(twice, '<SelfCheck />') + 2}:1 <SelfCheck /> is placed twice`);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/lessons\/parallel-states\.mdx:\d+:\d+ MDX syntax error/));
    const prerequisitesLine = lineOf(syntax, 'prerequisites:');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^content/lessons/parallel-states\\.mdx:${prerequisitesLine}:\\d+ prerequisites: "what-a-run-costs" is lesson 13, not before this one`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^content/lessons/parallel-states\\.mdx:${prerequisitesLine}:\\d+ prerequisites: "task-states-and-integrations" has no lesson file yet`)));
  });
});
