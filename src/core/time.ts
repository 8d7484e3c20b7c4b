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

/** "less than a minute", "12 min", "3 h 5 min", "2 days 4 h": how long something took, rounded down. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} days ${hours % 24} h` : `${days} days`;
}
