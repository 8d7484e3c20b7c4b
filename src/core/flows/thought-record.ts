import type { ThoughtRecordContent } from '../../db/repositories/thought-records.js';
import { bold, esc } from '../messages.js';
import { localDateOf } from '../time.js';
import { isolate, typedMeaning } from '../i18n/index.js';
import { DISTORTIONS, EMOTIONS, localized, messageId } from './catalog.js';
import { choiceStep, multiChoiceStep, numberStep, ratingsStep, textStep } from './steps.js';
import type { FlowContext, FlowData, FlowDefinition, StepDefinition, StepOutcome } from './types.js';
import { needsPerson } from './guards.js';

const RATING_STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
/** Most automatic thoughts one record holds. */
export const MAX_THOUGHTS = 8;
/** Longest automatic thought, in characters (a thought is a sentence or two). */
export const MAX_THOUGHT_LENGTH = 500;
const LABEL_CHARS = 40;

const moodsOf = (data: FlowData) => (Array.isArray(data.moods) ? (data.moods as string[]) : []);
const thoughtsOf = (data: FlowData) => (Array.isArray(data.thoughts) ? (data.thoughts as string[]) : []);
const hotThoughtOf = (data: FlowData) => thoughtsOf(data)[Number(String(data.hotThought ?? 't0').slice(1))] ?? thoughtsOf(data)[0] ?? '';
/** A mood as named in a sentence, in the person's language (`emotion-<value>-name`); the one they typed for "other". */
const moodLabel = (value: string, data: FlowData, context: Pick<FlowContext, 't'>) =>
  value === 'other' && typeof data.otherMood === 'string' ? isolate(data.otherMood) : context.t(`${messageId('emotion', value)}-name`);
const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);
const hotLine = (data: FlowData, context: FlowContext) => `${context.t('thought-record-hot-line', { thought: esc(isolate(hotThoughtOf(data))) })}\n\n`;
const numbered = (thoughts: string[]) => thoughts.map((t, i) => `${i + 1}. ${esc(isolate(t))}`).join('\n');

/** What the thought record says (locales/<lang>/thought-record.ftl), by message id. */
const say = (id: string) => (_data: FlowData, context: FlowContext) => context.t(`thought-record-${id}`);

/** Typed words that end the list of thoughts (besides the choice's name and number): "that's all", "eso es todo", "das war's", or done. */
const THOUGHTS_DONE = 'done';
const endsList = (text: string, context: FlowContext) => {
  const meaning = typedMeaning(text, context.locale);
  return meaning === 'enough' || meaning === 'done';
};
const typedWords = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
/** Two thoughts are the same when they differ only in case, spacing or punctuation. */
const sameThought = (text: string) => typedWords(text);

/**
 * Automatic thoughts, one per message (Enter sends in a terminal), each added to a list shown back
 * with “That’s all”; several lines in one message are several thoughts (Telegram, Discord). A
 * thought already in the list is left out; an over-long one is refused, keeping the list.
 */
