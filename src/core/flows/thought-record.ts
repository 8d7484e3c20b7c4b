import type { ThoughtRecordContent } from '../../db/repositories/thought-records.js';
import { bold, esc, italic } from '../messages.js';
import { localDateOf } from '../time.js';
import { DISTORTIONS, EMOTIONS } from './catalog.js';
import { emotionLabel } from './check-in.js';
import { choiceStep, multiChoiceStep, numberStep, ratingsStep, textStep } from './steps.js';
import type { FlowData, FlowDefinition, StepDefinition } from './types.js';
import { needsPerson } from './guards.js';

const RATING_STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const MAX_THOUGHTS = 8;
const LABEL_CHARS = 40;

const moodsOf = (data: FlowData) => (Array.isArray(data.moods) ? (data.moods as string[]) : []);
const thoughtsOf = (data: FlowData) => (Array.isArray(data.thoughts) ? (data.thoughts as string[]) : []);
const hotThoughtOf = (data: FlowData) => thoughtsOf(data)[Number(String(data.hotThought ?? 't0').slice(1))] ?? thoughtsOf(data)[0] ?? '';
const moodLabel = (value: string, data: FlowData) => emotionLabel(value, { otherEmotion: data.otherMood });
const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);
const hotLine = (data: FlowData) => `Your hot thought: ${italic(`“${esc(hotThoughtOf(data))}”`)}\n\n`;

/** What the thought record says besides its questions' own words. */
const COPY = {
  traps: 'Does this thought fit any of these thinking traps? Choose any that fit, then Done — or just Done if none fit.',
  whatsThis: 'What’s this?',
} as const;

const EXPLAIN = 'explain';

/**
 * Burns' distortions as an optional multi-select with a "What's this?" that explains each one. The
 * explanation is never an answer: pressed, typed or typed with some traps, it shows the same
 * question again with the explanations, keeping what was ticked.
 */
function distortionsStep(): StepDefinition {
  const base = multiChoiceStep({
    id: 'distortions',
    field: 'distortions',
    options: DISTORTIONS,
    min: 0,
    optional: true,
    prompt: (data) => {
      const explain = data.explainDistortions
        ? `\n\n${DISTORTIONS.map((d) => `${bold(d.label)}: ${d.explanation}`).join('\n')}`
        : '';
      return `${hotLine(data)}${COPY.traps}${explain}`;
    },
  });
  const chosenOf = (data: FlowData) => (Array.isArray(data.distortions) ? (data.distortions as string[]) : []);
  return {
    ...base,
    view: (data, context) => {
      const view = base.view(data, context);
      return { ...view, options: [...(view.options ?? []), ...(data.explainDistortions ? [] : [{ value: EXPLAIN, label: COPY.whatsThis }])] };
    },
    accept: (input, data, context) => {
      if (input.kind === 'choice' && input.value === EXPLAIN) return { ok: true, data: { ...data, explainDistortions: true }, stay: true };
      if (input.kind === 'choices' && input.values.includes(EXPLAIN)) {
        // "3 what's this": tick the traps named, explain, and ask again.
        const chosen = chosenOf(data);
        const added = input.values.filter((value) => value !== EXPLAIN && !chosen.includes(value));
        return { ok: true, data: { ...data, distortions: [...chosen, ...added], explainDistortions: true }, stay: true };
      }
      return base.accept(input, data, context);
    },
  };
}

/** The flow's name, and the homework kind it completes (src/core/exercises/homework-kinds.ts). */
export const THOUGHT_FLOW = 'thought';

