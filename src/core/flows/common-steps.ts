import { PROMPT_TIME_CHOICES, TIMEZONE_CHOICES } from './catalog.js';
import { choiceStep } from './steps.js';
import { countryName, countryOfTimezone, parseCountry } from '../country.js';
import { esc } from '../messages.js';
import { describeTimezone, parseLocalTime, resolveTimezone } from '../time.js';
import type { FlowContext, FlowData, StepDefinition, StepOutcome } from './types.js';

/** Steps shared by onboarding and settings. */

/** What the country questions say, in one place. */
const COUNTRY_TEXT = {
  guess: (place: string) => `It looks like you’re in ${place} — is that right? I use your country only to show you the right crisis lines.`,
  yes: 'Yes',
  other: 'Choose another',
  keep: (name: string) => `Keep ${name}`,
  now: (description: string) => `Now: ${description}.`,
  question:
    'Which country do you live in? Type its name — in English or in its own language — or its two-letter code (e.g. “Germany”, “Deutschland” or “DE”). I use it only to show you the right crisis lines.',
  unknown: (typed: string) =>
    `I don’t know a country called “${typed}”. Could you type its name in English or in its own language (e.g. “Germany” or “Deutschland”), or its two-letter code (e.g. “DE”)?`,
  ambiguous: (names: string[]) => `Did you mean ${names.slice(0, -1).join(', ')} or ${names.at(-1)}? Please type the full name.`,
  norway: 'If you mean Norway, type “Norway”. Otherwise, type the name of your country.',
  fromTimezone: (name: string) => `${name} (from your timezone)`,
} as const;

