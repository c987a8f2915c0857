// Instructors author a class's own scenarios (issue 16): save a folder's files as a new immutable version,
// preview it, publish it. Every entry point validates its input with zod, checks that the caller runs the
// class (or is an admin), and parses the files with the same parser and zod schema as content/scenarios
// (lib/content/scenario-parse), so a problem is reported with its file, line and reason, never thrown.
import { z } from 'zod';
import { canAdminister, canTeach, type Role } from '../auth/roles';
import { AUTHORING_FOLDER, type AuthoringProblem, type AuthoringState, type ValidationState } from '../classes/authoring-state';
import { classIdSchema, formRequestIdSchema } from '../classes/forms';
import { parseScenarioFiles, type ParsedScenario } from '../content/scenario-parse';
import { SCENARIO_FILES } from '../content/scenario-schema';
import { parseDefinition } from '../engine';
import {
  addClassScenarioVersion,
  classOwner,
  createClassScenario,
  getClassScenarioForAuthor,
  getClassScenarioVersion,
  publishClassScenarioVersion,
  type ScenarioFiles,
} from '../db/class-scenarios';
import type { Db } from '../db/create-client';
import { parseForm } from '../forms/parse-form';
import { gradeBounded, type BoundedVerdict } from '../grading-server/bounded-grade';
import { previewFilesFrom, previewScenario } from '../grading-server/preview';
import type { PreviewResult } from '../grading-server/preview-contract';
import type { Scenario } from '../content/scenario-parse';

export type Author = { id: string; role: Role };
export type GradeFn = (scenario: Scenario, definition: string) => Promise<BoundedVerdict>;

const idSchema = z.string({ error: 'missing id' }).min(1, 'missing id').max(64, 'not an id');
const saveSchema = z.object({ classId: classIdSchema, scenarioId: idSchema.optional(), requestId: formRequestIdSchema });
const publishSchema = z.object({ scenarioId: idSchema, versionId: idSchema });
const classOnlySchema = z.object({ classId: classIdSchema });

const NOT_YOURS = 'Only the instructor who runs this class (or an admin) can write its scenarios.';

/** Whether `user` may author in `classId`: 'ok', or why not. */
export async function authorAccess(db: Db, user: Author | null, classId: string): Promise<'ok' | 'sign-in' | 'not-allowed' | 'no-class'> {
  if (!user) return 'sign-in';
  if (!canTeach(user.role)) return 'not-allowed';
  const owner = await classOwner(db, classId);
  if (owner === null) return 'no-class';
  return owner === user.id || canAdminister(user.role) ? 'ok' : 'not-allowed';
}

function refusal(access: Exclude<Awaited<ReturnType<typeof authorAccess>>, 'ok'>): AuthoringState {
  if (access === 'sign-in') return { status: 'error', message: 'Sign in first.' };
  if (access === 'no-class') return { status: 'error', message: 'There is no such class.', fieldErrors: { classId: ['no class has this id'] } };
  return { status: 'error', message: NOT_YOURS };
}

export function parseFolder(files: ReadonlyMap<string, string>): ParsedScenario {
  return parseScenarioFiles(files, AUTHORING_FOLDER);
}

/**
 * The definitions, checked as the engine checks a learner's: the reference must be a valid state machine
 * for the scenario's execution type; the starter only has to parse (a starter that does not validate is a
 * fair exercise). The scenario parser leaves both as text, so without this a typo would surface only when
 * grading.
 */
export function definitionProblems(s: Scenario): AuthoringProblem[] {
  const out: AuthoringProblem[] = [];
  const check = (name: string, text: string, validate: boolean) => {
    for (const d of parseDefinition(text, { type: s.executionType, validate }).diagnostics) {
      if (d.severity !== 'error') continue;
      const path = d.path.length ? `${d.path.join('.')}: ` : '';
      out.push({ file: `${AUTHORING_FOLDER}/${name}`, line: d.range.start.line, column: d.range.start.column, message: `${path}${d.message}` });
    }
  };
  check(SCENARIO_FILES.solution, s.solution, true);
  check(SCENARIO_FILES.starter, s.starter, false);
  return out;
}

const toMap = (files: ScenarioFiles) => new Map(Object.entries(files));
const sameFiles = (a: ScenarioFiles, b: ReadonlyMap<string, string>) => Object.keys(a).length === b.size && [...b].every(([k, v]) => a[k] === v);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Reads the `file:<name>` entries of a form: the folder's files, or a problem. */
function filesOf(form: FormData): { files: Map<string, string> } | { problem: string } {
  return previewFilesFrom(form.entries());
}

/** The live validation: the files checked against the scenario schema, nothing saved or graded. */
export async function validateClassScenario(db: Db, user: Author | null, form: unknown): Promise<ValidationState> {
  const parsed = parseForm(classOnlySchema, form);
  if (!parsed.ok) return { status: 'error', message: parsed.message || 'Which class is this for?' };
  const access = await authorAccess(db, user, parsed.data.classId);
  if (access !== 'ok') return { status: 'error', message: (refusal(access) as { message: string }).message };
  const read = filesOf(form as FormData);
  if ('problem' in read) return { status: 'problems', problems: [{ file: '(files)', message: read.problem }] };
  const folder = parseFolder(read.files);
  if (!folder.ok) return { status: 'problems', problems: folder.problems };
  const problems = definitionProblems(folder.scenario);
  return problems.length ? { status: 'problems', problems } : { status: 'valid', title: folder.scenario.title };
}

