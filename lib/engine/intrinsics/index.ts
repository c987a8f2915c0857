export type { IntrinsicArg, IntrinsicCall } from './ast';
export { parseIntrinsic, isIntrinsicExpression, type ParseIntrinsicResult } from './parse';
export { evaluateIntrinsic, validateIntrinsic } from './evaluate';
export { INTRINSIC_FUNCTIONS } from './registry';
export type { IntrinsicFunction } from './function';
export { formatArgument } from './functions/format';
