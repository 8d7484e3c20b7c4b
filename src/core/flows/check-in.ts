import { bold, esc } from '../messages.js';
import { localDateOf } from '../time.js';
import { COPING, EMOTIONS, labelOf } from './catalog.js';
import { multiChoiceStep, numberStep, ratingsStep, textStep } from './steps.js';
import type { FlowData, FlowDefinition } from './types.js';
import { needsPerson } from './guards.js';

const INTENSITY_STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const MOOD_STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const emotionsOf = (data: FlowData) => (Array.isArray(data.emotions) ? (data.emotions as string[]) : []);
const copingOf = (data: FlowData) => (Array.isArray(data.coping) ? (data.coping as string[]) : []);

export function emotionLabel(value: string, data: FlowData): string {
  return value === 'other' && typeof data.otherEmotion === 'string' ? data.otherEmotion : labelOf(EMOTIONS, value).toLowerCase();
}

/** The flow's name, and the homework kind it completes (src/core/exercises/homework-kinds.ts). */
export const CHECKIN_FLOW = 'checkin';

/** `/checkin` and the daily prompt: mood, emotions with intensities, trigger, coping, note. */
export const checkInFlow: FlowDefinition = {
  name: CHECKIN_FLOW,
  version: 1,
  title: 'check-in',
  guard: needsPerson,
  steps: [
    numberStep({ id: 'mood', field: 'mood', min: 0, max: 10, quick: MOOD_STEPS, prompt: 'How is your mood right now, from 0 (very low) to 10 (very good)?' }),
    multiChoiceStep({ id: 'emotions', field: 'emotions', options: EMOTIONS, prompt: 'Which emotions are you feeling? Choose all that fit, then Done.' }),
    {
      ...textStep({
        id: 'otherEmotion',
        field: 'otherEmotion',
        maxLength: 60,
        when: (data) => emotionsOf(data).includes('other'),
        prompt: 'What would you call the other emotion? (a word or two)',
      }),
      partOf: 'emotions',
    },
    ratingsStep({
      id: 'intensity',
      field: 'intensity',
      min: 0,
      max: 100,
      quick: INTENSITY_STEPS,
      items: emotionsOf,
      label: emotionLabel,
      prompt: (label) => `How strong is “${esc(label)}”, from 0 to 100?`,
    }),
    textStep({ id: 'trigger', field: 'trigger', optional: true, prompt: 'What happened, or what set it off? (optional)' }),
    multiChoiceStep({ id: 'coping', field: 'coping', options: COPING, min: 1, prompt: 'What have you done to cope? Choose all that fit, then Done.' }),
    {
      ...textStep({
        id: 'otherCoping',
        field: 'otherCoping',
        optional: true,
        maxLength: 200,
        when: (data) => copingOf(data).includes('other'),
        prompt: 'What else helped? (optional)',
      }),
      partOf: 'coping',
    },
    textStep({ id: 'note', field: 'note', optional: true, prompt: 'Anything else you want to note? (optional)' }),
  ],
  async finish(data, context) {
    const person = context.person!;
    const localDate = localDateOf(context.now, person.timezone);
    const intensity = (data.intensity as Record<string, number> | undefined) ?? {};
    const emotions = emotionsOf(data).map((emotion) => ({ emotion, intensity: intensity[emotion] ?? 0 }));
    const coping = copingOf(data);
    const id = await context.repos.checkIns.create({
      personId: person.id,
      mood: Number(data.mood),
      emotions,
      coping,
      details: {
        ...(typeof data.trigger === 'string' && { trigger: data.trigger }),
        ...(typeof data.note === 'string' && { note: data.note }),
        ...(typeof data.otherEmotion === 'string' && { otherEmotion: data.otherEmotion }),
        ...(typeof data.otherCoping === 'string' && { otherCoping: data.otherCoping }),
      },
      localDate,
      at: context.now,
    });
    const homework = await context.repos.homework.complete(person.id, CHECKIN_FLOW, localDate, { kind: CHECKIN_FLOW, id }, context.now);
    const feelings = emotions.map((e) => `${esc(emotionLabel(e.emotion, data))} ${e.intensity}`).join(', ');
    const coped = coping.filter((c) => c !== 'none').map((c) => labelOf(COPING, c).toLowerCase());
    return [
      `${bold('Saved.')} Mood ${Number(data.mood)}/10 · ${feelings}${coped.length ? ` · coped with ${coped.join(', ')}` : ''}.` +
        (homework ? ' That counts toward your homework ✓' : '') +
        '\nThank you for checking in. /history shows your week.',
    ];
  },
};
