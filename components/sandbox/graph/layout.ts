// Lays out a graph model with ELK, which runs in a Web Worker (layout.worker.ts) started on first use and
// shared by every graph on the page. Only elk-api (a few kB) loads on the page itself.
import ElkApi, { type ELK } from 'elkjs/lib/elk-api.js';
import type { GraphModel } from '../lib/graph-model';
import { fromElkGraph, toElkGraph, type Layout } from './elk-graph';

/** A layout that takes longer than this is reported as failed rather than left spinning. */
const LAYOUT_TIMEOUT_MS = 30_000;

let elk: ELK | null = null;

function engine(): ELK {
  elk ??= new ElkApi({
    workerFactory: () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'graph-layout' }),
  });
  return elk;
}

export async function layoutGraph(model: GraphModel): Promise<Layout> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the layout took too long')), LAYOUT_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([engine().layout(toElkGraph(model)), timeout]);
    return fromElkGraph(result, model);
  } finally {
    clearTimeout(timer);
  }
}
