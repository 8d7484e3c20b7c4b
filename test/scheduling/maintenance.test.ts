import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/core/privacy/field-crypto.js';
import { maintenanceJob } from '../../src/scheduling/maintenance.js';
import { PROVIDERS, freshDatabase, type TestDatabase } from '../helpers/databases.js';

describe.each(PROVIDERS)('maintenance on %s', (provider) => {
  let testDb: TestDatabase;
  let database: Database;
  afterEach(async () => {
    await database?.close();
    await testDb?.dispose();
  });

  it('forgets dedupe keys older than three days, hourly', async () => {
    testDb = await freshDatabase(provider);
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    const now = new Date('2026-06-10T12:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    await store.repos.processedUpdates.markProcessed('telegram:1', new Date(now.getTime() - 4 * day));
    await store.repos.processedUpdates.markProcessed('telegram:2', new Date(now.getTime() - 2 * day));
    const job = maintenanceJob(store);
    await job.run(now);
    expect((await database.prisma.processedUpdate.findMany()).map((row) => row.key)).toEqual(['telegram:2']);
    await store.repos.processedUpdates.markProcessed('telegram:3', new Date(now.getTime() - 5 * day));
    await job.run(new Date(now.getTime() + 60_000)); // within the hour: not again
    expect(await database.prisma.processedUpdate.count()).toBe(2);
    await job.run(new Date(now.getTime() + 61 * 60_000));
    expect(await database.prisma.processedUpdate.count()).toBe(1);
  });
});
