import type { Repositories } from '../../db/store.js';
import type { TherapistLinkRecord } from '../../db/repositories/care-team.js';
import { findInstrument } from '../assessments/instruments.js';
import { DISTORTIONS } from '../flows/catalog.js';
import type { DetailLevel } from './detail-level.js';
import { NON_ALERTING_SEVERITIES } from './risk-sources.js';
import { adherenceOf, type Adherence } from './adherence.js';
import type { MoodChartDay } from './mood-chart.js';
import type { SummaryWindow } from './window.js';
import { classifySeries, type ChangeOutcome } from '../assessments/change.js';
import { DEFAULT_MEASUREMENT, notOnTrackFor, type MeasurementSettings, type NotOnTrackFlag } from './not-on-track.js';

export interface OpenFlagSummary {
  id: string;
  severity: string;
  source: string;
  createdAt: Date;
}

/** A risk flag raised in the period: where, how severe, and how it was handled — never the words. */
export interface FlagInPeriod {
  severity: string;
  source: string;
  matched: string[];
  createdAt: Date;
  acknowledgedAt: Date | null;
  escalatedAt: Date | null;
}

export interface AssessmentSummary {
  instrument: string;
  total: number;
  band: string;
  localDate: string;
  /** Change since the previous result of the same instrument (in or before the window), if any. */
  change: number | null;
  /** Keys of the result's notes (WHO-5 "low_item"). */
  notes: string[];
  /** Unscored question id → its answer's code (the functional-difficulty question), when answered. */
  unscored: Record<string, number>;
}

/**
 * Everything a summary of one client says, already cut to the detail level: fields above the level
 * are absent, not empty. Only `thoughtTexts` (full) holds anything the client wrote.
 */
