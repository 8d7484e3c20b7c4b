import type { InboundEvent } from './events.js';
import type { OutboundMessage } from './messages.js';

/**
 * The one interface between the core and a chat platform. An adapter turns platform updates into
 * {@link InboundEvent}s (one call: the `onEvent` sink) and renders {@link OutboundMessage}s.
 * Optional platform features are declared in {@link AdapterCapabilities}, never faked.
 */
export interface ChatAdapter {
  readonly platform: string;
  readonly capabilities: AdapterCapabilities;
  readonly limits: DeliveryLimits;
  /** Connects and starts delivering inbound events to `onEvent`. Resolves once connected. */
  start(onEvent: (event: InboundEvent) => Promise<void>): Promise<void>;
  /** Sends one message. Throws an {@link AdapterError} subclass on failure. */
  send(address: string, message: OutboundMessage): Promise<SendReceipt>;
  /** Disconnects; resolves when no more events will be delivered. */
  stop(): Promise<void>;
  /**
   * Removes whatever the adapter keeps on this machine for these addresses (the terminal chat's
   * saved attachments). Called once a person's erasure has committed. Adapters that keep nothing
   * (uploads go from memory) leave it out.
   */
  forget?(addresses: readonly string[]): Promise<void>;
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
}

/** Pacing the delivery worker keeps below the platform's published limits. */
export interface DeliveryLimits {
  /** Messages per second across all conversations. */
  messagesPerSecond: number;
  /** Minimum milliseconds between two messages to the same conversation. */
  perConversationIntervalMs: number;
}

export interface SendReceipt {
  /** The platform's id for the sent message, if it has one. */
  platformMessageId?: string;
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
