import type { AnswerOption, Band, Instrument, NoteText, UnscoredQuestion } from './instruments.js';

/** A complete administration, scored. */
export interface ScoredAssessment {
  instrument: string;
  version: string;
  /** Item id → score, in item order. */
  answers: Record<string, number>;
  /** Unscored question id → the stored code of its answer, for those answered; never in `raw`. */
  unscored: Record<string, number>;
  /** Sum of the item scores. */
  raw: number;
  /** The reported score: raw × the instrument's multiplier (WHO-5: 0–100). Stored as `total`. */
  total: number;
  max: number;
  band: Band;
  /** The score notes, then the item notes, that apply. Their keys are stored with the result. */
  notes: NoteText[];
}

export type ScoreOutcome = { ok: true; result: ScoredAssessment } | { ok: false; missing: string[]; invalid: string[] };

const multiplierOf = (instrument: Instrument) => instrument.scoring.multiplier ?? 1;

/** The highest reported score. */
export function maxTotal(instrument: Instrument): number {
  const top = Math.max(...instrument.options.map((option) => option.score));
  return instrument.items.length * top * multiplierOf(instrument);
}

/** The band a reported score falls in (throws for a score outside the instrument's range). */
export function bandFor(instrument: Instrument, total: number): Band {
  const band = instrument.bands.find((candidate) => total >= candidate.min && total <= candidate.max);
  if (!band) throw new Error(`${instrument.id}: no band for ${total}`);
  return band;
}

/** The extra cut-offs a reported score meets, then the item rules the item scores meet. */
export function notesFor(instrument: Instrument, total: number, itemScores: Readonly<Record<string, number>>): NoteText[] {
  const scores = instrument.items.flatMap((item) => (typeof itemScores[item.id] === 'number' ? [itemScores[item.id]!] : []));
  return [
    ...(instrument.notes ?? []).filter((note) => total >= note.min && total <= note.max),
    ...(instrument.itemNotes ?? []).filter((note) => scores.some((score) => score <= note.anyItemAtMost)),
  ];
}

/**
 * The notes of a stored result, by key, in the instrument's order. A key the instrument no longer
 * defines is still shown, by its key.
 */
export function notesByKeys(instrument: Instrument | undefined, keys: readonly string[]): NoteText[] {
  const known = [...(instrument?.notes ?? []), ...(instrument?.itemNotes ?? [])];
  const ordered = known.filter((note) => keys.includes(note.key));
  const unknown = keys.filter((key) => !known.some((note) => note.key === key)).map((key) => ({ key, label: key.replace(/_/g, ' '), message: '' }));
  return [...ordered, ...unknown];
}

/**
 * Whether an unscored question is asked, given the item scores so far. With `pending` items
 * not answered yet, a conditional question may still come, so it counts as asked.
 */
export function isAsked(question: UnscoredQuestion, itemScores: Readonly<Record<string, number>>, pending = false): boolean {
  const threshold = question.onlyIfAnyItemAbove;
  if (threshold === undefined || pending) return true;
  return Object.values(itemScores).some((score) => score > threshold);
}

/** The label of a stored answer: an item's score or an unscored question's code. */
export function answerLabelOf(instrument: Instrument, key: string, value: number): { question: string; answer: string } | undefined {
  const item = instrument.items.find((candidate) => candidate.id === key);
  const question = item ? undefined : instrument.unscored?.find((candidate) => candidate.id === key);
  const options: AnswerOption[] | undefined = item ? instrument.options : question?.options;
  const option = options?.find((candidate) => candidate.score === value);
  if (!option) return undefined;
  return { question: item?.text ?? question!.text, answer: option.label };
}

/**
 * Scores a complete administration. Every item must have exactly one of the instrument's answer
 * scores; an unscored question may hold one of its own codes when it was asked (and must, unless
 * it is conditional, which makes it skippable); nothing else may be present. A partial
 * administration is never scored.
 */
