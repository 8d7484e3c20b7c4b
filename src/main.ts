import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pino from 'pino';
import { ConfigError, loadConfig, loadDotEnv, secretsOf, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { startApp, type AdapterFactory, type App, type AppServices } from './app.js';
import type { ChatAdapter } from './core/adapter.js';

/**
 * Start-up: config → logger → database (migrated) → core → adapters → delivery worker.
 * Platform adapters run when their tokens are set; with none, Between runs in this terminal.
 * Adapters are loaded with dynamic import() so an unused platform SDK is never loaded.
 */
async function main(): Promise<void> {
  let config: Config;
  let envFile: string | undefined;
  try {
    envFile = loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const consoleMode = !hasPlatformTokens(config);
  const logger = consoleMode
    ? consoleLogger(config)
    : createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT, secrets: secretsOf(config) });

  if (envFile) logger.info({ file: envFile }, 'read settings from .env (variables set in the environment win)');

  let app: App | undefined;
  const shutdown = async (): Promise<void> => {
    await app?.stop();
    process.exit(0);
  };
  const adapters: AdapterFactory = async (core, services) => {
    if (!consoleMode) return platformAdapters(config, logger, core.commandList, services);
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

function hasPlatformTokens(config: Config): boolean {
  return Boolean(config.TELEGRAM_BOT_TOKEN || config.DISCORD_BOT_TOKEN || (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET));
}

/** The real platform adapters whose tokens are configured (several may run in one process). */
async function platformAdapters(
  config: Config,
  logger: Logger,
  commands: { command: string; description: string }[],
  services: AppServices,
): Promise<ChatAdapter[]> {
  const adapters: ChatAdapter[] = [];
  // Platform adapters register here (each guarded by its token).
  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramAdapter } = await import('../adapters/telegram/index.js');
    const webhookUrl = config.TELEGRAM_WEBHOOK_URL;
    if (webhookUrl && !config.TELEGRAM_WEBHOOK_SECRET) {
      throw new Error('TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_WEBHOOK_URL is (Telegram sends it with every update)');
    }
    adapters.push(
      createTelegramAdapter({
        token: config.TELEGRAM_BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        ...(webhookUrl && config.TELEGRAM_WEBHOOK_SECRET && {
          webhook: { url: webhookUrl, secret: config.TELEGRAM_WEBHOOK_SECRET, port: config.TELEGRAM_WEBHOOK_PORT },
        }),
        commands,
        logger,
      }),
    );
  }
  if (config.DISCORD_BOT_TOKEN) {
    const { createDiscordAdapter } = await import('../adapters/discord/index.js');
    adapters.push(createDiscordAdapter({ token: config.DISCORD_BOT_TOKEN, apiUrl: config.DISCORD_API_URL, commands, logger }));
  }
  if (config.SLACK_BOT_TOKEN && config.SLACK_SIGNING_SECRET) {
    const { createSlackAdapter } = await import('../adapters/slack/index.js');
    adapters.push(
      createSlackAdapter({
        botToken: config.SLACK_BOT_TOKEN,
        signingSecret: config.SLACK_SIGNING_SECRET,
        ...(config.SLACK_APP_TOKEN && { appToken: config.SLACK_APP_TOKEN }),
        apiUrl: config.SLACK_API_URL,
        port: config.SLACK_PORT,
        therapists: services.therapists,
        logger,
      }),
    );
  }
  return adapters;
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
