import type { Repositories } from '../../db/store.js';
import type { AssessmentPoint } from '../../db/repositories/client-activity.js';
import { findInstrument } from '../assessments/instruments.js';
import { classifySeries, DEFAULT_CHANGE_METHOD, type ChangeMethodId } from '../assessments/change.js';
import { adherenceOf } from './adherence.js';
import { tt } from '../i18n/index.js';
import { dayForTherapist } from './therapist-labels.js';
import type { DetailLevel } from './detail-level.js';
import { summaryWindow } from './window.js';

/** The practice's measurement settings (config `CHANGE_METHOD`, `HOMEWORK_TARGET_PERCENT`). */
export interface MeasurementSettings {
  changeMethod: ChangeMethodId;
  /** Homework done / due below this percentage (over the rule's days) flags a client; 0 never does. */
  homeworkTargetPercent: number;
}

export const DEFAULT_MEASUREMENT: MeasurementSettings = { changeMethod: DEFAULT_CHANGE_METHOD, homeworkTargetPercent: 60 };

/**
 * The settings the rules use for one therapist: the practice's, with the therapist's own homework
 * target (`/between target`) when they set one (null: the practice's HOMEWORK_TARGET_PERCENT).
 */
export function measurementFor(practice: MeasurementSettings, therapist: { homeworkTargetPercent: number | null }): MeasurementSettings {
  return therapist.homeworkTargetPercent === null ? practice : { ...practice, homeworkTargetPercent: therapist.homeworkTargetPercent };
}

/**
 * One "not on track" rule as data: what it checks, with its parameters. `needs` is the lowest
 * detail level whose content the rule reads: a therapist at `minimal` gets no flag that would
 * reveal a score or a mood.
 */
export interface NotOnTrackRule<P extends Record<string, number> = Record<string, number>> {
  id: string;
  description: string;
  parameters: P;
  needs: Exclude<DetailLevel, 'full'>;
}

export interface NotOnTrackRules {
  reliableDeterioration: NotOnTrackRule<Record<string, never>>;
  noReliableImprovement: NotOnTrackRule<{ administrations: number }>;
  moodFalling: NotOnTrackRule<{ days: number; minDays: number; slopePerDay: number }>;
  homeworkBelowTarget: NotOnTrackRule<{ days: number; minDue: number }>;
}

/** The rules. Every one is computed from stored numbers, never guessed; docs/measurement.md lists them. */
export const NOT_ON_TRACK_RULES: NotOnTrackRules = {
  reliableDeterioration: {
    id: 'reliable-deterioration',
    description: 'A questionnaire shows reliable deterioration from its first score (the baseline) to the latest, by the practice’s change method.',
    parameters: {},
    needs: 'clinical',
  },
  noReliableImprovement: {
    id: 'no-reliable-improvement',
    description: 'A questionnaire whose baseline was in the clinical range has been given at least `administrations` times without reliable improvement from the baseline to the latest.',
    parameters: { administrations: 4 },
    needs: 'clinical',
  },
  moodFalling: {
    id: 'mood-falling',
    description: 'The least-squares slope of daily mood (the mean of each day’s check-ins, 0–10) over the last `days` days is at or below `slopePerDay`, from at least `minDays` days with a check-in.',
    parameters: { days: 14, minDays: 5, slopePerDay: -0.1 },
    needs: 'clinical',
  },
  homeworkBelowTarget: {
    id: 'homework-below-target',
    description: 'Homework done / due over the last `days` days is below the therapist’s target (`/between target`), else the practice’s (HOMEWORK_TARGET_PERCENT), with at least `minDue` due.',
    parameters: { days: 14, minDue: 3 },
    needs: 'minimal',
  },
};

/** A flag: which rule, and the reason in one line (numbers only, never anything the client wrote). */
export interface NotOnTrackFlag {
  rule: string;
  reason: string;
}

/** What the flags say, in one place. */
const COPY = {
  deterioration: (name: string, from: number, to: number, since: string, method: string) => tt('therapist-not-on-track-deterioration', { name, from, to, since, method }),
  noImprovement: (name: string, count: number, from: number, to: number, since: string) => tt('therapist-not-on-track-no-improvement', { name, count, from, to, since }),
  moodFalling: (days: number, slope: number, withCheckIns: number) => tt('therapist-not-on-track-mood-falling', { days, slope: slope.toFixed(2).replace('-', '−'), withCheckIns }),
  homework: (done: number, due: number, percent: number, days: number, target: number) => tt('therapist-not-on-track-homework', { done, due, percent, days, target }),
};

