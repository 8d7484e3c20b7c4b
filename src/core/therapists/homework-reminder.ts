import type { ScheduleKind } from '../../scheduling/scheduler.js';
import { bold } from '../messages.js';
import { describeCadence, homeworkLabel } from './homework-kinds.js';

/**
 * The reminder for homework a therapist assigned with a due time (PromptSchedule kind `homework`).
 * Lists every active assignment not yet done that day — one reminder a day, whatever the number of
 * assignments — and nothing once they are all done or ended. Never mentions a missed day.
 */
export const HOMEWORK_REMINDER_KIND: ScheduleKind = {
  kind: 'homework',
  async message(repos, person, _schedule, localDate) {
    const open = (await repos.homework.listActive(person.id)).filter((assignment) => !assignment.completedDates.includes(localDate));
    if (open.length === 0) return null;
    const lines = open.map((assignment) => `• ${homeworkLabel(assignment.kind)} (${describeCadence(assignment.cadence)})`);
    return { text: [`${bold('A reminder of your homework for today:')}`, ...lines, 'Whenever suits you — it counts as soon as you finish.'].join('\n') };
  },
  async done(repos, person, localDate) {
    const active = await repos.homework.listActive(person.id);
    return active.every((assignment) => assignment.completedDates.includes(localDate));
  },
};
