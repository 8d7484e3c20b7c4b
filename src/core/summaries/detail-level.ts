import type { DetailLevel } from '../../db/repositories/therapists.js';

export type { DetailLevel };

export const DETAIL_LEVELS: readonly DetailLevel[] = ['minimal', 'clinical', 'full'];

// What each level carries is said in the catalogs: to the client in settings.ftl
// (`settings-therapist-share-<level>-description`), to the therapist in therapist-commands.ftl
// (`therapist-level-<level>`).

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
