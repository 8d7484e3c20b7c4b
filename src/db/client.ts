import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PrismaClient as SqliteClient, Prisma as SqlitePrisma } from '../generated/sqlite/client.js';
import { sqliteFileOf } from '../data-key.js';
import { providerFromUrl } from './migrate.js';
import { GatedSqliteAdapterFactory, type GatedSqliteAdapter } from './sqlite-gated-adapter.js';

/**
 * One Prisma client API for both databases. The SQLite and PostgreSQL clients are generated from
 * the same canonical schema (prisma/schema.prisma), so their model APIs are the same; the SQLite
 * client's type stands for both. Where the SQL differs (claiming rows, JSON functions) a
 * repository picks its statement's text by dialect (src/db/direct-sql.ts), never its code path.
 */
export type Db = SqliteClient;
/** The client handed to `$transaction` callbacks. */
export type DbTx = SqlitePrisma.TransactionClient;
export type DbOrTx = Db | DbTx;
export type Provider = 'sqlite' | 'postgresql';

export interface Database {
  prisma: Db;
  provider: Provider;
  /**
   * SQLite only: the gated driver adapter under `prisma` (src/db/sqlite-gated-adapter.ts), for the
   * few hot statements that skip Prisma (src/db/direct-sql.ts) and the group commit's savepoints.
   */
  sqlite?: GatedSqliteAdapter;
  /** SQLite only: the database file. */
  file?: string;
  close(): Promise<void>;
}

/** SQLite waits this long for a lock held by another connection before giving up. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000;
const POSTGRES_POOL_SIZE = 10;

/**
 * Opens the database named by `databaseUrl` with the matching driver adapter. Only the chosen
 * provider's client and driver are loaded. SQLite runs in WAL mode with synchronous=NORMAL and
 * secure_delete on: whatever a statement deletes is overwritten with zeros in the page it was on,
 * and pages it frees are zeroed, so deleted rows cannot be read back from the file (what the
 * `-wal` file still holds goes at the next checkpoint: `Store.scrubFreedSpace` in store.ts).
 */
export async function openDatabase(databaseUrl: string): Promise<Database> {
  const provider = providerFromUrl(databaseUrl);
  if (provider === 'sqlite') {
    const file = sqliteFileOf(databaseUrl)!;
    mkdirSync(dirname(file), { recursive: true });
    const [{ PrismaClient }, { PrismaBetterSqlite3 }] = await Promise.all([
      import('../generated/sqlite/client.js'),
      import('@prisma/adapter-better-sqlite3'),
    ]);
    const adapter = new GatedSqliteAdapterFactory(new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }));
    const prisma = new PrismaClient({ adapter });
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
    await prisma.$queryRawUnsafe('PRAGMA foreign_keys = ON');
    await prisma.$queryRawUnsafe('PRAGMA secure_delete = ON');
    return { prisma, provider, sqlite: adapter.adapter(), file, close: () => prisma.$disconnect() };
  }

  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([
    import('../generated/postgresql/client.js'),
    import('@prisma/adapter-pg'),
  ]);
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: POSTGRES_POOL_SIZE }),
  }) as unknown as Db;
  return { prisma, provider, close: () => prisma.$disconnect() };
}


/**
 * Whether anything encrypted has been stored: people, conversations (a first message creates one
 * before consent makes a person), replies waiting in the outbox, enrollment codes. False for a
 * database the migrations have just created.
 */
export async function holdsEncryptedData(prisma: Db): Promise<boolean> {
  const found = await Promise.all([
    prisma.person.findFirst({ select: { id: true } }),
    prisma.conversation.findFirst({ select: { id: true } }),
    prisma.outboxMessage.findFirst({ select: { id: true } }),
    prisma.enrollmentCode.findFirst({ select: { id: true } }),
  ]);
  return found.some((row) => row !== null);
}

/** The schema's model names (the SQLite client's, the same for both providers). */
export type ModelName = SqlitePrisma.ModelName;
