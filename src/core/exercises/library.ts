import type { ExerciseContent } from '../../db/repositories/exercises.js';
import { bold, esc, italic } from '../messages.js';
import { labelOf } from '../flows/catalog.js';
import { choiceStep, multiChoiceStep, numberStep, textStep } from '../flows/steps.js';
import type { ChoiceOption, FlowContext, FlowData } from '../flows/types.js';
import { JOURNAL_PROMPTS } from './journal-prompts.js';
import type { ExerciseKind, FollowUpData, TimedMessage } from './types.js';
import { followUpTimeStep } from './when-step.js';

/** The homework library besides the safety plan (src/core/exercises/safety-plan.ts): each exercise as data. */

const BELIEF_STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const STRESS_STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const SHORT_ANSWER = 500;

const text = (content: ExerciseContent, field: string) => (typeof content[field] === 'string' ? (content[field] as string) : '');
const quoted = (value: string) => italic(`“${esc(value)}”`);
const before = (data: FlowData) => (data as FollowUpData)._before ?? {};
const followUpAt = (data: FlowData) => (typeof data._followUpAt === 'string' ? { at: new Date(data._followUpAt) } : null);

/** An active assignment of `kind` (the newest), for its instructions and settings. */
async function assignmentOf(context: FlowContext, kind: string) {
  const assignments = await context.repos.homework.listActive(context.person!.id);
  return assignments.filter((assignment) => assignment.kind === kind).pop();
}

// ── Behavioral experiment ───────────────────────────────────────────────────────────────────────

