/**
 * Published translations of the questionnaires in ../instruments.ts, as data. A translation holds
 * only words: the item ids, the option order and every score come from the English instrument, so
 * a translated administration is scored exactly like an English one (see ./index.ts).
 *
 * Published wording is data: each text here is the official translation as published, copied with
 * its source — never a fresh translation. Where the official wording could not be confirmed, the
 * record says so (`status: 'not_confirmed'`) and the instrument (or that one question) is shown in
 * English, with a one-line note in the person's language.
 */

/** Where the wording was checked, and how it compared. */
export interface TranslationProvenance {
  /** The official source of the wording (publisher, form title, citation). */
  source: string;
  /** The independent copies compared against each other (URLs, titles, code found by exact search). */
  compared: string[];
  /** When the comparison was made (YYYY-MM-DD). */
  checked: string;
  /** Differences found between the copies, and which reading was kept. */
  differences?: string;
}

/** An unscored question (the functional-difficulty question) in translation. */
export interface QuestionTranslation {
  text: string;
  /** Answer labels in the English question's order (same count). */
  options: string[];
}

/** An instrument whose official wording was confirmed in at least two independent copies. */
export interface ConfirmedTranslation extends TranslationProvenance {
  status: 'confirmed';
  /** Stored with results given in this translation ("es-2": the en-2 transcription, in Spanish). */
  version: string;
  /** The framing/instruction line. */
  intro: string;
  /** Item id → the item's wording; exactly the English instrument's item ids. */
  items: Record<string, string>;
  /** Answer labels in the English options' order (same count; the scores are the English ones). */
  options: string[];
  /**
   * Unscored question id → its wording. A question of the English instrument missing here could
   * not be confirmed: it is asked in English, with the note.
   */
  unscored: Record<string, QuestionTranslation>;
  /** The attribution/copyright line shown under the result. */
  attribution: string;
}

/** An instrument whose official wording could not be confirmed: offered in English, with the note. */
export interface UnconfirmedTranslation extends TranslationProvenance {
  status: 'not_confirmed';
}

export type InstrumentTranslation = ConfirmedTranslation | UnconfirmedTranslation;

/** One language's questionnaires. */
export interface LanguageTranslations {
  /** The language subtag ("es", "de"); a person's "es-US" or "es_MX" uses "es". */
  language: string;
  /** Instrument id → its translation; an instrument missing here is offered in English with the note. */
  instruments: Record<string, InstrumentTranslation>;
  /** What this module says in this language, in one place. */
  copy: {
    /** Under the framing when the whole questionnaire is shown in English. */
    englishInstrument: string;
    /** Under a question shown in English inside an otherwise translated questionnaire. */
    englishQuestion: string;
  };
}
