import countriesAndTimezones from 'countries-and-timezones';
import { DateTime } from 'luxon';
import { intlLocale, PSEUDO_LOCALE, translate, type RenderLocale } from './i18n/index.js';

/** The person's local calendar date (YYYY-MM-DD) at `at`. */
export function localDateOf(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}

/** "Mon 17 Nov" for `localDate` (YYYY-MM-DD). */
export function shortDayLabel(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).toFormat('ccc d LLL');
}

/**
 * A date as /history, /pause and the questionnaire results show it, in the person's language: "Mon 7 Dec", "lun, 7 dic", "Mo., 7. Dez."
 * (`long`: "Monday 7 December", "lunes, 7 de diciembre", "Montag, 7. Dezember").
 */
export function dayLabel(localDate: string | DateTime, locale: RenderLocale, long = false): string {
  const date = typeof localDate === 'string' ? DateTime.fromISO(localDate, { zone: 'UTC' }) : localDate;
  // English as before: day, then month ("Mon 7 Dec"), which en-GB's Intl format gives.
  const tag = locale === 'en' || locale === PSEUDO_LOCALE ? 'en-GB' : intlLocale(locale);
  return date.setLocale(tag).toLocaleString(long ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'short', day: 'numeric', month: 'short' });
}

/** Parses "20:00", "8pm", "8:30 am", "0830", "20" into "HH:MM"; undefined when it is not a time. */
export function parseLocalTime(text: string): string | undefined {
  // "19:30", "7:30pm", "7:30 p. m.", "19.30 Uhr", "19:30 h", "20 Uhr", "20hs".
  const cleaned = text.replace(/\b(?:a|p)\.\s+m\./gi, (m) => m.replace(/\s+/g, '')).replace(/\s*(?:uhr|hrs?|hs|h)\.?\s*$/i, '');
  const match = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(cleaned);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Every zone name a person may type, mapped to the one we store: the current IANA names and the
 * older ones they replaced ("Asia/Calcutta" → "Asia/Kolkata", "Europe/Kiev" → "Europe/Kyiv"), from
 * `countries-and-timezones`, plus whatever this runtime's ICU lists. Node's own list keeps CLDR's
 * older spellings, so it alone would refuse a current name such as "Asia/Kathmandu". Whether this
 * runtime can use a name is checked only for the one a person typed (building a formatter for
 * every zone up front costs ~40 MB of memory).
 */
const ZONE_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) names.set(zone, countriesAndTimezones.getTimezone(zone)?.aliasOf ?? zone);
  for (const zone of Object.values(countriesAndTimezones.getAllTimezones({ deprecated: true }))) names.set(zone.name, zone.aliasOf ?? zone.name);
  return names;
})();

/** The name to store for a zone name from {@link ZONE_NAMES}: its current name if this runtime knows it, else the name as listed. */
function storedName(listed: string): string | undefined {
  for (const candidate of [ZONE_NAMES.get(listed)!, listed]) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: candidate });
      return candidate;
    } catch {
      // Not known to this runtime's ICU: try the next spelling.
    }
  }
  return undefined;
}
const ZONES: readonly string[] = [...ZONE_NAMES.keys()];

