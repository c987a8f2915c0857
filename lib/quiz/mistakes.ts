// The classic mistakes in Step Functions cost arithmetic. A generator's wrong options are its own arithmetic
// run with one of these mistakes, so a learner who picks one is told which slip it was.

export const MISTAKES = {
  'retries-forgotten': {
    label: 'Retries forgotten',
    explanation: 'Each retry attempt is billed as another state transition, so retries add to the count.',
  },
  'free-tier-forgotten': {
    label: 'Free tier forgotten',
    explanation: 'The first 4,000 Standard state transitions of every month are free, for every account, with no expiry.',
  },
  'free-tier-as-runs': {
    label: 'Free tier counted in runs',
    explanation: 'The Standard free tier is 4,000 state transitions a month, not 4,000 executions.',
  },
  'execution-start-counted': {
    label: 'Execution start counted',
    explanation: 'Starting an execution is not a state transition: only entering a state (and each retry) is.',
  },
  'duration-not-rounded': {
    label: 'Duration not rounded up',
    explanation: 'Express bills duration rounded up to the next 100 ms, so a 1,230 ms run is billed as 1,300 ms.',
  },
  'duration-rounded-per-state': {
    label: 'Each state rounded separately',
    explanation: 'Express rounds the duration of the whole execution up to 100 ms once, not the time of each state.',
  },
  'duration-rounded-to-second': {
    label: 'Rounded to whole seconds',
    explanation: 'Express rounds duration up to the next 100 ms, not to the next second.',
  },
  'duration-rounded-nearest': {
    label: 'Duration rounded to the nearest 100 ms',
    explanation: 'Express duration is always rounded up to the next 100 ms, never down.',
  },
  'memory-not-rounded': {
    label: 'Memory not rounded to 64 MB',
    explanation: 'Express memory is billed in 64 MB chunks: an estimate of 70 MB is billed as 128 MB.',
  },
  'map-steps-forgotten': {
    label: 'Map steps left out of memory',
    explanation: 'The Express memory estimate multiplies the execution data size by the number of Map and Parallel steps.',
  },
  'requests-forgotten': {
    label: 'Request charge forgotten',
    explanation: 'Every Express execution (each Express child of a Distributed Map included) is a request, billed per million.',
  },
  'gb-as-1000-mb': {
    label: '1 GB taken as 1,000 MB',
    explanation: 'GB-seconds divide MB × seconds by 1,024, as AWS’s own worked examples do.',
  },
  'tiers-ignored': {
    label: 'Duration tiers ignored',
    explanation: 'Express duration gets cheaper past 1,000 and 5,000 GB-hours a month; each GB-second is billed at its tier’s rate.',
  },
  'map-inner-states-not-counted': {
    label: 'Map inner states not counted',
    explanation: 'Every state inside every inline Map iteration is a transition of the parent workflow, not one per iteration.',
  },
  'map-state-not-counted': {
    label: 'The Map or Parallel state itself not counted',
    explanation: 'Entering the Map (or Parallel) state is a transition of its own, besides the states inside it.',
  },
  'parent-states-not-counted': {
    label: 'Parent states left out',
    explanation: 'The states outside the Map still run once per execution and are transitions too.',
  },
  'parallel-branches-not-counted': {
    label: 'Branch states not counted',
    explanation: 'Every state in every Parallel branch is a transition, as if the branches ran one after another.',
  },
  'one-branch-counted': {
    label: 'Only one branch counted',
    explanation: 'Parallel branches run side by side in time, but each branch’s states are all billed.',
  },
  'choice-not-counted': {
    label: 'Choice state not counted',
    explanation: 'A Choice state does no work, but entering it is still a state transition on every pass of the loop.',
  },
  'loop-counted-once': {
    label: 'Loop counted once',
    explanation: 'A loop built from a Choice state runs its states again on every pass; each pass is billed.',
  },
  'remedy-confused': {
    label: 'Other design’s price',
    explanation: 'That figure is the price of the other design in the question, not of the one asked about.',
  },
  'express-transitions-billed': {
    label: 'Express states billed as transitions',
    explanation: 'Express executions (Express children included) are billed per request and duration; their transitions cost nothing.',
  },
  'children-not-counted': {
    label: 'Child executions left out',
    explanation: 'Distributed Map children are executions of their own, billed by their own type, on top of the parent.',
  },
  'batches-rounded-down': {
    label: 'Batches rounded down',
    explanation: 'A last, partly filled batch is still a child execution: the count is rounded up.',
  },
  'batcher-ignored': {
    label: 'ItemBatcher ignored',
    explanation: 'With ItemBatcher each child execution takes a batch of items, so there are far fewer children than items.',
  },
  'lambda-free-tier-forgotten': {
    label: 'Lambda free tier forgotten',
    explanation: 'Lambda includes 1 million requests and 400,000 GB-seconds a month for free.',
  },
  'sqs-batching-ignored': {
    label: 'SQS batching ignored',
    explanation: 'Lambda reads SQS messages in batches: one invocation handles a whole batch, not one message.',
  },
  'per-run-not-monthly': {
    label: 'One run instead of a month',
    explanation: 'The question asks for a month: multiply by the runs a month before applying the free tier.',
  },
  'rounded-up-not-down': {
    label: 'Rounded up instead of down',
    explanation: 'A limit caps what fits: only whole runs (or items) that fit entirely count, so round down.',
  },
  'transitions-as-events': {
    label: 'Transitions counted instead of events',
    explanation: 'The 25,000 limit counts history events: most states write two (entered and exited) and Map iterations add their own.',
  },
  'iteration-events-forgotten': {
    label: 'Map iteration events forgotten',
    explanation: 'Each inline Map iteration also writes MapIterationStarted and MapIterationSucceeded events.',
  },
  'wrong-time-limit': {
    label: 'Wrong time limit',
    explanation: 'An Express execution may run for at most 5 minutes; 15 minutes is Lambda’s limit and 1 year is Standard’s.',
  },
  'standard-price-for-express': {
    label: 'Standard pricing used for Express',
    explanation: 'Express workflows are billed per request and GB-second of duration, not per transition.',
  },
  'cheaper-design-confused': {
    label: 'Wrong design chosen',
    explanation: 'Price each design with the same arithmetic before choosing: the one that looks leaner is not always cheaper.',
  },
} as const satisfies Record<string, { label: string; explanation: string }>;

export type MistakeId = keyof typeof MISTAKES;

export function describeMistake(id: MistakeId): { id: MistakeId; label: string; explanation: string } {
  return { id, ...MISTAKES[id] };
}
