// Shared helpers for the benchmark scripts (npm run bench:*). Benchmarks talk only to 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateDatabase } from '../../src/db/migrate.js';

export const POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  provider: 'sqlite' | 'postgresql';
  url: string;
  dispose(): Promise<void>;
}

/** A fresh, migrated database for one benchmark run. */
export async function benchDatabase(provider: 'sqlite' | 'postgresql'): Promise<BenchDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'between-bench-'));
    const url = `file:${join(dir, 'bench.db')}`;
    await migrateDatabase(url);
    return { provider, url, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `between_bench_${Date.now().toString(36)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  await migrateDatabase(url.toString());
  return { provider, url: url.toString(), dispose: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** Whether PostgreSQL answers at POSTGRES_URL. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const rssMb = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`;

/** The providers to run: both, unless `--sqlite-only` or PostgreSQL is not reachable. */
export async function providers(): Promise<('sqlite' | 'postgresql')[]> {
  if (process.argv.includes('--sqlite-only')) return ['sqlite'];
  if (await postgresAvailable()) return ['sqlite', 'postgresql'];
  console.log('(PostgreSQL not reachable at TEST_POSTGRES_URL: SQLite only)');
  return ['sqlite'];
}
