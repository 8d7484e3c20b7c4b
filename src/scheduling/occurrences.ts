import { DateTime } from 'luxon';

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
