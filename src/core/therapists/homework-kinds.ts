import { parseLocalTime, parseDays } from '../time.js';
import { TherapistError } from './errors.js';

export interface HomeworkKind {
  id: string;
  label: string;
}

/** What a therapist can assign: the built-in flows, exercises from the homework library, or custom. */
export const HOMEWORK_KINDS: readonly HomeworkKind[] = [
  { id: 'checkin', label: 'Emotion check-in' },
  { id: 'thought', label: 'Thought record' },
  { id: 'assessment', label: 'Questionnaire' },
  { id: 'safety_plan', label: 'Safety plan' },
  { id: 'behavioral_experiment', label: 'Behavioral experiment' },
  { id: 'mindfulness', label: 'Mindfulness practice' },
  { id: 'journaling', label: 'Journaling' },
  { id: 'routine_log', label: 'Routine log' },
  { id: 'trigger_map', label: 'Trigger map' },
  { id: 'communication', label: 'Communication practice' },
  { id: 'group_prep', label: 'Group prep' },
  { id: 'custom', label: 'Custom (instructions)' },
];

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
}

export interface ValidAssignment {
  kind: string;
  /** As stored: daily | weekdays | once | days:mon,wed. */
  cadence: string;
  /** As the scheduler reads it: daily | weekdays | mon,wed. */
  scheduleDays: string;
  instructions: string | null;
  dueTime: string | null;
}

/** Checks a request field by field; throws a {@link TherapistError} naming the field. */
export function validateAssignment(request: AssignmentRequest): ValidAssignment {
  const kind = HOMEWORK_KINDS.find((k) => k.id === request.kind);
  if (!kind) throw new TherapistError('invalid', 'Please choose a kind of homework.', 'kind');
  if (!(CADENCES as readonly string[]).includes(request.cadence)) throw new TherapistError('invalid', 'Please choose how often.', 'cadence');
  const instructions = request.instructions?.trim() || null;
  if (kind.id === 'custom' && !instructions) throw new TherapistError('invalid', 'Custom homework needs instructions.', 'instructions');
  if (instructions && instructions.length > INSTRUCTIONS_MAX_CHARS) {
    throw new TherapistError('invalid', `Instructions can be at most ${INSTRUCTIONS_MAX_CHARS} characters.`, 'instructions');
  }
  let dueTime: string | null = null;
  if (request.dueTime?.trim()) {
    dueTime = parseLocalTime(request.dueTime) ?? null;
    if (!dueTime) throw new TherapistError('invalid', 'Please give a time like 18:00.', 'dueTime');
  }
  let cadence: string = request.cadence;
  let scheduleDays = request.cadence === 'weekdays' ? 'weekdays' : 'daily';
  if (request.cadence === 'days') {
    const days = (request.days ?? []).map((day) => day.toLowerCase().slice(0, 3));
    if (days.length === 0 || !parseDays(days.join(','))) throw new TherapistError('invalid', 'Please choose at least one day.', 'days');
    cadence = `days:${days.join(',')}`;
    scheduleDays = days.join(',');
  }
  return { kind: kind.id, cadence, scheduleDays, instructions, dueTime };
}

/** "daily", "weekdays", "once", "Mon, Wed" — for messages. */
export function describeCadence(cadence: string): string {
  if (!cadence.startsWith('days:')) return cadence;
  return cadence
    .slice(5)
    .split(',')
    .map((day) => day.charAt(0).toUpperCase() + day.slice(1))
    .join(', ');
}

export function homeworkLabel(kind: string): string {
  return HOMEWORK_KINDS.find((k) => k.id === kind)?.label ?? kind;
}
