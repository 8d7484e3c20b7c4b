import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createPostgresTemplate, dropPostgresDatabase } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresTemplate: string | null;
    tempRoot: string;
  }
}

/**
 * Migrates one SQLite file and (when TEST_POSTGRES_URL is set) one PostgreSQL template database per
 * test run; each test then gets a fresh copy in milliseconds instead of migrating again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const tempRoot = mkdtempSync(join(tmpdir(), 'between-test-'));
  const sqliteTemplate = join(tempRoot, 'template.db');
  await migrateDatabase(`file:${sqliteTemplate}`);
  project.provide('sqliteTemplate', sqliteTemplate);
  project.provide('tempRoot', tempRoot);

  const postgresUrl = process.env.TEST_POSTGRES_URL;
  let template: string | null = null;
  if (postgresUrl) template = await createPostgresTemplate(postgresUrl);
  project.provide('postgresTemplate', template);

  return async () => {
    if (postgresUrl && template) await dropPostgresDatabase(postgresUrl, template);
    rmSync(tempRoot, { recursive: true, force: true });
  };
}
