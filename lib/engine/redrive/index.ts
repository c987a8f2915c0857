// Redrive's light public entry: DescribeExecution's redrive status and RedriveExecution's refusals, pure and
// small enough for a page (the sandbox greys out its Redrive button with AWS's reason). RedriveExecution
// itself runs the engine: it is exported from lib/engine, for the worker.

export { redriveRefusal, redriveStatusOf, REDRIVE_WINDOW_MS, REDRIVE_LAUNCH_MS, type RedriveErrorName, type RedriveRefusal, type RedriveStatus } from './eligibility';
