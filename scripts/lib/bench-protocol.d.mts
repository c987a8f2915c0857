// Types for the helpers scripts/lib/bench-protocol.mjs exports (for its test).
import type { LoadSummary, RequestResult } from '../bench-progress.mjs';

export type Jar = Map<string, string>;
export declare function updateJar(jar: Jar, response: { headers: Headers }): Jar;
export declare const cookieHeader: (jar: Jar) => string;
export declare const addressFor: (index: number) => string;
export type SaturationRow = LoadSummary & { concurrency: number };
export declare function findSaturation<C>(
  clients: C[],
  options: {
    levels: number[];
    stepMs: number;
    p95LimitMs: number;
    runLoad: (clients: C[], options: { durationMs: number; thinkMs: number }) => Promise<{ results: RequestResult[]; elapsedMs: number }>;
    summarize: (load: { results: RequestResult[]; elapsedMs: number }) => LoadSummary;
  },
): Promise<{ rows: SaturationRow[]; saturatedAt: { concurrency: number; throughput: number; p95: number; lastUnder: SaturationRow | null } | null }>;
export declare function runPaced(
  clients: { write(): Promise<{ ok: boolean; status: number; message: string | null }> }[],
  options: { durationMs: number; intervalMs: number },
): Promise<{ results: RequestResult[]; elapsedMs: number }>;
type SpanSeries = { count: number; totalMs: number; samples?: number[] };
type SpanProfile = { series: Record<string, SpanSeries> };
export declare function spanBreakdown(
  before: SpanProfile | null,
  after: SpanProfile | null,
): { actions: number; rows: Record<string, { perAction: number; msPerAction: number }> } | null;
