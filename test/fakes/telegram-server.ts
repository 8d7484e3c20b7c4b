import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InlineKeyboardMarkup, Update, UserFromGetMe } from 'grammy/types';
import { readBody } from './http.js';

/**
 * A fake Telegram Bot API on 127.0.0.1 speaking the real wire protocol, so unmodified grammY runs
 * against it: `POST /bot<token>/<method>` with JSON (multipart for uploads), answered with
 * `{ok:true,result}` or `{ok:false,error_code,description,parameters?}`. It checks what Telegram
 * checks (HTML markup, 4,096 characters, 64-byte callback data, unknown chats), records every
 * request, plays the user's side (messages, button presses), delivers to a webhook when one is
 * set, and fails on request: 429s, 5xx, dropped connections, slow answers, a rate cap.
 */

/** A person chatting with the bot; their private chat has the same id. */
export interface FakeUser {
  id: number;
  first_name: string;
  username?: string;
  /** The user's app language, sent on their messages and presses as Telegram does (default `en`). */
  language_code?: string;
}

export interface UploadedFile {
  filename: string;
  content: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** JSON body, or multipart fields (JSON-looking values parsed, numeric chat ids as numbers). */
  body: Record<string, unknown>;
  files: Record<string, UploadedFile>;
  /** Date.now() when the request arrived. */
  at: number;
  /** HTTP status answered (0 while unanswered), or `dropped`. */
  status: number | 'dropped';
}

/** A message the bot sent, as the user sees it now (edits applied). */
export interface BotMessage {
  messageId: number;
  chatId: number;
  kind: 'text' | 'document' | 'photo';
  /** Text or caption exactly as sent (HTML when parse mode is HTML). */
  raw: string;
  /** What the user reads: markup removed, entities decoded. */
  text: string;
  parseMode?: string;
  keyboard?: InlineKeyboardMarkup;
  file?: UploadedFile;
  at: number;
  /** How often the bot edited it (editMessageText, editMessageReplyMarkup); Telegram shows "edited". */
  edits: number;
  /** Date.now() of the last edit. */
  editedAt?: number;
}

export type Failure =
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'server-error'; status?: number }
  /** Destroys the connection without an answer (the request is not carried out). */
  | { kind: 'drop' }
  /** Answers normally, after `ms`. */
  | { kind: 'delay'; ms: number };

export interface RateCap {
  perSecond: number;
  retryAfterSeconds?: number;
  /** Methods counted against the cap; default the message-sending ones. */
  methods?: string[];
}

/** A bot's message can be edited for 48 hours. */
const EDIT_WINDOW_MS = 48 * 60 * 60 * 1000;
const MESSAGE_LIMIT = 4_096;
const CAPTION_LIMIT = 1_024;
const CALLBACK_DATA_LIMIT_BYTES = 64;
const SENDING_METHODS = ['sendMessage', 'sendDocument', 'sendPhoto'];
const HTML_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);

class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: { retry_after?: number },
  ) {
    super(description);
  }
}

const badRequest = (what: string) => new ApiFailure(400, `Bad Request: ${what}`);

export class FakeTelegramServer {
  readonly requests: RecordedRequest[] = [];
  readonly webhookDeliveries: { updateId: number; status: number }[] = [];
  /** Commands from the last setMyCommands without a language (everyone's default menu). */
  commands: { command: string; description: string }[] = [];
  /** Commands from the last setMyCommands for each `language_code` (shown to people whose app is in it). */
  readonly commandsByLanguage = new Map<string, { command: string; description: string }[]>();
  webhook: { url: string; secret?: string } | undefined;
  /** Added to every answer. */
  latencyMs = 0;
  /** Record only method, chat id, status and time, and keep no message bodies (for benchmarks). */
  lean = false;
  readonly bot: UserFromGetMe;

  private readonly messagesByChat = new Map<number, BotMessage[]>();
  /** Messages the user deleted (still counted as sent). */
  readonly deleted: BotMessage[] = [];
  private sentCount = 0;
  private pending: Update[] = [];
  private nextUpdateId = 500_000;
  private nextMessageId = new Map<number, number>();
  private nextQueryId = 1;
  private readonly openQueries = new Set<string>();
  private readonly knownChats = new Set<number>();
  private readonly blocked = new Set<number>();
  private readonly failures = new Map<string, Failure[]>();
  private cap: { perSecond: number; retryAfterSeconds: number; methods: Set<string>; tokens: number; refilledAt: number } | undefined;
  private activePoll: ServerResponse | undefined;
  private readonly listeners = new Set<() => void>();
  private webhookQueue: Promise<unknown> = Promise.resolve();

