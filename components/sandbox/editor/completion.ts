// Completion for the definition editor: state names where a state is named (Next, Default, StartAt), the
// state types after "Type", and the fields the object under the cursor accepts.
import type { CompletionContext, CompletionResult, Completion } from '@codemirror/autocomplete';
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import { fieldsForObject, STATE_REFERENCE_FIELDS, STATE_TYPES } from '../lib/asl-fields';
import { yamlContextAt, type CursorContext } from '../lib/yaml-context';

const unquote = (s: string) => (s.startsWith('"') ? s.slice(1, s.endsWith('"') && s.length > 1 ? -1 : undefined) : s);

function propertyName(state: EditorState, property: SyntaxNode): string | undefined {
  const name = property.getChild('PropertyName');
  return name ? unquote(state.sliceDoc(name.from, name.to)) : undefined;
}

/** Path of keys/indices from the root to the JSON Object node. */
function objectPath(state: EditorState, object: SyntaxNode): (string | number)[] {
  const path: (string | number)[] = [];
  let child: SyntaxNode = object;
  for (let n = object.parent; n; child = n, n = n.parent) {
    if (n.name === 'Property') {
      const name = propertyName(state, n);
      if (name !== undefined) path.unshift(name);
    } else if (n.name === 'Array') {
      let index = 0;
      for (let c = n.firstChild; c && c.from < child.from; c = c.nextSibling) if (c.name !== '[' && c.name !== ',' && c.name !== '⚠') index++;
      path.unshift(index);
    }
  }
  return path;
}

function ownType(state: EditorState, object: SyntaxNode): string | undefined {
  for (let c = object.firstChild; c; c = c.nextSibling) {
    if (c.name === 'Property' && propertyName(state, c) === 'Type') {
      const value = c.getChild('String');
      if (value) return unquote(state.sliceDoc(value.from, value.to));
    }
  }
  return undefined;
}

export function jsonContextAt(state: EditorState, pos: number): CursorContext | null {
  // syntaxTree(state) is the tree as it stood when this state was made: a new state parses only its first
  // ~3,000 characters (and ~20 ms per update), the rest in the background, so it can stop short of
  // the cursor. Finish the parse up to the cursor first and read that tree. No time limit: a limit would make
  // the answer depend on how busy the machine is; the work is bounded by the text before the cursor, and
  // lezer parses a megabyte of JSON in well under a second (a definition's quota is 1 MB).
  const tree = ensureSyntaxTree(state, pos, Infinity) ?? syntaxTree(state);
  const node = tree.resolveInner(pos, -1);
  if (node.name === 'PropertyName') {
    const object = node.parent?.parent;
    if (!object || object.name !== 'Object') return null;
    return { kind: 'key', from: node.from, to: node.to, quoted: true, objectPath: objectPath(state, object), ownType: ownType(state, object) };
  }
  if (node.name === 'String' && node.parent?.name === 'Property') {
    const key = propertyName(state, node.parent);
    if (key === undefined) return null;
    return { kind: 'value', key, from: node.from, to: node.to, quoted: true };
  }
  if (node.name === 'Object' || (node.name === '{' && node.parent?.name === 'Object')) {
    const object = node.name === 'Object' ? node : node.parent!;
    return { kind: 'key', from: pos, to: pos, quoted: false, objectPath: objectPath(state, object), ownType: ownType(state, object) };
  }
  return null;
}

export function definitionCompletions(format: () => 'json' | 'yaml', stateNames: () => string[]) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const yaml = format() === 'yaml';
    const c = yaml ? yamlContextAt(ctx.state.doc.toString(), ctx.pos) : jsonContextAt(ctx.state, ctx.pos);
    if (!c) return null;
    if (c.from === c.to && !ctx.explicit && c.kind === 'key' && !yaml) return null;
    const quote = (s: string) => (yaml ? s : JSON.stringify(s));
    let options: Completion[];
    if (c.kind === 'value') {
      if (STATE_REFERENCE_FIELDS.has(c.key)) options = stateNames().map((n) => ({ label: quote(n), type: 'variable', detail: 'state' }));
      else if (c.key === 'Type') options = STATE_TYPES.map((t) => ({ label: quote(t), type: 'type', detail: 'state type' }));
      else if (c.key === 'QueryLanguage') options = ['JSONPath', 'JSONata'].map((t) => ({ label: quote(t), type: 'enum' }));
      else return null;
    } else {
      const fields = fieldsForObject(c.objectPath, c.ownType);
      if (!fields.length) return null;
      options = fields.map((f) => ({ label: quote(f), type: 'property', ...(c.ownType ? { detail: c.ownType } : {}) }));
    }
    return { from: c.from, to: c.to, options, validFor: yaml ? /^[\w.-]*$/ : /^"?[\w.-]*"?$/ };
  };
}
