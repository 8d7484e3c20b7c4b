import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase } from '../../src/db/migrate.js';

/** The URL of database `name` on the same server as `baseUrl`. */
export function databaseUrl(baseUrl: string, name: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates and migrates a template database; returns its name. */
export async function createPostgresTemplate(baseUrl: string): Promise<string> {
  const name = `between_tpl_${randomBytes(4).toString('hex')}`;
  await withAdmin(baseUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  await migrateDatabase(databaseUrl(baseUrl, name));
  return name;
}

/** A fresh database copied from the template; returns its URL. */
export async function createPostgresFromTemplate(baseUrl: string, template: string): Promise<{ url: string; name: string }> {
  const name = `between_t_${randomBytes(5).toString('hex')}`;
  await withAdmin(baseUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return { url: databaseUrl(baseUrl, name), name };
}

export async function dropPostgresDatabase(baseUrl: string, name: string): Promise<void> {
  await withAdmin(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
