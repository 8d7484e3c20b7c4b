// Prisma CLI configuration for Between.
//
// One config for both providers. The provider is taken from
// PRISMA_DB_PROVIDER (`sqlite` | `postgresql`, set by scripts/db.mjs and
// src/db/migrate.ts), else from the DATABASE_URL scheme (`file:` → SQLite,
// `postgres(ql)://` → PostgreSQL), else SQLite. Each provider has its derived
// schema and migrations under prisma/<provider>/ (see `npm run db:derive`).
//
// Offline machines: the Prisma CLI downloads a native schema engine before
// most commands. When no native `schema-engine-*` binary is installed and
// PRISMA_SCHEMA_ENGINE_BINARY is not set, point that variable at
// scripts/schema-engine-wasm.mjs (the WebAssembly engine). A machine that has
// the native engine keeps using stock Prisma; an explicit variable always wins.

import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

const root = path.dirname(fileURLToPath(import.meta.url));

function nativeSchemaEngineInstalled(): boolean {
  const dirs: string[] = [];
  try {
    const fromPrisma = createRequire(createRequire(path.join(root, 'package.json')).resolve('prisma/package.json'));
    // @prisma/engines' main is dist/index.js; the binaries sit in the package root.
    dirs.push(path.dirname(path.dirname(fromPrisma.resolve('@prisma/engines'))));
    dirs.push(path.dirname(fromPrisma.resolve('prisma/package.json')));
  } catch {
    dirs.push(path.join(root, 'node_modules', '@prisma', 'engines'), path.join(root, 'node_modules', 'prisma'));
  }
  return dirs.some((dir) => {
    try {
      return readdirSync(dir).some((f) => f.startsWith('schema-engine-') && !f.endsWith('.sha256'));
    } catch {
      return false;
    }
  });
}

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeSchemaEngineInstalled()) {
  const standIn = path.join(root, 'scripts', 'schema-engine-wasm.mjs');
  if (existsSync(standIn)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = standIn;
}

type Provider = 'sqlite' | 'postgresql';

const DEFAULT_URL = 'file:./data/between.db';
const url = process.env.DATABASE_URL || DEFAULT_URL;

function providerOf(u: string): Provider {
  const explicit = process.env.PRISMA_DB_PROVIDER;
  if (explicit === 'sqlite' || explicit === 'postgresql') return explicit;
  return /^postgres(ql)?:\/\//i.test(u) ? 'postgresql' : 'sqlite';
}

/** Relative SQLite paths are relative to the current directory, as at runtime. */
function absoluteSqliteUrl(u: string | undefined): string | undefined {
  if (!u || !/^file:/i.test(u)) return u;
  const rest = u.slice('file:'.length);
  if (rest.startsWith('/') || rest.startsWith(':memory:')) return u;
  return 'file:' + path.resolve(process.cwd(), rest);
}

const provider = providerOf(url);

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: {
    url: absoluteSqliteUrl(url),
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: absoluteSqliteUrl(process.env.SHADOW_DATABASE_URL) } : {}),
  },
});
