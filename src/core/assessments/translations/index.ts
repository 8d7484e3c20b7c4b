import { findInstrument, INSTRUMENTS, type Instrument } from '../instruments.js';
import { DE } from './de.js';
import { ES } from './es.js';
import type { ConfirmedTranslation, LanguageTranslations } from './types.js';

export type { ConfirmedTranslation, InstrumentTranslation, LanguageTranslations, QuestionTranslation, UnconfirmedTranslation } from './types.js';

/** The languages with published questionnaire translations; any other locale gets English. */
export const TRANSLATIONS: readonly LanguageTranslations[] = [ES, DE];

/** An instrument as one person is shown it. */
export interface ShownInstrument {
  /**
   * The instrument with the words of the person's language where the official wording is
   * confirmed: same ids, options, scores, risk items, bands and notes as the English one, so
   * scoring is unchanged. Its `version` is the translation's ("es-2") when translated.
   */
  instrument: Instrument;
  /** The language the items are shown in ("en" when the English text is used). */
  language: string;
  /** Said under the framing when the person's language has no confirmed translation of this instrument. */
  note?: string;
  /** Unscored question id → the note, for the questions shown in English inside a translated instrument. */
  questionNotes: Record<string, string>;
}

/** "es-US", "es_MX", "ES" → "es"; undefined or empty → "en". */
export function languageOf(locale: string | null | undefined): string {
  const language = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(language) ? language : 'en';
}

/**
 * Why a translation does not fit an instrument (empty when it does): the same item ids, the same
 * number of answer options, and for every translated unscored question the same number of answers.
 */
export function translationProblems(instrument: Instrument, translation: ConfirmedTranslation): string[] {
  const problems: string[] = [];
  const itemIds = instrument.items.map((item) => item.id);
  const translated = Object.keys(translation.items);
  const missing = itemIds.filter((id) => !translation.items[id]?.trim());
  const extra = translated.filter((id) => !itemIds.includes(id));
  if (missing.length) problems.push(`items without text: ${missing.join(', ')}`);
  if (extra.length) problems.push(`items the instrument does not have: ${extra.join(', ')}`);
  if (translation.options.length !== instrument.options.length) problems.push(`${translation.options.length} options for ${instrument.options.length}`);
  if (translation.options.some((label) => !label.trim())) problems.push('an empty option label');
  if (!translation.intro.trim() || !translation.attribution.trim()) problems.push('no framing or attribution');
  for (const [id, question] of Object.entries(translation.unscored)) {
    const original = instrument.unscored?.find((candidate) => candidate.id === id);
    if (!original) problems.push(`unscored question the instrument does not have: ${id}`);
    else if (question.options.length !== original.options.length) problems.push(`${id}: ${question.options.length} options for ${original.options.length}`);
  }
  return problems;
}

/**
 * The instrument in the person's language: the official translation where it is confirmed (and
 * fits the instrument), otherwise English — with the one-line note when the person's language has
 * translations but not this one. Languages without translations get English, without a note.
 */
export function localizeInstrument(
  instrument: Instrument,
  locale: string | null | undefined,
  translations: readonly LanguageTranslations[] = TRANSLATIONS,
): ShownInstrument {
  const english: ShownInstrument = { instrument, language: 'en', questionNotes: {} };
  const language = translations.find((candidate) => candidate.language === languageOf(locale));
  if (!language) return english;
  const translation = language.instruments[instrument.id];
  if (!translation || translation.status !== 'confirmed' || translationProblems(instrument, translation).length > 0) {
    return { ...english, note: language.copy.englishInstrument };
  }
  const questionNotes: Record<string, string> = {};
  const unscored = instrument.unscored?.map((question) => {
    const words = translation.unscored[question.id];
    if (!words) {
      questionNotes[question.id] = language.copy.englishQuestion;
      return question;
    }
    return { ...question, text: words.text, options: question.options.map((option, index) => ({ ...option, label: words.options[index]! })) };
  });
  return {
    instrument: {
      ...instrument,
      version: translation.version,
      intro: translation.intro,
      options: instrument.options.map((option, index) => ({ ...option, label: translation.options[index]! })),
      items: instrument.items.map((item) => ({ ...item, text: translation.items[item.id]! })),
      unscored,
      attribution: translation.attribution,
    },
    language: language.language,
    questionNotes,
  };
}

/** The official text of an instrument (by id) for a locale; undefined for an unknown instrument. */
export function instrumentText(instrumentId: string, locale: string | null | undefined, instruments: readonly Instrument[] = INSTRUMENTS): ShownInstrument | undefined {
  const instrument = findInstrument(instrumentId, instruments);
  return instrument && localizeInstrument(instrument, locale);
}
