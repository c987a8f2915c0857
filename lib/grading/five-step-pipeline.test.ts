// The five-step pipeline is graded strictly: every wrong answer a learner gives fails a case, and the
// feedback names the problem. Each wrong machine below is the reference solution with one mistake.
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../content/scenarios';
import type { Scenario } from '../content/scenario-parse';
import { grade } from './grade';
import type { Verdict } from './types';

const loaded = loadScenarios();
const scenario = loaded.scenarios.find((s) => s.scenario.id === 'five-step-pipeline')!.scenario as Scenario;

type Machine = { StartAt: string; States: Record<string, Record<string, unknown>> };
const STEPS = ['ExtractFromRDS', 'CleanWithLambda', 'ConvertWithGlue', 'LoadIntoRedshift', 'NotifyDone'];

function solution(): Machine {
  return JSON.parse(scenario.solution) as Machine;
}

/** The solution with `change` applied to a fresh copy. */
function wrong(change: (m: Machine) => void): Machine {
  const m = solution();
  change(m);
  return m;
}

const failing = (v: Verdict) => v.cases.filter((c) => !c.passed);
const feedbackOf = (v: Verdict, name: string) => v.cases.find((c) => c.name === name)!.feedback;

describe('five-step pipeline grading', () => {
  it('passes the reference solution on every case and fails the starter', async () => {
    const good = await grade(scenario, scenario.solution);
    expect(failing(good)).toEqual([]);
    expect(good.score).toBe(100);
    const starter = await grade(scenario, scenario.starter);
    expect(starter.passed).toBe(false);
    expect(starter.cases.find((c) => c.name === 'Every step succeeds')!.passed).toBe(true);
  });

  it('no Retry: a Glue job that fails twice ends the run, and the feedback says there is no Retry', async () => {
    const v = await grade(scenario, wrong((m) => STEPS.forEach((s) => delete m.States[s]!.Retry)));
    const f = feedbackOf(v, 'Glue fails twice, then succeeds');
    expect(f).toMatch(/^When the Glue job fails twice and then succeeds, the run should end SUCCEEDED, but it ended FAILED/);
    expect(f).toContain("'ConvertWithGlue' should be attempted 3 times, but it was attempted once (it failed with Glue.AWSGlueException): it has no Retry");
  });

  it('MaxAttempts 1: two failures are one too many', async () => {
    const v = await grade(scenario, wrong((m) => STEPS.forEach((s) => ((m.States[s]!.Retry as { MaxAttempts: number }[]).at(-1)!.MaxAttempts = 1))));
    const f = feedbackOf(v, 'Glue fails twice, then succeeds');
    expect(f).toContain("'ConvertWithGlue' should be attempted 3 times, but it was attempted 2 times");
    expect(f).toContain('its Retry on States.ALL has MaxAttempts 1');
  });

  it('MaxAttempts 3: a step that fails three times gets a fourth attempt and the run wrongly succeeds', async () => {
    const v = await grade(scenario, wrong((m) => STEPS.forEach((s) => ((m.States[s]!.Retry as { MaxAttempts: number }[]).at(-1)!.MaxAttempts = 3))));
    expect(feedbackOf(v, 'Glue fails twice, then succeeds')).toContain('the run did what the scenario asks');
    const f = feedbackOf(v, 'Redshift fails three times');
    expect(f).toContain('the run should end FAILED, but it ended SUCCEEDED');
    expect(f).toContain("'LoadIntoRedshift' should be attempted 3 times, but it was attempted 4 times (it failed with RedshiftData.InternalServerException): its Retry on States.ALL has MaxAttempts 3");
  });

  it('a Catch that does not alert: the run fails but nobody hears about it', async () => {
    const v = await grade(
      scenario,
      wrong((m) => {
        STEPS.forEach((s) => ((m.States[s]!.Catch as { Next: string }[])[0]!.Next = 'PipelineFailed'));
        delete m.States.AlertTeam;
      }),
    );
    const f = feedbackOf(v, 'Redshift fails three times');
    expect(f).toContain("should publish exactly 1 message to the topic 'data-team-alerts', but it published none");
    expect(f).toContain("its Catch went to 'PipelineFailed'");
    expect(v.cases.find((c) => c.name === 'Redshift fails three times')!.checks.find((c) => c.check === 'status')!.passed).toBe(true);
  });

  it('an alert that does not fail the run: the execution ends SUCCEEDED after alerting', async () => {
    const v = await grade(
      scenario,
      wrong((m) => {
        delete m.States.AlertTeam!.Next;
        m.States.AlertTeam!.End = true;
        delete m.States.PipelineFailed;
      }),
    );
    const f = feedbackOf(v, 'Redshift fails three times');
    expect(f).toContain("the run should end FAILED, but it ended SUCCEEDED after 'LoadIntoRedshift' failed with RedshiftData.InternalServerException after 3 attempts and its Catch went to 'AlertTeam'");
    expect(f).not.toContain('data-team-alerts');
  });

  it('a Catch that swallows the error: the run ends SUCCEEDED and nobody is alerted', async () => {
    const v = await grade(
      scenario,
      wrong((m) => {
        STEPS.forEach((s) => ((m.States[s]!.Catch as { Next: string }[])[0]!.Next = 'GiveUp'));
        m.States.GiveUp = { Type: 'Succeed' };
        delete m.States.AlertTeam;
        delete m.States.PipelineFailed;
      }),
    );
    const f = feedbackOf(v, 'Redshift fails three times');
    expect(f).toContain("the run should end FAILED, but it ended SUCCEEDED after 'LoadIntoRedshift' failed with RedshiftData.InternalServerException after 3 attempts and its Catch went to 'GiveUp'");
    expect(f).toContain("should publish exactly 1 message to the topic 'data-team-alerts', but it published none");
  });

  it('a Catch that carries on to the next step: the notification goes out for a load that never happened', async () => {
    const v = await grade(scenario, wrong((m) => ((m.States.LoadIntoRedshift!.Catch as { Next: string }[])[0]!.Next = 'NotifyDone')));
    const f = feedbackOf(v, 'Redshift fails three times');
    expect(f).toContain("the run should never enter 'NotifyDone', but it entered it; 'LoadIntoRedshift' failed with RedshiftData.InternalServerException after 3 attempts and its Catch went to 'NotifyDone'");
  });

  it('retrying an error that retrying cannot fix: MalformedRecordError is retried like the rest', async () => {
    const v = await grade(scenario, wrong((m) => (m.States.CleanWithLambda!.Retry = [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 2, MaxAttempts: 2, BackoffRate: 2 }])));
    expect(failing(v).map((c) => c.name)).toEqual(['Malformed rows are not retried']);
    expect(feedbackOf(v, 'Malformed rows are not retried')).toContain(
      "'CleanWithLambda' should be attempted once, but it was attempted 3 times (it failed with MalformedRecordError): its Retry on States.ALL has MaxAttempts 2",
    );
  });

  it('the notification step itself failing: without a Catch on it, the team is never alerted', async () => {
    const v = await grade(scenario, wrong((m) => delete m.States.NotifyDone!.Catch));
    expect(failing(v).map((c) => c.name)).toEqual(['The notification cannot be published']);
    const f = feedbackOf(v, 'The notification cannot be published');
    expect(f).toContain("should publish exactly 1 message to the topic 'data-team-alerts', but it published none");
    expect(f).toContain("it failed at 'NotifyDone' after 3 attempts with SNS.AuthorizationErrorException: its Retry on States.ALL has MaxAttempts 2, and it has no Catch");
  });

  it('the notification step without a Retry gives up at the first refusal', async () => {
    const v = await grade(scenario, wrong((m) => delete m.States.NotifyDone!.Retry));
    expect(feedbackOf(v, 'The notification cannot be published')).toContain("'NotifyDone' should be attempted 3 times, but it was attempted once (it failed with SNS.AuthorizationErrorException): it has no Retry");
  });

  it('an alert that loses the error (a Catch without ResultPath) fails in the alert step and says so', async () => {
    const v = await grade(scenario, wrong((m) => STEPS.forEach((s) => delete (m.States[s]!.Catch as { ResultPath?: string }[])[0]!.ResultPath)));
    const f = feedbackOf(v, 'Redshift fails three times');
    expect(f).toContain("it failed at 'AlertTeam'");
    expect(f).toContain('States.Runtime');
  });

  it('renamed states are reported as such, not as wrong behaviour', async () => {
    const renamed = scenario.solution.replaceAll('"ConvertWithGlue"', '"ConvertToParquet"');
    const v = await grade(scenario, renamed);
    expect(feedbackOf(v, 'Glue fails twice, then succeeds')).toContain("this case makes 'ConvertWithGlue' fail or answer in a set way, but your definition has no state of that name");
  });

  it('an invalid definition gets the validator diagnostics with a line, never a stack trace', async () => {
    const v = await grade(scenario, '{\n  "StartAt": "Nope",\n  "States": { "A": { "Type": "Pass", "End": true } }\n}');
    expect(v.passed).toBe(false);
    expect(v.diagnostics?.length).toBeGreaterThan(0);
    expect(v.cases[0]!.feedback).toMatch(/^The definition is not valid, so this case did not run: .*\(line \d+/);
    expect(JSON.stringify(v)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('is deterministic: the same definition gives the same verdict', async () => {
    const a = await grade(scenario, scenario.starter, { now: () => 0 });
    const b = await grade(scenario, scenario.starter, { now: () => 0 });
    expect(a).toEqual(b);
  });
});