export const behavioralExperimentKind: ExerciseKind = {
  kind: 'behavioral_experiment',
  label: 'Behavioral experiment',
  description: 'Test a worrying belief in real life, then look at what happened',
  aliases: ['experiment', 'behavioural_experiment'],
  version: 1,
  rating: { label: 'belief in the tested thought', before: 'beliefBefore', after: 'beliefAfter', max: 100 },
  steps: [
    textStep({
      id: 'belief',
      field: 'belief',
      maxLength: SHORT_ANSWER,
      prompt: 'Let’s set up a small experiment.\n\n*The belief to test:* what do you expect or fear will happen? (e.g. “If I say no, my friend will be angry with me.”)',
    }),
    numberStep({
      id: 'beliefBefore',
      field: 'beliefBefore',
      min: 0,
      max: 100,
      quick: BELIEF_STEPS,
      prompt: (data) => `${quoted(String(data.belief ?? ''))}\nHow strongly do you believe this right now, from 0 to 100?`,
    }),
    textStep({ id: 'experiment', field: 'experiment', prompt: '*The experiment:* what will you do to test it? Where, when, with whom?' }),
    textStep({ id: 'prediction', field: 'prediction', prompt: '*Your prediction:* what do you think will happen? How will you know?' }),
    followUpTimeStep({ id: 'followUp', field: '_followUpAt', prompt: 'When should I check back to hear how it went?' }),
  ],
  summary: (content) =>
    [
      bold('Experiment planned.'),
      `Belief: ${quoted(text(content, 'belief'))} (${Number(content.beliefBefore)}/100)`,
      `Experiment: ${esc(text(content, 'experiment'))}`,
      `Prediction: ${esc(text(content, 'prediction'))}`,
    ].join('\n'),
  line: (content) => `${text(content, 'experiment')}`,
  followUp: {
    version: 1,
    title: 'experiment follow-up',
    button: 'Tell me how it went',
    plan: followUpAt,
    reminder: (entry) =>
      `${bold('Time to look back at your experiment.')}\nYou planned: ${quoted(text(entry.content, 'experiment'))}\nYou predicted: ${quoted(text(entry.content, 'prediction'))}\n\nWhenever you’re ready, tell me how it went — it takes a couple of minutes.`,
    steps: [
      textStep({
        id: 'outcome',
        field: 'outcome',
        prompt: (data) => `You planned: ${quoted(text(before(data), 'experiment'))}\nYou predicted: ${quoted(text(before(data), 'prediction'))}\n\n*What actually happened?*`,
      }),
      textStep({ id: 'learned', field: 'learned', prompt: '*What did you learn?* How does it fit with the belief you were testing?' }),
      numberStep({
        id: 'beliefAfter',
        field: 'beliefAfter',
        min: 0,
        max: 100,
        quick: BELIEF_STEPS,
        prompt: (data) => `${quoted(text(before(data), 'belief'))}\nBefore, you believed this ${Number(before(data).beliefBefore)}/100. How strongly do you believe it now, from 0 to 100?`,
      }),
    ],
    summary: (content) =>
      [
        bold('Experiment complete — well done for trying it.'),
        `Belief: ${quoted(text(content, 'belief'))}`,
        `Before → after: ${Number(content.beliefBefore)} → ${Number(content.beliefAfter)}`,
        `What happened: ${esc(text(content, 'outcome'))}`,
        `What you learned: ${esc(text(content, 'learned'))}`,
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
const doneLine = (buttons: boolean) =>
  buttons ? 'When you’re ready, press Done and tell me how you feel.' : 'When you’re ready, type 1 (Done) and tell me how you feel.';

/** A practice's guidance with its closing line for this chat. */
function guidanceFor(practice: { guidance: TimedMessage[] }, buttons: boolean): TimedMessage[] {
  return practice.guidance.map((step, index) => (index === practice.guidance.length - 1 ? { ...step, text: `${step.text} ${doneLine(buttons)}` } : step));
}

/** The practices and their paced guidance, as data. */
export const MINDFULNESS_PRACTICES: (ChoiceOption & { intro: string; guidance: TimedMessage[] })[] = [
  {
    value: 'box',
    label: 'Box breathing',
    intro: 'In for 4, hold for 4, out for 4, hold for 4. Sit comfortably and let your shoulders drop. I’ll guide you through four rounds.',
    guidance: [
      ...Array.from({ length: BOX_ROUNDS }, (_, round) => ({
        afterSeconds: round === 0 ? SETTLE_SECONDS : BOX_ROUND_SECONDS,
        text: `Round ${round + 1} of ${BOX_ROUNDS}: breathe in… 2… 3… 4 · hold… 2… 3… 4 · out… 2… 3… 4 · hold… 2… 3… 4`,
      })),
      { afterSeconds: BOX_ROUND_SECONDS, text: `That’s ${BOX_ROUNDS} rounds. Let your breathing return to its own rhythm.` },
    ],
  },
  {
    value: 'grounding',
    label: '5-4-3-2-1 grounding',
    intro: 'It brings you back to the here and now through your senses. Take your time with each one.',
    guidance: [
      { afterSeconds: SETTLE_SECONDS, text: 'Look around and name *5 things you can see*.' },
      { afterSeconds: GROUNDING_STEP_SECONDS, text: 'Now *4 things you can feel* — your feet on the floor, the chair, your clothes, the air.' },
      { afterSeconds: GROUNDING_STEP_SECONDS, text: 'Listen for *3 things you can hear*, near or far.' },
      { afterSeconds: GROUNDING_STEP_SECONDS, text: 'Notice *2 things you can smell* — or remember two smells you like.' },
      { afterSeconds: GROUNDING_STEP_SECONDS, text: 'And *1 thing you can taste*, or one kind thing you can say to yourself.' },
      { afterSeconds: GROUNDING_STEP_SECONDS, text: `You’ve come back to the present moment.` },
    ],
  },
  {
    value: 'bodyscan',
    label: 'Body scan',
    intro: 'We’ll move attention slowly from your feet to your head. Nothing to change — just notice.',
    guidance: [
      { afterSeconds: SETTLE_SECONDS, text: 'Close your eyes if you like. Bring your attention to *your feet*: warmth, pressure, tingling, or nothing at all.' },
      { afterSeconds: BODY_SCAN_STEP_SECONDS, text: 'Move up to *your legs and hips*. Notice where they meet the chair or the floor.' },
      { afterSeconds: BODY_SCAN_STEP_SECONDS, text: 'Now *your belly and back*. Feel your breath moving there, without changing it.' },
      { afterSeconds: BODY_SCAN_STEP_SECONDS, text: '*Your chest, shoulders and arms*. If there is tension, let it be there, or let it soften.' },
      { afterSeconds: BODY_SCAN_STEP_SECONDS, text: 'Finally *your neck, jaw and face*. Let your jaw loosen a little.' },
      { afterSeconds: BODY_SCAN_STEP_SECONDS, text: `Take one slower breath and open your eyes.` },
    ],
  },
];

const practiceOf = (value: unknown) => MINDFULNESS_PRACTICES.find((practice) => practice.value === value) ?? MINDFULNESS_PRACTICES[0]!;

export const mindfulnessKind: ExerciseKind = {
  kind: 'mindfulness',
  label: 'Mindfulness practice',
  description: 'Box breathing, 5-4-3-2-1 grounding or a body scan, paced for you',
  aliases: ['breathing', 'grounding', 'bodyscan'],
  version: 1,
  countsAt: 'followUp',
  rating: { label: 'stress', before: 'stressBefore', after: 'stressAfter', max: 10 },
  steps: [
    choiceStep({ id: 'practice', field: 'practice', options: MINDFULNESS_PRACTICES.map(({ value, label }) => ({ value, label })), prompt: 'Which practice would you like to do?' }),
    numberStep({ id: 'stressBefore', field: 'stressBefore', min: 0, max: 10, quick: STRESS_STEPS, prompt: 'Before we start: how stressed do you feel right now, from 0 (not at all) to 10 (extremely)?' }),
  ],
  summary: (content) => `${bold(`${practiceOf(content.practice).label}.`)} ${practiceOf(content.practice).intro}\n\nI’ll send the steps one at a time over the next minute or two — just follow along.`,
  line: (content) => practiceOf(content.practice).label,
  followUp: {
    version: 1,
    title: 'practice',
    button: 'Done',
    plan: (data, context) => ({ timed: guidanceFor(practiceOf(data.practice), context.buttons !== false) }),
    steps: [numberStep({ id: 'stressAfter', field: 'stressAfter', min: 0, max: 10, quick: STRESS_STEPS, prompt: 'How stressed do you feel now, from 0 to 10?' })],
    summary: (content) => {
      const change = Number(content.stressAfter) - Number(content.stressBefore);
      const note = change < 0 ? 'A little lighter.' : change > 0 ? 'Some days practice feels harder — noticing that is part of it too.' : 'Showing up for the practice is what counts.';
      return `${bold(`${practiceOf(content.practice).label} done.`)} Stress ${Number(content.stressBefore)} → ${Number(content.stressAfter)}. ${note}`;
    },
  },
};

// ── Reflective journaling ───────────────────────────────────────────────────────────────────────

export const journalKind: ExerciseKind = {
  kind: 'journal',
  label: 'Reflective journaling',
  description: 'Write freely in answer to a reflective prompt',
  aliases: ['journaling', 'journal_entry', 'diary'],
  version: 1,
  async init(context) {
    const assigned = (await assignmentOf(context, 'journal'))?.instructions;
    if (assigned) return { prompt: assigned, promptSource: 'therapist' };
    const written = (await context.repos.exercises.listRecent(context.person!.id, 'journal', { limit: JOURNAL_PROMPTS.length })).length;
    return { prompt: JOURNAL_PROMPTS[written % JOURNAL_PROMPTS.length]!, promptSource: 'library' };
  },
  steps: [
    textStep({
      id: 'entry',
      field: 'entry',
      screening: 'describing',
      prompt: (data) =>
        `${data.promptSource === 'therapist' ? 'Your therapist’s prompt' : 'Today’s prompt'}:\n${quoted(String(data.prompt ?? ''))}\n\nWrite as much or as little as you like, in one message.`,
    }),
  ],
  summary: () => `${bold('Journal entry saved.')} Thank you for taking the time to reflect.`,
  line: (content) => text(content, 'prompt'),
};

// ── Routine and wellness tracking ───────────────────────────────────────────────────────────────

/** What can be tracked; a therapist picks some (the `items` setting) as Assignment.settings `{ "items": ["sleep", "meals"] }`. */
export const ROUTINE_ITEMS: ChoiceOption[] = [
  { value: 'sleep', label: 'Sleep' },
  { value: 'meals', label: 'Regular meals' },
  { value: 'movement', label: 'Movement' },
  { value: 'hydration', label: 'Enough water' },
  { value: 'selfcare', label: 'Self-care' },
];
const HABITS = ROUTINE_ITEMS.filter((item) => item.value !== 'sleep');
const trackedOf = (data: FlowData) => (Array.isArray(data.tracked) ? (data.tracked as string[]) : ROUTINE_ITEMS.map((item) => item.value));
const habitsOf = (data: FlowData) => HABITS.filter((item) => trackedOf(data).includes(item.value));
const SLEEP_HOURS_MAX = 16;

const habitsStep = multiChoiceStep({
  id: 'done',
  field: 'done',
  options: HABITS,
  min: 0,
  when: (data) => habitsOf(data).length > 0,
  prompt: 'Which of these did you manage today? Tick all that apply, then Done.',
});

export const routineKind: ExerciseKind = {
  kind: 'routine',
  label: 'Routine and wellness',
  description: 'A quick log of sleep, meals, movement, water and self-care',
  // `routine_log`: the id the therapist side once stored (migration 20261208000000_homework_kind_ids).
  aliases: ['routines', 'wellness', 'tracking', 'routine_log'],
  version: 1,
  settings: [{ id: 'items', label: 'What to track', choose: 'many', options: ROUTINE_ITEMS, hint: 'Leave empty to track all of them.' }],
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
      prompt: 'How many hours did you sleep last night? (a whole number)',
    }),
    { ...habitsStep, view: (data, context) => ({ ...habitsStep.view(data, context), options: habitsOf(data) }) },
  ],
  summary: (content) => {
    const done = Array.isArray(content.done) ? (content.done as string[]) : [];
    const parts = [
      ...(content.sleepHours !== undefined ? [`Sleep ${Number(content.sleepHours)} h`] : []),
      ...habitsOf(content).map((item) => `${done.includes(item.value) ? '✓' : '·'} ${item.label}`),
    ];
    return `${bold('Logged.')} ${parts.join(' · ')}\nSmall, steady routines make a real difference.`;
  },
  line: (content) => (Array.isArray(content.done) ? (content.done as string[]).map((value) => labelOf(ROUTINE_ITEMS, value)).join(', ') : ''),
};

