import { bold, type OutboundMessage } from '../core/messages.js';

/**
 * What the scheduler says. Buttons on a prompt carry `p.<action>` ids, which the core accepts at
 * any time (they are harmless actions on the person's own chat). Never a word about a missed day.
 */
export const PROMPT_ACTIONS = { start: 'p.checkin', snooze: 'p.snooze', later: 'p.later' } as const;

export function checkInPrompt(): OutboundMessage {
  return {
    text: `${bold('Time for your daily check-in.')} How are you doing today? It takes about 30 seconds.`,
    choices: [
      { id: PROMPT_ACTIONS.start, label: 'Check in now' },
      { id: PROMPT_ACTIONS.snooze, label: 'In an hour' },
      { id: PROMPT_ACTIONS.later, label: 'Not today' },
    ],
  };
}

export function checkInFollowUp(snoozed: boolean): OutboundMessage {
  return {
    text: snoozed
      ? 'Here’s the reminder you asked for: a check-in takes about 30 seconds whenever you’re ready.'
      : 'A gentle nudge, in case you have a moment today: a check-in takes about 30 seconds. If today isn’t the day, that’s okay too.',
    choices: [
      { id: PROMPT_ACTIONS.start, label: 'Check in now' },
      { id: PROMPT_ACTIONS.later, label: 'Not today' },
    ],
  };
}
