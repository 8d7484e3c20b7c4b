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
  HEALTH_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int({ message: 'must be a whole number' })
    .min(0, { message: 'must be between 0 (off) and 65535' })
    .max(65535, { message: 'must be between 0 (off) and 65535' })
    .default(0),
  OUTBOX_MAX_ATTEMPTS: z.coerce
    .number({ message: 'must be a number' })
    .int({ message: 'must be a whole number' })
    .min(1, { message: 'must be at least 1' })
    .max(100, { message: 'must be at most 100' })
    .default(8),
  INSTANCE_ID: optionalString,
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

/** Values that must never appear in logs, whatever field they end up in. */
export function secretsOf(config: Config): string[] {
  return [config.BETWEEN_DATA_KEY, ...config.BETWEEN_DATA_KEY_PREVIOUS, passwordOf(config.DATABASE_URL)].filter(
    (value): value is string => typeof value === 'string' && value.length >= 6,
  );
}

function passwordOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const password = new URL(url).password;
  return password ? decodeURIComponent(password) : undefined;
}
