import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, inject } from 'vitest';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { createPostgresFromTemplate, dropPostgresDatabase } from './postgres.js';

export interface TestDatabase {
  provider: 'sqlite' | 'postgresql';
  url: string;
  /** Removes the database (PostgreSQL); SQLite files go with the run's temp folder. */
  dispose(): Promise<void>;
}

/** The providers every data-layer test runs against: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export const PROVIDERS: ('sqlite' | 'postgresql')[] = process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgresql'] : ['sqlite'];

/** A fresh, migrated database of `provider`, copied from the run's template. */
export async function freshDatabase(provider: 'sqlite' | 'postgresql'): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(inject('tempRoot'), 'db-'));
    const file = join(dir, 'between.db');
    copyFileSync(inject('sqliteTemplate'), file);
    return { provider, url: `file:${file}`, dispose: async () => {} };
  }
  const baseUrl = process.env.TEST_POSTGRES_URL;
  const template = inject('postgresTemplate');
  if (!baseUrl || !template) throw new Error('TEST_POSTGRES_URL is not set');
  const { url, name } = await createPostgresFromTemplate(baseUrl, template);
  return { provider, url, dispose: () => dropPostgresDatabase(baseUrl, name) };
}

/** A scratch directory inside the run's temp folder. */
export function scratchDir(prefix = 'scratch-'): string {
  return mkdtempSync(join(inject('tempRoot'), prefix));
}

/**
 * For a describe block: returns `open()`, which gives a fresh database of `provider` with its
 * Store; whatever it opened is closed and removed after each test.
 */
export function storePerTest(provider: 'sqlite' | 'postgresql'): () => Promise<{ database: Database; store: Store }> {
  let opened: { testDb: TestDatabase; database: Database } | undefined;
  afterEach(async () => {
    await opened?.database.close();
    await opened?.testDb.dispose();
    opened = undefined;
  });
  return async () => {
    const testDb = await freshDatabase(provider);
    const database = await openDatabase(testDb.url);
    opened = { testDb, database };
    return { database, store: new Store(database, FieldCrypto.fromBase64(generateDataKey())) };
  };
}
