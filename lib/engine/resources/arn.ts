// Reads a Task's Resource ARN into what the validator and the simulated services need: which service,
// which action, which integration pattern. Syntax only; whether the combination exists is integrations.ts's
// job. Service integrations are usually written with empty region and account (arn:aws:states:::sns:publish)
// but a deployed state machine exports them filled in (arn:aws:states:us-east-1:123456789012:aws-sdk:s3:getObject),
// and AWS accepts both.

export type IntegrationPattern = 'request-response' | 'sync' | 'sync:2' | 'waitForTaskToken';

export type ParsedResource =
  | { kind: 'lambda-function'; functionName: string; qualifier?: string; region: string; accountId: string }
  | { kind: 'optimized'; service: string; action: string; pattern: IntegrationPattern }
  | { kind: 'aws-sdk'; service: string; action: string; pattern: IntegrationPattern }
  | { kind: 'activity'; name: string; region: string; accountId: string };

export type ParseResult = { ok: true; resource: ParsedResource } | { ok: false; message: string };

const PARTITION = '(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b)';
const LAMBDA = new RegExp(`^arn:${PARTITION}:lambda:([a-z0-9-]+):(\\d{12}):function:([A-Za-z0-9_-]{1,64})(?::([A-Za-z0-9_$-]+))?$`);
const ACTIVITY = new RegExp(`^arn:${PARTITION}:states:([a-z0-9-]+):(\\d{12}):activity:([^:\\s]{1,80})$`);
const STATES = new RegExp(`^arn:${PARTITION}:states:([a-z0-9-]*):(\\d{12})?:(.+)$`);

export const PATTERN_SUFFIX: Record<IntegrationPattern, string> = {
  'request-response': '',
  sync: '.sync',
  'sync:2': '.sync:2',
  waitForTaskToken: '.waitForTaskToken',
};

function splitPattern(text: string): { base: string; pattern: IntegrationPattern } | null {
  if (text.endsWith('.waitForTaskToken')) return { base: text.slice(0, -'.waitForTaskToken'.length), pattern: 'waitForTaskToken' };
  if (text.endsWith('.sync:2')) return { base: text.slice(0, -'.sync:2'.length), pattern: 'sync:2' };
  if (text.endsWith('.sync')) return { base: text.slice(0, -'.sync'.length), pattern: 'sync' };
  if (/\.[A-Za-z]/.test(text)) return null;
  return { base: text, pattern: 'request-response' };
}

export function parseResourceArn(arn: string): ParseResult {
  if (typeof arn !== 'string' || arn.length === 0) return { ok: false, message: 'Resource must be a non-empty ARN string' };
  const lambda = LAMBDA.exec(arn);
  if (lambda) {
    const resource: ParsedResource = { kind: 'lambda-function', region: lambda[2]!, accountId: lambda[3]!, functionName: lambda[4]! };
    if (lambda[5]) resource.qualifier = lambda[5];
    return { ok: true, resource };
  }
  if (/^arn:[^:]+:lambda:/.test(arn)) {
    return { ok: false, message: `Malformed Lambda function ARN "${arn}": expected arn:aws:lambda:<region>:<12-digit account>:function:<name>[:<version or alias>]` };
  }
  const activity = ACTIVITY.exec(arn);
  if (activity) return { ok: true, resource: { kind: 'activity', region: activity[2]!, accountId: activity[3]!, name: activity[4]! } };
  const states = STATES.exec(arn);
  if (!states) {
    return {
      ok: false,
      message: `Malformed Resource "${arn}": expected arn:aws:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken], arn:aws:states:::aws-sdk:<service>:<action>, a Lambda function ARN or an activity ARN`,
    };
  }
  const rest = states[4]!;
  const parts = rest.split(':');
  if (parts[0] === 'aws-sdk') {
    const service = parts[1];
    const actionText = parts.slice(2).join(':');
    const split = splitPattern(actionText);
    if (!service || !actionText || !split || !/^[a-z][A-Za-z0-9]*$/.test(split.base) || !/^[a-z0-9-]+$/.test(service)) {
      return {
        ok: false,
        message: `Malformed AWS SDK integration "${arn}": expected arn:aws:states:::aws-sdk:<service>:<apiAction> with a lowercase service and a camelCase action, e.g. arn:aws:states:::aws-sdk:s3:getObject`,
      };
    }
    return { ok: true, resource: { kind: 'aws-sdk', service, action: split.base, pattern: split.pattern } };
  }
  // Optimized integrations: service:action with the pattern suffix on the action (sync:2 contains a colon).
  const service = parts[0]!;
  const actionText = parts.slice(1).join(':');
  const split = splitPattern(actionText);
  if (!/^[a-z][a-z0-9-]*$/.test(service) || !actionText || !split || !/^[a-z][A-Za-z0-9]*$/.test(split.base)) {
    return { ok: false, message: `Malformed service integration "${arn}": expected arn:aws:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]` };
  }
  return { ok: true, resource: { kind: 'optimized', service, action: split.base, pattern: split.pattern } };
}

/** The pattern as AWS writes it in messages: request-response, .sync, .sync:2, .waitForTaskToken. */
export function patternName(p: IntegrationPattern): string {
  return p === 'request-response' ? 'request-response' : PATTERN_SUFFIX[p];
}
