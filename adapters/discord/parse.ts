import { MessageType, type Interaction, type Message, type User } from 'discord.js';
import { parseCommand, type InboundEvent } from '../../src/core/events.js';
import { DISCORD_COMMAND_TEXT_OPTION, DISCORD_SELECT_ID_PREFIX } from './render.js';

export const DISCORD_PLATFORM = 'discord';

/** `discord:<user snowflake>`: Between talks to each person in their DM with the bot. */
export function addressOf(userId: string): string {
  return `${DISCORD_PLATFORM}:${userId}`;
}

/** The user id inside a Discord address; undefined when it is not one. */
export function userIdOf(address: string): string | undefined {
  return /^discord:(\d{1,20})$/.exec(address)?.[1];
}

/**
 * A DM a person wrote → text event (or command event for `/name args`). Returns undefined for
 * what Between does not answer: bots (itself included), system messages, guild messages and
 * messages without text (stickers, attachments only).
 */
export function messageToEvent(message: Message): InboundEvent | undefined {
  if (message.author.bot || message.system || message.webhookId || message.guildId !== null) return undefined;
  if (message.type !== MessageType.Default && message.type !== MessageType.Reply) return undefined;
  if (message.content.trim() === '') return undefined;
  const base = baseOf(message.author, message.id);
  const command = parseCommand(message.content);
  return command ? { ...base, kind: 'command', ...command } : { ...base, kind: 'text', text: message.content };
}

/**
 * A slash command → command event (arguments from the `text` option); a button or select menu →
 * choice event whose `choiceId` is the button's custom id or the chosen option's value.
 */
export function interactionToEvent(interaction: Interaction): InboundEvent | undefined {
  const base = baseOf(interaction.user, interaction.id);
  if (interaction.isChatInputCommand()) {
    const args = interaction.options.getString(DISCORD_COMMAND_TEXT_OPTION) ?? '';
    return { ...base, kind: 'command', name: interaction.commandName.toLowerCase(), args: args.trim() };
  }
  if (interaction.isButton()) return { ...base, kind: 'choice', choiceId: interaction.customId };
  if (interaction.isStringSelectMenu() && interaction.customId.startsWith(DISCORD_SELECT_ID_PREFIX)) {
    const [value] = interaction.values;
    return value === undefined ? undefined : { ...base, kind: 'choice', choiceId: value };
  }
  return undefined;
}

function baseOf(user: User, updateId: string) {
  return {
    platform: DISCORD_PLATFORM,
    address: addressOf(user.id),
    updateId,
    from: { platformUserId: user.id, displayName: user.globalName ?? user.username },
    receivedAt: new Date(),
  };
}
