import { bold, esc } from '../messages.js';
import { localDateOf } from '../time.js';
import { COPING, EMOTIONS, localized, messageId } from './catalog.js';
import { isolate } from '../i18n/index.js';
import { multiChoiceStep, numberStep, ratingsStep, textStep } from './steps.js';
import type { FlowContext, FlowData, FlowDefinition } from './types.js';
import { needsPerson } from './guards.js';

const INTENSITY_STEPS = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
const MOOD_STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const emotionsOf = (data: FlowData) => (Array.isArray(data.emotions) ? (data.emotions as string[]) : []);
const copingOf = (data: FlowData) => (Array.isArray(data.coping) ? (data.coping as string[]) : []);

/** An emotion as named in a sentence, in the person's language (`emotion-<value>-name`); the one they typed for "other". */
export function emotionLabel(value: string, data: FlowData, context: Pick<FlowContext, 't'>): string {
  return value === 'other' && typeof data.otherEmotion === 'string' ? isolate(data.otherEmotion) : context.t(`${messageId('emotion', value)}-name`);
}

/** The flow's name, and the homework kind it completes (src/core/exercises/homework-kinds.ts). */
export const CHECKIN_FLOW = 'checkin';

/** `/checkin` and the daily prompt: mood, emotions with intensities, trigger, coping, note (locales/<lang>/check-in.ftl). */
export const checkInFlow: FlowDefinition = {
  name: CHECKIN_FLOW,
  version: 1,
  title: 'check-in',
  guard: needsPerson,
  steps: [
    numberStep({ id: 'mood', field: 'mood', min: 0, max: 10, quick: MOOD_STEPS, prompt: (_data, context) => context.t('check-in-mood') }),
    multiChoiceStep({ id: 'emotions', field: 'emotions', options: (context) => localized(EMOTIONS, 'emotion', context), prompt: (_data, context) => context.t('check-in-emotions') }),
    {
      ...textStep({
        id: 'otherEmotion',
        field: 'otherEmotion',
        maxLength: 60,
        when: (data) => emotionsOf(data).includes('other'),
        prompt: (_data, context) => context.t('check-in-other-emotion'),
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
      label: (value) => value,
      prompt: (value, data, context) => context.t('check-in-intensity', { emotion: esc(emotionLabel(value, data, context)) }),
    }),
    textStep({ id: 'trigger', field: 'trigger', optional: true, prompt: (_data, context) => context.t('check-in-trigger') }),
    multiChoiceStep({ id: 'coping', field: 'coping', options: (context) => localized(COPING, 'coping', context), min: 1, prompt: (_data, context) => context.t('check-in-coping') }),
    {
      ...textStep({
        id: 'otherCoping',
        field: 'otherCoping',
        optional: true,
        maxLength: 200,
        when: (data) => copingOf(data).includes('other'),
        prompt: (_data, context) => context.t('check-in-other-coping'),
      }),
      partOf: 'coping',
    },
    textStep({ id: 'note', field: 'note', optional: true, prompt: (_data, context) => context.t('check-in-note') }),
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
    const { t } = context;
    const feelings = emotions.map((e) => t('check-in-saved-feeling', { emotion: esc(emotionLabel(e.emotion, data, context)), intensity: e.intensity })).join(', ');
    const coped = coping.filter((c) => c !== 'none').map((c) => t(`${messageId('coping', c)}-name`));
    const summary = t('check-in-saved', { mood: Number(data.mood), feelings, coped: coped.length ? coped.join(', ') : 'none' });
    return [`${bold(t('check-in-saved-title'))} ${summary}${homework ? ` ${t('check-in-counts-toward-homework')}` : ''}\n${t('check-in-thanks')}`];
  },
};
