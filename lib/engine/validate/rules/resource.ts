// A basic syntax check of Task Resource ARNs: a Lambda function, an activity, or a Step Functions service
// integration (arn:<partition>:states:::<service>:<action>[.sync[:2]|.waitForTaskToken], including
// aws-sdk:<service>:<action>). For the best-known optimized integrations the action is checked too
// (dynamodb:query, for example, only exists as an aws-sdk integration). The services catalog can extend
// OPTIMIZED_ACTIONS; services it does not list are accepted as written.
import { type Reporter, type StateScope } from '../context';
import { didYouMean } from '../suggest';
import { checkResourceArn, supportedResourceList } from '../../services/catalog';

export const OPTIMIZED_ACTIONS: Record<string, string[]> = {
  lambda: ['invoke'],
  dynamodb: ['getItem', 'putItem', 'updateItem', 'deleteItem'],
  sns: ['publish'],
  sqs: ['sendMessage'],
  states: ['startExecution'],
  events: ['putEvents'],
  glue: ['startJobRun'],
  batch: ['submitJob'],
  ecs: ['runTask'],
  athena: ['startQueryExecution', 'stopQueryExecution', 'getQueryExecution', 'getQueryResults'],
  codebuild: ['startBuild', 'stopBuild', 'batchDeleteBuilds', 'batchGetReports', 'startBuildBatch'],
  http: ['invoke'],
};

const PARTITION = '(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b)';
const LAMBDA = new RegExp(`^arn:${PARTITION}:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$`);
const ACTIVITY = new RegExp(`^arn:${PARTITION}:states:[a-z0-9-]+:\\d{12}:activity:[^:\\s]{1,80}$`);
const INTEGRATION = new RegExp(`^arn:${PARTITION}:states:::(aws-sdk:)?([A-Za-z0-9-]+):([A-Za-z0-9]+)(\\.sync(:2)?|\\.waitForTaskToken)?$`);

export type ResourceKind = 'lambda' | 'activity' | 'integration' | 'invalid';

export function resourceKind(resource: string): ResourceKind {
  if (LAMBDA.test(resource)) return 'lambda';
  if (ACTIVITY.test(resource)) return 'activity';
  if (INTEGRATION.test(resource)) return 'integration';
  return 'invalid';
}

export function checkResource(r: Reporter, s: StateScope, resource: string): void {
  const path = [...s.path, 'Resource'];
  const where = `/${path.join('/')}`;
  if (/^\s*\{%/.test(resource)) {
    r.error(path, `The Resource of state '${s.name}' must be a literal ARN; it cannot be a JSONata expression (put the dynamic parts in Arguments) at ${where}`);
    return;
  }
  const m = INTEGRATION.exec(resource);
  if (m) {
    const [, , sdk, service, action] = m;
    const known = !sdk ? OPTIMIZED_ACTIONS[service!] : undefined;
    if (known && !known.includes(action!)) {
      r.error(path, `The resource provided ${resource} is not recognized: '${service}:${action}' is not an optimized integration (those are ${known.join(', ')}).${didYouMean(action!, known)} Other API actions are called through 'arn:aws:states:::aws-sdk:${service}:${action}' at ${where}`);
      return;
    }
    // The simulated services (lib/engine/services) must be able to answer it: unknown services and
    // unsupported patterns are errors that list what is supported.
    const unsupported = checkResourceArn(resource);
    if (unsupported) r.error(path, `The resource provided ${resource} is not supported: ${unsupported} at ${where}`, 'UNSUPPORTED_RESOURCE');
    return;
  }
  if (resourceKind(resource) !== 'invalid') return;
  let why = 'it is not a Lambda function ARN, an activity ARN or a service integration (arn:aws:states:::service:action)';
  if (resource.startsWith('arn:') && resource.includes(':lambda:')) why = 'a Lambda ARN looks like arn:aws:lambda:<region>:<12-digit account>:function:<name>[:<version or alias>]';
  else if (resource.startsWith('arn:') && resource.includes(':states:::')) why = 'a service integration looks like arn:aws:states:::<service>:<action>, optionally with .sync, .sync:2 or .waitForTaskToken';
  r.error(path, `The resource provided ${resource} is not recognized. The value is not a valid resource ARN: ${why} at ${where}. Supported resources: ${supportedResourceList().join('; ')}`);
}
