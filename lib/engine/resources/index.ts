// The resources a Task can name: ARN syntax, the one table of service integrations and their patterns, and
// the lookup both the validator and the simulated services use. Pure: imports nothing else of the engine.
export { parseResourceArn, patternName, PATTERN_SUFFIX, type IntegrationPattern, type ParsedResource, type ParseResult } from './arn';
export {
  OPTIMIZED_INTEGRATIONS,
  MODELLED_SDK_ACTIONS,
  OPTIMIZED_SERVICES,
  findIntegration,
  integrationKey,
  optimizedActionsOf,
  type IntegrationSpec,
  type Simulation,
} from './integrations';
export { resolveResource, supportedResourceList, type Resolution, type ResolvedResource } from './lookup';
