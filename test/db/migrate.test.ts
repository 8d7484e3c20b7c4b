import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

  it('after an upgrade, nothing deleted before it is left in free pages (the file is vacuumed), and risk patterns are no longer in clear', async () => {
    // A database of the version before risk flags' pattern ids were encrypted, on which a flag was
    // deleted without secure_delete (as every version before did).
    const file = join(dir, 'upgrade.db');
    const all = migrationFolders('sqlite');
    const upTo = all.findIndex((name) => name.endsWith('_risk_flag_detection_encrypted'));
    expect(upTo).toBeGreaterThan(0);
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
        "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
      for (const name of all.slice(0, upTo)) {
        const script = readFileSync(join('prisma', 'sqlite', 'migrations', name, 'migration.sql'));
        db.exec(script.toString('utf8'));
        db.prepare('INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES (?, ?, ?, ?, 1)').run(
          randomUUID(),
          createHash('sha256').update(script).digest('hex'),
          new Date().toISOString(),
          name,
        );
      }
      db.exec(`INSERT INTO "Person" ("id", "updatedAt") VALUES ('person-erased-long-ago', '2026-01-01T00:00:00.000+00:00'), ('person-kept', '2026-01-01T00:00:00.000+00:00')`);
      db.exec(`INSERT INTO "RiskFlag" ("id", "personId", "source", "severity", "matched", "detectorVersion") VALUES
        ('flag-1', 'person-erased-long-ago', 'free_text', 'high', '["overdose"]', 'old-detector'),
        ('flag-2', 'person-kept', 'free_text', 'high', '["self-harm"]', 'old-detector')`);
      db.exec(`DELETE FROM "Person" WHERE "id" = 'person-erased-long-ago'`);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    expect(readFileSync(file).includes('person-erased-long-ago')).toBe(true);

    const { applied } = await migrateDatabase(`file:${file}`);
    expect(applied).toEqual(all.slice(upTo));
    const bytes = readFileSync(file);
    for (const trace of ['person-erased-long-ago', '"overdose"', '"self-harm"', 'old-detector']) expect(bytes.includes(trace)).toBe(false);
    expect(existsSync(`${file}-wal`) ? readFileSync(`${file}-wal`).length : 0).toBe(0);
    const after = new Database(file, { readonly: true });
    try {
      expect(after.pragma('freelist_count', { simple: true })).toBe(0);
      expect(after.prepare('SELECT "id", "detectionEnc" FROM "RiskFlag"').all()).toEqual([{ id: 'flag-2', detectionEnc: null }]);
    } finally {
      after.close();
    }
  });

  it('stores homework assigned under the therapist side’s old ids under the library’s (journaling → journal, routine_log → routine)', async () => {
    const file = join(dir, 'homework-kinds.db');
    const all = migrationFolders('sqlite');
    const upTo = all.findIndex((name) => name.endsWith('_homework_kind_ids'));
    expect(upTo).toBeGreaterThan(0);
    const db = new Database(file);
    try {
      db.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
        "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
      for (const name of all.slice(0, upTo)) {
        const script = readFileSync(join('prisma', 'sqlite', 'migrations', name, 'migration.sql'));
        db.exec(script.toString('utf8'));
        db.prepare('INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES (?, ?, ?, ?, 1)').run(
          randomUUID(),
          createHash('sha256').update(script).digest('hex'),
          new Date().toISOString(),
          name,
        );
      }
      db.exec(`INSERT INTO "Person" ("id", "updatedAt") VALUES ('client', '2026-01-01T00:00:00.000+00:00')`);
      db.exec(`INSERT INTO "Assignment" ("id", "personId", "kind") VALUES ('a1', 'client', 'journaling'), ('a2', 'client', 'routine_log'), ('a3', 'client', 'thought'), ('a4', 'client', 'journal')`);
    } finally {
      db.close();
    }
    const { applied } = await migrateDatabase(`file:${file}`);
    expect(applied).toEqual(all.slice(upTo));
    const after = new Database(file, { readonly: true });
    try {
      expect(after.prepare('SELECT "id", "kind" FROM "Assignment" ORDER BY "id"').all()).toEqual([
        { id: 'a1', kind: 'journal' },
        { id: 'a2', kind: 'routine' },
        { id: 'a3', kind: 'thought' },
        { id: 'a4', kind: 'journal' },
      ]);
    } finally {
      after.close();
    }
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

  it('the homework kind ids migration does the same on PostgreSQL', async () => {
    await migrateDatabase(url);
    const script = readFileSync(join('prisma', 'postgresql', 'migrations', migrationFolders('postgresql').find((n) => n.endsWith('_homework_kind_ids'))!, 'migration.sql'), 'utf8');
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`INSERT INTO "Person" ("id", "updatedAt") VALUES ('hk-client', now())`);
      await c.query(`INSERT INTO "Assignment" ("id", "personId", "kind") VALUES ('hk1', 'hk-client', 'journaling'), ('hk2', 'hk-client', 'routine_log'), ('hk3', 'hk-client', 'checkin')`);
      await c.query(script);
      const rows = await c.query<{ id: string; kind: string }>(`SELECT "id", "kind" FROM "Assignment" WHERE "personId" = 'hk-client' ORDER BY "id"`);
      expect(rows.rows).toEqual([
        { id: 'hk1', kind: 'journal' },
        { id: 'hk2', kind: 'routine' },
        { id: 'hk3', kind: 'checkin' },
      ]);
      await c.query(`DELETE FROM "Person" WHERE "id" = 'hk-client'`);
    } finally {
      await c.end();
    }
  });

  it('fails with a clear message and no password for an unreachable server', async () => {
    const bad = 'postgresql://someone:hunter2@127.0.0.1:1/nowhere';
    await expect(migrateDatabase(bad)).rejects.toThrow(/cannot connect to PostgreSQL/);
    await expect(migrateDatabase(bad)).rejects.not.toThrow(/hunter2/);
  });
});
