import { DateTime } from 'luxon';
import type { Repositories } from '../../db/store.js';
import type { AssessmentPoint } from '../../db/repositories/client-activity.js';
import { classifySeries, DEFAULT_CHANGE_METHOD, type ChangeMethodId } from '../assessments/change.js';
import { findInstrument, INSTRUMENTS } from '../assessments/instruments.js';
import { bold, esc, type ImageAttachment } from '../messages.js';
import { shortDayLabel } from '../time.js';
import { chartRenderer } from './chart-renderer.js';
import type { MoodChartDay } from './mood-chart.js';

/** What /history says to the client about their own progress, in one place. Kind, plain, never shaming. */
const COPY = {
  scoresTitle: 'What your scores show',
  compared: (name: string, from: number, fromDate: string, to: number, toDate: string) => `${name}: ${from} on ${fromDate}, ${to} on ${toDate}.`,
  better: 'A change this size is more than day-to-day variation — a real improvement.',
  betterOutOfRange: 'A change this size is more than day-to-day variation — a real improvement, and your score is now outside the range where this questionnaire suggests extra support.',
  worse: 'A change this size is more than day-to-day variation. It could help to talk it over with your therapist.',
  steady: 'A change this size is within ordinary day-to-day variation.',
  first: (name: string, total: number, date: string) => `${name}: ${total} on ${date} — your first one. The next will show how things are moving.`,
  homeworkTitle: 'Your homework',
  streak: (days: number) => `You’ve done homework ${days} days in a row. Nice going.`,
  doneOneDay: (when: 'today' | 'yesterday') => `You did your homework ${when} — thank you.`,
  someDays: (days: number, of: number) => `You did homework on ${days} of the last ${of} days. Every bit counts.`,
  whenReady: 'Your homework is here whenever you’re ready: /homework.',
  chartTitle: 'Your mood (0–10)',
} as const;

/** Days on the client's chart. */
export const CLIENT_CHART_DAYS = 14;
/** Days the kind "on N of the last … days" counts over. */
const RECENT_DAYS = 7;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The plain-language lines about each questionnaire: the first score against the latest, and what
 * a change that size means. Jacobson–Truax unless told otherwise; never across instruments.
 */
export function scoreChangeLines(series: readonly AssessmentPoint[], method: ChangeMethodId = DEFAULT_CHANGE_METHOD): string[] {
  const byInstrument = new Map<string, AssessmentPoint[]>();
  for (const point of series) byInstrument.set(point.instrument, [...(byInstrument.get(point.instrument) ?? []), point]);
  const order = (id: string) => {
    const index = INSTRUMENTS.findIndex((instrument) => instrument.id === id);
    return index === -1 ? INSTRUMENTS.length : index;
  };
  const lines: string[] = [];
  for (const [id, points] of [...byInstrument].sort(([a], [b]) => order(a) - order(b))) {
    const name = findInstrument(id)?.name ?? id.toUpperCase();
    const outcome = classifySeries(points, method);
    if (!outcome.ok) {
      if (outcome.reason === 'one-score') lines.push(COPY.first(name, points[0]!.total, shortDayLabel(points[0]!.localDate)));
      continue;
    }
    const c = outcome.classification;
    const meaning = c.reliable === 'deterioration' ? COPY.worse : c.reliable === 'none' ? COPY.steady : c.clinicallySignificant ? COPY.betterOutOfRange : COPY.better;
    lines.push(`${COPY.compared(name, c.from.total, shortDayLabel(c.from.localDate), c.to.total, shortDayLabel(c.to.localDate))} ${meaning}`);
  }
  return lines.length ? ['', bold(COPY.scoresTitle), ...lines.map(esc)] : [];
}

/**
 * Homework days: the run of days in a row with any homework done, ending today (or yesterday, when
 * today's is not done yet), and how many of the last `recent` days had some. Pure.
 */
export function homeworkStreak(completedDates: readonly string[], today: string, recent = RECENT_DAYS): { streak: number; endsToday: boolean; recentDays: number } {
  const done = new Set(completedDates);
  const day = (offset: number) => DateTime.fromISO(today).minus({ days: offset }).toISODate()!;
  const endsToday = done.has(today);
  let streak = 0;
  for (let offset = endsToday ? 0 : 1; done.has(day(offset)); offset++) streak++;
  let recentDays = 0;
  for (let offset = 0; offset < recent; offset++) if (done.has(day(offset))) recentDays++;
  return { streak, endsToday, recentDays };
}

/** The homework line, kindly: what was done, never what was missed. Empty without homework. */
export function homeworkLines(hasHomework: boolean, completedDates: readonly string[], today: string): string[] {
  if (!hasHomework) return [];
  const { streak, endsToday, recentDays } = homeworkStreak(completedDates, today);
  const line =
    streak >= 2 ? COPY.streak(streak) : streak === 1 ? COPY.doneOneDay(endsToday ? 'today' : 'yesterday') : recentDays > 0 ? COPY.someDays(recentDays, RECENT_DAYS) : COPY.whenReady;
  return ['', bold(COPY.homeworkTitle), esc(line)];
}

/** The client's progress for /history: score lines, homework lines, and the days of their mood chart (null without a check-in). */
export async function clientProgress(
  repos: Repositories,
  person: { id: string; timezone: string },
  now: Date,
): Promise<{ lines: string[]; chartDays: MoodChartDay[] | null }> {
  const today = DateTime.fromJSDate(now, { zone: person.timezone }).startOf('day');
  const since = today.minus({ days: CLIENT_CHART_DAYS - 1 }).toJSDate();
  const [series, assignments, checkIns] = await Promise.all([
    repos.clientActivity.assessmentSeries(person.id, new Date(now.getTime() + 1)),
    repos.homework.listActive(person.id),
    repos.checkIns.listSince(person.id, since),
  ]);
  const byDate = new Map<string, number[]>();
  for (const checkIn of checkIns) byDate.set(checkIn.localDate, [...(byDate.get(checkIn.localDate) ?? []), checkIn.mood]);
  const chartDays: MoodChartDay[] = [];
  for (let offset = CLIENT_CHART_DAYS - 1; offset >= 0; offset--) {
    const localDate = today.minus({ days: offset }).toISODate()!;
    const moods = byDate.get(localDate);
    chartDays.push({ localDate, mood: moods ? round1(moods.reduce((a, b) => a + b, 0) / moods.length) : null });
  }
  return {
    lines: [...scoreChangeLines(series), ...homeworkLines(assignments.length > 0, assignments.flatMap((a) => a.completedDates), today.toISODate()!)],
    chartDays: checkIns.length ? chartDays : null,
  };
}

/** The client's mood chart as an image (drawn off the main thread), with the numbers as its alt text. */
export async function clientMoodChart(days: MoodChartDay[], localDate: string): Promise<ImageAttachment> {
  const chart = await chartRenderer.render(days, COPY.chartTitle);
  return { kind: 'image', filename: `my-mood-${localDate}.png`, mimeType: 'image/png', data: chart.png.toString('base64'), alt: chart.alt };
}
