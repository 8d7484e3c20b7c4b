import { DateTime } from 'luxon';
import { buttonId } from '../buttons.js';
import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import type { ExerciseEntryRecord } from '../../db/repositories/exercises.js';
import { shortDayLabel } from '../time.js';
import { DEFAULT_LOCALE, intlLocale, PSEUDO_LOCALE, pseudoText } from '../i18n/index.js';
import type { FlowContext, InstantCommand } from '../flows/types.js';
import { EXERCISES, findExercise, resolveExercise } from './catalog.js';
import { exerciseFlowName, followUpChoice, followUpFlowName } from './flows.js';
import { formatTrigger, triggerMapKind } from './library.js';
import { formatSafetyPlan, SAFETY_PLAN } from './safety-plan.js';

/** What the homework library's commands and buttons say (each exercise's own wording is in library.ts). */
const COPY = {
  unknownKind: 'That button is from an earlier version. /exercise shows the exercises.',
  entryGone: 'I couldn’t find that exercise any more. /exercise shows the exercises.',
  alreadyDone: (label: string) => `You’ve already completed that ${label} — thank you. /history shows your week.`,
  noSuchExercise: (typed: string) => `I don’t know an exercise called “${typed}”. Here are the ones I have:`,
  whichExercise: 'Which exercise would you like to do?',
  menuHint: (example: string, buttons: boolean) =>
    `${buttons ? 'Press a button' : 'Type the number or the name of one'}, or type /exercise and a name (e.g. /exercise ${example}).`,
  waiting: 'Waiting for you:',
  openEntry: (label: string, day: string, line?: string) => `${label} from ${day}${line === undefined ? '' : `: ${line}`}`,
  noTriggers: 'Your trigger map is empty. Mapping a trigger — what sets things off, the early signs, what helps and who to contact — takes a few minutes.',
  triggersTitle: (count: number) => `Your trigger map (${count})`,
  addTrigger: 'Add a trigger',
  mapTrigger: 'Map a trigger',
} as const;

/** Open exercises waiting for the client, offered at the top of the /exercise menu. */
const OPEN_SHOWN = 3;

/** An `x.s.<kind>` button outside a flow (valid any time): starts that exercise. */
export async function pressExerciseStart(context: FlowContext, kindId: string): Promise<void> {
  if (!context.person) return void context.reply(context.t('set-up-first'));
  const kind = findExercise(kindId);
  if (kind) await context.startFlow?.(exerciseFlowName(kind.kind));
  else context.reply(COPY.unknownKind);
}

/** An `x.f.<entryId>` button outside a flow: the entry's follow-up, once it is checked to be this person's and still open. */
export async function pressExerciseFollowUp(context: FlowContext, entryId: string): Promise<void> {
  const person = context.person;
  if (!person) return void context.reply(context.t('set-up-first'));
  const entry = await context.repos.exercises.find(person.id, entryId);
  const kind = entry && findExercise(entry.kind);
  if (!entry || !kind?.followUp) context.reply(COPY.entryGone);
  else if (entry.status !== 'open') context.reply(COPY.alreadyDone(esc(kind.label.toLowerCase())));
  else await context.startFlow?.(followUpFlowName(kind.kind), { _entryId: entry.id, _before: entry.content });
}

export const exerciseCommand: InstantCommand = {
  command: 'exercise',
  description: 'Guided exercises: safety plan, experiments, mindfulness, journaling…',
  needsPerson: true,
  async run(context, args) {
    const typed = args.trim();
    if (!typed) return menu(context);
    const kind = resolveExercise(typed);
    if (kind) return context.startFlow?.(exerciseFlowName(kind.kind));
    return menu(context, COPY.noSuchExercise(esc(typed.slice(0, 40))));
  },
};

export const safetyPlanCommand: InstantCommand = {
  command: 'safetyplan',
  description: 'See or edit your safety plan',
  needsPerson: true,
  async run(context) {
    const plan = await context.repos.exercises.latest(context.person!.id, SAFETY_PLAN);
    if (!plan) return context.startFlow?.(exerciseFlowName(SAFETY_PLAN));
    context.reply({ text: safetyPlanText(plan, context), choices: [{ id: buttonId('exerciseStart', SAFETY_PLAN), label: context.t('safety-plan-edit') }] });
  },
};

/** A stored local date as a short day in the person's language ("Mon 7 Dec", "lun 7 dic"). */
function dayLabel(localDate: string, context: Pick<FlowContext, 'locale'>): string {
  if (context.locale === DEFAULT_LOCALE) return shortDayLabel(localDate);
  const day = DateTime.fromISO(localDate, { zone: 'UTC' }).setLocale(intlLocale(context.locale)).toFormat('ccc d LLL');
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
  description: 'Your trigger map',
  needsPerson: true,
  async run(context) {
    const entries = await context.repos.exercises.listSince(context.person!.id, new Date(0), triggerMapKind.kind);
    const add = { id: buttonId('exerciseStart', triggerMapKind.kind), label: entries.length ? COPY.addTrigger : COPY.mapTrigger };
    if (entries.length === 0) {
      context.reply({ text: COPY.noTriggers, choices: [add] });
      return;
    }
    context.reply({
      text: [bold(COPY.triggersTitle(entries.length)), ...entries.map((entry, index) => `${index + 1}. ${formatTrigger(entry.content)}`)].join('\n\n'),
      choices: [add],
    });
  },
};

/** The homework library's commands (instant answers that may start a flow). */
export const EXERCISE_COMMANDS: InstantCommand[] = [exerciseCommand, safetyPlanCommand, triggersCommand];

async function menu(context: FlowContext, lead: string = COPY.whichExercise): Promise<void> {
  const lines = [
    lead,
    '',
    ...EXERCISES.map((kind) => `${bold(kind.label)} — ${esc(kind.description)}`),
    '',
    COPY.menuHint(esc(EXERCISES[1]?.kind ?? 'journal'), context.buttons !== false),
  ];
  const waiting = await openEntries(context);
  if (waiting.length) lines.push('', bold(COPY.waiting), ...waiting.map((w) => `• ${w.text}`));
  context.reply({
    text: lines.join('\n'),
    choices: [...waiting.map((w) => w.choice), ...EXERCISES.map((kind) => ({ id: buttonId('exerciseStart', kind.kind), label: kind.label }))],
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
      return {
        text: COPY.openEntry(esc(kind.label), shortDayLabel(entry.localDate), kind.line ? esc(kind.line(entry.content).slice(0, 60)) : undefined),
        choice: { ...followUpChoice(kind, entry.id), label: `${kind.followUp!.button} (${kind.label.toLowerCase()})` },
      };
    });
}
