/**
 * Crisis resources by region, as data. The region comes from `CRISIS_REGION` (default US); every
 * message also names the international directory. Practices outside these regions add an entry.
 */
export interface CrisisResources {
  region: string;
  lines: string[];
}

export const INTERNATIONAL_DIRECTORY = 'Elsewhere: findahelpline.com lists free, confidential helplines in your country.';

export const CRISIS_RESOURCES: Record<string, CrisisResources> = {
  US: {
    region: 'US',
    lines: [
      'Call or text *988* (Suicide & Crisis Lifeline), any time, free.',
      'If you are in immediate danger, call *911*.',
    ],
  },
  CA: { region: 'CA', lines: ['Call or text *988* (Suicide Crisis Helpline), any time.', 'In immediate danger, call *911*.'] },
  GB: { region: 'GB', lines: ['Call *116 123* (Samaritans), any time, free.', 'In immediate danger, call *999*.'] },
  IE: { region: 'IE', lines: ['Call *116 123* (Samaritans), any time, free.', 'In immediate danger, call *112* or *999*.'] },
  AU: { region: 'AU', lines: ['Call *13 11 14* (Lifeline), any time.', 'In immediate danger, call *000*.'] },
  NZ: { region: 'NZ', lines: ['Call or text *1737*, any time, free.', 'In immediate danger, call *111*.'] },
  DE: { region: 'DE', lines: ['Call *0800 111 0 111* or *0800 111 0 222* (TelefonSeelsorge), any time, free.', 'In immediate danger, call *112*.'] },
};

export function resourcesFor(region: string): CrisisResources {
  return CRISIS_RESOURCES[region.toUpperCase()] ?? { region: 'INTL', lines: ['In immediate danger, call your local emergency number.'] };
}
