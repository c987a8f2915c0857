// Types for the helpers bench-progress.mjs exports (for its test, and for benchmarks that extend it).
export type BenchOptions = {
  clients: number;
  duration: number;
  think: number;
  warmup: number;
  port: number;
  profile: boolean;
  cpuProf: boolean;
  json: string | null;
  guest: boolean;
  interval: number;
  steady: number;
  step: number;
  phases: string[];
  sessionCache: number | null;
  via: 'route' | 'action';
  refresh: boolean;
};
export type WriteOutcome = { ok: boolean; status: number; message: string | null };
export type RequestResult = WriteOutcome & { ms: number };
export type BenchClient = { write(): Promise<WriteOutcome> };
export type LoadSummary = {
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  errors: number;
  errorKinds: Record<string, number>;
};
type Series = { count: number; totalMs: number; samples: number[] };
type SeriesStats = { count: number; totalMs: number; mean: number; p50: number; p95: number };
export type Breakdown = {
  actions: number;
  queriesPerAction: number;
  meanMs: { request: number; outsideAction: number; actionOwn: number; prisma: number; waitingForPglite: number; pglite: number };
  action: SeriesStats;
  db: SeriesStats | null;
  adapter: SeriesStats | null;
  pgliteCall: SeriesStats | null;
};
type CpuProfile = {
  nodes: { id: number; callFrame: { url?: string; functionName?: string }; children?: number[] }[];
  startTime?: number;
  samples: number[];
  timeDeltas: number[];
};

export declare function parseArgs(argv: string[]): BenchOptions;
export declare function actionId(exportedName: string): string;
export declare function makeClient(baseUrl: string, index: number, context: { action: string; slug: string }): BenchClient;
export declare function percentile(sorted: number[], p: number): number;
export declare function runLoad(
  clients: BenchClient[],
  options: { durationMs: number; thinkMs?: number },
): Promise<{ results: RequestResult[]; elapsedMs: number }>;
export declare function summarize(load: { results: RequestResult[]; elapsedMs: number }): LoadSummary;
export declare function breakdown(profile: { series: Record<string, Series> }, load: { mean: number }): Breakdown | null;
export declare function cpuByPackage(
  profile: CpuProfile,
  window?: { startUs: number; endUs: number } | null,
): { name: string; ms: number; share: number }[];
export declare function monotonicUs(): number;
export declare function processCpuMs(pid: number | undefined): number | null;
