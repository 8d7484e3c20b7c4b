import { normaliseEnrollmentCode } from '../../db/repositories/care.js';
import type { FlowContext } from './types.js';

/** Wrong codes allowed per person per hour before redemption pauses. */
export const ENROLLMENT_ATTEMPTS_PER_HOUR = 5;
const HOUR_MS = 60 * 60 * 1000;
/** Codes are 8–16 letters and digits (dashes and spaces ignored). */
const CODE_FORMAT = /^[A-Z0-9]{8,16}$/;

/** Links the person to the therapist who issued `code`; returns a sentence saying what happened. */
export async function redeemEnrollmentCode(code: string, context: FlowContext): Promise<string> {
  const person = context.person;
  if (!person) return 'Please finish setting up first (/start), then enter your code.';
  const normalised = normaliseEnrollmentCode(code);
  if (!CODE_FORMAT.test(normalised)) {
    return 'That doesn’t look like an enrollment code (8–16 letters and numbers). You can add it later in /settings.';
  }
  const attempts = await context.repos.rateLimits.count('enrollment', person.id, HOUR_MS, context.now);
  if (attempts >= ENROLLMENT_ATTEMPTS_PER_HOUR) {
    return 'Too many codes were tried in the last hour, so I’ve paused code checks for a while. Please try again later in /settings, or ask your therapist for a new code.';
  }
  const result = await context.repos.care.redeemCode(normalised, person.id, context.now);
  if (result.ok) {
    await context.repos.audit.record(
      { actor: person.id, action: 'care.linked', subjectPersonId: person.id, detail: { careLinkId: result.link.id } },
      context.now,
    );
    return 'Your therapist is now linked. They’ll see summaries of your check-ins and homework (never more than you agree to in /settings), and they’ll be alerted if you’re ever in crisis.';
  }
  await context.repos.rateLimits.hit('enrollment', person.id, HOUR_MS, context.now);
  if (result.reason === 'expired') return 'That code has expired. Please ask your therapist for a new one; you can enter it in /settings.';
  if (result.reason === 'used') return 'That code has already been used. Please ask your therapist for a new one; you can enter it in /settings.';
  return 'I couldn’t find that code. Please check it with your therapist; you can enter it in /settings at any time.';
}
