import { notAnEmergencyService } from '../copy.js';
import { bold } from '../messages.js';
import { describeTimezone } from '../time.js';
import { countryGuessStep, countryQuestionStep, describeCountry, promptTimeStep, timezoneStep } from './common-steps.js';
import { redeemEnrollmentCode } from './enrollment.js';
import { languageStep } from './language-step.js';
import { choiceStep, textStep } from './steps.js';
import { syncCheckInSchedule } from '../../scheduling/check-in-schedule.js';
import type { FlowContext, FlowDefinition } from './types.js';

const notice = (context: FlowContext) => notAnEmergencyService(context.t, context.safety.resourcesFor(context.person, context.locale));

/**
 * `/start` for someone new: their language (the platform's hint first), what Between is and is
 * not, consent to store answers, timezone, country (for crisis lines; guessed from the timezone),
 * daily prompt time, and an optional enrollment code from a therapist. The person is created only
 * when they finish (nothing is stored about someone who declines). Before a person exists, crisis
 * lines come from the practice's `CRISIS_REGION`. The sentences are in locales/<lang>/onboarding.ftl.
 */
export const onboardingFlow: FlowDefinition = {
  name: 'onboarding',
  version: 2,
  title: 'set-up',
  keepsDraft: false,
  steps: [
    // Asked first, in the platform's language: everything after it is in the language chosen
    // (not asked when the set-up was started by /language, which chose it).
    { ...languageStep('language'), uncounted: true, when: (data) => typeof data.locale !== 'string' },
    {
      ...choiceStep({
        id: 'consent',
        field: 'consent',
        prompt: (_data, context) =>
          [bold(context.t('onboarding-welcome-title')), context.t('onboarding-welcome'), '', notice(context), '', context.t('onboarding-consent'), '', context.t('onboarding-consent-question')].join('\n'),
        options: (_data, context) => [
          { value: 'yes', label: context.t('onboarding-consent-yes') },
          { value: 'no', label: context.t('onboarding-consent-no') },
        ],
        next: (data) => (data.consent === 'no' ? null : undefined),
      }),
      // The welcome is not one of the set-up's questions: the counter starts at the timezone.
      uncounted: true,
    },
    timezoneStep(),
    countryGuessStep(),
    { ...countryQuestionStep({ id: 'countryOther', optional: true, when: (data) => typeof data.country !== 'string' }), partOf: 'country' },
    promptTimeStep(),
    {
      ...choiceStep({
        id: 'hasCode',
        field: 'hasCode',
        prompt: (_data, context) => context.t('onboarding-has-code'),
        options: (_data, context) => [
          { value: 'yes', label: context.t('onboarding-has-code-yes') },
          { value: 'no', label: context.t('onboarding-has-code-no') },
        ],
        next: (data) => (data.hasCode === 'no' ? null : undefined),
      }),
      cannotSkip: (context) => context.t('onboarding-code-cannot-skip'),
    },
    {
      ...textStep({
        id: 'code',
        field: 'code',
        optional: true,
        maxLength: 64,
        prompt: (_data, context) => context.t('onboarding-code'),
      }),
      partOf: 'hasCode',
    },
  ],
  async finish(data, context) {
    if (data.consent === 'no') return [`${context.t('onboarding-declined')}\n\n${notice(context)}`];
    const { repos, event, now } = context;
    const timezone = String(data.timezone ?? context.defaultTimezone);
    const promptTime = String(data.promptTime ?? '20:00');
    const country = typeof data.country === 'string' ? data.country : null;
    const locale = context.locale;
    let person = context.person;
    if (person) {
      await repos.people.update(person.id, { timezone, promptTime, locale, ...(country && { country }), consentedAt: person.consentedAt ?? now, onboardedAt: person.onboardedAt ?? now });
    } else {
      person = await repos.people.create(
        { timezone, promptTime, country, locale, consentedAt: now, onboardedAt: now, displayName: event.from.displayName ?? null },
        { platform: event.platform, platformUserId: event.from.platformUserId, address: event.address },
        now,
      );
      await repos.audit.record({ actor: person.id, action: 'person.created', subjectPersonId: person.id, detail: { platform: event.platform } }, now);
    }
    context.person = (await repos.people.findById(person.id))!;
    await syncCheckInSchedule(repos, context.person, now);
    const place = describeCountry(country, timezone, context);
    const lines = [
      bold(context.t('onboarding-done-title')),
      context.t('onboarding-done-schedule', { timezone: describeTimezone(timezone, now, context.locale), time: promptTime }),
      ...(place ? [context.t('onboarding-done-country', { place })] : []),
    ];
    if (typeof data.code === 'string' && data.code) lines.push(await redeemEnrollmentCode(data.code, context));
    lines.push('', context.t('onboarding-done-next'));
    return [lines.join('\n')];
  },
};
