import { countryName, countryOfTimezone, isCountryCode } from '../country.js';
import { bold, esc } from '../messages.js';
import { ANY_TIME, CRISIS_DATA, type CountryCrisisData, type CrisisLineData, type EmergencyData, type EmergencyService } from './crisis-resources-data.js';

/**
 * Which crisis lines a person sees. They follow the person: their country (chosen at onboarding
 * or in /settings, else their timezone's), then the practice's `CRISIS_REGION` when the person's
 * country is unknown, then a neutral fallback (findahelpline.com and "your local emergency
 * number"). A country without a verified line gets its emergency number and findahelpline.com.
 * The numbers themselves are data: crisis-resources-data.ts.
 */

/** 'country': the person's own; 'region': the practice's, the person's being unknown; 'fallback': neither. */
export type ResourceBasis = 'country' | 'region' | 'fallback';

export interface CrisisResources {
  /** The country the lines are for; null for the neutral fallback. */
  country: string | null;
  basis: ResourceBasis;
  /** One item each, in markup: the crisis lines, what to call in immediate danger, the directory. */
  lines: string[];
  /** The first crisis line in a few words ("TelefonSeelsorge, 0800 111 0 111"); null without one. */
  primaryLine: string | null;
  /** A clause for short notices: "call *112* or a crisis line (TelefonSeelsorge, 0800 111 0 111)". */
  summary: string;
}

/** What this module says, in one place. */
const TEXT = {
  free: 'free',
  option: (option: string) => `, option ${option}`,
  call: 'call',
  callOrText: 'call or text',
  text: 'text',
  whatsapp: 'WhatsApp',
  or: ' or ',
  online: (web: string) => `Online: ${web}.`,
  inPlace: (place: string, line: string) => `In ${place}: ${line.charAt(0).toLowerCase()}${line.slice(1)}`,
  danger: (numbers: string) => `If you are in immediate danger, call ${numbers}.`,
  dangerIn: (numbers: string, place: string) => `If you are in immediate danger, call ${numbers} in ${place}, or your local emergency number elsewhere.`,
  dangerLocal: 'If you are in immediate danger, call your local emergency number.',
  directoryElsewhere: 'Elsewhere: findahelpline.com lists free, confidential helplines in your country.',
  directoryIn: (place: string) => `findahelpline.com lists free, confidential helplines in ${place}.`,
  directoryYours: 'findahelpline.com lists free, confidential helplines in your country.',
  services: { ambulance: 'ambulance', police: 'police' } satisfies Record<EmergencyService, string>,
  summary: (emergency: string, line: string | null) => `call ${emergency}${line ? ` or a crisis line (${line})` : ' or a crisis line (findahelpline.com lists them)'}`,
  summaryIn: (emergency: string | null, line: string | null, place: string) =>
    `call your local emergency number${emergency ? ` (${emergency} in ${place})` : ''} or a crisis line (${line ? `in ${place}: ${line}; elsewhere ` : ''}findahelpline.com lists them)`,
  summaryLocal: 'call your local emergency number or a crisis line (findahelpline.com lists them)',
  localEmergency: 'your local emergency number',
  heading: (place: string | null) => bold(place ? `Crisis lines for ${place}` : 'Crisis lines'),
  changeCountry: 'Not where you are? Change your country in /settings.',
  setCountry: 'Once you’re set up (/start), I can show the lines for your country.',
  notEmergencyService: 'Between is not an emergency service, and nobody reads this chat in real time.',
} as const;

const BY_COUNTRY: ReadonlyMap<string, CountryCrisisData> = new Map(CRISIS_DATA.map((entry) => [entry.country, entry]));

/** The verified data for a country, if we ship any. */
export function crisisDataFor(country: string): CountryCrisisData | undefined {
  return BY_COUNTRY.get(country);
}

/** The country whose lines a person gets: the one they chose, else their timezone's; null if neither. */
export function crisisCountryOf(person: { country?: string | null; timezone?: string | null } | null): string | null {
  if (!person) return null;
  if (person.country && isCountryCode(person.country)) return person.country;
  return countryOfTimezone(person.timezone);
}

/** Resolves a person's crisis resources (see the module comment); `region` is `CRISIS_REGION`. */
export function resolveCrisisResources(person: { country?: string | null; timezone?: string | null } | null, region: string): CrisisResources {
  const own = crisisCountryOf(person);
  if (own) return forCountry(own, 'country');
  const practice = region.trim().toUpperCase();
  if (isCountryCode(practice) && BY_COUNTRY.has(practice)) return forCountry(practice, 'region');
  return fallback();
}