// ── Trigger map (relapse prevention) ────────────────────────────────────────────────────────────

export const triggerMapKind: ExerciseKind = {
  kind: 'trigger_map',
  label: 'Trigger map',
  description: 'Map a trigger, its early warning signs, what helps and who to contact',
  aliases: ['trigger', 'triggers', 'relapse'],
  version: 1,
  steps: [
    textStep({ id: 'trigger', field: 'trigger', maxLength: SHORT_ANSWER, screening: 'describing', prompt: '*Trigger:* what situation, feeling, person or place can set things off for you?' }),
    textStep({ id: 'warningSigns', field: 'warningSigns', screening: 'describing', prompt: '*Early warning signs:* what do you notice in yourself when it starts — thoughts, feelings, urges, things you do?' }),
    textStep({ id: 'coping', field: 'coping', prompt: '*Coping response:* what will you do instead, or what helps you ride it out?' }),
    textStep({ id: 'contact', field: 'contact', optional: true, maxLength: SHORT_ANSWER, prompt: '*Person to contact:* who can you reach out to when this happens? (optional)' }),
  ],
  summary: (content) => `${bold('Added to your trigger map.')}\n\n${formatTrigger(content)}\n\n/triggers shows your whole map.`,
  line: (content) => text(content, 'trigger'),
};

