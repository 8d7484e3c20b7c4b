import { countryName, countryOfTimezone, isCountryCode } from '../country.js';
import { intlLocale, translate, type RenderLocale } from '../i18n/index.js';
import { bold, esc } from '../messages.js';
import { ANY_TIME, CRISIS_DATA, type CountryCrisisData, type CrisisLineData, type EmergencyData } from './crisis-resources-data.js';

/**
 * Which crisis lines a person sees. They follow the person: their country (chosen at onboarding
 * or in /settings, else their timezone's), then the practice's `CRISIS_REGION` when the person's
 * country is unknown, then a neutral fallback (findahelpline.com and "your local emergency
 * number"). A country without a verified line gets its emergency number and findahelpline.com.
 * The numbers themselves are data: crisis-resources-data.ts.
 */

/** 'country': the person's own; 'region': the practice's, the person's being unknown; 'fallback': neither. */
export type ResourceBasis = 'country' | 'region' | 'fallback';

export interface CrisisResources {
  /** The country the lines are for; null for the neutral fallback. */
  country: string | null;
  basis: ResourceBasis;
  /** One item each, in markup: the crisis lines, what to call in immediate danger, the directory. */
  lines: string[];
  /** The first crisis line in a few words ("TelefonSeelsorge, 0800 111 0 111"); null without one. */
  primaryLine: string | null;
  /** A clause for short notices: "call *112* or a crisis line (TelefonSeelsorge, 0800 111 0 111)". */
  summary: string;
}

/** What this module says is in the catalogs (locales/<lang>/safety.ftl, `crisis-…` and `helplines-…`). */

/** How a place is named in the sentences of `locale`: its name, and its code for the catalogs' grammar ("in der Schweiz"). */
function placeArgs(country: string, locale: RenderLocale): { place: string; country: string } {
  return { place: countryName(country, { article: true, language: intlLocale(locale) }), country };
}

const BY_COUNTRY: ReadonlyMap<string, CountryCrisisData> = new Map(CRISIS_DATA.map((entry) => [entry.country, entry]));

/** The verified data for a country, if we ship any. */
export function crisisDataFor(country: string): CountryCrisisData | undefined {
  return BY_COUNTRY.get(country);
}

/** The country whose lines a person gets: the one they chose, else their timezone's; null if neither. */
export function crisisCountryOf(person: { country?: string | null; timezone?: string | null } | null): string | null {
  if (!person) return null;
  if (person.country && isCountryCode(person.country)) return person.country;
  return countryOfTimezone(person.timezone);
}

/**
 * Resolves a person's crisis resources (see the module comment); `region` is `CRISIS_REGION`;
 * `locale` the language they are written in (the numbers and names are the same in every one).
 */
export function resolveCrisisResources(person: { country?: string | null; timezone?: string | null } | null, region: string, locale: RenderLocale = 'en'): CrisisResources {
  const own = crisisCountryOf(person);
  if (own) return forCountry(own, 'country', locale);
  const practice = region.trim().toUpperCase();
  if (isCountryCode(practice) && BY_COUNTRY.has(practice)) return forCountry(practice, 'region', locale);
  return fallback(locale);
}

/** `/helplines`: the lines, what to call in danger, and how to change the country. */
export function helplinesMessage(resources: CrisisResources, hasPerson: boolean, locale: RenderLocale = 'en'): string {
  const t = (id: string, args?: Record<string, string>) => translate(locale, id, args);
  const heading = resources.basis === 'country' && resources.country ? t('helplines-heading-place', placeArgs(resources.country, locale)) : t('helplines-heading');
  return [bold(heading), ...resources.lines.map((line) => `• ${line}`), '', t(hasPerson ? 'helplines-change-country' : 'helplines-set-country'), t('crisis-not-monitored')].join('\n');
}

