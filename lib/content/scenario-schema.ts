// The scenario format instructors write (content/scenarios/<id>/scenario.yaml), as one zod schema. The
// loader, the content check, the instructor preview page and the JSON Schema editors complete against
// (content/scenarios/scenario.schema.json, generated from this file) all read it. Pure: zod and the course
// catalog only, so lib/grading may import its types.
import { z } from 'zod';
import { EXAM_TAG_PATTERN, LESSON_SLUGS, parseExamTag, TOPIC_IDS } from './catalog';

/** Scenario ids are folder names: lowercase words joined by hyphens. */
export const SCENARIO_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const DIFFICULTIES = ['introductory', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const EXECUTION_TYPES = ['STANDARD', 'EXPRESS'] as const;
export const RUN_STATUSES = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'] as const;

/** The files of a scenario folder, by role. One table: the loader, the checker and the preview read it. */
export const SCENARIO_FILES = {
  scenario: 'scenario.yaml',
  starter: 'starter.asl.json',
  solution: 'solution.asl.json',
} as const;

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`);
const stateName = text('a state name').max(80, 'state names are at most 80 characters');
const count = z.number().int('must be a whole number').nonnegative('must be 0 or more');

/** Any JSON value (YAML that is JSON-compatible). */
const json: z.ZodType<unknown> = z.json();

/** A fault rule of the simulated services (lib/engine/services/faults.ts checks the details). */
const faultRule = z
  .object({
    state: stateName.optional().describe('Task state the rule applies to'),
    resource: text('resource').optional().describe('Resource ARN it applies to; a trailing * matches a prefix'),
    invocations: z
      .union([z.string(), count, z.array(count)])
      .optional()
      .describe('Which invocations (0-based, retries count): 2, [0, 1], "0-1", "2-", "*". Default: all'),
    throw: z.object({ Error: text('Error'), Cause: z.string().optional() }).strict().optional().describe('Fail the call with this AWS error'),
    return: json.optional().describe('Answer with this result instead of calling the service'),
    latencyMs: z.number().nonnegative().optional(),
    durationMs: z.number().nonnegative().optional(),
    jobFailure: z.string().optional(),
    noResponse: z.boolean().optional().describe('Nobody ever answers: only TimeoutSeconds / HeartbeatSeconds end the Task'),
    heartbeatsAtMs: z.array(z.number().nonnegative()).optional(),
  })
  .strict();

const outputCheck = z.union([
  z.object({ equals: json.describe('The output must equal this value exactly') }).strict(),
  z
    .object({ equalsFile: z.string().regex(/\.json$/, 'name a .json file in the scenario folder').describe('The output must equal the JSON in this file of the folder') })
    .strict(),
  z.object({ subset: json.describe('Every field given here must be in the output with this value (arrays compare whole)') }).strict(),
  z
    .object({
      jsonata: text('the JSONata predicate').describe('A JSONata expression over the output ($) that must be true, e.g. "$count(records) = 2"'),
      says: text('what the predicate means').describe('The requirement in plain words, for feedback: "the output lists both records"'),
    })
    .strict(),
]);

const attemptsCheck = z.union([
  count.min(1, 'a state visited is attempted at least once; use notVisited for 0'),
  z.object({ min: count.optional(), max: count.optional() }).strict(),
]);

const publishedCheck = z
  .object({
    topic: text('topic').describe('SNS topic name (the last part of its ARN), as the world declares it'),
    count: count.optional().describe('Exactly this many messages (default: at least one)'),
    subject: z.string().optional().describe('Every message has this subject'),
    contains: z.string().optional().describe('Every message includes this text'),
  })
  .strict();

const queuedCheck = z
  .object({
    queue: text('queue'),
    count: count.optional(),
    contains: z.string().optional(),
  })
  .strict();

const invokedCheck = z
  .object({
    function: text('function').describe('Lambda function name, as the world declares it'),
    count: count.optional().describe('Exactly this many invocations'),
    max: count.optional().describe('At most this many invocations'),
  })
  .strict();

const itemsCheck = z
  .object({
    table: text('table'),
    count: count.optional().describe('Exactly this many items in the table after the run'),
    contains: z.record(z.string(), json).optional().describe('Some item has these attributes (plain JSON values, not DynamoDB types)'),
  })
  .strict();

const objectsCheck = z
  .object({
    bucket: text('bucket'),
    prefix: z.string().optional().describe('Only objects whose key starts with this'),
    count: count.optional().describe('Exactly this many objects'),
    minCount: count.optional(),
    contains: z.string().optional().describe('Some object body includes this text'),
  })
  .strict();

const caughtCheck = z.object({ state: stateName, error: text('error').optional() }).strict();

const costCheck = z
  .object({
    maxUsd: z.number().positive('must be more than 0').describe('Ceiling in US dollars (lib/pricing computes the bill)'),
    runsPerMonth: z.number().int().positive().optional().describe('Project the run to this many runs a month (free tiers applied) before comparing'),
    scale: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('The case runs a sample: multiply its usage by this factor to price the full workload (e.g. 100 for 10,000 of 1,000,000 objects)'),
    scaleLabel: z.string().optional().describe('What the scaled run is, for feedback: "a run over all 1,000,000 objects"'),
  })
  .strict();

/** What must be true of a run. Every check is optional; a case needs at least one. */
export const expectationsSchema = z
  .object({
    status: z.enum(RUN_STATUSES).optional().describe('How the execution must end'),
    error: text('error').optional().describe('The execution error when it fails, e.g. "Pipeline.Failed"'),
    output: outputCheck.optional(),
    visited: z.array(stateName).optional().describe('States the run must enter'),
    notVisited: z.array(stateName).optional().describe('States the run must never enter'),
    attempts: z.record(stateName, attemptsCheck).optional().describe('How many times each state is attempted (retries included)'),
    caught: z.array(caughtCheck).optional().describe('Errors a Catch must handle, by state'),
    published: z.array(publishedCheck).optional().describe('Messages published to SNS topics'),
    queued: z.array(queuedCheck).optional().describe('Messages sent to SQS queues'),
    invoked: z.array(invokedCheck).optional().describe('Lambda functions the run invoked'),
    items: z.array(itemsCheck).optional().describe('DynamoDB items after the run'),
    objects: z.array(objectsCheck).optional().describe('S3 objects after the run'),
    maxTransitions: count.optional().describe('Billed state transitions at most'),
    cost: costCheck.optional(),
    maxDurationSeconds: z.number().positive().optional().describe('Simulated duration (virtual clock) at most'),
  })
  .strict()
  .refine((e) => Object.keys(e).length > 0, 'give at least one check');

export const caseSchema = z
  .object({
    name: text('name').max(80, 'keep case names under 80 characters'),
    when: text('when')
      .max(200)
      .describe('The situation in plain words, starting the feedback sentence: "When Glue fails twice and then succeeds"'),
    visible: z.boolean({ error: 'visible must be true or false' }).describe('Shown (and runnable) before submission; hidden cases are named only after they pass'),
    input: json.optional().describe('Execution input; default: the scenario input'),
    mockTestCase: text('mockTestCase').optional().describe('A test case of the scenario mock config'),
    faults: z.array(faultRule).optional().describe('Fault rules of the simulated services'),
    hint: z.string().optional().describe('Added to the feedback when the case fails'),
    expect: expectationsSchema,
  })
  .strict();

/** S3 objects built when the run starts, too big to write out: e.g. a million-object inventory. */
const generatedSchema = z
  .object({
    kind: z.literal('objects').describe('count small JSON objects under prefix, plus an S3 Inventory-style CSV listing them'),
    bucket: text('bucket'),
    prefix: z.string(),
    count: z.number().int().positive().max(2_000_000, 'at most 2,000,000 objects'),
    listing: z
      .object({ bucket: text('bucket'), key: text('key') })
      .strict()
      .optional()
      .describe('Also write a CSV listing (bucket,key per line) of the objects here, for ItemReader with CSV or MANIFEST'),
    writeObjects: z.boolean().optional().describe('Also create the objects themselves (default true; false keeps only the listing)'),
  })
  .strict();

export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(SCENARIO_ID_PATTERN, 'use lowercase words joined by hyphens, like the folder name')
      .refine((id) => id !== 'preview', '"preview" is the address of the instructor preview page; pick another id'),
    title: text('title').max(100),
    summary: text('summary').max(240, 'keep it under 240 characters').describe('One sentence for the practice list'),
    prompt: text('prompt').describe('The requirement, in Markdown'),
    exams: z
      .array(z.string().regex(EXAM_TAG_PATTERN, 'write "<exam> <domain>" or "<exam> <domain>.<task>", e.g. "DEA-C01 1.3"'))
      .min(1, 'tag at least one exam domain')
      .superRefine((tags, ctx) => {
        tags.forEach((tag, i) => {
          const parsed = parseExamTag(tag);
          if ('error' in parsed) ctx.addIssue({ code: 'custom', message: parsed.error, path: [i] });
        });
      }),
    topics: z.array(z.enum(TOPIC_IDS as [string, ...string[]])).min(1, 'name at least one topic'),
    difficulty: z.enum(DIFFICULTIES),
    lesson: z.enum(LESSON_SLUGS).describe('The lesson this scenario practises'),
    executionType: z.enum(EXECUTION_TYPES).default('STANDARD').describe('The type the definition is validated, run and billed as'),
    input: json.optional().describe('Default execution input for cases that give none'),
    inputFile: z
      .string()
      .regex(/\.json$/, 'name a .json file in the scenario folder')
      .optional()
      .describe('The default input as a .json file in the folder (instead of input)'),
    world: z
      .union([z.string().regex(/\.json$/, 'name a .json file in the scenario folder'), z.record(z.string(), json)])
      .optional()
      .describe('The simulated AWS account the runs start from: inline, or a .json file in the folder'),
    generated: z.array(generatedSchema).optional(),
    mockConfig: z
      .string()
      .regex(/\.json$/, 'name a .json file in the scenario folder')
      .optional()
      .describe('A Step Functions Local MockConfigFile in the folder'),
    stateMachineName: z.string().optional().describe('Which state machine of the mock config (when it has several)'),
    maxTransitions: z.number().int().positive().max(100_000).optional().describe('Transition cap per case run (default 5,000)'),
    cases: z.array(caseSchema).min(1, 'give at least one case'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const names = new Set<string>();
    s.cases.forEach((c, i) => {
      if (names.has(c.name)) ctx.addIssue({ code: 'custom', message: `two cases are named "${c.name}"`, path: ['cases', i, 'name'] });
      names.add(c.name);
      if (c.mockTestCase !== undefined && s.mockConfig === undefined) {
        ctx.addIssue({ code: 'custom', message: 'mockTestCase needs a mockConfig file on the scenario', path: ['cases', i, 'mockTestCase'] });
      }
    });
    if (s.input !== undefined && s.inputFile !== undefined) ctx.addIssue({ code: 'custom', message: 'give input or inputFile, not both', path: ['inputFile'] });
    if (!s.cases.some((c) => c.visible)) ctx.addIssue({ code: 'custom', message: 'make at least one case visible, so learners can run it before submitting', path: ['cases'] });
  });

/** scenario.yaml as written (world and mockConfig may still name files). */
export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type ScenarioCase = z.infer<typeof caseSchema>;
export type Expectations = z.infer<typeof expectationsSchema>;
export type GeneratedObjects = z.infer<typeof generatedSchema>;
export type FaultRuleSpec = z.infer<typeof faultRule>;
