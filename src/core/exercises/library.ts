import type { ExerciseContent } from '../../db/repositories/exercises.js';
import { bold, esc, italic } from '../messages.js';
import { labelOf } from '../flows/catalog.js';
import { choiceStep, multiChoiceStep, numberStep, textStep } from '../flows/steps.js';
import type { ChoiceOption, FlowContext, FlowData } from '../flows/types.js';
import { JOURNAL_PROMPT_IDS } from './journal-prompts.js';
import { DEFAULT_LOCALE, isolate, translate, translator, type MessageArgs, type Translate } from '../i18n/index.js';
import type { ExerciseKind, FollowUpData, TimedMessage } from './types.js';
import { followUpTimeStep } from './when-step.js';

/** The homework library besides the safety plan (src/core/exercises/safety-plan.ts): each exercise as data. */

const BELIEF_STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const STRESS_STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const SHORT_ANSWER = 500;

const text = (content: ExerciseContent, field: string) => (typeof content[field] === 'string' ? (content[field] as string) : '');
/** What the person wrote, quoted in their language's marks, escaped. */
const quoted = (value: string, t: Translate) => italic(t('exercise-quoted', { text: isolate(esc(value)) }));
/** What the person wrote, escaped, inside a sentence. */
const theirs = (value: string) => isolate(esc(value));
/** The English words, for the therapist's side (English by default). */
const english = (id: string) => translate(DEFAULT_LOCALE, id);
const ENGLISH = translator(DEFAULT_LOCALE);
const before = (data: FlowData) => (data as FollowUpData)._before ?? {};
const followUpAt = (data: FlowData) => (typeof data._followUpAt === 'string' ? { at: new Date(data._followUpAt) } : null);

/** An active assignment of `kind` (the newest), for its instructions and settings. */
async function assignmentOf(context: FlowContext, kind: string) {
  const assignments = await context.repos.homework.listActive(context.person!.id);
  return assignments.filter((assignment) => assignment.kind === kind).pop();
}

/** "You planned: …\nYou predicted: …" — the experiment's first part, quoted back. */
const plannedAndPredicted = (content: ExerciseContent, t: Translate) =>
  `${t('exercise-experiment-you-planned', { experiment: quoted(text(content, 'experiment'), t) })}\n${t('exercise-experiment-you-predicted', { prediction: quoted(text(content, 'prediction'), t) })}`;

// ── Behavioral experiment ───────────────────────────────────────────────────────────────────────

export const behavioralExperimentKind: ExerciseKind = {
  kind: 'behavioral_experiment',
  label: english('exercise-behavioral-experiment-label'),
  description: english('exercise-behavioral-experiment-description'),
  aliases: ['experiment', 'behavioural_experiment'],
  version: 1,
  rating: { label: english('exercise-experiment-rating'), before: 'beliefBefore', after: 'beliefAfter', max: 100 },
  steps: [
    textStep({
      id: 'belief',
      field: 'belief',
      maxLength: SHORT_ANSWER,
      prompt: (_data, context) => `${context.t('exercise-experiment-intro')}\n\n${context.t('exercise-experiment-belief')}`,
    }),
    numberStep({
      id: 'beliefBefore',
      field: 'beliefBefore',
      min: 0,
      max: 100,
      quick: BELIEF_STEPS,
      prompt: (data, context) => `${quoted(String(data.belief ?? ''), context.t)}\n${context.t('exercise-experiment-belief-before')}`,
    }),
    textStep({ id: 'experiment', field: 'experiment', prompt: (_data, context) => context.t('exercise-experiment-plan') }),
    textStep({ id: 'prediction', field: 'prediction', prompt: (_data, context) => context.t('exercise-experiment-prediction') }),
    followUpTimeStep({ id: 'followUp', field: '_followUpAt', prompt: (_data, context) => context.t('exercise-experiment-when') }),
  ],
  summary: (content, { t }) =>
    [
      bold(t('exercise-experiment-planned')),
      t('exercise-experiment-summary-belief', { belief: quoted(text(content, 'belief'), t), rating: Number(content.beliefBefore) }),
      t('exercise-experiment-summary-plan', { experiment: theirs(text(content, 'experiment')) }),
      t('exercise-experiment-summary-prediction', { prediction: theirs(text(content, 'prediction')) }),
    ].join('\n'),
  line: (content) => `${text(content, 'experiment')}`,
  followUp: {
    version: 1,
    title: english('flow-title-exercise-behavioral-experiment-followup'),
    button: english('exercise-behavioral-experiment-button'),
    plan: followUpAt,
    reminder: (entry, t) =>
      `${bold(t('exercise-experiment-reminder-title'))}\n${plannedAndPredicted(entry.content, t)}\n\n${t('exercise-experiment-reminder-ready')}`,
    steps: [
      textStep({
        id: 'outcome',
        field: 'outcome',
        prompt: (data, context) => `${plannedAndPredicted(before(data), context.t)}\n\n${context.t('exercise-experiment-outcome')}`,
      }),
      textStep({ id: 'learned', field: 'learned', prompt: (_data, context) => context.t('exercise-experiment-learned') }),
      numberStep({
        id: 'beliefAfter',
        field: 'beliefAfter',
        min: 0,
        max: 100,
        quick: BELIEF_STEPS,
        prompt: (data, context) => `${quoted(text(before(data), 'belief'), context.t)}\n${context.t('exercise-experiment-belief-after', { before: Number(before(data).beliefBefore) })}`,
      }),
    ],
    summary: (content, { t }) =>
      [
        bold(t('exercise-experiment-complete')),
        t('exercise-experiment-result-belief', { belief: quoted(text(content, 'belief'), t) }),
        t('exercise-experiment-result-change', { before: Number(content.beliefBefore), after: Number(content.beliefAfter) }),
        t('exercise-experiment-result-happened', { outcome: theirs(text(content, 'outcome')) }),
        t('exercise-experiment-result-learned', { learned: theirs(text(content, 'learned')) }),
      ].join('\n'),
  },
};