function forCountry(country: string, basis: 'country' | 'region', locale: RenderLocale): CrisisResources {
  const t = (id: string, args?: Record<string, string>) => translate(locale, id, args);
  const data = BY_COUNTRY.get(country);
  const place = placeArgs(country, locale);
  const emergency = data ? emergencyNumbers(data.emergency, locale) : null;
  const firstEmergency = data ? number(data.emergency.numbers[0]!.number) : null;
  const first = data?.lines[0];
  const primaryLine = first ? shortLine(first, locale) : null;
  if (basis === 'country') {
    return {
      country,
      basis,
      lines: data?.lines.length
        ? [...data.lines.map((line) => renderLine(line, locale)), t('crisis-danger', { numbers: emergency! }), t('crisis-directory-elsewhere')]
        : [t('crisis-directory-in', place), emergency ? t('crisis-danger', { numbers: emergency }) : t('crisis-danger-local')],
      primaryLine,
      summary: primaryLine
        ? t('crisis-summary', { emergency: firstEmergency ?? t('crisis-local-emergency'), line: esc(primaryLine) })
        : t('crisis-summary-no-line', { emergency: firstEmergency ?? t('crisis-local-emergency') }),
    };
  }
  // German nouns keep their capital after "In der Schweiz:"; English and Spanish lower-case the sentence's first letter.
  const inPlace = (line: string) => t('crisis-in-place', { ...place, line: intlLocale(locale) === 'de' ? line : `${line.charAt(0).toLowerCase()}${line.slice(1)}` });
  return {
    country,
    basis,
    lines: [
      ...(data?.lines ?? []).map((line) => inPlace(renderLine(line, locale))),
      emergency ? t('crisis-danger-in', { ...place, numbers: emergency }) : t('crisis-danger-local'),
      t(data?.lines.length ? 'crisis-directory-elsewhere' : 'crisis-directory-yours'),
    ],
    primaryLine,
    summary: t('crisis-summary-in', { ...place, emergency: firstEmergency ?? 'none', line: primaryLine ? esc(primaryLine) : 'none' }),
  };
}

function fallback(locale: RenderLocale): CrisisResources {
  const t = (id: string) => translate(locale, id);
  return { country: null, basis: 'fallback', lines: [t('crisis-directory-yours'), t('crisis-danger-local')], primaryLine: null, summary: t('crisis-summary-local') };
}

const number = (value: string) => bold(esc(value));

/** "*a*", "*a* or *b*", "*a*, *b* or *c*" (the last joint from the catalog). */
function anyOf(items: readonly string[], locale: RenderLocale): string {
  return items.length <= 1 ? (items[0] ?? '') : translate(locale, 'crisis-either', { first: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

function emergencyNumbers(emergency: EmergencyData, locale: RenderLocale): string {
  return anyOf(
    emergency.numbers.map(({ number: value, service }) => (service ? translate(locale, 'crisis-service', { number: number(value), service }) : number(value))),
    locale,
  );
}

function sameNumbers(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return Boolean(a && b && a.length === b.length && a.every((value, index) => value === b[index]));
}

/** "Call *0800 111 0 111* or *0800 111 0 222* (TelefonSeelsorge), any time, free. Online: telefonseelsorge.de." */
function renderLine(line: CrisisLineData, locale: RenderLocale): string {
  const t = (id: string, args?: Record<string, string>) => translate(locale, id, args);
  const ways: string[] = [];
  const option = line.menuOption ? t('crisis-option', { option: number(line.menuOption) }) : '';
  const numbers = (values: readonly string[]) => anyOf(values.map(number), locale);
  if (line.call && sameNumbers(line.call, line.text)) ways.push(t('crisis-way', { way: 'call-or-text', numbers: numbers(line.call), option }));
  else {
    if (line.call) ways.push(t('crisis-way', { way: 'call', numbers: numbers(line.call), option }));
    if (line.text) ways.push(t('crisis-way', { way: 'text', numbers: numbers(line.text), option: '' }));
  }
  if (line.whatsapp) ways.push(t('crisis-way', { way: 'whatsapp', numbers: numbers(line.whatsapp), option: '' }));
  const how = ways.length <= 1 ? (ways[0] ?? '') : t('crisis-either', { first: ways.slice(0, -1).join(', '), last: ways.at(-1)! });
  const who = esc(line.scope ? `${line.name}, ${line.scope}` : line.name);
  const when = line.hours === ANY_TIME ? t('crisis-any-time') : esc(line.hours);
  const sentence = t(line.free ? 'crisis-line-free' : 'crisis-line', { how, who, when });
  const capitalised = `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
  return line.web ? `${capitalised} ${t('crisis-online', { web: esc(line.web) })}` : capitalised;
}

/** "TelefonSeelsorge, 0800 111 0 111", plain text. */
function shortLine(line: CrisisLineData, locale: RenderLocale): string {
  const first = line.call?.[0] ?? line.text?.[0] ?? line.whatsapp?.[0] ?? '';
  return `${line.name}, ${first}${line.call && line.menuOption ? translate(locale, 'crisis-option', { option: line.menuOption }) : ''}`;
}
