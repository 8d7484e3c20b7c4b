import type { Repositories } from '../../db/store.js';
import { bold } from '../messages.js';
import { EXERCISES, exerciseLabel, exerciseText, findExercise } from './catalog.js';
import type { FlowContext } from '../flows/types.js';
import { DEFAULT_LOCALE, translator } from '../i18n/index.js';

const ENGLISH = { locale: DEFAULT_LOCALE, t: translator(DEFAULT_LOCALE) };

/**
 * For /history: how many exercises of each kind since `since` ("Journaling 2 · Trigger map 1"), in
 * the language of `words` (the flow context; English by default); empty when none.
 */
export async function exerciseHistoryLines(repos: Repositories, personId: string, since: Date, words: Pick<FlowContext, 'locale' | 't'> = ENGLISH): Promise<string[]> {
  const counts = await repos.exercises.countByKindSince(personId, since);
  const order = (kind: string) => {
    const index = EXERCISES.findIndex((exercise) => exercise.kind === kind);
    return index === -1 ? EXERCISES.length : index;
  };
  const kinds = Object.keys(counts).sort((a, b) => order(a) - order(b));
  if (kinds.length === 0) return [];
  const label = (kind: string) => {
    const exercise = findExercise(kind);
    return exercise ? exerciseText(exercise, 'label', words) : kind;
  };
  return ['', bold(words.t('exercise-history-heading')), kinds.map((kind) => words.t('exercise-history-count', { label: label(kind), count: counts[kind]! })).join(' · ')];
}

/** For /export: every exercise entry, decrypted, oldest first; instants written by `time`. */
export async function exerciseExport(repos: Repositories, personId: string, time: (at: Date) => string = (at) => at.toISOString()) {
  const entries = await repos.exercises.listSince(personId, new Date(0));
  return entries.map((entry) => ({
    at: time(entry.createdAt),
    localDate: entry.localDate,
    kind: entry.kind,
    exercise: exerciseLabel(entry.kind) ?? entry.kind,
    status: entry.status,
    followUpAt: entry.followUpAt ? time(entry.followUpAt) : null,
    updatedAt: time(entry.updatedAt),
    content: entry.content,
  }));
}
