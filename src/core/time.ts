import { DateTime } from 'luxon';

/** The person's local calendar date (YYYY-MM-DD) at `at`. */
export function localDateOf(at: Date, timezone: string): string {
  return DateTime.fromJSDate(at, { zone: timezone }).toISODate()!;
}

/** "Mon 17 Nov" for `localDate` (YYYY-MM-DD). */
export function shortDayLabel(localDate: string): string {
  return DateTime.fromISO(localDate, { zone: 'UTC' }).toFormat('ccc d LLL');
}

/** Parses "20:00", "8pm", "8:30 am", "0830", "20" into "HH:MM"; undefined when it is not a time. */
export function parseLocalTime(text: string): string | undefined {
  const match = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*$/i.exec(text);
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

const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

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
};

/**
 * Finds an IANA timezone from what a person typed: an IANA name ("europe/berlin"), a city that
 * names its zone ("Berlin", "new york"), or a common city ("Munich"). Undefined when unsure.
 */
export function resolveTimezone(text: string): string | undefined {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed || typed.length > 64) return undefined;
  const lower = typed.toLowerCase();
  const alias = PLACE_ALIASES[lower];
  if (alias) return alias;
  const asZone = lower.replace(/ /g, '_');
  const exact = ZONES.find((zone) => zone.toLowerCase() === asZone);
  if (exact) return exact;
  const byCity = ZONES.filter((zone) => zone.toLowerCase().split('/').pop() === asZone);
  if (byCity.length === 1) return byCity[0];
  return undefined;
}

/** "Europe/Berlin" → "Berlin (UTC+01:00)" for showing a choice back to a person. */
export function describeTimezone(zone: string, at: Date): string {
  const now = DateTime.fromJSDate(at, { zone });
  const city = zone.split('/').pop()!.replace(/_/g, ' ');
  return `${city} (UTC${now.toFormat('ZZ')})`;
}
