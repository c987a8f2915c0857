// Runs ELK (loaded on first use: it is the heaviest part of the sandbox) on the graph model.
import type { GraphModel } from '../lib/graph-model';
import { fromElkGraph, toElkGraph, type Layout } from './elk-graph';

type Elk = { layout: (graph: ReturnType<typeof toElkGraph>) => Promise<ReturnType<typeof toElkGraph>> };
let elk: Promise<Elk> | null = null;

function loadElk(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => {
    const ELK = (m as unknown as { default: new () => Elk }).default;
    return new ELK();
  });
  return elk;
}

export async function layoutGraph(model: GraphModel): Promise<Layout> {
  const engine = await loadElk();
  const result = await engine.layout(toElkGraph(model));
  return fromElkGraph(result, model);
}
