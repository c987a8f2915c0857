// An item plus a seed gives one concrete question: the numbers drawn, the options in their order, and
// everything needed to grade it. `question` is the part a learner may see; the rest stays on the server.

import { getGenerator } from './generators';
import { definitionText } from './machines';
import { describeMistake, type MistakeId } from './mistakes';
import { drawParams, shuffled } from './params';
import type {
  ArithmeticStep,
  DesignSpec,
  Generated,
  GeneratedRestructure,
  QuizItem,
  Question,
  QuestionOption,
  WrongValue,
} from './types';
import { isGeneratedItem } from './types';
import { formatValue, UNITS, type UnitId } from './units';

export interface MaterializedOption extends QuestionOption {
  correct: boolean;
  explanation: string;
  mistake?: MistakeId;
}

export interface NumericKey {
  answer: number;
  /** Every accepted figure (the answer first). */
  accepted: number[];
  tolerance: number;
  unit: UnitId;
  wrong: WrongValue[];
}

export interface Materialized {
  item: QuizItem;
  seed: number;
  question: Question;
  working: ArithmeticStep[];
  summary: string;
  options?: MaterializedOption[];
  numeric?: NumericKey;
  designs?: (DesignSpec & { key: string })[];
  restructure?: GeneratedRestructure;
  /** The written explanation of a written numeric item. */
  explanation?: string;
  generated?: Generated;
}

export class QuizItemError extends Error {
  constructor(
    readonly itemId: string,
    message: string,
  ) {
    super(`${itemId}: ${message}`);
    this.name = 'QuizItemError';
  }
}

const KEYS = 'abcdefgh';

function keyed<T>(values: T[]): (T & { key: string })[] {
  return values.map((value, index) => ({ ...value, key: KEYS[index] ?? String(index + 1) }));
}

/** Up to three distractors: the wrong values that differ from the answer and from each other, in the generator's order. */
export function choiceDistractors(answer: number, tolerance: number, unit: UnitId, wrong: WrongValue[]): WrongValue[] {
  const seen = new Set([formatValue(answer, unit)]);
  const out: WrongValue[] = [];
  for (const w of wrong) {
    const text = formatValue(w.value, unit);
    if (out.length === 3 || seen.has(text) || Math.abs(w.value - answer) <= tolerance || !Number.isFinite(w.value) || w.value < 0) continue;
    seen.add(text);
    out.push(w);
  }
  return out;
}

