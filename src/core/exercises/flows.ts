import type { ExerciseContent } from '../../db/repositories/exercises.js';
import { buttonId } from '../buttons.js';
import type { OutboundMessage } from '../messages.js';
import { localDateOf } from '../time.js';
import type { FlowContext, FlowData, FlowDefinition } from '../flows/types.js';
import { EXERCISES, exerciseText } from './catalog.js';
import type { ExerciseKind, FollowUpData } from './types.js';
import { describeWhen } from './when-step.js';
import { needsPerson } from '../flows/guards.js';


export const exerciseFlowName = (kind: string) => `exercise.${kind}`;
export const followUpFlowName = (kind: string) => `exercise.${kind}.followup`;


/** Every answer whose field does not start with `_` (working data). */
function answersOf(data: FlowData): ExerciseContent {
  return Object.fromEntries(Object.entries(data).filter(([field, value]) => !field.startsWith('_') && value !== undefined));
}

/** The content to save: the kind's own choice, or all answers. */
const contentOf = (kind: ExerciseKind, data: FlowData, context: FlowContext): ExerciseContent => (kind.content ? kind.content(data, context.t) : answersOf(data));

/** The follow-up button for an entry (on a reminder, or the last message of timed guidance). */
export function followUpChoice(kind: ExerciseKind, entryId: string, context: Pick<FlowContext, 'locale' | 't'>) {
  return { id: buttonId('exerciseFollowUp', entryId), label: exerciseText(kind, 'button', context) };
}

async function countHomework(kind: ExerciseKind, entryId: string, context: FlowContext): Promise<boolean> {
  const person = context.person!;
  const localDate = localDateOf(context.now, person.timezone);
  return (await context.repos.homework.complete(person.id, kind.kind, localDate, { kind: kind.kind, id: entryId }, context.now)) > 0;
}

/**
 * The flows of one exercise kind: the exercise itself and, when it has one, its follow-up. Finishing
 * the exercise saves an entry (encrypted) — open when a follow-up is planned — counts homework, and
 * sets up the follow-up: a reminder time for the follow-up job, or timed guidance through the
 * outbox (due a few seconds apart, by the core's clock) whose last message carries the button.
 */
export function exerciseFlows(kind: ExerciseKind): FlowDefinition[] {
  const main: FlowDefinition = {
    name: exerciseFlowName(kind.kind),
    version: kind.version,
    title: kind.label.toLowerCase(),
    guard: needsPerson,
    steps: kind.steps,
    ...(kind.init && { init: kind.init }),
    async finish(data, context) {
      const person = context.person!;
      const content = contentOf(kind, data, context);
      const plan = kind.followUp?.plan(data, context) ?? null;
      const id = await context.repos.exercises.create({
        personId: person.id,
        kind: kind.kind,
        content,
        localDate: localDateOf(context.now, person.timezone),
        status: plan ? 'open' : 'done',
        followUpAt: plan && 'at' in plan ? plan.at : null,
        at: context.now,
      });
      const lines = [kind.summary(content, context)];
      if (plan && 'at' in plan) lines.push('', context.t('exercise-check-back', { when: describeWhen(plan.at, context.now, person.timezone, context) }));
      if ((kind.countsAt ?? 'start') === 'start' && (await countHomework(kind, id, context))) lines.push('', context.t('exercise-homework-done'));
      if (plan && 'timed' in plan) {
        let dueAt = context.now.getTime();
        for (const [index, step] of plan.timed.entries()) {
          dueAt += step.afterSeconds * 1000;
          const last = index === plan.timed.length - 1;
          const message: OutboundMessage = { text: step.text, locale: context.locale, ...(last && { choices: [followUpChoice(kind, id, context)] }) };
          await context.repos.outbox.enqueue({ idempotencyKey: `exercise:${id}:${index}`, address: context.event.address, message, dueAt: new Date(dueAt) });
        }
      }
      return [lines.join('\n')];
    },
  };
  const followUp = kind.followUp;
  if (!followUp) return [main];
  const follow: FlowDefinition = {
    name: followUpFlowName(kind.kind),
    version: followUp.version,
    title: followUp.title,
    guard: needsPerson,
    // Started for one entry (its id and first part arrive as the preset `_entryId`, `_before`):
    // a kept draft could belong to another entry.
    keepsDraft: false,
    steps: followUp.steps.map((step) => ({ ...step, when: (data: FlowData) => Boolean(data._entryId) && (step.when ? step.when(data) : true) })),
    async finish(data: FollowUpData, context) {
      if (!data._entryId) return [context.t('exercise-lost-track')];
      const content = { ...(data._before ?? {}), ...answersOf(data) };
      if (!(await context.repos.exercises.complete(context.person!.id, data._entryId, content, context.now))) {
        return [context.t('exercise-already-completed')];
      }
      const lines = [followUp.summary(content, context)];
      if (kind.countsAt === 'followUp' && (await countHomework(kind, data._entryId, context))) lines.push('', context.t('exercise-homework-done'));
      return [lines.join('\n')];
    },
  };
  return [main, follow];
}

/** Every exercise's flows, for the engine. */
export const EXERCISE_FLOWS: FlowDefinition[] = EXERCISES.flatMap(exerciseFlows);
