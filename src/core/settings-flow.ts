import { bold } from './messages.js';
import { describeTimezone, parseLocalTime } from './time.js';
import { countryQuestionStep, describeCountry, promptTimeStep, timezoneStep } from './flows/common-steps.js';
import { countryName } from './country.js';
import { redeemEnrollmentCode } from './flows/enrollment.js';
import { choiceStep, textStep } from './flows/steps.js';
import { describeShare, shareLevels } from './partners/sharing.js';
import { sidesFor, type ShareLevel } from '../db/repositories/partners.js';
import { syncCheckInSchedule } from '../scheduling/check-in-schedule.js';
import { therapistVisibility } from './therapists/client-visibility.js';
import { DETAIL_LEVELS, isDetailLevel } from './summaries/detail-level.js';

import type { FlowContext, FlowData, FlowDefinition } from './flows/types.js';
import { needsPerson } from './flows/guards.js';
import { languageStep } from './flows/language-step.js';
import { intlLocale, isLocale, LANGUAGE_NAMES, storedLocale, type RenderLocale } from './i18n/index.js';

/** The menu's items, in order (labels: `settings-item-<value>` in settings.ftl). */
const MENU_ITEMS = ['timezone', 'promptTime', 'quiet', 'country', 'language', 'code', 'partnerShare', 'therapistShare', 'done'] as const;

const toMenu = () => 'menu';

function current(data: FlowData, context: FlowContext) {
  const person = context.person!;
  return {
    timezone: typeof data.timezone === 'string' ? data.timezone : person.timezone,
    promptTime: typeof data.promptTime === 'string' ? data.promptTime : person.promptTime,
    quiet: typeof data.quiet === 'string' ? data.quiet : person.quietStart && person.quietEnd ? `${person.quietStart}–${person.quietEnd}` : 'none',
    country: typeof data.country === 'string' ? data.country : person.country,
  };
}

/** Parses "22:00-07:00", "10pm to 7am", "none". */
export function parseQuietHours(text: string): string | undefined {
  if (/^\s*(none|off|no)\s*$/i.test(text)) return 'none';
  const parts = text.split(/\s*(?:-|–|—|to|until)\s*/i);
  if (parts.length !== 2) return undefined;
  const start = parseLocalTime(parts[0]!);
  const end = parseLocalTime(parts[1]!);
  return start && end && start !== end ? `${start}–${end}` : undefined;
}

/** The language in use: chosen in this visit to /settings, else the person's. */
function languageOf(context: FlowContext): RenderLocale {
  return storedLocale(context.locale);
}

/** A language by its own name ("Deutsch"); the pseudo-locale (tests) by its code. */
const languageName = (locale: RenderLocale) => (isLocale(locale) ? LANGUAGE_NAMES[locale] : locale);

/** What a therapist receives at a detail level, in the client's language (a menu opened before this was a level shows its words as they were). */
const shareDescription = (level: string, t: FlowContext['t']) => (isDetailLevel(level) ? t(`settings-therapist-share-${level}-description`) : level);

