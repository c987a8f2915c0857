// Amazon API Gateway invoke (arn:aws:states:::apigateway:invoke, and .waitForTaskToken). A scenario sets the
// answer of a route under world.apigateway.routes, keyed "GET /pets" or "/pets"; a route it does not set
// answers 200 with an empty body, marked as simulated. As AWS reports it, a non-2xx answer fails the Task
// with ApiGateway.<status> and the response body as the cause. Every request is kept in
// world.apigateway.requests for graders.

import type { JsonObject, JsonValue } from '../../types';
import { asText, requireString, type Integration } from './common';
import { SIMULATED } from './defaults';
import { own } from '../../own';

const DEFAULT_MS = 100;
const STATUS_TEXT: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

export const apiGatewayInvoke: Integration = (call) => {
  const { world, params, invocation } = call;
  const endpoint = requireString(call, 'ApiEndpoint', 'ApiGateway', 'AmazonApiGateway');
  const method = requireString(call, 'Method', 'ApiGateway', 'AmazonApiGateway').toUpperCase();
  const stage = typeof params.Stage === 'string' && params.Stage !== '' ? `/${params.Stage}` : '';
  const path = typeof params.Path === 'string' && params.Path !== '' ? (params.Path.startsWith('/') ? params.Path : `/${params.Path}`) : '/';
  const request: (typeof world.apigateway.requests)[number] = { method, path, endpoint, at: invocation.now, stateName: invocation.stateName };
  if (params.RequestBody !== undefined) request.body = params.RequestBody as JsonValue;
  world.apigateway.requests.push(request);
  const routes = world.apigateway.routes;
  const route = own(routes, `${method} ${stage}${path}`) ?? own(routes, `${method} ${path}`) ?? own(routes, `${stage}${path}`) ?? own(routes, path);
  const durationMs = call.durationMs ?? route?.durationMs ?? DEFAULT_MS;
  const status = route?.statusCode ?? 200;
  const body: JsonValue = route?.body ?? {};
  if (status < 200 || status > 299) {
    return { kind: 'failure', error: `ApiGateway.${status}`, cause: asText(body), durationMs };
  }
  const output: JsonObject = {
    Headers: route?.headers ?? { 'Content-Type': ['application/json'] },
    ResponseBody: body,
    StatusCode: status,
    StatusText: own(STATUS_TEXT, String(status)) ?? 'OK',
  };
  return { kind: 'success', output: route ? output : { ...output, ...SIMULATED }, durationMs };
};
