// The Data APIs reached through AWS SDK integrations: Redshift Data (executeStatement, describeStatement)
// and RDS Data (executeStatement). Responses are the plain API responses (PascalCase, no SDK metadata) and
// errors are `RedshiftData.<Code>` / `RdsData.<Code>`, as SDK integrations name them.

import type { JsonObject, JsonValue } from '../../types';
import { nextUuid } from '../ids';
import { requireString, serviceError, type Integration } from './common';

export const redshiftExecuteStatement: Integration = (call) => {
  const sql = requireString(call, 'Sql', 'RedshiftData', 'RedshiftData');
  const database = requireString(call, 'Database', 'RedshiftData', 'RedshiftData');
  const cluster = call.params.ClusterIdentifier;
  const workgroup = call.params.WorkgroupName;
  if (typeof cluster !== 'string' && typeof workgroup !== 'string') {
    throw serviceError(call.world, 'RedshiftData', 'RedshiftData', 'ValidationException', 'Either ClusterIdentifier or WorkgroupName is required');
  }
  const id = nextUuid(call.world, 'redshift-statement');
  const failure = call.jobFailure ?? call.world.redshiftData.failWith;
  call.world.redshiftData.statements.push({
    id,
    name: sql,
    state: failure === undefined ? 'SUCCEEDED' : 'FAILED',
    startedAt: call.invocation.now,
    completedAt: call.invocation.now + (call.durationMs ?? 2_000),
    stateName: call.invocation.stateName,
    ...(failure !== undefined ? { errorMessage: failure } : {}),
  });
  const output: JsonObject = { CreatedAt: call.invocation.now, Database: database, Id: id };
  if (typeof cluster === 'string') output.ClusterIdentifier = cluster;
  if (typeof workgroup === 'string') output.WorkgroupName = workgroup;
  if (typeof call.params.DbUser === 'string') output.DbUser = call.params.DbUser;
  return { kind: 'success', output };
};

export const redshiftDescribeStatement: Integration = (call) => {
  const id = requireString(call, 'Id', 'RedshiftData', 'RedshiftData');
  const statement = call.world.redshiftData.statements.find((s) => s.id === id);
  if (!statement) throw serviceError(call.world, 'RedshiftData', 'RedshiftData', 'ResourceNotFoundException', `Query ${id} does not exist in the simulated world`);
  const finished = call.invocation.now >= statement.completedAt;
  const output: JsonObject = {
    CreatedAt: statement.startedAt,
    Duration: finished ? (statement.completedAt - statement.startedAt) * 1_000_000 : -1,
    HasResultSet: false,
    Id: id,
    QueryString: statement.name,
    Status: !finished ? 'STARTED' : statement.state === 'SUCCEEDED' ? 'FINISHED' : 'FAILED',
    UpdatedAt: finished ? statement.completedAt : statement.startedAt,
  };
  if (finished && statement.errorMessage !== undefined) output.Error = statement.errorMessage;
  return { kind: 'success', output };
};

function field(value: JsonValue): JsonObject {
  if (value === null) return { IsNull: true };
  if (typeof value === 'string') return { StringValue: value };
  if (typeof value === 'boolean') return { BooleanValue: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { LongValue: value } : { DoubleValue: value };
  return { StringValue: JSON.stringify(value) };
}

export const rdsExecuteStatement: Integration = (call) => {
  requireString(call, 'ResourceArn', 'RdsData', 'RdsData');
  requireString(call, 'SecretArn', 'RdsData', 'RdsData');
  const sql = requireString(call, 'Sql', 'RdsData', 'RdsData');
  call.world.rdsData.statements.push({ sql, at: call.invocation.now });
  const isSelect = /^\s*select\b/i.test(sql);
  const records = isSelect ? call.world.rdsData.records.map((row) => row.map(field)) : [];
  return {
    kind: 'success',
    output: { NumberOfRecordsUpdated: isSelect ? 0 : 1, Records: records },
    durationMs: call.durationMs ?? 500,
  };
};
