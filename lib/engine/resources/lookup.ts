// What a Task's Resource is, read against the one table (integrations.ts): a Lambda function, an activity,
// an optimized integration with a pattern AWS allows, or an AWS SDK action. Pure; the validator and the
// simulated services both ask here.

import { parseResourceArn, patternName, PATTERN_SUFFIX, type ParsedResource } from './arn';
import { findIntegration, MODELLED_SDK_ACTIONS, OPTIMIZED_INTEGRATIONS, optimizedActionsOf, type IntegrationSpec, type Simulation } from './integrations';

export interface ResolvedResource {
  resource: ParsedResource;
  description: string;
  /** How the simulator answers: modelled against the world, a default response, or a callback (activity). */
  simulation: Simulation | 'callback';
  /** The table entry, for service integrations the table lists. */
  spec?: IntegrationSpec;
}

export type Resolution = { ok: true; resolved: ResolvedResource } | { ok: false; message: string; unsupportedAction?: boolean };

/** Supported resources, one per line, for error messages and the sandbox's help. */
export function supportedResourceList(): string[] {
  return [
    'arn:aws:lambda:<region>:<account>:function:<name> (invoke a Lambda function directly)',
    ...OPTIMIZED_INTEGRATIONS.map((e) => `arn:aws:states:::${e.service}:${e.action}${e.patterns.filter((p) => p !== 'request-response').map((p) => ` | ${PATTERN_SUFFIX[p]}`).join('')}`),
    'arn:aws:states:::aws-sdk:<service>:<action> (any AWS SDK action; modelled by the simulator: ' + MODELLED_SDK_ACTIONS.map((e) => `${e.service}:${e.action}`).join(', ') + ')',
    "arn:aws:states:<region>:<account>:activity:<name> (an activity worker, answered by the simulated world's callbacks)",
  ];
}

export function resolveResource(arn: string): Resolution {
  const parsed = parseResourceArn(arn);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const resource = parsed.resource;
  switch (resource.kind) {
    case 'lambda-function':
      return { ok: true, resolved: { resource, description: `Invoke the Lambda function ${resource.functionName}`, simulation: 'world' } };
    case 'activity':
      return { ok: true, resolved: { resource, description: `Wait for a worker of activity ${resource.name}`, simulation: 'callback' } };
    case 'aws-sdk': {
      if (resource.pattern === 'sync' || resource.pattern === 'sync:2') {
        return { ok: false, message: `AWS SDK integrations do not support the ${patternName(resource.pattern)} pattern ("${arn}"); only request-response and .waitForTaskToken` };
      }
      const spec = findIntegration('aws-sdk', resource.service, resource.action);
      if (spec) return { ok: true, resolved: { resource, description: spec.description, simulation: 'world', spec } };
      return {
        ok: true,
        resolved: { resource, description: `Call ${resource.service}:${resource.action} through the AWS SDK`, simulation: 'default' },
      };
    }
    case 'optimized': {
      const spec = findIntegration('optimized', resource.service, resource.action);
      if (!spec) {
        const same = optimizedActionsOf(resource.service);
        const hint = same.length
          ? ` The optimized ${resource.service} integration supports ${same.join(', ')}; call other actions as arn:aws:states:::aws-sdk:${resource.service}:${resource.action}.`
          : ` Call other AWS APIs as arn:aws:states:::aws-sdk:<service>:<action>.`;
        return { ok: false, message: `'${resource.service}:${resource.action}' is not an optimized service integration.${hint}`, unsupportedAction: same.length > 0 };
      }
      if (!spec.patterns.includes(resource.pattern)) {
        return {
          ok: false,
          message: `arn:aws:states:::${spec.service}:${spec.action} does not support ${patternName(resource.pattern)}; it supports ${spec.patterns.map(patternName).join(', ')}.`,
        };
      }
      return { ok: true, resolved: { resource, description: spec.description, simulation: spec.simulation, spec } };
    }
  }
}