/** Common places whose timezone name is not the city's own. */
const PLACE_ALIASES: Record<string, string> = {
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  'las vegas': 'America/Los_Angeles',
  boston: 'America/New_York',
  washington: 'America/New_York',
  'washington dc': 'America/New_York',
  miami: 'America/New_York',
  atlanta: 'America/New_York',
  philadelphia: 'America/New_York',
  houston: 'America/Chicago',
  dallas: 'America/Chicago',
  austin: 'America/Chicago',
  minneapolis: 'America/Chicago',
  'salt lake city': 'America/Denver',
  montreal: 'America/Toronto',
  ottawa: 'America/Toronto',
  munich: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  cologne: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  manchester: 'Europe/London',
  edinburgh: 'Europe/London',
  glasgow: 'Europe/London',
  cork: 'Europe/Dublin',
  barcelona: 'Europe/Madrid',
  milan: 'Europe/Rome',
  geneva: 'Europe/Zurich',
  'tel aviv': 'Asia/Jerusalem',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong',
  canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
  utc: 'UTC',
  gmt: 'UTC',
  // Names in Spanish and German (typed without accents or umlauts too: see resolveTimezone).
  'nueva york': 'America/New_York',
  'los angeles': 'America/Los_Angeles',
  'ciudad de mexico': 'America/Mexico_City',
  cdmx: 'America/Mexico_City',
  guadalajara: 'America/Mexico_City',
  monterrey: 'America/Monterrey',
  tijuana: 'America/Tijuana',
  bogota: 'America/Bogota',
  medellin: 'America/Bogota',
  lima: 'America/Lima',
  'san juan': 'America/Puerto_Rico',
  'puerto rico': 'America/Puerto_Rico',
  londres: 'Europe/London',
  sevilla: 'Europe/Madrid',
  valencia: 'Europe/Madrid',
  wien: 'Europe/Vienna',
  graz: 'Europe/Vienna',
  salzburg: 'Europe/Vienna',
  innsbruck: 'Europe/Vienna',
  zurich: 'Europe/Zurich',
  bern: 'Europe/Zurich',
  basel: 'Europe/Zurich',
  genf: 'Europe/Zurich',
  munchen: 'Europe/Berlin',
  muenchen: 'Europe/Berlin',
  koln: 'Europe/Berlin',
  koeln: 'Europe/Berlin',
  stuttgart: 'Europe/Berlin',
  dusseldorf: 'Europe/Berlin',
  duesseldorf: 'Europe/Berlin',
  leipzig: 'Europe/Berlin',
  dresden: 'Europe/Berlin',
  rom: 'Europe/Rome',
  roma: 'Europe/Rome',
  mailand: 'Europe/Rome',
  // More of what people type in Spanish and German (the shown names below are understood too).
  quito: 'America/Guayaquil',
  habana: 'America/Havana',
  ginebra: 'Europe/Zurich',
  francfort: 'Europe/Berlin',
  hamburgo: 'Europe/Berlin',
  nurnberg: 'Europe/Berlin',
  nuernberg: 'Europe/Berlin',
  hannover: 'Europe/Berlin',
  bremen: 'Europe/Berlin',
  essen: 'Europe/Berlin',
  dortmund: 'Europe/Berlin',
  linz: 'Europe/Vienna',
  luzern: 'Europe/Zurich',
  lausanne: 'Europe/Zurich',
  pekin: 'Asia/Shanghai',
  peking: 'Asia/Shanghai',
  'mexiko stadt': 'America/Mexico_City',
};

/**
 * A zone's city in Spanish and German where its name differs from the English one in the IANA
 * name ("Europe/Vienna": Viena, Wien): shown to a person in their language, and understood when
 * typed. Data, like country names.
 */
const CITY_NAMES: Readonly<Record<string, Partial<Record<'es' | 'de', string>>>> = {
  'America/New_York': { es: 'Nueva York' },
  'America/Los_Angeles': { es: 'Los Ángeles' },
  'America/Mexico_City': { es: 'Ciudad de México', de: 'Mexiko-Stadt' },
  'America/Bogota': { es: 'Bogotá' },
  'America/Havana': { es: 'La Habana', de: 'Havanna' },
  'America/Asuncion': { es: 'Asunción' },
  'America/Panama': { es: 'Panamá' },
  'America/Sao_Paulo': { es: 'São Paulo', de: 'São Paulo' },
  'Atlantic/Canary': { es: 'Canarias', de: 'Kanaren' },
  'Europe/London': { es: 'Londres' },
  'Europe/Dublin': { es: 'Dublín' },
  'Europe/Lisbon': { es: 'Lisboa', de: 'Lissabon' },
  'Europe/Paris': { es: 'París' },
  'Europe/Brussels': { es: 'Bruselas', de: 'Brüssel' },
  'Europe/Amsterdam': { es: 'Ámsterdam' },
  'Europe/Berlin': { es: 'Berlín' },
  'Europe/Vienna': { es: 'Viena', de: 'Wien' },
  'Europe/Zurich': { es: 'Zúrich', de: 'Zürich' },
  'Europe/Rome': { es: 'Roma', de: 'Rom' },
  'Europe/Copenhagen': { es: 'Copenhague', de: 'Kopenhagen' },
  'Europe/Stockholm': { es: 'Estocolmo' },
  'Europe/Warsaw': { es: 'Varsovia', de: 'Warschau' },
  'Europe/Prague': { es: 'Praga', de: 'Prag' },
  'Europe/Athens': { es: 'Atenas', de: 'Athen' },
  'Europe/Bucharest': { es: 'Bucarest', de: 'Bukarest' },
  'Europe/Belgrade': { es: 'Belgrado' },
  'Europe/Kyiv': { es: 'Kiev', de: 'Kiew' },
  'Europe/Moscow': { es: 'Moscú', de: 'Moskau' },
  'Europe/Istanbul': { es: 'Estambul' },
  'Africa/Cairo': { es: 'El Cairo', de: 'Kairo' },
  'Asia/Jerusalem': { es: 'Jerusalén' },
  'Asia/Shanghai': { es: 'Shanghái' },
  'Asia/Tokyo': { es: 'Tokio', de: 'Tokio' },
  'Australia/Sydney': { es: 'Sídney' },
};

