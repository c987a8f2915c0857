// Names that are also JavaScript's (issue 14): a Type, state name, field, variable, table or topic called
// `constructor`, `hasOwnProperty`, `toString`, `__proto__`... must behave exactly like any other name. Each
// case runs once with such a name and once with a neutral name of the same shape, and the two outcomes
// (diagnostics and the whole execution result) must be the same text once the names are masked (and the
// validator's spelling suggestions, which rightly differ, are left out).

import { describe, expect, it } from 'vitest';
import { parseDefinition, startExecution, validateDefinition, type StartOptions, type StateMachineDefinition } from './index';
import { createServiceHandlers } from './services';

const NAMES = ['hasOwnProperty', 'constructor', 'toString', '__proto__', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'propertyIsEnumerable', 'toLocaleString'];
/** Same length and underscores (so sizes and identifier rules match), letters that spell nothing. */
const neutralFor = (name: string) => name.replace(/[A-Za-z]/g, 'q');
const j = JSON.stringify;
const lambda = 'arn:aws:states:::lambda:invoke';

interface Case {
  label: string;
  /** Definition text (text, so a `__proto__` key stays a key, as it does in a file). */
  definition: (n: string) => string;
  input?: (n: string) => string;
  options?: (n: string) => StartOptions;
}

const services = (world = {}) => () => ({ tasks: createServiceHandlers({ world }).handlers });

