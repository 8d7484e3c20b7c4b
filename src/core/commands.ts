import { DateTime } from 'luxon';
import { collectExport } from './privacy/export-data.js';
import { exportFiles, fhirExportFile, progressReportFile } from './privacy/export.js';
import { collectFhirRecords } from './privacy/fhir.js';
import { chartRenderer } from './summaries/chart-renderer.js';
import { bold, esc } from './messages.js';
import { dayLabel, localDateOf, inQuietHours } from './time.js';
import { DEFAULT_LOCALE, translate } from './i18n/index.js';
import { assessmentTrendLines } from './flows/assessment.js';
import { describeCadenceIn, describeSettings, findHomeworkKind, homeworkChoiceIn, homeworkCommand as howToStart, homeworkLabelIn } from './exercises/homework-kinds.js';
import { exerciseHistoryLines } from './exercises/reporting.js';
import { clientMoodChart, clientProgress } from './summaries/client-progress.js';
import { helplinesMessage } from './safety/crisis-resources.js';
import type { FlowContext, InstantCommand } from './flows/types.js';

/** A command's description in the platforms' menus (registered once, in English): /help's words for it. */
const menuDescription = (command: string) => translate(DEFAULT_LOCALE, `command-${command}`);

const DAY_MS = 24 * 60 * 60 * 1000;
const HISTORY_DAYS = 7;
const BAR_WIDTH = 10;
const MAX_PAUSE_DAYS = 90;

export const historyCommand: InstantCommand = {
  command: 'history',
  description: menuDescription('history'),
  needsPerson: true,
  async run(context) {
    const person = context.person!;
    const today = DateTime.fromJSDate(context.now, { zone: person.timezone }).startOf('day');
    const since = today.minus({ days: HISTORY_DAYS - 1 }).toJSDate();
    const [checkIns, thoughts] = await Promise.all([
      context.repos.checkIns.listSince(person.id, since),
      context.repos.thoughtRecords.listSince(person.id, since),
    ]);
    const { t, locale } = context;
    const lines = [bold(t('commands-history-title'))];
    for (let offset = HISTORY_DAYS - 1; offset >= 0; offset--) {
      const date = today.minus({ days: offset }).toISODate()!;
      const moods = checkIns.filter((c) => c.localDate === date).map((c) => c.mood);
      const label = dayLabel(date, locale).padEnd(10);
      if (moods.length === 0) {
        lines.push(`${label}  ·`);
        continue;
      }
      const mean = moods.reduce((a, b) => a + b, 0) / moods.length;
      const filled = Math.round((mean / 10) * BAR_WIDTH);
      const average = Number.isInteger(mean) ? String(mean) : mean.toFixed(1);
      lines.push(`${label}  ${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${average}${moods.length > 1 ? ` ${t('commands-history-day-check-ins', { count: moods.length })}` : ''}`);
    }
    const total = checkIns.length;
    lines.push('', t('commands-history-counts', { checkIns: total, thoughts: thoughts.length }));
    if (total === 0) lines.push(t('commands-history-no-check-ins'));
    lines.push(...(await exerciseHistoryLines(context.repos, person.id, since)));
    lines.push(...(await assessmentTrendLines(context.repos, person.id, undefined, locale)));
    const progress = await clientProgress(context.repos, person, context.now, locale);
    lines.push(...progress.lines);
    const text = lines.join('\n');
    const chartDays = progress.chartDays;
    if (!chartDays) {
      context.reply(text);
      return;
    }
    // The chart is drawn once the update has committed (it never holds the database); the text and
    // the image go out as one message, text first. Without a chart for any reason, the text alone.
    context.replyAfterCommit('history.chart', async () => {
      const attachment = await clientMoodChart(chartDays, today.toISODate()!, locale).catch(() => undefined);
      return attachment ? { text, attachment } : { text };
    });
  },
};

/** Most homework buttons under /homework (one per assignment not done today). */
const HOMEWORK_BUTTONS = 10;

export const homeworkCommand: InstantCommand = {
  command: 'homework',
  description: menuDescription('homework'),
  needsPerson: true,
  async run(context) {
    const person = context.person!;
    const assignments = await context.repos.homework.listActive(person.id);
    if (assignments.length === 0) {
      context.reply(context.t('commands-no-homework'));
      return;
    }
    const today = localDateOf(context.now, person.timezone);
    const { t } = context;
    const lines = [bold(t('commands-homework-title'))];
    const choices = [];
    for (const assignment of assignments) {
      const done = assignment.completedDates.includes(today);
      const kind = findHomeworkKind(assignment.kind);
      const command = howToStart(assignment.kind, assignment.settings ?? null);
      const cadence = describeCadenceIn(assignment.cadence, context);
      const label = kind ? homeworkLabelIn(kind, context) : assignment.kind;
      lines.push(`${done ? '✓' : '○'} ${esc(label)} (${esc(cadence)})${command ? ` — ${esc(command)}` : ''}${done ? ` · ${t('commands-homework-done-today')}` : ''}`);
      for (const line of describeSettings(assignment.kind, assignment.settings ?? null, context)) lines.push(`   ${esc(line)}`);
      if (assignment.instructions) lines.push(`   ${esc(assignment.instructions)}`);
      if (!done && kind) choices.push(homeworkChoiceIn(assignment, context));
    }
    context.reply({ text: lines.join('\n'), ...(choices.length && { choices: choices.slice(0, HOMEWORK_BUTTONS) }) });
  },
};