/** `/helplines`: the lines, what to call in danger, and how to change the country. */
export function helplinesMessage(resources: CrisisResources, hasPerson: boolean): string {
  const place = resources.basis === 'country' && resources.country ? countryName(resources.country, { article: true }) : null;
  return [
    TEXT.heading(place),
    ...resources.lines.map((line) => `• ${line}`),
    '',
    hasPerson ? TEXT.changeCountry : TEXT.setCountry,
    TEXT.notEmergencyService,
  ].join('\n');
}

function forCountry(country: string, basis: 'country' | 'region'): CrisisResources {
  const data = BY_COUNTRY.get(country);
  const place = countryName(country, { article: true });
  const emergency = data ? emergencyNumbers(data.emergency) : null;
  const firstEmergency = data ? number(data.emergency.numbers[0]!.number) : null;
  const first = data?.lines[0];
  const primaryLine = first ? shortLine(first) : null;
  if (basis === 'country') {
    return {
      country,
      basis,
      lines: data?.lines.length
        ? [...data.lines.map(renderLine), TEXT.danger(emergency!), TEXT.directoryElsewhere]
        : [TEXT.directoryIn(place), emergency ? TEXT.danger(emergency) : TEXT.dangerLocal],
      primaryLine,
      summary: TEXT.summary(firstEmergency ?? TEXT.localEmergency, primaryLine && esc(primaryLine)),
    };
  }
  return {
    country,
    basis,
    lines: [
      ...(data?.lines ?? []).map((line) => TEXT.inPlace(place, renderLine(line))),
      emergency ? TEXT.dangerIn(emergency, place) : TEXT.dangerLocal,
      data?.lines.length ? TEXT.directoryElsewhere : TEXT.directoryYours,
    ],
    primaryLine,
    summary: TEXT.summaryIn(firstEmergency, primaryLine && esc(primaryLine), place),
  };
}

function fallback(): CrisisResources {
  return { country: null, basis: 'fallback', lines: [TEXT.directoryYours, TEXT.dangerLocal], primaryLine: null, summary: TEXT.summaryLocal };
}

const number = (value: string) => bold(esc(value));

/** "*a*", "*a* or *b*", "*a*, *b* or *c*". */
function anyOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${TEXT.or}${items.at(-1)}`;
}

function emergencyNumbers(emergency: EmergencyData): string {
  return anyOf(emergency.numbers.map(({ number: value, service }) => (service ? `${number(value)} (${TEXT.services[service]})` : number(value))));
}

function sameNumbers(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return Boolean(a && b && a.length === b.length && a.every((value, index) => value === b[index]));
}

/** "Call *0800 111 0 111* or *0800 111 0 222* (TelefonSeelsorge), any time, free. Online: telefonseelsorge.de." */
function renderLine(line: CrisisLineData): string {
  const ways: string[] = [];
  const option = line.menuOption ? TEXT.option(number(line.menuOption)) : '';
  if (line.call && sameNumbers(line.call, line.text)) ways.push(`${TEXT.callOrText} ${anyOf(line.call.map(number))}${option}`);
  else {
    if (line.call) ways.push(`${TEXT.call} ${anyOf(line.call.map(number))}${option}`);
    if (line.text) ways.push(`${TEXT.text} ${anyOf(line.text.map(number))}`);
  }
  if (line.whatsapp) ways.push(`${TEXT.whatsapp} ${anyOf(line.whatsapp.map(number))}`);
  const how = ways.join(TEXT.or);
  const who = esc(line.scope ? `${line.name}, ${line.scope}` : line.name);
  const when = [line.hours === ANY_TIME ? ANY_TIME : esc(line.hours), ...(line.free ? [TEXT.free] : [])].join(', ');
  const sentence = `${how.charAt(0).toUpperCase()}${how.slice(1)} (${who}), ${when}.`;
  return line.web ? `${sentence} ${TEXT.online(esc(line.web))}` : sentence;
}

/** "TelefonSeelsorge, 0800 111 0 111", plain text. */
function shortLine(line: CrisisLineData): string {
  const first = line.call?.[0] ?? line.text?.[0] ?? line.whatsapp?.[0] ?? '';
  return `${line.name}, ${first}${line.call && line.menuOption ? TEXT.option(line.menuOption) : ''}`;
}