export interface ClientSummary {
  linkId: string;
  alias: string;
  /** The client's language (Person.locale: en, es, de), which summaries and the brief name. */
  language: string;
  level: DetailLevel;
  window: { days: number; from: string; to: string };
  adherence: Adherence;
  /** Unacknowledged alerts (flags of a severity that never alerts are not alerts). */
  openFlags: OpenFlagSummary[];
  /** Every flag raised in the period, oldest first, `low` ones too. */
  flags: FlagInPeriod[];
  mood?: { days: MoodChartDay[]; checkIns: number; mean: number | null; change: number | null };
  emotions?: { emotion: string; meanIntensity: number; count: number }[];
  thoughtRecords?: { count: number; topDistortions: { id: string; label: string; count: number }[]; meanBefore: number | null; meanAfter: number | null; meanChange: number | null };
  assessments?: AssessmentSummary[];
  /**
   * Per instrument with a result in the period: its first score ever (the baseline) against the
   * latest, classified by the practice's method — or why it is not (one score so far).
   */
  changes?: { instrument: string; outcome: ChangeOutcome }[];
  /** "Not on track" flags (rules the detail level allows), each with its one-line reason. */
  notOnTrack: NotOnTrackFlag[];
  /** With the record's mean mood intensity before and after (0–100), when rated. */
  thoughtTexts?: { localDate: string; situation: string; hotThought: string; balancedThought: string; moodBefore: number | null; moodAfter: number | null }[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const mean = (values: number[]) => (values.length ? round1(values.reduce((a, b) => a + b, 0) / values.length) : null);

/** The chart's days: each day of the window with the mean of its check-ins' mood, or null. */
function moodDays(points: { localDate: string; mood: number }[], window: SummaryWindow): MoodChartDay[] {
  const byDate = new Map<string, number[]>();
  for (const point of points) byDate.set(point.localDate, [...(byDate.get(point.localDate) ?? []), point.mood]);
  return window.localDates.map((localDate) => ({ localDate, mood: mean(byDate.get(localDate) ?? []) }));
}

export interface SummaryHooks {
  /**
   * Called with the mood chart's days as soon as they are read (clinical and full), before the
   * rest of the summary: the caller starts the chart then, and it is drawn meanwhile.
   */
  onMoodDays?: (days: MoodChartDay[]) => void;
}

/** Builds one client's summary over `window` at `level`. Reads only what the level needs. */
export async function buildClientSummary(
  repos: Repositories,
  link: TherapistLinkRecord,
  clientTimezone: string,
  window: SummaryWindow,
  level: DetailLevel,
  settings: MeasurementSettings = DEFAULT_MEASUREMENT,
  hooks: SummaryHooks = {},
): Promise<ClientSummary> {
  // The mood is read first, so its chart can be drawn (on the chart worker) while the rest is read.
  const moodRead =
    level === 'minimal'
      ? Promise.resolve([])
      : repos.clientActivity.moodPoints(link.clientId, window.since, window.until).then((points) => {
          hooks.onMoodDays?.(moodDays(points, window));
          return points;
        });
  const [points, client, adherence, openFlags, flagsInWindow, notOnTrack] = await Promise.all([
    moodRead,
    repos.people.findById(link.clientId),
    adherenceOf(repos, link.clientId, link.therapistId, clientTimezone, window),
    repos.careTeam.openFlagsOf([link.clientId], NON_ALERTING_SEVERITIES),
    repos.careTeam.flagsSince(link.clientId, window.since),
    notOnTrackFor(repos, { clientId: link.clientId, therapistId: link.therapistId, timezone: clientTimezone }, window.until, level, settings),
  ]);
  const summary: ClientSummary = {
    linkId: link.id,
    alias: link.alias ?? 'Client',
    language: client?.locale ?? 'en',
    level,
    window: { days: window.days, from: window.localDates[0]!, to: window.localDates[window.localDates.length - 1]! },
    adherence,
    openFlags: openFlags.map(({ id, severity, source, createdAt }) => ({ id, severity, source, createdAt })),
    flags: flagsInWindow
      .filter((flag) => flag.createdAt < window.until)
      .map(({ severity, source, matched, createdAt, acknowledgedAt, escalatedAt }) => ({ severity, source, matched, createdAt, acknowledgedAt, escalatedAt })),
    notOnTrack,
  };
  if (level === 'minimal') return summary;

  const [thoughts, scores, series] = await Promise.all([
    repos.clientActivity.thoughtRecordStats(link.clientId, window.since, window.until),
    repos.clientActivity.assessmentScores(link.clientId, window.since, window.until),
    repos.clientActivity.assessmentSeries(link.clientId, window.until),
  ]);

  const days = moodDays(points, window);
  const daily = days.flatMap((day) => (day.mood === null ? [] : [day.mood]));
  summary.mood = {
    days,
    checkIns: points.length,
    mean: mean(points.map((point) => point.mood)),
    change: daily.length >= 2 ? round1(daily[daily.length - 1]! - daily[0]!) : null,
  };

  const intensities = new Map<string, number[]>();
  for (const point of points) for (const { emotion, intensity } of point.emotions) intensities.set(emotion, [...(intensities.get(emotion) ?? []), intensity]);
  summary.emotions = [...intensities]
    .map(([emotion, values]) => ({ emotion, meanIntensity: Math.round(mean(values)!), count: values.length }))
    .sort((a, b) => b.count - a.count || b.meanIntensity - a.meanIntensity);

  const distortionCounts = new Map<string, number>();
  for (const record of thoughts) for (const id of record.distortions) distortionCounts.set(id, (distortionCounts.get(id) ?? 0) + 1);
  const befores = thoughts.flatMap((record) => (record.moodBefore === null ? [] : [record.moodBefore]));
  const afters = thoughts.flatMap((record) => (record.moodAfter === null ? [] : [record.moodAfter]));
  const changes = thoughts.flatMap((record) => (record.moodBefore !== null && record.moodAfter !== null ? [record.moodAfter - record.moodBefore] : []));
  summary.thoughtRecords = {
    count: thoughts.length,
    topDistortions: [...distortionCounts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([id, count]) => ({ id, label: DISTORTIONS.find((d) => d.value === id)?.label ?? id, count })),
    meanBefore: mean(befores),
    meanAfter: mean(afters),
    meanChange: mean(changes),
  };

  const previous = new Map(scores.before.map((score) => [score.instrument, score.total]));
  summary.assessments = scores.inWindow.map((score) => {
    const before = previous.get(score.instrument);
    previous.set(score.instrument, score.total);
    const questions = findInstrument(score.instrument)?.unscored ?? [];
    const unscored = Object.fromEntries(questions.flatMap((question) => (typeof score.answers[question.id] === 'number' ? [[question.id, score.answers[question.id]!]] : [])));
    return {
      instrument: score.instrument,
      total: score.total,
      band: score.band,
      localDate: score.localDate,
      change: before === undefined ? null : score.total - before,
      notes: score.notes,
      unscored,
    };
  });

  const inWindow = [...new Set(scores.inWindow.map((score) => score.instrument))];
  summary.changes = inWindow.map((instrument) => ({
    instrument,
    outcome: classifySeries(
      series.filter((point) => point.instrument === instrument),
      settings.changeMethod,
    ),
  }));

  if (level === 'full') {
    const texts = await repos.clientActivity.thoughtRecordTexts(link.clientId, window.since, window.until);
    summary.thoughtTexts = texts.map(({ localDate, content }) => ({
      localDate,
      situation: content.situation,
      hotThought: content.hotThought,
      balancedThought: content.balancedThought,
      moodBefore: mean(content.moods.map((m) => m.before)),
      moodAfter: mean(content.moods.flatMap((m) => (typeof m.after === 'number' ? [m.after] : []))),
    }));
  }
  return summary;
}
