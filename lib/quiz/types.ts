// The quiz's shapes: an item as content writes it (validated by lib/content/quiz-schema.ts), what a generator
// returns for one seed, the question a learner sees (no answers in it), the answer they send and the verdict.

import type { LessonSlug, TopicId } from '../content/catalog';
import type { ExecutionResult, ExecutionType, JsonValue, StateMachineDefinition } from '../engine/types';
import type { MistakeId } from './mistakes';
import type { UnitId } from './units';

export const QUIZ_ITEM_TYPES = ['single', 'multiple', 'numeric', 'cheapest-design', 'restructure'] as const;
export type QuizItemType = (typeof QUIZ_ITEM_TYPES)[number];

export const QUIZ_CATEGORIES = ['cost', 'concept'] as const;

/** Practice: feedback after each answer. Exam: answers first, feedback for all of them at the end. */
export const QUIZ_MODES = ['practice', 'exam'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];
export type QuizCategory = (typeof QUIZ_CATEGORIES)[number];

/** Where an item was written, for messages and the CLI. */
export interface ItemSource {
  file: string;
  line: number;
}

interface ItemMeta {
  /** Unique across the bank: lowercase words joined by hyphens. */
  id: string;
  title: string;
  category: QuizCategory;
  /** The lesson that teaches what the item asks. */
  lesson: LessonSlug;
  topics: TopicId[];
  /** Exam tags, e.g. `DVA-C02 1` or `DEA-C01 1.3` (lib/content/catalog.ts). */
  exams: string[];
  source: ItemSource;
}

/** One option of a written choice item; every option explains why it is right or wrong. */
export interface WrittenOption {
  text: string;
  correct: boolean;
  explanation: string;
}

export interface WrittenChoiceItem extends ItemMeta {
  type: 'single' | 'multiple';
  prompt: string;
  /** A definition or snippet shown under the prompt. */
  code?: string;
  options: WrittenOption[];
  /** Keep the options in the written order (e.g. when one says "both of the above"); default: shuffled by seed. */
  shuffle: boolean;
}

export interface WrittenNumericItem extends ItemMeta {
  type: 'numeric';
  prompt: string;
  code?: string;
  answer: number;
  tolerance: number;
  unit: UnitId;
  explanation: string;
}

/** An item whose numbers come from a generator in lib/quiz/generators, drawn afresh for every seed. */
export interface GeneratedItem extends ItemMeta {
  type: 'single' | 'numeric' | 'cheapest-design' | 'restructure';
  generator: string;
}

export type QuizItem = WrittenChoiceItem | WrittenNumericItem | GeneratedItem;

export function isGeneratedItem(item: QuizItem): item is GeneratedItem {
  return 'generator' in item;
}

// ------------------------------------------------------------------------------------------ generators

/** One parameter a generator draws: a whole number in [min, max] (on a step), or one of a list. */
export type ParamSpec =
  | { label: string; unit?: string; min: number; max: number; step?: number }
  | { label: string; unit?: string; values: readonly number[] };

export type Params = Record<string, number>;

/** One line of the worked arithmetic a result view shows: label, the sum written out, its result. */
export interface ArithmeticStep {
  label: string;
  expression: string;
  result: string;
}

/** A fact shown beside the prompt (a table row): "Runs a month: 50,000". */
export interface Fact {
  label: string;
  value: string;
}

/** How a Task state answers in a simulated run: a data description, so it can be shown and stored. */
export interface TaskSpec {
  /** Virtual time each call takes. */
  durationMs?: number;
  /** Virtual time per item of an ItemBatcher batch (`Items` in the input), added to durationMs. */
  durationMsPerItem?: number;
  /** The first N calls of the state in a run fail with `error` (each is retried, if the state retries). */
  failFirst?: number;
  /** The first attempt fails for calls whose input has `order` ≤ this (an item-by-item throttle). */
  failFirstAttemptUpToOrder?: number;
  error?: string;
}

/**
 * A state machine the item is about, and what the generator's arithmetic says a run of it reports. The
 * content check runs it in the engine and compares each check with the engine's figures.
 */
export interface MachineSpec {
  definition: StateMachineDefinition;
  input: JsonValue;
  type: ExecutionType;
  tasks?: Record<string, TaskSpec>;
  /** Record history events (only checks that count events need it; runs are faster without). */
  needsHistory?: boolean;
  checks: MachineCheck[];
}

export interface MachineCheck {
  /** What is compared, e.g. "state transitions per run". */
  what: string;
  /** The generator's figure. */
  expected: number;
  /** The same figure read from (or priced from) the engine's run. */
  actual: (result: ExecutionResult) => number;
  tolerance?: number;
}

export interface WrongValue {
  mistake: MistakeId;
  value: number;
}

