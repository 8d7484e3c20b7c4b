import { findInstrument } from '../assessments/instruments.js';
import { ASSESSMENT_FLOW } from '../flows/assessment.js';
import { exerciseKey } from '../exercises/catalog.js';
import { findHomeworkKind, homeworkLabelIn, type HomeworkKind } from '../exercises/homework-kinds.js';
import type { HomeworkSetting } from '../exercises/types.js';
import { DateTime } from 'luxon';
import { DEFAULT_LOCALE, hasMessage, intlLocale, therapistLocale, therapistWords } from '../i18n/index.js';
import { dayLabel, longInstant } from '../time.js';

/**
 * Homework kinds, their settings and options as a therapist reads them: in the practice's language
 * (THERAPIST_LOCALE) from the same catalog messages the client sees them by (exercises.ftl), else
 * the kind's English label. Plain text, no markup.
 */
export function kindLabelForTherapist(kind: HomeworkKind): string {
  return homeworkLabelIn(kind, therapistWords());
}

/** A stored kind id's label for the therapist; the id itself when no kind has it. */
export function homeworkLabelForTherapist(id: string): string {
  const kind = findHomeworkKind(id);
  return kind ? kindLabelForTherapist(kind) : id;
}

const named = (messageId: string, english: string) => {
  const words = therapistWords();
  return hasMessage(words.locale, messageId) ? words.t(messageId) : english;
};

/** The first of `ids` the therapist side's catalogs have, formatted; else `english`. */
const firstNamed = (ids: string[], english: string) => {
  const words = therapistWords();
  const id = ids.find((candidate) => hasMessage(words.locale, candidate));
  return id ? words.t(id) : english;
};

/** A setting's name ("What to track"): the library's `exercise-<kind>-setting-<id>`, a built-in kind's `exercise-homework-<id>`. */
export function settingLabelForTherapist(kind: HomeworkKind, setting: HomeworkSetting): string {
  return firstNamed([`exercise-${exerciseKey(kind.id)}-setting-${setting.id}`, `exercise-homework-${setting.id}`], setting.label);
}

/** A setting's hint ("Leave empty to track all of them"), the same way; undefined when it has none. */
export function settingHintForTherapist(kind: HomeworkKind, setting: HomeworkSetting): string | undefined {
  if (!setting.hint) return undefined;
  const key = exerciseKey(kind.id);
  return firstNamed([`exercise-${key}-setting-${setting.id}-hint`, `exercise-${key}-setting-hint`, `exercise-homework-${setting.id}-hint`], setting.hint);
}

/** One option of a setting ("Sleep"; a questionnaire as "PHQ-9 · mood", its topic from assessment.ftl). */
export function optionLabelForTherapist(kind: HomeworkKind, option: { value: string; label: string }): string {
  const instrument = kind.id === ASSESSMENT_FLOW ? findInstrument(option.value) : undefined;
  if (instrument) return `${instrument.name} · ${named(`assessment-topic-${instrument.topic.replace(/[_\s]+/g, '-')}`, instrument.topic)}`;
  return named(`exercise-${exerciseKey(kind.id)}-${option.value}`, option.label);
}

/** "less than a minute", "12 min", "3 h 5 min", "2 days 4 h": a duration for the therapist (as `formatDuration`, in their language). */
export function durationForTherapist(ms: number): string {
  const t = therapistWords().t;
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return t('therapist-duration-under-a-minute');
  if (minutes < 60) return t('therapist-duration-minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? t('therapist-duration-hours-minutes', { hours, minutes: minutes % 60 }) : t('therapist-duration-hours', { hours });
  const days = Math.floor(hours / 24);
  return hours % 24 ? t('therapist-duration-days-hours', { days, hours: hours % 24 }) : t('therapist-duration-days', { days });
}

/** A name inside an English sentence is lower-case ("the reflective journaling exercise"); other languages keep their nouns as they are. */
export function inSentence(label: string): string {
  return intlLocale(therapistLocale()) === 'en' ? label.toLowerCase() : label;
}

/** Monday (1) … Sunday (7), short, in the therapist side's language ("Mon", "Lun."). */
export function weekdayShortForTherapist(weekday: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(therapistLocale()), { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** How often, as stored ("daily", "weekdays", "once", "days:mon,wed"), in the therapist side's language ("daily", "Mon, Wed"). */
export function cadenceForTherapist(cadence: string): string {
  const t = therapistWords().t;
  if (cadence.startsWith('days:')) {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    return cadence
      .slice(5)
      .split(',')
      .map((day) => (days.includes(day) ? weekdayShortForTherapist(days.indexOf(day) + 1) : day))
      .join(', ');
  }
  return ['daily', 'weekdays', 'once'].includes(cadence) ? t(`therapist-cadence-${cadence}`) : cadence;
}

/** A day as summaries show it, in the therapist side's language: "Mon 7 Dec", "Mo., 7. Dez.", "lun, 7 dic". */
export function dayForTherapist(localDate: string): string {
  return dayLabel(localDate, therapistLocale());
}

/** A date and time with its weekday ("Friday 20 March 2026 at 15:00"; "Freitag, 20. März 2026 um 15:00"). */
export function instantForTherapist(at: Date, zone: string): string {
  const locale = intlLocale(therapistLocale());
  if (locale === DEFAULT_LOCALE) return longInstant(at, zone);
  return DateTime.fromJSDate(at, { zone })
    .setLocale(locale)
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}
