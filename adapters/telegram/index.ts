import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Api, Bot, GrammyError, HttpError, InputFile, webhookCallback } from 'grammy';
import type { LanguageCode, Update } from 'grammy/types';
import {
  AdapterAuthError,
  AdapterEditRefusedError,
  AdapterError,
  AdapterNetworkError,
  AdapterNotFoundError,
  AdapterValidationError,
  type AdapterCapabilities,
  type ChatAdapter,
  type DeliveryLimits,
  type EventOutcome,
  type SendProgress,
  type SendReceipt,
} from '../../src/core/adapter.js';
import type { InboundEvent } from '../../src/core/events.js';
import type { MenuCommand } from '../../src/core/adapter.js';
import { negotiateLocale, translate } from '../../src/core/i18n/index.js';
import { networkCode, networkError, sendParts, statusError } from '../kit.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import type { Logger } from '../../src/logger.js';
import { chatIdOf, parseUpdate } from './parse.js';
import { renderMessage, TELEGRAM_MESSAGE_LIMIT_CHARS, type TelegramPart } from './render.js';

export { TELEGRAM_CALLBACK_DATA_LIMIT_BYTES, TELEGRAM_MESSAGE_LIMIT_CHARS } from './render.js';

const PLATFORM = 'telegram';
const DEFAULT_API_ROOT = 'https://api.telegram.org';
/** Only what the core understands; everything else stays on Telegram's side. */
const ALLOWED_UPDATES = ['message', 'callback_query'] as const;
const DEFAULT_POLLING_TIMEOUT_SECONDS = 30;
/** A send that has not answered by then is abandoned (and reported as possibly delivered). */
const SEND_TIMEOUT_SECONDS = 15;
/** Waits before polling again after polling stopped on an error (e.g. a 409 during a rolling deploy). */
const POLLING_RESTART_DELAY_MS = 5_000;

/** Telegram's inline buttons, HTML text, documents and photos. */
export const TELEGRAM_CAPABILITIES: AdapterCapabilities = {
  buttons: true,
  maxChoices: 30,
  images: true,
  documents: true,
  maxTextLength: TELEGRAM_MESSAGE_LIMIT_CHARS,
  /** editMessageText: a toggle or an explanation replaces the question's own message (text and keyboard). */
  edits: true,
};

/**
 * Telegram allows about 30 messages a second across chats; 25 leaves room for the calls made
 * outside the delivery worker (answering button presses, tidying keyboards, notices).
 *
 * Per chat it asks for about one message a second on average and tolerates short bursts. Our
 * traffic is conversational: a reply of one to three messages, then a wait for the person. A
 * strict 1 s gap would make a three-message reply take two seconds; 350 ms sends it within 0.7 s
 * and still spaces a longer run. If Telegram disagrees, its 429 pauses just that chat for the
 * time it names.
 */
export const TELEGRAM_LIMITS: DeliveryLimits = { messagesPerSecond: 25, perConversationIntervalMs: 350 };

/** Fixed replies the adapter sends itself, for updates the core never sees, in the sender's language (their `language_code`). */
const NOTICES = {
  'group-chat': (username: string, hint: string | undefined) => translate(negotiateLocale(hint), 'adapter-group-chat', { link: `https://t.me/${username}` }),
} as const;

export interface TelegramWebhookConfig {
  /** The public https URL Telegram posts updates to (TELEGRAM_WEBHOOK_URL); its path is served. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it get 401. */
  secret: string;
  /** Local port of the webhook HTTP server (behind the TLS-terminating proxy); 0 picks one. */
  port: number;
  /** Local interface to listen on; default 0.0.0.0. */
  host?: string;
}

