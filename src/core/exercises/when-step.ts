import { DateTime } from 'luxon';
import { esc } from '../messages.js';
import { DATE_WORDS } from '../i18n/typed-words.js';
import { DEFAULT_LOCALE, intlLocale, isolate, PSEUDO_LOCALE, pseudoText, translator, type Translate } from '../i18n/index.js';
import { parseLocalTime, instantOf } from '../time.js';
import type { ChoiceOption, FlowContext, FlowData, StepDefinition } from '../flows/types.js';

/** Evening reminders go out at this local time. */
export const EVENING_TIME = '20:00';
/** A typed follow-up time must be at least this far ahead… */
const MIN_AHEAD_MS = 5 * 60_000;
/** …and at most this far. */
const MAX_AHEAD_DAYS = 90;
/** "This evening" is offered until this long before the evening time. */
const TONIGHT_LEAD_MS = 30 * 60_000;

export const NO_REMINDER = 'none';

const zoneOf = (context: FlowContext) => context.person?.timezone ?? context.defaultTimezone;

function eveningOf(now: Date, zone: string, daysAhead: number): Date {
  const date = DateTime.fromJSDate(now, { zone }).plus({ days: daysAhead }).toISODate()!;
  return instantOf(date, EVENING_TIME, zone);
}

/** The quick choices, as of `now` in `zone`: this evening (while there is time), tomorrow, in 3 days. */
export function quickFollowUps(now: Date, zone: string, t: Translate = translator(DEFAULT_LOCALE)): { value: string; label: string; at: Date }[] {
  const tonight = eveningOf(now, zone, 0);
  const time = EVENING_TIME;
  return [
    ...(tonight.getTime() - now.getTime() >= TONIGHT_LEAD_MS ? [{ value: 'tonight', label: t('exercise-when-tonight', { time }), at: tonight }] : []),
    { value: 'tomorrow', label: t('exercise-when-tomorrow', { time }), at: eveningOf(now, zone, 1) },
    { value: 'in3days', label: t('exercise-when-in-3-days', { time }), at: eveningOf(now, zone, 3) },
  ];
}

/**
 * A local date and time typed by a person, in their timezone: "tomorrow 18:30", "friday 9am",
 * "today 21:00", "2026-03-14 19:00", "in 2 hours", "in 3 days" — or in Spanish or German ("mañana
 * 18:30", "viernes a las 9", "morgen um 19 Uhr", "en 2 horas", "in 3 Tagen"; DATE_WORDS). A day without a time means
 * {@link EVENING_TIME}. Undefined when it cannot be read.
 */
export function parseLocalDateTime(text: string, now: Date, zone: string): Date | undefined {
  const words = text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/);
  const typed = words.filter((word) => !(DATE_WORDS.filler as readonly string[]).includes(word)).join(' ');
  const relative = /^(\S+) (\d{1,3}) (\S+)$/.exec(typed);
  if (relative && (DATE_WORDS.in as readonly string[]).includes(relative[1]!)) {
    const unit = (Object.keys(DATE_WORDS.units) as (keyof typeof DATE_WORDS.units)[]).find((name) => (DATE_WORDS.units[name] as readonly string[]).includes(relative[3]!));
    if (!unit) return undefined;
    return DateTime.fromJSDate(now, { zone }).plus({ [`${unit}s`]: Number(relative[2]) }).toJSDate();
  }
  const local = DateTime.fromJSDate(now, { zone });
  let date: string | undefined;
  let rest = typed;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ t](.*))?$/.exec(typed);
  if (iso) {
    if (!DateTime.fromISO(iso[1]!, { zone }).isValid) return undefined;
    date = iso[1];
    rest = iso[2] ?? '';
  } else {
    const [first = '', ...others] = typed.split(' ');
    const weekday = DATE_WORDS.weekdays.findIndex((names) => first.length >= 3 && names.some((day) => day.startsWith(first)));
    if ((DATE_WORDS.today as readonly string[]).includes(first)) date = local.toISODate()!;
    else if ((DATE_WORDS.tomorrow as readonly string[]).includes(first)) date = local.plus({ days: 1 }).toISODate()!;
    else if (weekday !== -1) date = local.plus({ days: ((weekday + 1 - local.weekday + 7) % 7) || 7 }).toISODate()!;
    else return undefined;
    rest = others.join(' ');
  }
  const time = rest.trim() === '' ? EVENING_TIME : parseLocalTime(rest);
  if (!time || !date) return undefined;
  return instantOf(date, time, zone);
}

