
/** A value bound to a `?` placeholder. Dates are written in each database's own DateTime format (as Prisma writes them). */
export type SqlParam = string | number | boolean | Date | null;

/**
 * Plain SQL for the handful of statements that run for every inbound update and every delivered
 * reply (dedupe, conversation state, people by identity, the outbox, schedule claims). On SQLite
 * they are prepared statements kept for reuse on the gated connection
 * (`GatedSqliteAdapter.sql`, src/db/sqlite-gated-adapter.ts): a Prisma model query costs ~150–250 µs of CPU, a statement
 * prepared anew through the driver adapter's public API ~60 µs, a kept one a few µs. On PostgreSQL
 * they go through the bound Prisma client ({@link prismaSql}). Everything else goes through Prisma.
 * See docs/database.md, "The hot path".
 *
 * Statements are written once with `?` placeholders, for both databases; where the dialects
 * differ the repository picks its SQL text by {@link DirectSql.dialect}, never its code path.
 * Rows come back as plain objects keyed by column name; DateTime columns as text or Date
 * (read them with {@link toDate}).
 */
export interface DirectSql {
  readonly dialect: 'sqlite' | 'postgresql';
  get<T>(sql: string, ...params: SqlParam[]): Promise<T | undefined>;
  all<T>(sql: string, ...params: SqlParam[]): Promise<T[]>;
  /** Runs a write; resolves with the number of rows it changed. */
  run(sql: string, ...params: SqlParam[]): Promise<number>;
}

/** Reads a DateTime column, however the driver returned it. */
export function toDate(value: string | number | Date | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/**
 * Direct SQL on PostgreSQL, through the Prisma client it is given (the pool, or the interactive
 * transaction — whose driver transaction Prisma does not expose). Each statement is a network
 * round trip anyway, so Prisma's raw-query overhead does not show there.
 */
export function prismaSql(db: RawQueries): DirectSql {
  return {
    dialect: 'postgresql',
    get: async <T>(sql: string, ...params: SqlParam[]) => (await db.$queryRawUnsafe<T[]>(numbered(sql), ...params))[0],
    all: async <T>(sql: string, ...params: SqlParam[]) => db.$queryRawUnsafe<T[]>(numbered(sql), ...params),
    run: async (sql: string, ...params: SqlParam[]) => db.$executeRawUnsafe(numbered(sql), ...params),
  };
}

/** What {@link prismaSql} needs of a Prisma client or transaction client. */
interface RawQueries {
  $queryRawUnsafe<T>(sql: string, ...values: unknown[]): PromiseLike<T>;
  $executeRawUnsafe(sql: string, ...values: unknown[]): PromiseLike<number>;
}

/** PostgreSQL numbers its placeholders. Our statements are constants with no `?` in literals. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