/** A typed place name as looked up: lower case, accents off; German umlauts as ae/oe/ue too ("zuerich"). */
function placeKeys(text: string): string[] {
  const lower = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const strip = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').replace(/-/g, ' ');
  return [...new Set([lower, strip(lower), strip(lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'))])];
}

/** Every place name understood: the aliases above and the cities' Spanish and German names. */
const PLACES: ReadonlyMap<string, string> = (() => {
  const places = new Map<string, string>();
  for (const [zone, names] of Object.entries(CITY_NAMES)) for (const name of Object.values(names)) for (const key of placeKeys(name)) places.set(key, zone);
  for (const [name, zone] of Object.entries(PLACE_ALIASES)) for (const key of placeKeys(name)) places.set(key, zone);
  return places;
})();

/**
 * Finds an IANA timezone from what a person typed: an IANA name ("europe/berlin"), a city that
 * names its zone ("Berlin", "new york"), or a common city ("Munich"). Undefined when unsure.
 */
export function resolveTimezone(text: string): string | undefined {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed || typed.length > 64) return undefined;
  const keys = placeKeys(typed);
  const alias = keys.map((key) => PLACES.get(key)).find(Boolean);
  if (alias) return alias;
  const lower = typed.toLowerCase();
  const asZone = lower.replace(/ /g, '_');
  const exact = ZONES.find((zone) => zone.toLowerCase() === asZone);
  if (exact) return storedName(exact);
  // A city that names its zone, accents optional ("Asunción", "Bogota").
  for (const key of keys) {
    const city = key.replace(/ /g, '_');
    const byCity = new Set(ZONES.filter((zone) => zone.toLowerCase().split('/').pop() === city).map((zone) => ZONE_NAMES.get(zone)!));
    if (byCity.size === 1) return storedName([...byCity][0]!);
  }
  return undefined;
}

/**
 * "Europe/Vienna" → "Vienna (UTC+01:00)" for showing a choice back to a person: the city in their
 * language where it has its own name there ("Viena", "Wien"), else as in the zone's name.
 */
export function describeTimezone(zone: string, at: Date, locale: RenderLocale = 'en'): string {
  const now = DateTime.fromJSDate(at, { zone });
  const city = (locale === 'es' || locale === 'de' ? CITY_NAMES[zone]?.[locale] : undefined) ?? zone.split('/').pop()!.replace(/_/g, ' ');
  return `${city} (UTC${now.toFormat('ZZ')})`;
}

/**
 * "2026-01-15 13:05 Europe/Berlin", or "2026-01-15 12:05 UTC": an instant in `timezone`, always
 * saying which zone (UTC when the zone is missing or unknown). Plain text: escape it for markup
 * (zone names hold underscores).
 */
export function formatInstant(at: Date, timezone = 'UTC'): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  const shown = local.isValid ? local : DateTime.fromJSDate(at, { zone: 'UTC' });
  return `${shown.toFormat('yyyy-LL-dd HH:mm')} ${shown.zoneName === 'UTC' ? 'UTC' : shown.zoneName}`;
}

/**
 * ISO 8601 in the person's zone with its UTC offset ("2026-03-02T10:00:00-05:00"; milliseconds
 * only when there are some); UTC when the zone is unknown. For exports, which say the zone too.
 */
export function isoInZone(at: Date, timezone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timezone });
  return (local.isValid ? local : DateTime.fromJSDate(at, { zone: 'UTC' })).toISO({ suppressMilliseconds: true })!;
}

/**
 * How long something took, rounded down, in `locale` (`duration-…` in locales/<lang>/core.ftl,
 * with the language's plurals and numbers): "less than a minute", "12 min", "3 h 5 min",
 * "2 days 4 h"; "2 días 4 h"; "2 Tage 4 Std.". English by default (the therapist side).
 */
export function formatDuration(ms: number, locale: RenderLocale = 'en'): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return translate(locale, 'duration-under-a-minute');
  if (minutes < 60) return translate(locale, 'duration-minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return translate(locale, minutes % 60 ? 'duration-hours-minutes' : 'duration-hours', { hours, minutes: minutes % 60 });
  const days = Math.floor(hours / 24);
  return translate(locale, hours % 24 ? 'duration-days-hours' : 'duration-days', { days, hours: hours % 24 });
}

/**
 * Turning "20:00 local, weekdays, Europe/London" into UTC instants, with a clear DST policy:
 * - exactly one occurrence per local date;
 * - a local time that does not exist that day (spring-forward gap) fires at the first valid
 *   instant after it — the moment the clocks jump;
 * - a local time that happens twice (fall-back) fires once, at its first occurrence.
 */