/** `/settings` (and `/start` for someone already set up): change one thing at a time, then Done. */
export const settingsFlow: FlowDefinition = {
  name: 'settings',
  version: 1,
  title: 'settings',
  keepsDraft: false,
  // A menu whose every step leads back to it: no "n of m".
  progress: false,
  guard: needsPerson,
  init: async (context) => {
    const therapistSees = context.person ? await therapistVisibility(context.repos, context.person.id) : undefined;
    return therapistSees ? { therapistSees } : {};
  },
  steps: [
    choiceStep({
      id: 'menu',
      field: 'choice',
      prompt: (data, context) => {
        const now = current(data, context);
        const { t } = context;
        return [
          bold(t('settings-title')),
          t('settings-timezone', { timezone: describeTimezone(now.timezone, context.now, context.locale) }),
          t('settings-prompt-time', { time: now.promptTime }),
          t('settings-quiet', { quiet: now.quiet === 'none' ? t('settings-quiet-none') : now.quiet }),
          t('settings-country', { country: describeCountry(now.country, now.timezone, context) ?? t('settings-country-not-set') }),
          t('settings-language', { language: languageName(languageOf(context)) }),
          ...(typeof data.therapistSees === 'string' ? [t('settings-therapist-sees', { sees: shareDescription(data.therapistSees, t) })] : []),
          '',
          t('settings-question'),
        ].join('\n');
      },
      options: (_data, context) => MENU_ITEMS.map((value) => ({ value, label: context.t(`settings-item-${value}`) })),
      next: (data) => (data.choice === 'done' ? null : String(data.choice)),
    }),
    timezoneStep('timezone', toMenu),
    promptTimeStep('promptTime', toMenu),
    countryQuestionStep({ id: 'country', next: toMenu }),
    choiceStep({
      id: 'quiet',
      field: 'quiet',
      prompt: (_data, context) => context.t('settings-quiet-question'),
      options: (_data, context) => [
        { value: '22:00–08:00', label: '22:00–08:00' },
        { value: '23:00–07:00', label: '23:00–07:00' },
        { value: '21:00–09:00', label: '21:00–09:00' },
        { value: 'none', label: context.t('settings-quiet-choice-none') },
      ],
      parseTyped: (text, _data, context) => {
        const quiet = parseQuietHours(text);
        return quiet ? { value: quiet } : { error: context.t('settings-quiet-invalid') };
      },
      next: toMenu,
    }),
    languageStep('language', toMenu),
    textStep({ id: 'code', field: 'code', maxLength: 64, prompt: (_data, context) => context.t('settings-code-question'), next: toMenu }),
    choiceStep({
      id: 'therapistShare',
      field: 'therapistShare',
      prompt: (_data, context) =>
        `${context.t('settings-therapist-share-question')}\n${DETAIL_LEVELS.map((level) => `• ${context.t(`settings-therapist-share-${level}`)}: ${context.t(`settings-therapist-share-${level}-description`)}`).join('\n')}`,
      options: (_data, context) => DETAIL_LEVELS.map((level) => ({ value: level, label: context.t(`settings-therapist-share-${level}`) })),
      next: toMenu,
    }),
    choiceStep({
      id: 'partnerShare',
      field: 'partnerShare',
      prompt: (_data, context) => `${context.t('settings-partner-share-question')}\n${shareLevels(context.t).map((l) => `• ${l.label}: ${l.explanation}`).join('\n')}`,
      options: (_data, context) => shareLevels(context.t).map((level) => ({ value: level.value, label: level.label })),
      next: toMenu,
    }),
  ],
  // Every step returns to the menu; only "Done" finishes.
  async finish(data, context) {
    const person = context.person!;
    const now = current(data, context);
    const [quietStart, quietEnd] = now.quiet === 'none' ? [null, null] : now.quiet.split('–');
    const locale = languageOf(context);
    await context.repos.people.update(person.id, {
      timezone: now.timezone,
      promptTime: now.promptTime,
      quietStart: quietStart ?? null,
      quietEnd: quietEnd ?? null,
      country: now.country,
      locale,
    });
    context.person = (await context.repos.people.findById(person.id))!;
    await syncCheckInSchedule(context.repos, context.person, context.now);
    const { t } = context;
    const lines = [
      `${bold(t('settings-saved-title'))} ${t('settings-saved', { timezone: describeTimezone(now.timezone, context.now, context.locale), time: now.promptTime, quiet: now.quiet === 'none' ? t('settings-quiet-none') : now.quiet })}`,
    ];
    if (typeof data.locale === 'string' && data.locale !== person.locale) lines.push(t('settings-language-saved', { language: languageName(locale) }));
    if (typeof data.country === 'string' && data.country !== person.country) {
      lines.push(t('settings-country-saved', { place: countryName(data.country, { article: true, language: intlLocale(context.locale) }), country: data.country }));
    }
    if (typeof data.code === 'string' && data.code) lines.push(await redeemEnrollmentCode(data.code, context));
    if (typeof data.therapistShare === 'string' && isDetailLevel(data.therapistShare)) {
      const changed = await context.repos.care.setConsentScope(person.id, data.therapistShare);
      if (changed > 0) {
        await context.repos.audit.record({ actor: person.id, action: 'care.consent-changed', subjectPersonId: person.id, detail: { scope: data.therapistShare } }, context.now);
        lines.push(t('settings-therapist-share-saved', { description: t(`settings-therapist-share-${data.therapistShare}-description`) }));
      } else {
        lines.push(t('settings-therapist-share-no-therapist'));
      }
    }
    if (typeof data.partnerShare === 'string') {
      const partnerships = await context.repos.partners.listFor(person.id, ['active', 'pending']);
      for (const partnership of partnerships) {
        await context.repos.partners.setShare(partnership.id, sidesFor(partnership, person.id).mySide, data.partnerShare as ShareLevel);
      }
      lines.push(partnerships.length ? t('settings-partner-share-saved', { share: describeShare(t, data.partnerShare as ShareLevel) }) : t('settings-partner-share-no-partner'));
    }
    return [lines.join('\n')];
  },
};
