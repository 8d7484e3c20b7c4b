import countriesAndTimezones from 'countries-and-timezones';

/**
 * Countries (ISO 3166-1 alpha-2): the country of a timezone, a country's name for messages, and
 * reading a country a person typed. Names and timezones come from `countries-and-timezones`; the
 * aliases below add each country's own name for the countries whose crisis lines we ship
 * (src/core/safety/crisis-resources-data.ts) and common English short forms.
 */

/** Typed names at least this long may have one letter wrong, missing, extra or swapped. */
const FUZZY_FROM_LENGTH = 5;

/** Names people use besides the library's English one (accents optional when typed). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['United States', 'USA', 'America', 'Estados Unidos'],
  CA: ['Canada'],
  MX: ['México'],
  BR: ['Brasil'],
  AR: ['Argentina'],
  CO: ['Colombia'],
  CL: ['Chile'],
  PE: ['Perú'],
  GB: ['UK', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  IE: ['Éire', 'Republic of Ireland'],
  DE: ['Deutschland'],
  AT: ['Österreich', 'Oesterreich'],
  CH: ['Schweiz', 'Suisse', 'Svizzera', 'Svizra'],
  FR: ['France'],
  ES: ['España'],
  IT: ['Italia'],
  NL: ['Nederland', 'Holland', 'The Netherlands'],
  BE: ['België', 'Belgique', 'Belgien'],
  PT: ['Portugal'],
  SE: ['Sverige'],
  NO: ['Norge', 'Noreg'],
  DK: ['Danmark'],
  FI: ['Suomi'],
  PL: ['Polska'],
  AU: ['Australia'],
  NZ: ['Aotearoa'],
  IN: ['Bharat', 'भारत'],
  ZA: ['Suid-Afrika'],
  JP: ['日本', 'Nippon', 'Nihon'],
  KR: ['대한민국', '한국', 'Korea', 'Republic of Korea'],
  PH: ['Pilipinas', 'Filipinas'],
  SG: ['Singapura', '新加坡'],
  CZ: ['Czech Republic'],
  TR: ['Turkey'],
  AE: ['UAE'],
};

/** Short English names where the library's is long or formal. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  US: 'United States',
  KR: 'South Korea',
};

/** Names that read with "the" in a sentence ("in the Netherlands"). */
const WITH_ARTICLE = /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Holy See)|Republic|Islands/;

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const COUNTRIES = countriesAndTimezones.getAllCountries();

/** The languages besides English whose country names are understood and shown (src/core/i18n). */
const OTHER_LANGUAGES = ['es', 'de'] as const;

const displayNames = new Map<string, Intl.DisplayNames | undefined>();
function regionNames(language: string): Intl.DisplayNames | undefined {
  if (!displayNames.has(language)) {
    let names: Intl.DisplayNames | undefined;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      names = undefined;
    }
    displayNames.set(language, names);
  }
  return displayNames.get(language);
}

/** Every known name, normalised, with its country. */
const NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const country of Object.values(COUNTRIES)) names.set(normalise(country.name), country.id);
  for (const [code, aliases] of Object.entries(ALIASES)) for (const alias of aliases) names.set(normalise(alias), code);
  for (const [code, name] of Object.entries(DISPLAY_NAMES)) names.set(normalise(name), code);
  // Names in the languages Between speaks ("Alemania", "Vereinigte Staaten"), without overriding an English one.
  for (const language of OTHER_LANGUAGES) {
    for (const code of Object.keys(COUNTRIES)) {
      const name = regionNames(language)?.of(code);
      if (name && name !== code && !names.has(normalise(name))) names.set(normalise(name), code);
    }
  }
  return names;
})();

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code in COUNTRIES;
}

/** The country a timezone belongs to (its main one where several share it), or null (UTC, Etc/…). */
export function countryOfTimezone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  return countriesAndTimezones.getCountryForTimezone(zone, { deprecated: true })?.id ?? null;
}

/**
 * "Germany"; with `article`, "the Netherlands" where English needs one. With `language` (`es`,
 * `de`), the country's name in that language ("Alemania", "Deutschland"; articles there are the
 * catalogs' business, which get the code too). Unknown codes come back as given.
 */
export function countryName(code: string, options: { article?: boolean; language?: string } = {}): string {
  if (options.language && options.language !== 'en') {
    const local = regionNames(options.language)?.of(code);
    if (local && local !== code) return local;
  }
  const name = DISPLAY_NAMES[code] ?? COUNTRIES[code as keyof typeof COUNTRIES]?.name ?? code;
  return options.article && WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

export type CountryMatch = { kind: 'found'; code: string } | { kind: 'ambiguous'; codes: string[] } | { kind: 'unknown' };

/**
 * Reads a country from what a person typed: an English name, a country's own name for the
 * countries we ship ("Deutschland", "España"), or an ISO code ("DE"); accents and case do not
 * matter, and names of five letters or more may have one letter wrong.
 */
export function parseCountry(text: string): CountryMatch {
  const typed = normalise(text);
  if (!typed || typed.length > 60) return { kind: 'unknown' };
  const exact = NAMES.get(typed);
  if (exact) return { kind: 'found', code: exact };
  const code = typed.replace(/ /g, '').toUpperCase();
  if (code.length === 2 && isCountryCode(code)) return { kind: 'found', code };
  if ([...typed].length < FUZZY_FROM_LENGTH) return { kind: 'unknown' };
  const near = new Set<string>();
  for (const [name, country] of NAMES) {
    if ([...name].length >= FUZZY_FROM_LENGTH && withinOneEdit(typed, name)) near.add(country);
  }
  if (near.size === 1) return { kind: 'found', code: [...near][0]! };
  return near.size > 1 ? { kind: 'ambiguous', codes: [...near].sort() } : { kind: 'unknown' };
}

/** One letter substituted, inserted, deleted, or two neighbours swapped (optimal string alignment ≤ 1). */
function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i === x.length && i === y.length) return true;
  const rest = (from: number, to: number) => x.slice(from).join('') === y.slice(to).join('');
  if (x.length === y.length) return rest(i + 1, i + 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2));
  return x.length > y.length ? rest(i + 1, i) : rest(i, i + 1);
}
