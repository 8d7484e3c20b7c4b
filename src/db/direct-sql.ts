import type { ArgType, SqlQuery, SqlQueryable, SqlResultSet } from '@prisma/driver-adapter-utils';
import type { DbOrTx } from './client.js';

/** A value bound to a `?` placeholder. Dates are written in the database's own DateTime format by the driver adapter. */
export type SqlParam = string | number | boolean | Date | null;

/**
 * Plain SQL for the handful of statements that run for every inbound update and every delivered
 * reply (dedupe, conversation state, people by identity, the outbox). A Prisma model query costs
 * ~150–250 µs of CPU (request building, the query plan); a statement sent straight to the driver
 * adapter costs a few tens of µs. Everything else goes through Prisma. See docs/database.md,
 * "The hot path".
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
 * Direct SQL over a driver adapter's queryable — the adapter itself for standalone statements
 * (on SQLite that waits at the gate, see sqlite-gated-adapter.ts), or the open transaction.
 */
export function queryableSql(dialect: DirectSql['dialect'], queryable: () => SqlQueryable): DirectSql {
  return {
    dialect,
    get: async <T>(sql: string, ...params: SqlParam[]) => rowsOf<T>(await queryable().queryRaw(toQuery(dialect, sql, params)))[0],
    all: async <T>(sql: string, ...params: SqlParam[]) => rowsOf<T>(await queryable().queryRaw(toQuery(dialect, sql, params))),
    run: (sql: string, ...params: SqlParam[]) => queryable().executeRaw(toQuery(dialect, sql, params)),
  };
}

/**
 * Direct SQL on PostgreSQL, through the Prisma client it is given (the pool, or the interactive
 * transaction — whose driver transaction Prisma does not expose). Each statement is a network
 * round trip anyway, so Prisma's raw-query overhead does not show there.
 */
export function prismaSql(db: DbOrTx): DirectSql {
  const pg = (sql: string) => toQuery('postgresql', sql, []).sql;
  return {
    dialect: 'postgresql',
    get: async <T>(sql: string, ...params: SqlParam[]) => (await db.$queryRawUnsafe<T[]>(pg(sql), ...params))[0],
    all: <T>(sql: string, ...params: SqlParam[]) => db.$queryRawUnsafe<T[]>(pg(sql), ...params),
    run: (sql: string, ...params: SqlParam[]) => db.$executeRawUnsafe(pg(sql), ...params),
  };
}

function toQuery(dialect: DirectSql['dialect'], sql: string, params: readonly SqlParam[]): SqlQuery {
  let n = 0;
  return {
    // PostgreSQL numbers its placeholders. Our statements are constants with no `?` in literals.
    sql: dialect === 'postgresql' ? sql.replace(/\?/g, () => `$${++n}`) : sql,
    args: params.map((param) => (param instanceof Date && dialect === 'postgresql' ? param.toISOString() : param)),
    argTypes: params.map(argTypeOf),
  };
}

function argTypeOf(param: SqlParam): ArgType {
  if (param instanceof Date) return { scalarType: 'datetime', arity: 'scalar' };
  if (typeof param === 'number') return { scalarType: Number.isInteger(param) ? 'int' : 'float', arity: 'scalar' };
  if (typeof param === 'boolean') return { scalarType: 'boolean', arity: 'scalar' };
  if (typeof param === 'string') return { scalarType: 'string', arity: 'scalar' };
  return { scalarType: 'unknown', arity: 'scalar' };
}

function rowsOf<T>(result: SqlResultSet): T[] {
  const { columnNames, rows } = result;
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) row[columnNames[i]!] = values[i];
    return row as T;
  });
}
