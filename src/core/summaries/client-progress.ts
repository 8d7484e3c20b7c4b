import { DateTime } from 'luxon';
import type { Repositories } from '../../db/store.js';
import type { AssessmentPoint } from '../../db/repositories/client-activity.js';
import { classifySeries, DEFAULT_CHANGE_METHOD, type ChangeMethodId } from '../assessments/change.js';
import { findInstrument, INSTRUMENTS } from '../assessments/instruments.js';
import { translate, translator, type RenderLocale } from '../i18n/index.js';
import { dayLabel } from '../time.js';
import { bold, esc, type ImageAttachment } from '../messages.js';
import { chartRenderer } from './chart-renderer.js';
import type { MoodChartDay } from './mood-chart.js';

/** Days on the client's chart. */
export const CLIENT_CHART_DAYS = 14;
/** Days the kind "on N of the last … days" counts over. */
const RECENT_DAYS = 7;

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The plain-language lines about each questionnaire: the first score against the latest, and what
 * a change that size means. Jacobson–Truax unless told otherwise; never across instruments.
 */
export function scoreChangeLines(series: readonly AssessmentPoint[], method: ChangeMethodId = DEFAULT_CHANGE_METHOD, locale: RenderLocale = 'en'): string[] {
  const t = translator(locale);
  const day = (localDate: string) => dayLabel(localDate, locale);
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
      if (outcome.reason === 'one-score') lines.push(t('commands-progress-first', { name, total: points[0]!.total, date: day(points[0]!.localDate) }));
      continue;
    }
    const c = outcome.classification;
    const meaning = c.reliable === 'deterioration' ? 'worse' : c.reliable === 'none' ? 'steady' : c.clinicallySignificant ? 'better-out-of-range' : 'better';
    const compared = t('commands-progress-compared', { name, from: c.from.total, fromDate: day(c.from.localDate), to: c.to.total, toDate: day(c.to.localDate) });
    lines.push(`${compared} ${t(`commands-progress-${meaning}`)}`);
  }
  return lines.length ? ['', bold(t('commands-progress-scores-title')), ...lines.map(esc)] : [];
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
export function homeworkLines(hasHomework: boolean, completedDates: readonly string[], today: string, locale: RenderLocale = 'en'): string[] {
  if (!hasHomework) return [];
  const t = translator(locale);
  const { streak, endsToday, recentDays } = homeworkStreak(completedDates, today);
  const line =
    streak >= 2
      ? t('commands-progress-streak', { days: streak })
      : streak === 1
        ? t('commands-progress-done-one-day', { when: endsToday ? 'today' : 'yesterday' })
        : recentDays > 0
          ? t('commands-progress-some-days', { days: recentDays, of: RECENT_DAYS })
          : t('commands-progress-when-ready');
  return ['', bold(t('commands-progress-homework-title')), esc(line)];
}

/** The client's progress for /history, in their language (locales/<lang>/commands.ftl): score lines, homework lines, and the days of their mood chart (null without a check-in). */
export async function clientProgress(
  repos: Repositories,
  person: { id: string; timezone: string },
  now: Date,
  locale: RenderLocale = 'en',
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
    lines: [...scoreChangeLines(series, DEFAULT_CHANGE_METHOD, locale), ...homeworkLines(assignments.length > 0, assignments.flatMap((a) => a.completedDates), today.toISODate()!, locale)],
    chartDays: checkIns.length ? chartDays : null,
  };
}

/** The client's mood chart as an image (drawn off the main thread), with the numbers as its alt text. */
export async function clientMoodChart(days: MoodChartDay[], localDate: string, locale: RenderLocale = 'en'): Promise<ImageAttachment> {
  const chart = await chartRenderer.render(days, { title: translate(locale, 'commands-chart-title'), locale });
  return { kind: 'image', filename: `my-mood-${localDate}.png`, mimeType: 'image/png', data: chart.png.toString('base64'), alt: chart.alt };
}