// ── Mindfulness practice ────────────────────────────────────────────────────────────────────────

const BOX_ROUNDS = 4;
/** Seconds for one round of box breathing: in, hold, out, hold — four counts each. */
const BOX_ROUND_SECONDS = 16;
/** Time to read the opening message before the first timed step. */
const SETTLE_SECONDS = 5;
const GROUNDING_STEP_SECONDS = 20;
const BODY_SCAN_STEP_SECONDS = 20;
/** Ends the last message of timed guidance, whose button (or number 1 where there are no buttons) is Done. */
const doneLine = (context: Pick<FlowContext, 't' | 'buttons'>) => context.t('exercise-mindfulness-done-line', { buttons: context.buttons !== false ? 'yes' : 'no' });

/** One message of a practice's guidance: its message id (`exercise-practice-…`) and pacing. */
type GuidanceStep = { afterSeconds: number; id: string; args?: MessageArgs };

/** A practice's guidance in the person's language, with its closing line for this chat. */
function guidanceFor(practice: { guidance: GuidanceStep[] }, context: FlowContext): TimedMessage[] {
  const last = practice.guidance.length - 1;
  return practice.guidance.map(({ afterSeconds, id, args }, index) => {
    const text = context.t(id, args);
    return { afterSeconds, text: index === last ? `${text} ${doneLine(context)}` : text };
  });
}

const steps = (practice: string, seconds: number) =>
  Array.from({ length: 6 }, (_, index) => ({ afterSeconds: index === 0 ? SETTLE_SECONDS : seconds, id: `exercise-practice-${practice}-${index + 1}` }));

/** The practices and their paced guidance, as data: the words are `exercise-practice-<value>…` in the catalogs. */
export const MINDFULNESS_PRACTICES: { value: string; guidance: GuidanceStep[] }[] = [
  {
    value: 'box',
    guidance: [
      ...Array.from({ length: BOX_ROUNDS }, (_, round) => ({
        afterSeconds: round === 0 ? SETTLE_SECONDS : BOX_ROUND_SECONDS,
        id: 'exercise-practice-box-round',
        args: { round: round + 1, rounds: BOX_ROUNDS },
      })),
      { afterSeconds: BOX_ROUND_SECONDS, id: 'exercise-practice-box-end', args: { rounds: BOX_ROUNDS } },
    ],
  },
  { value: 'grounding', guidance: steps('grounding', GROUNDING_STEP_SECONDS) },
  { value: 'bodyscan', guidance: steps('bodyscan', BODY_SCAN_STEP_SECONDS) },
];

const practiceOf = (value: unknown) => MINDFULNESS_PRACTICES.find((practice) => practice.value === value) ?? MINDFULNESS_PRACTICES[0]!;
const practiceName = (value: unknown, t: Translate) => t(`exercise-practice-${practiceOf(value).value}`);

