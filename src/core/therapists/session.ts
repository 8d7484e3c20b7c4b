import { DateTime } from 'luxon';
import { isValidTimeZone } from '../../config.js';
import { esc } from '../messages.js';
import { intlLocale, therapistLocale, tt } from '../i18n/index.js';
import { instantForTherapist } from '../summaries/therapist-labels.js';
import { localTimeExistence, nextOccurrence, offsetAt, parseLocalTime, resolveTimezone } from '../time.js';

/**
 * A client's next session, as a therapist types it after `/between session <alias>`: a date and
 * time (`2026-12-10 15:00`, `tomorrow 9am`, `tue 15:00` — the next Tuesday, once), a weekly slot
 * (`tue 15:00 weekly`, `every tue 15:00`), `clear`, or nothing (show what is set). Any of them may
 * end with a timezone (`Europe/London`, `London`); without one, the therapist's own.
 */
export type SessionWhen =
  | { kind: 'show' }
  | { kind: 'clear' }
  | { kind: 'once'; date: { iso: string } | { weekday: number } | { relative: 0 | 1 }; time: string; zone?: string }
  | { kind: 'weekly'; weekday: number; time: string; zone?: string };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A typed time: `15:00`, `3pm`, `9.30` — never a bare number, which ends aliases such as "Client 1". */
const timeOf = (word: string) => (/[:.h]\d|am|pm/i.test(word) ? parseLocalTime(word) : undefined);
/** Weekday names as typed (English, with the weekday numbers luxon uses) — input, not copy. */
const WEEKDAY_WORDS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** luxon formats (tokens, not words): "Thursday 10 December 2026", "Tue 8 Dec 15:00" — the names in the therapist side's language. */
const LONG_DATE = ['cccc', 'd', 'LLLL', 'yyyy'].join(' ');
const SHORT_SESSION = ['ccc', 'd', 'LLL', 'HH:mm'].join(' ');

/** A luxon date in the therapist side's language (weekday and month names). */
const inTherapistLanguage = (date: DateTime) => date.setLocale(intlLocale(therapistLocale()));

/**
 * What `/between session` and `/between prep` say, from the therapist catalogs in the practice's
 * language. Arguments are plain text (escaped here) unless noted.
 */
export const sessionText = {
  notUnderstood: (word: string) => tt('therapist-session-not-understood', { word: esc(word.slice(0, 40)) }),
  noSuchDate: (text: string) => tt('therapist-session-no-such-date', { text: esc(text) }),
  inThePast: (when: string, zone: string, ago: string) => tt('therapist-session-in-the-past', { when: esc(when), zone: esc(zone), ago: esc(ago) }),
  set: (alias: string, when: string, zone: string) => tt('therapist-session-set', { alias: esc(alias), when: esc(when), zone: esc(zone) }),
  setWeekly: (alias: string, day: string, time: string, zone: string, next: string) => tt('therapist-session-set-weekly', { alias: esc(alias), day: esc(day), time, zone: esc(zone), next: esc(next) }),
  yourTime: (when: string, zone: string) => tt('therapist-session-your-time', { when: esc(when), zone: esc(zone) }),
  /** `actual`, `first`, `second`: times and offsets (plain, no markup). */
  gap: (time: string, date: string, zone: string, actual: string) => tt('therapist-session-gap', { time, date: esc(date), zone: esc(zone), actual }),
  twice: (time: string, date: string, zone: string, first: string, second: string) => tt('therapist-session-twice', { time, date: esc(date), zone: esc(zone), first, second }),
  brief: (hours: number, alias: string) => (hours > 0 ? tt('therapist-session-brief', { hours, alias: esc(alias) }) : tt('therapist-session-brief-on-demand', { alias: esc(alias) })),
  cleared: (alias: string) => tt('therapist-session-cleared', { alias: esc(alias) }),
  none: (alias: string) => tt('therapist-session-none', { alias: esc(alias) }),
  briefOnItsWay: (alias: string) => tt('therapist-brief-on-its-way', { alias: esc(alias) }),
};

