import { negotiateLanguages } from '@fluent/langneg';

/** The languages Between speaks. A person's choice is stored in `Person.locale`. */
export const SUPPORTED_LOCALES = ['en', 'es', 'de'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/**
 * Accented, bracketed English generated from the English catalog, for tests only: every visible
 * word of a pseudo-localised reply must come from a catalog (see docs/localisation.md).
 */
export const PSEUDO_LOCALE = 'en-XA';
/** A locale messages are rendered in: a supported one, or the pseudo-locale (tests). */
export type RenderLocale = Locale | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: Locale = 'en';

let pseudoEnabled = false;

/** Lets `en-XA` through negotiation and stored locales (tests only). */
export function enablePseudoLocale(enabled = true): void {
  pseudoEnabled = enabled;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/**
 * The locale for a platform's language hint (Telegram `language_code`, Discord `locale`): `es-MX`
 * → `es`, `de-AT` → `de`; unknown or malformed hints (`pt-BR`, `xx`, '') → `en`.
 */
export function negotiateLocale(hint: string | null | undefined): Locale {
  return negotiateRender(hint) as Locale;
}

/** As {@link negotiateLocale}, letting the pseudo-locale through when it is enabled (tests). */
export function negotiateRender(hint: string | null | undefined): RenderLocale {
  const requested = (hint ?? '').trim().replace(/_/g, '-');
  if (pseudoEnabled && requested === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(requested)) return DEFAULT_LOCALE;
  // Region and script do not matter for the catalogs we ship ("es-419", "de-CH" → es, de).
  const [best] = negotiateLanguages([requested, requested.split('-')[0]!], SUPPORTED_LOCALES, { strategy: 'lookup', defaultLocale: DEFAULT_LOCALE });
  return isLocale(best) ? best : DEFAULT_LOCALE;
}

/** A stored `Person.locale` (or a flow's chosen language) as a render locale; anything unknown → `en`. */
export function storedLocale(value: string | null | undefined): RenderLocale {
  if (pseudoEnabled && value === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  return isLocale(value) ? value : negotiateLocale(value);
}

/** The locale whose conventions (Intl: numbers, dates, lists, plural rules) apply. */
export function intlLocale(locale: RenderLocale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}

/** Each language by its own name (the same in every language: a person finds theirs). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español', de: 'Deutsch' };

/** What people type to name a language, in any of the three (accents optional). */
const LANGUAGE_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['en', 'english', 'ingles', 'englisch'],
  es: ['es', 'espanol', 'spanish', 'castellano', 'spanisch'],
  de: ['de', 'deutsch', 'german', 'aleman'],
};

/** The language a typed word names ("Español", "espanol", "de", "German"), or undefined. */
export function chooseLanguage(text: string): Locale | undefined {
  const word = text.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/[^a-z]/g, '');
  if (pseudoEnabled && text.trim() === PSEUDO_LOCALE) return PSEUDO_LOCALE as Locale;
  return SUPPORTED_LOCALES.find((locale) => LANGUAGE_WORDS[locale].includes(word));
}
