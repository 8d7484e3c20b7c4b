#!/usr/bin/env node
/* global WebAssembly */
// Stand-in for Prisma's native `schema-engine` binary, built on the
// WebAssembly schema engine (@prisma/schema-engine-wasm) and the official
// driver adapters. prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here
// only when no native engine is installed (see /work/shared/PRISMA.md), so a
// machine that could download Prisma's engines keeps using stock Prisma.
//
// Interface (the same one the Prisma CLI uses with the native binary):
//   schema-engine-wasm.mjs --version
//   schema-engine-wasm.mjs --datasource '{"url":…}' cli can-connect-to-database|create-database
//   schema-engine-wasm.mjs [--datamodels <path or schema text>]… [--datasource '{"url":…,"shadowDatabaseUrl":…}']
//     → JSON-RPC 2.0 on stdin/stdout, one message per line; logs on stderr as
//       JSON lines {level, fields:{message}, target}.
//
// Quirks handled here (each observed with the WASM engine + adapters):
//  1. devDiagnostic fails with P1014 on a database without _prisma_migrations:
//     apply the migrations, then ask again.
//  2. SQLite: the engine replays migration.sql on the shadow database as one
//     parameterless executeRaw; better-sqlite3 runs one statement per call, so
//     such calls fall back to executeScript.
//  3. PostgreSQL shadow database: PrismaPg.connectToShadowDb reconnects to the
//     main database when built from a connection string; we create and drop
//     our own temporary database instead (needs CREATEDB, like the native one).
//  4. PostgreSQL: the internal "char" type (oid 18) is read as text; scripts
//     are sent as one simple-protocol query (PrismaPg splits on every `;`,
//     which breaks $$ bodies and would not roll a failed migration back whole).
//  5. evaluateDataLoss/createMigration are retried after devDiagnostic; a
//     SQLite reset deletes and recreates the database file.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const TARGET = 'schema_engine::logger';

// ---------------------------------------------------------------- logging

function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: TARGET }) + '\n',
  );
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const out = { datamodels: [], datasource: null, version: false, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${a}`);
      return argv[++i];
    };
    if (a === '--version' || a === '-V') out.version = true;
    else if (a === '--datamodels' || a === '-d') out.datamodels.push(value());
    else if (a.startsWith('--datamodels=')) out.datamodels.push(a.slice('--datamodels='.length));
    else if (a === '--datasource') out.datasource = JSON.parse(value());
    else if (a.startsWith('--datasource=')) out.datasource = JSON.parse(a.slice('--datasource='.length));
    else if (a === '--enabled-preview-features' || a === '--extension-types') value();
    else if (a === 'cli') {
      out.cli = argv[i + 1] ?? null;
      break;
    } else log('WARN', `ignoring unknown argument ${a}`);
  }
  return out;
}

function loadDatamodels(entries) {
  return entries.map((entry, i) => {
    // The Prisma CLI passes file paths; accept literal schema text as well.
    if (!entry.includes('\n') && existsSync(entry)) return [entry, readFileSync(entry, 'utf8')];
    return [`schema${i}.prisma`, entry];
  });
}

function providerOf(url, datamodels) {
  if (url) {
    if (/^file:/i.test(url)) return 'sqlite';
    if (/^postgres(ql)?:\/\//i.test(url)) return 'postgresql';
    throw new Error(`unsupported datasource URL scheme in ${redact(url)} (only file: and postgres(ql)://)`);
  }
  for (const [, text] of datamodels) {
    const m = /datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"([^"]+)"/s.exec(text);
    if (m) return m[1] === 'postgres' ? 'postgresql' : m[1];
  }
  return null;
}

// ---------------------------------------------------------------- SQLite

function sqlitePath(url) {
  let p = url.replace(/^file:/i, '');
  const q = p.indexOf('?');
  if (q >= 0) p = p.slice(0, q);
  if (p.startsWith('//')) p = fileURLToPath('file:' + p);
  return p === ':memory:' ? p : path.resolve(p);
}

function removeSqliteFiles(file) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

async function createSqliteFile(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const { default: Database } = await import('better-sqlite3');
  new Database(file).close();
}