const YES_WORDS = new Set(['yes', 'y', 'yeah', 'yep', 'right', 'correct', 'that s right', 'ja', 'si', 'sí', 'oui', 'sim']);
const NO_WORDS = new Set(['no', 'n', 'nope', 'wrong', 'not right', 'other', 'another', 'choose another', 'nein', 'non', 'não', 'nao']);
const typedWord = (text: string) => text.trim().toLowerCase().replace(/[’']/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ');

/** The person's country for messages: "Germany", "Germany (from your timezone)", or null when unknown. */
export function describeCountry(country: string | null, timezone: string): string | null {
  if (country) return countryName(country);
  const derived = countryOfTimezone(timezone);
  return derived ? COUNTRY_TEXT.fromTimezone(countryName(derived)) : null;
}

/** A typed country, or why it was not understood (kindly; the question is asked again). */
function acceptTypedCountry(text: string, data: FlowData, next?: (data: FlowData) => string | null | undefined): StepOutcome {
  const match = parseCountry(text);
  if (match.kind === 'found') {
    const updated = { ...data, country: match.code };
    const target = next?.(updated);
    return target === undefined ? { ok: true, data: updated } : { ok: true, data: updated, next: target };
  }
  if (match.kind === 'ambiguous') return { ok: false, error: COUNTRY_TEXT.ambiguous(match.codes.map((code) => countryName(code))) };
  return { ok: false, error: COUNTRY_TEXT.unknown(esc(text.trim().slice(0, 40))) };
}

const zoneOf = (data: FlowData, context?: FlowContext) => (typeof data.timezone === 'string' ? data.timezone : (context?.person?.timezone ?? null));

/**
 * Onboarding: "It looks like you're in Germany — is that right?", from the timezone just chosen
 * (skipped when the timezone has no country). "Yes" stores it; "Choose another" (or "no") leads to
 * {@link countryQuestionStep}; a typed country name or code is taken at once.
 */
export function countryGuessStep(id = 'country'): StepDefinition {
  const guessOf = (data: FlowData) => countryOfTimezone(zoneOf(data));
  return {
    id,
    freeText: true,
    when: (data) => guessOf(data) !== null,
    view: (data) => {
      const guess = guessOf(data);
      if (!guess) return { text: COUNTRY_TEXT.question };
      return {
        text: COUNTRY_TEXT.guess(countryName(guess, { article: true })),
        options: [
          { value: 'yes', label: COUNTRY_TEXT.yes },
          { value: 'other', label: COUNTRY_TEXT.other },
        ],
      };
    },
    accept: (input, data) => {
      const guess = guessOf(data);
      const answer = input.kind === 'choice' ? input.value : input.kind === 'text' ? typedWord(input.text) : '';
      if (guess && (answer === 'yes' || YES_WORDS.has(answer))) return { ok: true, data: { ...data, country: guess } };
      if (answer === 'other' || NO_WORDS.has(answer)) return { ok: true, data: { ...data, country: undefined } };
      return input.kind === 'text' ? acceptTypedCountry(input.text, data) : { ok: false, error: COUNTRY_TEXT.question };
    },
    clear: (data) => ({ ...data, country: undefined }),
  };
}

/**
 * "Which country do you live in?": a typed name (English or the country's own, accents optional,
 * one letter off is fine) or ISO code. With a person (settings) it shows the current country and
 * offers to keep it. Stores the ISO code under `country`.
 */
export function countryQuestionStep(options: {
  id: string;
  optional?: boolean;
  when?: (data: FlowData) => boolean;
  next?: (data: FlowData) => string | null | undefined;
}): StepDefinition {
  const currentOf = (data: FlowData, context: FlowContext) => {
    if (!context.person) return null;
    const chosen = typeof data.country === 'string' ? data.country : context.person.country;
    return { chosen, zone: zoneOf(data, context) ?? context.person.timezone };
  };
  const accepted = (data: FlowData): StepOutcome => {
    const target = options.next?.(data);
    return target === undefined ? { ok: true, data } : { ok: true, data, next: target };
  };
  return {
    id: options.id,
    freeText: true,
    ...(options.optional && { optional: true }),
    ...(options.when && { when: options.when }),
    view: (data, context) => {
      const current = currentOf(data, context);
      const description = current && describeCountry(current.chosen, current.zone);
      const keepName = current && (current.chosen ?? countryOfTimezone(current.zone));
      return {
        text: description ? `${COUNTRY_TEXT.now(description)}\n${COUNTRY_TEXT.question}` : COUNTRY_TEXT.question,
        options: keepName ? [{ value: 'keep', label: COUNTRY_TEXT.keep(countryName(keepName)) }] : [],
      };
    },
    accept: (input, data) => {
      if (input.kind === 'choice' && input.value === 'keep') return accepted(data);
      if (input.kind !== 'text') return { ok: false, error: COUNTRY_TEXT.question };
      if (typedWord(input.text) === 'no') return { ok: false, error: COUNTRY_TEXT.norway };
      return acceptTypedCountry(input.text, data, options.next);
    },
    clear: (data) => ({ ...data, country: undefined }),
  };
}

export function timezoneStep(id = 'timezone', next?: (data: FlowData) => string | null | undefined): StepDefinition {
  return choiceStep({
    id,
    field: 'timezone',
    prompt: 'Which timezone are you in? Choose one, or type your city or a timezone name (e.g. “Chicago” or “Europe/Berlin”).',
    options: TIMEZONE_CHOICES,
    parseTyped: (text) => {
      const zone = resolveTimezone(text);
      return zone
        ? { value: zone }
        : { error: `I couldn’t find a timezone for “${text.slice(0, 40)}”. Try a nearby big city, or a name like “America/Chicago” or “Europe/Berlin”.` };
    },
    ...(next && { next }),
  });
}

export function promptTimeStep(id = 'promptTime', next?: (data: FlowData) => string | null | undefined): StepDefinition {
  return choiceStep({
    id,
    field: 'promptTime',
    prompt: (data, context) => {
      const zone = typeof data.timezone === 'string' ? data.timezone : context.defaultTimezone;
      return `When should I send your daily check-in? Choose a time or type one (e.g. 19:30 or 7:30pm) — it’s your local time, ${describeTimezone(zone, context.now)}.`;
    },
    options: PROMPT_TIME_CHOICES,
    parseTyped: (text) => {
      const time = parseLocalTime(text);
      return time ? { value: time } : { error: 'Please give a time of day like 20:00, 8pm or 7:30 am.' };
    },
    ...(next && { next }),
  });
}
