import type BetterSqlite3 from 'better-sqlite3';
import type { Gate } from './gate.js';

/** A value bound to a `?` placeholder. */
export type SqlParam = string | number | bigint | null;

/**
 * Plain SQL with prepared statements kept for reuse, on SQLite's one connection — for the handful
 * of statements that run for every inbound update and every delivered reply (dedupe, conversation
 * state, the outbox). A Prisma query costs ~150–250 µs of CPU on this path (request building, the
 * query plan, a fresh prepare per call); a cached statement costs a few µs. Everything else goes
 * through Prisma. See docs/database.md, "The hot path".
 *
 * Rows come back as plain objects keyed by column name; integers as numbers; DateTime columns as
 * Prisma's SQLite text (ISO 8601 with +00:00, see {@link sqliteTimestamp}).
 */
export interface DirectSql {
  get<T>(sql: string, ...params: SqlParam[]): Promise<T | undefined>;
  all<T>(sql: string, ...params: SqlParam[]): Promise<T[]>;
  /** Runs a write; resolves with the number of rows it changed. */
  run(sql: string, ...params: SqlParam[]): Promise<number>;
}

/** How Prisma stores a DateTime in SQLite (its default `iso8601` format): ISO 8601 text with +00:00. */
export function sqliteTimestamp(at: Date): string {
  return at.toISOString().replace('Z', '+00:00');
}

/** Reads a DateTime column written by Prisma or {@link sqliteTimestamp}. */
export function fromSqliteTimestamp(value: string | number | null): Date | null {
  return value === null ? null : new Date(value);
}

/** Distinct statements are few (they are constants in the repositories); this only bounds a mistake. */
const MAX_CACHED_STATEMENTS = 256;

/** The prepared statements of one connection. */
export class StatementCache {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(readonly connection: BetterSqlite3.Database) {}

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
 * Direct SQL for use inside a transaction that already holds the connection (the Store's gate).
 * Refuses to run once the transaction has ended — a statement then would commit on its own.
 */
export function transactionSql(cache: StatementCache): DirectSql {
  const checked = () => {
    if (!cache.connection.inTransaction) throw new Error('The transaction has already ended');
  };
  return {
    get: async <T>(sql: string, ...params: SqlParam[]) => {
      checked();
      return cache.get(sql).get(...params) as T | undefined;
    },
    all: async <T>(sql: string, ...params: SqlParam[]) => {
      checked();
      return cache.get(sql).all(...params) as T[];
    },
    run: async (sql: string, ...params: SqlParam[]) => {
      checked();
      return cache.get(sql).run(...params).changes;
    },
  };
}

/** Direct SQL for standalone statements: each waits its turn at the gate like any other statement. */
export function gatedSql(cache: StatementCache, gate: Gate): DirectSql {
  return {
    get: <T>(sql: string, ...params: SqlParam[]) => gate.run(async () => cache.get(sql).get(...params) as T | undefined, true),
    all: <T>(sql: string, ...params: SqlParam[]) => gate.run(async () => cache.get(sql).all(...params) as T[], true),
    run: (sql: string, ...params: SqlParam[]) => gate.run(async () => cache.get(sql).run(...params).changes, true),
  };
}
