import { localized, PROMPT_TIME_CHOICES, TIMEZONE_CHOICES } from './catalog.js';
import { COUNTRY_GUESS_WORDS, intlLocale, isolate, typedMeaning } from '../i18n/index.js';
import { choiceStep } from './steps.js';
import { countryName, countryOfTimezone, parseCountry } from '../country.js';
import { esc } from '../messages.js';
import { describeTimezone, parseLocalTime, resolveTimezone } from '../time.js';
import type { FlowContext, FlowData, StepDefinition, StepOutcome } from './types.js';

/** Steps shared by onboarding and settings. */

/** A country in the sentences of the person's language: its name, and its code for the catalogs' grammar. */
function placeArgs(code: string, context: Pick<FlowContext, 'locale'>, article = false): { place: string; country: string } {
  return { place: countryName(code, { article, language: intlLocale(context.locale) }), country: code };
}

const YES_WORDS = new Set<string>(COUNTRY_GUESS_WORDS.yes);
const NO_WORDS = new Set<string>(COUNTRY_GUESS_WORDS.no);
const typedWord = (text: string) => text.trim().toLowerCase().replace(/[’']/g, ' ').replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ');

/** The person's country for messages: "Germany", "Germany (from your timezone)", or null when unknown. */
export function describeCountry(country: string | null, timezone: string, context: Pick<FlowContext, 'locale' | 't'>): string | null {
  if (country) return placeArgs(country, context).place;
  const derived = countryOfTimezone(timezone);
  return derived ? context.t('country-from-timezone', placeArgs(derived, context)) : null;
}

/** A typed country, or why it was not understood (kindly; the question is asked again). */
function acceptTypedCountry(text: string, data: FlowData, context: FlowContext, next?: (data: FlowData) => string | null | undefined): StepOutcome {
  const match = parseCountry(text);
  if (match.kind === 'found') {
    const updated = { ...data, country: match.code };
    const target = next?.(updated);
    return target === undefined ? { ok: true, data: updated } : { ok: true, data: updated, next: target };
  }
  if (match.kind === 'ambiguous') {
    const names = match.codes.map((code) => placeArgs(code, context).place);
    return { ok: false, error: context.t('country-ambiguous', { first: names.slice(0, -1).join(', '), last: names.at(-1)! }) };
  }
  return { ok: false, error: context.t('country-unknown', { typed: isolate(esc(text.trim().slice(0, 40))) }) };
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
    view: (data, context) => {
      const guess = guessOf(data);
      if (!guess) return { text: context.t('country-question') };
      return {
        text: context.t('country-guess', placeArgs(guess, context, true)),
        options: [
          { value: 'yes', label: context.t('country-guess-yes') },
          { value: 'other', label: context.t('country-guess-other') },
        ],
      };
    },
    accept: (input, data, context) => {
      const guess = guessOf(data);
      const answer = input.kind === 'choice' ? input.value : input.kind === 'text' ? typedWord(input.text) : '';
      const meaning = input.kind === 'text' ? typedMeaning(input.text, context.locale) : undefined;
      if (guess && (answer === 'yes' || meaning === 'yes' || YES_WORDS.has(answer))) return { ok: true, data: { ...data, country: guess } };
      if (answer === 'other' || meaning === 'no' || NO_WORDS.has(answer)) return { ok: true, data: { ...data, country: undefined } };
      return input.kind === 'text' ? acceptTypedCountry(input.text, data, context) : { ok: false, error: context.t('country-question') };
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
      const description = current && describeCountry(current.chosen, current.zone, context);
      const keepName = current && (current.chosen ?? countryOfTimezone(current.zone));
      const question = context.t('country-question');
      return {
        text: description ? `${context.t('country-now', { description })}\n${question}` : question,
        options: keepName ? [{ value: 'keep', label: context.t('country-keep', placeArgs(keepName, context)) }] : [],
      };
    },
    accept: (input, data, context) => {
      if (input.kind === 'choice' && input.value === 'keep') return accepted(data);
      if (input.kind !== 'text') return { ok: false, error: context.t('country-question') };
      if (typedWord(input.text) === 'no') return { ok: false, error: context.t('country-norway') };
      return acceptTypedCountry(input.text, data, context, options.next);
    },
    clear: (data) => ({ ...data, country: undefined }),
  };
}

export function timezoneStep(id = 'timezone', next?: (data: FlowData) => string | null | undefined): StepDefinition {
  return choiceStep({
    id,
    field: 'timezone',
    prompt: (_data, context) => context.t('timezone-question'),
    options: (_data, context) => localized(TIMEZONE_CHOICES, 'timezone-choice', context),
    parseTyped: (text, _data, context) => {
      const zone = resolveTimezone(text);
      return zone ? { value: zone } : { error: context.t('timezone-unknown', { typed: isolate(esc(text.slice(0, 40))) }) };
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
      return context.t('prompt-time-question', { timezone: describeTimezone(zone, context.now, context.locale) });
    },
    options: PROMPT_TIME_CHOICES,
    parseTyped: (text, _data, context) => {
      const time = parseLocalTime(text);
      return time ? { value: time } : { error: context.t('prompt-time-invalid') };
    },
    ...(next && { next }),
  });
}
