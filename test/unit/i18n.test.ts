import { describe, expect, it } from 'vitest';
import { chooseLanguage, foldVariants, hasMessage, isolate, negotiateLocale, translate, typedMeaning } from '../../src/core/i18n/index.js';
import { parseLocalTime, resolveTimezone } from '../../src/core/time.js';
import { parseCountry } from '../../src/core/country.js';

describe('locale negotiation', () => {
  it('maps a platform hint to a language Between speaks, and anything else to English', () => {
    expect(negotiateLocale('es-MX')).toBe('es');
    expect(negotiateLocale('es_419')).toBe('es');
    expect(negotiateLocale('de-AT')).toBe('de');
    expect(negotiateLocale('DE')).toBe('de');
    expect(negotiateLocale('en-GB')).toBe('en');
    for (const unknown of ['pt-BR', 'xx', '', '  ', '-', 'es-', 'de!', undefined, null]) expect(negotiateLocale(unknown)).toBe('en');
  });

  it('reads a typed language name in any of the three, accents optional', () => {
    expect(chooseLanguage('Español')).toBe('es');
    expect(chooseLanguage('espanol')).toBe('es');
    expect(chooseLanguage('Deutsch')).toBe('de');
    expect(chooseLanguage('German')).toBe('de');
    expect(chooseLanguage('inglés')).toBe('en');
    expect(chooseLanguage('Klingon')).toBeUndefined();
  });
});

describe('typed answers in the person’s language', () => {
  it('understands yes/no and navigation words, accented or not, English too', () => {
    expect(typedMeaning('Sí', 'es')).toBe('yes');
    expect(typedMeaning('si', 'es')).toBe('yes');
    expect(typedMeaning('Ja!', 'de')).toBe('yes');
    expect(typedMeaning('nein', 'de')).toBe('no');
    expect(typedMeaning('atrás', 'es')).toBe('back');
    expect(typedMeaning('atras', 'es')).toBe('back');
    expect(typedMeaning('saltar', 'es')).toBe('skip');
    expect(typedMeaning('cancelar', 'es')).toBe('cancel');
    expect(typedMeaning('zurück', 'de')).toBe('back');
    expect(typedMeaning('zurueck', 'de')).toBe('back');
    expect(typedMeaning('Überspringen', 'de')).toBe('skip');
    expect(typedMeaning('abbrechen', 'de')).toBe('cancel');
    expect(typedMeaning('skip', 'de')).toBe('skip');
    // Another language's words are not guessed at: "ja" is not yes in Spanish.
    expect(typedMeaning('ja', 'es')).toBeUndefined();
    expect(typedMeaning('saltar', 'en')).toBeUndefined();
  });

  it('folds option names so accents and umlauts are optional: “si” is “Sí”, “Maerz” and “Marz” are “März”', () => {
    const meets = (label: string, typed: string) => foldVariants(label).some((variant) => foldVariants(typed).includes(variant));
    expect(meets('Sí, acepto', 'si acepto')).toBe(true);
    expect(meets('März', 'Maerz')).toBe(true);
    expect(meets('März', 'marz')).toBe(true);
    expect(meets('Überspringen', 'ueberspringen')).toBe(true);
    expect(meets('Ningún día', 'ningun dia')).toBe(true);
    expect(meets('März', 'Mai')).toBe(false);
  });

  it('reads times as people write them in each language', () => {
    expect(parseLocalTime('7:30 pm')).toBe('19:30');
    expect(parseLocalTime('7:30 p. m.')).toBe('19:30');
    expect(parseLocalTime('19.30 Uhr')).toBe('19:30');
    expect(parseLocalTime('20 Uhr')).toBe('20:00');
    expect(parseLocalTime('19:30 h')).toBe('19:30');
    expect(parseLocalTime('25 Uhr')).toBeUndefined();
  });

  it('finds cities and countries by their Spanish and German names', () => {
    expect(resolveTimezone('Ciudad de México')).toBe('America/Mexico_City');
    expect(resolveTimezone('ciudad de mexico')).toBe('America/Mexico_City');
    expect(resolveTimezone('Wien')).toBe('Europe/Vienna');
    expect(resolveTimezone('München')).toBe('Europe/Berlin');
    expect(parseCountry('Alemania')).toEqual({ kind: 'found', code: 'DE' });
    expect(parseCountry('Österreich')).toEqual({ kind: 'found', code: 'AT' });
    expect(parseCountry('Estados Unidos')).toEqual({ kind: 'found', code: 'US' });
    expect(parseCountry('Vereinigte Staaten')).toEqual({ kind: 'found', code: 'US' });
  });
});

describe('right-to-left text a person typed', () => {
  it('is isolated where it is inserted into a sentence, and other text is left as it is', () => {
    expect(isolate('שלום')).toBe('\u2068שלום\u2069');
    expect(isolate('حزين')).toBe('\u2068حزين\u2069');
    expect(isolate('wistful')).toBe('wistful');
    expect(translate('es', 'check-in-intensity', { emotion: isolate('עצב') })).toBe('¿Qué tan fuerte es «\u2068עצב\u2069», del 0 al 100?');
  });
});

describe('translate', () => {
  it('fails loudly on a missing message or variable (tests run with the throw policy)', () => {
    expect(hasMessage('es', 'no-such-message')).toBe(false);
    expect(() => translate('es', 'no-such-message')).toThrow(/no message no-such-message/);
    expect(() => translate('de', 'unknown-command')).toThrow(/name/);
  });

  it('formats numbers and plurals by the language’s rules', () => {
    expect(translate('en', 'too-long', { length: 2345, limit: 2000 })).toContain('2,345');
    expect(translate('de', 'too-long', { length: 2345, limit: 2000 })).toContain('2.345');
    expect(translate('es', 'menu-out-of-range', { number: 5, count: 1 })).toMatch(/una sola opción/);
    expect(translate('es', 'menu-out-of-range', { number: 5, count: 3 })).toMatch(/del 1 al 3/);
  });
});
