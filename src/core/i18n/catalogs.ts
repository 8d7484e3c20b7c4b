import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import type { Logger } from '../../logger.js';
import { DEFAULT_LOCALE, intlLocale, PSEUDO_LOCALE, type Locale, type RenderLocale } from './locale.js';

/**
 * The message catalogs: `locales/<lang>/<area>.ftl` at the project root, read and parsed into one
 * Fluent bundle per language the first time that language is needed, then kept. A process whose
 * people all write English never holds the Spanish and German bundles (issue 14,
 * `npm run bench:memory`); that every catalog parses is checked by the tests
 * (`test/unit/catalogs.test.ts`), not at start. The root is found by walking up from this module to
 * package.json, so it works from src/ (tsx) and from dist/src/ (compiled) alike.
 */

export type MessageArgs = Record<string, FluentVariable>;

/**
 * What a missing message id does: `throw` (tests, and the default) or fall back to English with a
 * warning on `logger` (set at start outside tests).
 */
export type MissingMessagePolicy = 'throw' | { fallback: Pick<Logger, 'warn'> };
let policy: MissingMessagePolicy = 'throw';

export function setMissingMessagePolicy(next: MissingMessagePolicy): void {
  policy = next;
}

export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const LOCALES_DIR = join(projectRoot(), 'locales');

/** The catalog files of one language: area name → FTL source. */
export function catalogSources(language: Locale): Map<string, string> {
  const dir = join(LOCALES_DIR, language);
  const files = readdirSync(dir).filter((name) => name.endsWith('.ftl')).sort();
  return new Map(files.map((name) => [name.replace(/\.ftl$/, ''), readFileSync(join(dir, name), 'utf8')]));
}

/** Pseudo-localisation: accented letters, so untranslated English stands out in tests. */
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [letter, [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!]),
);
/** Markup and command words stay readable: `/help`, `*bold*`, URLs. */
export function pseudoText(text: string): string {
  return text.replace(/(\/[a-z]+|[a-z0-9.-]+\.(?:com|org|de|es|mx)\b)|([A-Za-z])/g, (match, keep: string | undefined, letter: string | undefined) => keep ?? ACCENTED[letter!] ?? match);
}

function bundleFor(locale: RenderLocale): FluentBundle {
  const source = locale === PSEUDO_LOCALE ? DEFAULT_LOCALE : locale;
  const bundle = new FluentBundle(intlLocale(locale), {
    // Placeables are not wrapped in bidi marks everywhere (markup and tests read plain text);
    // user text that holds right-to-left letters is isolated where it is inserted (`isolate`).
    useIsolating: false,
    ...(locale === PSEUDO_LOCALE && { transform: pseudoText }),
  });
  for (const [area, text] of catalogSources(source)) {
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length > 0) throw new Error(`locales/${source}/${area}.ftl: ${errors.map((e) => e.message).join('; ')}`);
  }
  return bundle;
}

/** Each language's bundle, made on its first use. */
const bundles = new Map<RenderLocale, FluentBundle>();
function bundleOf(locale: RenderLocale): FluentBundle {
  let bundle = bundles.get(locale);
  if (!bundle) bundles.set(locale, (bundle = bundleFor(locale)));
  return bundle;
}

/** Whether the catalogs of `locale` have message `id`. */
export function hasMessage(locale: RenderLocale, id: string): boolean {
  return bundleOf(locale).hasMessage(id);
}

/**
 * Message `id` of `locale`'s catalog, formatted with `args`, as core markup text. A missing id (or
 * a missing variable) throws under the `throw` policy; under `fallback` the English message is
 * used and a warning logged (never the arguments: they may hold what a person wrote).
 */
export function translate(locale: RenderLocale, id: string, args?: MessageArgs): string {
  const bundle = bundleOf(locale);
  const message = bundle.getMessage(id);
  if (!message?.value) {
    if (policy === 'throw' || locale === DEFAULT_LOCALE) throw new Error(`no message ${id} in locale ${locale}`);
    policy.fallback.warn({ locale, id }, 'message missing from a catalog; English used');
    return translate(DEFAULT_LOCALE, id, args);
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args ?? null, errors);
  if (errors.length > 0) {
    if (policy === 'throw') throw new Error(`message ${id} in locale ${locale}: ${errors.map((e) => e.message).join('; ')}`);
    policy.fallback.warn({ locale, id, problems: errors.length }, 'message formatted with errors');
  }
  return locale === PSEUDO_LOCALE ? `[${text}]` : text;
}

/** A translator bound to one locale: `t('check-in-saved', { mood: 7 })`. */
export type Translate = (id: string, args?: MessageArgs) => string;

export function translator(locale: RenderLocale): Translate {
  return (id, args) => translate(locale, id, args);
}

/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo…). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/**
 * User text inserted into a message: wrapped in first-strong isolate marks when it holds
 * right-to-left letters, so it cannot reorder the sentence around it; other text is unchanged.
 */
export function isolate(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}
