import type { Repositories } from '../../db/store.js';
import type { TherapistLinkRecord } from '../../db/repositories/care-team.js';
import { EXERCISES } from '../exercises/catalog.js';
import { findHomeworkKind, CUSTOM_KIND } from '../exercises/homework-kinds.js';
import { buildClientSummary, type ClientSummary, type SummaryHooks } from './client-summary.js';
import { completionsFrom, homeworkInWindow } from './adherence.js';
import type { DetailLevel } from './detail-level.js';
import { DEFAULT_MEASUREMENT, type MeasurementSettings } from './not-on-track.js';
import { windowSince } from './window.js';

/** Without a last session, the brief covers this many days. */
export const BRIEF_DEFAULT_DAYS = 7;
/** A last session longer ago than this: the brief covers this many days (and says so). */
export const BRIEF_MAX_DAYS = 60;

/** The client's own rating in homework of one kind, over the period (means of their answers). */
export interface HomeworkRating {
  label: string;
  before: number | null;
  after: number | null;
  max: number;
  /** How many answers the means are of. */
  count: number;
}

/** One assignment over the period: done / due (days), how many entries, and the client's own rating where the kind has one. */
export interface AssignmentBrief {
  id: string;
  kind: string;
  label: string;
  cadence: string;
  due: number;
  done: number;
  /** Entries of this kind made in the period (a check-in twice a day counts twice); null for a custom task. */
  quantity: number | null;
  /** Only from the clinical level up. */
  rating?: HomeworkRating;
}

/**
 * What a therapist reads before a session, cut to the detail level exactly as the summary is (it
 * is built on {@link buildClientSummary}): adherence per assignment, mood, scores with their
 * classification, thought records, risk flags with times to acknowledgement, "not on track"
 * flags; partner engagement (yes / no) from the clinical level; thought-record highlights (the
 * client's words) only at `full`.
 */
export interface PreSessionBrief {
  summary: ClientSummary;
  /** When it was built (the end of the period). */
  builtAt: Date;
  /** The last session the period starts at; null: the last {@link BRIEF_DEFAULT_DAYS} days. */
  since: Date | null;
  /** Whether an older last session was cut to {@link BRIEF_MAX_DAYS}. */
  capped: boolean;
  /** The session the brief is for, in the zone it was set in; null when none is set. */
  session: { at: Date; zone: string } | null;
  assignments: AssignmentBrief[];
  /** Whether the client has an active accountability partner (clinical and full). */
  partner?: boolean;
  /** Up to three thought records with the largest drop in mood intensity (full only). */
  thoughtHighlights?: NonNullable<ClientSummary['thoughtTexts']>;
}

const RANK: Record<DetailLevel, number> = { minimal: 0, clinical: 1, full: 2 };
const RATED = EXERCISES.filter((exercise) => exercise.rating);
const mean = (values: number[]) => (values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null);

/** Builds the brief for one client of the link's therapist, at `level`, up to `now`. */
export async function buildPreSessionBrief(
  repos: Repositories,
  link: TherapistLinkRecord,
  clientTimezone: string,
  options: { now: Date; level: DetailLevel; settings?: MeasurementSettings; session: { at: Date; zone: string } | null } & SummaryHooks,
): Promise<PreSessionBrief> {
  const { now, level } = options;
  const last = link.lastSessionAt && link.lastSessionAt < now ? link.lastSessionAt : null;
  const since = last ?? new Date(now.getTime() - BRIEF_DEFAULT_DAYS * 24 * 60 * 60 * 1000);
  const window = windowSince(since, now, clientTimezone, last ? BRIEF_MAX_DAYS : BRIEF_DEFAULT_DAYS);
  const clinical = RANK[level] >= RANK.clinical;
  const [summary, progress, counts, exerciseNumbers, partner] = await Promise.all([
    buildClientSummary(repos, link, clientTimezone, window, level, options.settings ?? DEFAULT_MEASUREMENT, options.onMoodDays ? { onMoodDays: options.onMoodDays } : {}),
    repos.clientActivity.assignmentProgress(link.clientId, link.therapistId, window.since, completionsFrom(window)),
    repos.clientActivity.entryCounts(link.clientId, window.since, window.until),
    clinical
      ? repos.clientActivity.exerciseNumbers(
          link.clientId,
          RATED.map((exercise) => exercise.kind),
          RATED.flatMap((exercise) => [exercise.rating!.before, exercise.rating!.after].filter((field): field is string => Boolean(field))),
          window.since,
          window.until,
        )
      : Promise.resolve([]),
    clinical ? repos.partners.hasActive(link.clientId) : Promise.resolve(undefined),
  ]);

  const assignments: AssignmentBrief[] = [];
  for (const assignment of progress) {
    const { due, done } = homeworkInWindow(assignment, clientTimezone, window);
    if (due === 0 && !assignment.active) continue;
    const kind = findHomeworkKind(assignment.kind);
    const id = kind?.id ?? assignment.kind;
    const entry: AssignmentBrief = { id: assignment.id, kind: id, label: kind?.label ?? assignment.kind, cadence: assignment.cadence, due, done, quantity: id === CUSTOM_KIND ? null : (counts[id] ?? 0) };
    if (clinical) {
      const rating = ratingOf(id, summary, exerciseNumbers);
      if (rating) entry.rating = rating;
    }
    assignments.push(entry);
  }

  const brief: PreSessionBrief = { summary, builtAt: now, since: last, capped: Boolean(last && window.since.getTime() !== last.getTime()), session: options.session, assignments };
  if (partner !== undefined) brief.partner = partner;
  if (level === 'full' && summary.thoughtTexts) {
    brief.thoughtHighlights = [...summary.thoughtTexts]
      .sort((a, b) => shift(b) - shift(a))
      .slice(0, 3);
  }
  return brief;
}

function shift(text: { moodBefore: number | null; moodAfter: number | null }): number {
  return text.moodBefore !== null && text.moodAfter !== null ? text.moodBefore - text.moodAfter : -Infinity;
}

/** The client's own rating for homework of `kind`: check-in mood, thought-record mood intensity, an exercise's rating. */
function ratingOf(kind: string, summary: ClientSummary, numbers: { kind: string; values: Record<string, number> }[]): HomeworkRating | undefined {
  if (kind === 'checkin' && summary.mood?.checkIns) return { label: 'mood', before: null, after: summary.mood.mean, max: 10, count: summary.mood.checkIns };
  if (kind === 'thought' && summary.thoughtRecords?.count && summary.thoughtRecords.meanAfter !== null) {
    return { label: 'mood intensity', before: summary.thoughtRecords.meanBefore, after: summary.thoughtRecords.meanAfter, max: 100, count: summary.thoughtRecords.count };
  }
  const rating = EXERCISES.find((exercise) => exercise.kind === kind)?.rating;
  if (!rating) return undefined;
  const answered = numbers.filter((entry) => entry.kind === kind && typeof entry.values[rating.after] === 'number');
  if (answered.length === 0) return undefined;
  return {
    label: rating.label,
    before: rating.before ? mean(answered.flatMap((entry) => (typeof entry.values[rating.before!] === 'number' ? [entry.values[rating.before!]!] : []))) : null,
    after: mean(answered.map((entry) => entry.values[rating.after]!)),
    max: rating.max,
    count: answered.length,
  };
}
