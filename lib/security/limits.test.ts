import { describe, expect, it } from 'vitest';
import { MAX_DEFINITION_BYTES } from '../grading';
import { MAX_REQUEST_BODY_BYTES, maxBodyBytes, SCENARIO_SUBMISSION_MAX_BODY_BYTES } from './limits';

describe('maxBodyBytes', () => {
  it('is 1 MB for pages, server actions and other routes', () => {
    for (const path of ['/', '/learn/what-is-a-state-machine', '/practice/scenarios/five-step-pipeline', '/api/progress/x', '/api/scenarios/x/submissions/extra']) {
      expect(maxBodyBytes(path), path).toBe(MAX_REQUEST_BODY_BYTES);
    }
    expect(MAX_REQUEST_BODY_BYTES).toBe(1024 * 1024);
  });

  it('lets the submissions API take a 1 MB definition with JSON escaping around it', () => {
    expect(maxBodyBytes('/api/scenarios/five-step-pipeline/submissions')).toBe(SCENARIO_SUBMISSION_MAX_BODY_BYTES);
    expect(maxBodyBytes('/api/scenarios/five-step-pipeline/submissions/')).toBe(SCENARIO_SUBMISSION_MAX_BODY_BYTES);
    // A pretty-printed definition just under 1 MB, sent as the API expects it: {"definition": "<text>"}.
    const text = (n: number) =>
      JSON.stringify(
        { StartAt: 'Step0', States: Object.fromEntries(Array.from({ length: n }, (_, i) => [`Step${i}`, { Type: 'Pass', Comment: 'a "quoted" word', Parameters: { 'value.$': '$.x' }, Next: `Step${i + 1}` }])) },
        null,
        2,
      );
    let n = Math.floor(MAX_DEFINITION_BYTES / (text(100).length / 100));
    while (new TextEncoder().encode(text(n)).length > MAX_DEFINITION_BYTES) n -= 10;
    const definition = text(n);
    expect(definition.length).toBeGreaterThan(MAX_DEFINITION_BYTES * 0.99);
    const body = JSON.stringify({ definition });
    expect(body.length).toBeGreaterThan(MAX_REQUEST_BODY_BYTES);
    expect(body.length).toBeLessThanOrEqual(SCENARIO_SUBMISSION_MAX_BODY_BYTES);
  });
});
