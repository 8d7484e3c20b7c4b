import type { ExerciseContent } from '../../db/repositories/exercises.js';
import type { Repositories } from '../../db/store.js';
import { bold, esc, italic } from '../messages.js';
import { textStep } from '../flows/steps.js';
import type { FlowContext, FlowData } from '../flows/types.js';
import type { ExerciseKind } from './types.js';

export const SAFETY_PLAN = 'safety_plan';

/** The six steps of the Stanley–Brown Safety Planning Intervention. */
export const SAFETY_PLAN_SECTIONS = [
  {
    field: 'warningSigns',
    heading: 'Warning signs',
    prompt: 'What tells you a crisis may be starting? Thoughts, images, moods, situations or things you do.',
  },
  {
    field: 'copingStrategies',
    heading: 'Things I can do on my own',
    prompt: 'What can you do on your own to take your mind off things or feel a little calmer? (a walk, music, a shower, a breathing exercise…)',
  },
  {
    field: 'distractions',
    heading: 'People and places that help me feel better',
    prompt: 'Which people and social settings help take your mind off things? (a friend to text, a café, a place of worship, a class…)',
  },
  {
    field: 'helpers',
    heading: 'People I can ask for help',
    prompt: 'Who could you ask for help when things get hard? Names and phone numbers if you like.',
  },
  {
    field: 'professionals',
    heading: 'Professionals and crisis lines',
    prompt: 'Which professionals or services can you contact in a crisis? Your therapist, your doctor, a local crisis line.',
    namesCrisisLine: true,
  },
  {
    field: 'safeEnvironment',
    heading: 'Making my surroundings safer',
    prompt: 'What could you do to make your surroundings safer when things are hard? For example, asking someone you trust to keep certain things for you for a while.',
  },
] as const;

/** The crisis line step 5 suggests, for where the person is (src/core/safety/crisis-resources.ts). */
function crisisLineHint(context: FlowContext): string {
  const { primaryLine } = context.safety.resourcesFor(context.person);
  return primaryLine ? `A crisis line where you are: ${esc(primaryLine)} (/helplines lists more).` : 'findahelpline.com lists the crisis lines where you are.';
}

/** The sections the crisis response repeats (Stanley–Brown steps 2–5). */
const CRISIS_SECTIONS = SAFETY_PLAN_SECTIONS.slice(1, 5);
const MAX_SECTION_LENGTH = 1_000;

const previousOf = (data: FlowData) => (data._previous as ExerciseContent | undefined) ?? {};
const answerOf = (content: ExerciseContent, field: string) => (typeof content[field] === 'string' ? (content[field] as string) : '');

/** The plan as text: each filled-in section, with its step number. */
export function formatSafetyPlan(content: ExerciseContent, sections: readonly (typeof SAFETY_PLAN_SECTIONS)[number][] = SAFETY_PLAN_SECTIONS): string[] {
  return sections.map((section) => {
    const answer = answerOf(content, section.field);
    const number = SAFETY_PLAN_SECTIONS.indexOf(section) + 1;
    return `${bold(`${number}. ${section.heading}`)}\n${answer ? esc(answer) : italic('not filled in yet')}`;
  });
}

/**
 * `/safetyplan` and the assignment `safety_plan`: the six Stanley–Brown steps. Editing walks the
 * steps again with the current answers shown; `skip` keeps an answer. Each save is a new entry, so
 * the newest is the current plan.
 */
export const safetyPlanKind: ExerciseKind = {
  kind: SAFETY_PLAN,
  label: 'Safety plan',
  description: 'Your plan for hard moments, in six steps (Stanley–Brown)',
  aliases: ['safetyplan', 'safety', 'plan'],
  version: 1,
  async init(context) {
    const current = await context.repos.exercises.latest(context.person!.id, SAFETY_PLAN);
    return current ? { _previous: current.content } : {};
  },
  steps: SAFETY_PLAN_SECTIONS.map((section, index) =>
    textStep({
      id: section.field,
      field: section.field,
      optional: true,
      screening: 'describing',
      maxLength: MAX_SECTION_LENGTH,
      prompt: (data, context) => {
        const intro = index === 0 && !data._previous ? 'A safety plan is a short list you write now, while things are calmer, to use when they are not. Answer what you can; skip anything for now.\n\n' : '';
        const current = answerOf(previousOf(data), section.field);
        const now = current ? `\n\nCurrently: ${italic(esc(current))}\nType a new answer, or skip to keep it.` : '';
        const hint = 'namesCrisisLine' in section ? ` ${crisisLineHint(context)}` : '';
        return `${intro}${bold(`Step ${index + 1} — ${section.heading}`)}\n${section.prompt}${hint}${now}`;
      },
    }),
  ),
  content(data) {
    const previous = previousOf(data);
    return Object.fromEntries(SAFETY_PLAN_SECTIONS.map(({ field }) => [field, typeof data[field] === 'string' ? data[field] : answerOf(previous, field)]));
  },
  summary(content) {
    return [
      bold('Your safety plan is saved.'),
      '',
      ...formatSafetyPlan(content),
      '',
      'You can see it any time with /safetyplan, and change it whenever you like. If you are ever in crisis I’ll show you steps 2–5 alongside the crisis lines.',
    ].join('\n');
  },
};

/**
 * The client's own plan, steps 2–5, for the crisis response; empty when they have none (or it has
 * nothing in those steps).
 */
export async function safetyPlanCrisisLines(repos: Repositories, personId: string): Promise<string[]> {
  const plan = await repos.exercises.latest(personId, SAFETY_PLAN);
  if (!plan || !CRISIS_SECTIONS.some((section) => answerOf(plan.content, section.field))) return [];
  const filled = CRISIS_SECTIONS.filter((section) => answerOf(plan.content, section.field));
  return [...filled.map((section) => `• ${section.heading}: ${esc(answerOf(plan.content, section.field))}`)];
}
