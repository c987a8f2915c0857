import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/**
 * The id of the server action `exportedName` in the build being served, for tests of what the server does
 * with requests a browser would not send. Two files may export actions of the same name (both scenario
 * previews do): then `file` (the action's file, as in the build's manifest) says which, and without it
 * the lookup fails rather than pick one.
 */
export function actionId(exportedName: string, file?: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string; filename?: string }>;
  };
  const found = Object.entries(manifest.node).filter(([, entry]) => entry.exportedName === exportedName && (file === undefined || entry.filename === file));
  if (found.length === 0) throw new Error(`no server action named ${exportedName}${file ? ` in ${file}` : ''} in this build`);
  if (found.length > 1) throw new Error(`${found.length} server actions are named ${exportedName}: say which file (${found.map(([, e]) => e.filename).join(', ')})`);
  return found[0]![0];
}

export const PROGRESS_ACTION = 'updateLessonProgress';

/**
 * The multipart body React sends for useActionState's call (previous state, form data): the form's fields
 * prefixed "_1_" (form data reference $K1), then the argument list as JSON in field "0". The order
 * matters: the server resolves $K1 from the fields that arrived before "0".
 */
export function progressActionBody(fields: Record<string, string>): FormData {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append('0', JSON.stringify([{ status: 'idle', completedAt: null }, '$K1']));
  return body;
}

export async function callProgressAction(
  request: APIRequestContext,
  fields: { slug: string; intent: string },
  headers: Record<string, string> = {},
) {
  const response = await request.post(`/learn/${fields.slug}`, {
    headers: { 'Next-Action': actionId(PROGRESS_ACTION), ...headers },
    multipart: progressActionBody(fields),
  });
  return { response, state: actionResult(await response.text()) };
}

/** The action's return value from a React Server Components response (the row after "1:"). */
export function actionResult(body: string): { status?: string; message?: string; completedAt?: string | null } | null {
  const row = body.split('\n').find((line) => line.startsWith('1:'));
  return row ? (JSON.parse(row.slice(2)) as { status?: string; message?: string }) : null;
}