/** "tomorrow at 20:00", "on Sunday 18 January at 09:00" — when a follow-up will come, in the person's time and language. */
export function describeWhen(at: Date, now: Date, zone: string, context: Pick<FlowContext, 'locale' | 't'>): string {
  const local = DateTime.fromJSDate(at, { zone });
  const days = local.startOf('day').diff(DateTime.fromJSDate(now, { zone }).startOf('day'), 'days').days;
  const day = days === 0 ? 'today' : days === 1 ? 'tomorrow' : 'other';
  // British English order ("Sunday 18 January"); "domingo, 18 de enero", "Sonntag, 18. Januar".
  const language = context.locale === DEFAULT_LOCALE ? 'en-GB' : intlLocale(context.locale);
  const date = local.setLocale(language).toLocaleString({ weekday: 'long', day: 'numeric', month: 'long' });
  return context.t('exercise-when', { day, date: context.locale === PSEUDO_LOCALE ? pseudoText(date) : date, time: local.toFormat('HH:mm') });
}

/**
 * "When should I check back?": this evening / tomorrow 20:00 / in 3 days, or a typed day and time,
 * in the person's timezone. Stores the UTC instant (ISO) under `field`, or null for "no reminder"
 * when `allowNone` is set.
 */
export function followUpTimeStep(common: { id: string; field: string; prompt: (data: FlowData, context: FlowContext) => string; allowNone?: boolean }): StepDefinition {
  const options = (context: FlowContext): ChoiceOption[] => [
    ...quickFollowUps(context.now, zoneOf(context), context.t).map(({ value, label }) => ({ value, label })),
    ...(common.allowNone ? [{ value: NO_REMINDER, label: context.t('exercise-no-reminder') }] : []),
  ];
  // The example date is a week from today, in the person's timezone: never one already past.
  const hint = (context: FlowContext) =>
    context.t('exercise-when-hint', {
      buttons: context.buttons !== false ? 'yes' : 'no',
      example: `${DateTime.fromJSDate(context.now, { zone: zoneOf(context) }).plus({ days: 7 }).toISODate()!} 19:00`,
    });
  return {
    id: common.id,
    freeText: true,
    view: (data, context) => ({ text: `${common.prompt(data, context)}\n${hint(context)}`, options: options(context) }),
    accept: (input, data, context) => {
      const zone = zoneOf(context);
      if (input.kind === 'choice') {
        if (input.value === NO_REMINDER && common.allowNone) return { ok: true, data: { ...data, [common.field]: null } };
        const quick = quickFollowUps(context.now, zone, context.t).find((option) => option.value === input.value);
        if (!quick) return { ok: false, error: hint(context) };
        return { ok: true, data: { ...data, [common.field]: quick.at.toISOString() } };
      }
      if (input.kind !== 'text') return { ok: false, error: hint(context) };
      const at = parseLocalDateTime(input.text, context.now, zone);
      if (!at) return { ok: false, error: context.t('exercise-when-unreadable', { typed: isolate(esc(input.text.trim().slice(0, 40))), hint: hint(context) }) };
      const ahead = at.getTime() - context.now.getTime();
      if (ahead < MIN_AHEAD_MS) return { ok: false, error: context.t('exercise-when-passed') };
      if (ahead > MAX_AHEAD_DAYS * 24 * 60 * 60_000) return { ok: false, error: context.t('exercise-when-too-far', { days: MAX_AHEAD_DAYS }) };
      return { ok: true, data: { ...data, [common.field]: at.toISOString() } };
    },
    clear: (data) => ({ ...data, [common.field]: undefined }),
  };
}
