import type { ThoughtRecordContent } from '../../db/repositories/thought-records.js';
import { bold, esc, italic } from '../messages.js';
import { localDateOf } from '../time.js';
import { DISTORTIONS, EMOTIONS, labelOf } from './catalog.js';
import { choiceStep, multiChoiceStep, numberStep, ratingsStep, textStep } from './steps.js';
import type { FlowData, FlowDefinition, StepDefinition, StepOutcome } from './types.js';
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
const moodLabel = (value: string, data: FlowData) => (value === 'other' && typeof data.otherMood === 'string' ? data.otherMood : labelOf(EMOTIONS, value).toLowerCase());
const shorten = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);
const hotLine = (data: FlowData) => `Your hot thought: ${italic(`“${esc(hotThoughtOf(data))}”`)}\n\n`;

/** What the thought record says besides its questions' own words. */
const COPY = {
  traps: 'Does this thought fit any of these thinking traps? Choose any that fit, then Done — or just Done if none fit.',
  whatsThis: 'What’s this?',
  thoughtsFirst: '*Automatic thoughts:* what went through your mind? Send one thought per message — I’ll ask whether there was another.',
  thoughtsSoFar: (list: string) => `*Automatic thoughts* so far:\n${list}\n\nWas there another thought? Send it, or choose “That’s all”.`,
  thatsAll: 'That’s all',
  typeAThought: 'Please type what went through your mind — a few words are enough.',
  numberNotThought: (typed: string) =>
    `“${typed}” isn’t one of the choices. If that was every thought, type 1 or “that’s all”; otherwise type the next thought in words.`,
  tooLong: (length: number, kept: number) =>
    `That thought is ${length.toLocaleString('en-US')} characters; I can keep up to ${MAX_THOUGHT_LENGTH} for one thought. Could you shorten it?${kept ? ' The thoughts you sent before are kept.' : ''}`,
  repeated: 'You’ve already sent that thought. Send another one, or choose “That’s all”.',
  repeatedLeftOut: 'I left out one you’d already sent.',
  enough: `That’s ${MAX_THOUGHTS} thoughts — the most one record holds — so let’s go on with these.`,
} as const;

/** Typed words that end the list of thoughts (besides the choice's name and number). */
const THOUGHTS_DONE_WORDS = new Set(['done', 'thats all', 'that is all', 'thats it', 'that is it', 'no more', 'nothing else', 'all done', 'finished']);
const THOUGHTS_DONE = 'done';
const typedWords = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’']/g, '').replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
/** Two thoughts are the same when they differ only in case, spacing or punctuation. */
const sameThought = (text: string) => typedWords(text);

/**
 * Automatic thoughts, one per message (Enter sends in a terminal), each added to a list shown back
 * with “That’s all”; several lines in one message are several thoughts (Telegram, Discord). A
 * thought already in the list is left out; an over-long one is refused, keeping the list.
 */
function thoughtsStep(): StepDefinition {
  const base = textStep({ id: 'thoughts', field: 'thoughts', prompt: COPY.thoughtsFirst });
  const finished = (data: FlowData, thoughts: string[], lead?: string): StepOutcome => ({
    ok: true,
    data: { ...data, thoughts, hotThought: thoughts.length === 1 ? 't0' : undefined },
    ...(lead && { lead }),
  });
  return {
    ...base,
    view: (data) => {
      const thoughts = thoughtsOf(data);
      if (thoughts.length === 0) return { text: COPY.thoughtsFirst };
      return {
        text: COPY.thoughtsSoFar(thoughts.map((t, i) => `${i + 1}. ${esc(t)}`).join('\n')),
        options: [{ value: THOUGHTS_DONE, label: COPY.thatsAll }],
      };
    },
    accept: (input, data) => {
      const thoughts = thoughtsOf(data);
      const text = input.kind === 'text' ? input.text : '';
      const done = (input.kind === 'choice' && input.value === THOUGHTS_DONE) || (input.kind === 'text' && THOUGHTS_DONE_WORDS.has(typedWords(text)));
      if (done) return thoughts.length ? finished(data, thoughts) : { ok: false, error: COPY.typeAThought };
      if (input.kind !== 'text') return { ok: false, error: COPY.typeAThought };
      const lines = text.split(/\n+/).map((line) => line.trim()).filter(Boolean);
      if (lines.length === 0) return { ok: false, error: COPY.typeAThought };
      if (lines.length === 1 && /^\d{1,2}$/.test(lines[0]!)) return { ok: false, error: thoughts.length ? COPY.numberNotThought(lines[0]!) : COPY.typeAThought };
      const long = lines.find((line) => line.length > MAX_THOUGHT_LENGTH);
      if (long) return { ok: false, error: COPY.tooLong(long.length, thoughts.length) };
      const seen = new Set(thoughts.map(sameThought));
      const added: string[] = [];
      for (const line of lines) {
        if (seen.has(sameThought(line))) continue;
        seen.add(sameThought(line));
        added.push(line);
      }
      if (added.length === 0) return { ok: false, error: COPY.repeated };
      const leftOut = added.length < lines.length ? COPY.repeatedLeftOut : undefined;
      const all = [...thoughts, ...added];
      if (all.length >= MAX_THOUGHTS) return finished(data, all.slice(0, MAX_THOUGHTS), COPY.enough);
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
    thoughtsStep(),
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