export interface TelegramAdapterConfig {
  /** The bot token from @BotFather. Never logged, never put in an error message. */
  token: string;
  /** Bot API server, without a trailing slash; default https://api.telegram.org. */
  apiRoot?: string;
  /** Receive updates by webhook instead of long polling. */
  webhook?: TelegramWebhookConfig;
  /** The command menu (the core's `commandList`), registered with setMyCommands at start. */
  commands: readonly MenuCommand[];
  logger: Logger;
  /** Overrides {@link TELEGRAM_LIMITS} (tests; operators with a raised limit). */
  limits?: Partial<DeliveryLimits>;
  /** Long-polling timeout; default 30 s. */
  pollingTimeoutSeconds?: number;
}

/**
 * Between on Telegram, through grammY: long polling by default, or a webhook server. Each update
 * becomes one core event; button presses are answered at once so the spinner stops, and once the
 * core has handled the press the pressed question loses its keyboard so the chat stays tidy —
 * unless the core replaces that message in place (a toggle: `editMessageText` brings the new
 * keyboard). Only private chats are supported.
 */
export class TelegramAdapter implements ChatAdapter {
  readonly platform = PLATFORM;
  readonly capabilities = TELEGRAM_CAPABILITIES;
  readonly limits: DeliveryLimits;
  private readonly bot: Bot;
  /** The delivery worker's client: same connection pool, shorter timeout than a long poll. */
  private readonly sendApi: Api;
  private readonly log: Logger;
  private onEvent: ((event: InboundEvent) => Promise<EventOutcome | void>) | undefined;
  private accepting = false;
  private polling: Promise<void> | undefined;
  private cancelPause: (() => void) | undefined;
  private webhookServer: Server | undefined;
  private readonly webhookRequests = new Set<Promise<void>>();
  private readonly background = new Set<Promise<void>>();

  constructor(private readonly config: TelegramAdapterConfig) {
    this.limits = { ...TELEGRAM_LIMITS, ...config.limits };
    this.log = config.logger.child({ platform: PLATFORM, component: 'telegram-adapter' });
    const apiRoot = config.apiRoot ?? DEFAULT_API_ROOT;
    const pollingTimeout = config.pollingTimeoutSeconds ?? DEFAULT_POLLING_TIMEOUT_SECONDS;
    // The bot's own client must outlast a long poll.
    this.bot = new Bot(config.token, { client: { apiRoot, timeoutSeconds: pollingTimeout + 15 } });
    this.sendApi = new Api(config.token, { apiRoot, timeoutSeconds: SEND_TIMEOUT_SECONDS });
    this.bot.use((ctx) => this.handleUpdate(ctx.update));
    this.bot.catch((error) => this.log.error({ updateId: error.ctx.update.update_id, ...describeError(error.error) }, 'handling a Telegram update failed'));
  }

  async start(onEvent: (event: InboundEvent) => Promise<EventOutcome | void>): Promise<void> {
    this.onEvent = onEvent;
    try {
      await this.bot.init();
    } catch (err) {
      throw toAdapterError(err, 'getMe');
    }
    await this.registerCommands();
    this.accepting = true;
    try {
      if (this.config.webhook) await this.startWebhook(this.config.webhook);
      else await this.startPolling();
    } catch (err) {
      await this.stop();
      throw toAdapterError(err, this.config.webhook ? 'setWebhook' : 'getUpdates');
    }
    this.log.info({ mode: this.config.webhook ? 'webhook' : 'long-polling', botId: this.bot.botInfo.id }, 'Telegram adapter listening');
  }

  async send(address: string, message: OutboundMessage, progress?: SendProgress): Promise<SendReceipt> {
    const chatId = chatIdOf(address);
    if (chatId === undefined) throw new AdapterValidationError('not a Telegram address', PLATFORM);
    const parts = renderMessage(message, this.capabilities.maxChoices);
    if (parts.length === 0) throw new AdapterValidationError('Telegram cannot send an empty message', PLATFORM);
    if (message.edit) return this.edit(chatId, message.edit.messageId, parts);
    let messageId: number | undefined;
    await sendParts(parts, progress, async (part) => {
      messageId = await this.sendPart(chatId, part);
    });
    return messageId === undefined ? {} : { platformMessageId: String(messageId) };
  }

