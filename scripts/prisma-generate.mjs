#!/usr/bin/env node
// postinstall: generate the Prisma clients for both providers
// (src/generated/sqlite and src/generated/postgresql) from the derived schemas.
// prisma.config.ts supplies the offline schema engine stand-in when needed, so
// this works without network access. Both generators run in parallel.
// A client whose schema and Prisma versions are unchanged since its last
// generation is skipped (stamp file src/generated/<provider>/.generated);
// pass --force to regenerate anyway.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const providers = ['sqlite', 'postgresql'];
const force = process.argv.includes('--force');

let prismaCli;
try {
  prismaCli = require.resolve('prisma/build/index.js');
} catch {
  console.warn('prisma-generate: the prisma package is not installed; skipping client generation');
  process.exit(0);
}

function version(pkg) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')).version;
  } catch {
    return '?';
  }
}

function stampOf(provider) {
  const schema = readFileSync(path.join(root, 'prisma', provider, 'schema.prisma'), 'utf8');
  return createHash('sha256')
    .update([schema, version('prisma'), version('@prisma/client')].join('\0'))
    .digest('hex');
}

const stampFile = (provider) => path.join(root, 'src', 'generated', provider, '.generated');

function upToDate(provider) {
  const file = stampFile(provider);
  return !force && existsSync(file) && existsSync(path.join(root, 'src', 'generated', provider, 'client.ts')) &&
    readFileSync(file, 'utf8').trim() === stampOf(provider);
}

function generate(provider) {
  const schema = path.join('prisma', provider, 'schema.prisma');
  if (!existsSync(path.join(root, schema))) {
    return Promise.resolve({ provider, code: 1, output: `${schema} is missing (run npm run db:derive)` });
  }
  if (upToDate(provider)) return Promise.resolve({ provider, code: 0, output: '', skipped: true });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [prismaCli, 'generate', '--schema', schema], {
      cwd: root,
      env: { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', PRISMA_DB_PROVIDER: provider },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ provider, code: 1, output: String(e) }));
    child.on('close', (code) => {
      if (code === 0) writeFileSync(stampFile(provider), stampOf(provider) + '\n');
      resolve({ provider, code: code ?? 1, output });
    });
  });
}

// A clean checkout has the derived schemas; derive them if they are missing.
if (providers.some((p) => !existsSync(path.join(root, 'prisma', p, 'schema.prisma')))) {
  spawnSync(process.execPath, [path.join(root, 'scripts', 'db.mjs'), 'derive'], { cwd: root, stdio: 'inherit' });
}

const started = Date.now();
const results = await Promise.all(providers.map(generate));
const failed = results.filter((r) => r.code !== 0);
for (const r of failed) {
  console.error(`prisma generate failed for ${r.provider}:\n${r.output.trim()}`);
}
if (failed.length) process.exit(1);
const made = results.filter((r) => !r.skipped).map((r) => `src/generated/${r.provider}`);
console.log(
  made.length
    ? `Generated Prisma clients (${made.join(', ')}) in ${Date.now() - started} ms`
    : 'Prisma clients are up to date (src/generated/sqlite, src/generated/postgresql)',
);
