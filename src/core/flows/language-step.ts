import { chooseLanguage, LANGUAGE_NAMES, storedLocale, SUPPORTED_LOCALES, type Locale } from '../i18n/index.js';
import type { ChoiceOption, FlowContext, FlowData, StepDefinition } from './types.js';

/** English / Español / Deutsch, each in its own language. */
export const LANGUAGE_OPTIONS: readonly ChoiceOption[] = SUPPORTED_LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }));

export { chooseLanguage };

/**
 * "Which language?" — the first step of onboarding and an item of /settings. Asked in the language
 * in use (the platform's hint at first), that language listed first. The choice is stored under
 * `locale` in the flow's answers and takes effect at once: the next question is in it.
 */
export function languageStep(id = 'language', next?: (data: FlowData) => string | null | undefined): StepDefinition {
  const optionsFor = (context: FlowContext): ChoiceOption[] => {
    const current = storedLocale(context.locale);
    return [...LANGUAGE_OPTIONS].sort((a, b) => Number(b.value === current) - Number(a.value === current));
  };
  const take = (locale: Locale, data: FlowData, context: FlowContext) => {
    context.locale = locale;
    const updated = { ...data, locale };
    const target = next?.(updated);
    return target === undefined ? { ok: true as const, data: updated } : { ok: true as const, data: updated, next: target };
  };
  return {
    id,
    freeText: true,
    view: (_data, context) => ({ text: context.t('language-question'), options: optionsFor(context) }),
    accept: (input, data, context) => {
      const chosen = input.kind === 'choice' ? chooseLanguage(input.value) : input.kind === 'text' ? chooseLanguage(input.text) : undefined;
      return chosen ? take(chosen, data, context) : { ok: false, error: context.t('language-not-understood') };
    },
  };
}
