import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';

/**
 * The one place that reads `process.env`. Everything else receives a parsed {@link Config}.
 *
 * Each variable is documented in `.env.example` and the README; a bad value stops start-up with
 * one line naming the variable, what is wrong and a good example (see {@link ConfigError}).
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every variable, with the example shown when its value is rejected. */
const EXAMPLES: Record<string, string> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'info',
  LOG_FORMAT: 'json',
  DATABASE_URL: 'file:./data/between.db',
  BETWEEN_DATA_KEY: '$(openssl rand -base64 32)',
  BETWEEN_DATA_KEY_PREVIOUS: '<old base64 key>,<older base64 key>',
  BETWEEN_KEY_FILE: './data/between.key',
  DEFAULT_TIMEZONE: 'Europe/Berlin',
  CONSOLE_USER: 'alex',
  HEALTH_PORT: '8080',
  OUTBOX_MAX_ATTEMPTS: '8',
  INSTANCE_ID: 'web-1',
  CRISIS_REGION: 'US',
  PHQ9_ENABLED: 'true',
  PARTNER_LIMIT: '1',
  FOLLOW_UP_AFTER_MINUTES: '120',
  CATCH_UP_GRACE_MINUTES: '120',
  TELEGRAM_BOT_TOKEN: '123456789:AA… (from @BotFather)',
  TELEGRAM_API_ROOT: 'https://api.telegram.org',
  TELEGRAM_WEBHOOK_URL: 'https://between.example.org/telegram',
  TELEGRAM_WEBHOOK_SECRET: '$(openssl rand -hex 32)',
  TELEGRAM_WEBHOOK_PORT: '8443',
  DISCORD_BOT_TOKEN: '<bot token from the Discord developer portal>',
  DISCORD_API_URL: 'https://discord.com/api',
  SLACK_BOT_TOKEN: 'xoxb-… (OAuth & Permissions → Bot User OAuth Token)',
  SLACK_SIGNING_SECRET: '<Basic Information → Signing Secret>',
  SLACK_APP_TOKEN: 'xapp-… (only for Socket Mode)',
  SLACK_API_URL: 'https://slack.com/api/',
  SLACK_PORT: '3000',
  SLACK_ADMIN_USER_IDS: 'U0123ABCD,U0456EFGH',
  SLACK_PHI_ALLOWED: 'false',
  DEFAULT_DETAIL_LEVEL: 'clinical',
  CHANGE_METHOD: 'jacobson-truax',
  HOMEWORK_TARGET_PERCENT: '60',
  BRIEF_HOURS_BEFORE: '2',
  RISK_REALERT_MINUTES: '30',
  RISK_ESCALATE_MINUTES: '15',
  SLACK_ESCALATION_CHANNEL: 'C0123ABCD (channel details → bottom of the About tab)',
  AUDIT_RETENTION_DAYS: '2190',
};

export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * One variable's reader: the raw value (undefined when unset) in, the parsed value out, or
 * {@link Invalid} with what is wrong. Hand-written rather than a schema library: the whole of
 * zod (and its 60-odd locale files) stayed in memory for a parse done once at start (issue 14,
 * `npm run bench:memory`).
 */
type Reader<T> = (raw: string | undefined) => T;

class Invalid extends Error {}

function invalid(message: string): never {
  throw new Invalid(message);
}

/** Trimmed text; `fallback` when unset. */
function text(fallback: string, check?: (value: string) => boolean, message = ''): Reader<string> {
  return (raw) => {
    if (raw === undefined) return fallback;
    const value = raw.trim();
    return !check || check(value) ? value : invalid(message);
  };
}

/** Trimmed text; undefined when unset or empty. */
function optionalText(check?: (value: string) => boolean, message = ''): Reader<string | undefined> {
  return (raw) => {
    const value = raw?.trim();
    if (!value) return undefined;
    return !check || check(value) ? value : invalid(message);
  };
}

/** One of `values`, exactly as written; `fallback` when unset. */
function oneOf<const T extends string>(values: readonly T[], fallback: T, message: string): Reader<T> {
  return (raw) => {
    if (raw === undefined) return fallback;
    return (values as readonly string[]).includes(raw) ? (raw as T) : invalid(message);
  };
}

/** true/1 or false/0 (or empty: false); `fallback` when unset. */
function flag(fallback: boolean): Reader<boolean> {
  return (raw) => {
    if (raw === undefined) return fallback;
    if (!['true', 'false', '1', '0', ''].includes(raw)) invalid('must be true or false');
    return raw === 'true' || raw === '1';
  };
}