function patchSqliteAdapter(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      // Quirk 2: a parameterless multi-statement script (shadow database replay).
      if (query.args.length === 0 && e instanceof RangeError && /more than one statement/i.test(e.message)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw e;
    }
  };
  return adapter;
}

async function sqliteFactory(url, shadowUrl) {
  const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
  const file = sqlitePath(url);
  const shadow = shadowUrl ? sqlitePath(shadowUrl) : undefined;
  const inner = new PrismaBetterSqlite3({ url: file }, shadow ? { shadowDatabaseUrl: shadow } : undefined);
  const open = new Set();
  const track = (adapter) => {
    patchSqliteAdapter(adapter);
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      open.delete(adapter);
      if (disposed) return;
      disposed = true;
      await dispose();
    };
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
      return track(await inner.connect());
    },
    connectToShadowDb: async () => track(await inner.connectToShadowDb()),
    async close() {
      for (const adapter of [...open]) await adapter.dispose().catch(() => {});
    },
  };
}

// ---------------------------------------------------------------- PostgreSQL

let pgModule;
async function pg() {
  pgModule ??= (await import('pg')).default;
  return pgModule;
}

function pgDatabaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

function pgWithDatabase(url, database) {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(database);
  return u.toString();
}

function quoteIdent(name) {
  return '"' + name.replace(/"/g, '""') + '"';
}

async function withPgClient(url, fn) {
  const { Client } = await pg();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `fn` on a connection to a maintenance database of the same server. */
async function withPgMaintenanceClient(url, fn) {
  let lastError;
  for (const db of ['postgres', 'template1']) {
    let connected = false;
    try {
      return await withPgClient(pgWithDatabase(url, db), async (c) => {
        connected = true;
        return fn(c);
      });
    } catch (e) {
      if (connected) throw e;
      lastError = e;
    }
  }
  throw lastError;
}

async function dropPgDatabase(url, name) {
  await withPgMaintenanceClient(url, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}

const tempPgDatabases = new Map(); // name -> main url

let pgPatched = false;
const charColumns = new WeakMap(); // query -> indexes of "char" columns
function patchPgAdapter(adapter) {
  if (!pgPatched) {
    // Quirk 4a: PrismaPg rejects pg_catalog's internal "char" type (oid 18).
    // Let it through as text, then report those columns as Character, which is
    // what the schema describer reads them as. Patched on the prototype shared
    // by the adapter and its transactions.
    let proto = Object.getPrototypeOf(adapter);
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'performIO')) proto = Object.getPrototypeOf(proto);
    if (proto && typeof proto.queryRaw === 'function') {
      const { performIO, queryRaw } = proto;
      proto.performIO = async function (query) {
        const result = await performIO.call(this, query);
        const indexes = [];
        for (const r of Array.isArray(result) ? result : [result]) {
          (r?.fields ?? []).forEach((f, i) => {
            if (f.dataTypeID === 18) {
              f.dataTypeID = 25;
              indexes.push(i);
            }
          });
        }
        if (indexes.length && query && typeof query === 'object') charColumns.set(query, indexes);
        return result;
      };
      proto.queryRaw = async function (query) {
        const result = await queryRaw.call(this, query);
        const indexes = charColumns.get(query);
        if (indexes) {
          charColumns.delete(query);
          for (const i of indexes) result.columnTypes[i] = ColumnTypeEnum.Character;
        }
        return result;
      };
      pgPatched = true;
    } else {
      log('WARN', 'could not patch @prisma/adapter-pg for the "char" type');
    }
  }
  // Quirk 4b: one simple-protocol query (no parameters), one implicit transaction.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

let ColumnTypeEnum;

async function pgFactory(url, shadowUrl) {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  ({ ColumnTypeEnum } = await import('@prisma/driver-adapter-utils'));
  const inner = new PrismaPg({ connectionString: url });
  const open = new Set();
  const track = (adapter, afterDispose) => {
    patchPgAdapter(adapter);
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    let disposed = false;
    adapter.dispose = async () => {
      open.delete(adapter);
      if (disposed) return;
      disposed = true;
      await dispose();
      if (afterDispose) await afterDispose();
    };
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => track(await inner.connect()),
    connectToShadowDb: async () => {
      if (shadowUrl) return track(await new PrismaPg({ connectionString: shadowUrl }).connect());
      // Quirk 3: our own temporary shadow database on the main server.
      const name = `prisma_shadow_${process.pid}_${randomBytes(4).toString('hex')}`;
      await withPgClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
      tempPgDatabases.set(name, url);
      log('INFO', `created temporary shadow database ${name}`);
      const adapter = await new PrismaPg({ connectionString: pgWithDatabase(url, name) }).connect();
      return track(adapter, async () => {
        await dropPgDatabase(url, name);
        tempPgDatabases.delete(name);
        log('INFO', `dropped temporary shadow database ${name}`);
      });
    },
    async close() {
      for (const adapter of [...open]) await adapter.dispose().catch(() => {});
    },
  };
}

async function dropLeftoverPgDatabases() {
  for (const [name, url] of [...tempPgDatabases]) {
    await dropPgDatabase(url, name).catch((e) => log('WARN', `could not drop ${name}: ${e.message}`));
    tempPgDatabases.delete(name);
  }
}

function pgConnectionError(e, url) {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || 5432}`;
  switch (e.code) {
    case '3D000':
      return { error_code: 'P1003', message: `Database \`${pgDatabaseName(url)}\` does not exist on the database server at \`${where}\`.` };
    case '28P01':
    case '28000':
      return { error_code: 'P1000', message: `Authentication failed against database server at \`${where}\`: ${e.message}` };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return { error_code: 'P1001', message: `Can't reach database server at \`${where}\`.` };
    default:
      return { error_code: 'P1001', message: `Can't connect to database server at \`${where}\`: ${e.message}` };
  }
}

