import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { QuizRunner } from '@/components/quiz/quiz-runner';
import { RatingPanel } from '@/components/review/rating-panel';
import { ReviewLists, type ListedCard } from '@/components/review/review-lists';
import { Markdown } from '@/components/scenario/markdown';
import { ScenarioWorkbench } from '@/components/scenario/scenario-workbench';
import { getCurrentUser } from '@/lib/auth/current';
import { reviewableClassQuizItems, type ReviewableClassQuizItem } from '@/lib/classes-server/class-quiz-review';
import { reviewableClassScenarios } from '@/lib/classes-server/class-submit';
import { getQuizItem } from '@/lib/content/quizzes';
import { getScenario, type Scenario } from '@/lib/content/scenarios';
import { db } from '@/lib/db/client';
import { countReviewsSince, listReviewCards, type ReviewCardRecord } from '@/lib/db/review-cards';
import { getScenarioSubmissions } from '@/lib/db/scenario-submissions';
import { toClientScenario } from '@/lib/grading/client-scenario';
import { readLearnerId } from '@/lib/learner/session';
import { materialize } from '@/lib/quiz';
import { lessonTitles } from '@/lib/quiz-server/lesson-titles';
import { newSessionId } from '@/lib/quiz-server/session';
import { allowedRatings, buildQueue, describeInterval, previewDue, startOfDay, DAILY_REVIEW_CAP, type RatingValue } from '@/lib/review';
import { submitExamSession } from '../quizzes/actions';
import { newClassQuizNumbersAction, submitClassQuizSessionAction } from '../../classes/[classId]/quiz-items/[id]/actions';
import { answerClassQuizCardAction, answerQuizCardAction, answerScenarioCardAction, rateCardAction } from './actions';

export const metadata: Metadata = {
  title: 'Review',
  description: 'Spaced review of the questions and scenarios you missed, scheduled with FSRS.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What the learner may still open of a class's own content, by the ids their cards name. */
type ClassContent = { scenarios: ReadonlyMap<string, Scenario>; quizItems: ReadonlyMap<string, ReviewableClassQuizItem> };

/**
 * A card with what it shows; cards whose item or scenario was removed from the content are left out, and
 * so are cards of a class's own content the learner may no longer open (left the class, item withdrawn).
 */
function describe(card: ReviewCardRecord, classContent: ClassContent): ListedCard | null {
  if (card.kind === 'class-quiz') {
    const view = classContent.quizItems.get(card.refId);
    return view ? { id: card.id, due: card.due, title: view.item.title, kind: 'class-quiz', reason: card.reason, reps: card.reps } : null;
  }
  if (card.kind === 'quiz') {
    const item = getQuizItem(card.refId);
    return item ? { id: card.id, due: card.due, title: item.title, kind: 'quiz', reason: card.reason, reps: card.reps } : null;
  }
  const scenario = getScenario(card.refId) ?? classContent.scenarios.get(card.refId);
  return scenario ? { id: card.id, due: card.due, title: scenario.title, kind: 'scenario', reason: card.reason, reps: card.reps } : null;
}

export default async function ReviewPage({ searchParams }: Props) {
  await connection();
  const backlogMode = (await searchParams).backlog === '1';
  const now = new Date();
  const learnerId = await readLearnerId();
  const records = learnerId ? await listReviewCards(db, learnerId) : [];
  const reviewedToday = learnerId ? await countReviewsSince(db, learnerId, startOfDay(now)) : 0;
  const byId = new Map(records.map((r) => [r.id, r]));
  // Cards of a class's own scenarios and quiz items show while the learner may still open them (a member of its class).
  const classContent = await reviewableClassContent(records);
  const listed = records.map((r) => describe(r, classContent)).filter((c): c is ListedCard => c !== null);
  const queue = buildQueue(listed, now, reviewedToday);
  const currentListed = queue.today[0] ?? (backlogMode ? queue.backlog[0] : undefined);
  const current = currentListed ? byId.get(currentListed.id) : undefined;

  return (
    <div className="container-page py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/practice">Practice</Link> <span aria-hidden="true">/</span> <span>Review</span>
      </nav>
      <header className="mt-2 max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Review</h1>
        <p className="mt-2 text-muted">
          Every question you miss, or get right only slowly, and every scenario you fail comes back here on a schedule (FSRS): sooner when
          it is hard for you, later as you remember it. Cost questions come back with new numbers.
        </p>
        <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-label="Your review counts">
          <Stat label="Due today" value={`${queue.today.length}`} />
          <Stat label="Reviewed today" value={`${reviewedToday} of ${DAILY_REVIEW_CAP}`} />
          <Stat label="Backlog" value={`${queue.backlog.length}`} />
          <Stat label="Coming up" value={`${queue.upcoming.length}`} />
        </dl>
      </header>

      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,46rem)_minmax(0,1fr)]">
        <section aria-labelledby="current-heading" className="min-w-0">
          <h2 id="current-heading" className="sr-only">
            The card to review
          </h2>
          {current && currentListed && learnerId ? (
            <CurrentCard card={current} listed={currentListed} now={now} backlog={!queue.today.length} learnerId={learnerId} classContent={classContent} />
          ) : (
            <EmptyState hasCards={records.length > 0} backlog={queue.backlog.length} reviewedToday={reviewedToday} next={queue.upcoming[0]?.due} now={now} />
          )}
        </section>
        <ReviewLists today={queue.today} backlog={queue.backlog} upcoming={queue.upcoming} now={now} currentId={currentListed?.id} />
      </div>
    </div>
  );
}