  private readonly server: Server;

  private constructor(readonly token: string) {
    const id = Number(token.split(':')[0]);
    this.bot = { id, is_bot: true, first_name: 'Between', username: 'between_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as UserFromGetMe;
    this.server = createServer((req, res) => {
      this.onRequest(req, res).catch((error: unknown) => {
        reply(res, 500, { ok: false, error_code: 500, description: `fake Telegram failed: ${error instanceof Error ? error.message : String(error)}` });
      });
    });
  }

  /** Starts on a random port with a token shaped like a real one. */
  static async start(): Promise<FakeTelegramServer> {
    const fake = new FakeTelegramServer(`${7_000_000_000 + Math.floor(Math.random() * 1_000_000)}:AA${randomBytes(24).toString('base64url')}`);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** What to pass as grammY's `apiRoot` (no trailing slash). */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  // ── The user's side ───────────────────────────────────────────────────────────────────────

  /** The user types `text` (a leading /command gets its bot_command entity, as Telegram adds). */
  userSends(user: FakeUser, text: string, chat: { id: number; type: 'private' | 'group' | 'supergroup'; title?: string } = { id: user.id, type: 'private' }): Update {
    const command = /^\/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?/.exec(text);
    return this.inject({
      update_id: this.nextUpdateId++,
      message: {
        message_id: this.messageIdFor(chat.id),
        from: { id: user.id, is_bot: false, first_name: user.first_name, ...(user.username && { username: user.username }), language_code: user.language_code ?? 'en' },
        chat: chat.type === 'private' ? { id: chat.id, type: 'private', first_name: user.first_name } : { id: chat.id, type: chat.type, title: chat.title ?? 'A group' },
        date: Math.floor(Date.now() / 1000),
        text,
        ...(command && { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] }),
      },
    } as Update);
  }

  /** The user sends a sticker: content without text. */
  userSendsSticker(user: FakeUser): Update {
    return this.inject({
      update_id: this.nextUpdateId++,
      message: {
        message_id: this.messageIdFor(user.id),
        from: { id: user.id, is_bot: false, first_name: user.first_name },
        chat: { id: user.id, type: 'private', first_name: user.first_name },
        date: Math.floor(Date.now() / 1000),
        sticker: { file_id: 'sticker-1', file_unique_id: 's1', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false },
      },
    } as Update);
  }

  /**
   * The user presses the button carrying `callbackData` on `message`; it must be on the message now
   * — unless `asShown`: a client that has not caught up (a second device) still shows `message` as
   * it was, even deleted since.
   */
  pressButton(user: FakeUser, message: BotMessage, callbackData: string, options: { asShown?: boolean } = {}): Update {
    const current = options.asShown ? message : this.messagesByChat.get(message.chatId)?.find((m) => m.messageId === message.messageId);
    const onIt = current?.keyboard?.inline_keyboard.flat().some((button) => 'callback_data' in button && button.callback_data === callbackData);
    if (!current || !onIt) throw new Error(`message ${message.messageId} has no button ${callbackData} (any more)`);
    const id = `${this.nextQueryId++}`;
    this.openQueries.add(id);
    return this.inject({
      update_id: this.nextUpdateId++,
      callback_query: {
        id,
        from: { id: user.id, is_bot: false, first_name: user.first_name, language_code: user.language_code ?? 'en' },
        message: this.messageObject(current) as never,
        chat_instance: `ci-${user.id}`,
        data: callbackData,
      },
    } as Update);
  }

  /** The user deletes the bot's message `messageId` from the chat: an edit of it is then refused. */
  deleteMessage(chatId: number, messageId: number): void {
    const inChat = this.messagesByChat.get(chatId) ?? [];
    const index = inChat.findIndex((message) => message.messageId === messageId);
    if (index === -1) throw new Error(`no message ${messageId} in chat ${chatId}`);
    this.deleted.push(...inChat.splice(index, 1));
    this.notify();
  }

  /** Makes the chat with `userId` known, as after the user pressed Start. */
  knowChat(userId: number): void {
    this.knownChats.add(userId);
  }

  /** The user blocks the bot: sends to them get 403. */
  block(userId: number): void {
    this.blocked.add(userId);
  }

  // ── What the bot did ──────────────────────────────────────────────────────────────────────

  /** Messages the bot sent to `chatId`, oldest first. */
  messagesIn(chatId: number): BotMessage[] {
    return [...(this.messagesByChat.get(chatId) ?? [])];
  }

  /** Messages the bot sent to anyone (for fan-out benchmarks). */
  get messageCount(): number {
    return this.sentCount;
  }

  requestsFor(method: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method);
  }