export const mindfulnessKind: ExerciseKind = {
  kind: 'mindfulness',
  label: english('exercise-mindfulness-label'),
  description: english('exercise-mindfulness-description'),
  aliases: ['breathing', 'grounding', 'bodyscan'],
  version: 1,
  countsAt: 'followUp',
  rating: { label: english('exercise-mindfulness-rating'), before: 'stressBefore', after: 'stressAfter', max: 10 },
  steps: [
    choiceStep({
      id: 'practice',
      field: 'practice',
      options: (_data, context) => MINDFULNESS_PRACTICES.map(({ value }) => ({ value, label: practiceName(value, context.t) })),
      prompt: (_data, context) => context.t('exercise-mindfulness-which'),
    }),
    numberStep({ id: 'stressBefore', field: 'stressBefore', min: 0, max: 10, quick: STRESS_STEPS, prompt: (_data, context) => context.t('exercise-mindfulness-stress-before') }),
  ],
  summary: (content, { t }) =>
    `${bold(`${practiceName(content.practice, t)}.`)} ${t(`exercise-practice-${practiceOf(content.practice).value}-intro`)}\n\n${t('exercise-mindfulness-follow')}`,
  line: (content, t = ENGLISH) => practiceName(content.practice, t),
  followUp: {
    version: 1,
    title: english('flow-title-exercise-mindfulness-followup'),
    button: english('exercise-mindfulness-button'),
    plan: (data, context) => ({ timed: guidanceFor(practiceOf(data.practice), context) }),
    steps: [numberStep({ id: 'stressAfter', field: 'stressAfter', min: 0, max: 10, quick: STRESS_STEPS, prompt: (_data, context) => context.t('exercise-mindfulness-stress-after') })],
    summary: (content, { t }) => {
      const change = Number(content.stressAfter) - Number(content.stressBefore);
      const note = t(change < 0 ? 'exercise-mindfulness-lighter' : change > 0 ? 'exercise-mindfulness-harder' : 'exercise-mindfulness-showing-up');
      const stress = t('exercise-mindfulness-stress-change', { before: Number(content.stressBefore), after: Number(content.stressAfter) });
      return `${bold(t('exercise-mindfulness-practice-done', { practice: practiceName(content.practice, t) }))} ${stress} ${note}`;
    },
  },
};

// ── Reflective journaling ───────────────────────────────────────────────────────────────────────

export const journalKind: ExerciseKind = {
  kind: 'journal',
  label: english('exercise-journal-label'),
  description: english('exercise-journal-description'),
  aliases: ['journaling', 'journal_entry', 'diary'],
  version: 1,
  async init(context) {
    const assigned = (await assignmentOf(context, 'journal'))?.instructions;
    if (assigned) return { prompt: assigned, promptSource: 'therapist' };
    const written = (await context.repos.exercises.listRecent(context.person!.id, 'journal', { limit: JOURNAL_PROMPT_IDS.length })).length;
    // Saved with the entry as the person read it, in their language.
    return { prompt: context.t(JOURNAL_PROMPT_IDS[written % JOURNAL_PROMPT_IDS.length]!), promptSource: 'library' };
  },
  steps: [
    textStep({
      id: 'entry',
      field: 'entry',
      screening: 'describing',
      prompt: (data, { t }) =>
        `${t('exercise-journal-prompt-heading', { source: data.promptSource === 'therapist' ? 'therapist' : 'library' })}\n${quoted(String(data.prompt ?? ''), t)}\n\n${t('exercise-journal-write')}`,
    }),
  ],
  summary: (_content, { t }) => `${bold(t('exercise-journal-saved'))} ${t('exercise-journal-thanks')}`,
  line: (content) => text(content, 'prompt'),
};

// ── Routine and wellness tracking ───────────────────────────────────────────────────────────────

/** What can be tracked; a therapist picks some (the `items` setting) as Assignment.settings `{ "items": ["sleep", "meals"] }`. */
/** Labels in English (the therapist's form); the client sees `exercise-routine-<value>` in their language. */
export const ROUTINE_ITEMS: ChoiceOption[] = ['sleep', 'meals', 'movement', 'hydration', 'selfcare'].map((value) => ({ value, label: english(`exercise-routine-${value}`) }));
/** The items in the person's language. */
const routineItems = (items: ChoiceOption[], t: Translate) => items.map(({ value }) => ({ value, label: t(`exercise-routine-${value}`) }));
const HABITS = ROUTINE_ITEMS.filter((item) => item.value !== 'sleep');
const trackedOf = (data: FlowData) => (Array.isArray(data.tracked) ? (data.tracked as string[]) : ROUTINE_ITEMS.map((item) => item.value));
const habitsOf = (data: FlowData) => HABITS.filter((item) => trackedOf(data).includes(item.value));
const SLEEP_HOURS_MAX = 16;