/** A whole number from the environment, with messages that say what is accepted. */
function wholeNumber(min: number, max: number, range: string, what: string, fallback: number): Reader<number> {
  return (raw) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value)) invalid(`must be ${what}`);
    if (!Number.isInteger(value)) invalid('must be a whole number');
    if (value < min || value > max) invalid(`must be ${range}`);
    return value;
  };
}

/** A comma-separated list, each item trimmed, empty items dropped; empty when unset. */
function list(check: (item: string) => boolean, message: string): Reader<string[]> {
  return (raw) => {
    const items = (raw ?? '').split(',').map((part) => part.trim()).filter(Boolean);
    return items.every(check) ? items : invalid(message);
  };
}

const isBase64Key = (value: string) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32;
const BASE64_KEY_MESSAGE = 'must be 32 random bytes, base64-encoded (44 characters)';
const isHttpUrl = (url: string) => URL.canParse(url) && /^https?:/.test(url);

/** Every variable, in the order they are checked (the first bad one is reported). */
const READERS = {
  NODE_ENV: oneOf(['development', 'production', 'test'], 'development', 'must be development, production or test'),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info', `must be one of ${LOG_LEVELS.join(', ')}`),
  LOG_FORMAT: oneOf(['pretty', 'json', 'auto'], 'auto', 'must be pretty, json or auto'),
  DATABASE_URL: ((raw) => {
    if (raw === undefined) return 'file:./data/between.db';
    const url = raw.trim();
    if (!(/^file:.+/.test(url) || /^postgres(ql)?:\/\/[^\s]+$/.test(url))) invalid('must be a SQLite file: URL or a postgresql:// URL');
    if (/^postgres/.test(url) && !URL.canParse(url)) invalid('is not a well-formed URL');
    return url;
  }) as Reader<string>,
  BETWEEN_DATA_KEY: ((raw) => (raw === undefined || raw === '' ? undefined : isBase64Key(raw.trim()) ? raw.trim() : invalid(BASE64_KEY_MESSAGE))) as Reader<string | undefined>,
  BETWEEN_DATA_KEY_PREVIOUS: list(isBase64Key, 'must be a comma-separated list of base64 32-byte keys'),
  BETWEEN_KEY_FILE: text('./data/between.key', (value) => value.length > 0, 'must not be empty'),
  DEFAULT_TIMEZONE: text('UTC', isValidTimeZone, 'is not an IANA timezone name'),
  CONSOLE_USER: text('me', (value) => /^[\w.-]{1,32}$/.test(value), 'must be 1–32 letters, digits, dots, dashes or underscores'),
  HEALTH_PORT: wholeNumber(0, 65535, 'between 0 (off) and 65535', 'a port number', 0),
  OUTBOX_MAX_ATTEMPTS: wholeNumber(1, 100, 'at least 1 and at most 100', 'a number', 8),
  INSTANCE_ID: optionalText(),
  CRISIS_REGION: ((raw) => {
    if (raw === undefined) return 'US';
    const value = raw.trim();
    if (!/^[A-Za-z]{2,4}$/.test(value)) invalid('must be a country code such as US, GB, CA, AU, IE, NZ or DE');
    return value.toUpperCase();
  }) as Reader<string>,
  PHQ9_ENABLED: flag(false),
  PARTNER_LIMIT: wholeNumber(1, 3, '1, 2 or 3', 'a number', 1),
  FOLLOW_UP_AFTER_MINUTES: wholeNumber(0, 720, 'from 0 (no follow-up) to 720 (12 hours)', 'a number of minutes', 120),
  CATCH_UP_GRACE_MINUTES: wholeNumber(0, 1440, 'from 0 to 1440 (a day)', 'a number of minutes', 120),
  TELEGRAM_BOT_TOKEN: optionalText(),
  TELEGRAM_API_ROOT: text('https://api.telegram.org', (url) => isHttpUrl(url) && !url.endsWith('/'), 'must be an http(s) URL without a trailing slash'),
  TELEGRAM_WEBHOOK_URL: optionalText(
    (url) => (URL.canParse(url) && url.startsWith('https://')) || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url),
    'must be a public https:// URL',
  ),
  TELEGRAM_WEBHOOK_SECRET: optionalText((value) => /^[A-Za-z0-9_-]{16,256}$/.test(value), 'must be 16–256 letters, digits, _ or -'),
  TELEGRAM_WEBHOOK_PORT: wholeNumber(1, 65535, 'between 1 and 65535', 'a port number', 8443),
  DISCORD_BOT_TOKEN: optionalText(),
  DISCORD_API_URL: text('https://discord.com/api', isHttpUrl, 'must be an http(s) URL'),
  SLACK_BOT_TOKEN: optionalText((value) => /^xox[bp]-/.test(value), 'must be a bot token starting with xoxb-'),
  SLACK_SIGNING_SECRET: optionalText(),
  SLACK_APP_TOKEN: optionalText((value) => value.startsWith('xapp-'), 'must be an app-level token starting with xapp-'),
  SLACK_API_URL: text('https://slack.com/api/', (url) => isHttpUrl(url) && url.endsWith('/'), 'must be an http(s) URL ending in /'),
  SLACK_PORT: wholeNumber(0, 65535, 'between 0 (any free port) and 65535', 'a port number', 3000),
  SLACK_ADMIN_USER_IDS: list((id) => /^[UW][A-Z0-9]{2,}$/.test(id), 'must be a comma-separated list of Slack user ids (U…)'),
  SLACK_PHI_ALLOWED: flag(false),
  DEFAULT_DETAIL_LEVEL: oneOf(['minimal', 'clinical', 'full'], 'clinical', 'must be minimal, clinical or full'),
  /** How questionnaire change is classified as reliable in summaries (docs/measurement.md). */
  CHANGE_METHOD: oneOf(['jacobson-truax', 'nhs-talking-therapies'], 'jacobson-truax', 'must be jacobson-truax or nhs-talking-therapies'),
  /** The practice's homework adherence target: below it (done / due over 14 days), a client is flagged "not on track". */
  HOMEWORK_TARGET_PERCENT: wholeNumber(0, 100, 'from 0 (never flag) to 100', 'a percentage', 60),
  /** How many hours before a session (set with `/between session`) its pre-session brief comes; 0: only on demand (`/between prep`). */
  BRIEF_HOURS_BEFORE: wholeNumber(0, 72, 'from 0 (only on demand) to 72', 'a number of hours', 2),
  RISK_REALERT_MINUTES: wholeNumber(0, 1440, 'from 0 (no re-alerts) to 1440 (a day)', 'a number of minutes', 30),
  RISK_ESCALATE_MINUTES: wholeNumber(0, 1440, 'from 0 (never escalate) to 1440 (a day)', 'a number of minutes', 15),
  SLACK_ESCALATION_CHANNEL: optionalText((value) => /^[CG][A-Z0-9]{2,}$/.test(value), 'must be a Slack channel id (C…), not a channel name'),
  /**
   * Audit events (who did what with whose data — never content) are deleted after this many days;
   * 0 keeps them indefinitely. The default, 6 years, is HIPAA's retention for required
   * documentation (45 CFR 164.316(b)(2)(i)), which practices commonly apply to access logs.
   */
  AUDIT_RETENTION_DAYS: wholeNumber(0, 36_500, 'from 0 (keep indefinitely) to 36500 (100 years)', 'a number of days', 2190),
} satisfies Record<string, Reader<unknown>>;

