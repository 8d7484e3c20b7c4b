// Registers Between's slash commands with Discord without starting the bot.
//   npm run discord:register-commands
// Reads DISCORD_BOT_TOKEN and DISCORD_API_URL like `npm start`. The bot also registers them at
// every start; this is for setting up (or refreshing the menu) before the first deploy.
import { registerDiscordCommands } from '../adapters/discord/index.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { clientCommands } from '../src/core/routes.js';

try {
  const config = loadConfig();
  if (!config.DISCORD_BOT_TOKEN) throw new ConfigError('DISCORD_BOT_TOKEN is not set — copy the bot token from the Discord developer portal.');
  const { applicationId, count } = await registerDiscordCommands({ token: config.DISCORD_BOT_TOKEN, apiUrl: config.DISCORD_API_URL, commands: clientCommands() });
  console.log(`Registered ${count} slash commands for Discord application ${applicationId}.`);
} catch (error) {
  console.error(`Could not register the Discord commands: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
