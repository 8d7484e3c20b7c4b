import type { Repositories } from '../../db/store.js';
import type { PartnershipRecord, ShareLevel } from '../../db/repositories/partners.js';
import { sidesFor } from '../../db/repositories/partners.js';
import { esc } from '../messages.js';
import { localDateOf } from '../time.js';
import { DEFAULT_LOCALE, isolate, translator, type Translate } from '../i18n/index.js';

/**
 * THE place where partner consent is applied. Everything a partner can see about someone comes from
 * {@link partnerView}: only what that person's share level allows, never thought-record content,
 * questionnaire scores, risk flags, their therapist or their platform. No update is never negative.
 */

const LEVELS: readonly ShareLevel[] = ['done', 'mood', 'note'];

/** A share level as offered (`label`), said to the person sharing (`explanation`) and to their partner (`theirs`). */
export interface ShareLevelText {
  value: ShareLevel;
  label: string;
  explanation: string;
  theirs: string;
}

/** The share levels in the reader's language (`partner-share-<level>[-mine|-theirs]` in locales/<lang>/partners.ftl). */
export function shareLevels(t: Translate): ShareLevelText[] {
  return LEVELS.map((value) => ({ value, label: t(`partner-share-${value}`), explanation: t(`partner-share-${value}-mine`), theirs: t(`partner-share-${value}-theirs`) }));
}

/** The share levels in English (the stable meaning of the stored values; tests and the therapist side). */
export const SHARE_LEVELS: ShareLevelText[] = shareLevels(translator(DEFAULT_LOCALE));

/** What `level` shares, in the reader's language: of the reader's own (`mine`, the default) or of their partner (`theirs`). */
export function describeShare(t: Translate, level: ShareLevel, whose: 'mine' | 'theirs' = 'mine'): string {
  const value = LEVELS.includes(level) ? level : LEVELS[0]!;
  return t(`partner-share-${value}-${whose}`);
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

/** One line of a digest, in the reader's language: kind whatever happened. */
export function viewLine(view: PartnerView, t: Translate): string {
  const parts = [t(view.checkedInToday ? 'partner-view-checked-in' : 'partner-view-no-update')];
  if (view.mood !== undefined) parts.push(t('partner-view-mood', { mood: view.mood }));
  if (view.note) parts.push(t('partner-view-note', { note: isolate(esc(view.note)) }));
  return `${isolate(esc(view.name))}: ${parts.join(' · ')}`;
}