/** `/thought`: the Greenberger & Padesky seven-column thought record as a conversation. */
export const thoughtRecordFlow: FlowDefinition = {
  name: THOUGHT_FLOW,
  version: 1,
  title: 'thought record',
  guard: needsPerson,
  steps: [
    textStep({ id: 'situation', field: 'situation', prompt: 'Let’s look at a difficult moment together.\n\n*Situation:* where were you, what was happening, who was there?' }),
    multiChoiceStep({ id: 'moods', field: 'moods', options: EMOTIONS, prompt: '*Moods:* what did you feel? Choose all that fit, then Done.' }),
    {
      ...textStep({ id: 'otherMood', field: 'otherMood', maxLength: 60, when: (data) => moodsOf(data).includes('other'), prompt: 'What would you call the other mood? (a word or two)' }),
      partOf: 'moods',
    },
    ratingsStep({
      id: 'moodBefore',
      field: 'moodBefore',
      min: 0,
      max: 100,
      quick: RATING_STEPS,
      items: moodsOf,
      label: moodLabel,
      prompt: (label) => `How strong was “${esc(label)}”, from 0 to 100?`,
    }),
    {
      ...textStep({
        id: 'thoughts',
        field: 'thoughtsText',
        prompt: '*Automatic thoughts:* what went through your mind? If there were several, put each on its own line.',
      }),
      accept: (input, data) => {
        if (input.kind !== 'text' || !input.text.trim()) return { ok: false, error: 'Please type what went through your mind — a few words are enough.' };
        if (input.text.length > 2_000) return { ok: false, error: `That’s ${input.text.length.toLocaleString('en-US')} characters; I can keep up to 2,000 here. Could you shorten it?` };
        const thoughts = input.text.split(/\n+/).map((t) => t.trim()).filter(Boolean).slice(0, MAX_THOUGHTS);
        return { ok: true, data: { ...data, thoughts, hotThought: thoughts.length === 1 ? 't0' : undefined } };
      },
      clear: (data) => ({ ...data, thoughts: undefined, hotThought: undefined }),
    },
    {
      ...choiceStep({
        id: 'hotThought',
        field: 'hotThought',
        when: (data) => thoughtsOf(data).length > 1,
        prompt: (data) =>
          `Which of these thoughts is the “hot” one — the one that carries the strongest feeling?\n${thoughtsOf(data)
            .map((t, i) => `${i + 1}. ${esc(t)}`)
            .join('\n')}`,
        options: (data) => thoughtsOf(data).map((t, i) => ({ value: `t${i}`, label: shorten(t) })),
      }),
      partOf: 'thoughts',
    },
    distortionsStep(),
    textStep({ id: 'evidenceFor', field: 'evidenceFor', prompt: (data) => `${hotLine(data)}*Evidence for:* what facts support this thought?` }),
    textStep({ id: 'evidenceAgainst', field: 'evidenceAgainst', prompt: (data) => `${hotLine(data)}*Evidence against:* what facts don’t fit it, or what would you tell a friend who thought this?` }),
    textStep({
      id: 'balanced',
      field: 'balanced',
      prompt: (data) => `${hotLine(data)}*Balanced thought:* taking all the evidence into account, what is a more balanced way to see it?`,
    }),
    numberStep({
      id: 'belief',
      field: 'belief',
      min: 0,
      max: 100,
      quick: RATING_STEPS,
      prompt: 'How much do you believe the balanced thought, from 0 to 100?',
    }),
    ratingsStep({
      id: 'moodAfter',
      field: 'moodAfter',
      min: 0,
      max: 100,
      quick: RATING_STEPS,
      items: moodsOf,
      label: moodLabel,
      prompt: (label) => `*Re-rate your moods:* how strong is “${esc(label)}” now, from 0 to 100?`,
    }),
  ],
  async finish(data, context) {
    const person = context.person!;
    const before = (data.moodBefore as Record<string, number> | undefined) ?? {};
    const after = (data.moodAfter as Record<string, number> | undefined) ?? {};
    const moods = moodsOf(data);
    const content: ThoughtRecordContent = {
      situation: String(data.situation ?? ''),
      moods: moods.map((mood) => ({ mood: mood === 'other' ? `other: ${String(data.otherMood ?? '')}` : mood, before: before[mood] ?? 0, ...(after[mood] !== undefined && { after: after[mood] }) })),
      thoughts: thoughtsOf(data),
      hotThought: hotThoughtOf(data),
      distortions: Array.isArray(data.distortions) ? (data.distortions as string[]) : [],
      evidenceFor: String(data.evidenceFor ?? ''),
      evidenceAgainst: String(data.evidenceAgainst ?? ''),
      balancedThought: String(data.balanced ?? ''),
      balancedBelief: Number(data.belief ?? 0),
    };
    const localDate = localDateOf(context.now, person.timezone);
    const id = await context.repos.thoughtRecords.create(person.id, content, localDate, context.now);
    const homework = await context.repos.homework.complete(person.id, THOUGHT_FLOW, localDate, { kind: THOUGHT_FLOW, id }, context.now);
    const changes = moods.map((mood) => {
      const b = before[mood] ?? 0;
      const a = after[mood] ?? b;
      const arrow = a < b ? '↓' : a > b ? '↑' : '→';
      return `• ${esc(moodLabel(mood, data))}: ${b} ${arrow} ${a}`;
    });
    return [
      [
        bold('Thought record saved.'),
        `Balanced thought (${content.balancedBelief}/100): “${esc(content.balancedThought)}”`,
        '',
        'Your moods, before → after:',
        ...changes,
        '',
        'Well done for working through it.' + (homework ? ' That counts toward your homework ✓' : ''),
      ].join('\n'),
    ];
  },
};
