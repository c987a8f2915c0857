// Where the cursor is in a YAML definition, judged from indentation (the text is often mid-edit and does not
// parse). Good enough for completion: which object's keys, or which key's value.

export type CursorContext =
  | { kind: 'key'; from: number; to: number; quoted: boolean; objectPath: (string | number)[]; ownType: string | undefined }
  | { kind: 'value'; key: string; from: number; to: number; quoted: boolean };

interface Line {
  keyCol: number;
  dash: boolean;
  key?: string;
  value?: string;
}

function readLine(text: string): Line | null {
  if (!text.trim() || text.trim().startsWith('#')) return null;
  const m = /^(\s*)(-\s+)?(?:([\w.-]+)\s*:(?:\s+(.*))?)?/.exec(text)!;
  const line: Line = { keyCol: m[1]!.length + (m[2]?.length ?? 0), dash: Boolean(m[2]) };
  if (m[3] !== undefined) line.key = m[3];
  if (m[4] !== undefined) line.value = m[4].trim();
  return line;
}

const typeIn = (l: Line) => (l.key === 'Type' && l.value ? l.value.replace(/^["']|["']$/g, '') : undefined);

export function yamlContextAt(text: string, pos: number): CursorContext | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const nextBreak = text.indexOf('\n', pos);
  const before = text.slice(lineStart, pos);

  const value = /^\s*(?:-\s+)?([\w.-]+):\s*(["']?)([\w.-]*)$/.exec(before);
  if (value) {
    const word = value[3]!;
    return { kind: 'value', key: value[1]!, from: pos - word.length, to: pos, quoted: value[2] !== '' };
  }
  const key = /^(\s*)(-\s+)?([\w.-]*)$/.exec(before);
  if (!key) return null;
  const indent = key[1]!.length + (key[2]?.length ?? 0);
  const word = key[3]!;

  const above = text.slice(0, lineStart).split('\n').slice(0, -1).map(readLine);
  const below = nextBreak < 0 ? [] : text.slice(nextBreak + 1).split('\n').map(readLine);

  // The object's own Type: a sibling key at the same column, above (up to the object's "- " start) or below.
  let ownType: string | undefined;
  let startsHere = Boolean(key[2]);
  for (let i = above.length - 1; i >= 0 && !startsHere && ownType === undefined; i--) {
    const l = above[i];
    if (!l) continue;
    if (l.keyCol < indent) break;
    if (l.keyCol === indent) {
      ownType = typeIn(l);
      if (l.dash) startsHere = true;
    }
  }
  for (const l of below) {
    if (ownType !== undefined || !l) continue;
    if (l.keyCol < indent || (l.keyCol === indent && l.dash)) break;
    if (l.keyCol === indent) ownType = typeIn(l);
  }

  // The path: each line above with a smaller key column is a parent; "- " marks a list item.
  const path: (string | number)[] = [];
  let target = indent;
  let isItem = Boolean(key[2]);
  for (let i = above.length - 1; i >= 0 && target > 0; i--) {
    const l = above[i];
    if (!l) continue;
    if (l.keyCol === target && l.dash) isItem = true;
    if (l.keyCol >= target) continue;
    if (isItem) path.unshift(0);
    if (l.key !== undefined) path.unshift(l.key);
    target = l.keyCol;
    isItem = l.dash;
  }
  if (isItem && target === 0) path.unshift(0);
  return { kind: 'key', from: pos - word.length, to: pos, quoted: false, objectPath: path, ownType };
}
