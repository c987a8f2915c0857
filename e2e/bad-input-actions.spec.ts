import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { actionId, actionResult } from './server-actions';
import { E2E_INSTRUCTOR } from './support/accounts';

// Issue 16, "bad input to every action and route": every server action is a public endpoint that anyone
// can call with any argument list. Each one listed here is called raw, signed in as an instructor (so the
// role check is passed and the input itself is what gets judged), with arguments a form would never send:
// text where form data belongs, numbers where ids belong, nothing at all. Each must answer a clear
// message, never a 500 or a stack trace, and change nothing. (Posted to a page that imports the action;
// a page that 404s still runs its action first.)

const MALFORMED: unknown[][] = [['not a form'], [{ status: 'idle' }, 'classId=1&source=x'], [null, 42, { get: 1 }], []];

// [action, a page that imports it, the arguments bound before the caller's (ids a page binds), and its file
// when two files export an action of that name]. Not here: signIn and signUp (accounts.spec.ts calls them
// raw: "not a form submission"), updateLessonProgress and submitScenarioAction (bad-requests.spec.ts), and
// signOut, which takes no argument to judge.
const ACTIONS: [name: string, path: string, bound: unknown[], file?: string][] = [
  ['joinClassAction', '/classes', []],
  ['createClassAction', '/teach', []],
  ['addAssignmentAction', '/teach/no-such-class', []],
  ['removeAssignmentAction', '/teach/no-such-class', []],
  ['setAccountRole', '/admin', []],
  ['validateQuizItemAction', '/teach/no-such-class/quiz-items/new', []],
  ['previewQuizItemAction', '/teach/no-such-class/quiz-items/new', []],
  ['saveQuizItemAction', '/teach/no-such-class/quiz-items/new', []],
  ['publishQuizItemAction', '/teach/no-such-class/quiz-items/new', []],
  ['previewQuizAnswerAction', '/teach/no-such-class/quiz-items/new', []],
  ['previewQuizNumbersAction', '/teach/no-such-class/quiz-items/new', []],
  ['validateScenarioAction', '/teach/no-such-class/scenarios/new', []],
  ['saveScenarioAction', '/teach/no-such-class/scenarios/new', []],
  ['publishScenarioAction', '/teach/no-such-class/scenarios/new', []],
  ['previewScenarioAction', '/teach/no-such-class/scenarios/new', [], 'app/teach/[classId]/scenarios/actions.ts'],
  ['previewScenarioAction', '/practice/scenarios/preview', [], 'app/practice/scenarios/preview/actions.ts'],
  ['submitClassQuizAnswerAction', '/classes/no-such-class/quiz-items/none', []],
  ['submitClassQuizSessionAction', '/classes/no-such-class/quiz-items/none', []],
  ['newClassQuizNumbersAction', '/classes/no-such-class/quiz-items/none', []],
  ['submitClassScenarioAction', '/classes/no-such-class/scenarios/none', []],
  ['submitQuizAnswer', '/practice/quizzes/item/choice-no-match', []],
  ['submitExamSession', '/practice/quizzes/item/choice-no-match', []],
  ['answerQuizCardAction', '/practice/review', []],
  ['answerClassQuizCardAction', '/practice/review', []],
  ['answerScenarioCardAction', '/practice/review', []],
  ['rateCardAction', '/practice/review', []],
  ['startExamAction', '/practice/exam', []],
  ['saveExamAnswerAction', '/practice/exam', []],
  ['finishExamAction', '/practice/exam', []],
];

async function signIn(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(E2E_INSTRUCTOR.email);
  await page.getByLabel('Password').fill(E2E_INSTRUCTOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

async function call(request: APIRequestContext, name: string, path: string, args: unknown[], file?: string) {
  const response = await request.post(path, { headers: { 'Next-Action': actionId(name, file), 'Content-Type': 'text/plain;charset=UTF-8' }, data: JSON.stringify(args) });
  return { status: response.status(), text: await response.text() };
}

test('every server action answers malformed arguments with a clear message, never a 500', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page);
  for (const [name, path, bound, file] of ACTIONS) {
    for (const args of MALFORMED) {
      const where = `${name}(${JSON.stringify(args)})`;
      const { status, text } = await call(page.request, name, path, [...bound, ...args], file);
      expect(status, where).toBeLessThan(500);
      expect(text, where).not.toMatch(/\n\s+at |TypeError|is not a function|Cannot read properties/);
      if (status !== 200) continue;
      // The action's answer: a refusal with a message (or field errors), never a success.
      const result = actionResult(text) as { status?: string; message?: string; fieldErrors?: unknown } | null;
      expect(result, where).not.toBeNull();
      expect(result!.status, where).not.toMatch(/^(ok|saved|published|graded|valid|previewed|rated|started|finished)$/);
      expect(typeof result!.message === 'string' || result!.fieldErrors !== undefined || Array.isArray((result as { problems?: unknown }).problems), where).toBe(true);
    }
  }
});

test('the route handlers answer malformed paths and queries with a 4xx and a short message', async ({ request }) => {
  for (const path of ['/api/quiz/items/NOT-AN-ID', `/api/quiz/items/${'x'.repeat(200)}`, '/api/quiz/items/choice-no-match?seed=abc', '/api/progress/NO_SUCH_LESSON', '/teach/%20/results.csv']) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
    expect(await response.text(), path).not.toMatch(/\n\s+at |TypeError/);
  }
  for (const data of ['not json', '[]', '{"definition": 42}']) {
    const response = await request.post('/api/scenarios/five-step-pipeline/submissions', { data, headers: { 'content-type': 'application/json' } });
    expect(response.status(), data).toBe(400);
    expect(await response.text(), data).not.toMatch(/\n\s+at |TypeError/);
  }
});
