// Registers Between's slash commands with Discord without starting the bot.
//   npm run discord:register-commands
// Reads DISCORD_BOT_TOKEN and DISCORD_API_URL like `npm start`. The bot also registers them at
// every start; this is for setting up (or refreshing the menu) before the first deploy.
import { registerDiscordCommands } from '../adapters/discord/index.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { systemClock } from '../src/core/clock.js';
import { BetweenCore } from '../src/core/core.js';
import type { Store } from '../src/db/store.js';
import { createLogger } from '../src/logger.js';

try {
  const config = loadConfig();
  if (!config.DISCORD_BOT_TOKEN) throw new ConfigError('DISCORD_BOT_TOKEN is not set — copy the bot token from the Discord developer portal.');
  // The command list is static; the core only touches its store when handling events, which
  // never happens here, so no database is opened.
  const core = new BetweenCore({ store: {} as Store, clock: systemClock, logger: createLogger({ level: 'silent', format: 'json', secrets: [] }) });
  const { applicationId, count } = await registerDiscordCommands({ token: config.DISCORD_BOT_TOKEN, apiUrl: config.DISCORD_API_URL, commands: core.commandList });
  console.log(`Registered ${count} slash commands for Discord application ${applicationId}.`);
} catch (error) {
  console.error(`Could not register the Discord commands: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
