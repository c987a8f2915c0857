import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/**
 * Calls the lesson-progress server action over HTTP the way React does, for tests of what the server
 * does with requests a browser would not send. The action's id comes from the build being served.
 */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action named ${exportedName} in this build`);
  return id;
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
