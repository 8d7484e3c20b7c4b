import type { Translate } from '../i18n/index.js';
import type { ExerciseContent, ExerciseEntryRecord } from '../../db/repositories/exercises.js';
import type { ChoiceOption, FlowContext, FlowData, StepDefinition } from '../flows/types.js';

/**
 * Something a therapist may set when assigning a kind of homework, stored under `id` in
 * Assignment.settings (`{ "items": ["sleep", "meals"] }`). Always optional: without it, the kind's
 * default applies (say which in `hint`). The therapist's side offers it as a field of the assign form.
 */
export interface HomeworkSetting {
  /** Key in Assignment.settings. */
  id: string;
  /** Field label on the assign form ("What to track"). */
  label: string;
  /** One value (stored as a string) or several (stored as an array of strings), from `options`. */
  choose: 'one' | 'many';
  options: readonly ChoiceOption[];
  /** Shown under the field: what happens when it is left empty. */
  hint?: string;
}

/**
 * One exercise of the homework library, as data: its steps (built with the step builders in
 * src/core/flows/steps.ts), how its answers are summarised, and optionally a second part that
 * follows later (a reminder at a chosen time, or timed guidance ending with a "done" button).
 *
 * Answers are stored under each step's `field`; fields starting with `_` are working data (the
 * current plan being edited, the items to track) and are not saved. Everything else is saved,
 * encrypted, as the entry's content.
 */
export interface ExerciseKind {
  /** Stable id: stored with each entry, named by a therapist's Assignment.kind, typed after /exercise. */
  kind: string;
  /** "Behavioral experiment" (menus, /history, the therapist's side). */
  label: string;
  /** One line for the /exercise menu. */
  description: string;
  /** Other words that choose it after /exercise ("experiment", "journal"). */
  aliases?: string[];
  /** What a therapist may set when assigning it (read back by `init` from the assignment). */
  settings?: readonly HomeworkSetting[];
  /** Bumped when the steps change incompatibly (a run in progress then restarts politely). */
  version: number;
  steps: StepDefinition[];
  /** Working data before the first step (e.g. the current safety plan, the therapist's journal prompt). */
  init?(context: FlowContext): FlowData | Promise<FlowData>;
  /** The content to save (default: every answer whose field does not start with `_`). */
  content?(data: FlowData, t: Translate): ExerciseContent;
  /** What the client is shown when it is saved (markup; escape what they wrote). */
  summary(content: ExerciseContent, context: FlowContext): string;
  /** One line for lists (/triggers, the therapist's summary); default: the label. */
  line?(content: ExerciseContent, t?: Translate): string;
  /** A second part that completes the entry later. */
  followUp?: ExerciseFollowUp;
  /**
   * When homework of this kind counts as done: when the first part is saved (default), or when the
   * follow-up is answered (a mindfulness practice is done once practised).
   */
  countsAt?: 'start' | 'followUp';
  /**
   * The client's own rating, where the exercise asks for one: the numeric answer fields read for
   * the therapist's pre-session brief (`before` → `after`, on a 0–`max` scale). Numbers only, never text.
   */
  rating?: ExerciseRating;
}

/** A number the client gives in an exercise, before and after (stress 0–10, belief 0–100). */
export interface ExerciseRating {
  /** "stress", "belief in the tested thought". */
  label: string;
  before?: string;
  after: string;
  max: number;
}

/** A message of timed guidance, sent `afterSeconds` after the previous one. */
export interface TimedMessage {
  afterSeconds: number;
  text: string;
}

export interface ExerciseFollowUp {
  version: number;
  /** Title of the second part ("experiment follow-up"). */
  title: string;
  /** Label of the button that starts it ("Tell me how it went"). */
  button: string;
  /**
   * How the second part is reached once the first is saved (from the first part's answers and
   * working data): a reminder at a time (UTC), timed guidance whose last message carries the
   * button, or nothing (the entry is done at once).
   */
  plan(data: FlowData, context: FlowContext): { at: Date } | { timed: TimedMessage[] } | null;
  /** The reminder sent at `at`, above the button. */
  reminder?(entry: ExerciseEntryRecord, t: Translate): string;
  /** Steps of the second part; `data._before` holds the first part's content. */
  steps: StepDefinition[];
  /** What the client is shown once the entry is complete. */
  summary(content: ExerciseContent, context: FlowContext): string;
}

/** Working data of a follow-up flow. */
export interface FollowUpData extends FlowData {
  _entryId?: string;
  _before?: ExerciseContent;
}
