import type { Repositories } from '../../db/store.js';
import { effectiveDetailLevel, type DetailLevel } from '../summaries/detail-level.js';

/**
 * The detail level the client's linked therapist(s) receive, for /settings (which words it in the
 * client's language): the lower of the therapist's detail level and the client's consent scope (a
 * therapist's `full` is only ever stored where the deployment allows it). Undefined when no
 * therapist is linked.
 */
export async function therapistVisibility(repos: Repositories, clientId: string): Promise<DetailLevel | undefined> {
  const links = await repos.care.activeLinksOfClient(clientId);
  if (links.length === 0) return undefined;
  const scopes = await Promise.all(
    links.map(async (link) => {
      const [therapist, consent] = await Promise.all([repos.therapists.findById(link.therapistId), repos.careTeam.findActiveLink(link.id)]);
      return effectiveDetailLevel(therapist?.detailLevel ?? 'clinical', consent?.consentScope ?? 'minimal', true);
    }),
  );
  const widest = scopes.includes('full') ? 'full' : scopes.includes('clinical') ? 'clinical' : 'minimal';
  return widest;
}
