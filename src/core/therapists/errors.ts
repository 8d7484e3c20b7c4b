import { tt } from '../i18n/index.js';

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

/** "Not found" for an alias that is not one of the therapist's clients (another therapist's too), in the practice's language. */
export const noSuchClient = (): string => tt('therapist-no-such-client');
/** "Not found" for an alert that is not the therapist's (or no longer exists). */
export const noSuchAlert = (): string => tt('therapist-no-such-alert');
