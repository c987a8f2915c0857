// Splits a Task's Resource ARN into what the Task* history events report (resourceType / resource) and the
// integration pattern: request-response, .sync (run a job), or .waitForTaskToken (callback). AWS SDK
// integrations report "aws-sdk:<service>" as the type and the action as the resource.

import { parseResourceArn, PATTERN_SUFFIX } from '../resources';

export type IntegrationPattern = 'request-response' | 'sync' | 'callback';

export interface TaskResource {
  resourceType: string;
  resource: string;
  pattern: IntegrationPattern;
  isActivity: boolean;
}

export function describeResource(arn: string): TaskResource {
  const pattern: IntegrationPattern = /\.waitForTaskToken$/.test(arn) ? 'callback' : /\.sync(:\d+)?$/.test(arn) ? 'sync' : 'request-response';
  const parsed = parseResourceArn(arn);
  if (parsed.ok) {
    const r = parsed.resource;
    switch (r.kind) {
      case 'activity':
        return { resourceType: 'activity', resource: arn, pattern: 'callback', isActivity: true };
      // A bare Lambda function ARN is the legacy form of lambda:invoke.
      case 'lambda-function':
        return { resourceType: 'lambda', resource: 'invoke', pattern, isActivity: false };
      case 'aws-sdk':
        return { resourceType: `aws-sdk:${r.service}`, resource: r.action + PATTERN_SUFFIX[r.pattern], pattern, isActivity: false };
      case 'optimized':
        return { resourceType: r.service, resource: r.action + PATTERN_SUFFIX[r.pattern], pattern, isActivity: false };
    }
  }
  // An unvalidated definition: report what the text says.
  const parts = arn.split(':');
  return { resourceType: parts[2] ?? 'unknown', resource: parts.slice(5).join(':') || arn, pattern, isActivity: false };
}