  /**
   * Replaces the text and keyboard of message `messageId` (editMessageText; without a keyboard the
   * buttons go). "Not modified" is a success: the message already shows this. A message that is
   * gone, too old, or not text, or content that needs several messages, is refused
   * ({@link AdapterEditRefusedError}): the delivery worker then sends it as a new message.
   */
  private async edit(chatId: number, messageId: string, parts: readonly TelegramPart[]): Promise<SendReceipt> {
    const [part] = parts;
    if (parts.length !== 1 || part?.kind !== 'text') throw new AdapterEditRefusedError('Telegram edits one text message only', PLATFORM);
    const id = Number(messageId);
    try {
      await this.sendApi.editMessageText(chatId, id, part.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(part.keyboard && { reply_markup: part.keyboard }) });
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 400) {
        if (/message is not modified/i.test(err.description)) return { platformMessageId: messageId };
        if (EDIT_REFUSED.test(err.description)) throw new AdapterEditRefusedError('Telegram editMessageText refused (400: message cannot be edited)', PLATFORM);
      }
      const error = toAdapterError(err, 'editMessageText');
      // Replacing a message with the same content twice changes nothing: a retry is safe.
      throw error instanceof AdapterNetworkError && error.ambiguous ? new AdapterNetworkError(error.message, PLATFORM, false) : error;
    }
    return { platformMessageId: messageId };
  }

  /**
   * Stops taking updates, lets the one in progress finish, and closes the webhook server. The
   * webhook itself stays registered: with several instances behind one URL, one stopping must not
   * unplug the others, and Telegram keeps (and retries) updates while nobody answers.
   */
  async stop(): Promise<void> {
    this.accepting = false;
    this.cancelPause?.();
    if (this.bot.isRunning()) {
      await this.bot.stop().catch((err: unknown) => this.log.warn(describeError(err), 'confirming the last Telegram update failed'));
    }
    await this.polling;
    this.polling = undefined;
    await this.closeWebhookServer();
    await Promise.allSettled([...this.background]);
    this.onEvent = undefined;
  }

  private async handleUpdate(update: Update): Promise<void> {
    // While stopping, updates are left unconfirmed: Telegram hands them to the next start.
    if (!this.accepting || !this.onEvent) return;
    const query = update.callback_query;
    if (query) this.inBackground('answerCallbackQuery', this.bot.api.answerCallbackQuery(query.id));
    const parsed = parseUpdate(update);
    if (parsed.kind === 'event') {
      this.log.debug({ updateId: update.update_id, kind: parsed.event.kind }, 'Telegram update received');
      const outcome = await this.onEvent(parsed.event);
      // The answered question loses its keyboard, so the chat stays tidy — unless the core
      // replaces that very message (a toggle, an explanation): its edit brings the new keyboard.
      const pressed = query?.message;
      if (pressed && pressed.date !== 0 && pressed.reply_markup && !outcome?.replacing.includes(String(pressed.message_id))) {
        this.inBackground('editMessageReplyMarkup', this.bot.api.editMessageReplyMarkup(pressed.chat.id, pressed.message_id));
      }
    } else if (parsed.kind === 'notice') {
      this.log.debug({ updateId: update.update_id, reason: parsed.reason }, 'Telegram update answered with a notice');
      this.inBackground('sendMessage', this.bot.api.sendMessage(parsed.chatId, NOTICES[parsed.reason](this.bot.botInfo.username, parsed.localeHint)));
    }
  }

  /**
   * The command menu: English for everyone, and one list per other language we speak, which
   * Telegram shows to people whose app is in that language (`language_code`).
   */
  private async registerCommands(): Promise<void> {
    const valid = this.config.commands.filter(({ command }) => /^[a-z0-9_]{1,32}$/.test(command));
    const menu = (language?: string) => valid.map(({ command, description, localized }) => ({ command, description: ((language && localized?.[language]) || description).slice(0, 256) || command }));
    const languages = [...new Set(valid.flatMap(({ localized }) => Object.keys(localized ?? {})))];
    for (const language of [undefined, ...languages]) {
      try {
        await this.bot.api.setMyCommands(menu(language), language ? { language_code: language as LanguageCode } : undefined);
      } catch (err) {
        // The menu is a convenience: typed commands work without it.
        this.log.warn({ ...describeError(err), language: language ?? 'default' }, 'registering the Telegram command menu failed');
      }
    }
  }

  private startPolling(): Promise<void> {
    return new Promise((resolve, reject) => {
      let started = false;
      const options = {
        drop_pending_updates: false,
        allowed_updates: ALLOWED_UPDATES,
        timeout: this.config.pollingTimeoutSeconds ?? DEFAULT_POLLING_TIMEOUT_SECONDS,
        onStart: () => {
          started = true;
          resolve();
        },
      };
      this.polling = (async () => {
        while (this.accepting) {
          try {
            await this.bot.start(options);
            return;
          } catch (err) {
            if (!started) return reject(err);
            if (!this.accepting) return;
            if (err instanceof GrammyError && err.error_code === 401) {
              this.log.fatal(describeError(err), 'Telegram revoked the bot token; polling stopped');
              return;
            }
            this.log.error(describeError(err), 'Telegram long polling stopped; restarting shortly');
            await this.pause(POLLING_RESTART_DELAY_MS);
          }
        }
      })();
    });
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(), ms);
      const done = () => {
        clearTimeout(timer);
        this.cancelPause = undefined;
        resolve();
      };
      this.cancelPause = done;
    });
  }

  private async startWebhook(webhook: TelegramWebhookConfig): Promise<void> {
    const path = new URL(webhook.url).pathname;
    const handle = webhookCallback(this.bot, 'http', { secretToken: webhook.secret });
    const server = createServer((req, res) => this.onWebhookRequest(req, res, path, handle));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(webhook.port, webhook.host ?? '0.0.0.0', () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.webhookServer = server;
    await this.bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
  }

  private onWebhookRequest(req: IncomingMessage, res: ServerResponse, path: string, handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>): void {
    if ((req.url ?? '').split('?')[0] !== path) {
      res.writeHead(404).end();
    } else if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
    } else if (!this.accepting) {
      // Telegram retries later, when another instance (or this one restarted) takes it.
      res.writeHead(503).end();
    } else {
      const request = handle(req, res)
        .catch((err: unknown) => {
          this.log.error(describeError(err), 'Telegram webhook request failed');
          if (!res.headersSent) res.writeHead(500).end();
        })
        .finally(() => this.webhookRequests.delete(request));
      this.webhookRequests.add(request);
    }
  }

  private async closeWebhookServer(): Promise<void> {
    const server = this.webhookServer;
    if (!server) return;
    this.webhookServer = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await Promise.allSettled([...this.webhookRequests]);
    server.closeAllConnections();
    await closed;
  }

  /** Sends one part; a failure after earlier parts went out is reported as a partial delivery. */
  private async sendPart(chatId: number, part: TelegramPart): Promise<number> {
    try {
      return await this.callFor(chatId, part);
    } catch (err) {
      throw toAdapterError(err, part.kind === 'text' ? 'sendMessage' : part.kind === 'photo' ? 'sendPhoto' : 'sendDocument');
    }
  }

  private async callFor(chatId: number, part: TelegramPart): Promise<number> {
    const keyboard = part.keyboard ? { reply_markup: part.keyboard } : {};
    if (part.kind === 'text') {
      const sent = await this.sendApi.sendMessage(chatId, part.html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...keyboard });
      return sent.message_id;
    }
    const file = new InputFile(part.data, part.filename);
    const other = { ...(part.captionHtml && { caption: part.captionHtml, parse_mode: 'HTML' as const }), ...keyboard };
    const sent = part.kind === 'photo' ? await this.sendApi.sendPhoto(chatId, file, other) : await this.sendApi.sendDocument(chatId, file, other);
    return sent.message_id;
  }

  /** Runs a call nobody waits for; failures are logged without content, and stop() waits for it. */
  private inBackground(method: string, call: Promise<unknown>): void {
    const tracked: Promise<void> = call
      .then(
        () => undefined,
        (err: unknown) => {
          const harmless = err instanceof GrammyError && /not modified|query is too old/i.test(err.description);
          this.log[harmless ? 'debug' : 'warn']({ method, ...describeError(err) }, 'Telegram call failed');
        },
      )
      .finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }
}

