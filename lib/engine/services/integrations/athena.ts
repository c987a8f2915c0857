// Amazon Athena startQueryExecution (request-response and `.sync`) and getQueryResults. A query that
// ends FAILED fails a `.sync` Task with States.TaskFailed and the QueryExecution as the cause.

import type { JsonObject, JsonValue } from '../../types';
import { nextUuid } from '../ids';
import type { JobRun } from '../world';
import { requireString, serviceError, withMetadata, type Integration } from './common';
import { jobOutcome, startRun } from './jobs';

function describeQuery(run: JobRun, workGroup: string, output: JsonValue): JsonObject {
  const status: JsonObject = { State: run.state, SubmissionDateTime: run.startedAt, CompletionDateTime: run.completedAt };
  if (run.errorMessage !== undefined) status.StateChangeReason = run.errorMessage;
  return {
    QueryExecution: {
      Query: (run.arguments ?? '') as string,
      QueryExecutionId: run.id,
      ResultConfiguration: output as JsonObject,
      StatementType: 'DML',
      Statistics: { DataScannedInBytes: 0, EngineExecutionTimeInMillis: run.completedAt - run.startedAt },
      Status: status,
      WorkGroup: workGroup,
    },
  };
}

export const athenaStartQueryExecution: Integration = (call) => {
  const query = requireString(call, 'QueryString', 'Athena', 'AmazonAthena');
  const workGroup = typeof call.params.WorkGroup === 'string' ? call.params.WorkGroup : 'primary';
  const id = nextUuid(call.world, 'athena-query');
  const run = startRun(call, call.world.athena.runs, call.world.athena.queries, id, 'query', query);
  const output = call.params.ResultConfiguration ?? { OutputLocation: `s3://aws-athena-query-results-${call.world.accountId}-${call.world.region}/${id}.csv` };
  return jobOutcome(call, run, withMetadata(call.world, { QueryExecutionId: id }), (r) => describeQuery(r, workGroup, output));
};

export const athenaGetQueryResults: Integration = (call) => {
  const id = requireString(call, 'QueryExecutionId', 'Athena', 'AmazonAthena');
  const run = call.world.athena.runs.find((r) => r.id === id);
  if (!run) throw serviceError(call.world, 'Athena', 'AmazonAthena', 'InvalidRequestException', `QUERY_NOT_FOUND: Query id ${id} not found in the simulated world`);
  const rows = call.world.athena.queries.resultRows ?? [];
  return {
    kind: 'success',
    output: withMetadata(call.world, {
      ResultSet: {
        ResultSetMetadata: { ColumnInfo: (rows[0] ?? []).map((name) => ({ Name: name, Label: name, Type: 'varchar' })) },
        Rows: rows.map((row) => ({ Data: row.map((v) => ({ VarCharValue: v })) })),
      },
      UpdateCount: 0,
    }),
  };
};