const CASES: Case[] = [
  { label: 'a Type', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":${j(n)},"End":true}}}` },
  { label: 'a state name', definition: (n) => `{"StartAt":${j(n)},"States":{${j(n)}:{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"}}}` },
  { label: 'a missing Next', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Next":${j(n)}}}}` },
  { label: 'a state field', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass",${j(n)}:1,"End":true}}}` },
  { label: 'a top-level field', definition: (n) => `{"StartAt":"A",${j(n)}:1,"States":{"A":{"Type":"Pass","End":true}}}` },
  { label: 'an input field', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"x.$":"$.${n}"},"End":true}}}`, input: (n) => `{${j(n)}:5}` },
  { label: 'a missing input field', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"x.$":"$.${n}"},"End":true}}}` },
  { label: 'a Parameters key', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{${j(n)}:1,${j(n + '2.$')}:"$"},"End":true}}}` },
  { label: 'a ResultPath field', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":{${j(n)}:{"a":1}},"ResultSelector":{"x.$":"$.${n}.a"},"ResultPath":"$.${n}","End":true}}}` },
  { label: 'an OutputPath field', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","OutputPath":"$.${n}","End":true}}}`, input: (n) => `{${j(n)}:{"q":1}}` },
  { label: 'a JSONPath variable', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{${j(n)}:1},"Next":"B"},"B":{"Type":"Pass","Parameters":{"v.$":"$${n}"},"End":true}}}` },
  { label: 'a JSONata variable', definition: (n) => `{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Assign":{${j(n)}:"{% 1 + 1 %}"},"Next":"B"},"B":{"Type":"Pass","Output":"{% $${n} %}","End":true}}}` },
  { label: 'an undefined variable', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"v.$":"$${n}"},"End":true}}}` },
  { label: 'an undefined JSONata variable', definition: (n) => `{"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% $${n} %}","End":true}}}` },
  { label: 'a JSONata field', definition: (n) => j({ QueryLanguage: 'JSONata', StartAt: 'A', States: { A: { Type: 'Pass', Output: `{% $states.input.${n} %}`, End: true } } }), input: (n) => `{${j(n)}:5}` },
  { label: 'an error name', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Fail', Error: n } } }) },
  {
    label: 'a retried and caught error',
    definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: 'f' }, Retry: [{ ErrorEquals: [n], MaxAttempts: 1 }], Catch: [{ ErrorEquals: [n], Next: 'B' }], End: true }, B: { Type: 'Succeed' } } }),
    options: (n) => ({ tasks: () => ({ kind: 'failure', error: n }) }),
  },
  { label: 'a Choice operator', definition: (n) => `{"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[{"Variable":"$.x",${j(n)}:1,"Next":"B"}],"Default":"C"},"B":{"Type":"Succeed"},"C":{"Type":"Fail"}}}` },
  { label: 'a Choice variable', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Choice', Choices: [{ Variable: `$.${n}`, IsPresent: true, Next: 'B' }], Default: 'C' }, B: { Type: 'Succeed' }, C: { Type: 'Fail' } } }) },
  { label: 'an intrinsic function', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'x.$': `States.${n}()` }, End: true } } }) },
  { label: 'a context field', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: { 'x.$': `$$.${n}` }, End: true } } }) },
  {
    label: 'a Map ItemsPath',
    definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Map', ItemsPath: `$.${n}`, ItemProcessor: { StartAt: 'I', States: { I: { Type: 'Pass', End: true } } }, End: true } } }),
    input: (n) => `{${j(n)}:[1]}`,
  },
  { label: 'a Lambda function', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: lambda, Parameters: { FunctionName: n }, End: true } } }), options: services({ lambda: { functions: { other: { response: 1 } } } }) },
  { label: 'an SNS topic', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: `arn:aws:sns:us-east-1:123456789012:${n}`, Message: 'x' }, End: true } } }), options: services() },
  { label: 'an SQS queue', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { QueueUrl: `https://sqs.us-east-1.amazonaws.com/123456789012/${n}`, MessageBody: 'x' }, End: true } } }), options: services() },
  { label: 'a DynamoDB table', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', Parameters: { TableName: n, Key: { id: { S: '1' } } }, End: true } } }), options: services() },
  {
    label: 'a DynamoDB attribute',
    definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 't', Item: { id: { S: '1' }, [n]: { S: 'v' } } }, Next: 'B' }, B: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', Parameters: { TableName: 't', Key: { id: { S: '1' } } }, End: true } } }),
    options: services({ dynamodb: { tables: { t: { partitionKey: 'id', items: [] } } } }),
  },
  { label: 'an S3 bucket', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:s3:getObject', Parameters: { Bucket: n, Key: n }, End: true } } }), options: services() },
  { label: 'a Glue job', definition: (n) => j({ StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', Parameters: { JobName: n }, End: true } } }), options: services({ glue: { jobs: { other: {} } } }) },
  {
    label: 'a task handler by state name',
    definition: (n) => `{"StartAt":${j(n)},"States":{${j(n)}:{"Type":"Task","Resource":"${lambda}","Parameters":{"FunctionName":"f"},"End":true}}}`,
    options: () => ({ tasks: { states: { other: () => ({ kind: 'success', output: 1 }) } } }),
  },
];

async function outcome(c: Case, name: string): Promise<string> {
  const parsed = parseDefinition(c.definition(name), { validate: true });
  const diagnostics = parsed.diagnostics.map((d) => `${d.severity} ${d.code} ${JSON.stringify(d.path)} ${d.message.replace(/ Did you mean .*$/, '')}`);
  let result: unknown;
  if (parsed.definition) {
    const input = JSON.parse(c.input?.(name) ?? '{}');
    result = await startExecution(parsed.definition as StateMachineDefinition, input, { validate: false, ...(c.options?.(name) ?? {}) });
  }
  return JSON.stringify({ diagnostics, result }).split(JSON.stringify(name).slice(1, -1)).join('<name>');
}

describe('names that are also JavaScript object-prototype names', () => {
  for (const c of CASES) {
    it(`behave like any other name as ${c.label}`, async () => {
      for (const name of NAMES) {
        expect(await outcome(c, name), `${c.label}: ${name}`).toBe(await outcome(c, neutralFor(name)));
      }
    });
  }

  it('reports an unknown Type, not an internal validator error (the issue\'s example)', () => {
    for (const name of NAMES) {
      const diagnostics = validateDefinition({ StartAt: 'A', States: { A: { Type: name, End: true } } } as unknown as StateMachineDefinition);
      expect(diagnostics.map((d) => d.code)).not.toContain('INTERNAL_ERROR');
      expect(diagnostics.some((d) => d.message.includes(`unknown Type "${name}"`))).toBe(true);
    }
  });

  it('keeps a __proto__ key as data through Parameters, Assign, ResultPath and JSONata', async () => {
    const text = `{"StartAt":"A","States":{"A":{"Type":"Pass","Parameters":{"__proto__":{"polluted":true},"b.$":"$.__proto__"},"ResultPath":"$.__proto__","Next":"B"},
      "B":{"Type":"Pass","QueryLanguage":"JSONata","Output":"{% $states.input %}","End":true}}}`;
    const parsed = parseDefinition(text, { validate: true });
    const r = await startExecution(parsed.definition as StateMachineDefinition, JSON.parse('{"__proto__":{"x":1}}'));
    expect(r.status).toBe('SUCCEEDED');
    expect(JSON.stringify(r.output)).toBe('{"__proto__":{"__proto__":{"polluted":true},"b":{"x":1}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
