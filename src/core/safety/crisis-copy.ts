import { bold } from '../messages.js';

/**
 * What the safety response says, in one place (ready for the localisation catalogs). Kind, plain,
 * never quoting the person's words back.
 */

export const CRISIS_OPENING = bold('I’m really glad you told me.');
export const CRISIS_ACKNOWLEDGE = 'It sounds like you may be going through something very painful right now. You deserve support, and you don’t have to carry this alone.';
export const NOT_MONITORED = 'Between is not an emergency service, and nobody reads this chat in real time.';
export const THERAPIST_TOLD = ' I’ve let your therapist know, so they can reach out.';
export const CARRY_ON_OR_STOP = 'When you’re ready, we can carry on where we were — or stop here, that’s okay too.';
export const OWN_PLAN_HEADING = bold('Your own safety plan:');

/** The choices after a crisis response in the middle of a question. */
export const HOLD_CHOICES = {
  safe: 'I’m safe — continue',
  stop: 'Stop for now',
  plan: 'Show my safety plan',
} as const;
/** Words that pick a choice when typed (besides its number and its label). */
export const HOLD_TYPED = {
  safe: ['continue', 'im safe', 'i am safe', 'safe', 'go on', 'carry on', 'ok', 'okay', 'yes'],
  stop: ['stop', 'stop for now', 'cancel', 'later', 'not now'],
  plan: ['plan', 'safety plan', 'my plan', 'show my plan', 'show my safety plan'],
} as const;

export const HOLD_PROMPT = 'When you’re ready, choose one — the crisis lines above are there any time.';
export const HOLD_AGAIN = 'Take your time. I’m here when you’re ready.';
export const HOLD_RESUMED = 'Thank you for letting me know. Here’s where we were:';
export function holdStopped(title: string, keptDraft: boolean): string {
  return keptDraft
    ? `Okay, I’ve stopped the ${title} for now. Your answers so far are kept for 24 hours — start it again to pick up where you left off. Please look after yourself.`
    : `Okay, I’ve stopped the ${title} for now. Please look after yourself.`;
}
export const NO_PLAN_YET = 'You haven’t written a safety plan yet. When things are calmer, /safetyplan helps you write one — a short list of what helps and who to contact in hard moments.';

/** Outside a flow: the button under the crisis response. */
export const SHOW_PLAN = 'Show my safety plan';
export const MAKE_PLAN = 'Make a safety plan';
