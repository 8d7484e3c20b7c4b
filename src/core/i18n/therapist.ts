import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR, translate, type MessageArgs } from './catalogs.js';
import { DEFAULT_LOCALE, intlLocale, isLocale, PSEUDO_LOCALE, SUPPORTED_LOCALES, type Locale, type RenderLocale } from './locale.js';

/**
 * The therapist side's language: everything a therapist or admin reads (Slack replies, App Home,
 * the homework form, risk alerts and escalations, summaries, the pre-session brief) is rendered
 * from the `therapist-*` catalog areas in one language per deployment, the practice's
 * (`THERAPIST_LOCALE`, default English) — not the client's. See docs/localisation.md.
 */

/** Catalog areas of the therapist side: `locales/<lang>/therapist-*.ftl`. */
export const THERAPIST_AREA = /^therapist-/;

function areasOf(language: Locale): string[] {
  const dir = join(LOCALES_DIR, language);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ftl'))
    .map((name) => name.replace(/\.ftl$/, ''))
    .filter((area) => THERAPIST_AREA.test(area))
    .sort();
}

/**
 * The languages that ship the whole therapist side (every `therapist-*` area English has). A
 * language ships those areas all or none; the catalog test checks that each shipped area has every
 * English message.
 */
export function therapistLocales(): Locale[] {
  const english = areasOf(DEFAULT_LOCALE);
  return SUPPORTED_LOCALES.filter((language) => {
    const areas = areasOf(language);
    return english.every((area) => areas.includes(area));
  });
}

let current: RenderLocale = DEFAULT_LOCALE;

/**
 * Sets the therapist side's language (at start, from `THERAPIST_LOCALE`; tests may use the
 * pseudo-locale). Throws for a language that does not ship the therapist catalogs.
 */
export function setTherapistLocale(locale: RenderLocale): void {
  if (locale !== PSEUDO_LOCALE && !(isLocale(locale) && therapistLocales().includes(locale))) {
    throw new Error(`no therapist catalogs for ${locale}: locales/${locale}/ has no complete set of therapist-*.ftl (shipped: ${therapistLocales().join(', ')})`);
  }
  current = locale;
}

/** The therapist side's language. */
export function therapistLocale(): RenderLocale {
  return current;
}

/** A therapist-side message in the practice's language: `tt('therapist-approved')`. */
export function tt(id: string, args?: MessageArgs): string {
  return translate(current, id, args);
}

/** The therapist side's language as a translator with its locale (for helpers that take `{ locale, t }`). */
export function therapistWords(): { locale: RenderLocale; t: (id: string, args?: MessageArgs) => string } {
  return { locale: current, t: tt };
}

/**
 * A client's language as a therapist reads it, in the therapist's language, with its code:
 * "Spanish (es)", "Spanisch (es)". An unknown or missing code is English, the client's default.
 */
export function languageForTherapist(clientLocale: string | null | undefined): string {
  const code = isLocale(clientLocale) ? clientLocale : DEFAULT_LOCALE;
  const name = new Intl.DisplayNames([intlLocale(current)], { type: 'language' }).of(code) ?? code;
  return `${name} (${code})`;
}
