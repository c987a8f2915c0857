// Amazon Bedrock invokeModel (arn:aws:states:::bedrock:invokeModel). A scenario sets what a model answers
// under world.bedrock.models (keyed by model id, e.g. "anthropic.claude-3-haiku-20240307-v1:0"); any other
// model answers in the response shape its provider documents, marked as simulated, so ResultSelectors such
// as `$.Body.content[0].text` or `$.Body.results[0].outputText` work before a scenario says anything.

import type { JsonObject, JsonValue } from '../../types';
import { requireString, serviceError, type Integration } from './common';
import { SIMULATED } from './defaults';
import { own } from '../../own';

const DEFAULT_MS = 1000;

/** `arn:aws:bedrock:<region>::foundation-model/<id>` and inference profile ARNs name the model after the slash. */
function modelIdOf(identifier: string): string {
  return identifier.startsWith('arn:') ? identifier.slice(identifier.lastIndexOf('/') + 1) : identifier;
}

/** Text the default response carries. */
const text = (modelId: string) => `Simulated response from ${modelId}. Set world.bedrock.models["${modelId}"].response to choose what the model answers.`;

/** The response body each provider family documents for InvokeModel (the fields learners select from). */
export function defaultModelBody(modelId: string): JsonValue {
  const id = modelId.replace(/^(us|eu|apac|global)\./, '');
  const t = text(modelId);
  if (id.startsWith('anthropic.')) {
    return { id: 'msg_simulated', type: 'message', role: 'assistant', model: id, content: [{ type: 'text', text: t }], stop_reason: 'end_turn', stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } };
  }
  if (id.startsWith('amazon.titan-embed') || id.startsWith('cohere.embed')) return { embedding: [0, 0, 0], inputTextTokenCount: 0 };
  if (id.startsWith('amazon.titan')) return { inputTextTokenCount: 0, results: [{ tokenCount: 0, outputText: t, completionReason: 'FINISH' }] };
  if (id.startsWith('amazon.nova')) return { output: { message: { role: 'assistant', content: [{ text: t }] } }, stopReason: 'end_turn', usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 } };
  if (id.startsWith('cohere.command-r')) return { response_id: 'simulated', text: t, generation_id: 'simulated', finish_reason: 'COMPLETE', chat_history: [] };
  if (id.startsWith('cohere.')) return { id: 'simulated', generations: [{ id: 'simulated', text: t, finish_reason: 'COMPLETE' }], prompt: '' };
  if (id.startsWith('meta.')) return { generation: t, prompt_token_count: 0, generation_token_count: 0, stop_reason: 'stop' };
  if (id.startsWith('mistral.')) return { outputs: [{ text: t, stop_reason: 'stop' }] };
  if (id.startsWith('ai21.')) return { id: 'simulated', choices: [{ index: 0, message: { role: 'assistant', content: t }, finish_reason: 'stop' }] };
  if (id.startsWith('stability.')) return { seeds: [0], finish_reasons: [null], images: [] };
  return { completion: t };
}

export const bedrockInvokeModel: Integration = (call) => {
  const identifier = requireString(call, 'ModelId', 'Bedrock', 'AmazonBedrockRuntime');
  const { world, params, invocation } = call;
  if (params.Body !== undefined && params.Input !== undefined) {
    throw serviceError(world, 'Bedrock', 'AmazonBedrockRuntime', 'ValidationException', 'Specify either Body or Input, not both');
  }
  if (params.Body === undefined && params.Input === undefined) {
    throw serviceError(world, 'Bedrock', 'AmazonBedrockRuntime', 'ValidationException', 'The request needs a Body (or an Input with an S3Uri)');
  }
  const modelId = modelIdOf(identifier);
  const model = own(world.bedrock.models, modelId) ?? own(world.bedrock.models, identifier);
  world.bedrock.invocations.push({ modelId, body: (params.Body ?? params.Input) as JsonValue, at: invocation.now, stateName: invocation.stateName });
  const durationMs = call.durationMs ?? model?.durationMs ?? DEFAULT_MS;
  if (model?.error) {
    const e = serviceError(world, 'Bedrock', 'AmazonBedrockRuntime', model.error.code, model.error.message ?? model.error.code);
    return { kind: 'failure', error: e.error, cause: e.causeText, durationMs };
  }
  const contentType = typeof params.Accept === 'string' ? params.Accept : 'application/json';
  const output: JsonObject =
    model?.response !== undefined
      ? { Body: model.response, ContentType: contentType }
      : { Body: defaultModelBody(modelId), ContentType: contentType, ...SIMULATED };
  return { kind: 'success', output, durationMs };
};
