// The JSON Schema instructors' editors complete scenario.yaml against, generated from the zod schema so the
// two never disagree. `npm run content:schema` writes it to content/scenarios/scenario.schema.json; a unit
// test fails when the committed file is stale.
import { z } from 'zod';
import { scenarioSchema } from './scenario-schema';

export const SCENARIO_JSON_SCHEMA_FILE = 'content/scenarios/scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://stepwise.example/schemas/scenario.schema.json',
    title: 'Stepwise scenario (scenario.yaml)',
    description: 'A practice scenario: the prompt, the simulated account and the cases a learner state machine is graded on.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
