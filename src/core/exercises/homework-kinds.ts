import { INSTRUMENTS } from '../assessments/instruments.js';
import { buttonId } from '../buttons.js';
import type { Choice } from '../messages.js';
import { ASSESSMENT_FLOW } from '../flows/assessment.js';
import { CHECKIN_FLOW } from '../flows/check-in.js';
import { THOUGHT_FLOW } from '../flows/thought-record.js';
import type { FlowContext, FlowData } from '../flows/types.js';
import { EXERCISES, exerciseKey, exerciseText, findExercise, resolveExercise } from './catalog.js';
import { DEFAULT_LOCALE, hasMessage, intlLocale, storedLocale, translate, translator } from '../i18n/index.js';
import { exerciseFlowName } from './flows.js';
import type { ExerciseKind, HomeworkSetting } from './types.js';

/**
 * The one registry of homework kinds: what a therapist can assign (Assignment.kind), under which id,
 * with which label and settings, and how the client does it. It is derived from the built-in flows
 * (check-in, thought record, questionnaire), the homework library (src/core/exercises/catalog.ts)
 * and the custom task — so an exercise added to the library as data is assignable, labelled,
 * startable from /homework and reminders, counted and summarised with no other edit.
 */
export interface HomeworkKind {
  /** Stored as Assignment.kind; completions are counted under it. */
  id: string;
  label: string;
  /** One line for the therapist's list. */
  description: string;
  /** Other ids that mean this kind (the library's aliases; ids stored by earlier versions). */
  aliases: readonly string[];
  /** What a therapist may set when assigning it. */
  settings: readonly HomeworkSetting[];
  /** A custom task has no flow: the therapist's instructions are the task. */
  needsInstructions: boolean;
  /**
   * How the client does it: a flow (started by the homework button, with working data from the
   * assignment's settings; `command` is what they can type instead), or marking it done themselves.
   */
  start: { flow: string; command(settings: AssignmentSettings | null): string; preset?(settings: AssignmentSettings | null): FlowData | undefined } | { markDone: true };
}

/** Assignment.settings: setting id → one value or several. */
export type AssignmentSettings = Record<string, unknown>;

/**
 * The built-in kinds' words (`exercise-homework-<kind>` in locales/<lang>/exercises.ftl; exercise
 * kinds bring their own): English here, the stable meaning for the therapist's side; the client
 * sees them in their language through {@link homeworkLabelIn}.
 */
const english = (id: string) => translate(DEFAULT_LOCALE, id);
const builtIn = (key: string) => ({ label: english(`exercise-homework-${key}`), description: english(`exercise-homework-${key}-description`) });
const COPY = {
  checkin: builtIn('checkin'),
  thought: builtIn('thought'),
  assessment: builtIn('assessment'),
  instrument: { label: english('exercise-homework-instrument'), hint: english('exercise-homework-instrument-hint') },
  custom: builtIn('custom'),
} as const;
/** The message id of a built-in kind's name. */
const BUILT_IN_LABELS: Record<string, string> = {
  [CHECKIN_FLOW]: 'exercise-homework-checkin',
  [THOUGHT_FLOW]: 'exercise-homework-thought',
  [ASSESSMENT_FLOW]: 'exercise-homework-assessment',
  custom: 'exercise-homework-custom',
};
/** The words of a message for the client: their language (a flow context), English by default. */
export type Words = Pick<FlowContext, 'locale' | 't'>;
const ENGLISH: Words = { locale: DEFAULT_LOCALE, t: translator(DEFAULT_LOCALE) };

/** The words of a person's stored language (`Person.locale`), where there is no flow context: reminders, a therapist's assignment. */
export function wordsOf(stored: string | null | undefined): Words {
  const locale = storedLocale(stored);
  return { locale, t: translator(locale) };
}

export const CUSTOM_KIND = 'custom';

const instrumentOf = (settings: AssignmentSettings | null) => (typeof settings?.instrument === 'string' ? settings.instrument : undefined);

