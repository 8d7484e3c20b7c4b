import type { InboundEvent } from './events.js';
import { esc, type OutboundMessage } from './messages.js';

/**
 * The one interface between the core and a chat platform. An adapter turns platform updates into
 * {@link InboundEvent}s (one call: the `onEvent` sink) and renders {@link OutboundMessage}s.
 * Optional platform features are declared in {@link AdapterCapabilities}, never faked.
 */
export interface ChatAdapter {
  readonly platform: string;
  readonly capabilities: AdapterCapabilities;
  readonly limits: DeliveryLimits;
  /**
   * Connects and starts delivering inbound events to `onEvent`. Resolves once connected. `onEvent`
   * resolves once the event is handled, with what the adapter needs to know of the outcome (see
   * {@link EventOutcome}).
   */
  start(onEvent: (event: InboundEvent) => Promise<EventOutcome | void>): Promise<void>;
  /**
   * Sends one message. Throws an {@link AdapterError} subclass on failure. A platform that splits
   * a message into parts (long text; text, then an attachment) skips the first `progress.partsSent`
   * parts — already in the chat from an earlier try — and awaits `progress.partSent(n)` after each
   * part, so a later failure or a restart resumes after the parts sent instead of repeating them.
   */
  send(address: string, message: OutboundMessage, progress?: SendProgress): Promise<SendReceipt>;
  /** Disconnects; resolves when no more events will be delivered. */
  stop(): Promise<void>;
  /**
   * The only conversations this adapter reaches, when it is not the whole platform: a terminal chat
   * is one person, and two terminals on one database each deliver only to their own person. The
   * delivery worker claims only messages to these addresses; without it, every message to the
   * platform.
   */
  readonly addresses?: readonly string[];
  /** Platforms with shared workspaces (Slack): reaching their channels and users outside a conversation. */
  readonly workspace?: WorkspaceDirectory;
  /**
   * Removes whatever the adapter keeps on this machine for these addresses (the terminal chat's
   * saved attachments). Called once a person's erasure has committed. Adapters that keep nothing
   * (uploads go from memory) leave it out.
   */
  forget?(addresses: readonly string[]): Promise<void>;
}

/** What the core did with an inbound event, as far as the adapter that delivered it cares. */
export interface EventOutcome {
  /**
   * Platform ids of messages the replies replace in place (queued edits, `OutboundMessage.edit`):
   * the adapter leaves them alone — it does not remove the pressed message's buttons, as it does
   * when the conversation moves on to a new message.
   */
  replacing: readonly string[];
}

/** How far an earlier try got with a message the platform splits into parts. */
export interface SendProgress {
  /** Parts already in the chat: skip them. */
  readonly partsSent: number;
  /** Call after part `index` (0-based) is in the chat; resolves once that is recorded. */
  partSent(index: number): Promise<void>;
}

/**
 * Addresses in a workspace the core was not talked to from — a practice's escalation channel, an
 * admin's direct messages. Only platforms where therapists share a workspace have one.
 */
export interface WorkspaceDirectory {
  /** The address of a channel of the workspace, by the platform's channel id. */
  channelAddress(workspaceId: string, channelId: string): string;
  /** The address of the app's direct conversation with a user of the workspace (opened if need be). Throws an {@link AdapterError}. */
  directAddress(workspaceId: string, userId: string): Promise<string>;
}

export interface AdapterCapabilities {
  /** Inline buttons; without them choices are rendered as a numbered list. */
  buttons: boolean;
  /** Most buttons one message can carry. */
  maxChoices: number;
  images: boolean;
  documents: boolean;
  /** Longest text one message can carry; longer text is split by the adapter. */
  maxTextLength: number;
  /**
   * Replaces a message it sent earlier in place ({@link OutboundMessage.edit}). Without it, the
   * delivery worker sends an edit as a new message (see {@link deliverable}). A platform that
   * refuses one edit (the message was deleted, or is too old) throws {@link AdapterEditRefusedError},
   * and the worker sends the message anew; an edit that changes nothing is a success.
   */
  edits: boolean;
}