  /** Resolves once the bot has sent at least `count` messages to `chatId`. */
  waitForMessages(chatId: number, count: number, timeoutMs = 3_000): Promise<BotMessage[]> {
    const inChat = () => this.messagesByChat.get(chatId)?.length ?? 0;
    return this.until(() => (inChat() >= count ? this.messagesIn(chatId) : undefined), timeoutMs, `${count} messages in chat ${chatId}`);
  }

  /** Resolves with the first recorded request matching, waiting for it if needed. */
  waitForRequest(method: string, match: (request: RecordedRequest) => boolean = () => true, timeoutMs = 3_000): Promise<RecordedRequest> {
    return this.until(() => this.requests.find((request) => request.method === method && match(request)), timeoutMs, `a ${method} request`);
  }

  /** Resolves when `check` returns a value; rejects after `timeoutMs`. */
  until<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const listener = () => {
        const value = check();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Telegram: timed out waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      this.listeners.add(listener);
      listener();
    });
  }

  // ── Failures ──────────────────────────────────────────────────────────────────────────────

  /** The next `times` calls of `method` fail this way. */
  failNext(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  /** Answers 429 to calls above `perSecond` (a token bucket holding one second's worth); undefined lifts it. */
  setRateCap(cap: RateCap | undefined): void {
    this.cap = cap && {
      perSecond: cap.perSecond,
      retryAfterSeconds: cap.retryAfterSeconds ?? 1,
      methods: new Set(cap.methods ?? SENDING_METHODS),
      tokens: cap.perSecond,
      refilledAt: performance.now(),
    };
  }

  /** Posts an update to the registered webhook as Telegram would; `secret: null` omits the header. */
  async deliverToWebhook(update: Update, options: { secret?: string | null } = {}): Promise<number> {
    const target = this.webhook;
    if (!target) throw new Error('no webhook is set');
    const secret = options.secret === undefined ? target.secret : options.secret;
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret != null && { 'x-telegram-bot-api-secret-token': secret }) },
      body: JSON.stringify(update),
    });
    await response.arrayBuffer();
    this.webhookDeliveries.push({ updateId: update.update_id, status: response.status });
    this.notify();
    return response.status;
  }

  // ── Wire protocol ─────────────────────────────────────────────────────────────────────────

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? '').split('?')[0]!);
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = match as unknown as [string, string, string];
    if (token !== this.token) return reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });
    const { fields, files } = parseBody(req.headers['content-type'] ?? '', raw);
    // Lean mode (fan-out benchmarks) keeps only what counting needs, so the fake's own memory does
    // not drown the measurement of the process under test.
    const record: RecordedRequest = this.lean
      ? { method, body: { chat_id: fields.chat_id }, files: {}, at: Date.now(), status: 0 }
      : { method, body: fields, files, at: Date.now(), status: 0 };
    this.requests.push(record);
    this.notify();

    const failure = this.failures.get(method)?.shift();
    if (failure?.kind === 'drop') {
      record.status = 'dropped';
      this.notify();
      req.socket.destroy();
      return;
    }
    const delay = this.latencyMs + (failure?.kind === 'delay' ? failure.ms : 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

    let answer: { status: number; body: unknown };
    try {
      if (failure?.kind === 'rate-limit') throw tooManyRequests(failure.retryAfterSeconds);
      if (failure?.kind === 'server-error') throw new ApiFailure(failure.status ?? 500, 'Internal Server Error');
      if (this.overCap(method)) throw tooManyRequests(this.cap!.retryAfterSeconds);
      if (method === 'getUpdates') return await this.getUpdates(fields, res, record);
      answer = { status: 200, body: { ok: true, result: this.call(method, fields, files) } };
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      answer = { status: error.code, body: { ok: false, error_code: error.code, description: error.description, ...(error.parameters && { parameters: error.parameters }) } };
    }
    record.status = answer.status;
    reply(res, answer.status, answer.body);
    this.notify();
  }

  private call(method: string, fields: Record<string, unknown>, files: Record<string, UploadedFile>): unknown {
    switch (method) {
      case 'getMe':
        return this.bot;
      case 'deleteWebhook':
        this.webhook = undefined;
        if (fields.drop_pending_updates) this.pending = [];
        return true;
      case 'setWebhook': {
        if (typeof fields.url !== 'string' || !fields.url) throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
        this.webhook = { url: fields.url, ...(typeof fields.secret_token === 'string' && { secret: fields.secret_token }) };
        const waiting = this.pending.splice(0);
        for (const update of waiting) this.queueWebhookDelivery(update);
        return true;
      }
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: this.pending.length };
      case 'setMyCommands': {
        const commands = fields.commands as { command: string; description: string }[];
        if (!commands.every((c) => /^[a-z0-9_]{1,32}$/.test(c.command) && c.description.length >= 1 && c.description.length <= 256)) throw badRequest('BOT_COMMAND_INVALID');
        const language = fields.language_code;
        if (language === undefined || language === '') this.commands = commands;
        else if (typeof language === 'string' && /^[a-z]{2}$/.test(language)) this.commandsByLanguage.set(language, commands);
        else throw badRequest('LANG_CODE_INVALID');
        return true;
      }
      case 'sendChatAction':
        this.requireChat(fields.chat_id);
        return true;
      case 'answerCallbackQuery':
        if (!this.openQueries.delete(String(fields.callback_query_id))) throw badRequest('query is too old and response timeout expired or query ID is invalid');
        return true;
      case 'sendMessage': {
        const chatId = this.requireChat(fields.chat_id);
        const { raw, text } = this.visibleText(fields.text, fields.parse_mode, MESSAGE_LIMIT, 'message is too long');
        if (!text.trim()) throw badRequest('message text is empty');
        return this.store({ chatId, kind: 'text', raw, text, parseMode: fields.parse_mode, keyboard: checkKeyboard(fields.reply_markup) });
      }
      case 'sendDocument':
      case 'sendPhoto': {
        const chatId = this.requireChat(fields.chat_id);
        const field = method === 'sendDocument' ? 'document' : 'photo';
        const reference = String(fields[field] ?? '');
        const file = reference.startsWith('attach://') ? files[reference.slice('attach://'.length)] : undefined;
        if (!file) throw badRequest(`there is no ${field} in the request`);
        const { raw, text } = this.visibleText(fields.caption ?? '', fields.parse_mode, CAPTION_LIMIT, 'message caption is too long');
        const kind = method === 'sendDocument' ? 'document' : 'photo';
        return this.store({ chatId, kind, raw, text, parseMode: fields.parse_mode, keyboard: checkKeyboard(fields.reply_markup), file });
      }
      case 'editMessageText': {
        const message = this.findMessage(fields);
        const { raw, text } = this.visibleText(fields.text, fields.parse_mode, MESSAGE_LIMIT, 'MESSAGE_TOO_LONG');
        const keyboard = checkKeyboard(fields.reply_markup);
        if (!text.trim()) throw badRequest('message text is empty');
        if (raw === message.raw && JSON.stringify(keyboard) === JSON.stringify(message.keyboard)) {
          throw badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
        }
        Object.assign(message, { raw, text, keyboard, parseMode: typeof fields.parse_mode === 'string' ? fields.parse_mode : undefined, edits: message.edits + 1, editedAt: Date.now() });
        return this.messageObject(message);
      }
      case 'editMessageReplyMarkup': {
        const message = this.findMessage(fields);
        const keyboard = checkKeyboard(fields.reply_markup);
        if (JSON.stringify(keyboard ?? null) === JSON.stringify(message.keyboard ?? null)) {
          throw badRequest('message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message');
        }
        Object.assign(message, { keyboard, edits: message.edits + 1, editedAt: Date.now() });
        return this.messageObject(message);
      }
      default:
        throw new ApiFailure(404, 'Not Found');
    }
  }

  /** Long polling: confirms updates below `offset`, answers at once when any are waiting, else holds the request up to `timeout` seconds. */
  private async getUpdates(fields: Record<string, unknown>, res: ServerResponse, record: RecordedRequest): Promise<void> {
    if (this.webhook) throw new ApiFailure(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(fields.offset ?? 0);
    if (offset > 0) this.pending = this.pending.filter((update) => update.update_id >= offset);
    const limit = Math.min(100, Math.max(1, Number(fields.limit ?? 100)));
    const timeoutMs = Math.max(0, Number(fields.timeout ?? 0)) * 1000;
    // Like Telegram, a newer poll ends the one still waiting.
    if (this.activePoll && !this.activePoll.writableEnded) {
      reply(this.activePoll, 409, { ok: false, error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' });
    }
    if (this.pending.length === 0 && timeoutMs > 0) {
      this.activePoll = res;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.listeners.delete(check);
          res.off('close', done);
          resolve();
        };
        const check = () => (this.pending.length > 0 || res.writableEnded) && done();
        const timer = setTimeout(done, timeoutMs);
        this.listeners.add(check);
        res.once('close', done);
      });
      if (this.activePoll === res) this.activePoll = undefined;
    }
    if (res.writableEnded || res.destroyed) return;
    record.status = 200;
    reply(res, 200, { ok: true, result: this.pending.slice(0, limit) });
    this.notify();
  }

  private inject(update: Update): Update {
    const chatId = update.message?.chat.id ?? update.callback_query?.from.id;
    if (chatId !== undefined) this.knownChats.add(chatId);
    if (this.webhook) this.queueWebhookDelivery(update);
    else this.pending.push(update);
    this.notify();
    return update;
  }

  /** Telegram delivers one update at a time per bot here, in order. */
  private queueWebhookDelivery(update: Update): void {
    this.webhookQueue = this.webhookQueue.then(() =>
      this.deliverToWebhook(update).catch(() => this.webhookDeliveries.push({ updateId: update.update_id, status: 0 })),
    );
  }

  private overCap(method: string): boolean {
    const cap = this.cap;
    if (!cap || !cap.methods.has(method)) return false;
    const now = performance.now();
    cap.tokens = Math.min(cap.perSecond, cap.tokens + ((now - cap.refilledAt) / 1000) * cap.perSecond);
    cap.refilledAt = now;
    if (cap.tokens < 1) return true;
    cap.tokens -= 1;
    return false;
  }

  private requireChat(chatId: unknown): number {
    const id = Number(chatId);
    if (this.blocked.has(id)) throw new ApiFailure(403, 'Forbidden: bot was blocked by the user');
    if (!this.knownChats.has(id)) throw badRequest('chat not found');
    return id;
  }

  private visibleText(value: unknown, parseMode: unknown, limit: number, tooLong: string): { raw: string; text: string } {
    const raw = String(value ?? '');
    const text = parseMode === 'HTML' ? htmlToText(raw) : raw;
    if (text.length > limit) throw badRequest(tooLong);
    return { raw, text };
  }

  private findMessage(fields: Record<string, unknown>): BotMessage {
    const chatId = this.requireChat(fields.chat_id);
    const message = this.messagesByChat.get(chatId)?.find((m) => m.messageId === Number(fields.message_id));
    if (!message) throw badRequest('message to edit not found');
    if (message.kind !== 'text' && fields.text !== undefined) throw badRequest('there is no text in the message to edit');
    if (Date.now() - message.at > EDIT_WINDOW_MS) throw badRequest("message can't be edited");
    return message;
  }

  private store(message: Omit<BotMessage, 'messageId' | 'at' | 'parseMode' | 'edits'> & { parseMode: unknown }): unknown {
    const stored: BotMessage = {
      ...message,
      edits: 0,
      parseMode: typeof message.parseMode === 'string' ? message.parseMode : undefined,
      messageId: this.messageIdFor(message.chatId),
      at: Date.now(),
    };
    const inChat = this.messagesByChat.get(stored.chatId);
    if (this.lean) {
      // counted only
    } else if (inChat) inChat.push(stored);
    else this.messagesByChat.set(stored.chatId, [stored]);
    this.sentCount++;
    return this.messageObject(stored);
  }

  private messageObject(message: BotMessage): Record<string, unknown> {
    const content =
      message.kind === 'text'
        ? { text: message.text }
        : {
            ...(message.text && { caption: message.text }),
            ...(message.kind === 'document'
              ? { document: { file_id: `doc-${message.messageId}`, file_unique_id: `u${message.messageId}`, file_name: message.file?.filename, file_size: message.file?.content.length } }
              : { photo: [{ file_id: `photo-${message.messageId}`, file_unique_id: `p${message.messageId}`, width: 800, height: 600 }] }),
          };
    return {
      message_id: message.messageId,
      from: this.bot,
      chat: { id: message.chatId, type: 'private', first_name: 'User' },
      date: Math.floor(message.at / 1000),
      ...(message.editedAt !== undefined && { edit_date: Math.floor(message.editedAt / 1000) }),
      ...content,
      ...(message.keyboard && { reply_markup: message.keyboard }),
    };
  }

  private messageIdFor(chatId: number): number {
    const next = (this.nextMessageId.get(chatId) ?? 0) + 1;
    this.nextMessageId.set(chatId, next);
    return next;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

function tooManyRequests(retryAfterSeconds: number): ApiFailure {
  return new ApiFailure(429, `Too Many Requests: retry after ${retryAfterSeconds}`, { retry_after: retryAfterSeconds });
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}


/** Inline keyboards as Telegram checks them: every button needs text and 1–64 bytes of callback data. */
function checkKeyboard(markup: unknown): InlineKeyboardMarkup | undefined {
  if (markup === undefined) return undefined;
  const keyboard = markup as InlineKeyboardMarkup;
  for (const button of keyboard.inline_keyboard.flat()) {
    const data = 'callback_data' in button ? button.callback_data : undefined;
    const bytes = data === undefined ? 0 : Buffer.byteLength(data, 'utf8');
    if (!button.text || bytes < 1 || bytes > CALLBACK_DATA_LIMIT_BYTES) throw badRequest('BUTTON_DATA_INVALID');
  }
  return keyboard.inline_keyboard.length > 0 ? keyboard : undefined;
}

/** Telegram's HTML parse mode: known tags only, balanced, `&` only in entities; returns the visible text. */
export function htmlToText(html: string): string {
  const open: string[] = [];
  let text = '';
  for (let i = 0; i < html.length; ) {
    const char = html[i]!;
    if (char === '<') {
      const end = html.indexOf('>', i);
      if (end === -1) throw badRequest(`can't parse entities: Unclosed start tag at byte offset ${i}`);
      const tag = html.slice(i + 1, end);
      const closing = tag.startsWith('/');
      const name = (closing ? tag.slice(1) : tag).split(/\s/)[0]!.toLowerCase();
      if (!HTML_TAGS.has(name)) throw badRequest(`can't parse entities: Unsupported start tag "${name}" at byte offset ${i}`);
      if (closing && open.pop() !== name) throw badRequest(`can't parse entities: Can't find end tag corresponding to start tag "${name}"`);
      if (!closing) open.push(name);
      i = end + 1;
    } else if (char === '&') {
      const entity = /^&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.exec(html.slice(i, i + 12));
      if (!entity) throw badRequest(`can't parse entities: Character '&' is reserved and must be escaped at byte offset ${i}`);
      const name = entity[1]!.toLowerCase();
      text += name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'amp' ? '&' : name === 'quot' ? '"' : String.fromCodePoint(Number(name.startsWith('#x') ? `0x${name.slice(2)}` : name.slice(1)));
      i += entity[0].length;
    } else if (char === '>') {
      throw badRequest(`can't parse entities: Character '>' is reserved and must be escaped at byte offset ${i}`);
    } else {
      text += char;
      i++;
    }
  }
  if (open.length > 0) throw badRequest(`can't parse entities: Can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return text;
}

function parseBody(contentType: string, raw: Buffer): { fields: Record<string, unknown>; files: Record<string, UploadedFile> } {
  const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
  if (!contentType.startsWith('multipart/form-data') || !boundary) {
    return { fields: raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {}, files: {} };
  }
  const { fields, files } = parseMultipart(raw, boundary);
  const parsed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    parsed[name] = /^[[{]/.test(value) ? JSON.parse(value) : /^-?\d+$/.test(value) && name.endsWith('_id') ? Number(value) : value;
  }
  return { fields: parsed, files };
}

/** multipart/form-data as grammY writes it (unquoted filenames, no space after the colon). */
function parseMultipart(body: Buffer, boundary: string): { fields: Record<string, string>; files: Record<string, UploadedFile> } {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  for (let position = body.indexOf(delimiter); position !== -1; ) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + 4);
    const name = /(?:^|[;\s:])name="([^"]*)"/i.exec(headers)?.[1];
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers);
    if (name !== undefined) {
      if (filename) files[name] = { filename: filename[1] ?? filename[2] ?? '', content: Buffer.from(content) };
      else fields[name] = content.toString('utf8');
    }
    position = next;
  }
  return { fields, files };
}