const BUILT_IN_BEFORE: readonly HomeworkKind[] = [
  {
    id: CHECKIN_FLOW,
    ...COPY.checkin,
    aliases: ['check_in', 'mood'],
    settings: [],
    needsInstructions: false,
    start: { flow: CHECKIN_FLOW, command: () => '/checkin' },
  },
  {
    id: THOUGHT_FLOW,
    ...COPY.thought,
    aliases: ['thought_record'],
    settings: [],
    needsInstructions: false,
    start: { flow: THOUGHT_FLOW, command: () => '/thought' },
  },
  {
    id: ASSESSMENT_FLOW,
    ...COPY.assessment,
    aliases: ['questionnaire'],
    settings: [{ id: 'instrument', ...COPY.instrument, choose: 'one', options: INSTRUMENTS.map((instrument) => ({ value: instrument.id, label: `${instrument.name} · ${instrument.topic}` })) }],
    needsInstructions: false,
    start: {
      flow: ASSESSMENT_FLOW,
      command: (settings) => `/assessment${instrumentOf(settings) ? ` ${instrumentOf(settings)}` : ''}`,
      // The flow resolves it (a PHQ-9 not switched on becomes the PHQ-8, with a note).
      preset: (settings) => (instrumentOf(settings) ? { _instrument: instrumentOf(settings) } : undefined),
    },
  },
];

const BUILT_IN_AFTER: readonly HomeworkKind[] = [{ id: CUSTOM_KIND, ...COPY.custom, aliases: [], settings: [], needsInstructions: true, start: { markDone: true } }];

/** The homework kind of one library exercise. */
function exerciseHomework(exercise: ExerciseKind): HomeworkKind {
  return {
    id: exercise.kind,
    label: exercise.label,
    description: exercise.description,
    aliases: exercise.aliases ?? [],
    settings: exercise.settings ?? [],
    needsInstructions: false,
    start: { flow: exerciseFlowName(exercise.kind), command: () => `/exercise ${exercise.kind}` },
  };
}

/** The registry for a library: the built-in flows, every exercise in library order, then custom. */
export function homeworkKindsFrom(exercises: readonly ExerciseKind[]): readonly HomeworkKind[] {
  return [...BUILT_IN_BEFORE, ...exercises.map(exerciseHomework), ...BUILT_IN_AFTER];
}

/** Every kind a therapist can assign. */
export const HOMEWORK_KINDS: readonly HomeworkKind[] = homeworkKindsFrom(EXERCISES);

