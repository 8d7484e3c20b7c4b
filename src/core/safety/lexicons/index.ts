import type { CrisisLexicon } from '../crisis-types.js';
import { GERMAN_CRISIS_LEXICON } from './de.js';
import { ENGLISH_CRISIS_LEXICON } from './en.js';
import { SPANISH_CRISIS_LEXICON } from './es.js';

/**
 * Every crisis lexicon Between ships. Every message is screened with all of them, whatever the
 * person's language setting: people write in the language they think in.
 */
export const CRISIS_LEXICONS: readonly CrisisLexicon[] = [ENGLISH_CRISIS_LEXICON, SPANISH_CRISIS_LEXICON, GERMAN_CRISIS_LEXICON];
