import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/databases.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MAIN = join(ROOT, 'src', 'main.ts');
const TSX = import.meta.resolve('tsx');

/** Variables a developer's or CI's shell may hold that would make this not a fresh install. */
const SETTINGS = /^(DATABASE_URL|BETWEEN_|LOG_|TELEGRAM_|DISCORD_|SLACK_|CONSOLE_USER|NODE_ENV)/;

/**
 * `npm start` as a newcomer runs it: in `cwd`, with only the environment given (none of Between's
 * settings inherited), typing `input` once the console is ready.
 */
function start(cwd: string, input: string[], env: Record<string, string> = {}) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SETTINGS.test(name)));
  const child = spawn(process.execPath, ['--import', TSX, MAIN], { cwd, env: { ...inherited, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('console mode') && child.stdin.writable) {
      for (const line of input) child.stdin.write(`${line}\n`);
      child.stdin.end();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    child.on('exit', (code) => done({ code, stdout, stderr })),
  );
}

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

function logLines(file: string): LogLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine);
}

/** pino's numeric levels: 40 warn, 50 error, 60 fatal. */
const WARN = 40;

/** Each case starts real processes (two or three), each migrating or opening a database: slow on a busy machine. */
const PROCESS_TEST_TIMEOUT_MS = 90_000;

describe('first run (npm start on an empty directory)', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('creates the database and key with no warning or error, then raises the alarm only when a database with people in it has lost its key', async () => {
    const dir = scratchDir('first-run-');
    const first = await start(dir, ['/start', '']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Which language should I use?');
    const log = join(dir, 'data', 'between.log');
    const lines = logLines(log);
    expect(lines.map((line) => line.msg)).toContain('Generated a new data key file (keep it with backups of the database)');
    expect(lines.filter((line) => line.level >= WARN)).toEqual([]);

    // The real loss: the database holds a person now, and the key file is gone.
    rmSync(join(dir, 'data', 'between.key'));
    const second = await start(dir, []);
    expect(second.code).toBe(0);
    const alarms = logLines(log)
      .slice(lines.length)
      .filter((line) => line.level >= 50);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.msg).toContain('!!! The database exists but its data key file is missing');
  });

  it('a database created but never used (nothing written to it) is not a loss: a missing key there is no alarm', async () => {
    const dir = scratchDir('first-run-');
    await start(dir, []); // migrations ran, nobody wrote anything
    rmSync(join(dir, 'data', 'between.key'));
    const again = await start(dir, []);
    expect(again.code).toBe(0);
    expect(logLines(join(dir, 'data', 'between.log')).filter((line) => line.level >= WARN)).toEqual([]);
    expect(existsSync(join(dir, 'data', 'between.key'))).toBe(true);
  });
});

describe('.env', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('is read when present, and a variable already set in the environment wins over it', async () => {
    const dir = scratchDir('dotenv-');
    writeFileSync(
      join(dir, '.env'),
      ['# copied from .env.example', 'DATABASE_URL=file:./from-file/between.db', 'BETWEEN_KEY_FILE=./from-file/between.key', 'CONSOLE_USER="sam"', ''].join('\n'),
    );
    const result = await start(dir, ['/start', ''], { DATABASE_URL: 'file:./from-env/between.db' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'from-file', 'between.key'))).toBe(true); // from .env
    expect(existsSync(join(dir, 'from-env', 'between.db'))).toBe(true); // the environment won
    expect(existsSync(join(dir, 'from-file', 'between.db'))).toBe(false);
    expect(existsSync(join(dir, 'data'))).toBe(false); // no default used
    const lines = logLines(join(dir, 'from-file', 'between.log'));
    expect(lines.find((line) => line.msg.startsWith('read settings from .env'))?.file).toBe(join(dir, '.env'));
  });

  it('an invalid value in .env is reported like one in the environment, naming the variable', async () => {
    const dir = scratchDir('dotenv-');
    writeFileSync(join(dir, '.env'), 'DEFAULT_TIMEZONE=Mars/Olympus\n');
    const result = await start(dir, []);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration: DEFAULT_TIMEZONE is not an IANA timezone name');
  });
});
