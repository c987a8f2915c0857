import { z } from 'zod';

export type FieldErrors<T> = { [K in keyof T]?: string[] };

export type FormParse<T> = { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors<T>; message: string };

export const NOT_FORM_DATA_MESSAGE = 'This request was not a form submission.';

/**
 * Reads a server action's form argument with a zod object schema. A server action is a public endpoint:
 * anyone can call it with any serialisable value, not only the FormData our forms send (issue 14: a plain
 * object reached `formData.get` and answered 500, "b.get is not a function"). Anything but FormData is
 * refused with a clear message; the fields are read by name and validated, so extra fields are ignored.
 */
export function parseForm<S extends z.ZodObject>(schema: S, value: unknown): FormParse<z.infer<S>> {
  if (!(value instanceof FormData)) return { ok: false, fieldErrors: {}, message: NOT_FORM_DATA_MESSAGE };
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const entry = value.get(key);
    raw[key] = entry === null ? undefined : entry;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors<z.infer<S>>, message: '' };
}
