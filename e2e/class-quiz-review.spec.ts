import { expect, test } from './fixtures';
import { REVIEW_INSTRUCTOR } from './support/accounts';
import { callFormAction, createClassByHttp, joinClassByHttp, signInByHttp, signUpByHttp } from './support/by-http';
import { LEARNER_PASSWORD, signUp, unique } from './support/class-journeys';
import { joinWithCode, publishTemplateItem, screenshotsIfAsked } from './support/class-quiz-review';
import { closeDevices, device } from './support/devices';

// Issue 16: a wrong answer to a class's own quiz item becomes a review card, as a built-in item's does. The
// learner meets it in today's review (the version answered, graded on the server), rates it, and it waits
// under "Coming up". Its own class and learner, like every class journey.
test.describe.configure({ timeout: 300_000 });

const VERDICT = { timeout: 60_000 };
const option = (text: string) => new RegExp(text.replace(/\./g, '\\.'));
const WRONG = option('The execution follows the first rule anyway.');
const RIGHT = option('The execution fails with States.NoChoiceMatched.');

test('a learner misses a class quiz item, meets it in review, answers it right and rates it', async ({ browser, expectAccessible }) => {
  const instructor = await device(browser);
  await signInByHttp(instructor.request, REVIEW_INSTRUCTOR);
  const className = `Class review ${unique()}`;
  const klass = await createClassByHttp(instructor.request, className);
  const title = await publishTemplateItem(instructor, klass.id);

  const learner = await device(browser);
  await signUp(learner, 'Rita Reviewer', `e2e-class-review-${unique()}@example.com`);
  await learner.goto('/practice/review');
  await expect(learner.getByText('Nothing to review yet.')).toBeVisible();
  await joinWithCode(learner, klass.code, className);
  await learner.reload();
  await learner.getByRole('region', { name: className }).getByRole('link', { name: title }).first().click();
  await expect(learner.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await learner.getByRole('radio', { name: WRONG }).check();
  await learner.getByRole('button', { name: 'Check answer' }).click();
  await expect(learner.getByRole('heading', { name: 'Not quite' })).toBeVisible(VERDICT);

  // Today's review holds it, as a question of the class, in the version answered.
  await learner.goto('/practice/review');
  await expect(learner.getByTestId('review-today')).toContainText(`${title} · class question`);
  await expect(learner.getByTestId('review-card-intro')).toContainText('First review · added because you missed it');
  const classLine = learner.getByTestId('review-class-item');
  await expect(classLine).toContainText('as you answered it (version 1)');
  await expect(classLine.getByRole('link', { name: 'open it in your class' })).toHaveAttribute('href', new RegExp(`^/classes/${klass.id}/quiz-items/`));
  await expect(learner.getByRole('heading', { name: title })).toBeVisible();
  await expectAccessible(learner);
  await screenshotsIfAsked(learner, 'review-class-item');

  // Right this time: graded on the server, then the four ratings.
  await learner.getByRole('radio', { name: RIGHT }).check();
  await learner.getByRole('button', { name: 'Check answer' }).click();
  await expect(learner.getByRole('heading', { name: 'Correct' })).toBeVisible(VERDICT);
  const rating = learner.getByRole('region', { name: 'How did it go?' });
  await expect(rating).toBeVisible(VERDICT);
  for (const name of ['Again', 'Hard', 'Good', 'Easy']) await expect(rating.getByRole('button', { name: new RegExp(`^${name}`) })).toBeEnabled();

  // A classmate (same class, signed in) sends the rating form with this card's id: no such card for them,
  // and their review page shows nothing of it.
  const ratingFields = { cardId: await rating.locator('input[name="cardId"]').inputValue(), seed: await rating.locator('input[name="seed"]').inputValue(), rating: '3' };
  const classmate = await device(browser);
  await signUpByHttp(classmate.request, { name: 'Nosy Classmate', email: `e2e-class-nosy-${unique()}@example.com`, password: LEARNER_PASSWORD });
  await joinClassByHttp(classmate.request, klass.code);
  const nosy = await callFormAction(classmate.request, '/practice/review', 'rateCardAction', ratingFields);
  expect(nosy.status).toBe(200);
  expect(nosy.body).toContain('no such review card');
  await classmate.goto('/practice/review');
  await expect(classmate.getByText('Nothing to review yet.')).toBeVisible();
  await expect(classmate.getByText(title)).toHaveCount(0);

  await rating.getByRole('button', { name: /^Good/ }).click();

  await expect(learner.getByText('All caught up.')).toBeVisible(VERDICT);
  await expect(learner.getByTestId('review-today')).toHaveCount(0);
  await expect(learner.getByTestId('review-upcoming')).toContainText(title);
  await expectAccessible(learner);

  // The same Good sent again (a resent form): answered like the first, the card rated and counted once.
  const again = await callFormAction(learner.request, '/practice/review', 'rateCardAction', ratingFields);
  expect(again.status).toBe(200);
  expect(again.body).toContain('"status":"rated"');
  await learner.reload();
  await expect(learner.getByLabel('Your review counts')).toContainText(/Reviewed today\s*1 of/);
  await expect(learner.getByTestId('review-upcoming')).toContainText(title);

  // The instructor's dashboard counts the review answer as an answer to the item (version 1).
  await instructor.goto(`/teach/${klass.id}`);
  await expect(instructor.getByRole('region', { name: 'Roster table, scrolls sideways' }).getByRole('row', { name: /Rita Reviewer/ })).toContainText('1 of 2');
  await closeDevices(instructor, learner, classmate);
});
