import { describe, expect, it } from 'vitest';
import { GAD7, INSTRUMENTS, PHQ8, PHQ9, WHO5 } from '../../src/core/assessments/instruments.js';
import { scoreAssessment } from '../../src/core/assessments/scoring.js';
import {
  instrumentText,
  languageOf,
  localizeInstrument,
  translationProblems,
  TRANSLATIONS,
  type ConfirmedTranslation,
  type LanguageTranslations,
} from '../../src/core/assessments/translations/index.js';
import { optionNamed } from '../../src/core/flows/steps.js';

const LANGUAGES = TRANSLATIONS.map((language) => [language.language, language] as const);

describe('questionnaire translations', () => {
  it('has Spanish and German for every instrument, each with its source, what was compared and when', () => {
    expect(TRANSLATIONS.map((l) => l.language)).toEqual(['es', 'de']);
    for (const language of TRANSLATIONS) {
      expect(Object.keys(language.instruments).sort()).toEqual(INSTRUMENTS.map((i) => i.id).sort());
      for (const translation of Object.values(language.instruments)) {
        expect(translation.source.length).toBeGreaterThan(20);
        expect(translation.compared.length).toBeGreaterThanOrEqual(2);
        expect(translation.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  describe.each(LANGUAGES)('%s', (_code, language) => {
    it.each(INSTRUMENTS.map((i) => [i.name, i] as const))('%s: same items, same number of options, same unscored answers as the English', (_name, instrument) => {
      const translation = language.instruments[instrument.id]!;
      expect(translation.status).toBe('confirmed');
      const confirmed = translation as ConfirmedTranslation;
      expect(translationProblems(instrument, confirmed)).toEqual([]);
      expect(Object.keys(confirmed.items)).toEqual(instrument.items.map((item) => item.id));
      expect(confirmed.options).toHaveLength(instrument.options.length);
      expect(new Set(confirmed.options.map((label) => label.toLowerCase())).size).toBe(confirmed.options.length);
      // No two answers so alike that a typed name could not tell them apart.
      confirmed.options.forEach((label, index) => expect(optionNamed(confirmed.options.map((l) => ({ label: l })), label)?.label).toBe(confirmed.options[index]));

      const shown = localizeInstrument(instrument, language.language).instrument;
      expect(shown.items.map((item) => [item.id, item.risk])).toEqual(instrument.items.map((item) => [item.id, item.risk]));
      expect(shown.options.map((option) => option.score)).toEqual(instrument.options.map((option) => option.score));
      expect(shown.bands).toBe(instrument.bands);
      expect((shown.unscored ?? []).map((q) => [q.id, q.options.map((o) => o.score), q.onlyIfAnyItemAbove])).toEqual(
        (instrument.unscored ?? []).map((q) => [q.id, q.options.map((o) => o.score), q.onlyIfAnyItemAbove]),
      );
      expect(shown.version).toBe(`${language.language}-2`);
      expect(shown.items.map((item) => item.text)).not.toEqual(instrument.items.map((item) => item.text));
      // Scoring is the English instrument's: the same answers give the same result.
      const answers = Object.fromEntries(instrument.items.map((item, index) => [item.id, instrument.options[index % instrument.options.length]!.score]));
      const english = scoreAssessment(instrument, answers);
      const translated = scoreAssessment(shown, answers);
      expect(english.ok && translated.ok && translated.result.total).toBe(english.ok && english.result.total);
    });
  });

  it('the PHQ-8 is the PHQ-9 translation without item 9 and without the difficulty question', () => {
    for (const locale of ['es', 'de']) {
      const phq9 = localizeInstrument(PHQ9, locale).instrument;
      const phq8 = localizeInstrument(PHQ8, locale).instrument;
      expect(phq8.items).toEqual(phq9.items.slice(0, 8));
      expect(phq8.unscored).toBeUndefined();
      expect(phq8.intro).toBe(phq9.intro);
    }
  });

  it('shows the official wording, with its attribution', () => {
    const es = instrumentText('phq9', 'es')!.instrument;
    expect(es.intro).toBe('Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?');
    expect(es.items[8]!.text).toBe('Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera');
    expect(es.options.map((o) => o.label)).toEqual(['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días']);
    expect(es.unscored![0]!.options.map((o) => o.label)).toEqual(['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil']);
    expect(es.attribution).toMatch(/^Elaborado por los doctores Robert L\. Spitzer/);
    const de = instrumentText('gad7', 'de')!.instrument;
    expect(de.intro).toBe('Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?');
    expect(de.items[0]!.text).toBe('Nervosität, Ängstlichkeit oder Anspannung');
    expect(instrumentText('who5', 'de')!.instrument.options.map((o) => [o.label, o.score])).toEqual([
      ['Die ganze Zeit', 5],
      ['Meistens', 4],
      ['Etwas mehr als die Hälfte der Zeit', 3],
      ['Etwas weniger als die Hälfte der Zeit', 2],
      ['Ab und zu', 1],
      ['Zu keinem Zeitpunkt', 0],
    ]);
    expect(instrumentText('unknown', 'es')).toBeUndefined();
  });

  it('reads a locale by its language, and falls back to English without a note for any other', () => {
    expect(['es', 'es-US', 'es_MX', 'ES', ' de-AT '].map(languageOf)).toEqual(['es', 'es', 'es', 'es', 'de']);
    expect([undefined, null, '', 'xx-', '12'].map(languageOf)).toEqual(['en', 'en', 'en', 'xx', 'en']);
    for (const locale of ['en', 'pt-BR', 'xx', '', undefined]) {
      const shown = localizeInstrument(GAD7, locale);
      expect(shown).toMatchObject({ instrument: GAD7, language: 'en', questionNotes: {} });
      expect(shown.note).toBeUndefined();
    }
    expect(localizeInstrument(GAD7, 'es-MX').language).toBe('es');
  });

  it('asks a question whose translation is not confirmed in English, with the note in the person’s language', () => {
    const es = localizeInstrument(GAD7, 'es');
    expect(es.note).toBeUndefined();
    expect(es.instrument.unscored![0]).toEqual(GAD7.unscored![0]);
    expect(es.questionNotes).toEqual({ difficulty: 'Esta pregunta aparece en inglés: no pudimos confirmar su traducción oficial al español.' });
    const de = localizeInstrument(GAD7, 'de');
    expect(de.questionNotes.difficulty).toMatch(/^Diese Frage erscheint auf Englisch/);
    expect(localizeInstrument(PHQ9, 'de').questionNotes).toEqual({});
  });

  it('offers an instrument in English, with the note, when its translation is not confirmed or does not fit', () => {
    const es = TRANSLATIONS[0]!;
    const unconfirmed: LanguageTranslations = {
      ...es,
      instruments: { ...es.instruments, who5: { status: 'not_confirmed', source: 'x', compared: ['a', 'b'], checked: '2026-12-07' } },
    };
    const shown = localizeInstrument(WHO5, 'es', [unconfirmed]);
    expect(shown.instrument).toBe(WHO5);
    expect(shown.language).toBe('en');
    expect(shown.note).toBe('Este cuestionario aparece en inglés: no pudimos confirmar su traducción oficial al español.');

    const missing: LanguageTranslations = { ...es, instruments: {} };
    expect(localizeInstrument(WHO5, 'es', [missing]).note).toMatch(/^Este cuestionario aparece en inglés/);

    // A practice's own instrument under a known id but with other items gets English, not a mismatched translation.
    const other = { ...GAD7, items: GAD7.items.slice(0, 6) };
    const problems = translationProblems(other, es.instruments.gad7 as ConfirmedTranslation);
    expect(problems).toEqual(['items the instrument does not have: q7']);
    expect(localizeInstrument(other, 'es')).toMatchObject({ instrument: other, language: 'en' });
    const fewerOptions = { ...(es.instruments.gad7 as ConfirmedTranslation), options: ['a', 'b', 'c'] };
    expect(translationProblems(GAD7, fewerOptions)).toEqual(['3 options for 4']);
  });
});