/** Least-squares slope of y over x (per unit of x); null with fewer than two points or no spread in x. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  let numerator = 0;
  let denominator = 0;
  for (const p of points) {
    numerator += (p.x - meanX) * (p.y - meanY);
    denominator += (p.x - meanX) ** 2;
  }
  return denominator === 0 ? null : numerator / denominator;
}

/** The numbers the rules read. */
export interface NotOnTrackInput {
  level: DetailLevel;
  settings: MeasurementSettings;
  /** Every questionnaire result, oldest first. */
  series: readonly AssessmentPoint[];
  /** The rule's days of mood, oldest first: the mean of each day's check-ins, null without one. */
  dailyMood: readonly { localDate: string; mood: number | null }[];
  /** Homework over the rule's days. */
  homework: { done: number; due: number };
}

const RANK: Record<DetailLevel, number> = { minimal: 0, clinical: 1, full: 2 };
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Applies the rules; returns the flags that hold, in the rules' order. Pure. */
export function evaluateNotOnTrack(input: NotOnTrackInput, rules: NotOnTrackRules = NOT_ON_TRACK_RULES): NotOnTrackFlag[] {
  const flags: NotOnTrackFlag[] = [];
  const allowed = (rule: NotOnTrackRule<Record<string, number>>) => RANK[input.level] >= RANK[rule.needs];

  const byInstrument = new Map<string, AssessmentPoint[]>();
  for (const point of input.series) byInstrument.set(point.instrument, [...(byInstrument.get(point.instrument) ?? []), point]);
  for (const [id, points] of byInstrument) {
    const outcome = classifySeries(points, input.settings.changeMethod);
    if (!outcome.ok) continue;
    const c = outcome.classification;
    const name = findInstrument(id)?.name ?? id.toUpperCase();
    const since = dayForTherapist(c.from.localDate);
    if (allowed(rules.reliableDeterioration) && c.reliable === 'deterioration') {
      const method = c.rci === null ? c.methodName : `${c.methodName}, RCI ${c.rci >= 0 ? '+' : '−'}${Math.abs(c.rci).toFixed(1)}`;
      flags.push({ rule: rules.reliableDeterioration.id, reason: COPY.deterioration(name, c.from.total, c.to.total, since, method) });
    }
    const enough = points.length >= rules.noReliableImprovement.parameters.administrations;
    if (allowed(rules.noReliableImprovement) && enough && c.caseBefore && c.reliable === 'none') {
      flags.push({ rule: rules.noReliableImprovement.id, reason: COPY.noImprovement(name, points.length, c.from.total, c.to.total, since) });
    }
  }

  const mood = rules.moodFalling.parameters;
  const days = input.dailyMood.slice(-mood.days);
  const moodPoints = days.flatMap((day, index) => (day.mood === null ? [] : [{ x: index, y: day.mood }]));
  const slope = leastSquaresSlope(moodPoints);
  if (allowed(rules.moodFalling) && moodPoints.length >= mood.minDays && slope !== null && slope <= mood.slopePerDay) {
    flags.push({ rule: rules.moodFalling.id, reason: COPY.moodFalling(mood.days, slope, moodPoints.length) });
  }

  const homework = rules.homeworkBelowTarget.parameters;
  const target = input.settings.homeworkTargetPercent;
  const { done, due } = input.homework;
  if (allowed(rules.homeworkBelowTarget) && target > 0 && due >= homework.minDue && done * 100 < target * due) {
    flags.push({ rule: rules.homeworkBelowTarget.id, reason: COPY.homework(done, due, Math.round((done * 100) / due), homework.days, target) });
  }
  return flags;
}

/**
 * Reads what the rules need for one client of one therapist (up to `until`) and applies them.
 * Reads scores and mood only when the level allows them.
 */
export async function notOnTrackFor(
  repos: Repositories,
  client: { clientId: string; therapistId: string; timezone: string },
  until: Date,
  level: DetailLevel,
  settings: MeasurementSettings,
  rules: NotOnTrackRules = NOT_ON_TRACK_RULES,
): Promise<NotOnTrackFlag[]> {
  const clinical = RANK[level] >= RANK.clinical;
  const moodWindow = summaryWindow(until, rules.moodFalling.parameters.days, client.timezone);
  const homeworkWindow = summaryWindow(until, rules.homeworkBelowTarget.parameters.days, client.timezone);
  const [series, points, adherence] = await Promise.all([
    clinical ? repos.clientActivity.assessmentSeries(client.clientId, until) : Promise.resolve([]),
    clinical ? repos.clientActivity.moodPoints(client.clientId, moodWindow.since, moodWindow.until) : Promise.resolve([]),
    adherenceOf(repos, client.clientId, client.therapistId, client.timezone, homeworkWindow),
  ]);
  const byDate = new Map<string, number[]>();
  for (const point of points) byDate.set(point.localDate, [...(byDate.get(point.localDate) ?? []), point.mood]);
  const dailyMood = moodWindow.localDates.map((localDate) => {
    const moods = byDate.get(localDate);
    return { localDate, mood: moods ? round1(moods.reduce((a, b) => a + b, 0) / moods.length) : null };
  });
  return evaluateNotOnTrack({ level, settings, series, dailyMood, homework: { done: adherence.homeworkDone, due: adherence.homeworkAssigned } }, rules);
}