function thoughtsStep(): StepDefinition {
  const base = textStep({ id: 'thoughts', field: 'thoughts', prompt: say('thoughts-first') });
  const finished = (data: FlowData, thoughts: string[], lead?: string): StepOutcome => ({
    ok: true,
    data: { ...data, thoughts, hotThought: thoughts.length === 1 ? 't0' : undefined },
    ...(lead && { lead }),
  });
  return {
    ...base,
    view: (data, context) => {
      const thoughts = thoughtsOf(data);
      if (thoughts.length === 0) return { text: context.t('thought-record-thoughts-first') };
      return {
        text: `${context.t('thought-record-thoughts-so-far')}\n${numbered(thoughts)}\n\n${context.t('thought-record-another-thought')}`,
        options: [{ value: THOUGHTS_DONE, label: context.t('thought-record-thats-all') }],
      };
    },
    accept: (input, data, context) => {
      const { t } = context;
      const thoughts = thoughtsOf(data);
      const text = input.kind === 'text' ? input.text : '';
      const done = (input.kind === 'choice' && input.value === THOUGHTS_DONE) || (input.kind === 'text' && endsList(text, context));
      if (done) return thoughts.length ? finished(data, thoughts) : { ok: false, error: t('thought-record-type-a-thought') };
      if (input.kind !== 'text') return { ok: false, error: t('thought-record-type-a-thought') };
      const lines = text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
      if (lines.length === 0) return { ok: false, error: t('thought-record-type-a-thought') };
      if (lines.length === 1 && /^\d{1,2}$/.test(lines[0]!)) {
        return { ok: false, error: thoughts.length ? t('thought-record-number-not-thought', { typed: lines[0]! }) : t('thought-record-type-a-thought') };
      }
      const long = lines.find((line) => line.length > MAX_THOUGHT_LENGTH);
      if (long) return { ok: false, error: t('thought-record-too-long', { length: long.length, max: MAX_THOUGHT_LENGTH, kept: thoughts.length }) };
      const seen = new Set(thoughts.map(sameThought));
      const added: string[] = [];
      for (const line of lines) {
        if (seen.has(sameThought(line))) continue;
        seen.add(sameThought(line));
        added.push(line);
      }
      if (added.length === 0) return { ok: false, error: t('thought-record-repeated') };
      const leftOut = added.length < lines.length ? t('thought-record-repeated-left-out') : undefined;
      const all = [...thoughts, ...added];
      if (all.length >= MAX_THOUGHTS) return finished(data, all.slice(0, MAX_THOUGHTS), t('thought-record-enough', { max: MAX_THOUGHTS }));
      return { ok: true, data: { ...data, thoughts: all, hotThought: undefined }, stay: true, ...(leftOut && { lead: leftOut }) };
    },
    clear: (data) => ({ ...data, thoughts: undefined, hotThought: undefined }),
  };
}

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
    options: (context) => localized(DISTORTIONS, 'distortion', context),
    min: 0,
    optional: true,
    prompt: (data, context) => {
      const explain = data.explainDistortions
        ? `\n\n${DISTORTIONS.map((d) => `${bold(context.t(messageId('distortion', d.value)))}: ${context.t(`${messageId('distortion', d.value)}-explanation`)}`).join('\n')}`
        : '';
      return `${hotLine(data, context)}${context.t('thought-record-traps')}${explain}`;
    },
  });
  const chosenOf = (data: FlowData) => (Array.isArray(data.distortions) ? (data.distortions as string[]) : []);
  return {
    ...base,
    view: (data, context) => {
      const view = base.view(data, context);
      return { ...view, options: [...(view.options ?? []), ...(data.explainDistortions ? [] : [{ value: EXPLAIN, label: context.t('thought-record-whats-this') }])] };
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

/** `/thought`: the Greenberger & Padesky seven-column thought record as a conversation (locales/<lang>/thought-record.ftl). */
export const thoughtRecordFlow: FlowDefinition = {
  name: THOUGHT_FLOW,
  version: 1,
  title: 'thought record',
  guard: needsPerson,
  steps: [
    textStep({
      id: 'situation',
      field: 'situation',
      prompt: (_data, context) => `${context.t('thought-record-intro')}\n\n${context.t('thought-record-situation')}`,
    }),
    multiChoiceStep({ id: 'moods', field: 'moods', options: (context) => localized(EMOTIONS, 'emotion', context), prompt: say('moods') }),
    {
      ...textStep({ id: 'otherMood', field: 'otherMood', maxLength: 60, when: (data) => moodsOf(data).includes('other'), prompt: say('other-mood') }),
      partOf: 'moods',
    },
    ratingsStep({
      id: 'moodBefore',
      field: 'moodBefore',
      min: 0,
      max: 100,
      quick: RATING_STEPS,
      items: moodsOf,
      label: (value) => value,
      prompt: (value, data, context) => context.t('thought-record-mood-before', { mood: esc(moodLabel(value, data, context)) }),
    }),
    thoughtsStep(),
    {
      ...choiceStep({
        id: 'hotThought',
        field: 'hotThought',
        when: (data) => thoughtsOf(data).length > 1,
        prompt: (data, context) => `${context.t('thought-record-hot-question')}\n${numbered(thoughtsOf(data))}`,
        options: (data) => thoughtsOf(data).map((t, i) => ({ value: `t${i}`, label: shorten(t) })),
      }),
      partOf: 'thoughts',
    },
    distortionsStep(),
    textStep({ id: 'evidenceFor', field: 'evidenceFor', prompt: (data, context) => `${hotLine(data, context)}${context.t('thought-record-evidence-for')}` }),
    textStep({ id: 'evidenceAgainst', field: 'evidenceAgainst', prompt: (data, context) => `${hotLine(data, context)}${context.t('thought-record-evidence-against')}` }),
    textStep({ id: 'balanced', field: 'balanced', prompt: (data, context) => `${hotLine(data, context)}${context.t('thought-record-balanced')}` }),
    numberStep({
      id: 'belief',
      field: 'belief',
      min: 0,
      max: 100,
      quick: RATING_STEPS,
      prompt: say('belief'),
    }),
    ratingsStep({
      id: 'moodAfter',
      field: 'moodAfter',
      min: 0,
      max: 100,
      quick: RATING_STEPS,
      items: moodsOf,
      label: (value) => value,
      prompt: (value, data, context) => context.t('thought-record-mood-after', { mood: esc(moodLabel(value, data, context)) }),
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
      return `• ${esc(moodLabel(mood, data, context))}: ${b} ${arrow} ${a}`;
    });
    const { t } = context;
    return [
      [
        bold(t('thought-record-saved-title')),
        t('thought-record-saved-balanced', { belief: content.balancedBelief, thought: esc(isolate(content.balancedThought)) }),
        '',
        t('thought-record-saved-moods'),
        ...changes,
        '',
        t('thought-record-well-done') + (homework ? ` ${t('thought-record-counts-toward-homework')}` : ''),
      ].join('\n'),
    ];
  },
};
