import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { describeTimezone, formatDuration, resolveTimezone } from '../../src/core/time.js';

// Node's own zone list keeps CLDR's older spellings ("Asia/Calcutta"), so a person typing the
// current IANA name ("Asia/Kolkata") or its city was refused at onboarding.
describe('reading a timezone a person typed', () => {
  it('takes current IANA names and their cities, and stores the current name for older spellings', () => {
    const cases: Record<string, string> = {
      'Asia/Kolkata': 'Asia/Kolkata',
      'asia/calcutta': 'Asia/Kolkata',
      Kolkata: 'Asia/Kolkata',
      Calcutta: 'Asia/Kolkata',
      'Asia/Kathmandu': 'Asia/Kathmandu',
      kathmandu: 'Asia/Kathmandu',
      Kyiv: 'Europe/Kyiv',
      'Europe/Kiev': 'Europe/Kyiv',
      'Ho Chi Minh': 'Asia/Ho_Chi_Minh',
      Yangon: 'Asia/Yangon',
      Nuuk: 'America/Nuuk',
      'Buenos Aires': 'America/Argentina/Buenos_Aires',
      Indianapolis: 'America/Indiana/Indianapolis',
      Berlin: 'Europe/Berlin',
      'new  york': 'America/New_York',
      Mumbai: 'Asia/Kolkata',
    };
    for (const [typed, zone] of Object.entries(cases)) expect(resolveTimezone(typed), typed).toBe(zone);
  });

  it('gives zones this runtime can use, with the right offset', () => {
    const at = new Date('2026-12-07T12:00:00Z');
    expect(describeTimezone(resolveTimezone('Kathmandu')!, at)).toBe('Kathmandu (UTC+05:45)');
    expect(DateTime.fromJSDate(at, { zone: resolveTimezone('Asia/Kolkata')! }).toFormat('HH:mm')).toBe('17:30');
  });

  it('still refuses what is not a zone or is ambiguous', () => {
    for (const typed of ['Mars/Olympus', 'Nowhere', '', '   ', 'x'.repeat(80)]) expect(resolveTimezone(typed), typed).toBeUndefined();
  });
});

describe('places and durations in Spanish and German', () => {
  it('understands the cities as people write them in Spanish and German, accents and umlauts optional', () => {
    const cases: Record<string, string> = {
      Múnich: 'Europe/Berlin',
      'Nueva York': 'America/New_York',
      'nueva york': 'America/New_York',
      Wien: 'Europe/Vienna',
      Viena: 'Europe/Vienna',
      Köln: 'Europe/Berlin',
      koeln: 'Europe/Berlin',
      Berlín: 'Europe/Berlin',
      Zürich: 'Europe/Zurich',
      zuerich: 'Europe/Zurich',
      Zúrich: 'Europe/Zurich',
      Ginebra: 'Europe/Zurich',
      Londres: 'Europe/London',
      'Ciudad de México': 'America/Mexico_City',
      'Mexiko-Stadt': 'America/Mexico_City',
      'Los Ángeles': 'America/Los_Angeles',
      Bogotá: 'America/Bogota',
      Asunción: 'America/Asuncion',
      'La Habana': 'America/Havana',
      Quito: 'America/Guayaquil',
      Brüssel: 'Europe/Brussels',
      Bruselas: 'Europe/Brussels',
      Lissabon: 'Europe/Lisbon',
      Moskau: 'Europe/Moscow',
      Warschau: 'Europe/Warsaw',
      Nürnberg: 'Europe/Berlin',
      Tokio: 'Asia/Tokyo',
      Pekín: 'Asia/Shanghai',
      'El Cairo': 'Africa/Cairo',
    };
    for (const [typed, zone] of Object.entries(cases)) expect(resolveTimezone(typed), typed).toBe(zone);
  });

  it('names a zone’s city in the person’s language where it has its own name there', () => {
    const at = new Date('2026-12-07T12:00:00Z');
    expect(describeTimezone('Europe/Vienna', at)).toBe('Vienna (UTC+01:00)');
    expect(describeTimezone('Europe/Vienna', at, 'es')).toBe('Viena (UTC+01:00)');
    expect(describeTimezone('Europe/Vienna', at, 'de')).toBe('Wien (UTC+01:00)');
    expect(describeTimezone('America/New_York', at, 'es')).toBe('Nueva York (UTC-05:00)');
    expect(describeTimezone('America/New_York', at, 'de')).toBe('New York (UTC-05:00)');
    expect(describeTimezone('America/Mexico_City', at, 'de')).toBe('Mexiko-Stadt (UTC-06:00)');
    expect(describeTimezone('Asia/Kathmandu', at, 'es')).toBe('Kathmandu (UTC+05:45)');
  });

  it('says how long something took with each language’s units and plurals', () => {
    const minute = 60_000;
    const said = (ms: number) => [formatDuration(ms), formatDuration(ms, 'es'), formatDuration(ms, 'de')];
    expect(said(30_000)).toEqual(['less than a minute', 'menos de un minuto', 'weniger als eine Minute']);
    expect(said(12 * minute)).toEqual(['12 min', '12 min', '12 Min.']);
    expect(said(3 * 60 * minute)).toEqual(['3 h', '3 h', '3 Std.']);
    expect(said(185 * minute)).toEqual(['3 h 5 min', '3 h 5 min', '3 Std. 5 Min.']);
    expect(said(52 * 60 * minute)).toEqual(['2 days 4 h', '2 días 4 h', '2 Tage 4 Std.']);
    expect(said(72 * 60 * minute)).toEqual(['3 days', '3 días', '3 Tage']);
  });
});
