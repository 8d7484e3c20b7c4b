import type { AssignmentRecord } from '../../db/repositories/homework.js';
import type { ScheduleKind } from '../../scheduling/scheduler.js';
import { describeCadenceIn, homeworkChoiceIn, homeworkNameIn, wordsOf } from '../exercises/homework-kinds.js';
import { bold, esc } from '../messages.js';
import { localDateOf } from '../time.js';

/** Most buttons under a reminder (one per assignment not done yet). */
const REMINDER_BUTTONS = 10;

/**
 * Homework assigned "once" is mentioned in reminders on this many days at most (counting the day it
 * was assigned); after that it stays in /homework without more nudges — a reminder a day for
 * something not done yet would turn into nagging.
 */
export const ONCE_REMINDER_DAYS = 3;

/** Whether `assignment` belongs in the reminder for `localDate` (a date in `zone`). */
function remindable(assignment: AssignmentRecord, localDate: string, zone: string): boolean {
  if (assignment.completedDates.includes(localDate)) return false;
  if (assignment.cadence !== 'once') return true;
  const assignedOn = Date.parse(`${localDateOf(assignment.createdAt, zone)}T00:00:00Z`);
  const days = Math.round((Date.parse(`${localDate}T00:00:00Z`) - assignedOn) / 86_400_000);
  return days < ONCE_REMINDER_DAYS;
}

/**
 * The reminder for homework a therapist assigned with a due time (PromptSchedule kind `homework`).
 * Lists every active assignment not yet done that day — one reminder a day, whatever the number of
 * assignments — and nothing once they are all done or ended (or, for "once" homework, after its
 * first {@link ONCE_REMINDER_DAYS} days). Never mentions a missed day.
 */
export const HOMEWORK_REMINDER_KIND: ScheduleKind = {
  kind: 'homework',
  async message(repos, person, _schedule, localDate) {
    const open = (await repos.homework.listActive(person.id)).filter((assignment) => remindable(assignment, localDate, person.timezone));
    if (open.length === 0) return null;
    // In the client's language (commands.ftl).
    const words = wordsOf(person.locale);
    const lines = open.map((assignment) => words.t('commands-homework-reminder-line', { label: esc(homeworkNameIn(assignment.kind, words)), cadence: describeCadenceIn(assignment.cadence, words) }));
    const text = [bold(words.t('commands-homework-reminder-title')), ...lines, words.t('commands-homework-reminder-whenever')].join('\n');
    return { text, choices: open.slice(0, REMINDER_BUTTONS).map((assignment) => homeworkChoiceIn(assignment, words)) };
  },
  async done(repos, person, localDate) {
    const active = await repos.homework.listActive(person.id);
    return active.every((assignment) => !remindable(assignment, localDate, person.timezone));
  },
};