const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The kind an id names: its own id, or an alias (an id an earlier version stored, such as
 * `journaling` for `journal`, or one of the library's other names for an exercise).
 */
export function findHomeworkKind(id: string, kinds: readonly HomeworkKind[] = HOMEWORK_KINDS): HomeworkKind | undefined {
  const exact = kinds.find((kind) => kind.id === id);
  if (exact) return exact;
  const key = squash(id);
  if (!key) return undefined;
  const found = kinds.find((kind) => [kind.id, ...kind.aliases].some((name) => squash(name) === key));
  if (found || kinds !== HOMEWORK_KINDS) return found;
  const exercise = resolveExercise(id);
  return exercise && kinds.find((kind) => kind.id === exercise.kind);
}

/** The label of a stored kind ("Reflective journaling"); the id itself when no kind has it. */
export function homeworkLabel(id: string): string {
  return findHomeworkKind(id)?.label ?? id;
}

/** A kind's name in the client's language ("Diario reflexivo", "Gefühls-Check-in"). */
export function homeworkLabelIn(kind: HomeworkKind, words: Words): string {
  const exercise = findExercise(kind.id);
  if (exercise) return exerciseText(exercise, 'label', words);
  const id = BUILT_IN_LABELS[kind.id];
  return id && hasMessage(words.locale, id) ? words.t(id) : kind.label;
}

/** A stored kind's name in the client's language; the id itself when no kind has it. */
export function homeworkNameIn(id: string, words: Words): string {
  const kind = findHomeworkKind(id);
  return kind ? homeworkLabelIn(kind, words) : id;
}

/**
 * The settings a client is told about ("What to track: Sleep, Regular meals"), one line each, in
 * the client's language where the catalogs name the setting (`exercise-<kind>-setting-<id>`) and its
 * options (`exercise-<kind>-<value>`).
 */
export function describeSettings(id: string, settings: AssignmentSettings | null, words: Words = ENGLISH): string[] {
  const kind = findHomeworkKind(id);
  if (!kind || !settings) return [];
  const named = (messageId: string, english: string) => (hasMessage(words.locale, messageId) ? words.t(messageId) : english);
  const key = exerciseKey(kind.id);
  // The questionnaire's one setting: "Which questionnaire: PHQ-9 · ánimo" (the instrument's topic in the client's language).
  const questionnaire = kind.id === ASSESSMENT_FLOW;
  const optionLabel = (option: HomeworkSetting['options'][number]) => {
    const instrument = questionnaire ? INSTRUMENTS.find((i) => i.id === option.value) : undefined;
    if (instrument) return `${instrument.name} · ${named(`assessment-topic-${instrument.topic}`, instrument.topic)}`;
    return named(`exercise-${key}-${option.value}`, option.label);
  };
  return kind.settings.flatMap((setting) => {
    const raw = settings[setting.id];
    const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
    const labels = setting.options.filter((option) => values.includes(option.value)).map(optionLabel);
    if (labels.length === 0) return [];
    const settingLabel = questionnaire && setting.id === 'instrument' ? words.t('exercise-homework-instrument') : named(`exercise-${key}-setting-${setting.id}`, setting.label);
    return [words.t('exercise-homework-setting', { setting: settingLabel, values: labels.join(', ') })];
  });
}

/** The button that starts one assignment (or marks a custom task done), labelled with its kind. */
export function homeworkChoice(assignment: { id: string; kind: string }): Choice {
  return homeworkChoiceIn(assignment, ENGLISH);
}

/** {@link homeworkChoice} in the client's language. */
export function homeworkChoiceIn(assignment: { id: string; kind: string }, words: Words): Choice {
  const kind = findHomeworkKind(assignment.kind);
  const label = homeworkNameIn(assignment.kind, words);
  return { id: buttonId('homework', assignment.id), label: words.t(kind && 'markDone' in kind.start ? 'exercise-homework-mark-done' : 'exercise-homework-start', { label }) };
}

/** What the client types to do it ("/exercise journal", "/assessment gad7"); undefined for a custom task. */
export function homeworkCommand(id: string, settings: AssignmentSettings | null = null): string | undefined {
  const kind = findHomeworkKind(id);
  return kind && 'flow' in kind.start ? kind.start.command(settings) : undefined;
}

/** The days of a `days:mon,wed` cadence, as the person's language shortens weekdays ("Mon, Wed", "lun, mié", "Mo., Mi."). */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
function cadenceDays(cadence: string, words: Words): string {
  if (!cadence.startsWith('days:')) return cadence;
  const format = new Intl.DateTimeFormat(intlLocale(words.locale), { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return cadence
    .slice(5)
    .split(',')
    .map((day) => WEEKDAYS.indexOf(day))
    .filter((index) => index >= 0)
    .map((index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))))
    .join(', ');
}

/** How often, in the client's language: "daily", "a diario", "Mo., Mi." (`commands-homework-cadence`). */
export function describeCadenceIn(cadence: string, words: Words): string {
  return words.t('commands-homework-cadence', { cadence: cadence.startsWith('days:') ? 'days' : cadence, days: cadenceDays(cadence, words) });
}

/** "daily", "weekdays", "once", "Mon, Wed" — for the therapist's messages (English). */
export function describeCadence(cadence: string): string {
  if (!cadence.startsWith('days:')) return cadence;
  return cadence
    .slice(5)
    .split(',')
    .map((day) => day.charAt(0).toUpperCase() + day.slice(1))
    .join(', ');
}