/** A generator's question with one number as its answer (shown as options for `single`, typed for `numeric`). */
export interface GeneratedValue {
  kind: 'value';
  prompt: string;
  facts: Fact[];
  unit: UnitId;
  answer: number;
  /** Other figures a careful learner may reach (AWS's GB-hour rates for Express duration). */
  alsoAccepted?: number[];
  /** Typed answers within this distance of an accepted figure are right. */
  tolerance: number;
  wrong: WrongValue[];
  working: ArithmeticStep[];
  summary: string;
  machines?: MachineSpec[];
}

/** A generator's question whose options are statements, one of them right for these numbers. */
export interface GeneratedChoice {
  kind: 'choice';
  prompt: string;
  facts: Fact[];
  options: (WrittenOption & { mistake?: MistakeId })[];
  working: ArithmeticStep[];
  summary: string;
  machines?: MachineSpec[];
}

/** One candidate in a "pick the cheapest design" question. */
export interface DesignSpec {
  title: string;
  description: string;
  machine: MachineSpec;
  /** Cost a month by the generator's arithmetic; null when the design cannot run (it breaks a limit). */
  monthlyUsd: number | null;
  monthlyDisplay: string;
  /** Why it costs what it costs (or why it fails). */
  explanation: string;
  mistake?: MistakeId;
}

export interface GeneratedDesigns {
  kind: 'designs';
  prompt: string;
  facts: Fact[];
  runsPerMonth: number;
  designs: DesignSpec[];
  working: ArithmeticStep[];
  summary: string;
}

/** A machine to restructure: passes when its output is unchanged and its simulated cost is under the target. */
export interface GeneratedRestructure {
  kind: 'restructure';
  prompt: string;
  facts: Fact[];
  start: MachineSpec;
  /** A solution that passes (the content check proves it does, and that the start does not). */
  reference: StateMachineDefinition;
  runsPerMonth: number;
  targetUsd: number;
  targetDisplay: string;
  working: ArithmeticStep[];
  summary: string;
  hints: string[];
}

export type Generated = GeneratedValue | GeneratedChoice | GeneratedDesigns | GeneratedRestructure;
export type GeneratedKind = Generated['kind'];

export interface QuizGenerator {
  id: string;
  /** One line for the CLI and the content check. */
  description: string;
  kind: GeneratedKind;
  params: Record<string, ParamSpec>;
  /** For value generators: every answer for parameters inside their ranges lies in [min, max]. */
  answerRange?: { min: number; max: number };
  build(params: Params): Generated;
}

// ------------------------------------------------------------------------------------------ questions

/** One option as the learner sees it: a letter and text, never whether it is right. */
export interface QuestionOption {
  /** 'a', 'b', ...: the answer a learner sends, also the key that picks it. */
  key: string;
  text: string;
  /** Extra lines under the text (a design's description). */
  detail?: string;
  /** A definition shown with the option (cheapest-design). */
  code?: string;
}

export interface Question {
  itemId: string;
  seed: number;
  type: QuizItemType;
  category: QuizCategory;
  title: string;
  lesson: LessonSlug;
  topics: TopicId[];
  exams: string[];
  prompt: string;
  facts: Fact[];
  code?: string;
  options?: QuestionOption[];
  numeric?: { unit: UnitId; unitLabel: string; placeholder: string };
  restructure?: { definition: string; input: string; runsPerMonth: number; targetDisplay: string; hints: string[] };
  /** Parameters drawn for this seed (generated items), as the CLI prints them. */
  params?: Params;
}

export type QuizAnswer =
  | { kind: 'choice'; keys: string[] }
  | { kind: 'numeric'; value: number }
  | { kind: 'definition'; text: string };

export interface OptionReview {
  key: string;
  text: string;
  correct: boolean;
  selected: boolean;
  explanation: string;
}

export interface DesignReview {
  key: string;
  title: string;
  monthlyDisplay: string;
  monthlyUsd: number | null;
  cheapest: boolean;
}

export interface RestructureReview {
  status: 'invalid' | 'failed' | 'output-changed' | 'too-expensive' | 'passed';
  message: string;
  monthlyDisplay?: string;
  transitionsPerRun?: number;
  diagnostics?: { message: string; line: number; column: number }[];
}

export interface Verdict {
  itemId: string;
  seed: number;
  correct: boolean;
  /** The right answer in words: "$11.15", "B: Distributed Map ...". */
  correctAnswer: string;
  /** What the learner answered, as text. */
  yourAnswer: string;
  working: ArithmeticStep[];
  summary: string;
  options?: OptionReview[];
  designs?: DesignReview[];
  /** The classic mistake a wrong answer matches, when one does. */
  mistake?: { id: MistakeId; label: string; explanation: string };
  restructure?: RestructureReview;
  /** The written explanation of a written numeric item. */
  explanation?: string;
}
