import type { Repositories } from '../../db/store.js';
import { sidesFor } from '../../db/repositories/partners.js';
import { esc } from '../messages.js';

/**
 * Erases a person: their row and, by cascade, identities, conversations, check-ins, thought records,
 * homework, risk flags and care links; their rate-limit entries; any conversation state left at
 * their addresses; and every outbox message to those addresses (queued prompts and follow-ups would
 * otherwise still arrive; sent ones hold what was said to them). The reply confirming the deletion
 * is written after this. Writes one AuditEvent (ids only). Runs in the caller's transaction.
 */
export async function eraseEverything(personId: string, context: { repos: Repositories; now: Date }): Promise<void> {
  const { repos, now } = context;
  const addresses = await repos.people.addressesOf(personId);
  const links = await repos.care.activeLinksOfClient(personId);
  // Partners get the same neutral notice as for /partner end, then every trace is removed.
  const partnerships = await repos.partners.deleteFor(personId);
  for (const partnership of partnerships.filter((p) => p.status === 'active' || p.status === 'pending')) {
    const { me, partner } = sidesFor(partnership, personId);
    const address = (await repos.people.addressesOf(partner.personId))[0];
    if (address) {
      await repos.outbox.enqueue({
        idempotencyKey: `partner-erased:${partnership.id}:${partner.personId}`,
        address,
        message: { text: `Your accountability partnership with ${esc(me.name)} has ended. Thank you for supporting each other.` },
        dueAt: now,
      });
    }
  }
  await repos.people.delete(personId);
  await repos.conversations.deleteByAddresses(addresses);
  const messagesRemoved = await repos.outbox.deleteForAddresses(addresses);
  await repos.rateLimits.forgetKey(personId);
  await repos.audit.record(
    { actor: personId, action: 'person.erased', subjectPersonId: personId, detail: { identities: addresses.length, careLinksEnded: links.length, partnershipsEnded: partnerships.length, messagesRemoved } },
    now,
  );
}