/** Pacing the delivery worker keeps below the platform's published limits. */
export interface DeliveryLimits {
  /** Messages per second across all conversations. */
  messagesPerSecond: number;
  /** Minimum milliseconds between two messages to the same conversation. */
  perConversationIntervalMs: number;
}

/**
 * One entry of a platform's command menu (Telegram's `/` list, Discord's slash commands): the
 * command, its description in English, and the description in each other language Between speaks
 * (`localized.es`, `localized.de`, from the catalogs' `command-<name>`), which a platform shows to
 * people whose app is in that language. Command names stay as typed everywhere (/checkin).
 */
export interface MenuCommand {
  command: string;
  description: string;
  localized?: Readonly<Record<string, string>>;
}

export interface SendReceipt {
  /**
   * The platform's id for the sent message, if it has one. The delivery worker stores it on the
   * outbox row (`platformMessageId`), so a later message can replace this one (`edit`).
   */
  platformMessageId?: string;
}

/**
 * The message as this adapter can take it: an edit goes out as a new message where the platform
 * (or the adapter, so far) cannot replace one in place; an image goes out as its alt text (the
 * numbers in words) where the adapter shows no images.
 */
export function deliverable(message: OutboundMessage, capabilities: AdapterCapabilities): OutboundMessage {
  let result = !message.edit || capabilities.edits ? message : asNewMessage(message);
  if (result.attachment?.kind === 'image' && !capabilities.images) {
    const { attachment, ...rest } = result;
    result = { ...rest, text: `${rest.text}\n\n${esc(attachment.alt)}` };
  }
  return result;
}

/** The message sent as a new one instead of replacing another. */
export function asNewMessage(message: OutboundMessage): OutboundMessage {
  const { edit: _replaced, ...asNew } = message;
  return asNew;
}

/** Base of every error an adapter throws at the core. Messages never contain tokens or user text. */
export class AdapterError extends Error {
  override readonly name: string = 'AdapterError';
  constructor(
    message: string,
    readonly platform: string,
  ) {
    super(message);
  }
}

/** The platform said "too many requests"; wait at least `retryAfterMs` before the next attempt. */
export class AdapterRateLimitError extends AdapterError {
  override readonly name = 'AdapterRateLimitError';
  constructor(
    platform: string,
    readonly retryAfterMs: number,
    /** Whether the limit applies to the whole platform rather than one conversation. */
    readonly global = false,
  ) {
    super(`${platform} rate limit: retry after ${retryAfterMs} ms`, platform);
  }
}

/** The token was refused. Retrying will not help until configuration changes. */
export class AdapterAuthError extends AdapterError {
  override readonly name = 'AdapterAuthError';
}

/** The conversation no longer exists or the bot was blocked. */
export class AdapterNotFoundError extends AdapterError {
  override readonly name = 'AdapterNotFoundError';
}

/** The platform rejected the message itself (too long, bad markup). Retrying the same will fail. */
export class AdapterValidationError extends AdapterError {
  override readonly name = 'AdapterValidationError';
}

/**
 * The platform refused to replace a message in place: it was deleted, is too old to edit, or
 * cannot hold the new content (an attachment, text in several parts). Nothing was changed; the
 * delivery worker sends the message as a new one instead.
 */
export class AdapterEditRefusedError extends AdapterError {
  override readonly name = 'AdapterEditRefusedError';
}

/**
 * The network or the platform failed. `ambiguous` is true when the request may have arrived
 * (a timeout after sending): the message may or may not have been delivered.
 */
export class AdapterNetworkError extends AdapterError {
  override readonly name = 'AdapterNetworkError';
  constructor(
    message: string,
    platform: string,
    readonly ambiguous = false,
  ) {
    super(message, platform);
  }
}