/** Saves the files as a new version (the first one creates the scenario). Invalid files are not saved. */
export async function saveClassScenario(db: Db, user: Author | null, form: unknown): Promise<AuthoringState> {
  const parsed = parseForm(saveSchema, form);
  if (!parsed.ok) return { status: 'error', message: parsed.message || 'The scenario could not be saved.', fieldErrors: parsed.fieldErrors };
  const { classId, requestId } = parsed.data;
  let scenarioId = parsed.data.scenarioId;
  const access = await authorAccess(db, user, classId);
  if (access !== 'ok' || !user) return refusal(access === 'ok' ? 'sign-in' : access);
  const read = filesOf(form as FormData);
  if ('problem' in read) return { status: 'error', message: read.problem, fieldErrors: { files: [read.problem] } };
  const folder = parseFolder(read.files);
  if (!folder.ok) return { status: 'error', message: `Not saved: ${plural(folder.problems.length, 'problem')} in the files.`, problems: folder.problems };
  const files = Object.fromEntries(read.files);
  const title = folder.scenario.title;

  if (scenarioId === undefined) {
    const created = await createClassScenario(db, { classId, title, files, userId: user.id, ...(requestId ? { requestId } : {}) });
    if (!created.repeated) return { status: 'saved', scenarioId: created.id, version: created.version.number, message: `Saved as version ${created.version.number}.` };
    // The "new" page's save sent again (a double click, a resend): its first save made the scenario, so this is a save of that scenario.
    scenarioId = created.id;
  }
  const existing = await getClassScenarioForAuthor(db, scenarioId);
  if (!existing || existing.classId !== classId) return { status: 'error', message: 'This scenario is not in this class.', fieldErrors: { scenarioId: ['not a scenario of this class'] } };
  if (sameFiles(existing.latest.files, read.files)) {
    return { status: 'saved', scenarioId, version: existing.latest.number, message: `No changes since version ${existing.latest.number}.` };
  }
  const version = await addClassScenarioVersion(db, { scenarioId, title, files, userId: user.id });
  return { status: 'saved', scenarioId, version: version.number, message: `Saved as version ${version.number}.` };
}

/**
 * Publishes a saved version to the class after grading it the way content:check does: the reference
 * solution must pass every case and the starter must fail at least one (bounded, like a submission).
 */
export async function publishClassScenario(db: Db, user: Author | null, form: unknown, grade: GradeFn = gradeBounded): Promise<AuthoringState> {
  const parsed = parseForm(publishSchema, form);
  if (!parsed.ok) return { status: 'error', message: parsed.message || 'Save the scenario before publishing it.', fieldErrors: parsed.fieldErrors };
  const { scenarioId, versionId } = parsed.data;
  const found = await getClassScenarioForAuthor(db, scenarioId);
  if (!found) return { status: 'error', message: 'There is no such scenario.', fieldErrors: { scenarioId: ['no scenario has this id'] } };
  const access = await authorAccess(db, user, found.classId);
  if (access !== 'ok') return refusal(access);
  const version = await getClassScenarioVersion(db, scenarioId, versionId);
  if (!version) return { status: 'error', message: 'That version is not one of this scenario’s.', fieldErrors: { versionId: ['not a version of this scenario'] } };
  const folder = parseFolder(toMap(version.files));
  if (!folder.ok) return { status: 'error', message: 'This version has problems; fix them and save first.', problems: folder.problems };
  const s = folder.scenario;
  const [solution, starter] = [await grade(s, s.solution), await grade(s, s.starter)];
  if (!solution.ok) return { status: 'error', message: `Not published: grading the reference solution was stopped: ${solution.message}` };
  if (!solution.verdict.passed) {
    const failed = solution.verdict.cases.filter((c) => !c.passed).map((c) => `“${c.name}”`);
    return { status: 'error', message: `Not published: the reference solution must pass every case, and it fails ${failed.join(', ') || 'validation'}.` };
  }
  if (starter.ok && starter.verdict.passed) return { status: 'error', message: 'Not published: the starter passes every case, so there is nothing for learners to do. Make it fail at least one.' };
  await publishClassScenarioVersion(db, scenarioId, version.id);
  return { status: 'published', scenarioId, version: version.number, message: `Version ${version.number} is published to the class.` };
}

/** The preview: validation, the reference and the starter graded in the bounded worker, the learner's view. */
export async function previewClassScenario(db: Db, user: Author | null, form: unknown): Promise<PreviewResult> {
  const parsed = parseForm(classOnlySchema, form);
  if (!parsed.ok) return { status: 'problems', problems: [], message: parsed.message || 'Which class is this for?' };
  const access = await authorAccess(db, user, parsed.data.classId);
  if (access !== 'ok') {
    const message = (refusal(access) as { message: string }).message;
    return { status: 'problems', problems: [{ file: '(access)', message }], message };
  }
  return previewScenario((form as FormData).entries());
}
