/** Why a therapist's request was refused. */
export type TherapistErrorCode = 'not-registered' | 'pending-approval' | 'not-admin' | 'not-found' | 'invalid' | 'already-done';

/**
 * A refusal the therapist may read: `message` never names another therapist's client or holds
 * anything a client wrote. "Not found" and "not yours" look the same on purpose.
 */
export class TherapistError extends Error {
  override readonly name = 'TherapistError';
  constructor(
    readonly code: TherapistErrorCode,
    message: string,
    /** For form validation: which field was wrong. */
    readonly field?: string,
    /** Set when the refusal was an access check: recorded as an `access.denied` audit event. */
    readonly denial?: { actor: string; what: string; subjectPersonId: string | null },
  ) {
    super(message);
  }
}

export const NO_SUCH_CLIENT = 'I couldn’t find a client of yours by that name. Type `/between clients` to see your roster.';
export const NO_SUCH_ALERT = 'That alert isn’t one of yours, or it no longer exists.';
