/**
 * Normalised inbound events: what every adapter turns platform updates into. The core never sees a
 * platform object; `raw` may carry one for debugging, typed `unknown` so nothing can depend on it.
 */

/** Who sent an event, as the platform identifies them. */
export interface Sender {
  /** The platform's stable user id (Telegram user id, Discord snowflake, Slack user id, console name). */
  platformUserId: string;
  /** A display name from the platform, if any. Treated as user content: never logged. */
  displayName?: string;
}

interface EventBase {
  /** `telegram`, `discord`, `slack` or `console`. */
  platform: string;
  /** Opaque conversation address the core replies to, e.g. `telegram:12345`. */
  address: string;
  /** The platform's id for this update, unique per platform; used to drop redeliveries. */
  updateId: string;
  from: Sender;
  receivedAt: Date;
  /**
   * The platform's language hint for the sender (Telegram `language_code`, Discord's interaction
   * `locale`), as given: negotiated to a supported locale only until the person chooses one.
   */
  localeHint?: string;
  raw?: unknown;
}

/** Free text the person typed. */
export interface TextEvent extends EventBase {
  kind: 'text';
  text: string;
}

/** `/name args` (or a platform's native slash command). `name` is lower-case, without the slash. */
export interface CommandEvent extends EventBase {
  kind: 'command';
  name: string;
  args: string;
}

/** A button (or select option) pressed: `choiceId` is exactly the id the core attached to it. */
export interface ChoiceEvent extends EventBase {
  kind: 'choice';
  choiceId: string;
  /**
   * The platform's id of the message the pressed button is on (Telegram's `message_id`, Discord's
   * message snowflake), when the platform says. The core may replace that message in place
   * (`OutboundMessage.edit`) instead of sending the question again.
   */
  messageId?: string;
}

/**
 * Something sent that Between cannot read (a photo, sticker, voice note, file…): answered kindly,
 * through the outbox like any reply, and the current question is shown again. Nothing of it is
 * stored. `content` is a short neutral label (`photo`, `sticker`…), never the content itself.
 */
export interface UnsupportedEvent extends EventBase {
  kind: 'unsupported';
  content: string;
}

export type InboundEvent = TextEvent | CommandEvent | ChoiceEvent | UnsupportedEvent;

/** Splits `/cmd@botname rest` into a command event's name and args; undefined when not a command. */
export function parseCommand(text: string): { name: string; args: string } | undefined {
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return undefined;
  return { name: match[1]!.toLowerCase(), args: (match[2] ?? '').trim() };
}

/** `telegram:123` → `telegram`. */
export function platformOf(address: string): string {
  const colon = address.indexOf(':');
  return colon === -1 ? address : address.slice(0, colon);
}
