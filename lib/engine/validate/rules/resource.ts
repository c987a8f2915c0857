// A Task's Resource, checked against the one table of resources (lib/engine/resources): a Lambda function
// ARN, an activity ARN, an optimized integration with a pattern AWS allows for it, or any AWS SDK action.
// What AWS accepts is never an error here; what the simulator can only answer with a default response is a
// warning, so a learner knows the run is not meaningful there until a mock config says what it returns.
import { type Reporter, type StateScope } from '../context';
import { didYouMean } from '../suggest';
import { optimizedActionsOf, OPTIMIZED_SERVICES, parseResourceArn, resolveResource, type ParsedResource } from '../../resources';

export type ResourceKind = 'lambda' | 'activity' | 'integration' | 'invalid';

export function resourceKind(resource: string): ResourceKind {
  const parsed = parseResourceArn(resource);
  if (!parsed.ok) return 'invalid';
  switch (parsed.resource.kind) {
    case 'lambda-function':
      return 'lambda';
    case 'activity':
      return 'activity';
    default:
      return 'integration';
  }
}

const SUPPORTED_SUMMARY =
  `Supported resources: a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>), an activity ARN ` +
  `(arn:aws:states:<region>:<account>:activity:<name>), an optimized integration arn:aws:states:::<service>:<action> ` +
  `(services: ${OPTIMIZED_SERVICES.join(', ')}), or any AWS API as arn:aws:states:::aws-sdk:<service>:<action>`;

export function checkResource(reporter: Reporter, s: StateScope, resource: string): void {
  const r = reporter.as('resource');
  const path = [...s.path, 'Resource'];
  if (/^\s*\{%/.test(resource)) {
    r.error(path, `The Resource of state '${s.name}' must be a literal ARN; it cannot be a JSONata expression (put the dynamic parts in Arguments)`);
    return;
  }
  const parsed = parseResourceArn(resource);
  if (!parsed.ok) {
    let why = 'it is not a Lambda function ARN, an activity ARN or a service integration (arn:aws:states:::service:action)';
    if (resource.startsWith('arn:') && resource.includes(':lambda:')) why = 'a Lambda ARN looks like arn:aws:lambda:<region>:<12-digit account>:function:<name>[:<version or alias>]';
    else if (resource.startsWith('arn:') && /:states:[^:]*:[^:]*:/.test(resource)) why = parsed.message;
    r.error(path, `The resource provided ${resource} is not recognized. The value is not a valid resource ARN: ${why}. ${SUPPORTED_SUMMARY}`);
    return;
  }
  const found = resolveResource(resource);
  if (!found.ok) {
    const res = parsed.resource;
    if (found.unsupportedAction && res.kind === 'optimized') {
      const known = optimizedActionsOf(res.service);
      r.error(
        path,
        `The resource provided ${resource} is not recognized: '${res.service}:${res.action}' is not an optimized integration (those are ${known.join(', ')}).${didYouMean(res.action, known)} Other API actions are called through 'arn:aws:states:::aws-sdk:${res.service}:${res.action}'`,
      );
      return;
    }
    r.error(path, `The resource provided ${resource} is not supported: ${found.message}`, 'UNSUPPORTED_RESOURCE');
    return;
  }
  if (found.resolved.simulation === 'default') {
    r.warn(
      path,
      `${resource} runs with a default response in the simulator: it answers in the service's documented shape, marked "SimulatedResponse": true, without modelling ${describeService(found.resolved.resource)}. Give state '${s.name}' a Return in a mock config (or a fault rule) to control what it answers`,
      'SIMULATED_DEFAULT_RESPONSE',
    );
  }
}

function describeService(resource: ParsedResource): string {
  return resource.kind === 'aws-sdk' || resource.kind === 'optimized' ? `what ${resource.service}:${resource.action} does` : 'the call';
}
