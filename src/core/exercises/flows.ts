import type { ExerciseContent } from '../../db/repositories/exercises.js';
import { buttonId } from '../buttons.js';
import type { OutboundMessage } from '../messages.js';
import { localDateOf } from '../time.js';
import type { FlowContext, FlowData, FlowDefinition } from '../flows/types.js';
import { EXERCISES } from './catalog.js';
import type { ExerciseKind, FollowUpData } from './types.js';
import { describeWhen } from './when-step.js';
import { needsPerson } from '../flows/guards.js';


export const exerciseFlowName = (kind: string) => `exercise.${kind}`;
export const followUpFlowName = (kind: string) => `exercise.${kind}.followup`;

const HOMEWORK_DONE = 'That counts toward your homework ✓';
const ALREADY_COMPLETED = 'That exercise was already completed, so I’ve left it as it was.';
const LOST_TRACK = 'I lost track of which exercise this was — /exercise lists the ones waiting for you; choose it there again.';

/** Every answer whose field does not start with `_` (working data). */
function answersOf(data: FlowData): ExerciseContent {
  return Object.fromEntries(Object.entries(data).filter(([field, value]) => !field.startsWith('_') && value !== undefined));
}

/** The content to save: the kind's own choice, or all answers. */
const contentOf = (kind: ExerciseKind, data: FlowData): ExerciseContent => (kind.content ? kind.content(data) : answersOf(data));

/** The follow-up button for an entry (on a reminder, or the last message of timed guidance). */
export function followUpChoice(kind: ExerciseKind, entryId: string) {
  return { id: buttonId('exerciseFollowUp', entryId), label: kind.followUp?.button ?? 'Continue' };
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
      const content = contentOf(kind, data);
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
      if (plan && 'at' in plan) lines.push('', `I’ll check back ${describeWhen(plan.at, context.now, person.timezone)} to hear how it went.`);
      if ((kind.countsAt ?? 'start') === 'start' && (await countHomework(kind, id, context))) lines.push('', HOMEWORK_DONE);
      if (plan && 'timed' in plan) {
        let dueAt = context.now.getTime();
        for (const [index, step] of plan.timed.entries()) {
          dueAt += step.afterSeconds * 1000;
          const last = index === plan.timed.length - 1;
          const message: OutboundMessage = { text: step.text, ...(last && { choices: [followUpChoice(kind, id)] }) };
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
      if (!data._entryId) return [LOST_TRACK];
      const content = { ...(data._before ?? {}), ...answersOf(data) };
      if (!(await context.repos.exercises.complete(context.person!.id, data._entryId, content, context.now))) {
        return [ALREADY_COMPLETED];
      }
      const lines = [followUp.summary(content, context)];
      if (kind.countsAt === 'followUp' && (await countHomework(kind, data._entryId, context))) lines.push('', HOMEWORK_DONE);
      return [lines.join('\n')];
    },
  };
  return [main, follow];
}

/** Every exercise's flows, for the engine. */
export const EXERCISE_FLOWS: FlowDefinition[] = EXERCISES.flatMap(exerciseFlows);