// ---------------------------------------------------------------- CLI subcommands

class EngineFailure extends Error {
  constructor(error_code, message) {
    super(message);
    this.code = error_code;
  }
}

async function canConnect(url) {
  const provider = providerOf(url, []);
  if (provider === 'sqlite') {
    const file = sqlitePath(url);
    if (file !== ':memory:' && !existsSync(file)) {
      throw new EngineFailure('P1003', `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`);
    }
    return;
  }
  try {
    await withPgClient(url, (c) => c.query('SELECT 1'));
  } catch (e) {
    const { error_code, message } = pgConnectionError(e, url);
    throw new EngineFailure(error_code, message);
  }
}

async function createDatabase(url) {
  const provider = providerOf(url, []);
  if (provider === 'sqlite') {
    const file = sqlitePath(url);
    await createSqliteFile(file);
    return path.basename(file);
  }
  const name = pgDatabaseName(url);
  try {
    await withPgMaintenanceClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  } catch (e) {
    if (e.code === '42P04') return name; // already exists
    const failure = e.code ? pgConnectionError(e, url) : { error_code: 'P1001', message: e.message };
    throw new EngineFailure(failure.error_code, failure.message);
  }
  return name;
}

async function runCliCommand(command, url) {
  log('INFO', `schema-engine-wasm stand-in: cli ${command}`);
  if (!url) throw new EngineFailure('P1012', 'no datasource URL given (--datasource)');
  if (command === 'can-connect-to-database') {
    await canConnect(url);
    return;
  }
  if (command === 'create-database') {
    const name = await createDatabase(url);
    process.stdout.write(JSON.stringify({ databaseName: name }) + '\n');
    return;
  }
  throw new EngineFailure('P1012', `unsupported cli command: ${command}`);
}

// ---------------------------------------------------------------- WASM engine

// The WASM engine's panic hook reports the panic message here.
let lastPanic = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanic = String(message);
  },
};

let wasmModule;
async function loadWasm() {
  if (wasmModule) return wasmModule;
  const entry = require.resolve('@prisma/schema-engine-wasm');
  const dir = path.dirname(entry);
  // The package imports its .wasm as an ES module, which Node does not do
  // without a flag: instantiate it by hand with the generated JS glue.
  const bg = await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href);
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, 'schema_engine_bg.wasm')), {
    './schema_engine_bg.js': bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  wasmModule = bg;
  return bg;
}

