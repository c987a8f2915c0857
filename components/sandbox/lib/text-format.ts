// Format and convert definition text. YAML support is loaded on demand (it is only needed when asked for).

export type TextFormat = 'json' | 'yaml';

/** JSON when the text starts with '{' or '[', as the engine decides; YAML otherwise. */
export function detectFormat(text: string): TextFormat {
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' || first === undefined ? 'json' : 'yaml';
}

export async function formatText(text: string, format: TextFormat): Promise<{ text?: string; error?: string }> {
  try {
    if (format === 'json') return { text: `${JSON.stringify(JSON.parse(text), null, 2)}\n` };
    const YAML = await import('yaml');
    return { text: YAML.stringify(YAML.parse(text), { lineWidth: 0 }) };
  } catch (e) {
    return { error: `Cannot format: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
}

export async function convertText(text: string, to: TextFormat): Promise<{ text?: string; error?: string }> {
  try {
    const YAML = await import('yaml');
    const value: unknown = detectFormat(text) === 'json' ? JSON.parse(text) : YAML.parse(text);
    return { text: to === 'json' ? `${JSON.stringify(value, null, 2)}\n` : YAML.stringify(value, { lineWidth: 0 }) };
  } catch (e) {
    return { error: `Cannot convert: fix the syntax first (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` };
  }
}

/** Definitions given as objects become pretty JSON text. */
export function toText(value: string | object | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  return typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
}
