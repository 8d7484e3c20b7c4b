import type { Repositories } from '../../db/store.js';

/**
 * Erases a person: their row and, by cascade, identities, conversations, check-ins, thought records,
 * homework, risk flags and care links; their rate-limit entries; and any conversation state left at
 * their addresses. Writes one AuditEvent (ids only). Runs in the caller's transaction.
 */
export async function eraseEverything(personId: string, context: { repos: Repositories; now: Date }): Promise<void> {
  const { repos, now } = context;
  const addresses = await repos.people.addressesOf(personId);
  const links = await repos.care.activeLinksOfClient(personId);
  await repos.people.delete(personId);
  await repos.conversations.deleteByAddresses(addresses);
  await repos.rateLimits.forgetKey(personId);
  await repos.audit.record(
    { actor: personId, action: 'person.erased', subjectPersonId: personId, detail: { identities: addresses.length, careLinksEnded: links.length } },
    now,
  );
}
