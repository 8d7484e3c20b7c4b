import { DateTime } from 'luxon';

/** A summary period: `[since, until)` and the client's local dates in it. */
export interface SummaryWindow {
  since: Date;
  until: Date;
  days: number;
  /** Local dates (YYYY-MM-DD) covered, oldest first, in the client's timezone. */
  localDates: string[];
}

/** Summary windows a therapist may ask for. */
export const SUMMARY_WINDOW_DAYS = [7, 30] as const;

/** The `days` local days up to and including the local date of `until`'s previous instant. */
export function summaryWindow(until: Date, days: number, timezone: string): SummaryWindow {
  const since = new Date(until.getTime() - days * 24 * 60 * 60 * 1000);
  const last = DateTime.fromMillis(until.getTime() - 1, { zone: timezone }).startOf('day');
  const localDates: string[] = [];
  for (let i = days - 1; i >= 0; i--) localDates.push(last.minus({ days: i }).toISODate()!);
  return { since, until, days, localDates };
}

/**
 * The period from `since` up to `until`, over the client's local dates from `since`'s to
 * `until`'s previous instant (at most `maxDays` days back: an older `since` is cut to it).
 */
export function windowSince(since: Date, until: Date, timezone: string, maxDays: number): SummaryWindow {
  const earliest = new Date(until.getTime() - maxDays * 24 * 60 * 60 * 1000);
  const from = since < earliest ? earliest : since;
  const first = DateTime.fromJSDate(from, { zone: timezone }).startOf('day');
  const last = DateTime.fromMillis(Math.max(from.getTime(), until.getTime() - 1), { zone: timezone }).startOf('day');
  const localDates: string[] = [];
  for (let day = first; day <= last; day = day.plus({ days: 1 })) localDates.push(day.toISODate()!);
  return { since: from, until, days: localDates.length, localDates };
}
