import { describe, expect, it } from 'vitest';
import { maintenanceJob } from '../../src/scheduling/maintenance.js';
import { PROVIDERS, storePerTest } from '../helpers/databases.js';

describe.each(PROVIDERS)('maintenance on %s', (provider) => {
  const open = storePerTest(provider);

  it('forgets dedupe keys older than three days, hourly', async () => {
    const { database, store } = await open();
    const now = new Date('2026-06-10T12:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    await store.repos.processedUpdates.markProcessed('telegram:1', new Date(now.getTime() - 4 * day));
    await store.repos.processedUpdates.markProcessed('telegram:2', new Date(now.getTime() - 2 * day));
    const job = maintenanceJob(store, { auditRetentionDays: 0 });
    await job.run(now);
    expect((await database.prisma.processedUpdate.findMany()).map((row) => row.key)).toEqual(['telegram:2']);
    await store.repos.processedUpdates.markProcessed('telegram:3', new Date(now.getTime() - 5 * day));
    await job.run(new Date(now.getTime() + 60_000)); // within the hour: not again
    expect(await database.prisma.processedUpdate.count()).toBe(2);
    await job.run(new Date(now.getTime() + 61 * 60_000));
    expect(await database.prisma.processedUpdate.count()).toBe(1);
  });

  it('forgets sent messages after a week and failed ones after 30 days, never queued ones', async () => {
    const { database, store } = await open();
    const now = new Date('2026-06-10T12:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    const rows: [key: string, status: string, ageDays: number][] = [
      ['sent-8d', 'sent', 8],
      ['sent-6d', 'sent', 6],
      ['dead-31d', 'dead', 31],
      ['unknown-20d', 'unknown', 20],
      ['pending-40d', 'pending', 40], // due far in the future, say: never pruned
      ['sending-40d', 'sending', 40],
    ];
    for (const [key, status, ageDays] of rows) {
      await store.repos.outbox.enqueue({ idempotencyKey: key, address: 'test:1', message: { text: key }, dueAt: now });
      await database.prisma.outboxMessage.update({ where: { idempotencyKey: key }, data: { status, createdAt: new Date(now.getTime() - ageDays * day) } });
    }
    await maintenanceJob(store, { auditRetentionDays: 0 }).run(now);
    const left = await database.prisma.outboxMessage.findMany({ orderBy: { idempotencyKey: 'asc' } });
    expect(left.map((row) => row.idempotencyKey)).toEqual(['pending-40d', 'sending-40d', 'sent-6d', 'unknown-20d']);
  });

  it('forgets audit events older than the retention (6 years by default), and none when it is 0', async () => {
    const { database, store } = await open();
    const now = new Date('2026-06-10T12:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    for (const [action, ageDays] of [['old', 2191], ['recent', 2189]] as const) {
      await store.repos.audit.record({ actor: 'system', action }, new Date(now.getTime() - ageDays * day));
    }
    await maintenanceJob(store, { auditRetentionDays: 0 }).run(now);
    expect(await database.prisma.auditEvent.count()).toBe(2);
    await maintenanceJob(store, { auditRetentionDays: 2190 }).run(now);
    expect((await database.prisma.auditEvent.findMany()).map((event) => event.action)).toEqual(['recent']);
  });

  it('forgets rate-limit attempts once they are past every window they are counted in', async () => {
    const { database, store } = await open();
    const now = new Date('2026-06-10T12:00:00Z');
    const hour = 60 * 60 * 1000;
    await store.repos.rateLimits.hit('cheer', 'person-1', 24 * hour, new Date(now.getTime() - 3 * 24 * hour));
    await store.repos.rateLimits.hit('cheer', 'person-1', 24 * hour, new Date(now.getTime() - 20 * hour));
    await store.repos.rateLimits.hit('enrollment', 'person-2', hour, new Date(now.getTime() - 60_000));
    await maintenanceJob(store, { auditRetentionDays: 0 }).run(now);
    expect(await database.prisma.rateLimitHit.count()).toBe(2);
    // The one still inside a day's window still counts.
    expect(await store.repos.rateLimits.count('cheer', 'person-1', 24 * hour, now)).toBe(1);
  });
});