export type Config = { [Name in keyof typeof READERS]: ReturnType<(typeof READERS)[Name]> };

/** A configuration problem a person can fix; `message` is one line, safe to print. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment once. Throws {@link ConfigError} naming the first bad variable, what is
 * wrong with it and an example of a good value; the value itself is never echoed (it may be a secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config: Record<string, unknown> = {};
  for (const [variable, read] of Object.entries(READERS) as [string, Reader<unknown>][]) {
    try {
      config[variable] = read(env[variable]);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const example = EXAMPLES[variable];
      throw new ConfigError(`Invalid configuration: ${variable} ${error.message}${example ? ` — for example ${variable}=${example}` : ''}`);
    }
  }
  return config as Config;
}

/**
 * Reads `.env` in the working directory into `env` when the file exists (what `.env.example` tells a
 * newcomer to create). A variable already set in the environment wins over the file, so a process
 * manager or a shell export can always override it. Returns the file read, or undefined.
 */
export function loadDotEnv(env: NodeJS.ProcessEnv = process.env, file = resolve('.env')): string | undefined {
  if (!existsSync(file)) return undefined;
  const values = parseEnv(readFileSync(file, 'utf8'));
  for (const [name, value] of Object.entries(values)) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}

/** Values that must never appear in logs, whatever field they end up in. */
export function secretsOf(config: Config): string[] {
  return [
    config.BETWEEN_DATA_KEY,
    ...config.BETWEEN_DATA_KEY_PREVIOUS,
    passwordOf(config.DATABASE_URL),
    config.TELEGRAM_BOT_TOKEN,
    config.TELEGRAM_WEBHOOK_SECRET,
    config.DISCORD_BOT_TOKEN,
    config.SLACK_BOT_TOKEN,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_APP_TOKEN,
  ].filter(
    (value): value is string => typeof value === 'string' && value.length >= 6,
  );
}

function passwordOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const password = new URL(url).password;
  return password ? decodeURIComponent(password) : undefined;
}
