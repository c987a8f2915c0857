// StringMatches patterns: '*' matches any run of characters; '\*' is a literal star and '\\' a literal
// backslash (any other backslash is itself). Matched without regular expressions: a pattern compiled to
// `[\s\S]*` groups backtracks exponentially ("*a*a*a*a*b" against 50 'a's took 10 s, issue 14). The pieces
// between stars are literal, so the leftmost place each middle piece fits is always a safe choice, and one
// left-to-right scan with indexOf decides the match in linear time.

interface Glob {
  /** The literal pieces between stars; a pattern with n stars has n + 1 pieces. */
  pieces: string[];
}

const cache = new Map<string, Glob>();

export function compileStringMatches(pattern: string): Glob {
  let glob = cache.get(pattern);
  if (glob) return glob;
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      piece += pattern[++i];
    } else if (c === '*') {
      pieces.push(piece);
      piece = '';
    } else {
      piece += c;
    }
  }
  pieces.push(piece);
  glob = { pieces };
  if (cache.size > 5000) cache.clear();
  cache.set(pattern, glob);
  return glob;
}

export function matchesGlob(value: string, glob: Glob): boolean {
  const { pieces } = glob;
  const last = pieces.length - 1;
  const first = pieces[0]!;
  if (last === 0) return value === first;
  const tail = pieces[last]!;
  // The first piece anchors at the start and the last at the end, without overlapping.
  if (value.length < first.length + tail.length || !value.startsWith(first) || !value.endsWith(tail)) return false;
  const end = value.length - tail.length;
  let at = first.length;
  for (let i = 1; i < last; i++) {
    const p = pieces[i]!;
    if (p === '') continue;
    const found = value.indexOf(p, at);
    if (found < 0 || found + p.length > end) return false;
    at = found + p.length;
  }
  return true;
}

export const stringMatches = (value: string, pattern: string): boolean => matchesGlob(value, compileStringMatches(pattern));
