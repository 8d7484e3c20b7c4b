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
