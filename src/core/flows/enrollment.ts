import { normaliseEnrollmentCode } from '../../db/repositories/care.js';
import type { FlowContext } from './types.js';

/** Wrong codes allowed per person per hour before redemption pauses. */
export const ENROLLMENT_ATTEMPTS_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;
/** Codes are 8–16 letters and digits (dashes and spaces ignored). */
const CODE_FORMAT = /^[A-Z0-9]{8,16}$/;

/** Links the person to the therapist who issued `code`; returns a sentence saying what happened (onboarding.ftl, `enrollment-…`). */
export async function redeemEnrollmentCode(code: string, context: FlowContext): Promise<string> {
  const person = context.person;
  if (!person) return context.t('enrollment-set-up-first');
  const normalised = normaliseEnrollmentCode(code);
  if (!CODE_FORMAT.test(normalised)) {
    return context.t('enrollment-malformed');
  }
  const attempts = await context.repos.rateLimits.count('enrollment', person.id, HOUR_MS, context.now);
  if (attempts >= ENROLLMENT_ATTEMPTS_PER_HOUR) {
    return context.t('enrollment-too-many');
  }
  const result = await context.repos.care.redeemCode(normalised, person.id, context.now);
  if (result.ok) {
    await context.repos.audit.record(
      { actor: person.id, action: 'care.linked', subjectPersonId: person.id, detail: { careLinkId: result.link.id } },
      context.now,
    );
    return context.t('enrollment-linked');
  }
  await context.repos.rateLimits.hit('enrollment', person.id, HOUR_MS, context.now);
  if (result.reason === 'expired') return context.t('enrollment-expired');
  if (result.reason === 'used') return context.t('enrollment-used');
  return context.t('enrollment-not-found');
}
