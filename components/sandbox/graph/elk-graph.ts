// GraphModel -> ELK's input graph and ELK's answer -> absolute boxes and polylines for the SVG.
// Pure (no ELK import here) so it can be unit-tested; layout.ts runs ELK itself.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { GraphEdgeKind, GraphModel, GraphNode, GraphNodeKind } from '../lib/graph-model';

export interface Box {
  id: string;
  kind: GraphNodeKind;
  label: string;
  stateType?: string;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

export interface Line {
  id: string;
  kind: GraphEdgeKind;
  source: string;
  target: string;
  points: { x: number; y: number }[];
  label?: { text: string; x: number; y: number; width: number; height: number };
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  lines: Line[];
}

const CHAR = 7.2;
const LABEL_CHAR = 6.4;
const FORK = '@fork';

const common = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

function size(node: GraphNode): { width: number; height: number } {
  if (node.kind === 'start' || node.kind === 'end') return { width: 72, height: 30 };
  const text = Math.max(node.label.length * CHAR, (node.stateType?.length ?? 0) * CHAR);
  return { width: Math.max(132, Math.round(text + 36)), height: 52 };
}

function toElkNode(node: GraphNode, model: GraphModel): ElkNode {
  if (!node.children) return { id: node.id, ...size(node) };
  const header = node.kind === 'branch' ? 24 : 40;
  const elk: ElkNode = {
    id: node.id,
    layoutOptions: { ...common, 'elk.padding': `[top=${header},left=14,bottom=14,right=14]` },
    children: node.children.map((c) => toElkNode(c, model)),
    edges: edgesIn(node.id, model),
  };
  if (node.kind === 'parallel') {
    // An invisible fork above the branches puts them side by side in one layer, as the console draws them.
    elk.children!.unshift({ id: `${node.id}/${FORK}`, width: 1, height: 1 });
    elk.edges = node.children.map((b) => ({ id: `${node.id}/${FORK}->${b.id}`, sources: [`${node.id}/${FORK}`], targets: [b.id] }));
  }
  if (!node.children.length) {
    elk.width = Math.max(160, node.label.length * CHAR + 40);
    elk.height = header + 24;
  }
  return elk;
}

function edgesIn(scope: string, model: GraphModel): ElkExtendedEdge[] {
  return model.edges
    .filter((e) => e.scope === scope)
    .map((e) => {
      const edge: ElkExtendedEdge = { id: e.id, sources: [e.source], targets: [e.target] };
      if (e.label && e.kind !== 'default') edge.labels = [{ text: e.label, width: Math.ceil(e.label.length * LABEL_CHAR) + 8, height: 18 }];
      else if (e.kind === 'default') edge.labels = [{ text: 'Default', width: 56, height: 18 }];
      return edge;
    });
}

export function toElkGraph(model: GraphModel): ElkNode {
  return {
    id: '@root',
    layoutOptions: { ...common, 'elk.padding': '[top=12,left=12,bottom=12,right=12]' },
    children: model.nodes.map((n) => toElkNode(n, model)),
    edges: edgesIn('', model),
  };
}

/** Flattens ELK's nested, parent-relative coordinates into absolute ones. */
export function fromElkGraph(root: ElkNode, model: GraphModel): Layout {
  const boxes: Box[] = [];
  const lines: Line[] = [];
  const edgeInfo = new Map(model.edges.map((e) => [e.id, e]));
  const nodeInfo = new Map<string, GraphNode>();
  const index = (nodes: GraphNode[]) => nodes.forEach((n) => (nodeInfo.set(n.id, n), n.children && index(n.children)));
  index(model.nodes);

  const walk = (node: ElkNode, ox: number, oy: number, depth: number) => {
    for (const e of node.edges ?? []) {
      const info = edgeInfo.get(e.id);
      const section = e.sections?.[0];
      if (!info || !section) continue;
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x + ox, y: p.y + oy }));
      const line: Line = { id: e.id, kind: info.kind, source: info.source, target: info.target, points };
      const l = e.labels?.[0];
      if (l?.text !== undefined && l.x !== undefined && l.y !== undefined) {
        line.label = { text: l.text, x: l.x + ox, y: l.y + oy, width: l.width ?? 0, height: l.height ?? 0 };
      }
      lines.push(line);
    }
    for (const c of node.children ?? []) {
      const info = nodeInfo.get(c.id);
      const x = (c.x ?? 0) + ox;
      const y = (c.y ?? 0) + oy;
      if (info) {
        const box: Box = { id: c.id, kind: info.kind, label: info.label, x, y, width: c.width ?? 0, height: c.height ?? 0, depth };
        if (info.stateType !== undefined) box.stateType = info.stateType;
        boxes.push(box);
      }
      walk(c, x, y, depth + 1);
    }
  };
  walk(root, 0, 0, 0);
  return { width: Math.ceil(root.width ?? 0), height: Math.ceil(root.height ?? 0), boxes, lines };
}
