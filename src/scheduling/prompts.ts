import { buttonId, PROMPT_ACTION } from '../core/buttons.js';
import { bold, type OutboundMessage } from '../core/messages.js';
import { storedLocale, translate } from '../core/i18n/index.js';

/**
 * What the scheduler says, in the recipient's language (their stored `Person.locale`; the
 * sentences are `prompt-…` in locales/<lang>/check-in.ftl). Buttons on a prompt carry `p.<action>` ids (src/core/buttons.ts), which
 * the core accepts at any time (they are harmless actions on the person's own chat). Never a word
 * about a missed day.
 */
const START = buttonId('prompt', PROMPT_ACTION.start);
const SNOOZE = buttonId('prompt', PROMPT_ACTION.snooze);
const LATER = buttonId('prompt', PROMPT_ACTION.later);

export function checkInPrompt(locale?: string | null): OutboundMessage {
  const t = (id: string) => translate(storedLocale(locale), id);
  return {
    text: `${bold(t('prompt-title'))} ${t('prompt-text')}`,
    choices: [
      { id: START, label: t('prompt-start') },
      { id: SNOOZE, label: t('prompt-snooze') },
      { id: LATER, label: t('prompt-later') },
    ],
  };
}

export function checkInFollowUp(snoozed: boolean, locale?: string | null): OutboundMessage {
  const t = (id: string) => translate(storedLocale(locale), id);
  return {
    text: t(snoozed ? 'prompt-snoozed-reminder' : 'prompt-follow-up'),
    choices: [
      { id: START, label: t('prompt-start') },
      { id: LATER, label: t('prompt-later') },
    ],
  };
}
