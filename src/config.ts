import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

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
  THERAPIST_LOCALE: 'en',
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

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const base64Key = z
  .string()
  .trim()
  .refine((value) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32, {
    message: 'must be 32 random bytes, base64-encoded (44 characters)',
  });

/** A whole number from the environment, with messages that say what is accepted. */
function wholeNumber(min: number, max: number, range: string, what = 'a number') {
  return z.coerce
    .number({ message: `must be ${what}` })
    .int({ message: 'must be a whole number' })
    .min(min, { message: `must be ${range}` })
    .max(max, { message: `must be ${range}` });
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json', 'auto'], { message: 'must be pretty, json or auto' }).default('auto'),
  DATABASE_URL: z
    .string()
    .trim()
    .default('file:./data/between.db')
    .refine((url) => /^file:.+/.test(url) || /^postgres(ql)?:\/\/[^\s]+$/.test(url), {
      message: 'must be a SQLite file: URL or a postgresql:// URL',
    })
    .refine((url) => !/^postgres/.test(url) || URL.canParse(url), { message: 'is not a well-formed URL' }),
  BETWEEN_DATA_KEY: base64Key.optional().or(z.literal('').transform(() => undefined)),
  BETWEEN_DATA_KEY_PREVIOUS: z
    .string()
    .trim()
    .default('')
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .refine((keys) => keys.every((key) => base64Key.safeParse(key).success), {
      message: 'must be a comma-separated list of base64 32-byte keys',
    }),
  BETWEEN_KEY_FILE: z.string().trim().min(1).default('./data/between.key'),
  DEFAULT_TIMEZONE: z
    .string()
    .trim()
    .default('UTC')
    .refine(isValidTimeZone, { message: 'is not an IANA timezone name' }),
  CONSOLE_USER: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,32}$/, { message: 'must be 1–32 letters, digits, dots, dashes or underscores' })
    .default('me'),
  HEALTH_PORT: wholeNumber(0, 65535, 'between 0 (off) and 65535', 'a port number')
    .default(0),
  OUTBOX_MAX_ATTEMPTS: wholeNumber(1, 100, 'at least 1 and at most 100', 'a number')
    .default(8),
  INSTANCE_ID: optionalString,
  CRISIS_REGION: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,4}$/, { message: 'must be a country code such as US, GB, CA, AU, IE, NZ or DE' })
    .transform((value) => value.toUpperCase())
    .default('US'),
  PHQ9_ENABLED: z
    .enum(['true', 'false', '1', '0', ''], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  PARTNER_LIMIT: wholeNumber(1, 3, '1, 2 or 3', 'a number')
    .default(1),
  FOLLOW_UP_AFTER_MINUTES: wholeNumber(0, 720, 'from 0 (no follow-up) to 720 (12 hours)', 'a number of minutes')
    .default(120),
  CATCH_UP_GRACE_MINUTES: wholeNumber(0, 1440, 'from 0 to 1440 (a day)', 'a number of minutes')
    .default(120),
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_API_ROOT: z
    .string()
    .trim()
    .default('https://api.telegram.org')
    .refine((url) => URL.canParse(url) && /^https?:/.test(url) && !url.endsWith('/'), {
      message: 'must be an http(s) URL without a trailing slash',
    }),
  TELEGRAM_WEBHOOK_URL: optionalString.refine((url) => url === undefined || (URL.canParse(url) && url.startsWith('https://')) || /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url), {
    message: 'must be a public https:// URL',
  }),
  TELEGRAM_WEBHOOK_SECRET: optionalString.refine((value) => value === undefined || /^[A-Za-z0-9_-]{16,256}$/.test(value), {
    message: 'must be 16–256 letters, digits, _ or -',
  }),
  TELEGRAM_WEBHOOK_PORT: wholeNumber(1, 65535, 'between 1 and 65535', 'a port number')
    .default(8443),
  DISCORD_BOT_TOKEN: optionalString,
  DISCORD_API_URL: z
    .string()
    .trim()
    .default('https://discord.com/api')
    .refine((url) => URL.canParse(url) && /^https?:/.test(url), { message: 'must be an http(s) URL' }),
  SLACK_BOT_TOKEN: optionalString.refine((value) => value === undefined || /^xox[bp]-/.test(value), { message: 'must be a bot token starting with xoxb-' }),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.refine((value) => value === undefined || value.startsWith('xapp-'), { message: 'must be an app-level token starting with xapp-' }),
  SLACK_API_URL: z
    .string()
    .trim()
    .default('https://slack.com/api/')
    .refine((url) => URL.canParse(url) && /^https?:/.test(url) && url.endsWith('/'), { message: 'must be an http(s) URL ending in /' }),
  SLACK_PORT: wholeNumber(0, 65535, 'between 0 (any free port) and 65535', 'a port number')
    .default(3000),
  SLACK_ADMIN_USER_IDS: z
    .string()
    .trim()
    .default('')
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), { message: 'must be a comma-separated list of Slack user ids (U…)' }),
  SLACK_PHI_ALLOWED: z
    .enum(['true', 'false', '1', '0', ''], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  DEFAULT_DETAIL_LEVEL: z.enum(['minimal', 'clinical', 'full'], { message: 'must be minimal, clinical or full' }).default('clinical'),
  /**
   * The practice's language for the therapist side (Slack replies, alerts, summaries, the brief):
   * a language whose catalogs ship the therapist areas (`locales/<lang>/therapist-*.ftl`; checked
   * at start). Clients always get their own language.
   */
  THERAPIST_LOCALE: z
    .string()
    .trim()
    .toLowerCase()
    .default('en')
    .refine((value) => /^[a-z]{2,3}$/.test(value), { message: 'must be a language code such as en' }),
  /** How questionnaire change is classified as reliable in summaries (docs/measurement.md). */
  CHANGE_METHOD: z.enum(['jacobson-truax', 'nhs-talking-therapies'], { message: 'must be jacobson-truax or nhs-talking-therapies' }).default('jacobson-truax'),
  /** The practice's homework adherence target: below it (done / due over 14 days), a client is flagged "not on track". */
  HOMEWORK_TARGET_PERCENT: wholeNumber(0, 100, 'from 0 (never flag) to 100', 'a percentage')
    .default(60),
  /** How many hours before a session (set with `/between session`) its pre-session brief comes; 0: only on demand (`/between prep`). */
  BRIEF_HOURS_BEFORE: wholeNumber(0, 72, 'from 0 (only on demand) to 72', 'a number of hours')
    .default(2),
  RISK_REALERT_MINUTES: wholeNumber(0, 1440, 'from 0 (no re-alerts) to 1440 (a day)', 'a number of minutes')
    .default(30),
  RISK_ESCALATE_MINUTES: wholeNumber(0, 1440, 'from 0 (never escalate) to 1440 (a day)', 'a number of minutes')
    .default(15),
  SLACK_ESCALATION_CHANNEL: optionalString.refine((value) => value === undefined || /^[CG][A-Z0-9]{2,}$/.test(value), {
    message: 'must be a Slack channel id (C…), not a channel name',
  }),
  /**
   * Audit events (who did what with whose data — never content) are deleted after this many days;
   * 0 keeps them indefinitely. The default, 6 years, is HIPAA's retention for required
   * documentation (45 CFR 164.316(b)(2)(i)), which practices commonly apply to access logs.
   */
  AUDIT_RETENTION_DAYS: wholeNumber(0, 36_500, 'from 0 (keep indefinitely) to 36500 (100 years)', 'a number of days')
    .default(2190),
});

export type Config = z.infer<typeof schema>;

/** A configuration problem a person can fix; `message` is one line, safe to print. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment once. Throws {@link ConfigError} naming the first bad variable, what is
 * wrong with it and an example of a good value; the value itself is never echoed (it may be a secret).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const variable = String(issue.path[0] ?? 'environment');
  const example = EXAMPLES[variable];
  throw new ConfigError(
    `Invalid configuration: ${variable} ${issue.message}${example ? ` — for example ${variable}=${example}` : ''}`,
  );
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
