/**
 * Localisation: Fluent catalogs (`locales/<lang>/<area>.ftl`), the supported locales and how a
 * platform's hint or a stored choice becomes one, and the words people type for yes/no and
 * navigation in each language. See docs/localisation.md.
 */
export { chooseLanguage, enablePseudoLocale, DEFAULT_LOCALE, LANGUAGE_NAMES, intlLocale, isLocale, negotiateLocale, negotiateRender, PSEUDO_LOCALE, storedLocale, SUPPORTED_LOCALES } from './locale.js';
export type { Locale, RenderLocale } from './locale.js';
export { catalogSources, hasMessage, isolate, LOCALES_DIR, pseudoText, setMissingMessagePolicy, translate, translator } from './catalogs.js';
export type { MessageArgs, MissingMessagePolicy, Translate } from './catalogs.js';
export { languageForTherapist, setTherapistLocale, therapistLocale, therapistLocales, therapistWords, THERAPIST_AREA, tt } from './therapist.js';
export { COUNTRY_GUESS_WORDS, foldVariants, INSTRUMENT_WORDS, typedMeaning, type TypedMeaning } from './typed-words.js';