/** Creates the Telegram adapter; nothing connects until `start`. */
export function createTelegramAdapter(config: TelegramAdapterConfig): TelegramAdapter {
  return new TelegramAdapter(config);
}

/** Why Telegram refuses to edit a message: deleted, older than 48 hours, or not one it can edit. */
const EDIT_REFUSED = /message to edit not found|message can't be edited|MESSAGE_ID_INVALID|there is no text in the message to edit/i;

/** Fixed phrases for Telegram's error descriptions, which can quote what was sent. */
const KNOWN_REASONS: [RegExp, string][] = [
  [/chat not found/i, 'chat not found'],
  [/user not found|PEER_ID_INVALID/i, 'user not found'],
  [/blocked by the user/i, 'bot blocked by the user'],
  [/user is deactivated/i, 'user deactivated'],
  [/message is too long/i, 'message too long'],
  [/caption is too long/i, 'caption too long'],
  [/can't parse entities/i, 'markup rejected'],
  [/BUTTON_DATA_INVALID/i, 'button data invalid'],
  [/message text is empty/i, 'empty message'],
  [/Unauthorized/i, 'unauthorized'],
  [/Conflict/i, 'conflict'],
];

/** grammY's fetch failed before a reply could be read as JSON: Telegram did not act on it. */
const TELEGRAM_NEVER_SENT = ['invalid-json'];

/**
 * Maps grammY's errors to the core's typed adapter errors. Messages are built here from the
 * method, code and a fixed reason: grammY's own messages can carry the payload (a person's text).
 */
export function toAdapterError(err: unknown, method: string): AdapterError {
  if (err instanceof AdapterError) return err;
  if (err instanceof GrammyError) {
    const code = err.error_code;
    const reason = KNOWN_REASONS.find(([pattern]) => pattern.test(err.description))?.[1];
    const what = `Telegram ${method} failed (${code}${reason ? `: ${reason}` : ''})`;
    // Telegram's own meanings: 404 is a wrong token or API root (the bot's URL does not exist),
    // 403 a person who blocked the bot, and some 400s a chat that is gone.
    if (code === 404) return new AdapterAuthError(`${what}; check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT`, PLATFORM);
    if (code === 403 || (code === 400 && (reason === 'chat not found' || reason === 'user not found' || reason === 'user deactivated'))) {
      return new AdapterNotFoundError(what, PLATFORM);
    }
    if (code === 401) return new AdapterAuthError(`${what}; check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT`, PLATFORM);
    // 5xx and anything unexpected: Telegram answered with an error, so nothing was delivered.
    if (code < 400 || code > 599) return new AdapterNetworkError(what, PLATFORM, false);
    return statusError(PLATFORM, code, what, err.parameters.retry_after === undefined ? undefined : err.parameters.retry_after * 1_000);
  }
  if (err instanceof HttpError) return networkError(PLATFORM, `Telegram (${method})`, err.error, { idempotent: false, neverSent: TELEGRAM_NEVER_SENT });
  return new AdapterError(`Telegram ${method} failed unexpectedly`, PLATFORM);
}

/** Log fields for an error: names and codes only. */
function describeError(err: unknown): Record<string, string | number> {
  if (err instanceof GrammyError) return { error: err.name, method: err.method, code: err.error_code };
  if (err instanceof HttpError) return { error: err.name, cause: networkCode(err.error) ?? 'unknown' };
  if (err instanceof AdapterError) return { error: err.name };
  return { error: err instanceof Error ? err.name : typeof err };
}