export interface Occurrence {
  /** The UTC instant to fire at. */
  dueAt: Date;
  /** The local date (YYYY-MM-DD) this occurrence belongs to. */
  localDate: string;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Parses a days spec: `daily`, `weekdays`, `weekends` or `mon,wed,fri`. Undefined when invalid. */
export function parseDays(spec: string): Set<number> | undefined {
  const text = spec.trim().toLowerCase();
  if (text === 'daily' || text === '') return new Set([1, 2, 3, 4, 5, 6, 7]);
  if (text === 'weekdays') return new Set([1, 2, 3, 4, 5]);
  if (text === 'weekends') return new Set([6, 7]);
  const days = new Set<number>();
  for (const part of text.split(/[\s,]+/)) {
    const index = WEEKDAYS.indexOf(part.slice(0, 3) as (typeof WEEKDAYS)[number]);
    if (index === -1) return undefined;
    days.add(index + 1);
  }
  return days.size ? days : undefined;
}

/** The instant local `time` ("HH:MM") happens on `localDate` in `zone`, per the DST policy above. */
export function instantOf(localDate: string, time: string, zone: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = DateTime.fromISO(localDate, { zone }).set({ hour, minute, second: 0, millisecond: 0 });
  const wantedWall = `${localDate}T${time}`;
  const wallOf = (dt: DateTime) => dt.toFormat("yyyy-MM-dd'T'HH:mm");
  if (wallOf(wanted) === wantedWall) {
    // Exists. If it exists twice (fall-back), Luxon may pick either offset: take the earlier instant.
    const earlier = wanted.minus({ hours: 1 });
    return wallOf(earlier) === wantedWall ? earlier.toJSDate() : wanted.toJSDate();
  }
  // In a gap: Luxon moved forward by the gap's size. Walk back to the first instant whose wall
  // time is at or after the wanted one (the jump).
  let candidate = wanted;
  for (let step = 0; step < 24 * 60; step++) {
    const previous = candidate.minus({ minutes: 1 });
    if (wallOf(previous) < wantedWall) break;
    candidate = previous;
  }
  return candidate.startOf('minute').toJSDate();
}

/**
 * The first occurrence strictly after `after` (and, when given, on a local date after
 * `lastLocalDate`, so one local day never fires twice — also across a timezone change).
 */
export function nextOccurrence(options: { time: string; days: string; zone: string; after: Date; lastLocalDate?: string | null }): Occurrence {
  const days = parseDays(options.days) ?? parseDays('daily')!;
  let date = DateTime.fromJSDate(options.after, { zone: options.zone }).startOf('day').minus({ days: 1 });
  for (let i = 0; i < 400; i++, date = date.plus({ days: 1 })) {
    const localDate = date.toISODate()!;
    if (!days.has(date.weekday)) continue;
    if (options.lastLocalDate && localDate <= options.lastLocalDate) continue;
    const dueAt = instantOf(localDate, options.time, options.zone);
    if (dueAt > options.after) return { dueAt, localDate };
  }
  throw new Error('no occurrence within 400 days');
}

/** Whether local wall time at `at` falls inside quiet hours `start`–`end` (may wrap midnight). */
export function inQuietHours(at: Date, zone: string, start: string | null, end: string | null): boolean {
  if (!start || !end) return false;
  const wall = DateTime.fromJSDate(at, { zone }).toFormat('HH:mm');
  return start < end ? wall >= start && wall < end : wall >= start || wall < end;
}

/**
 * How local `time` on `localDate` exists in `zone` across a DST change: once (`exists`); not at all
 * (`gap`: the clocks jump over it; {@link instantOf} then takes the moment of the jump, `at`); or
 * twice (`twice`: the clocks go back; {@link instantOf} takes the first, `at`, and `later` is the other).
 */
export type LocalTimeExistence = { kind: 'exists'; at: Date } | { kind: 'gap'; at: Date } | { kind: 'twice'; at: Date; later: Date };

export function localTimeExistence(localDate: string, time: string, zone: string): LocalTimeExistence {
  const at = instantOf(localDate, time, zone);
  const wall = DateTime.fromJSDate(at, { zone }).toFormat('HH:mm');
  if (wall !== time) return { kind: 'gap', at };
  for (const minutes of [30, 60, 120]) {
    const later = DateTime.fromJSDate(at, { zone }).plus({ minutes });
    if (later.toFormat('yyyy-MM-dd HH:mm') === `${localDate} ${time}`) return { kind: 'twice', at, later: later.toJSDate() };
  }
  return { kind: 'exists', at };
}

/** "Thursday 10 December 2026 at 15:00" in `zone` (plain text). */
export function longInstant(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat("cccc d LLLL yyyy 'at' HH:mm");
}

/** The UTC offset of `zone` at `at`: "UTC+01:00". */
export function offsetAt(at: Date, zone: string): string {
  return `UTC${DateTime.fromJSDate(at, { zone }).toFormat('ZZ')}`;
}
