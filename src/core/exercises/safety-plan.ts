import type { ExerciseContent } from '../../db/repositories/exercises.js';
import type { Repositories } from '../../db/store.js';
import { bold, esc, italic } from '../messages.js';
import { textStep } from '../flows/steps.js';
import type { FlowContext, FlowData } from '../flows/types.js';
import type { ExerciseKind } from './types.js';
import { DEFAULT_LOCALE, isolate, translate, translator, type RenderLocale, type Translate } from '../i18n/index.js';

export const SAFETY_PLAN = 'safety_plan';

/**
 * The six steps of the Stanley–Brown Safety Planning Intervention. `field` is stored (never
 * changes); the heading and the question are `safety-plan-<key>-heading` / `-prompt` in
 * locales/<lang>/safety-plan.ftl.
 */
export const SAFETY_PLAN_SECTIONS = [
  { field: 'warningSigns', key: 'warning-signs' },
  { field: 'copingStrategies', key: 'coping' },
  { field: 'distractions', key: 'distractions' },
  { field: 'helpers', key: 'helpers' },
  { field: 'professionals', key: 'professionals', namesCrisisLine: true },
  { field: 'safeEnvironment', key: 'environment' },
] as const;

type Section = (typeof SAFETY_PLAN_SECTIONS)[number];
const headingOf = (section: Section, t: Translate) => t(`safety-plan-${section.key}-heading`);

/** The crisis line step 5 suggests, for where the person is (src/core/safety/crisis-resources.ts). */
function crisisLineHint(context: FlowContext): string {
  const { primaryLine } = context.safety.resourcesFor(context.person, context.locale);
  return primaryLine ? context.t('safety-plan-crisis-line', { line: esc(primaryLine) }) : context.t('safety-plan-crisis-line-none');
}

/** The sections the crisis response repeats (Stanley–Brown steps 2–5). */
const CRISIS_SECTIONS = SAFETY_PLAN_SECTIONS.slice(1, 5);
const MAX_SECTION_LENGTH = 1_000;

const previousOf = (data: FlowData) => (data._previous as ExerciseContent | undefined) ?? {};
const answerOf = (content: ExerciseContent, field: string) => (typeof content[field] === 'string' ? (content[field] as string) : '');

/** The plan as text: each filled-in section, with its step number. */
export function formatSafetyPlan(content: ExerciseContent, t: Translate, sections: readonly Section[] = SAFETY_PLAN_SECTIONS): string[] {
  return sections.map((section) => {
    const answer = answerOf(content, section.field);
    const number = SAFETY_PLAN_SECTIONS.indexOf(section) + 1;
    return `${bold(`${number}. ${headingOf(section, t)}`)}\n${answer ? isolate(esc(answer)) : italic(t('safety-plan-not-filled'))}`;
  });
}

/**
 * `/safetyplan` and the assignment `safety_plan`: the six Stanley–Brown steps. Editing walks the
 * steps again with the current answers shown; `skip` keeps an answer. Each save is a new entry, so
 * the newest is the current plan.
 */
export const safetyPlanKind: ExerciseKind = {
  kind: SAFETY_PLAN,
  // English, the stable meaning for the therapist side; the client sees `exercise-<kind>-label` in their language.
  label: translate(DEFAULT_LOCALE, 'exercise-safety-plan-label'),
  description: translate(DEFAULT_LOCALE, 'exercise-safety-plan-description'),
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
        const intro = index === 0 && !data._previous ? `${context.t('safety-plan-intro')}\n\n` : '';
        const current = answerOf(previousOf(data), section.field);
        const now = current ? `\n\n${context.t('safety-plan-currently', { answer: italic(isolate(esc(current))) })}` : '';
        const hint = 'namesCrisisLine' in section ? ` ${crisisLineHint(context)}` : '';
        const title = context.t('safety-plan-step', { number: index + 1, heading: headingOf(section, context.t) });
        return `${intro}${bold(title)}\n${context.t(`safety-plan-${section.key}-prompt`)}${hint}${now}`;
      },
    }),
  ),
  content(data) {
    const previous = previousOf(data);
    return Object.fromEntries(SAFETY_PLAN_SECTIONS.map(({ field }) => [field, typeof data[field] === 'string' ? data[field] : answerOf(previous, field)]));
  },
  summary(content, context) {
    return [bold(context.t('safety-plan-saved')), '', ...formatSafetyPlan(content, context.t), '', context.t('safety-plan-saved-note')].join('\n');
  },
};

/**
 * The client's own plan, steps 2–5, for the crisis response; empty when they have none (or it has
 * nothing in those steps).
 */
export async function safetyPlanCrisisLines(repos: Repositories, personId: string, locale: RenderLocale = DEFAULT_LOCALE): Promise<string[]> {
  const t = translator(locale);
  const plan = await repos.exercises.latest(personId, SAFETY_PLAN);
  if (!plan || !CRISIS_SECTIONS.some((section) => answerOf(plan.content, section.field))) return [];
  const filled = CRISIS_SECTIONS.filter((section) => answerOf(plan.content, section.field));
  return [...filled.map((section) => `• ${headingOf(section, t)}: ${isolate(esc(answerOf(plan.content, section.field)))}`)];
}
