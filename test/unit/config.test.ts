import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretsOf } from '../../src/config.js';
import { generateDataKey } from '../../src/privacy/field-crypto.js';

function errorOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration', () => {
  it('runs with no variables at all: embedded SQLite, console user, UTC', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('file:./data/between.db');
    expect(config.DEFAULT_TIMEZONE).toBe('UTC');
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.BETWEEN_DATA_KEY).toBeUndefined();
    expect(config.HEALTH_PORT).toBe(0);
    expect(config.AUDIT_RETENTION_DAYS).toBe(2190);
  });

  it('accepts PostgreSQL URLs and good values', () => {
    const key = generateDataKey();
    const config = loadConfig({
      DATABASE_URL: 'postgresql://between:s3cret-pass@db.internal:5432/between',
      LOG_LEVEL: 'warn',
      DEFAULT_TIMEZONE: 'America/New_York',
      BETWEEN_DATA_KEY: key,
      HEALTH_PORT: '8080',
    });
    expect(config.HEALTH_PORT).toBe(8080);
    expect(secretsOf(config)).toEqual(expect.arrayContaining([key, 's3cret-pass']));
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/between' }, /^Invalid configuration: DATABASE_URL must be a SQLite file: URL or a postgresql:\/\/ URL — for example DATABASE_URL=file:\.\/data\/between\.db$/],
    [{ DATABASE_URL: 'postgresql://exa mple' }, /DATABASE_URL/],
    [{ LOG_LEVEL: 'loud' }, /^Invalid configuration: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent — for example LOG_LEVEL=info$/],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, /^Invalid configuration: DEFAULT_TIMEZONE is not an IANA timezone name — for example DEFAULT_TIMEZONE=Europe\/Berlin$/],
    [{ BETWEEN_DATA_KEY: 'short' }, /^Invalid configuration: BETWEEN_DATA_KEY must be 32 random bytes, base64-encoded/],
    [{ HEALTH_PORT: 'eighty' }, /^Invalid configuration: HEALTH_PORT must be a port number/],
    [{ HEALTH_PORT: '70000' }, /HEALTH_PORT must be between 0 \(off\) and 65535/],
    [{ OUTBOX_MAX_ATTEMPTS: '0' }, /OUTBOX_MAX_ATTEMPTS must be at least 1/],
    [{ CONSOLE_USER: 'two words' }, /CONSOLE_USER must be/],
    [{ AUDIT_RETENTION_DAYS: '-1' }, /^Invalid configuration: AUDIT_RETENTION_DAYS must be from 0 \(keep indefinitely\) to 36500 \(100 years\) — for example AUDIT_RETENTION_DAYS=2190$/],
  ])('rejects %o with one line that names the variable and gives an example', (env, expected) => {
    const message = errorOf(env as Record<string, string>);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('never echoes a rejected value (it may be a secret)', () => {
    const message = errorOf({ BETWEEN_DATA_KEY: 'not-a-key-but-secret-looking' });
    expect(message).not.toContain('not-a-key-but-secret-looking');
  });

  it('prints one line and no stack trace when started with a bad value', async () => {
    const { execFile } = await import('node:child_process');
    const result = await new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/main.ts'],
        { env: { ...process.env, DEFAULT_TIMEZONE: 'Nowhere/Land' }, timeout: 20_000 },
        (error, stdout, stderr) => resolve({ code: error ? (error as NodeJS.ErrnoException & { code: number }).code : 0, stdout, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Invalid configuration: DEFAULT_TIMEZONE is not an IANA timezone name — for example DEFAULT_TIMEZONE=Europe/Berlin',
    );
  });
});
