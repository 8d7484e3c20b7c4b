import { MessageType, type Interaction, type Message, type User } from 'discord.js';
import { parseCommand, type InboundEvent } from '../../src/core/events.js';
import { DISCORD_ANSWER_INPUT_ID, DISCORD_ANSWER_MODAL_ID, DISCORD_COMMAND_TEXT_OPTION, DISCORD_SELECT_ID_PREFIX } from './render.js';

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
 * A DM a person wrote → text event (or command event for `/name args`); a DM with only a sticker
 * or attachments → unsupported event (the core answers that it reads text only). Returns
 * undefined for what Between does not answer: bots (itself included), system and guild messages.
 */
export function messageToEvent(message: Message): InboundEvent | undefined {
  if (message.author.bot || message.system || message.webhookId || message.guildId !== null) return undefined;
  if (message.type !== MessageType.Default && message.type !== MessageType.Reply) return undefined;
  const base = baseOf(message.author, message.id);
  if (message.content.trim() === '') {
    const content = message.stickers.size > 0 ? 'sticker' : message.attachments.size > 0 ? 'attachment' : undefined;
    return content ? { ...base, kind: 'unsupported', content } : undefined;
  }
  const command = parseCommand(message.content);
  return command ? { ...base, kind: 'command', ...command } : { ...base, kind: 'text', text: message.content };
}

/**
 * A slash command → command event (arguments from the `text` option); a button or select menu →
 * choice event whose `choiceId` is the button's custom id or the chosen option's value; the
 * answer form (modal) → text event.
 */
export function interactionToEvent(interaction: Interaction): InboundEvent | undefined {
  // Interactions carry the user's Discord client language (`es-ES`, `de`); DMs carry none.
  const base = { ...baseOf(interaction.user, interaction.id), ...(interaction.locale && { localeHint: interaction.locale }) };
  if (interaction.isChatInputCommand()) {
    const args = interaction.options.getString(DISCORD_COMMAND_TEXT_OPTION) ?? '';
    return { ...base, kind: 'command', name: interaction.commandName.toLowerCase(), args: args.trim() };
  }
  // The message the button is on, which the core may replace in place.
  if (interaction.isButton()) return { ...base, kind: 'choice', choiceId: interaction.customId, messageId: interaction.message.id };
  if (interaction.isStringSelectMenu() && interaction.customId.startsWith(DISCORD_SELECT_ID_PREFIX)) {
    const [value] = interaction.values;
    return value === undefined ? undefined : { ...base, kind: 'choice', choiceId: value, messageId: interaction.message.id };
  }
  // The "Write my answer" form: its text is a typed answer like any DM.
  if (interaction.isModalSubmit() && interaction.customId === DISCORD_ANSWER_MODAL_ID) {
    return { ...base, kind: 'text', text: interaction.fields.getTextInputValue(DISCORD_ANSWER_INPUT_ID) };
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
