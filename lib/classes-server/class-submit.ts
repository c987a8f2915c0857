// A learner's submission of a class's own scenario: graded on the server against the published version
// (bounded, like a built-in scenario) and recorded with that version's id, so an edit the instructor makes
// later never changes what this verdict was measured against.
import type { Scenario } from '../content/scenario-parse';
import { getPublishedClassScenario, type PublishedClassScenario } from '../db/class-scenarios';
import type { Db } from '../db/create-client';
import { findScenarioSubmissionByRequest, recordScenarioSubmission } from '../db/scenario-submissions';
import { formRequestId, submitScenario, type SubmitResult } from '../grading-server/submit';
import { mayOpenClass } from './class-quiz';
import type { Author, GradeFn } from './scenario-authoring';
import { parseFolder } from './scenario-authoring';

export type ClassScenarioView = { published: PublishedClassScenario; scenario: Scenario };

/**
 * The published class scenario `id`, parsed, when `user` may open it: a member of its class, the
 * instructor who runs it, or an admin. Null otherwise (the page answers 404, as for a wrong id).
 */
export async function openClassScenario(db: Db, user: Author | null, id: string): Promise<ClassScenarioView | null> {
  if (!user || id.length > 64) return null;
  const published = await getPublishedClassScenario(db, id);
  if (!published || !(await mayOpenClass(db, user, published.classId))) return null;
  const folder = parseFolder(new Map(Object.entries(published.version.files)));
  // A published version passed these checks when it was published; the parser is the same, so this only
  // fails if the scenario format changed since. Treat it as unavailable rather than crash.
  if (!folder.ok) return null;
  return { published, scenario: folder.scenario };
}

export async function submitClassScenario(
  db: Db,
  user: Author | null,
  classScenarioId: string,
  form: unknown,
  deps: { learnerId: () => Promise<string>; grade?: GradeFn },
): Promise<SubmitResult> {
  if (!(form instanceof FormData)) return { status: 'invalid', fieldErrors: {}, message: 'The submission must be sent as a form.' };
  const view = await openClassScenario(db, user, classScenarioId);
  if (!view) return { status: 'invalid', fieldErrors: { scenarioId: ['no scenario of your classes has this id'] }, message: 'The submission could not be graded.' };
  const { scenario, published } = view;
  return submitScenario(
    // The scenario is the one this page serves; the form's scenarioId is not trusted to pick it.
    { scenarioId: scenario.id, definition: form.get('definition'), requestId: formRequestId(form.get('requestId')) },
    {
      scenario: (id) => (id === scenario.id ? scenario : undefined),
      learnerId: deps.learnerId,
      findByRequest: (learnerId, requestId) => findScenarioSubmissionByRequest(db, learnerId, requestId),
      record: (row) => recordScenarioSubmission(db, { ...row, scenarioId: published.id, classScenarioVersionId: published.version.id }),
      ...(deps.grade ? { grade: deps.grade } : {}),
    },
  );
}

/**
 * The class scenarios among `ids` that `user` may still open, by id, each carrying its class scenario id
 * (review cards name a class scenario by that id, as its submissions do). Ids of built-in scenarios, of
 * unpublished scenarios and of classes the user has left are simply absent.
 */
export async function reviewableClassScenarios(db: Db, user: Author | null, ids: readonly string[]): Promise<Map<string, Scenario>> {
  const out = new Map<string, Scenario>();
  for (const id of new Set(ids)) {
    const view = await openClassScenario(db, user, id);
    if (view) out.set(id, { ...view.scenario, id: view.published.id });
  }
  return out;
}