/** Splits `/between session` arguments into the alias and the time; undefined when no time can be read. */
export function parseSessionArgs(args: string): { alias: string; when: SessionWhen } | { alias: string; error: string } | undefined {
  const words = args.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const lower = () => words[words.length - 1]!.toLowerCase();
  let zone: string | undefined;
  const last = words[words.length - 1]!;
  if (words.length > 1 && !timeOf(last) && !isKeyword(last)) {
    const found = isValidTimeZone(last) && last.includes('/') ? last : resolveTimezone(last.replace(/_/g, ' '));
    if (found) {
      zone = found;
      words.pop();
    }
  }
  if (words.length > 1 && ['clear', 'none', 'off'].includes(lower())) return { alias: words.slice(0, -1).join(' '), when: { kind: 'clear' } };
  let weekly = false;
  if (words.length > 1 && lower() === 'weekly') {
    weekly = true;
    words.pop();
  }
  // The time: "15:00", "3pm", or "3 pm".
  let time: string | undefined;
  if (words.length > 1 && /^(am|pm|a\.m\.|p\.m\.)$/i.test(words[words.length - 1]!) && words.length > 2) {
    time = parseLocalTime(`${words[words.length - 2]} ${words[words.length - 1]}`);
    if (time) words.splice(-2, 2);
  }
  if (!time && words.length > 1) {
    time = timeOf(words[words.length - 1]!);
    if (time) words.pop();
  }
  if (!time) {
    if (zone || weekly) return { alias: words.slice(0, -1).join(' ') || words[0]!, error: sessionText.notUnderstood(words[words.length - 1]!) };
    return { alias: words.join(' '), when: { kind: 'show' } };
  }
  // The day: a date, a weekday (after "every" / "weekly" too), today, tomorrow.
  const dayWord = words.length > 1 ? words.pop()!.toLowerCase() : undefined;
  if (!dayWord) return undefined;
  if (words.length > 1 && ['every', 'weekly'].includes(words[words.length - 1]!.toLowerCase())) {
    weekly = true;
    words.pop();
  }
  const alias = words.join(' ');
  const weekday = WEEKDAYS.indexOf(dayWord.replace(/s$/, '').slice(0, 3) as (typeof WEEKDAYS)[number]) + 1;
  const isWeekday = weekday > 0 && /^[a-z]{3,9}s?$/.test(dayWord) && WEEKDAY_WORDS[weekday - 1]!.startsWith(dayWord.replace(/s$/, '').slice(0, 3));
  if (weekly) {
    if (!isWeekday) return { alias, error: sessionText.notUnderstood(dayWord) };
    return { alias, when: { kind: 'weekly', weekday, time, ...(zone && { zone }) } };
  }
  if (isWeekday) return { alias, when: { kind: 'once', date: { weekday }, time, ...(zone && { zone }) } };
  if (dayWord === 'today' || dayWord === 'tomorrow') return { alias, when: { kind: 'once', date: { relative: dayWord === 'today' ? 0 : 1 }, time, ...(zone && { zone }) } };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(dayWord)) {
    const [y, m, d] = dayWord.split('-').map(Number) as [number, number, number];
    const date = DateTime.fromObject({ year: y, month: m, day: d }, { zone: 'UTC' });
    if (!date.isValid) return { alias, error: sessionText.noSuchDate(dayWord) };
    return { alias, when: { kind: 'once', date: { iso: date.toISODate()! }, time, ...(zone && { zone }) } };
  }
  return { alias, error: sessionText.notUnderstood(dayWord) };
}

function isKeyword(word: string): boolean {
  return ['clear', 'none', 'off', 'weekly', 'every', 'today', 'tomorrow', 'am', 'pm'].includes(word.toLowerCase()) || /^\d{4}-\d{1,2}-\d{1,2}$/.test(word) || WEEKDAYS.some((day) => word.toLowerCase().startsWith(day));
}

/** A session time resolved to an instant, with what a DST change did to it. */
export interface ResolvedSession {
  rule: string;
  time: string;
  zone: string;
  /** The (next) occurrence. */
  at: Date;
  localDate: string;
  dst: 'exists' | 'gap' | 'twice';
  /** When `dst` is `twice`: the other instant. */
  later?: Date;
}