const habitsStep = multiChoiceStep({
  id: 'done',
  field: 'done',
  options: (context) => routineItems(HABITS, context.t),
  min: 0,
  when: (data) => habitsOf(data).length > 0,
  prompt: (_data, context) => context.t('exercise-routine-habits-prompt'),
});

export const routineKind: ExerciseKind = {
  kind: 'routine',
  label: english('exercise-routine-label'),
  description: english('exercise-routine-description'),
  // `routine_log`: the id the therapist side once stored (migration 20261208000000_homework_kind_ids).
  aliases: ['routines', 'wellness', 'tracking', 'routine_log'],
  version: 1,
  settings: [{ id: 'items', label: english('exercise-routine-setting-items'), choose: 'many', options: ROUTINE_ITEMS, hint: english('exercise-routine-setting-hint') }],
  async init(context) {
    const items = (await assignmentOf(context, 'routine'))?.settings?.items;
    const known = Array.isArray(items) ? ROUTINE_ITEMS.map((item) => item.value).filter((value) => items.includes(value)) : [];
    return { tracked: known.length ? known : ROUTINE_ITEMS.map((item) => item.value), done: [] };
  },
  steps: [
    numberStep({
      id: 'sleepHours',
      field: 'sleepHours',
      min: 0,
      max: SLEEP_HOURS_MAX,
      quick: [4, 5, 6, 7, 8, 9, 10],
      when: (data) => trackedOf(data).includes('sleep'),
      prompt: (_data, context) => context.t('exercise-routine-sleep-prompt'),
    }),
    { ...habitsStep, view: (data, context) => ({ ...habitsStep.view(data, context), options: routineItems(habitsOf(data), context.t) }) },
  ],
  summary: (content, { t }) => {
    const done = Array.isArray(content.done) ? (content.done as string[]) : [];
    const parts = [
      ...(content.sleepHours !== undefined ? [t('exercise-routine-sleep-hours', { hours: Number(content.sleepHours) })] : []),
      ...routineItems(habitsOf(content), t).map((item) => `${done.includes(item.value) ? '✓' : '·'} ${item.label}`),
    ];
    return `${bold(t('exercise-routine-logged'))} ${parts.join(' · ')}\n${t('exercise-routine-steady')}`;
  },
  line: (content, t = ENGLISH) => (Array.isArray(content.done) ? (content.done as string[]).map((value) => labelOf(routineItems(ROUTINE_ITEMS, t), value)).join(', ') : ''),
};

// ── Trigger map (relapse prevention) ────────────────────────────────────────────────────────────

export const triggerMapKind: ExerciseKind = {
  kind: 'trigger_map',
  label: english('exercise-trigger-map-label'),
  description: english('exercise-trigger-map-description'),
  aliases: ['trigger', 'triggers', 'relapse'],
  version: 1,
  steps: [
    textStep({ id: 'trigger', field: 'trigger', maxLength: SHORT_ANSWER, screening: 'describing', prompt: (_data, context) => context.t('exercise-trigger-prompt') }),
    textStep({ id: 'warningSigns', field: 'warningSigns', screening: 'describing', prompt: (_data, context) => context.t('exercise-trigger-signs-prompt') }),
    textStep({ id: 'coping', field: 'coping', prompt: (_data, context) => context.t('exercise-trigger-coping-prompt') }),
    textStep({ id: 'contact', field: 'contact', optional: true, maxLength: SHORT_ANSWER, prompt: (_data, context) => context.t('exercise-trigger-contact-prompt') }),
  ],
  summary: (content, { t }) => `${bold(t('exercise-trigger-added'))}\n\n${formatTrigger(content, t)}\n\n${t('exercise-trigger-whole-map')}`,
  line: (content) => text(content, 'trigger'),
};

/** One trigger map entry as text. */
export function formatTrigger(content: ExerciseContent, t: Translate): string {
  return [
    bold(theirs(text(content, 'trigger'))),
    t('exercise-trigger-signs', { signs: theirs(text(content, 'warningSigns')) }),
    t('exercise-trigger-helps', { coping: theirs(text(content, 'coping')) }),
    ...(text(content, 'contact') ? [t('exercise-trigger-contact', { contact: theirs(text(content, 'contact')) })] : []),
  ].join('\n');
}

