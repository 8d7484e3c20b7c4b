import type { TxRepositories } from '../../db/store.js';
import { sidesFor } from '../../db/repositories/partners.js';
import type { AfterCommitTask } from '../after-commit.js';
import { esc } from '../messages.js';
import { isolate, storedLocale, translate } from '../i18n/index.js';

/**
 * What makes an erasure final once its transaction has committed (composed in src/app.ts from the
 * store and the adapters).
 */
export interface ErasureScrubber {
  /** Removes every file kept on this machine for these addresses (the terminal chat's downloads). */
  removeFiles(addresses: readonly string[]): Promise<void>;
  /** Overwrites what the deletions freed in the database files (see `Store.scrubFreedSpace`). */
  scrubDatabase(): Promise<void>;
}

export interface ErasureOptions {
  /** Days audit events are kept (0: indefinitely). `/delete` names it before and after erasing. */
  auditRetentionDays: number;
  scrubber: ErasureScrubber;
}

/**
 * Erases a person: their row and, by cascade, identities, conversations, check-ins, thought records,
 * homework, risk flags and care links; their partnerships and partner invites; their rate-limit
 * entries; the enrollment code they redeemed (who used it, and the alias it carried); any
 * conversation state left at their addresses; and every outbox message to those addresses (queued
 * prompts and follow-ups would otherwise still arrive; sent ones hold what was said to them). The
 * reply confirming the deletion is written after this.
 *
 * Audit events stay (who did what and when, never content) but no longer name the person: their id
 * is replaced by a fresh pseudonym that nothing else holds, and one more event, under that
 * pseudonym, records the erasure with counts. Runs in the caller's transaction; once it has
 * committed, the files kept for the addresses are removed and the database's freed space is
 * overwritten ({@link ErasureScrubber}).
 */
export async function eraseEverything(
  personId: string,
  context: { repos: TxRepositories; now: Date; afterCommit(task: AfterCommitTask): void },
  scrubber: ErasureScrubber,
): Promise<void> {
  const { repos, now } = context;
  const addresses = await repos.people.addressesOf(personId);
  const links = await repos.care.activeLinksOfClient(personId);
  const scheduleIds = await repos.schedules.idsOfPerson(personId);
  // Partners get the same neutral notice as for /partner end, then every trace is removed.
  const partnerships = await repos.partners.deleteFor(personId);
  for (const partnership of partnerships.filter((p) => p.status === 'active' || p.status === 'pending')) {
    const { me, partner } = sidesFor(partnership, personId);
    const address = (await repos.people.addressesOf(partner.personId))[0];
    // In the partner's own language.
    const locale = storedLocale((await repos.people.findById(partner.personId))?.locale);
    if (address) {
      await repos.outbox.enqueue({
        idempotencyKey: `partner-erased:${partnership.id}:${partner.personId}`,
        address,
        message: { text: translate(locale, 'partner-ended-for-partner', { name: isolate(esc(me.name)) }), locale },
        dueAt: now,
      });
    }
  }
  await repos.care.forgetRedeemer(personId);
  await repos.people.delete(personId);
  await repos.conversations.deleteByAddresses(addresses);
  const messagesRemoved = await repos.outbox.deleteForAddresses(addresses);
  await repos.rateLimits.forgetKey(personId);
  await repos.rateLimits.forgetKeysStartingWith(scheduleIds.map((id) => `${id}:`));
  const pseudonym = await repos.audit.pseudonymise(personId);
  await repos.audit.record(
    { actor: pseudonym, action: 'person.erased', subjectPersonId: pseudonym, detail: { identities: addresses.length, careLinksEnded: links.length, partnershipsEnded: partnerships.length, messagesRemoved } },
    now,
  );
  context.afterCommit({ name: 'erasure.files', run: () => scrubber.removeFiles(addresses) });
  context.afterCommit({ name: 'erasure.database', run: () => scrubber.scrubDatabase() });
}
