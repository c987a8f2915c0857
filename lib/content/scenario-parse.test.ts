import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFiles } from './scenario-parse';
import { SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchemaText } from './scenario-json-schema';

const starter = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });

const yaml = (extra = '', cases = '') => `id: tiny
title: Tiny
summary: A tiny scenario.
prompt: Do it.
difficulty: introductory
lesson: choice-states
exams: ['DVA-C02 1']
topics: [choice]
${extra}cases:
  - name: Works
    when: When it runs
    visible: true
    expect: { status: SUCCEEDED }
${cases}`;

function files(entries: Record<string, string>): Map<string, string> {
  return new Map(Object.entries({ 'starter.asl.json': starter, 'solution.asl.json': starter, ...entries }));
}

describe('parseScenarioFiles', () => {
  it('reads a valid folder into a Scenario with every file inline', () => {
    const r = parseScenarioFiles(files({ 'scenario.yaml': yaml('world: world.json\n'), 'world.json': '{"sns": {"topics": {"t": {"messages": []}}}}' }), 'x/tiny', 'tiny');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.world).toEqual({ sns: { topics: { t: { messages: [] } } } });
    expect(r.scenario.executionType).toBe('STANDARD');
    expect(r.scenario.starter).toBe(starter);
    expect(r.source.casePositions[0]).toEqual({ line: 11, column: 11 });
  });

  it('points each problem at its file, line and column', () => {
    const r = parseScenarioFiles(files({ 'scenario.yaml': yaml("colour: blue\n").replace("['DVA-C02 1']", "['DVA-C02 9']") }), 'x/tiny', 'tiny');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'x/tiny/scenario.yaml', line: 9, column: 1, message: 'unknown field "colour" (check the spelling)' }),
        expect.objectContaining({ file: 'x/tiny/scenario.yaml', line: 7, message: expect.stringContaining('exams.0') }),
      ]),
    );
  });

  it('checks the files scenario.yaml names and the cases against them', () => {
    const r = parseScenarioFiles(
      files({
        'scenario.yaml': yaml(
          'mockConfig: mock.json\nworld: world.json\n',
          `  - name: Mocked
    when: When mocked
    visible: false
    mockTestCase: Nope
    faults: [{ invocations: 1 }]
    expect: { output: { jsonata: '$count(', says: 'it counts' } }
`,
        ),
        'mock.json': '{"StateMachines": {"M": {"TestCases": {"Happy": {}}}}, "MockedResponses": {}}',
        'world.json': '{ "s3": ',
      }),
      'x/tiny',
      'other-id',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^x\/tiny\/scenario.yaml:1 id "tiny" must equal the folder name "other-id"/),
        expect.stringMatching(/^x\/tiny\/world.json:1 JSON syntax error/),
        expect.stringMatching(/scenario.yaml:19 the mock config has no test case "Nope" \(it has Happy\)/),
        expect.stringMatching(/scenario.yaml:20 fault rule: A fault rule needs "state"/),
        expect.stringMatching(/scenario.yaml:21 the JSONata predicate does not compile/),
      ]),
    );
  });

  it('requires the starter and the solution, and a visible case', () => {
    const r = parseScenarioFiles(new Map([['scenario.yaml', yaml().replace('visible: true', 'visible: false')]]), 'x/tiny');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('make at least one case visible'), expect.stringContaining('the definition learners start from'), expect.stringContaining('the reference solution')]),
    );
  });

  it('refuses an oversized file before reading it', () => {
    const r = parseScenarioFiles(files({ 'scenario.yaml': yaml(), 'world.json': ' '.repeat(1_048_577) }), 'x/tiny');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain('at most 1 MB');
  });
});

describe('the scenario JSON Schema', () => {
  it('is committed and matches the zod schema (run npm run content:schema after changing it)', () => {
    expect(readFileSync(SCENARIO_JSON_SCHEMA_FILE, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the case checks for editor completion', () => {
    const schema = JSON.parse(scenarioJsonSchemaText());
    const expectProps = schema.properties.cases.items.properties.expect.properties;
    expect(Object.keys(expectProps)).toEqual(expect.arrayContaining(['status', 'output', 'attempts', 'published', 'cost', 'maxDurationSeconds']));
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'prompt', 'cases']));
  });
});
