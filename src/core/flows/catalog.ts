import type { ChoiceOption, FlowContext } from './types.js';

/** Clinical content as data: the lists flows offer. Values are stable ids stored in the database. */

export const EMOTIONS: ChoiceOption[] = [
  { value: 'sad', label: 'Sad' },
  { value: 'anxious', label: 'Anxious' },
  { value: 'angry', label: 'Angry' },
  { value: 'ashamed', label: 'Ashamed' },
  { value: 'lonely', label: 'Lonely' },
  { value: 'calm', label: 'Calm' },
  { value: 'happy', label: 'Happy' },
  { value: 'hopeful', label: 'Hopeful' },
  { value: 'other', label: 'Other' },
];

export const COPING: ChoiceOption[] = [
  { value: 'breathing', label: 'Breathing' },
  { value: 'walk', label: 'A walk' },
  { value: 'talked', label: 'Talked to someone' },
  { value: 'mindfulness', label: 'Mindfulness' },
  { value: 'journaling', label: 'Journaling' },
  { value: 'other', label: 'Other' },
  { value: 'none', label: 'None' },
];

/**
 * Burns' ten cognitive distortions. The English labels are the ids' stable meaning (the therapist
 * side and the export); the thought record shows `distortion-<value>` and its one-line
 * `distortion-<value>-explanation` from the catalogs (locales/<lang>/thought-record.ftl).
 */
export const DISTORTIONS: ChoiceOption[] = [
  { value: 'all_or_nothing', label: 'All-or-nothing' },
  { value: 'overgeneralization', label: 'Overgeneralizing' },
  { value: 'mental_filter', label: 'Mental filter' },
  { value: 'disqualifying_positive', label: 'Discounting positives' },
  { value: 'jumping_to_conclusions', label: 'Jumping to conclusions' },
  { value: 'magnification', label: 'Magnifying / minimizing' },
  { value: 'emotional_reasoning', label: 'Emotional reasoning' },
  { value: 'should_statements', label: 'Should statements' },
  { value: 'labeling', label: 'Labeling' },
  { value: 'personalization', label: 'Personalization / blame' },
];

export function labelOf(options: readonly ChoiceOption[], value: string): string {
  return options.find((option) => option.value === value)?.label ?? value;
}

/**
 * A list's labels in the person's language: message `<prefix>-<value>` of the catalogs (values
 * with `/` or `_` spelled with `-`, lower-case). The English labels here stay the fallback ids'
 * meaning; the catalogs hold what is shown.
 */
export function localized(options: readonly ChoiceOption[], prefix: string, context: Pick<FlowContext, 't'>): ChoiceOption[] {
  return options.map((option) => ({ value: option.value, label: context.t(messageId(prefix, option.value)) }));
}

export function messageId(prefix: string, value: string): string {
  return `${prefix}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Timezone choices offered first, by region; anything else can be typed. */
export const TIMEZONE_CHOICES: ChoiceOption[] = [
  { value: 'America/Los_Angeles', label: 'US Pacific' },
  { value: 'America/Denver', label: 'US Mountain' },
  { value: 'America/Chicago', label: 'US Central' },
  { value: 'America/New_York', label: 'US Eastern' },
  { value: 'Europe/London', label: 'UK / Ireland' },
  { value: 'Europe/Berlin', label: 'Central Europe' },
  { value: 'Australia/Sydney', label: 'Australia East' },
  { value: 'UTC', label: 'UTC' },
];

export const PROMPT_TIME_CHOICES: ChoiceOption[] = ['08:00', '12:00', '18:00', '20:00', '21:00'].map((time) => ({ value: time, label: time }));
