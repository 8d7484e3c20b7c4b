import { DateTime } from 'luxon';
import { buttonId } from '../buttons.js';
import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import type { ExerciseEntryRecord } from '../../db/repositories/exercises.js';
import { shortDayLabel } from '../time.js';
import { DEFAULT_LOCALE, intlLocale, isolate, PSEUDO_LOCALE, pseudoText, translate } from '../i18n/index.js';
import type { FlowContext, InstantCommand } from '../flows/types.js';
import { EXERCISES, exerciseText, findExercise, resolveExercise } from './catalog.js';
import { flowTitle } from '../flows/engine.js';
import { exerciseFlowName, followUpChoice, followUpFlowName } from './flows.js';
import { formatTrigger, triggerMapKind } from './library.js';
import { formatSafetyPlan, SAFETY_PLAN } from './safety-plan.js';

/** Open exercises waiting for the client, offered at the top of the /exercise menu. */
const OPEN_SHOWN = 3;

/** An `x.s.<kind>` button outside a flow (valid any time): starts that exercise. */
export async function pressExerciseStart(context: FlowContext, kindId: string): Promise<void> {
  if (!context.person) return void context.reply(context.t('set-up-first'));
  const kind = findExercise(kindId);
  if (kind) await context.startFlow?.(exerciseFlowName(kind.kind));
  else context.reply(context.t('exercise-unknown-kind'));
}

/** An `x.f.<entryId>` button outside a flow: the entry's follow-up, once it is checked to be this person's and still open. */
export async function pressExerciseFollowUp(context: FlowContext, entryId: string): Promise<void> {
  const person = context.person;
  if (!person) return void context.reply(context.t('set-up-first'));
  const entry = await context.repos.exercises.find(person.id, entryId);
  const kind = entry && findExercise(entry.kind);
  if (!entry || !kind?.followUp) context.reply(context.t('exercise-entry-gone'));
  else if (entry.status !== 'open') context.reply(context.t('exercise-already-done', { label: esc(flowTitle({ name: exerciseFlowName(kind.kind), title: kind.label.toLowerCase() }, context)) }));
  else await context.startFlow?.(followUpFlowName(kind.kind), { _entryId: entry.id, _before: entry.content });
}

export const exerciseCommand: InstantCommand = {
  command: 'exercise',
  description: translate(DEFAULT_LOCALE, 'command-exercise'),
  needsPerson: true,
  async run(context, args) {
    const typed = args.trim();
    if (!typed) return menu(context);
    const kind = resolveExercise(typed);
    if (kind) return context.startFlow?.(exerciseFlowName(kind.kind));
    return menu(context, context.t('exercise-no-such', { typed: isolate(esc(typed.slice(0, 40))) }));
  },
};

export const safetyPlanCommand: InstantCommand = {
  command: 'safetyplan',
  description: translate(DEFAULT_LOCALE, 'command-safetyplan'),
  needsPerson: true,
  async run(context) {
    const plan = await context.repos.exercises.latest(context.person!.id, SAFETY_PLAN);
    if (!plan) return context.startFlow?.(exerciseFlowName(SAFETY_PLAN));
    context.reply({ text: safetyPlanText(plan, context), choices: [{ id: buttonId('exerciseStart', SAFETY_PLAN), label: context.t('safety-plan-edit') }] });
  },
};

/** A stored local date as a short day in the person's language ("Mon 7 Dec", "lun, 7 dic", "Mo., 7. Dez."). */
function dayLabel(localDate: string, context: Pick<FlowContext, 'locale'>): string {
  if (context.locale === DEFAULT_LOCALE) return shortDayLabel(localDate);
  const day = DateTime.fromISO(localDate, { zone: 'UTC' }).setLocale(intlLocale(context.locale)).toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' });
  return context.locale === PSEUDO_LOCALE ? pseudoText(day) : day;
}

