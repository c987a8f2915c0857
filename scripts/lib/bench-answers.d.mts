// Types for the helpers scripts/lib/bench-answers.mjs exports (for its test).
import type { Jar } from './bench-protocol.mjs';

export type BenchItem = { itemId: string; keys: string[] };
export type AnswerInput = {
  requestId: string;
  itemId: string;
  seed: number;
  answer: { kind: 'choice'; keys: string[] };
  timeTakenMs: number;
  mode: 'practice';
  sessionId: string;
};
export type AnswerOutcome = { ok: boolean; attemptId: string | null; repeated: boolean; status: number; rendered: boolean; message: string | null };
export type Acknowledged = { requestId: string; attemptId: string };
export type AttemptClient = {
  acknowledged: Acknowledged[];
  refreshes: { ms: number; ok: boolean; status: number; message: string | null }[];
  readonly unacknowledged: AnswerInput | null;
  readonly lastAcknowledged: { input: AnswerInput; attemptId: string } | null;
  write(): Promise<AnswerOutcome>;
  resend(input: AnswerInput): Promise<AnswerOutcome>;
};
export type RepeatKind = 'repeated' | 'unmarked' | 'newRow' | 'failed';
export type RepeatTally = { sent: number; repeated: number; unmarked: number; newRow: number; failed: number; ok: boolean };
export type RecordedCheck = { acknowledged: number; exactlyOnce: number; missing: string[]; duplicated: string[]; mismatched: string[]; ok: boolean };

export declare function answerInput(options: { item: BenchItem; n: number; requestId: string; sessionId: string }): AnswerInput;
export declare function readAnswer(status: number, state: unknown, via: 'route' | 'action'): { ok: boolean; attemptId: string | null; repeated: boolean };
export declare function makeAttemptClient(
  baseUrls: string[],
  options: {
    via?: 'route' | 'action';
    action?: string | null;
    jar: Jar;
    address: string;
    item: BenchItem;
    index: number;
    refresh?: boolean;
    fetchImpl?: (url: string, init: RequestInit) => Promise<Response>;
    newId?: () => string;
  },
): AttemptClient;
export declare function classifyRepeat(originalAttemptId: string, outcome: { ok: boolean; attemptId: string | null; repeated: boolean }): RepeatKind;
export declare function tallyRepeats(kinds: RepeatKind[]): RepeatTally;
export declare function resendAcknowledged(clients: AttemptClient[], copies?: number): Promise<RepeatTally>;
export declare function compareRecorded(acknowledged: Acknowledged[], rows: { requestId: string; id: string }[]): RecordedCheck;
export declare function checkRecorded(databaseUrl: string, acknowledged: Acknowledged[]): Promise<RecordedCheck & { tableRows: number; distinctRequests: number }>;
export declare function describeRecorded(check: RecordedCheck & { tableRows: number; distinctRequests: number }): string;
