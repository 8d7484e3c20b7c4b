import { DONE } from './engine.js';
import { isolate, translator, type Translate } from '../i18n/index.js';
import type { ScreeningContext } from '../safety/crisis-types.js';
import type { ChoiceOption, FlowContext, FlowData, StepDefinition, StepOutcome } from './types.js';

/**
 * Step builders: most questions are one of these shapes, so a flow is mostly data. Each stores its
 * answer under `field` in the flow data.
 */

/** Longest free-text answer; longer ones are refused with a kind message (and kept by the person). */
export const MAX_ANSWER_LENGTH = 2_000;
/** Text steps allowing at least this much are offered as a form where a platform has one. */
const LONG_TEXT_FROM = 200;

type Text = string | ((data: FlowData, context: FlowContext) => string);
const textOf = (text: Text, data: FlowData, context: FlowContext) => (typeof text === 'function' ? text(data, context) : text);

interface Common {
  id: string;
  field: string;
  prompt: Text;
  optional?: boolean;
  when?: (data: FlowData) => boolean;
  /** Where to go after this step (default: the next applicable step). */
  next?: (data: FlowData) => string | null | undefined;
}

function accepted(data: FlowData, common: Common): StepOutcome {
  const next = common.next?.(data);
  return next === undefined ? { ok: true, data } : { ok: true, data, next };
}

const POSITION_LIKE = /^\s*\d{1,2}\s*$/;

/**
 * A typed number on a list is the option's position (1 = the first), the number shown beside it
 * where there are no buttons; on a number scale (every label a number) it is the value. A list that
 * mixes the two — an option valued or labelled "2" that is not the second — would make "2" mean
 * two things, so it is refused when the flow is built.
 */
function assertNumberedUnambiguously(id: string, options: readonly ChoiceOption[]): void {
  if (options.every((option) => POSITION_LIKE.test(option.label))) return;
  const clash = options.find((option) => POSITION_LIKE.test(option.label) || POSITION_LIKE.test(option.value));
  if (clash) throw new Error(`step ${id}: option ${JSON.stringify(clash.value)} looks like a list position; give it a value and label that are not a bare number`);
}

/** One choice from a list. Typed: the label, the value, or the option's number. */
export function choiceStep(
  common: Common & {
    options: ChoiceOption[] | ((data: FlowData, context: FlowContext) => ChoiceOption[]);
    /** Also accept typed text that is not an option; return the value to store, or an error. */
    parseTyped?: (text: string, data: FlowData, context: FlowContext) => { value: unknown } | { error: string };
    invalid?: string;
  },
): StepDefinition {
  const optionsOf = (data: FlowData, context: FlowContext) => (typeof common.options === 'function' ? common.options(data, context) : common.options);
  if (Array.isArray(common.options)) assertNumberedUnambiguously(common.id, common.options);
  return {
    id: common.id,
    ...(common.optional && { optional: true }),
    ...(common.when && { when: common.when }),
    ...(common.parseTyped && { freeText: true }),
    view: (data, context) => ({ text: textOf(common.prompt, data, context), options: optionsOf(data, context) }),
    accept: (input, data, context) => {
      if (input.kind === 'choice') return accepted({ ...data, [common.field]: input.value }, common);
      if (input.kind === 'text' && common.parseTyped) {
        const parsed = common.parseTyped(input.text, data, context);
        if ('error' in parsed) return { ok: false, error: parsed.error };
        return accepted({ ...data, [common.field]: parsed.value }, common);
      }
      return { ok: false, error: common.invalid ?? context.t('step-choose-an-option') };
    },
    clear: (data) => ({ ...data, [common.field]: undefined }),
  };
}

