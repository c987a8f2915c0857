// Turns a (possibly half-written) state machine definition into the boxes and arrows the graph draws.
// Pure: no React, no layout. Ids are stable across edits so the selection and outcome colours survive typing.

export type PathKey = string | number;

export type GraphNodeKind = 'start' | 'end' | 'state' | 'parallel' | 'map' | 'branch';

export interface GraphNode {
  /** Stable id: state names joined with '/', Parallel branches add their index ("Par/1/B"). */
  id: string;
  kind: GraphNodeKind;
  label: string;
  stateName?: string;
  stateType?: string;
  /** Path of the state in the definition, for sourceMap.rangeOf. */
  defPath: PathKey[];
  children?: GraphNode[];
}

export type GraphEdgeKind = 'next' | 'choice' | 'default' | 'catch' | 'start' | 'end';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  label?: string;
  /** Id of the box the edge lives in ('' for the top level). */
  scope: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Every state node by id, nested ones included. */
  byId: Map<string, GraphNode>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const START_ID = '@start';
export const END_ID = '@end';

/** Short readable text for a Choice rule, e.g. "$.n > 3" or "{% $x = 1 %}". */
export function describeChoiceRule(rule: unknown): string {
  if (!isObj(rule)) return '?';
  if (typeof rule.Condition === 'string' || typeof rule.Condition === 'boolean') return String(rule.Condition);
  if (Array.isArray(rule.And)) return rule.And.map((r) => `(${describeChoiceRule(r)})`).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map((r) => `(${describeChoiceRule(r)})`).join(' or ');
  if (rule.Not !== undefined) return `not (${describeChoiceRule(rule.Not)})`;
  const variable = typeof rule.Variable === 'string' ? rule.Variable : '?';
  const ops: Record<string, string> = {
    Equals: '==',
    LessThan: '<',
    GreaterThan: '>',
    LessThanEquals: '<=',
    GreaterThanEquals: '>=',
    Matches: 'matches',
  };
  for (const [key, value] of Object.entries(rule)) {
    if (key === 'Variable' || key === 'Next' || key === 'Assign' || key === 'Output' || key === 'Comment') continue;
    if (key.startsWith('Is')) return `${variable} ${key} ${JSON.stringify(value)}`;
    const m = /^(String|Numeric|Boolean|Timestamp)?(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals|Matches)(Path)?$/.exec(key);
    if (m) {
      const op = ops[m[2]!] ?? key;
      const rhs = m[3] ? String(value) : JSON.stringify(value);
      return `${variable} ${op} ${rhs}`;
    }
    return `${variable} ${key} ${JSON.stringify(value)}`;
  }
  return variable;
}

