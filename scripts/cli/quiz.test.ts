import { describe, expect, it } from 'vitest';
import { quizMain } from './quiz';

function run(args: string[], random = () => 0.5) {
  let out = '';
  let err = '';
  const code = quizMain(args, { out: (s) => (out += s), err: (s) => (err += s) }, random);
  return { code, out, err };
}

describe('npm run quiz', () => {
  it('list --json: every item with its id, type, topic and whether it is parametrized', () => {
    const r = run(['list', '--json']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out) as { id: string; type: string; topic: string; parametrized: boolean; category: string }[];
    expect(items.filter((i) => i.category === 'cost').length).toBeGreaterThanOrEqual(30);
    expect(items.filter((i) => i.category === 'concept').length).toBeGreaterThanOrEqual(30);
    expect(items.find((i) => i.id === 'inline-map-monthly')).toMatchObject({ type: 'single', topic: 'inline-map', parametrized: true });
    expect(items.find((i) => i.id === 'retry-defaults')).toMatchObject({ type: 'single', parametrized: false });
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('list filters by topic, exam and category, and refuses unknown ones', () => {
    const pricing = JSON.parse(run(['list', '--json', '--topic', 'pricing', '--category', 'cost']).out) as { topics: string[] }[];
    expect(pricing.length).toBeGreaterThan(20);
    expect(pricing.every((i) => i.topics.includes('pricing'))).toBe(true);
    const dea = JSON.parse(run(['list', '--json', '--exam', 'DEA-C01']).out) as { exams: string[] }[];
    expect(dea.every((i) => i.exams.some((e) => e.startsWith('DEA-C01')))).toBe(true);
    expect(run(['list', '--topic', 'astrology'])).toMatchObject({ code: 2 });
    expect(run(['list', '--exam', 'XYZ-C01']).err).toMatch(/unknown exam/);
  });

  it('sample --seed --json: the question, its parameters, options and answer for that seed, the same every time', () => {
    const a = run(['sample', 'standard-retries-monthly', '--seed', '1234', '--json']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(run(['sample', 'standard-retries-monthly', '--seed', '1234', '--json']).out);
    const sample = JSON.parse(a.out);
    expect(sample).toMatchObject({ id: 'standard-retries-monthly', seed: 1234, type: 'single' });
    expect(Object.keys(sample.params).sort()).toEqual(['retries', 'runs', 'states']);
    expect(sample.options).toHaveLength(4);
    expect(sample.answer.keys).toHaveLength(1);
    const { states, retries, runs } = sample.params;
    const right = sample.options.find((o: { key: string }) => o.key === sample.answer.keys[0]).text;
    expect(Number(right.replace(/[$,]/g, ''))).toBeCloseTo(((states + retries) * runs - 4000) * 0.000025, 2);
    expect(sample.working.length).toBeGreaterThan(2);
  });

  it('sample of a numeric item gives the value, its unit and the accepted figures', () => {
    const sample = JSON.parse(run(['sample', 'express-tiers-monthly', '--seed', '3', '--json']).out);
    expect(sample.unit).toBe('usd');
    expect(sample.answer.accepted).toHaveLength(2);
    expect(sample.answer.display).toMatch(/^\$/);
  });

  it('sample without --seed draws one and says which', () => {
    const r = run(['sample', 'free-tier-runs', '--json'], () => 0.25);
    expect(JSON.parse(r.out).seed).toBe(Math.floor(0.25 * 0x7fffffff));
  });

  it('exits 2 with a message for an unknown item, a bad seed or command', () => {
    expect(run(['sample', 'nope', '--seed', '1'])).toMatchObject({ code: 2, err: expect.stringMatching(/no quiz item "nope"/) });
    expect(run(['sample', 'free-tier-runs', '--seed', '-4'])).toMatchObject({ code: 2, err: expect.stringMatching(/--seed must be a whole number/) });
    expect(run(['sample', 'free-tier-runs', '--seed', 'abc']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    expect(run([]).code).toBe(2);
  });
});
