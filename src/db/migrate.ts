// Applies Prisma migrations at start-up (and in tests).
//
// Runtime driver adapters (checked against the installed 7.10.0 packages):
//   new PrismaBetterSqlite3(config: better-sqlite3 Options & { url: string },
//                           options?: { shadowDatabaseUrl?: string; timestampFormat?: 'iso8601' | 'unixepoch-ms' })
//     `url` is ':memory:', a path, or 'file:<path>' (the 'file:' prefix is stripped; a relative path
//     is relative to process.cwd(); no '?query' support). Example: new PrismaBetterSqlite3({ url, timeout: 5000 })
//   new PrismaPg(poolOrConfig: pg.Pool | pg.PoolConfig | string, options?: { schema?: string; … })
//     Example: new PrismaPg({ connectionString, max: 10 })
//   Both go to the generated client: new PrismaClient({ adapter }) from src/generated/<provider>/client.js.
//
// Fast path: compare the migration folders of the provider with the applied rows of
// `_prisma_migrations`, read directly with better-sqlite3 / pg; nothing pending → return at once.
// Otherwise run `prisma migrate deploy` (prisma.config.ts picks the schema, the migrations folder
// and, offline, the WASM schema engine stand-in) and wait for it.
//
// A brand-new, empty SQLite file is the one exception (the first `npm start`): its migrations are
// applied in-process in one transaction and recorded in `_prisma_migrations` exactly as Prisma
// records them (same table, SHA-256 checksum of migration.sql, timestamps), which saves starting the
// CLI and the schema engine (about 2 s). Anything else — an existing database, PostgreSQL — goes
// through `prisma migrate deploy`.

import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DatabaseProvider = 'sqlite' | 'postgresql';

export interface MigrateOptions {
  /** Called with the pending migration names just before they are applied (not called when none are pending). */
  onApply?: (names: string[]) => void;
}

const DEPLOY_TIMEOUT_MS = 120_000;

export function providerFromUrl(url: string): DatabaseProvider {
  if (/^file:/i.test(url)) return 'sqlite';
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
  throw new Error(`unsupported database URL ${redactUrl(url)}: use file:<path> (SQLite) or postgresql://… (PostgreSQL)`);
}

/** The URL without its password (safe for logs and error messages). */
export function redactUrl(url: string): string {
  if (/^file:/i.test(url)) return url;
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^@/?#]*)@/i.exec(url);
  if (!m) return url;
  const userinfo = m[2] ?? '';
  const colon = userinfo.indexOf(':');
  if (colon < 0) return url;
  return `${m[1]}${userinfo.slice(0, colon)}:***@${url.slice(m[0].length)}`;
}

/** The project root: the nearest ancestor holding package.json and prisma/ (works from src/ and dist/src/). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'prisma'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (package.json and prisma/) above src/db/migrate');
    dir = parent;
  }
}

/** Absolute path of a `file:` URL (relative paths are relative to process.cwd(), as for the runtime adapter). */
function sqliteFile(url: string): string {
  let p = url.replace(/^file:/i, '');
  const q = p.indexOf('?');
  if (q >= 0) p = p.slice(0, q);
  if (p.startsWith('//')) p = fileURLToPath('file:' + p);
  return path.resolve(process.cwd(), p);
}

function migrationNames(root: string, provider: DatabaseProvider): string[] {
  const dir = path.join(root, 'prisma', provider, 'migrations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Names of migrations recorded as successfully applied (not rolled back); empty if there is no table/database. */
async function appliedSqlite(file: string): Promise<Set<string>> {
  if (!existsSync(file)) return new Set();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return new Set();
    const rows = db
      .prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
      .all() as { migration_name: string }[];
    return new Set(rows.map((r) => r.migration_name));
  } finally {
    db.close();
  }
}

async function appliedPostgres(url: string): Promise<Set<string>> {
  const { default: pg } = await import('pg');
  const schema = new URL(url).searchParams.get('schema') || 'public';
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (e) {
    // The database does not exist yet: `migrate deploy` creates it.
    if ((e as { code?: string }).code === '3D000') return new Set();
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${(e as Error).message}`);
  }
  try {
    const table = await client.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [
      `"${schema.replace(/"/g, '""')}"._prisma_migrations`,
    ]);
    if (!table.rows[0]?.t) return new Set();
    const rows = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "${schema.replace(/"/g, '""')}"._prisma_migrations
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    return new Set(rows.rows.map((r) => r.migration_name));
  } finally {
    await client.end().catch(() => {});
  }
}