function safetyPlanText(plan: Pick<ExerciseEntryRecord, 'localDate' | 'content'>, context: FlowContext): string {
  const updated = context.t('safety-plan-last-updated', { day: dayLabel(plan.localDate, context) });
  return [bold(context.t('safety-plan-title')), italic(updated), '', ...formatSafetyPlan(plan.content, context.t)].join('\n');
}

/** The person's safety plan as a message (no buttons), or how to write one: "Show my safety plan" after a crisis response. */
export async function safetyPlanMessage(context: FlowContext): Promise<OutboundMessage | string> {
  const plan = context.person ? await context.repos.exercises.latest(context.person.id, SAFETY_PLAN) : null;
  return plan ? { text: safetyPlanText(plan, context) } : context.t('crisis-no-plan-yet');
}

export const triggersCommand: InstantCommand = {
  command: 'triggers',
  description: translate(DEFAULT_LOCALE, 'command-triggers'),
  needsPerson: true,
  async run(context) {
    const entries = await context.repos.exercises.listSince(context.person!.id, new Date(0), triggerMapKind.kind);
    const add = { id: buttonId('exerciseStart', triggerMapKind.kind), label: context.t(entries.length ? 'exercise-add-trigger' : 'exercise-map-trigger') };
    if (entries.length === 0) {
      context.reply({ text: context.t('exercise-no-triggers'), choices: [add] });
      return;
    }
    context.reply({
      text: [bold(context.t('exercise-triggers-title', { count: entries.length })), ...entries.map((entry, index) => `${index + 1}. ${formatTrigger(entry.content, context.t)}`)].join('\n\n'),
      choices: [add],
    });
  },
};

/** The homework library's commands (instant answers that may start a flow). */
export const EXERCISE_COMMANDS: InstantCommand[] = [exerciseCommand, safetyPlanCommand, triggersCommand];

async function menu(context: FlowContext, lead: string = context.t('exercise-which')): Promise<void> {
  const lines = [
    lead,
    '',
    ...EXERCISES.map((kind) => `${bold(exerciseText(kind, 'label', context))} — ${esc(exerciseText(kind, 'description', context))}`),
    '',
    context.t('exercise-menu-hint', { example: esc(EXERCISES[1]?.kind ?? 'journal'), buttons: context.buttons !== false ? 'yes' : 'no' }),
  ];
  const waiting = await openEntries(context);
  if (waiting.length) lines.push('', bold(context.t('exercise-waiting')), ...waiting.map((w) => `• ${w.text}`));
  context.reply({
    text: lines.join('\n'),
    choices: [...waiting.map((w) => w.choice), ...EXERCISES.map((kind) => ({ id: buttonId('exerciseStart', kind.kind), label: exerciseText(kind, 'label', context) }))],
  });
}

/** Open entries with a follow-up (an experiment to report back on, a practice to mark done), newest first. */
async function openEntries(context: FlowContext) {
  const person = context.person!;
  const since = DateTime.fromJSDate(context.now).minus({ days: 30 }).toJSDate();
  const entries = await context.repos.exercises.listSince(person.id, since);
  return entries
    .filter((entry) => entry.status === 'open' && findExercise(entry.kind)?.followUp)
    .reverse()
    .slice(0, OPEN_SHOWN)
    .map((entry) => {
      const kind = findExercise(entry.kind)!;
      const label = exerciseText(kind, 'label', context);
      const day = dayLabel(entry.localDate, context);
      const line = kind.line ? isolate(esc(kind.line(entry.content, context.t).slice(0, 60))) : undefined;
      const title = flowTitle({ name: exerciseFlowName(kind.kind), title: kind.label.toLowerCase() }, context);
      return {
        text: line === undefined ? context.t('exercise-open-entry', { label: esc(label), day }) : context.t('exercise-open-entry-line', { label: esc(label), day, line }),
        choice: { ...followUpChoice(kind, entry.id, context), label: context.t('exercise-open-button', { button: exerciseText(kind, 'button', context), label: title }) },
      };
    });
}
