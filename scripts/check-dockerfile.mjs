#!/usr/bin/env node
// Replays the Dockerfile's build and run steps without a Docker engine, so a broken COPY, RUN or
// CMD shows up in CI: each stage gets its own temporary folder (standing in for the image's /app),
// COPY copies from the committed tree (git archive of HEAD) or from the earlier stage, RUN runs
// with sh, ENV is applied, and finally CMD is started and HEALTHCHECK must pass.
//
// System package installs (apt-get) are skipped: this machine kind already has python3, make and g++.
// Usage: npm run check:docker [-- --keep]

import { execSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'between-docker-check-'));
const context = join(work, 'context');
mkdirSync(context);
execSync(`git archive HEAD | tar -x -C ${JSON.stringify(context)}`, { cwd: root, stdio: 'inherit', shell: '/bin/sh' });

/** Dockerfile instructions, with line continuations joined and comments dropped. */
function instructions(text) {
  const joined = text.replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, op, rest] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
      return { op: op.toUpperCase(), args: rest };
    });
}

const stages = new Map();
let stage;
let env = {};
let cmd;
let healthcheck;
const started = Date.now();

for (const { op, args } of instructions(readFileSync(join(context, 'Dockerfile'), 'utf8'))) {
  switch (op) {
    case 'FROM': {
      const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.size}`;
      stage = { name, dir: join(work, name), workdir: '/app' };
      mkdirSync(stage.dir, { recursive: true });
      stages.set(name, stage);
      env = {};
      console.log(`\n== stage ${name} (${args.split(/\s+/)[0]})`);
      break;
    }
    case 'WORKDIR':
      stage.workdir = args;
      mkdirSync(hostPath(stage, args), { recursive: true });
      break;
    case 'ENV':
      for (const [, key, value] of args.matchAll(/(\w+)=(\S+)/g)) env[key] = value;
      break;
    case 'COPY': {
      const parts = args.split(/\s+/);
      const from = parts.find((part) => part.startsWith('--from='))?.slice('--from='.length);
      const paths = parts.filter((part) => !part.startsWith('--'));
      const destination = paths.pop();
      for (const source of paths) {
        const src = from ? hostPath(stages.get(from), source) : join(context, source);
        const destDir = hostPath(stage, destination.startsWith('/') ? destination : join(stage.workdir, destination));
        const target = destination.endsWith('/') || paths.length > 1 ? join(destDir, source.split('/').pop()) : destDir;
        mkdirSync(dirname(target), { recursive: true });
        cpSync(src, target, { recursive: true, verbatimSymlinks: true });
      }
      console.log(`COPY ${args}`);
      break;
    }
    case 'RUN': {
      if (/apt-get/.test(args)) {
        console.log(`RUN (skipped: system packages) ${args}`);
        break;
      }
      const command = args.replaceAll('/app/', `${hostPath(stage, '/app')}/`).replace(/chown \S+ /g, 'true ');
      console.log(`RUN ${args}`);
      execSync(command, { cwd: hostPath(stage, stage.workdir), stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, ...env } });
      break;
    }
    case 'CMD':
      cmd = JSON.parse(args);
      break;
    case 'HEALTHCHECK':
      healthcheck = args.replace(/^.*?CMD\s+/, '');
      break;
    default:
      console.log(`${op} ${args} (nothing to replay)`);
  }
}
console.log(`\nbuild steps took ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Start the final stage's CMD with its ENV, the data volume in a temp folder and stdin kept open.
const runtime = stage;
const runEnv = { ...process.env, ...env };
for (const [key, value] of Object.entries(runEnv)) if (typeof value === 'string') runEnv[key] = value.replaceAll('/app/', `${hostPath(runtime, '/app')}/`);
const port = 18_000 + Math.floor(Math.random() * 2_000);
runEnv.HEALTH_PORT = String(port);
const bootStarted = Date.now();
const child = spawn(cmd[0], cmd.slice(1), { cwd: hostPath(runtime, runtime.workdir), env: runEnv, stdio: ['pipe', 'inherit', 'inherit'] });
let healthy = false;
for (let i = 0; i < 100 && !healthy && child.exitCode === null; i++) {
  await new Promise((r) => setTimeout(r, 200));
  try {
    execSync(healthcheck.replaceAll('8080', String(port)), { stdio: 'ignore', shell: '/bin/sh' });
    healthy = true;
  } catch {
    // not up yet
  }
}
const bootMs = Date.now() - bootStarted;
child.kill('SIGTERM');
const code = await new Promise((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (c) => r(c))));
if (!keep) rmSync(work, { recursive: true, force: true });
if (!healthy) {
  console.error(`\nFAIL: the container command never passed its HEALTHCHECK (exit code ${code})`);
  process.exit(1);
}
if (code !== 0) {
  console.error(`\nFAIL: the container command did not shut down cleanly on SIGTERM (exit code ${code})`);
  process.exit(1);
}
console.log(`\nOK: built, started (healthy after ${bootMs} ms) and stopped cleanly on SIGTERM.`);

function hostPath(s, containerPath) {
  return join(s.dir, containerPath.replace(/^\/+/, ''));
}
