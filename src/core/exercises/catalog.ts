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

/** The label of an exercise kind ("Trigger map"), or undefined when `kind` is not an exercise. */
export function exerciseLabel(kind: string): string | undefined {
  return findExercise(kind)?.label;
}

const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The exercise a person typed after /exercise: its kind, label or an alias ("safety plan", "experiment"). */
export function resolveExercise(typed: string): ExerciseKind | undefined {
  const key = squash(typed);
  if (!key) return undefined;
  return EXERCISES.find((exercise) => [exercise.kind, exercise.label, ...(exercise.aliases ?? [])].some((name) => squash(name) === key));
}