/** Several choices, toggled with buttons then "Done", or typed at once ("1 3", "sad, anxious"). */
export function multiChoiceStep(
  common: Common & {
    /** The options, or the options in the person's language (see `localized` in catalog.ts). */
    options: ChoiceOption[] | ((context: FlowContext) => ChoiceOption[]);
    /** At least this many must be chosen (0 allows "None of these"). */
    min?: number;
  },
): StepDefinition {
  const min = common.min ?? 1;
  const optionsOf = (context: FlowContext) => (typeof common.options === 'function' ? common.options(context) : common.options);
  if (Array.isArray(common.options)) assertNumberedUnambiguously(common.id, common.options);
  const listOf = (data: FlowData) => (Array.isArray(data[common.field]) ? (data[common.field] as string[]) : []);
  const labels = (context: FlowContext) => optionsOf(context).map((option, index) => `${index + 1} ${option.label}`).join(', ');
  return {
    id: common.id,
    ...(common.optional && { optional: true }),
    ...(common.when && { when: common.when }),
    view: (data, context) => ({
      text: textOf(common.prompt, data, context),
      options: optionsOf(context),
      multiSelect: true,
      selected: listOf(data),
    }),
    accept: (input, data, context) => {
      if (input.kind === 'choice') {
        if (input.value === DONE) {
          if (listOf(data).length < min) return { ok: false, error: context.t('step-choose-at-least-then-done', { min }) };
          return accepted(data, common);
        }
        const current = listOf(data);
        const toggled = current.includes(input.value) ? current.filter((v) => v !== input.value) : [...current, input.value];
        return { ok: true, data: { ...data, [common.field]: toggled }, stay: true };
      }
      if (input.kind === 'choices') {
        const known = new Set(optionsOf(context).map((option) => option.value));
        const values = input.values.filter((value) => known.has(value));
        if (values.length < min) return { ok: false, error: context.t('step-choose-at-least', { min }) };
        return accepted({ ...data, [common.field]: values }, common);
      }
      return { ok: false, error: context.t('step-not-recognised', { buttons: context.buttons === false ? 'no' : 'yes', labels: labels(context) }) };
    },
    clear: (data) => ({ ...data, [common.field]: [] }),
  };
}

/** A whole number in a range, with quick buttons; typed numbers are accepted too. */
export function numberStep(common: Common & { min: number; max: number; quick: number[]; unit?: string }): StepDefinition {
  return {
    id: common.id,
    ...(common.optional && { optional: true }),
    ...(common.when && { when: common.when }),
    view: (data, context) => ({
      text: textOf(common.prompt, data, context),
      options: common.quick.map((n) => ({ value: String(n), label: String(n) })),
    }),
    accept: (input, data, context) => {
      const raw = input.kind === 'choice' ? input.value : input.kind === 'text' ? input.text : '';
      const parsed = parseWholeNumber(raw, common.min, common.max, context.buttons !== false, context.t);
      if ('error' in parsed) return { ok: false, error: parsed.error };
      return accepted({ ...data, [common.field]: parsed.value }, common);
    },
    clear: (data) => ({ ...data, [common.field]: undefined }),
  };
}

/** Parses "70", " 70 ", "70%"; explains what is accepted otherwise (core.ftl, `number-…`). */
export function parseWholeNumber(raw: string, min: number, max: number, buttons = true, t: Translate = translator('en')): { value: number } | { error: string } {
  const text = raw.trim().replace(/%$/, '').trim();
  const range = { min, max };
  if (!text) return { error: t('number-empty', range) };
  if (!/^[-+]?\d+(?:[.,]\d+)?$/.test(text)) return { error: t('number-not-a-number', { ...range, typed: isolate(text.slice(0, 20)), buttons: buttons ? 'yes' : 'no' }) };
  const value = Number(text.replace(',', '.'));
  if (!Number.isInteger(value)) return { error: t('number-decimals', range) };
  if (value < min || value > max) return { error: t('number-out-of-range', { ...range, value }) };
  return { value };
}

/**
 * Free text, checked for crisis language, limited to {@link MAX_ANSWER_LENGTH}. `screening:
 * 'describing'` for answers that describe warning signs, triggers or the past (see StepDefinition).
 */
