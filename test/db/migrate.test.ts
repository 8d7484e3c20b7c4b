import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, providerFromUrl, redactUrl } from '../../src/db/migrate.js';

const TABLES = ['AuditEvent', 'Conversation', 'Identity', 'OutboxMessage', 'Person', 'ProcessedUpdate', '_prisma_migrations'];

function migrationFolders(provider: 'sqlite' | 'postgresql'): string[] {
  return readdirSync(join(process.cwd(), 'prisma', provider, 'migrations'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

describe('providerFromUrl / redactUrl', () => {
  it('picks the provider from the URL scheme', () => {
    expect(providerFromUrl('file:./data/between.db')).toBe('sqlite');
    expect(providerFromUrl('postgresql://u@h/db')).toBe('postgresql');
    expect(providerFromUrl('postgres://u@h/db')).toBe('postgresql');
    expect(() => providerFromUrl('mysql://u:secret@h/db')).toThrow(/unsupported/);
    expect(() => providerFromUrl('mysql://u:secret@h/db')).not.toThrow(/secret/);
  });

  it('strips passwords', () => {
    expect(redactUrl('postgresql://me:s3cret@db:5432/x')).toBe('postgresql://me:***@db:5432/x');
    expect(redactUrl('postgresql://me@db/x')).toBe('postgresql://me@db/x');
  });
});

describe('migrateDatabase (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'between-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies every migration to a fresh file (creating missing directories), then is a fast no-op', async () => {
    const file = join(dir, 'nested', 'deeper', 'between.db');
    const seen: string[][] = [];
    const first = await migrateDatabase(`file:${file}`, { onApply: (names) => seen.push(names) });
    const expected = migrationFolders('sqlite');
    expect(expected.length).toBeGreaterThan(0);
    expect(first.applied).toEqual(expected);
    expect(seen).toEqual([expected]);
    expect(existsSync(file)).toBe(true);

    const db = new Database(file, { readonly: true });
    try {
      const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
        (r) => r.name,
      );
      expect(tables).toEqual(expect.arrayContaining(TABLES));
      const rows = db.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL').all();
      expect(rows).toHaveLength(expected.length);
    } finally {
      db.close();
    }

    const second = await migrateDatabase(`file:${file}`, { onApply: (names) => seen.push(names) });
    expect(second.applied).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('records a fresh file’s migrations exactly as Prisma does: the CLI finds nothing pending and no drift', async () => {
    const file = join(dir, 'cli-agrees.db');
    await migrateDatabase(`file:${file}`);
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ['node_modules/prisma/build/index.js', ...args, '--config', 'prisma.config.ts'], {
          env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_DB_PROVIDER: 'sqlite', CHECKPOINT_DISABLE: '1' },
        });
        let output = '';
        child.stdout.on('data', (d: Buffer) => (output += d.toString()));
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('close', (code) => resolve({ code, output }));
      });
    const status = await cli(['migrate', 'status']);
    expect(status.output).toContain('Database schema is up to date');
    expect(status.code).toBe(0);
    const drift = await cli(['migrate', 'diff', '--from-config-datasource', '--to-schema', 'prisma/sqlite/schema.prisma', '--exit-code']);
    expect(drift.code).toBe(0);
  });
});

describe.skipIf(!process.env.TEST_POSTGRES_URL)('migrateDatabase (PostgreSQL)', () => {
  const baseUrl = process.env.TEST_POSTGRES_URL ?? '';
  const name = `between_migrate_${randomBytes(5).toString('hex')}`;
  const url = (() => {
    if (!baseUrl) return '';
    const u = new URL(baseUrl);
    u.pathname = `/${name}`;
    return u.toString();
  })();

  async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  }

  beforeAll(async () => {
    await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  });
  afterAll(async () => {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('applies every migration to an empty database, then is a fast no-op', async () => {
    const first = await migrateDatabase(url);
    const expected = migrationFolders('postgresql');
    expect(first.applied).toEqual(expected);

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const tables = await c.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      expect(tables.rows.map((r) => r.tablename)).toEqual(expect.arrayContaining(TABLES));
      const rows = await c.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL');
      expect(rows.rowCount).toBe(expected.length);
    } finally {
      await c.end();
    }

    const second = await migrateDatabase(url);
    expect(second.applied).toEqual([]);
  });

  it('fails with a clear message and no password for an unreachable server', async () => {
    const bad = 'postgresql://someone:hunter2@127.0.0.1:1/nowhere';
    await expect(migrateDatabase(bad)).rejects.toThrow(/cannot connect to PostgreSQL/);
    await expect(migrateDatabase(bad)).rejects.not.toThrow(/hunter2/);
  });
});
