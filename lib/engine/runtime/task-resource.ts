// Splits a Task's Resource ARN into what the Task* history events report (resourceType / resource) and the
// integration pattern: request-response, .sync (run a job), or .waitForTaskToken (callback).

export type IntegrationPattern = 'request-response' | 'sync' | 'callback';

export interface TaskResource {
  resourceType: string;
  resource: string;
  pattern: IntegrationPattern;
  isActivity: boolean;
}

export function describeResource(arn: string): TaskResource {
  const pattern: IntegrationPattern = /\.waitForTaskToken$/.test(arn) ? 'callback' : /\.sync(:\d+)?$/.test(arn) ? 'sync' : 'request-response';
  const parts = arn.split(':');
  // arn:aws:states:::lambda:invoke(.waitForTaskToken)
  if (parts[2] === 'states' && parts[5] !== undefined && parts[5] !== 'activity' && parts.length >= 7) {
    return { resourceType: parts[5], resource: parts.slice(6).join(':'), pattern, isActivity: false };
  }
  if (parts[2] === 'states' && parts[5] === 'activity') {
    return { resourceType: 'activity', resource: arn, pattern: 'callback', isActivity: true };
  }
  // A bare Lambda function ARN is the legacy form of lambda:invoke.
  if (parts[2] === 'lambda') return { resourceType: 'lambda', resource: 'invoke', pattern, isActivity: false };
  return { resourceType: parts[2] ?? 'unknown', resource: parts.slice(5).join(':') || arn, pattern, isActivity: false };
}
