import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/databases.js';

/** Runs `npm start`'s command with piped input, as a person at a terminal would type it. */
function runConsole(dir: string, input: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, DATABASE_URL: `file:${join(dir, 'between.db')}`, BETWEEN_KEY_FILE: join(dir, 'between.key'), LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  let bannerAfterMs: number | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (bannerAfterMs === undefined && stdout.includes('console mode')) {
      bannerAfterMs = Date.now() - started;
      for (const line of input) child.stdin.write(`${line}\n`);
      child.stdin.end();
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string; bannerAfterMs: number | undefined }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr, bannerAfterMs })),
  );
}

describe('console adapter (npm start with no tokens)', () => {
  it('migrates a fresh database, greets, takes numbered answers, answers /help and unknown commands, and exits cleanly at end of input', async () => {
    const dir = scratchDir('console-');
    const result = await runConsole(dir, ['/start', '1', '/help', '/whatever', '']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Between — console mode');
    expect(result.stdout).toContain('Welcome to Between.');
    expect(result.stdout).toContain('  1) Yes, I agree'); // buttons as a numbered list
    expect(result.stdout).toContain('Which timezone are you in?'); // "1" chose the first option
    expect(result.stdout).toContain('What I can do');
    expect(result.stdout).toContain('I don’t know the command /whatever');
    expect(result.stdout).toContain('Back to your set-up');
    // The embedded defaults: database file, key file with 0600, logs in a file beside them.
    expect(existsSync(join(dir, 'between.db'))).toBe(true);
    expect(statSync(join(dir, 'between.key')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir, 'between.log'))).toBe(true);

    // Second start: nothing to migrate, state kept.
    const again = await runConsole(dir, ['/help']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('What I can do');
  });
});
