import { foldVariants, hasMessage, SUPPORTED_LOCALES, translate } from '../i18n/index.js';
import { EXERCISE_WORDS } from '../i18n/typed-words.js';
import type { FlowContext } from '../flows/types.js';
import { behavioralExperimentKind, communicationKind, groupPrepKind, journalKind, mindfulnessKind, routineKind, triggerMapKind } from './library.js';
import { safetyPlanKind } from './safety-plan.js';
import type { ExerciseKind } from './types.js';

/**
 * The homework library: every guided exercise, in menu order. Adding a kind means writing its
 * {@link ExerciseKind} (steps from the step builders, a summary) and listing it here — its flows,
 * `/exercise <kind>`, storage, /history, /export, adherence and follow-ups come from this list.
 */
export const EXERCISES: readonly ExerciseKind[] = [
  safetyPlanKind,
  behavioralExperimentKind,
  mindfulnessKind,
  journalKind,
  routineKind,
  triggerMapKind,
  communicationKind,
  groupPrepKind,
];

/**
 * The exercise kinds a therapist can assign (Assignment.kind) with their labels, for the therapist's
 * side (Slack) to offer.
 */
export const EXERCISE_KINDS: readonly { kind: string; label: string; description: string }[] = EXERCISES.map(({ kind, label, description }) => ({ kind, label, description }));

export function findExercise(kind: string): ExerciseKind | undefined {
  return EXERCISES.find((exercise) => exercise.kind === kind);
}

/** The part of a message id naming an exercise kind: `trigger_map` → `trigger-map`. */
export const exerciseKey = (kind: string) => kind.replace(/_/g, '-');

/**
 * An exercise's name, menu line or follow-up button in the person's language
 * (`exercise-<kind>-label|description|button` in locales/<lang>/exercises.ftl, safety-plan.ftl);
 * the kind's English words where the catalogs have none (a kind added as data only).
 */
export function exerciseText(kind: ExerciseKind, part: 'label' | 'description' | 'button', context: Pick<FlowContext, 'locale' | 't'>): string {
  const id = `exercise-${exerciseKey(kind.kind)}-${part}`;
  if (hasMessage(context.locale, id)) return context.t(id);
  return part === 'button' ? (kind.followUp?.button ?? context.t('exercise-continue')) : kind[part];
}

/** The English label of an exercise kind ("Trigger map"), or undefined when `kind` is not an exercise. */
export function exerciseLabel(kind: string): string | undefined {
  return findExercise(kind)?.label;
}

/** The foldings a typed name is compared in: no case, spaces, punctuation or accents; umlauts as ä or ae ("Übung" = "uebung"). */
const squash = (text: string) => foldVariants(text).map((variant) => variant.replace(/[^\p{L}\p{N}]/gu, ''));

/** An exercise's names in every language (`exercise-<kind>-label`) and the short ones people type, so a typed name works in any. */
const namesOf = (exercise: ExerciseKind) => [
  ...SUPPORTED_LOCALES.flatMap((locale) => {
    const id = `exercise-${exerciseKey(exercise.kind)}-label`;
    return hasMessage(locale, id) ? [translate(locale, id)] : [];
  }),
  ...(EXERCISE_WORDS[exercise.kind] ?? []),
];

/** The exercise a person typed after /exercise: its kind, label or an alias, in any language ("safety plan", "experimento", "Tagebuch"). */
export function resolveExercise(typed: string): ExerciseKind | undefined {
  const keys = squash(typed).filter(Boolean);
  if (keys.length === 0) return undefined;
  return EXERCISES.find((exercise) => [exercise.kind, exercise.label, ...(exercise.aliases ?? []), ...namesOf(exercise)].some((name) => squash(name).some((key) => keys.includes(key))));
}