/** The table Prisma creates on SQLite, as Prisma creates it. */
const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Prisma's SQLite timestamp format: 2026-01-02T03:04:05.678+00:00. */
const prismaTimestamp = () => new Date().toISOString().replace('Z', '+00:00');

/**
 * Applies every migration to an empty SQLite file in one transaction. Returns false (touching
 * nothing) when the file already has tables.
 */
async function bootstrapEmptySqlite(file: string, root: string, names: string[]): Promise<boolean> {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    const { count } = db.prepare("SELECT count(*) AS count FROM sqlite_master WHERE type = 'table'").get() as { count: number };
    if (count > 0) return false;
    db.transaction(() => {
      db.exec(PRISMA_MIGRATIONS_TABLE);
      const record = db.prepare(
        `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count")
         VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
      );
      for (const name of names) {
        const script = readFileSync(path.join(root, 'prisma', 'sqlite', 'migrations', name, 'migration.sql'));
        const startedAt = prismaTimestamp();
        db.exec(script.toString('utf8'));
        record.run(randomUUID(), createHash('sha256').update(script).digest('hex'), prismaTimestamp(), name, startedAt);
      }
    })();
    return true;
  } finally {
    db.close();
  }
}

/**
 * After `migrate deploy` on SQLite. The schema engine's connection does not set secure_delete, and a
 * migration that redefines a table (create a copy, copy the rows, drop the old one) leaves the old
 * table's pages on the free list with every row still readable — rows a later erasure could never
 * reach. VACUUM rebuilds the file from live rows only (clearing, too, any free space left by a version
 * that ran without secure_delete); the checkpoint then writes it back and empties the `-wal` file.
 */
async function compactSqlite(file: string): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { fileMustExist: true });
  try {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function scrub(text: string, url: string): string {
  let out = text.split(url).join(redactUrl(url));
  try {
    const password = new URL(url).password;
    if (password) out = out.split(password).join('***').split(decodeURIComponent(password)).join('***');
  } catch {
    // not a URL with a password
  }
  return out;
}

function runDeploy(root: string, provider: DatabaseProvider, url: string): Promise<void> {
  const require = createRequire(path.join(root, 'package.json'));
  const cli = require.resolve('prisma/build/index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, 'migrate', 'deploy', '--config', path.join(root, 'prisma.config.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: url,
          PRISMA_DB_PROVIDER: provider,
          CHECKPOINT_DISABLE: '1',
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      output += `\n(timed out after ${DEPLOY_TIMEOUT_MS / 1000} s)`;
      child.kill('SIGTERM');
    }, DEPLOY_TIMEOUT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run the Prisma CLI: ${e.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const tail = scrub(output, url)
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l && !/^Loaded Prisma config|^Prisma schema loaded/.test(l))
        .slice(-25)
        .join('\n');
      reject(
        new Error(
          `database migration failed (${provider}, ${redactUrl(url)}; prisma migrate deploy exited with ${code ?? signal}):\n${tail}`,
        ),
      );
    });
  });
}

/**
 * Brings the database at `databaseUrl` up to date with prisma/<provider>/migrations.
 * Returns the names of the migrations this call applied (empty when it was already up to date).
 */
export async function migrateDatabase(databaseUrl: string, opts: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const provider = providerFromUrl(databaseUrl);
  const root = projectRoot();
  const folders = migrationNames(root, provider);

  let url = databaseUrl;
  let read: () => Promise<Set<string>>;
  if (provider === 'sqlite') {
    const file = sqliteFile(databaseUrl);
    url = `file:${file}`;
    read = () => appliedSqlite(file);
  } else {
    read = () => appliedPostgres(databaseUrl);
  }

  const before = await read();
  const pending = folders.filter((name) => !before.has(name));
  if (pending.length === 0) return { applied: [] };

  opts.onApply?.(pending);
  if (provider === 'sqlite') {
    const file = sqliteFile(databaseUrl);
    if (before.size === 0 && pending.length === folders.length && (await bootstrapEmptySqlite(file, root, folders))) {
      return { applied: pending };
    }
    mkdirSync(path.dirname(file), { recursive: true });
  }
  await runDeploy(root, provider, url);
  if (provider === 'sqlite') await compactSqlite(sqliteFile(databaseUrl));

  const after = await read();
  const stillPending = pending.filter((name) => !after.has(name));
  if (stillPending.length) {
    throw new Error(
      `database migration incomplete (${provider}, ${redactUrl(databaseUrl)}): not applied: ${stillPending.join(', ')}`,
    );
  }
  return { applied: pending };
}