// ── Communication practice ──────────────────────────────────────────────────────────────────────

/** "I feel hurt when plans change last minute because … I would like …", in the person's language (saved as written). */
export function iStatement(content: ExerciseContent, t: Translate = ENGLISH): string {
  const clause = (value: string) => isolate(value.replace(/[.!\s]+$/, ''));
  const parts = { feeling: text(content, 'feeling'), situation: text(content, 'situation'), reason: text(content, 'reason'), request: text(content, 'request') };
  return t('exercise-communication-statement', Object.fromEntries(Object.entries(parts).map(([name, value]) => [name, clause(value)])));
}

export const communicationKind: ExerciseKind = {
  kind: 'communication',
  label: english('exercise-communication-label'),
  description: english('exercise-communication-description'),
  aliases: ['istatement', 'i_statement', 'assertiveness'],
  version: 1,
  steps: [
    textStep({
      id: 'feeling',
      field: 'feeling',
      maxLength: 100,
      prompt: (_data, { t }) => `${t('exercise-communication-intro')}\n\n${t('exercise-communication-feeling')}`,
    }),
    textStep({ id: 'situation', field: 'situation', maxLength: SHORT_ANSWER, prompt: (data, { t }) => t('exercise-communication-situation', { feeling: theirs(String(data.feeling ?? '')) }) }),
    textStep({ id: 'reason', field: 'reason', maxLength: SHORT_ANSWER, prompt: (_data, context) => context.t('exercise-communication-reason') }),
    textStep({ id: 'request', field: 'request', maxLength: SHORT_ANSWER, prompt: (_data, context) => context.t('exercise-communication-request') }),
    followUpTimeStep({
      id: 'followUp',
      field: '_followUpAt',
      allowNone: true,
      prompt: (data, { t }) => `${t('exercise-communication-here')}\n${quoted(iStatement(data, t), t)}\n\n${t('exercise-communication-try')}`,
    }),
  ],
  content: (data, t) => ({ feeling: data.feeling, situation: data.situation, reason: data.reason, request: data.request, statement: iStatement(data, t) }),
  summary: (content, { t }) => `${bold(t('exercise-communication-yours'))}\n${quoted(text(content, 'statement'), t)}`,
  line: (content) => text(content, 'statement'),
  followUp: {
    version: 1,
    title: english('flow-title-exercise-communication-followup'),
    button: english('exercise-communication-button'),
    plan: followUpAt,
    reminder: (entry, t) =>
      `${bold(t('exercise-communication-reminder-title'))}\n${t('exercise-communication-your-statement', { statement: quoted(text(entry.content, 'statement'), t) })}\n\n${t('exercise-communication-reminder-ready')}`,
    steps: [
      textStep({ id: 'howItWent', field: 'howItWent', prompt: (data, { t }) => `${t('exercise-communication-your-statement', { statement: quoted(text(before(data), 'statement'), t) })}\n\n${t('exercise-communication-how')}` }),
      textStep({ id: 'nextTime', field: 'nextTime', optional: true, prompt: (_data, context) => context.t('exercise-communication-next-prompt') }),
    ],
    summary: (content, { t }) =>
      `${bold(t('exercise-communication-reflection-saved'))} ${t('exercise-communication-courage')}${text(content, 'nextTime') ? `\n${t('exercise-communication-next-time', { next: theirs(text(content, 'nextTime')) })}` : ''}`,
  },
};

// ── Group discussion prep ───────────────────────────────────────────────────────────────────────

export const groupPrepKind: ExerciseKind = {
  kind: 'group_prep',
  label: english('exercise-group-prep-label'),
  description: english('exercise-group-prep-description'),
  aliases: ['group', 'groupprep'],
  version: 1,
  steps: [
    textStep({ id: 'topic', field: 'topic', maxLength: 1_000, prompt: (_data, context) => context.t('exercise-group-topic-prompt') }),
    textStep({ id: 'why', field: 'why', optional: true, maxLength: 1_000, prompt: (_data, context) => context.t('exercise-group-why-prompt') }),
  ],
  summary: (content, { t }) => `${bold(t('exercise-group-saved'))}\n${quoted(text(content, 'topic'), t)}`,
  line: (content) => text(content, 'topic'),
};