function truncate(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface Scope {
  StartAt?: unknown;
  States?: unknown;
}

interface BuildContext {
  edges: GraphEdge[];
  byId: Map<string, GraphNode>;
}

/** Builds the nodes of one scope (top level, a Parallel branch or a Map's processor) and its edges. */
function buildScope(scope: Scope, defPath: PathKey[], idPrefix: string, scopeId: string, ctx: BuildContext): GraphNode[] {
  const states = isObj(scope.States) ? scope.States : {};
  const nodes: GraphNode[] = [];
  const idOf = (name: string) => (idPrefix ? `${idPrefix}/${name}` : name);
  const names = new Set(Object.keys(states));
  const topLevel = scopeId === '';
  let edgeCount = 0;
  const addEdge = (source: string, targetName: unknown, kind: GraphEdgeKind, label?: string) => {
    if (typeof targetName !== 'string' || !names.has(targetName)) return;
    const edge: GraphEdge = { id: `${source}->${idOf(targetName)}#${edgeCount++}`, source, target: idOf(targetName), kind, scope: scopeId };
    if (label !== undefined) edge.label = truncate(label);
    ctx.edges.push(edge);
  };

  for (const [name, raw] of Object.entries(states)) {
    const state = isObj(raw) ? raw : {};
    const type = typeof state.Type === 'string' ? state.Type : '?';
    const id = idOf(name);
    const path = [...defPath, 'States', name];
    let node: GraphNode;
    if (type === 'Parallel') {
      const branches = Array.isArray(state.Branches) ? state.Branches : [];
      node = { id, kind: 'parallel', label: name, stateName: name, stateType: type, defPath: path, children: [] };
      branches.forEach((branch, i) => {
        const branchId = `${id}/${i}`;
        const branchNode: GraphNode = {
          id: branchId,
          kind: 'branch',
          label: `Branch ${i + 1}`,
          defPath: [...path, 'Branches', i],
          children: buildScope(isObj(branch) ? branch : {}, [...path, 'Branches', i], branchId, branchId, ctx),
        };
        node.children!.push(branchNode);
      });
    } else if (type === 'Map') {
      const key = isObj(state.ItemProcessor) ? 'ItemProcessor' : isObj(state.Iterator) ? 'Iterator' : undefined;
      const processor = key ? (state[key] as Scope) : {};
      node = {
        id,
        kind: 'map',
        label: name,
        stateName: name,
        stateType: type,
        defPath: path,
        children: buildScope(processor, key ? [...path, key] : path, id, id, ctx),
      };
    } else {
      node = { id, kind: 'state', label: name, stateName: name, stateType: type, defPath: path };
    }
    nodes.push(node);
    ctx.byId.set(id, node);

    if (type === 'Choice') {
      const choices = Array.isArray(state.Choices) ? state.Choices : [];
      choices.forEach((rule) => addEdge(id, isObj(rule) ? rule.Next : undefined, 'choice', describeChoiceRule(rule)));
      if (state.Default !== undefined) addEdge(id, state.Default, 'default', 'Default');
    } else {
      addEdge(id, state.Next, 'next');
    }
    if (Array.isArray(state.Catch)) {
      for (const catcher of state.Catch) {
        if (!isObj(catcher)) continue;
        const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.join(', ') : 'catch';
        addEdge(id, catcher.Next, 'catch', errors);
      }
    }
    const terminal = state.End === true || type === 'Succeed' || type === 'Fail';
    if (topLevel && terminal) {
      ctx.edges.push({ id: `${id}->${END_ID}`, source: id, target: END_ID, kind: 'end', scope: '' });
    }
  }
  if (topLevel && typeof scope.StartAt === 'string' && names.has(scope.StartAt)) {
    ctx.edges.unshift({ id: `${START_ID}->${idOf(scope.StartAt)}`, source: START_ID, target: idOf(scope.StartAt), kind: 'start', scope: '' });
  }
  return nodes;
}

/** The graph of a definition object; anything malformed is drawn as far as it makes sense. */
export function buildGraphModel(definition: unknown): GraphModel {
  const ctx: BuildContext = { edges: [], byId: new Map() };
  const scope = isObj(definition) ? (definition as Scope) : {};
  const states = buildScope(scope, [], '', '', ctx);
  const start: GraphNode = { id: START_ID, kind: 'start', label: 'Start', defPath: ['StartAt'] };
  const end: GraphNode = { id: END_ID, kind: 'end', label: 'End', defPath: [] };
  return { nodes: [start, ...states, end], edges: ctx.edges, byId: ctx.byId };
}

/** All state names anywhere in the definition (for completion of Next/Default/StartAt). */
export function collectStateNames(definition: unknown): string[] {
  const names: string[] = [];
  const walk = (scope: unknown) => {
    if (!isObj(scope) || !isObj(scope.States)) return;
    for (const [name, state] of Object.entries(scope.States)) {
      names.push(name);
      if (!isObj(state)) continue;
      if (Array.isArray(state.Branches)) state.Branches.forEach(walk);
      walk(state.ItemProcessor);
      walk(state.Iterator);
    }
  };
  walk(definition);
  return names;
}

/**
 * The graph node that owns a definition path (the deepest state containing it), e.g. the cursor in
 * States.Par.Branches.0.States.B.Next belongs to "Par/0/B".
 */
export function nodeIdForDefPath(path: readonly PathKey[]): string | undefined {
  let id: string | undefined;
  let prefix = '';
  for (let i = 0; i < path.length; i++) {
    if (path[i] === 'States' && typeof path[i + 1] === 'string') {
      const name = path[i + 1] as string;
      id = prefix ? `${prefix}/${name}` : name;
      i++;
      // Descend: a Parallel branch adds its index, a Map's processor adds nothing.
      if (path[i + 1] === 'Branches' && typeof path[i + 2] === 'number') {
        prefix = `${id}/${path[i + 2]}`;
        i += 2;
      } else if (path[i + 1] === 'ItemProcessor' || path[i + 1] === 'Iterator') {
        prefix = id;
        i += 1;
      } else {
        prefix = id;
      }
    }
  }
  return id;
}

/**
 * The graph node of a StateTrace path: ['Map1', 3, 'Inner'] -> "Map1/Inner" (Map iterations fold into one
 * node), ['Par', 1, 'B'] -> "Par/1/B" (Parallel branches are separate boxes).
 */
export function nodeIdForTracePath(path: readonly PathKey[], byId: Map<string, GraphNode>): string {
  let id = '';
  for (const key of path) {
    if (typeof key === 'string') id = id ? `${id}/${key}` : key;
    else if (byId.get(id)?.stateType === 'Parallel') id = `${id}/${key}`;
  }
  return id;
}

/** The text alternative of the graph: one line per state with where it can go next. */
export function describeGraph(model: GraphModel): { id: string; depth: number; text: string }[] {
  const lines: { id: string; depth: number; text: string }[] = [];
  const outgoing = new Map<string, GraphEdge[]>();
  for (const e of model.edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
  const nameOf = (id: string) => (id === END_ID ? 'End' : (model.byId.get(id)?.label ?? id));
  const walk = (nodes: GraphNode[], depth: number) => {
    for (const n of nodes) {
      const out = (outgoing.get(n.id) ?? []).map((e) => {
        const target = nameOf(e.target);
        if (e.kind === 'choice') return `if ${e.label} go to ${target}`;
        if (e.kind === 'default') return `otherwise go to ${target}`;
        if (e.kind === 'catch') return `on error ${e.label} go to ${target}`;
        if (e.kind === 'end') return 'ends the execution';
        return `then ${target}`;
      });
      let text: string;
      if (n.kind === 'start') text = `Start at ${out.length ? nameOf(outgoing.get(n.id)![0]!.target) : '(no StartAt)'}`;
      else if (n.kind === 'end') continue;
      else if (n.kind === 'branch') text = n.label;
      else text = `${n.label} (${n.stateType})${out.length ? `: ${out.join('; ')}` : ''}`;
      lines.push({ id: n.id, depth, text });
      if (n.children) walk(n.children, depth + 1);
    }
  };
  walk(model.nodes, 0);
  return lines;
}
