import type { Repositories } from '../../db/store.js';
import type { AssignmentProgress } from '../../db/repositories/client-activity.js';
import { localDateOf, parseDays } from '../time.js';
import type { SummaryWindow } from './window.js';
import { DateTime } from 'luxon';
import { findHomeworkKind, HOMEWORK_KINDS } from '../exercises/homework-kinds.js';

const HOMEWORK_ORDER = new Map(HOMEWORK_KINDS.map((kind, index) => [kind.id, index]));

/** Homework of one kind in the window, labelled from the registry of homework kinds. */
export interface KindAdherence {
  kind: string;
  label: string;
  due: number;
  done: number;
}

/** Counts, never content: how much of what was asked for happened. */
export interface Adherence {
  promptsSent: number;
  promptsAnswered: number;
  homeworkAssigned: number;
  homeworkDone: number;
  /** The same per kind, in the registry's order (kinds with nothing due in the window left out). */
  homeworkByKind: KindAdherence[];
}

/**
 * Prompts answered = scheduled prompts sent in the window whose local day has any activity;
 * homework done = completions on the days an assignment was due (per its cadence), over the number
 * of such days (a `once` assignment counts one).
 */
export async function adherenceOf(repos: Repositories, clientId: string, therapistId: string, timezone: string, window: SummaryWindow): Promise<Adherence> {
  const [promptDates, activeDates, assignments] = await Promise.all([
    repos.clientActivity.promptDatesSent(clientId, window.since, window.until),
    repos.clientActivity.activeLocalDates(clientId, window.since, window.until),
    repos.clientActivity.assignmentProgress(clientId, therapistId, window.since, completionsFrom(window)),
  ]);
  let homeworkAssigned = 0;
  let homeworkDone = 0;
  const byKind = new Map<string, KindAdherence>();
  for (const assignment of assignments) {
    const { due, done } = homeworkInWindow(assignment, timezone, window);
    homeworkAssigned += due;
    homeworkDone += done;
    if (due === 0) continue;
    const kind = findHomeworkKind(assignment.kind);
    const id = kind?.id ?? assignment.kind;
    const entry = byKind.get(id) ?? { kind: id, label: kind?.label ?? assignment.kind, due: 0, done: 0 };
    entry.due += due;
    entry.done += done;
    byKind.set(id, entry);
  }
  const order = (id: string) => HOMEWORK_ORDER.get(id) ?? HOMEWORK_ORDER.size;
  return {
    promptsSent: promptDates.length,
    promptsAnswered: promptDates.filter((date) => activeDates.has(date)).length,
    homeworkAssigned,
    homeworkDone,
    homeworkByKind: [...byKind.values()].sort((a, b) => order(a.kind) - order(b.kind) || a.label.localeCompare(b.label)),
  };
}

export function homeworkInWindow(assignment: AssignmentProgress, timezone: string, window: SummaryWindow): { due: number; done: number } {
  const first = localDateOf(assignment.createdAt, timezone);
  const last = assignment.endedAt ? localDateOf(assignment.endedAt, timezone) : '9999-12-31';
  const inWindow = new Set(window.localDates);
  if (assignment.cadence === 'once') {
    const doneBefore = assignment.completedDates.some((date) => date < window.localDates[0]!);
    const createdAfter = first > window.localDates[window.localDates.length - 1]!;
    if (doneBefore || createdAfter) return { due: 0, done: 0 };
    return { due: 1, done: assignment.completedDates.some((date) => inWindow.has(date)) ? 1 : 0 };
  }
  const days = parseDays(assignment.cadence.startsWith('days:') ? assignment.cadence.slice(5) : assignment.cadence) ?? parseDays('daily')!;
  const dueDates = window.localDates.filter((date) => date >= first && date <= last && days.has(DateTime.fromISO(date).weekday));
  const completed = new Set(assignment.completedDates);
  return { due: dueDates.length, done: dueDates.filter((date) => completed.has(date)).length };
}

/**
 * The earliest completion date a window's counts can depend on: two days before its first local
 * date (a `once` assignment done just before the window must still be seen as done before it).
 */
export function completionsFrom(window: SummaryWindow): string {
  return DateTime.fromISO(window.localDates[0]!, { zone: 'UTC' }).minus({ days: 2 }).toISODate()!;
}

/** "5/7" or "—" when nothing was due. */
export function ratio(done: number, total: number): string {
  return total === 0 ? '—' : `${done}/${total}`;
}
