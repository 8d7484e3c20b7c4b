import countriesAndTimezones from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
import { helpText, notAnEmergencyService } from '../../src/core/copy.js';
import { translator } from '../../src/core/i18n/index.js';
import { countryName, countryOfTimezone, parseCountry } from '../../src/core/country.js';
import { plainText } from '../../src/core/messages.js';
import { CRISIS_DATA } from '../../src/core/safety/crisis-resources-data.js';
import { crisisDataFor, resolveCrisisResources } from '../../src/core/safety/crisis-resources.js';

const text = (lines: string[]) => plainText(lines.join('\n'));

/** The countries the resource data must cover with a verified line (issue 13). */
const REQUIRED = ['US', 'CA', 'MX', 'BR', 'AR', 'CO', 'CL', 'PE', 'GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'ES', 'IT', 'NL', 'BE', 'PT', 'SE', 'NO', 'DK', 'FI', 'PL', 'AU', 'NZ', 'IN', 'ZA', 'JP', 'KR', 'PH', 'SG'];
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

describe('crisis resources: resolution order', () => {
  it('uses the person’s chosen country first, whatever their timezone and the practice region', () => {
    const resources = resolveCrisisResources({ country: 'AT', timezone: 'Europe/Berlin' }, 'US');
    expect(resources).toMatchObject({ country: 'AT', basis: 'country' });
    expect(text(resources.lines)).toContain('142');
    expect(text(resources.lines)).not.toMatch(/\b(988|911)\b|0800 111 0 111/);
  });

  it('derives the country from the timezone for people who never chose one', () => {
    const resources = resolveCrisisResources({ country: null, timezone: 'Europe/Berlin' }, 'US');
    expect(resources).toMatchObject({ country: 'DE', basis: 'country' });
    expect(text(resources.lines)).toContain('TelefonSeelsorge');
    expect(text(resources.lines)).toContain('call 112.');
  });

  it('falls back to CRISIS_REGION, labelled, when the person’s country is unknown or there is no person', () => {
    for (const person of [null, { country: null, timezone: 'UTC' }, { country: 'XX', timezone: 'Etc/GMT+5' }]) {
      const resources = resolveCrisisResources(person, 'gb');
      expect(resources).toMatchObject({ country: 'GB', basis: 'region' });
      expect(text(resources.lines)).toContain('In the United Kingdom: call 116 123 (Samaritans)');
      expect(text(resources.lines)).toContain('call 999 or 112 in the United Kingdom, or your local emergency number elsewhere');
      expect(text(resources.lines)).toContain('findahelpline.com');
    }
  });

  it('falls back to findahelpline.com and “your local emergency number” when neither is known', () => {
    for (const region of ['XX', 'INTL', 'KE']) {
      const resources = resolveCrisisResources({ country: null, timezone: 'UTC' }, region);
      expect(resources).toMatchObject({ country: null, basis: 'fallback', primaryLine: null });
      expect(text(resources.lines)).toContain('findahelpline.com lists free, confidential helplines in your country.');
      expect(text(resources.lines)).toContain('call your local emergency number.');
    }
  });

  it('gives a country without a verified line its emergency number and findahelpline.com, never another country’s line', () => {
    const colombia = resolveCrisisResources({ country: 'CO' }, 'US');
    expect(text(colombia.lines)).toBe('findahelpline.com lists free, confidential helplines in Colombia.\nIf you are in immediate danger, call 123.');
    const kenya = resolveCrisisResources({ country: 'KE' }, 'US');
    expect(text(kenya.lines)).toBe('findahelpline.com lists free, confidential helplines in Kenya.\nIf you are in immediate danger, call your local emergency number.');
  });
});

describe('crisis resources: the data', () => {
  it('has no duplicate countries, and only real ISO 3166-1 alpha-2 codes', () => {
    const codes = CRISIS_DATA.map((entry) => entry.country);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(countriesAndTimezones.getCountry(code), code).not.toBeNull();
  });

  it('covers every required country with a verified line (Colombia: emergency number only, with a note), and 112 across the EU', () => {
    const withLines = CRISIS_DATA.filter((entry) => entry.lines.length > 0).map((entry) => entry.country);
    expect(withLines.length).toBeGreaterThanOrEqual(30);
    for (const code of REQUIRED) expect(crisisDataFor(code), code).toBeDefined();
    expect(REQUIRED.filter((code) => !withLines.includes(code))).toEqual(['CO']);
    expect(crisisDataFor('CO')!.note).toBeTruthy();
    for (const code of EU) expect(crisisDataFor(code)?.emergency.numbers.map((n) => n.number), code).toContain('112');
  });

  it.each(CRISIS_DATA.map((entry) => [entry.country, entry] as const))('%s: numbers look like numbers; every line and emergency number has a source; checked is a date', (_code, entry) => {
    expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(entry.checked))).toBe(false);
    expect(entry.lines.length > 0 || Boolean(entry.note)).toBe(true);
    const isSource = (url: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(url);
    for (const line of entry.lines) {
      expect(line.name.trim()).not.toBe('');
      expect(line.hours.trim()).not.toBe('');
      const numbers = [...(line.call ?? []), ...(line.text ?? []), ...(line.whatsapp ?? [])];
      expect(numbers.length).toBeGreaterThan(0);
      for (const number of numbers) expect(number).toMatch(/^\*?\d[\d -]*\d$/);
      expect(line.sources.length).toBeGreaterThan(0);
      for (const source of line.sources) expect(isSource(source), source).toBe(true);
    }
    expect(entry.emergency.numbers.length).toBeGreaterThan(0);
    for (const { number } of entry.emergency.numbers) expect(number).toMatch(/^\d{2,5}$/);
    expect(entry.emergency.sources.length).toBeGreaterThan(0);
    for (const source of entry.emergency.sources) expect(isSource(source), source).toBe(true);
  });
});

