import type { Repositories } from '../../db/store.js';
import type { PartnershipRecord, ShareLevel } from '../../db/repositories/partners.js';
import { sidesFor } from '../../db/repositories/partners.js';
import { esc } from '../messages.js';
import { localDateOf } from '../time.js';

/**
 * THE place where partner consent is applied. Everything a partner can see about someone comes from
 * {@link partnerView}: only what that person's share level allows, never thought-record content,
 * questionnaire scores, risk flags, their therapist or their platform. No update is never negative.
 */

/** Each level with what it shares, said to the person sharing (`explanation`) and to their partner (`theirs`). */
export const SHARE_LEVELS: { value: ShareLevel; label: string; explanation: string; theirs: string }[] = [
  { value: 'done', label: 'Just “checked in ✓”', explanation: 'only whether you checked in today', theirs: 'only whether they checked in today' },
  { value: 'mood', label: 'Check-in + mood', explanation: 'whether you checked in today and your mood (0–10)', theirs: 'whether they checked in today and their mood (0–10)' },
  {
    value: 'note',
    label: 'Check-in + mood + a note',
    explanation: 'whether you checked in, your mood, and a short note you write for them (/partner note)',
    theirs: 'whether they checked in, their mood, and a short note they write for you',
  },
];

/** What `level` shares: of the reader's own (`mine`, the default) or of their partner (`theirs`). */
export function describeShare(level: ShareLevel, whose: 'mine' | 'theirs' = 'mine'): string {
  const found = SHARE_LEVELS.find((s) => s.value === level) ?? SHARE_LEVELS[0]!;
  return whose === 'theirs' ? found.theirs : found.explanation;
}

const RECENT_MS = 24 * 60 * 60 * 1000;

/** What one partner may see about the other today (the last 24 hours). */
export interface PartnerView {
  name: string;
  checkedInToday: boolean;
  mood?: number;
  note?: string;
}

/** Builds `viewerId`'s view of their partner in `partnership`, applying the partner's consent. */
export async function partnerView(repos: Repositories, partnership: PartnershipRecord, viewerId: string, now: Date): Promise<PartnerView | null> {
  if (partnership.status !== 'active') return null;
  const { partner } = sidesFor(partnership, viewerId);
  const person = await repos.people.findById(partner.personId);
  if (!person) return null;
  // "Today" is the last 24 hours: partners may live in different timezones, and a digest in the
  // receiver's evening can fall on the partner's next morning.
  const since = new Date(now.getTime() - RECENT_MS);
  const view: PartnerView = { name: partner.name, checkedInToday: false };
  const checkIns = await repos.checkIns.listSince(partner.personId, since);
  view.checkedInToday = checkIns.length > 0;
  if (partner.share === 'mood' || partner.share === 'note') {
    const latest = checkIns.at(-1);
    if (latest) view.mood = latest.mood;
  }
  if (partner.share === 'note' && partner.note && partner.note.localDate >= localDateOf(since, person.timezone)) view.note = partner.note.text;
  return view;
}

/** One line of a digest: kind whatever happened. */
export function viewLine(view: PartnerView): string {
  const parts = [view.checkedInToday ? 'checked in ✓' : 'no update yet'];
  if (view.mood !== undefined) parts.push(`mood ${view.mood}/10`);
  if (view.note) parts.push(`“${esc(view.note)}”`);
  return `${esc(view.name)}: ${parts.join(' · ')}`;
}
