import { DEFAULT_LOCALE, translate } from '../i18n/index.js';

/**
 * Reflective journaling prompts, offered in turn: `journal-prompt-<n>` in locales/<lang>/journal.ftl.
 * Written to be open, gentle and about the client's own experience; a therapist can set their own
 * prompt in the assignment's instructions.
 */
export const JOURNAL_PROMPT_IDS: readonly string[] = Array.from({ length: 12 }, (_, index) => `journal-prompt-${index + 1}`);

/** The prompts in English. */
export const JOURNAL_PROMPTS: readonly string[] = JOURNAL_PROMPT_IDS.map((id) => translate(DEFAULT_LOCALE, id));