async function reviewableClassContent(records: readonly ReviewCardRecord[]): Promise<ClassContent> {
  const scenarioIds = records.filter((r) => r.kind === 'scenario' && !getScenario(r.refId)).map((r) => r.refId);
  const versionIds = records.filter((r) => r.kind === 'class-quiz').map((r) => r.refId);
  if (!scenarioIds.length && !versionIds.length) return { scenarios: new Map(), quizItems: new Map() };
  const user = await getCurrentUser();
  const [scenarios, quizItems] = await Promise.all([reviewableClassScenarios(db, user, scenarioIds), reviewableClassQuizItems(db, user, versionIds)]);
  return { scenarios, quizItems };
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-border bg-surface px-3 py-1.5">
      <dt className="text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

async function CurrentCard({
  card,
  listed,
  now,
  backlog,
  learnerId,
  classContent,
}: {
  card: ReviewCardRecord;
  listed: ListedCard;
  now: Date;
  backlog: boolean;
  learnerId: string;
  classContent: ClassContent;
}) {
  const due = previewDue(card, now);
  const intervals = Object.fromEntries(Object.entries(due).map(([k, d]) => [k, describeInterval(now, d)])) as Record<RatingValue, string>;
  const rating =
    card.pendingCorrect === null ? null : (
      <RatingPanel cardId={card.id} seed={card.seed} correct={card.pendingCorrect} allowed={allowedRatings(card.pendingCorrect)} intervals={intervals} action={rateCardAction} />
    );
  const intro = (
    <p className="mb-3 text-sm text-muted" data-testid="review-card-intro">
      {backlog ? 'From your backlog · ' : ''}
      {listed.reps === 0 ? 'First review' : `Review ${listed.reps + 1}`} · added because you {listed.reason === 'wrong' ? 'missed it' : 'answered it slowly'}
    </p>
  );
  if (card.kind === 'quiz' || card.kind === 'class-quiz') {
    const classItem = card.kind === 'class-quiz' ? classContent.quizItems.get(card.refId) : undefined;
    const item = classItem?.item ?? (card.kind === 'quiz' ? getQuizItem(card.refId) : undefined);
    if (!item) return null;
    const { question } = materialize(item, card.seed);
    // A class's own item is answered through its class's actions (bound to the version the card names);
    // new numbers are drawn only while that version is still the published one.
    const classVersion = classItem ? ([classItem.version.item.id, classItem.version.id] as const) : null;
    return (
      <div className="space-y-6">
        <div>
          {intro}
          {classItem ? (
            <p className="mb-3 text-sm text-muted" data-testid="review-class-item">
              A question from your class, as you answered it (version {classItem.version.number}) ·{' '}
              <Link href={`/classes/${classItem.version.item.classId}/quiz-items/${classItem.version.item.id}`}>open it in your class</Link>
            </p>
          ) : null}
          <QuizRunner
            key={`${card.id}:${card.seed}`}
            questions={[question]}
            mode="practice"
            sessionId={newSessionId()}
            lessonTitles={lessonTitles()}
            submitAnswer={(classVersion ? answerClassQuizCardAction : answerQuizCardAction).bind(null, card.id)}
            submitSession={classVersion ? submitClassQuizSessionAction.bind(null, ...classVersion) : submitExamSession}
            {...(classVersion ? { newNumbers: newClassQuizNumbersAction.bind(null, ...classVersion) } : {})}
          />
        </div>
        {rating}
      </div>
    );
  }
  const scenario = getScenario(card.refId) ?? classContent.scenarios.get(card.refId);
  if (!scenario) return null;
  // Once answered, the server's verdict of that answer stays on screen beside the ratings (the workbench keeps
  // its case-by-case verdict too: it stays mounted in the same place, so React keeps its state).
  const graded = card.pendingCorrect === null ? undefined : (await getScenarioSubmissions(db, learnerId, scenario.id, 1))[0];
  return (
    <div className="space-y-6">
      <div>
        {intro}
        <h3 className="text-2xl font-semibold">{scenario.title}</h3>
        <Markdown text={scenario.prompt} className="prose mt-3 text-base" />
        <p className="mt-3 text-sm text-muted">Write the fix again from the starting definition; the server grades it as it did before.</p>
      </div>
      {graded ? (
        <p data-testid="review-scenario-verdict" className={`rounded-xl border p-4 font-semibold ${graded.passed ? 'border-success text-success' : 'border-danger text-danger'}`}>
          The server graded your fix: {graded.passed ? 'every case passed' : 'not every case passed'}, score {graded.score}%.
        </p>
      ) : null}
      {rating}
      <ScenarioWorkbench
        key={`${card.id}:${card.seed}`}
        scenario={toClientScenario(scenario)}
        submitAction={answerScenarioCardAction.bind(null, card.id)}
      />
    </div>
  );
}

function EmptyState({ hasCards, backlog, reviewedToday, next, now }: { hasCards: boolean; backlog: number; reviewedToday: number; next?: Date; now: Date }) {
  if (!hasCards) {
    return (
      <div className="rounded-xl border border-border bg-surface p-6">
        <p className="text-lg font-semibold">Nothing to review yet.</p>
        <p className="mt-2 text-muted">
          Answer some <Link href="/practice/quizzes">quiz questions</Link> or try a <Link href="/practice">scenario</Link>: what you miss comes back here.
        </p>
      </div>
    );
  }
  return (
    <div className="rounded-xl border border-border bg-surface p-6" role="status">
      <p className="text-lg font-semibold">{backlog > 0 ? 'Today’s reviews are done.' : 'All caught up.'}</p>
      <p className="mt-2 text-muted">
        {reviewedToday > 0 ? `You reviewed ${reviewedToday} card${reviewedToday === 1 ? '' : 's'} today. ` : ''}
        {next ? `The next card is due in ${describeInterval(now, next)}.` : ''}
      </p>
      {backlog > 0 && (
        <p className="mt-3">
          {backlog} more card{backlog === 1 ? ' is' : 's are'} overdue. <Link href="/practice/review?backlog=1">Work through the backlog</Link> if you have time; otherwise they wait for tomorrow.
        </p>
      )}
    </div>
  );
}
