import { notAnEmergencyService } from '../copy.js';
import { bold } from '../messages.js';
import { describeTimezone } from '../time.js';
import { countryGuessStep, countryQuestionStep, describeCountry, promptTimeStep, timezoneStep } from './common-steps.js';
import { redeemEnrollmentCode } from './enrollment.js';
import { choiceStep, textStep } from './steps.js';
import { syncCheckInSchedule } from '../../scheduling/check-in-schedule.js';
import type { FlowDefinition } from './types.js';

/**
 * `/start` for someone new: what Between is and is not, consent to store answers, timezone, country
 * (for crisis lines; guessed from the timezone), daily prompt time, and an optional enrollment code
 * from a therapist. The person is created only when they finish (nothing is stored about someone who
 * declines). Before a person exists, crisis lines come from the practice's `CRISIS_REGION`.
 */
export const onboardingFlow: FlowDefinition = {
  name: 'onboarding',
  version: 1,
  title: 'set-up',
  keepsDraft: false,
  steps: [
    {
      ...choiceStep({
        id: 'consent',
        field: 'consent',
        prompt: (_data, context) =>
          [
            bold('Welcome to Between.'),
            'I help you keep up with the work you do in therapy between sessions: short daily check-ins, thought records and the homework your therapist gives you.',
            '',
            notAnEmergencyService(context.safety.resourcesFor(context.person)),
            '',
            'To do this I store your answers, encrypted. Only you — and, if you link one, your therapist, at the level of detail you agree to — can see them. You can export or delete everything at any time (/export, /delete).',
            '',
            'Is that okay?',
          ].join('\n'),
        options: [
          { value: 'yes', label: 'Yes, I agree' },
          { value: 'no', label: 'No' },
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
        prompt: 'Did your therapist give you an enrollment code?',
        options: [
          { value: 'yes', label: 'Yes, I have a code' },
          { value: 'no', label: 'No' },
        ],
        next: (data) => (data.hasCode === 'no' ? null : undefined),
      }),
      cannotSkip:
        'An enrollment code comes from your therapist: it links you to them, so they get summaries of your check-ins and are alerted if you’re ever in crisis. ' +
        'No code, or not now? Choose No — everything works without one, and you can add it later in /settings.',
    },
    {
      ...textStep({
        id: 'code',
        field: 'code',
        optional: true,
        maxLength: 64,
        prompt: 'Please type the code (letters and numbers; dashes and spaces don’t matter).',
      }),
      partOf: 'hasCode',
    },
  ],
  async finish(data, context) {
    if (data.consent === 'no') {
      return [
        'That’s completely okay — I haven’t stored anything about you. If you change your mind, type /start.\n\n' +
          notAnEmergencyService(context.safety.resourcesFor(context.person)),
      ];
    }
    const { repos, event, now } = context;
    const timezone = String(data.timezone ?? context.defaultTimezone);
    const promptTime = String(data.promptTime ?? '20:00');
    const country = typeof data.country === 'string' ? data.country : null;
    let person = context.person;
    if (person) {
      await repos.people.update(person.id, { timezone, promptTime, ...(country && { country }), consentedAt: person.consentedAt ?? now, onboardedAt: person.onboardedAt ?? now });
    } else {
      person = await repos.people.create(
        { timezone, promptTime, country, consentedAt: now, onboardedAt: now, displayName: event.from.displayName ?? null },
        { platform: event.platform, platformUserId: event.from.platformUserId, address: event.address },
        now,
      );
      await repos.audit.record({ actor: person.id, action: 'person.created', subjectPersonId: person.id, detail: { platform: event.platform } }, now);
    }
    context.person = (await repos.people.findById(person.id))!;
    await syncCheckInSchedule(repos, context.person, now);
    const place = describeCountry(country, timezone);
    const lines = [
      bold('You’re all set.'),
      `Timezone: ${describeTimezone(timezone, now)}. Daily check-in: ${promptTime}.`,
      ...(place ? [`Country: ${place} — /helplines shows its crisis lines.`] : []),
    ];
    if (typeof data.code === 'string' && data.code) lines.push(await redeemEnrollmentCode(data.code, context));
    lines.push('', 'Try a check-in now with /checkin, or write a thought record with /thought. /help lists everything.');
    return [lines.join('\n')];
  },
};
