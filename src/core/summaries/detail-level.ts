import type { DetailLevel } from '../../db/repositories/therapists.js';

export type { DetailLevel };

export const DETAIL_LEVELS: readonly DetailLevel[] = ['minimal', 'clinical', 'full'];

/** What each level carries, in words a therapist or client understands. */
export const DETAIL_LEVEL_DESCRIPTIONS: Record<DetailLevel, string> = {
  minimal: 'whether check-ins and homework were done, and risk alerts — no scores, nothing you write',
  clinical: 'whether check-ins and homework were done, risk alerts, mood and questionnaire results (scores, notes, and your answer on how much problems get in the way) and trends, the ratings you give in exercises, and whether you have an accountability partner (yes or no) — nothing you write',
  full: 'whether check-ins and homework were done, risk alerts, scores and trends, exercise ratings, whether you have an accountability partner (yes or no), and the text of your thought records',
};

export function isDetailLevel(value: string): value is DetailLevel {
  return (DETAIL_LEVELS as readonly string[]).includes(value);
}

/**
 * The level a therapist actually gets for one client: the lower of the therapist's setting and the
 * client's consent scope, and never `full` unless the deployment allows PHI in the workspace
 * (SLACK_PHI_ALLOWED, which needs a Slack plan covered by a BAA).
 */
export function effectiveDetailLevel(therapistLevel: DetailLevel, consentScope: string, phiAllowed: boolean): DetailLevel {
  const consent = isDetailLevel(consentScope) ? consentScope : 'minimal';
  const cap = phiAllowed ? 'full' : 'clinical';
  const rank = (level: DetailLevel) => DETAIL_LEVELS.indexOf(level);
  return DETAIL_LEVELS[Math.min(rank(therapistLevel), rank(consent), rank(cap))]!;
}
