import { buttonId, PROMPT_ACTION } from '../core/buttons.js';
import { bold, type OutboundMessage } from '../core/messages.js';

/**
 * What the scheduler says. Buttons on a prompt carry `p.<action>` ids (src/core/buttons.ts), which
 * the core accepts at any time (they are harmless actions on the person's own chat). Never a word
 * about a missed day.
 */
const START = buttonId('prompt', PROMPT_ACTION.start);
const SNOOZE = buttonId('prompt', PROMPT_ACTION.snooze);
const LATER = buttonId('prompt', PROMPT_ACTION.later);

export function checkInPrompt(): OutboundMessage {
  return {
    text: `${bold('Time for your daily check-in.')} How are you doing today? It takes about 30 seconds.`,
    choices: [
      { id: START, label: 'Check in now' },
      { id: SNOOZE, label: 'In an hour' },
      { id: LATER, label: 'Not today' },
    ],
  };
}

export function checkInFollowUp(snoozed: boolean): OutboundMessage {
  return {
    text: snoozed
      ? 'Here’s the reminder you asked for: a check-in takes about 30 seconds whenever you’re ready.'
      : 'A gentle nudge, in case you have a moment today: a check-in takes about 30 seconds. If today isn’t the day, that’s okay too.',
    choices: [
      { id: START, label: 'Check in now' },
      { id: LATER, label: 'Not today' },
    ],
  };
}
