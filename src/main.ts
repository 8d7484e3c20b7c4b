import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig, secretsOf, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { startApp, type AdapterFactory } from './app.js';

/**
 * Start-up: config → logger → database (migrated) → core → adapters → delivery worker.
 * With no platform token configured, Between runs in this terminal through the console adapter.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const consoleMode = true; // Platform adapters are chosen here once they exist (see README).
  const logger = consoleMode ? consoleLogger(config) : createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT, secrets: secretsOf(config) });

  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const shutdown = async (): Promise<void> => {
    await app?.stop();
    process.exit(0);
  };
  const adapters: AdapterFactory = async () => {
    const { createConsoleAdapter } = await import('../adapters/console/index.js');
    return [
      createConsoleAdapter({
        user: config.CONSOLE_USER,
        banner: 'Between — console mode (no platform tokens set). Type /start to begin, /help for commands, Ctrl-C to quit.',
        onClose: () => void shutdown(),
      }),
    ];
  };

  try {
    app = await startApp({ config, logger, adapters });
  } catch (err) {
    logger.fatal({ err }, 'start-up failed');
    process.stderr.write(`Between could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }

  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

/** In the terminal chat, logs go to a file so they do not interleave with the conversation. */
function consoleLogger(config: Config): Logger {
  const file = resolve(dirname(config.BETWEEN_KEY_FILE), 'between.log');
  mkdirSync(dirname(file), { recursive: true });
  return createLogger({
    level: config.LOG_LEVEL,
    format: 'json',
    secrets: secretsOf(config),
    destination: pino.destination({ dest: file, sync: true, mkdir: true }),
  });
}

await main();
