// A small subset of DynamoDB's expression languages, enough for course scenarios (see the three modules).
// Names may be aliases (#n) resolved through ExpressionAttributeNames; values are :v placeholders.

export { DynamoError, getPath, type ExpressionContext, type Path } from './dynamodb-syntax';
export { parseCondition, evaluateCondition, type Condition } from './dynamodb-conditions';
export { parseUpdate, applyUpdate } from './dynamodb-updates';