/**
 * An `hw.<assignmentId>` button: starts that assignment's flow, with working data from its
 * settings, or marks a custom task done for today. Only the pressing person's active assignments.
 */
export async function pressHomework(context: FlowContext, assignmentId: string): Promise<void> {
  const person = context.person;
  if (!person) return void context.reply(context.t('set-up-first'));
  const assignment = (await context.repos.homework.listActive(person.id)).find((a) => a.id === assignmentId);
  const kind = assignment && findHomeworkKind(assignment.kind);
  if (!assignment || !kind) return void context.reply(context.t('commands-homework-ended'));
  if ('flow' in kind.start) {
    const preset = kind.start.preset?.(assignment.settings ?? null);
    return context.startFlow?.(kind.start.flow, preset);
  }
  const today = localDateOf(context.now, person.timezone);
  const marked = await context.repos.homework.completeOne(person.id, assignment.id, today, { kind: kind.id, id: assignment.id }, context.now);
  context.reply(context.t(marked ? 'commands-homework-marked-done' : 'commands-homework-already-done', { label: esc(homeworkLabelIn(kind, context)) }));
}

export const pauseCommand: InstantCommand = {
  command: 'pause',
  description: menuDescription('pause'),
  needsPerson: true,
  async run(context, args) {
    const text = args.trim();
    const days = text === '' ? 7 : Number(text);
    if (!Number.isInteger(days) || days < 1 || days > MAX_PAUSE_DAYS) {
      context.reply(context.t('commands-pause-days', { max: MAX_PAUSE_DAYS }));
      return;
    }
    const until = new Date(context.now.getTime() + days * DAY_MS);
    await context.repos.people.update(context.person!.id, { pausedUntil: until });
    const local = dayLabel(DateTime.fromJSDate(until, { zone: context.person!.timezone }), context.locale, true);
    context.reply(context.t('commands-paused', { until: local }));
  },
};

export const resumeCommand: InstantCommand = {
  command: 'resume',
  description: menuDescription('resume'),
  needsPerson: true,
  async run(context) {
    await context.repos.people.update(context.person!.id, { pausedUntil: null });
    context.reply(context.t('commands-resumed', { time: context.person!.promptTime }));
  },
};

export const exportCommand: InstantCommand = {
  command: 'export',
  description: menuDescription('export'),
  needsPerson: true,
  async run(context) {
    const person = context.person!;
    const now = context.now;
    const data = await collectExport(person, context.repos, now);
    const records = await collectFhirRecords(context.repos, person);
    const [json, csv] = exportFiles(data);
    await context.repos.audit.record({ actor: person.id, action: 'data.exported', subjectPersonId: person.id, detail: { platform: context.event.platform } }, now);
    const { t } = context;
    context.reply({ text: t('commands-export-json', { timezone: esc(person.timezone) }), attachment: json });
    context.reply({ text: t('commands-export-csv'), attachment: csv });
    context.replyAfterCommit('export.report', async () => ({
      text: t('commands-export-report'),
      attachment: await progressReportFile(data, now, (days, words) => chartRenderer.render(days, words)),
    }));
    context.replyAfterCommit('export.fhir', async () => ({
      text: t('commands-export-fhir'),
      attachment: await fhirExportFile(records, { now, scores: 'included', checkIns: 'included', ownText: true }),
    }));
  },
};

/** `/helplines`: the crisis lines for where the person is (anyone, set up or not; urgent lane). */
export const helplinesCommand: InstantCommand = {
  command: 'helplines',
  description: menuDescription('helplines'),
  async run(context) {
    const resources = context.safety.resourcesFor(context.person, context.locale);
    context.reply({ text: helplinesMessage(resources, context.person !== null, context.locale), urgent: true });
  },
};

const SNOOZE_MS = 60 * 60 * 1000;

/** Moves today's check-in reminder an hour later (`/snooze`, or "In an hour" on a prompt). */
export async function snoozeCheckIn(context: FlowContext): Promise<void> {
  const person = context.person!;
  const schedule = await context.repos.schedules.findForPerson(person.id, 'checkin');
  const at = new Date(context.now.getTime() + SNOOZE_MS);
  if (!schedule || !schedule.lastLocalDate) {
    context.reply(context.t('prompt-nothing-to-snooze'));
    return;
  }
  if (inQuietHours(at, person.timezone, person.quietStart, person.quietEnd)) {
    context.reply(context.t('prompt-snooze-in-quiet-hours'));
    return;
  }
  await context.repos.schedules.update(schedule.id, { followUpAt: at });
  await context.repos.rateLimits.hit('snooze', `${schedule.id}:${schedule.lastLocalDate}`, 24 * 60 * 60 * 1000, context.now);
  context.reply(context.t('prompt-snoozed'));
}

/** "Not today" on a prompt: no follow-up today; nothing else is said or recorded about it. */
export async function skipToday(context: FlowContext): Promise<void> {
  const schedule = await context.repos.schedules.findForPerson(context.person!.id, 'checkin');
  if (schedule?.followUpAt) await context.repos.schedules.update(schedule.id, { followUpAt: null });
  context.reply(context.t('prompt-skipped-today'));
}

export const snoozeCommand: InstantCommand = {
  command: 'snooze',
  description: menuDescription('snooze'),
  needsPerson: true,
  run: (context) => snoozeCheckIn(context),
};

/** The commands that answer at once, in the order /help lists them. */
export const INSTANT_COMMANDS: readonly InstantCommand[] = [historyCommand, homeworkCommand, pauseCommand, resumeCommand, exportCommand, helplinesCommand, snoozeCommand];