export function textStep(common: Common & { maxLength?: number; screening?: ScreeningContext }): StepDefinition {
  const maxLength = common.maxLength ?? MAX_ANSWER_LENGTH;
  return {
    id: common.id,
    freeText: true,
    ...(common.screening && { screening: common.screening }),
    ...(maxLength >= LONG_TEXT_FROM && { longText: { maxLength } }),
    ...(common.optional && { optional: true }),
    ...(common.when && { when: common.when }),
    view: (data, context) => ({ text: textOf(common.prompt, data, context) }),
    accept: (input, data, context) => {
      if (input.kind !== 'text') return { ok: false, error: context.t('text-type-your-answer') };
      const text = input.text.trim();
      if (!text) return { ok: false, error: context.t(common.optional ? 'text-empty-optional' : 'text-empty') };
      if (text.length > maxLength) return { ok: false, error: context.t('text-too-long', { length: text.length, limit: maxLength }) };
      return accepted({ ...data, [common.field]: text }, common);
    },
    clear: (data) => ({ ...data, [common.field]: undefined }),
  };
}

/**
 * A rating for each item of a list chosen earlier (e.g. each emotion's intensity), one question per
 * item. Stores `{ [item]: rating }` under `field`; `back` restarts the list.
 */
export function ratingsStep(
  common: Omit<Common, 'prompt'> & {
    items: (data: FlowData) => string[];
    label: (item: string, data: FlowData) => string;
    prompt: (itemLabel: string, data: FlowData, context: FlowContext) => string;
    min: number;
    max: number;
    quick: number[];
  },
): StepDefinition {
  const ratingsOf = (data: FlowData) => (data[common.field] as Record<string, number> | undefined) ?? {};
  const pending = (data: FlowData) => common.items(data).filter((item) => ratingsOf(data)[item] === undefined);
  return {
    id: common.id,
    when: (data) => (common.when ? common.when(data) : true) && common.items(data).length > 0,
    view: (data, context) => {
      const item = pending(data)[0] ?? common.items(data)[0]!;
      return { text: common.prompt(common.label(item, data), data, context), options: common.quick.map((n) => ({ value: String(n), label: String(n) })) };
    },
    accept: (input, data, context) => {
      const raw = input.kind === 'choice' ? input.value : input.kind === 'text' ? input.text : '';
      const parsed = parseWholeNumber(raw, common.min, common.max, context.buttons !== false, context.t);
      if ('error' in parsed) return { ok: false, error: parsed.error };
      const item = pending(data)[0];
      const done = (d: FlowData): StepOutcome => {
        const target = common.next?.(d);
        return target === undefined ? { ok: true, data: d } : { ok: true, data: d, next: target };
      };
      if (item === undefined) return done(data);
      const next = { ...data, [common.field]: { ...ratingsOf(data), [item]: parsed.value } };
      return pending(next).length > 0 ? { ok: true, data: next, stay: true } : done(next);
    },
    clear: (data) => ({ ...data, [common.field]: {} }),
  };
}

/** Letters and digits only, without case or accents: "Nearly every day!" and "nearly everyday" fold alike. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Edits (insert, delete, replace, swap two neighbours) between two strings. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Typos forgiven in a typed option name: one per this many letters of the name. */
export const LETTERS_PER_TYPO = 6;

/**
 * The option a typed answer names, in any case, with or without accents, spaces or punctuation,
 * and with a typo per {@link LETTERS_PER_TYPO} letters ("Nearly everyday", "more then half the
 * days"). Undefined when no option is that close, or when two are equally close.
 */
export function optionNamed<T extends { label: string }>(options: readonly T[], typed: string): T | undefined {
  const wanted = fold(typed);
  if (!wanted) return undefined;
  const ranked = options
    .map((option) => {
      const name = fold(option.label);
      return { option, distance: editDistance(name, wanted), allowed: Math.floor(name.length / LETTERS_PER_TYPO) };
    })
    .sort((a, b) => a.distance - b.distance);
  const [best, runnerUp] = ranked;
  if (!best || best.distance > best.allowed) return undefined;
  if (runnerUp && runnerUp.distance <= best.distance) return undefined;
  return best.option;
}