/** One trigger map entry as text. */
export function formatTrigger(content: ExerciseContent): string {
  return [
    bold(esc(text(content, 'trigger'))),
    `Early signs: ${esc(text(content, 'warningSigns'))}`,
    `What helps: ${esc(text(content, 'coping'))}`,
    ...(text(content, 'contact') ? [`Who to contact: ${esc(text(content, 'contact'))}`] : []),
  ].join('\n');
}

// ── Communication practice ──────────────────────────────────────────────────────────────────────

/** "I feel hurt when plans change last minute because … I would like …" */
export function iStatement(content: ExerciseContent): string {
  const clause = (value: string) => value.replace(/[.!\s]+$/, '');
  return `I feel ${clause(text(content, 'feeling'))} when ${clause(text(content, 'situation'))} because ${clause(text(content, 'reason'))}. I would like ${clause(text(content, 'request'))}.`;
}

export const communicationKind: ExerciseKind = {
  kind: 'communication',
  label: 'Communication practice',
  description: 'Build an I-statement for a difficult conversation, then reflect on how it went',
  aliases: ['istatement', 'i_statement', 'assertiveness'],
  version: 1,
  steps: [
    textStep({
      id: 'feeling',
      field: 'feeling',
      maxLength: 100,
      prompt: 'Let’s build an I-statement — a way to say how something affects you without blaming.\n\n*I feel…* (a feeling word or two, e.g. “hurt”, “worried”, “left out”)',
    }),
    textStep({ id: 'situation', field: 'situation', maxLength: SHORT_ANSWER, prompt: (data) => `I feel ${esc(String(data.feeling ?? ''))} *when…* what happens? Describe what the other person does, not who they are.` }),
    textStep({ id: 'reason', field: 'reason', maxLength: SHORT_ANSWER, prompt: '*…because…* why does it matter to you?' }),
    textStep({ id: 'request', field: 'request', maxLength: SHORT_ANSWER, prompt: '*I would like…* what would you like to happen instead?' }),
    followUpTimeStep({
      id: 'followUp',
      field: '_followUpAt',
      allowNone: 'No reminder',
      prompt: (data) => `Here’s your I-statement:\n${quoted(iStatement(data))}\n\nTry saying it out loud once. When will you use it? I can check back afterwards to hear how it went.`,
    }),
  ],
  content: (data) => ({ feeling: data.feeling, situation: data.situation, reason: data.reason, request: data.request, statement: iStatement(data) }),
  summary: (content) => `${bold('Your I-statement:')}\n${quoted(text(content, 'statement'))}`,
  line: (content) => text(content, 'statement'),
  followUp: {
    version: 1,
    title: 'communication reflection',
    button: 'Reflect on it',
    plan: followUpAt,
    reminder: (entry) => `${bold('How did your conversation go?')}\nYour I-statement: ${quoted(text(entry.content, 'statement'))}\n\nWhenever you’re ready, take a minute to reflect on it.`,
    steps: [
      textStep({ id: 'howItWent', field: 'howItWent', prompt: (data) => `Your I-statement: ${quoted(text(before(data), 'statement'))}\n\n*How did it go?* What did you say, and how did the other person respond?` }),
      textStep({ id: 'nextTime', field: 'nextTime', optional: true, prompt: '*Next time:* anything you would keep or change? (optional)' }),
    ],
    summary: (content) => `${bold('Reflection saved.')} Speaking up for what you need takes courage — well done.${text(content, 'nextTime') ? `\nNext time: ${esc(text(content, 'nextTime'))}` : ''}`,
  },
};

// ── Group discussion prep ───────────────────────────────────────────────────────────────────────

export const groupPrepKind: ExerciseKind = {
  kind: 'group_prep',
  label: 'Group discussion prep',
  description: 'Note a question or topic to bring to your next group session',
  aliases: ['group', 'groupprep'],
  version: 1,
  steps: [
    textStep({ id: 'topic', field: 'topic', maxLength: 1_000, prompt: 'What question or topic would you like to bring to your next group session?' }),
    textStep({ id: 'why', field: 'why', optional: true, maxLength: 1_000, prompt: 'What makes it important to you right now? (optional)' }),
  ],
  summary: (content) => `${bold('Saved for your next group session:')}\n${quoted(text(content, 'topic'))}`,
  line: (content) => text(content, 'topic'),
};