export function scoreAssessment(instrument: Instrument, answers: Readonly<Record<string, unknown>>): ScoreOutcome {
  const allowed = new Set(instrument.options.map((option) => option.score));
  const questions = instrument.unscored ?? [];
  const known = new Set([...instrument.items.map((item) => item.id), ...questions.map((question) => question.id)]);
  const missing: string[] = [];
  const invalid: string[] = [];
  const ordered: Record<string, number> = {};
  for (const item of instrument.items) {
    const value = answers[item.id];
    if (value === undefined || value === null) missing.push(item.id);
    else if (typeof value !== 'number' || !allowed.has(value)) invalid.push(item.id);
    else ordered[item.id] = value;
  }
  const unscored: Record<string, number> = {};
  for (const question of questions) {
    const value = answers[question.id];
    const asked = isAsked(question, ordered);
    if (value === undefined || value === null) {
      if (asked && question.onlyIfAnyItemAbove === undefined) missing.push(question.id);
    } else if (!asked || typeof value !== 'number' || !question.options.some((option) => option.score === value)) invalid.push(question.id);
    else unscored[question.id] = value;
  }
  for (const key of Object.keys(answers)) if (!known.has(key) && answers[key] !== undefined) invalid.push(key);
  if (missing.length > 0 || invalid.length > 0) return { ok: false, missing, invalid };
  const raw = Object.values(ordered).reduce((sum, score) => sum + score, 0);
  const total = raw * multiplierOf(instrument);
  return {
    ok: true,
    result: {
      instrument: instrument.id,
      version: instrument.version,
      answers: ordered,
      unscored,
      raw,
      total,
      max: maxTotal(instrument),
      band: bandFor(instrument, total),
      notes: notesFor(instrument, total, ordered),
    },
  };
}

/**
 * Checks an instrument's data: unique item ids, distinct whole-number option scores, bands that
 * cover 0…max exactly once. Returns the problems (empty when it is sound).
 */
export function validateInstrument(instrument: Instrument): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${instrument.id}: ${problem}`);
  if (!/^[a-z0-9]+$/.test(instrument.id)) say('id must be lower-case letters and digits');
  if (instrument.items.length === 0) say('has no items');
  if (new Set(instrument.items.map((item) => item.id)).size !== instrument.items.length) say('item ids repeat');
  if (instrument.options.length < 2) say('needs at least two answer options');
  const scores = instrument.options.map((option) => option.score);
  if (scores.some((score) => !Number.isInteger(score) || score < 0)) say('option scores must be whole numbers ≥ 0');
  if (new Set(scores).size !== scores.length) say('option scores repeat');
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const questionIds = (instrument.unscored ?? []).map((question) => question.id);
  if (new Set(questionIds).size !== questionIds.length || questionIds.some((id) => itemIds.has(id))) say('unscored question ids repeat or reuse an item id');
  for (const question of instrument.unscored ?? []) {
    const codes = question.options.map((option) => option.score);
    if (codes.length < 2) say(`${question.id} needs at least two answer options`);
    if (codes.some((code) => !Number.isInteger(code) || code < 0) || new Set(codes).size !== codes.length) say(`${question.id} option codes must be distinct whole numbers ≥ 0`);
  }
  const noteKeys = [...(instrument.notes ?? []), ...(instrument.itemNotes ?? [])].map((note) => note.key);
  if (new Set(noteKeys).size !== noteKeys.length) say('note keys repeat');
  for (const note of instrument.itemNotes ?? []) {
    if (!scores.some((score) => score <= note.anyItemAtMost) || scores.every((score) => score <= note.anyItemAtMost)) say(`item note ${note.key} applies to no answer or to every answer`);
  }
  const multiplier = multiplierOf(instrument);
  if (!Number.isInteger(multiplier) || multiplier < 1) say('multiplier must be a whole number ≥ 1');
  if (problems.length > 0) return problems;
  const max = maxTotal(instrument);
  const bands = [...instrument.bands].sort((a, b) => a.min - b.min);
  let expected = 0;
  for (const band of bands) {
    if (band.min !== expected) say(`band ${band.key} starts at ${band.min}, expected ${expected}`);
    if (band.max < band.min) say(`band ${band.key} ends before it starts`);
    expected = band.max + 1;
  }
  if (expected !== max + 1) say(`bands end at ${expected - 1}, expected ${max}`);
  if (new Set(instrument.bands.map((band) => band.key)).size !== instrument.bands.length) say('band keys repeat');
  return problems;
}