function onEngineLog(line) {
  try {
    const parsed = JSON.parse(line);
    if (!['ERROR', 'WARN', 'INFO'].includes(parsed.level)) return;
    // The engine logs whole schemas at INFO; the CLI repeats every message in its errors.
    const message = parsed.fields?.message;
    if (parsed.level === 'INFO' && typeof message === 'string' && message.length > 300) {
      parsed.fields.message = message.slice(0, 300) + '…';
      line = JSON.stringify(parsed);
    }
    process.stderr.write(line.trimEnd() + '\n');
  } catch {
    log('INFO', String(line));
  }
}

class Engine {
  constructor(opts) {
    this.print = opts.print;
    this.datamodels = opts.datamodels;
    this.url = opts.url;
    this.shadowUrl = opts.shadowUrl;
    this.provider = providerOf(opts.url, opts.datamodels);
    this.engine = null;
    this.factory = null;
  }

  async start() {
    const bg = await loadWasm();
    const { bindMigrationAwareSqlAdapterFactory } = await import('@prisma/driver-adapter-utils');
    if (this.provider === 'sqlite') {
      this.factory = await sqliteFactory(this.url ?? 'file::memory:', this.shadowUrl);
    } else if (this.provider === 'postgresql') {
      if (!this.url) throw new EngineFailure('P1012', 'a PostgreSQL datasource URL is required');
      this.factory = await pgFactory(this.url, this.shadowUrl);
    } else {
      throw new EngineFailure('P1012', `unsupported provider: ${this.provider ?? '(none: pass --datasource or --datamodels)'}`);
    }
    this.engine = await bg.SchemaEngine.new(
      { datamodels: this.datamodels.length ? this.datamodels : undefined },
      onEngineLog,
      bindMigrationAwareSqlAdapterFactory(this.factory),
    );
  }

  async stop() {
    const engine = this.engine;
    this.engine = null;
    if (this.factory) await this.factory.close();
    try {
      engine?.free();
    } catch {
      // already gone
    }
  }

  async call(method, params) {
    if (!this.engine) await this.start();
    const e = this.engine;
    switch (method) {
      case 'getDatabaseVersion':
        return e.version(params ?? null);
      case 'createDatabase': {
        const ds = params?.datasource;
        const url = ds?.tag === 'ConnectionString' ? ds.url : this.url;
        return { databaseName: await createDatabase(url) };
      }
      case 'devDiagnostic':
        try {
          return await e.devDiagnostic(params);
        } catch (err) {
          if (err?.code !== 'P1014') throw err;
          // Quirk 1: fresh database without _prisma_migrations.
          log('INFO', 'devDiagnostic: no migrations table yet, applying migrations first');
          await e.applyMigrations({ migrationsList: params.migrationsList, filters: params.filters });
          return e.devDiagnostic(params);
        }
      case 'evaluateDataLoss':
      case 'createMigration':
        try {
          return await e[method](params);
        } catch (err) {
          // Quirk 5: the history must be computed on the shadow database first.
          log('INFO', `${method} failed (${err?.message ?? err}); running devDiagnostic and retrying`);
          await this.call('devDiagnostic', { migrationsList: params.migrationsList, filters: params.filters });
          return e[method](params);
        }
      case 'reset':
        if (this.provider === 'sqlite' && this.url && sqlitePath(this.url) !== ':memory:') {
          // Quirk 5: over the adapter, reset only empties tables.
          const file = sqlitePath(this.url);
          await this.stop();
          removeSqliteFiles(file);
          await createSqliteFile(file);
          await this.start();
          return {};
        }
        await e.reset(params);
        return {};
      case 'diff': {
        // The native engine prints the diff through a `print` request to the
        // CLI (its result carries no stdout); the WASM engine returns it.
        const result = await e.diff(params);
        if (result?.stdout != null) {
          await this.print(result.stdout);
          return { ...result, stdout: null };
        }
        return result;
      }
      case 'getDatabaseDescription':
        throw new EngineFailure('P1012', 'getDatabaseDescription is not supported by the WASM schema engine');
      default:
        if (typeof e[method] !== 'function' || method === 'free' || method === 'constructor') {
          const err = new Error(`Method not found: ${method}`);
          err.rpcCode = -32601;
          throw err;
        }
        return e[method](params);
    }
  }
}

