import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import pino, { type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';

/**
 * pino-pretty (and its dependencies) is loaded only when a logger is made for a terminal: a server
 * logging JSON never holds it in memory (issue 14, `npm run bench:memory`).
 */
const loadPretty = (): typeof PinoPretty => createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;

export type { Logger } from 'pino';

/**
 * Field paths that can hold what a person wrote, or credentials. Their values are replaced by
 * `[redacted]` before a line is written. Log ids and counts, never content: this list is the net
 * under that rule, not the rule.
 */
export const REDACTED_PATHS = [
  'text',
  'answer',
  'note',
  'args',
  'payload',
  'raw',
  'body',
  'data',
  'displayName',
  'token',
  'secret',
  'password',
  'authorization',
  'headers',
  '*.text',
  '*.answer',
  '*.note',
  '*.args',
  '*.payload',
  '*.raw',
  '*.body',
  '*.data',
  '*.displayName',
  '*.token',
  '*.secret',
  '*.password',
  '*.authorization',
  '*.headers',
  'req.headers',
  'event.text',
  'event.args',
  'message.text',
  'err.payload',
  'err.request',
  'err.response',
  'err.config',
];

/** Bot tokens as Telegram, Discord and Slack issue them, wherever they appear (URLs, error messages). */
const TOKEN_PATTERNS: RegExp[] = [
  /(?<!\d)\d{6,12}:[A-Za-z0-9_-]{30,}/g, // Telegram bot token (also inside /bot<token>/ URLs)
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, // Slack tokens
  /\b[MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}\b/g, // Discord bot token
  /(postgres(?:ql)?:\/\/[^:/\s]+:)[^@\s]+@/g, // password in a database URL
];

/** Replaces known secrets and token-shaped strings in one serialised log line. */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) {
    if (secret && out.includes(secret)) out = out.split(secret).join('[redacted]');
  }
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (_match, prefix?: string) =>
      typeof prefix === 'string' && prefix.startsWith('postgres') ? `${prefix}[redacted]@` : '[redacted]',
    );
  }
  return out;
}

export interface LoggerOptions {
  level: string;
  /** `pretty` for people at a terminal, `json` for machines; `auto` picks by whether stdout is a TTY. */
  format: 'pretty' | 'json' | 'auto';
  /** Exact secret values (tokens, keys, passwords) to scrub from every line. */
  secrets?: readonly string[];
  /** Where lines go; defaults to stdout. */
  destination?: DestinationStream | NodeJS.WritableStream;
}

/**
 * The application logger: pino with path redaction for user-text fields and a final scrub of secret
 * values and token-shaped strings over every serialised line (error messages and URLs included).
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = [...(options.secrets ?? [])].filter((s) => s.length >= 6);
  const target = options.destination ?? process.stdout;
  const usePretty = options.format === 'pretty' || (options.format === 'auto' && Boolean(process.stdout.isTTY));

  const scrubbed = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      (target as NodeJS.WritableStream).write(scrubSecrets(chunk.toString(), secrets));
      callback();
    },
  });
  const stream: DestinationStream = usePretty
    ? loadPretty()({ destination: scrubbed, colorize: Boolean(process.stdout.isTTY), sync: true, ignore: 'pid,hostname' })
    : scrubbed;

  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
      base: undefined,
    },
    stream,
  );
}
