import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOT_FORM_DATA_MESSAGE, parseForm } from './parse-form';

const schema = z.object({ slug: z.string({ error: 'missing lesson' }).min(1), intent: z.enum(['complete', 'reset']) });

function form(entries: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

describe('parseForm', () => {
  it('reads and validates the fields of FormData', () => {
    expect(parseForm(schema, form({ slug: 'a', intent: 'reset', extra: 'ignored' }))).toEqual({ ok: true, data: { slug: 'a', intent: 'reset' } });
  });

  it('answers field errors by name, a missing field included', () => {
    const r = parseForm(schema, form({ intent: 'delete' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.slug).toEqual(['missing lesson']);
    expect(r.fieldErrors.intent?.[0]).toMatch(/complete|reset/);
  });

  it.each([
    ['a plain object', { slug: 'a', intent: 'complete', get: 'not a function' }],
    ['a string', 'slug=a&intent=complete'],
    ['null', null],
    ['undefined', undefined],
    ['an array', [['slug', 'a']]],
    ['a number', 42],
  ])('refuses %s instead of failing on it', (_label, value) => {
    expect(parseForm(schema, value)).toEqual({ ok: false, fieldErrors: {}, message: NOT_FORM_DATA_MESSAGE });
  });

  it('treats a file where text is expected as a field error, not a crash', () => {
    const f = form({ intent: 'complete' });
    f.append('slug', new Blob(['x']), 'x.txt');
    const r = parseForm(schema, f);
    expect(r.ok).toBe(false);
  });
});
