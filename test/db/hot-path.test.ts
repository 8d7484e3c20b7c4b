import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { Repositories, Store } from '../../src/db/store.js';
import { PROVIDERS, storePerTest } from '../helpers/databases.js';

// The per-update statements (dedupe, conversation state, who is writing, the outbox) skip Prisma
// on SQLite (src/db/direct-sql.ts). These tests pin that both paths store and read the same
// values, and that direct statements share the surrounding transaction's fate.
describe.each(PROVIDERS)('the hot path on %s', (provider) => {
  let database: Database;
  let store: Store;
  const fresh = storePerTest(provider);
  const open = async () => ({ database, store } = await fresh());

  it('reads a person by identity exactly as the ORM path reads them by id', async () => {
    await open();
    const at = new Date('2026-03-08T06:59:59.123Z');
    const created = await store.repos.people.create(
      { displayName: 'Ada 🌱 عربى', timezone: 'America/New_York', promptTime: '07:30', consentedAt: at, onboardedAt: at },
      { platform: 'telegram', platformUserId: '42', address: 'telegram:42' },
      at,
    );
    await store.repos.people.update(created.id, { pausedUntil: new Date('2026-12-01T00:00:00.000Z'), quietStart: '22:00', quietEnd: '07:00' });

    const byIdentity = await store.repos.people.findByIdentity('telegram', '42');
    expect(byIdentity).toEqual(await store.repos.people.findById(created.id));
    expect(byIdentity).toMatchObject({ displayName: 'Ada 🌱 عربى', consentedAt: at, quietStart: '22:00' });
    expect(await store.repos.people.findByIdentity('telegram', '43')).toBeNull();
    expect(await store.repos.people.findByIdentity('discord', '42')).toBeNull();
  });

  it('saves and loads conversation state with its draft, and the ORM sees the same row', async () => {
    await open();
    const expiresAt = new Date('2026-11-23T10:00:00.500Z');
    const active = { flow: 'checkin', step: 'mood', version: 2, data: { mood: 6, note: 'ünïcödé “quotes”' } };
    const draft = { flow: 'thought', step: 'evidence', version: 1, data: { situation: 'x' }, expiresAt };
    await store.transaction((repos) => repos.conversations.save('telegram:7', { personId: null, active, draft }));

    const loaded = await store.repos.conversations.load('telegram:7');
    expect(loaded).toMatchObject({ address: 'telegram:7', personId: null, active, draft });
    const row = await database.prisma.conversation.findUnique({ where: { address: 'telegram:7' } });
    expect(row).toMatchObject({ flow: 'checkin', step: 'mood', version: 2, draftExpiresAt: expiresAt });
    expect(row!.updatedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);

    // As of the time given (the core's clock), which is what tells how long the chat was quiet.
    const at = new Date('2026-11-22T09:30:00.250Z');
    await store.transaction((repos) => repos.conversations.save('telegram:7', { personId: null, active: null, draft: null }, loaded!.id, at));
    expect(await store.repos.conversations.load('telegram:7')).toEqual({ id: loaded!.id, address: 'telegram:7', personId: null, active: null, draft: null, updatedAt: at });
    expect((await database.prisma.conversation.findUnique({ where: { address: 'telegram:7' } }))!.updatedAt).toEqual(at);
  });

  it('commits direct statements and ORM writes together, or neither', async () => {
    await open();
    const now = new Date();
    const write = async (repos: Repositories, n: number) => {
      await repos.processedUpdates.markProcessed(`telegram:${n}`, now);
      await repos.conversations.save(`telegram:${n}`, { personId: null, active: null, draft: null });
      await repos.outbox.enqueue({ idempotencyKey: `reply:${n}`, address: `telegram:${n}`, message: { text: 'hi' }, dueAt: now });
      await repos.audit.record({ actor: 'system', action: 'test', detail: { n } }, now);
    };
    await store.transaction((repos) => write(repos, 1));
    await expect(
      store.transaction(async (repos) => {
        await write(repos, 2);
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');

    expect((await database.prisma.processedUpdate.findMany()).map((r) => r.key)).toEqual(['telegram:1']);
    expect((await database.prisma.conversation.findMany()).map((r) => r.address)).toEqual(['telegram:1']);
    expect((await database.prisma.outboxMessage.findMany()).map((r) => r.idempotencyKey)).toEqual(['reply:1']);
    expect(await database.prisma.auditEvent.count()).toBe(1);
    // The dedupe key of the rolled-back update is free again: a redelivery is handled.
    expect(await store.repos.processedUpdates.markProcessed('telegram:2', now)).toBe(true);
    expect(await store.repos.processedUpdates.markProcessed('telegram:2', now)).toBe(false);
  });

  it('refuses a statement from a transaction that has already ended', async () => {
    await open();
    let leaked!: Repositories;
    await store.transaction(async (repos) => {
      leaked = repos;
    });
    await expect(leaked.processedUpdates.markProcessed('telegram:late', new Date())).rejects.toThrow();
    expect(await database.prisma.processedUpdate.count()).toBe(0);
  });

  it('acknowledges a batch of sent messages in one go, whatever its size', async () => {
    await open();
    const now = new Date();
    for (let i = 0; i < 45; i++) {
      await store.repos.outbox.enqueue({ idempotencyKey: `k${i}`, address: `telegram:${i % 3}`, message: { text: `m${i}` }, dueAt: now });
    }
    const claimed = await store.repos.outbox.claimDue('telegram', now, 30_000, 100, 'w1');
    expect(claimed.map((m) => m.message.text)).toEqual(Array.from({ length: 45 }, (_, i) => `m${i}`));
    await store.repos.outbox.markSentMany(claimed.slice(0, 1).map((m) => m.id), now);
    await store.repos.outbox.markSentMany(claimed.slice(1, 40).map((m) => m.id), now);
    expect(await store.repos.outbox.countByStatus()).toEqual({ sent: 40, sending: 5 });
    const sent = await database.prisma.outboxMessage.findFirst({ where: { status: 'sent' } });
    expect(sent).toMatchObject({ sentAt: new Date(now.toISOString()), leaseUntil: null, lastError: null });
  });
});
