import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import type BetterSqlite3 from 'better-sqlite3';
import { Gate } from './gate.js';
import type { DirectSql, SqlParam } from './direct-sql.js';

/**
 * SQLite has one connection, and a statement sent while a transaction is open on it runs *inside*
 * that transaction (it sees uncommitted rows and is rolled back with it). Prisma's better-sqlite3
 * adapter only queues transactions behind each other; its plain queries go straight through. This
 * factory wraps it so that every use of the connection — Prisma's queries, its transactions, our
 * own hot statements ({@link GatedSqliteAdapter.sql}) and the group commit's savepoints — takes turns
 * at one {@link Gate}: standalone statements first, then transactions, FIFO within each. A
 * transaction holds the gate from BEGIN until it commits or rolls back.
 *
 * Because the rule lives in the driver adapter, no caller can bypass it: `prisma` itself is gated.
 */
export class GatedSqliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName: string;
  readonly gate = new Gate();
  private opened: GatedSqliteAdapter | undefined;

  constructor(private readonly inner: SqlMigrationAwareDriverAdapterFactory) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const inner = await this.inner.connect();
    this.opened = new GatedSqliteAdapter(inner, this.gate, connectionOf(inner));
    return this.opened;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.inner.connectToShadowDb();
  }

  /** The adapter Prisma is using (after its first query). */
  adapter(): GatedSqliteAdapter {
    if (!this.opened) throw new Error('The SQLite connection is not open yet');
    return this.opened;
  }
}

export class GatedSqliteAdapter implements SqlDriverAdapter {
  readonly provider = 'sqlite';
  readonly adapterName: string;
  /** The transaction holding the gate, if any (SQLite has at most one). */
  private current: Transaction | undefined;

  private readonly statements: StatementCache;

  constructor(
    private readonly inner: SqlDriverAdapter,
    readonly gate: Gate,
    connection: BetterSqlite3.Database,
  ) {
    this.statements = new StatementCache(connection);
    this.adapterName = inner.adapterName;
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo!();
  }

  readonly getConnectionInfo?: SqlDriverAdapter['getConnectionInfo'];

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.gate.run(() => this.inner.queryRaw(query), true);
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.gate.run(() => this.inner.executeRaw(query), true);
  }

  executeScript(script: string): Promise<void> {
    return this.gate.run(() => this.inner.executeScript(script), true);
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.gate.acquire();
    let transaction: Transaction;
    try {
      transaction = await this.inner.startTransaction(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    // Prisma ends a transaction by sending COMMIT or ROLLBACK through it, then calling commit() or
    // rollback(). When COMMIT itself fails it calls rollback() without a ROLLBACK, which would
    // leave SQLite inside the transaction: then this sends one, while the gate is still held.
    let closed = false;
    const statement = async (query: SqlQuery) => {
      const changes = await transaction.executeRaw(query);
      if (/^\s*(COMMIT|ROLLBACK)\s*$/i.test(query.sql)) closed = true;
      return changes;
    };
    const end = async (how: 'commit' | 'rollback') => {
      try {
        if (how === 'rollback' && !closed) await transaction.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => undefined);
        await transaction[how]();
      } finally {
        if (this.current === wrapped) this.current = undefined;
        release();
      }
    };
    const wrapped: Transaction = {
      provider: transaction.provider,
      adapterName: transaction.adapterName,
      options: transaction.options,
      queryRaw: (query) => transaction.queryRaw(query),
      executeRaw: statement,
      commit: () => end('commit'),
      rollback: () => end('rollback'),
      createSavepoint: (name) => savepoint(transaction, `SAVEPOINT ${name}`),
      rollbackToSavepoint: (name) => savepoint(transaction, `ROLLBACK TO ${name}`),
      releaseSavepoint: (name) => savepoint(transaction, `RELEASE SAVEPOINT ${name}`),
    };
    this.current = wrapped;
    return wrapped;
  }

  /**
   * The open transaction, for statements that must run inside it (the group commit's savepoints,
   * the repositories' hot statements in a unit of work). Throws when none is open: a statement then
   * would commit on its own.
   */
  transaction(): Transaction {
    if (!this.current) throw new Error('The transaction has already ended');
    return this.current;
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  /**
   * The hot path's statements (src/db/direct-sql.ts) as prepared statements kept for reuse on this
   * connection. `bound: 'standalone'` — each waits its turn at the gate like any statement;
   * `'transaction'` — it runs in the open transaction, and refuses once that has ended (it would
   * otherwise commit on its own).
   */
  sql(bound: 'standalone' | 'transaction'): DirectSql {
    const run = <T>(work: () => T): Promise<T> => {
      if (bound === 'standalone') return this.gate.run(async () => work(), true);
      if (!this.current) return Promise.reject(new Error('The transaction has already ended'));
      return Promise.resolve(work());
    };
    const cache = this.statements;
    return {
      dialect: 'sqlite',
      get: <T>(sql: string, ...params: SqlParam[]) => run(() => cache.get(sql).get(...params.map(toSqlite)) as T | undefined),
      all: <T>(sql: string, ...params: SqlParam[]) => run(() => cache.get(sql).all(...params.map(toSqlite)) as T[]),
      run: (sql: string, ...params: SqlParam[]) => run(() => cache.get(sql).run(...params.map(toSqlite)).changes),
    };
  }
}

/**
 * A value as Prisma's better-sqlite3 adapter binds it (its default `iso8601` timestamps: ISO 8601
 * text with +00:00; booleans as 0/1), so rows written here and by Prisma read the same —
 * test/db/hot-path.test.ts pins that.
 */
function toSqlite(param: SqlParam): string | number | null {
  if (param instanceof Date) return param.toISOString().replace('Z', '+00:00');
  if (typeof param === 'boolean') return param ? 1 : 0;
  return param;
}

/** Distinct statements are few (they are constants in the repositories); this only bounds a mistake. */
const MAX_CACHED_STATEMENTS = 256;

/** The prepared statements of one connection. */
class StatementCache {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly connection: BetterSqlite3.Database) {}

  get(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.connection.prepare(sql);
      // Prisma's adapter turns on 64-bit integers for the connection; our columns are small.
      statement.safeIntegers(false);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/**
 * The connection Prisma's adapter opened (its `client` field), for the prepared statements above.
 * The driver-adapter API has no way to keep a statement prepared, and preparing each hot statement
 * anew halved the inbound throughput (bench:inbound, see docs/database.md). Checked when the
 * database is opened: a Prisma upgrade that moves the field fails loudly at start, not later.
 */
function connectionOf(adapter: SqlDriverAdapter): BetterSqlite3.Database {
  const client = (adapter as unknown as { client?: unknown }).client;
  const isConnection = typeof client === 'object' && client !== null && typeof (client as BetterSqlite3.Database).prepare === 'function' && 'inTransaction' in client;
  if (!isConnection) throw new Error('The SQLite driver adapter no longer exposes its connection; src/db/sqlite-gated-adapter.ts needs updating');
  return client as BetterSqlite3.Database;
}

async function savepoint(transaction: Transaction, sql: string): Promise<void> {
  await transaction.executeRaw({ sql, args: [], argTypes: [] });
}
