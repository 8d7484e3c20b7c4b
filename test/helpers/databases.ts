import { copyFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
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
