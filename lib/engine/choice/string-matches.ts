// StringMatches patterns: '*' matches any run of characters; '\*' is a literal star and '\\' a literal
// backslash. Compiled to anchored regular expressions once per pattern.

const cache = new Map<string, RegExp>();

export function compileStringMatches(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length && (pattern[i + 1] === '*' || pattern[i + 1] === '\\')) {
      src += '\\' + pattern[++i];
    } else if (c === '*') {
      src += '[\\s\\S]*';
    } else {
      src += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  re = new RegExp(`^${src}$`);
  if (cache.size > 5000) cache.clear();
  cache.set(pattern, re);
  return re;
}

export const stringMatches = (value: string, pattern: string): boolean => compileStringMatches(pattern).test(value);
