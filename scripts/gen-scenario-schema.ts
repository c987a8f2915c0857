// `npm run content:schema`: writes content/scenarios/scenario.schema.json from the zod schema
// (lib/content/scenario-schema.ts). Commit the result; scenario.yaml files point at it for completion.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCENARIO_JSON_SCHEMA_FILE, scenarioJsonSchemaText } from '../lib/content/scenario-json-schema';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
writeFileSync(path.join(root, SCENARIO_JSON_SCHEMA_FILE), scenarioJsonSchemaText());
console.log(`Wrote ${SCENARIO_JSON_SCHEMA_FILE}`);