export function materialize(item: QuizItem, seed: number): Materialized {
  const base: Omit<Question, 'prompt' | 'facts'> = {
    itemId: item.id,
    seed,
    type: item.type,
    category: item.category,
    title: item.title,
    lesson: item.lesson,
    topics: item.topics,
    exams: item.exams,
  };

  if (!isGeneratedItem(item)) {
    if (item.type === 'numeric') {
      return {
        item,
        seed,
        question: { ...base, prompt: item.prompt, facts: [], ...(item.code ? { code: item.code } : {}), numeric: numericField(item.unit) },
        working: [],
        summary: item.explanation,
        explanation: item.explanation,
        numeric: { answer: item.answer, accepted: [item.answer], tolerance: item.tolerance, unit: item.unit, wrong: [] },
      };
    }
    const ordered = item.shuffle ? shuffled(item.options, seed) : [...item.options];
    const options = keyed(ordered).map((o): MaterializedOption => ({ key: o.key, text: o.text, correct: o.correct, explanation: o.explanation }));
    return {
      item,
      seed,
      question: { ...base, prompt: item.prompt, facts: [], ...(item.code ? { code: item.code } : {}), options: options.map(publicOption) },
      working: [],
      summary: options.filter((o) => o.correct).map((o) => o.explanation).join(' '),
      options,
    };
  }

  const generator = getGenerator(item.generator);
  if (!generator) throw new QuizItemError(item.id, `no generator named "${item.generator}"`);
  const params = drawParams(generator.params, seed);
  const generated = generator.build(params);
  const shared = { item, seed, working: generated.working, summary: generated.summary, generated };
  const firstMachine = 'machines' in generated ? generated.machines?.[0] : undefined;
  const question: Question = {
    ...base,
    prompt: generated.prompt,
    facts: generated.facts,
    params,
    ...(firstMachine ? { code: definitionText(firstMachine.definition) } : {}),
  };

  if (generated.kind === 'value') {
    const numeric: NumericKey = {
      answer: generated.answer,
      accepted: [generated.answer, ...(generated.alsoAccepted ?? [])],
      tolerance: generated.tolerance,
      unit: generated.unit,
      wrong: generated.wrong,
    };
    if (item.type === 'numeric') return { ...shared, question: { ...question, numeric: numericField(generated.unit) }, numeric };
    if (item.type !== 'single') throw new QuizItemError(item.id, `a value generator answers "single" or "numeric" items, not "${item.type}"`);
    const distractors = choiceDistractors(generated.answer, generated.tolerance, generated.unit, generated.wrong);
    const all: Omit<MaterializedOption, 'key'>[] = [
      { text: formatValue(generated.answer, generated.unit), correct: true, explanation: `Right. ${generated.summary}` },
      ...distractors.map((d) => {
        const mistake = describeMistake(d.mistake);
        return { text: formatValue(d.value, generated.unit), correct: false, explanation: `${mistake.label}: ${mistake.explanation}`, mistake: d.mistake };
      }),
    ];
    const options = keyed(shuffled(all, seed));
    return { ...shared, question: { ...question, options: options.map(publicOption) }, options, numeric };
  }

  if (generated.kind === 'choice') {
    if (item.type !== 'single') throw new QuizItemError(item.id, `a choice generator answers "single" items, not "${item.type}"`);
    const options = keyed(shuffled(generated.options, seed)).map(
      (o): MaterializedOption => ({ key: o.key, text: o.text, correct: o.correct, explanation: o.explanation, ...(o.mistake ? { mistake: o.mistake } : {}) }),
    );
    return { ...shared, question: { ...question, options: options.map(publicOption) }, options };
  }

  if (generated.kind === 'designs') {
    if (item.type !== 'cheapest-design') throw new QuizItemError(item.id, `a designs generator answers "cheapest-design" items, not "${item.type}"`);
    const designs = keyed(shuffled(generated.designs, seed));
    const cheapest = cheapestKey(designs);
    const options = designs.map(
      (d): MaterializedOption => ({
        key: d.key,
        text: d.title,
        detail: d.description,
        code: definitionText(d.machine.definition),
        correct: d.key === cheapest,
        explanation: d.explanation,
        ...(d.key !== cheapest ? { mistake: d.mistake ?? 'cheaper-design-confused' } : {}),
      }),
    );
    const { code: _code, ...withoutCode } = question;
    return { ...shared, question: { ...withoutCode, options: options.map(publicOption) }, options, designs };
  }

  if (item.type !== 'restructure') throw new QuizItemError(item.id, `a restructure generator answers "restructure" items, not "${item.type}"`);
  return {
    ...shared,
    question: {
      ...question,
      code: definitionText(generated.start.definition),
      restructure: {
        definition: definitionText(generated.start.definition),
        input: JSON.stringify(generated.start.input),
        runsPerMonth: generated.runsPerMonth,
        targetDisplay: generated.targetDisplay,
        hints: generated.hints,
      },
    },
    restructure: generated,
  };
}

/** The key of the cheapest design that runs; ties are a content bug the content check reports. */
export function cheapestKey(designs: (DesignSpec & { key: string })[]): string | undefined {
  let best: (DesignSpec & { key: string }) | undefined;
  for (const d of designs) if (d.monthlyUsd !== null && (!best || d.monthlyUsd < (best.monthlyUsd as number))) best = d;
  return best?.key;
}

function publicOption(o: MaterializedOption): QuestionOption {
  return { key: o.key, text: o.text, ...(o.detail ? { detail: o.detail } : {}), ...(o.code ? { code: o.code } : {}) };
}

function numericField(unit: UnitId): Question['numeric'] {
  const info = UNITS[unit];
  return { unit, unitLabel: unit === 'usd' ? 'US dollars' : info.label, placeholder: info.placeholder };
}
