import type { Update, User } from 'grammy/types';
import { parseCommand, type InboundEvent, type Sender } from '../../src/core/events.js';

/** What the adapter does with one Telegram update. */
export type ParsedUpdate =
  /** Forward to the core. */
  | { kind: 'event'; event: InboundEvent }
  /** Answer with a short fixed note instead of involving the core. */
  | { kind: 'notice'; chatId: number; reason: 'group-chat'; localeHint?: string }
  /** Nothing to do (updates from bots, service messages, group chatter). */
  | { kind: 'ignore' };

/** Conversation address of a Telegram chat. */
export function telegramAddress(chatId: number | string): string {
  return `telegram:${chatId}`;
}

/** The chat id in a `telegram:<chatId>` address, or undefined when it is not one. */
export function chatIdOf(address: string): number | undefined {
  const match = /^telegram:(-?\d{1,16})$/.exec(address);
  return match ? Number(match[1]) : undefined;
}

/**
 * Turns a Telegram update into a core event. Only private chats are supported: a therapy
 * companion has no business reading a group, so a command there gets a one-line note pointing to
 * a private chat and everything else in groups is ignored.
 */
export function parseUpdate(update: Update, receivedAt: Date = new Date()): ParsedUpdate {
  const updateId = String(update.update_id);
  const message = update.message;
  if (message) {
    if (!message.from || message.from.is_bot) return { kind: 'ignore' };
    const text = message.text;
    if (message.chat.type !== 'private') {
      return text && startsWithCommand(message) ? { kind: 'notice', chatId: message.chat.id, reason: 'group-chat', ...hintOf(message.from) } : { kind: 'ignore' };
    }
    const base = { platform: 'telegram', address: telegramAddress(message.chat.id), updateId, from: senderOf(message.from), receivedAt, ...hintOf(message.from), raw: update };
    if (text === undefined) {
      // A photo, sticker, voice note…: the core answers that it reads text only. Service messages
      // (pins, auto-delete timers…) carry nothing a person sent.
      const content = contentOf(message);
      return content ? { kind: 'event', event: { ...base, kind: 'unsupported', content } } : { kind: 'ignore' };
    }
    const command = startsWithCommand(message) ? parseCommand(text) : undefined;
    return { kind: 'event', event: command ? { ...base, kind: 'command', ...command } : { ...base, kind: 'text', text } };
  }

  const query = update.callback_query;
  if (query) {
    const chat = query.message?.chat;
    if (query.from.is_bot || query.data === undefined) return { kind: 'ignore' };
    if (chat && chat.type !== 'private') return { kind: 'ignore' };
    // In a private chat the chat id is the user's id, even when the message is no longer accessible.
    const chatId = chat?.id ?? query.from.id;
    // A message older than 48 hours comes as "inaccessible" (date 0): it cannot be edited.
    const pressed = query.message && query.message.date !== 0 ? { messageId: String(query.message.message_id) } : {};
    return {
      kind: 'event',
      event: { platform: 'telegram', address: telegramAddress(chatId), updateId, from: senderOf(query.from), receivedAt, ...hintOf(query.from), raw: update, kind: 'choice', choiceId: query.data, ...pressed },
    };
  }
  return { kind: 'ignore' };
}

function senderOf(user: User): Sender {
  return { platformUserId: String(user.id), displayName: user.first_name };
}

function startsWithCommand(message: NonNullable<Update['message']>): boolean {
  return Boolean(message.entities?.some((entity) => entity.type === 'bot_command' && entity.offset === 0));
}

/** Message fields a person can send instead of text, and how Between names them back. */
const CONTENT_FIELDS = {
  photo: 'photo',
  sticker: 'sticker',
  voice: 'voice message',
  video: 'video',
  video_note: 'video message',
  audio: 'audio file',
  document: 'file',
  animation: 'GIF',
  location: 'location',
  contact: 'contact',
  poll: 'poll',
  dice: 'dice',
} as const;

function contentOf(message: NonNullable<Update['message']>): string | undefined {
  const field = (Object.keys(CONTENT_FIELDS) as (keyof typeof CONTENT_FIELDS)[]).find((name) => message[name] !== undefined);
  return field && CONTENT_FIELDS[field];
}

/** The user's Telegram app language (`language_code`, an IETF tag such as `es` or `de-AT`), when sent. */
function hintOf(user: User): { localeHint?: string } {
  return user.language_code ? { localeHint: user.language_code } : {};
}
