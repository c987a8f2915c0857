// Redrive, as a light public entry: RedriveExecution and DescribeExecution's redrive status.

export { redriveExecution, type RedriveOptions, type RedriveOutcome } from './redrive-execution';
export { redriveRefusal, redriveStatusOf, REDRIVE_WINDOW_MS, REDRIVE_LAUNCH_MS, type RedriveErrorName, type RedriveRefusal, type RedriveStatus } from './eligibility';