/** Turns a typed session time into its next instant in `zone` (the DST policy of src/core/time.ts). */
export function resolveSession(when: Extract<SessionWhen, { kind: 'once' | 'weekly' }>, zone: string, now: Date): ResolvedSession {
  let localDate: string;
  let rule = 'once';
  if (when.kind === 'weekly') {
    rule = `weekly:${WEEKDAYS[when.weekday - 1]}`;
    localDate = nextOccurrence({ time: when.time, days: WEEKDAYS[when.weekday - 1]!, zone, after: now }).localDate;
  } else if ('iso' in when.date) {
    localDate = when.date.iso;
  } else if ('relative' in when.date) {
    localDate = DateTime.fromJSDate(now, { zone }).plus({ days: when.date.relative }).toISODate()!;
  } else {
    localDate = nextOccurrence({ time: when.time, days: WEEKDAYS[when.date.weekday - 1]!, zone, after: now }).localDate;
  }
  const existence = localTimeExistence(localDate, when.time, zone);
  return { rule, time: when.time, zone, at: existence.at, localDate, dst: existence.kind, ...(existence.kind === 'twice' && { later: existence.later }) };
}

/** The weekly slot's next occurrence after `after` (null for a one-off). */
export function nextSessionAfter(plan: { rule: string; time: string; zone: string }, after: Date): Date | null {
  if (!plan.rule.startsWith('weekly:')) return null;
  return nextOccurrence({ time: plan.time, days: plan.rule.slice('weekly:'.length), zone: plan.zone, after }).dueAt;
}

/** The reply to a session set: when, in which zone, in the therapist's own when that differs, and what DST did. */
export function describeSessionSet(alias: string, session: ResolvedSession, therapistZone: string, briefHours: number): string {
  const when = instantForTherapist(session.at, session.zone);
  const lines =
    session.rule === 'once'
      ? [sessionText.set(alias, when, session.zone)]
      : [sessionText.setWeekly(alias, weekdayName(WEEKDAYS.indexOf(session.rule.slice(7) as (typeof WEEKDAYS)[number]) + 1), session.time, session.zone, when)];
  const date = inTherapistLanguage(DateTime.fromISO(session.localDate)).toFormat(LONG_DATE);
  if (session.dst === 'gap') lines.push(sessionText.gap(session.time, date, session.zone, DateTime.fromJSDate(session.at, { zone: session.zone }).toFormat('HH:mm')));
  if (session.dst === 'twice') lines.push(sessionText.twice(session.time, date, session.zone, `(${offsetAt(session.at, session.zone)})`, `(${offsetAt(session.later!, session.zone)})`));
  if (therapistZone !== session.zone) lines.push(sessionText.yourTime(instantForTherapist(session.at, therapistZone), therapistZone));
  lines.push(sessionText.brief(briefHours, alias));
  return lines.join('\n');
}

/** "2 days ago", "3 hours ago": how long ago a past time was. */
export function agoText(at: Date, now: Date): string {
  return DateTime.fromJSDate(at).toRelative({ base: DateTime.fromJSDate(now), locale: intlLocale(therapistLocale()) }) ?? tt('therapist-already-passed');
}

/** The refusal for a one-off time that has passed. */
export function pastSessionText(at: Date, zone: string, now: Date): string {
  return sessionText.inThePast(instantForTherapist(at, zone), zone, agoText(at, now));
}

/** The next session as a short line ("Tue 8 Dec 15:00"), for the roster. */
export function shortSession(at: Date, zone: string): string {
  return inTherapistLanguage(DateTime.fromJSDate(at, { zone })).toFormat(SHORT_SESSION);
}

/** A weekday (1 = Monday) by its name in the therapist side's language ("Tuesday", "Dienstag"). */
function weekdayName(weekday: number): string {
  return inTherapistLanguage(DateTime.fromObject({ weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 })).toFormat('cccc');
}
