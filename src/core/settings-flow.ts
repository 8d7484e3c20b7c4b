import { bold } from './messages.js';
import { describeTimezone, parseLocalTime } from './time.js';
import { countryQuestionStep, describeCountry, promptTimeStep, timezoneStep } from './flows/common-steps.js';
import { countryName } from './country.js';
import { redeemEnrollmentCode } from './flows/enrollment.js';
import { choiceStep, textStep } from './flows/steps.js';
import { describeShare, SHARE_LEVELS } from './partners/sharing.js';
import { sidesFor, type ShareLevel } from '../db/repositories/partners.js';
import { syncCheckInSchedule } from '../scheduling/check-in-schedule.js';
import { describeTherapistVisibility } from './therapists/client-visibility.js';
import { DETAIL_LEVEL_DESCRIPTIONS, DETAIL_LEVELS, isDetailLevel } from './summaries/detail-level.js';

const THERAPIST_SHARE_LABELS = { minimal: 'Only what I did', clinical: 'Plus scores and trends', full: 'Plus what I write' } as const;
import type { FlowContext, FlowData, FlowDefinition } from './flows/types.js';
import { needsPerson } from './flows/guards.js';

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
    const therapistSees = context.person ? await describeTherapistVisibility(context.repos, context.person.id) : undefined;
    return therapistSees ? { therapistSees } : {};
  },
  steps: [
    choiceStep({
      id: 'menu',
      field: 'choice',
      prompt: (data, context) => {
        const now = current(data, context);
        return [
          bold('Your settings'),
          `Timezone: ${describeTimezone(now.timezone, context.now)}`,
          `Daily check-in: ${now.promptTime}`,
          `Quiet hours: ${now.quiet}`,
          `Country (for crisis lines): ${describeCountry(now.country, now.timezone) ?? 'not set'}`,
          'Language: English',
          ...(typeof data.therapistSees === 'string' ? [`Your therapist sees: ${data.therapistSees}.`] : []),
          '',
          'What would you like to change?',
        ].join('\n');
      },
      options: [
        { value: 'timezone', label: 'Timezone' },
        { value: 'promptTime', label: 'Check-in time' },
        { value: 'quiet', label: 'Quiet hours' },
        { value: 'country', label: 'Country (for crisis lines)' },
        { value: 'language', label: 'Language' },
        { value: 'code', label: 'Enrollment code' },
        { value: 'partnerShare', label: 'Partner sharing' },
        { value: 'therapistShare', label: 'What my therapist sees' },
        { value: 'done', label: 'Done' },
      ],
      next: (data) => (data.choice === 'done' ? null : String(data.choice)),
    }),
    timezoneStep('timezone', toMenu),
    promptTimeStep('promptTime', toMenu),
    countryQuestionStep({ id: 'country', next: toMenu }),
    choiceStep({
      id: 'quiet',
      field: 'quiet',
      prompt: 'Quiet hours: I won’t send prompts or reminders in this window. Choose one, or type a range like 22:00-07:00 (or “none”).',
      options: [
        { value: '22:00–08:00', label: '22:00–08:00' },
        { value: '23:00–07:00', label: '23:00–07:00' },
        { value: '21:00–09:00', label: '21:00–09:00' },
        { value: 'none', label: 'None' },
      ],
      parseTyped: (text) => {
        const quiet = parseQuietHours(text);
        return quiet ? { value: quiet } : { error: 'Please give a range like 22:00-07:00, or type none.' };
      },
      next: toMenu,
    }),
    choiceStep({
      id: 'language',
      field: 'language',
      prompt: 'Between speaks English for now; more languages are planned.',
      options: [{ value: 'en', label: 'English' }],
      next: toMenu,
    }),
    textStep({ id: 'code', field: 'code', maxLength: 64, prompt: 'Please type the enrollment code your therapist gave you.', next: toMenu }),
    choiceStep({
      id: 'therapistShare',
      field: 'therapistShare',
      prompt: `What may your therapist receive in their summaries? (Risk alerts always reach them.)\n${DETAIL_LEVELS.map((level) => `• ${THERAPIST_SHARE_LABELS[level]}: ${DETAIL_LEVEL_DESCRIPTIONS[level]}`).join('\n')}`,
      options: DETAIL_LEVELS.map((level) => ({ value: level, label: THERAPIST_SHARE_LABELS[level] })),
      next: toMenu,
    }),
    choiceStep({
      id: 'partnerShare',
      field: 'partnerShare',
      prompt: `What should your accountability partner see each day?\n${SHARE_LEVELS.map((l) => `• ${l.label}: ${l.explanation}`).join('\n')}`,
      options: SHARE_LEVELS.map((level) => ({ value: level.value, label: level.label })),
      next: toMenu,
    }),
  ],
  // Every step returns to the menu; only "Done" finishes.
  async finish(data, context) {
    const person = context.person!;
    const now = current(data, context);
    const [quietStart, quietEnd] = now.quiet === 'none' ? [null, null] : now.quiet.split('–');
    await context.repos.people.update(person.id, {
      timezone: now.timezone,
      promptTime: now.promptTime,
      quietStart: quietStart ?? null,
      quietEnd: quietEnd ?? null,
      country: now.country,
    });
    context.person = (await context.repos.people.findById(person.id))!;
    await syncCheckInSchedule(context.repos, context.person, context.now);
    const lines = [`${bold('Saved.')} ${describeTimezone(now.timezone, context.now)} · daily check-in ${now.promptTime} · quiet hours ${now.quiet}.`];
    if (typeof data.country === 'string' && data.country !== person.country) {
      lines.push(`Your crisis lines now follow ${countryName(data.country, { article: true })} — /helplines shows them.`);
    }
    if (typeof data.code === 'string' && data.code) lines.push(await redeemEnrollmentCode(data.code, context));
    if (typeof data.therapistShare === 'string' && isDetailLevel(data.therapistShare)) {
      const changed = await context.repos.care.setConsentScope(person.id, data.therapistShare);
      if (changed > 0) {
        await context.repos.audit.record({ actor: person.id, action: 'care.consent-changed', subjectPersonId: person.id, detail: { scope: data.therapistShare } }, context.now);
        lines.push(`Your therapist now receives at most: ${DETAIL_LEVEL_DESCRIPTIONS[data.therapistShare]}.`);
      } else {
        lines.push('No therapist is linked yet; your choice will apply when you link one (enter their code here).');
      }
    }
    if (typeof data.partnerShare === 'string') {
      const partnerships = await context.repos.partners.listFor(person.id, ['active', 'pending']);
      for (const partnership of partnerships) {
        await context.repos.partners.setShare(partnership.id, sidesFor(partnership, person.id).mySide, data.partnerShare as ShareLevel);
      }
      lines.push(partnerships.length ? `Your partner now sees ${describeShare(data.partnerShare as ShareLevel)}.` : 'You have no partner yet; you’ll choose again when you pair (/partner invite).');
    }
    return [lines.join('\n')];
  },
};