// ---------------------------------------------------------------- JSON-RPC

function rpcError(err) {
  if (err?.rpcCode) return { code: err.rpcCode, message: err.message };
  const isPanic = err instanceof WebAssembly.RuntimeError || err?.name === 'RuntimeError';
  const message = isPanic && lastPanic ? lastPanic : (err?.message ?? String(err));
  return {
    code: 4466,
    message: 'An error happened. Check the data field for details.',
    data: {
      is_panic: isPanic,
      message,
      backtrace: isPanic ? err?.stack : undefined,
      error: isPanic ? { message } : undefined,
      meta: err?.meta ?? {},
      error_code: typeof err?.code === 'string' && /^P\d{4}$/.test(err.code) ? err.code : undefined,
    },
  };
}

async function serve(opts) {
  const out = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
  // Requests from us to the CLI (only `print`), awaiting the CLI's response.
  const pending = new Map();
  let nextId = 1;
  const print = (content) =>
    new Promise((resolve) => {
      const id = `engine-${nextId++}`;
      pending.set(id, resolve);
      out({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });
  const engine = new Engine({ ...opts, print });
  let queue = Promise.resolve();
  let fatal = false;

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      out({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (!msg.method) {
      // A response to one of our requests.
      const resolve = pending.get(msg.id);
      if (resolve) {
        pending.delete(msg.id);
        resolve(msg.result);
      }
      return;
    }
    if (msg.id === undefined) return; // a notification: nothing to answer
    queue = queue.then(async () => {
      if (fatal) return;
      inFlight = msg.id;
      try {
        const result = await engine.call(msg.method, msg.params);
        out({ jsonrpc: '2.0', id: msg.id, result: result ?? null });
      } catch (err) {
        const error = rpcError(err);
        if (!error.data?.is_panic) log('INFO', `${msg.method} failed: ${error.data?.message ?? error.message}`);
        else log('ERROR', error.data.message);
        out({ jsonrpc: '2.0', id: msg.id, error });
        if (error.data?.is_panic) {
          fatal = true;
          await shutdown(101);
        }
      } finally {
        inFlight = undefined;
      }
    });
  });

  // A panic inside an engine future surfaces as an uncaught RuntimeError.
  let inFlight;
  process.on('uncaughtException', (err) => {
    const error = rpcError(err);
    log('ERROR', error.data?.message ?? error.message);
    if (inFlight !== undefined) out({ jsonrpc: '2.0', id: inFlight, error });
    fatal = true;
    dropLeftoverPgDatabases().finally(() => process.exit(101));
  });

  let closing = false;
  async function shutdown(code) {
    if (closing) return;
    closing = true;
    rl.close();
    await engine.stop().catch(() => {});
    await dropLeftoverPgDatabases();
    process.exit(code);
  }
  rl.on('close', () => {
    queue.then(() => shutdown(0));
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => queue.then(() => shutdown(130)));
}

// ---------------------------------------------------------------- main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const pkg = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'package.json');
    const { version } = JSON.parse(readFileSync(pkg, 'utf8'));
    process.stdout.write(`schema-engine-wasm ${version}\n`);
    return;
  }
  const url = args.datasource?.url ?? null;
  const shadowUrl = args.datasource?.shadowDatabaseUrl ?? null;
  if (args.cli) {
    try {
      await runCliCommand(args.cli, url);
      process.exit(0);
    } catch (e) {
      log('ERROR', e.message, { error_code: e.code && /^P\d{4}$/.test(e.code) ? e.code : 'P1001' });
      process.exit(1);
    }
  }
  log('INFO', 'Starting schema-engine-wasm stand-in');
  await serve({ datamodels: loadDatamodels(args.datamodels), url, shadowUrl });
}

main().catch((e) => {
  log('ERROR', e?.stack ?? String(e));
  process.exit(1);
});
