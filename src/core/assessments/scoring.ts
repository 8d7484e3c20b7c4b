import type { Band, Instrument, ScoreNote } from './instruments.js';

/** A complete administration, scored. */
export interface ScoredAssessment {
  instrument: string;
  version: string;
  /** Item id → score, in item order. */
  answers: Record<string, number>;
  /** Sum of the item scores. */
  raw: number;
  /** The reported score: raw × the instrument's multiplier (WHO-5: 0–100). Stored as `total`. */
  total: number;
  max: number;
  band: Band;
  notes: ScoreNote[];
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

/** The extra cut-offs a reported score meets. */
export function notesFor(instrument: Instrument, total: number): ScoreNote[] {
  return (instrument.notes ?? []).filter((note) => total >= note.min && total <= note.max);
}

/**
 * Scores a complete administration. Every item must have exactly one of the instrument's answer
 * scores and nothing else may be present: a partial administration is never scored.
 */
export function scoreAssessment(instrument: Instrument, answers: Readonly<Record<string, unknown>>): ScoreOutcome {
  const allowed = new Set(instrument.options.map((option) => option.score));
  const itemIds = new Set(instrument.items.map((item) => item.id));
  const missing: string[] = [];
  const invalid: string[] = [];
  const ordered: Record<string, number> = {};
  for (const item of instrument.items) {
    const value = answers[item.id];
    if (value === undefined || value === null) missing.push(item.id);
    else if (typeof value !== 'number' || !allowed.has(value)) invalid.push(item.id);
    else ordered[item.id] = value;
  }
  for (const key of Object.keys(answers)) if (!itemIds.has(key) && answers[key] !== undefined) invalid.push(key);
  if (missing.length > 0 || invalid.length > 0) return { ok: false, missing, invalid };
  const raw = Object.values(ordered).reduce((sum, score) => sum + score, 0);
  const total = raw * multiplierOf(instrument);
  return {
    ok: true,
    result: { instrument: instrument.id, version: instrument.version, answers: ordered, raw, total, max: maxTotal(instrument), band: bandFor(instrument, total), notes: notesFor(instrument, total) },
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
