import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { describeTimezone, resolveTimezone } from '../../src/core/time.js';

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