describe('crisis resources: every timezone', () => {
  const zones = [...new Set([...Object.keys(countriesAndTimezones.getAllTimezones({ deprecated: true })), ...Intl.supportedValuesOf('timeZone')])];

  it('maps every IANA timezone that has a country to that country’s entry, or to the fallback with findahelpline.com and its emergency number when known', () => {
    let withCountry = 0;
    for (const zone of zones) {
      const country = countryOfTimezone(zone);
      if (!country) continue;
      withCountry++;
      const resources = resolveCrisisResources({ country: null, timezone: zone }, 'US');
      expect(resources.country, zone).toBe(country);
      expect(resources.basis, zone).toBe('country');
      const shown = text(resources.lines);
      expect(shown, zone).toContain('findahelpline.com');
      const entry = crisisDataFor(country);
      if (entry) {
        expect(shown, zone).toContain(`call ${entry.emergency.numbers[0]!.number}`);
        for (const line of entry.lines) expect(shown, zone).toContain(line.name);
      } else {
        expect(shown, zone).toContain(`helplines in ${countryName(country, { article: true })}`);
        expect(shown, zone).toContain('call your local emergency number');
      }
      expect(shown, zone).not.toMatch(country === 'US' || country === 'CA' ? /\b112\b|116 123/ : /\b988\b/);
    }
    expect(withCountry).toBeGreaterThan(400);
  });
});

describe('reading a typed country', () => {
  it.each([
    ['Germany', 'DE'],
    ['deutschland', 'DE'],
    ['DEUTSCHLAND', 'DE'],
    ['de', 'DE'],
    ['España', 'ES'],
    ['Espana', 'ES'],
    ['México', 'MX'],
    ['Mexico', 'MX'],
    ['Österreich', 'AT'],
    ['Suomi', 'FI'],
    ['日本', 'JP'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
    ['the Netherlands', 'NL'],
    ['Gremany', 'DE'], // two letters swapped
    ['Deutschlnd', 'DE'], // one missing
    ['Brazill', 'BR'], // one extra
    ['Swizerland', 'CH'],
    ['Kenya', 'KE'], // any country the library knows, lines or not
  ])('%s → %s', (typed, code) => expect(parseCountry(typed)).toEqual({ kind: 'found', code }));

  it('allows no typos in names shorter than five letters, and says when a typo fits two countries', () => {
    expect(parseCountry('Irna')).toEqual({ kind: 'unknown' });
    expect(parseCountry('Atlantis')).toEqual({ kind: 'unknown' });
    expect(parseCountry('XQ')).toEqual({ kind: 'unknown' });
    expect(parseCountry('Austrlia')).toEqual({ kind: 'ambiguous', codes: ['AT', 'AU'] });
  });
});

describe('copy that names crisis numbers', () => {
  it('names no country’s numbers without knowing the place, and the person’s when it does', () => {
    const t = translator('en');
    expect(notAnEmergencyService(t)).not.toMatch(/\b(988|911|112)\b/);
    expect(plainText(helpText(t, [{ command: 'helplines', description: 'Crisis lines for where you are' }]))).not.toMatch(/\b(988|911)\b/);
    const germany = plainText(notAnEmergencyService(t, resolveCrisisResources({ country: 'DE' }, 'US')));
    expect(germany).toContain('call 112 or a crisis line (TelefonSeelsorge, 0800 111 0 111)');
    expect(germany).not.toMatch(/\b(988|911)\b/);
  });
});
