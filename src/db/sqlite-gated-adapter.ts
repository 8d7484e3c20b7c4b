import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { Gate } from './gate.js';

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
    this.opened = new GatedSqliteAdapter(await this.inner.connect(), this.gate);
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

  constructor(
    private readonly inner: SqlDriverAdapter,
    readonly gate: Gate,
  ) {
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
}

async function savepoint(transaction: Transaction, sql: string): Promise<void> {
  await transaction.executeRaw({ sql, args: [], argTypes: [] });
}
