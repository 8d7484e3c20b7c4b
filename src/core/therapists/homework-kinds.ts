import { findHomeworkKind, HOMEWORK_KINDS, homeworkLabel, type AssignmentSettings, type HomeworkKind } from '../exercises/homework-kinds.js';
import type { HomeworkSetting } from '../exercises/types.js';
import { parseLocalTime, parseDays } from '../time.js';
import { TherapistError } from './errors.js';
import { tt } from '../i18n/index.js';
import { kindLabelForTherapist, settingLabelForTherapist } from '../summaries/therapist-labels.js';

export { homeworkLabel };

/** What assigning homework says when a field is wrong: the therapist catalogs, in the practice's language. */
const COPY = {
  chooseKind: () => tt('therapist-assign-choose-kind'),
  chooseCadence: () => tt('therapist-assign-choose-cadence'),
  needsInstructions: (label: string) => tt('therapist-assign-needs-instructions', { label }),
  instructionsTooLong: (max: number) => tt('therapist-assign-instructions-too-long', { max }),
  dueTime: () => tt('therapist-assign-due-time'),
  days: () => tt('therapist-assign-days'),
  notAnOption: (label: string) => tt('therapist-assign-not-an-option', { label }),
  onlyOne: (label: string) => tt('therapist-assign-only-one', { label }),
  otherKind: (kindLabel: string) => tt('therapist-assign-other-kind', { kind: kindLabel }),
};

export const CADENCES = ['daily', 'weekdays', 'days', 'once'] as const;
export type CadenceChoice = (typeof CADENCES)[number];

/** Longest instructions a therapist may write. */
export const INSTRUCTIONS_MAX_CHARS = 1_000;

export interface AssignmentRequest {
  /** The care link (client) the homework is for. */
  linkId: string;
  kind: string;
  cadence: CadenceChoice;
  /** For cadence `days`: three-letter days (mon…sun). */
  days?: string[];
  instructions?: string;
  /** Local "HH:MM" in the client's timezone, for a reminder. */
  dueTime?: string;
  /**
   * Settings as submitted: kind id → setting id → the values chosen. Only the chosen kind's may
   * be non-empty (a form shows every kind's fields).
   */
  settings?: Record<string, Record<string, string[]>>;
}

export interface ValidAssignment {
  kind: string;
  /** As stored: daily | weekdays | once | days:mon,wed. */
  cadence: string;
  /** As the scheduler reads it: daily | weekdays | mon,wed. */
  scheduleDays: string;
  instructions: string | null;
  dueTime: string | null;
  /** The chosen kind's settings, as stored in Assignment.settings; null when none were set. */
  settings: AssignmentSettings | null;
}

/** The field name of one setting of one kind, as {@link TherapistError.field} names it. */
export function settingField(kindId: string, settingId: string): string {
  return `settings.${kindId}.${settingId}`;
}

/** The chosen kind's settings, checked one by one; any other kind's must be empty. */
function validSettings(kind: HomeworkKind, submitted: AssignmentRequest['settings'], kinds: readonly HomeworkKind[]): AssignmentSettings | null {
  for (const [kindId, values] of Object.entries(submitted ?? {})) {
    const other = kinds.find((k) => k.id === kindId);
    if (!other || other.id === kind.id) continue;
    const filled = Object.entries(values).find(([, chosen]) => chosen.length > 0);
    if (filled) throw new TherapistError('invalid', COPY.otherKind(kindLabelForTherapist(other)), settingField(other.id, filled[0]));
  }
  const chosen = submitted?.[kind.id] ?? {};
  const settings: AssignmentSettings = {};
  for (const setting of kind.settings) {
    const values = [...new Set(chosen[setting.id] ?? [])];
    if (values.length === 0) continue;
    settings[setting.id] = settingValue(kind, setting, values);
  }
  return Object.keys(settings).length ? settings : null;
}

function settingValue(kind: HomeworkKind, setting: HomeworkSetting, values: string[]): string | string[] {
  const field = settingField(kind.id, setting.id);
  if (values.some((value) => !setting.options.some((option) => option.value === value))) throw new TherapistError('invalid', COPY.notAnOption(settingLabelForTherapist(kind, setting)), field);
  if (setting.choose === 'many') return setting.options.map((option) => option.value).filter((value) => values.includes(value));
  if (values.length > 1) throw new TherapistError('invalid', COPY.onlyOne(settingLabelForTherapist(kind, setting)), field);
  return values[0]!;
}

/** Checks a request field by field; throws a {@link TherapistError} naming the field. */
export function validateAssignment(request: AssignmentRequest, kinds: readonly HomeworkKind[] = HOMEWORK_KINDS): ValidAssignment {
  // An alias names its kind: a form opened before an upgrade may still send an old id.
  const kind = request.kind ? findHomeworkKind(request.kind, kinds) : undefined;
  if (!kind) throw new TherapistError('invalid', COPY.chooseKind(), 'kind');
  if (!(CADENCES as readonly string[]).includes(request.cadence)) throw new TherapistError('invalid', COPY.chooseCadence(), 'cadence');
  const instructions = request.instructions?.trim() || null;
  if (kind.needsInstructions && !instructions) throw new TherapistError('invalid', COPY.needsInstructions(kindLabelForTherapist(kind)), 'instructions');
  if (instructions && instructions.length > INSTRUCTIONS_MAX_CHARS) {
    throw new TherapistError('invalid', COPY.instructionsTooLong(INSTRUCTIONS_MAX_CHARS), 'instructions');
  }
  const settings = validSettings(kind, request.settings, kinds);
  let dueTime: string | null = null;
  if (request.dueTime?.trim()) {
    dueTime = parseLocalTime(request.dueTime) ?? null;
    if (!dueTime) throw new TherapistError('invalid', COPY.dueTime(), 'dueTime');
  }
  let cadence: string = request.cadence;
  let scheduleDays = request.cadence === 'weekdays' ? 'weekdays' : 'daily';
  if (request.cadence === 'days') {
    const days = (request.days ?? []).map((day) => day.toLowerCase().slice(0, 3));
    if (days.length === 0 || !parseDays(days.join(','))) throw new TherapistError('invalid', COPY.days(), 'days');
    cadence = `days:${days.join(',')}`;
    scheduleDays = days.join(',');
  }
  return { kind: kind.id, cadence, scheduleDays, instructions, dueTime, settings };
}

export { describeCadence } from '../exercises/homework-kinds.js';
