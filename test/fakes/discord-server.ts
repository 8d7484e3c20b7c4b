import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, WebSocket } from 'ws';
import { readBody } from './http.js';


/** The locales Discord accepts in `…_localizations`. */
const DISCORD_LOCALES = new Set(['id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko']);
/**
 * A fake Discord — REST API v10 and gateway on one 127.0.0.1 port — that unmodified discord.js
 * talks to (see /work/shared/PLATFORM-FAKES.md). It records every request with its time, lets a
 * test act as a person (DMs, button presses, slash commands), and can be told to fail: 429s with
 * real rate-limit headers, 5xx, slow responses, and gateway drops that the client must resume from.
 */

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
/** Discord forgets an interaction that was not answered within this time. */
export const INTERACTION_WINDOW_MS = 3_000;

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  content_type: string | undefined;
  size: number;
  /** The uploaded bytes (not part of the API's JSON). */
  data: Buffer;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  author: FakeUser;
  content: string;
  components: unknown[];
  attachments: FakeAttachment[];
  flags: number;
  timestamp: string;
  /** How the bot created it: a channel message, or an interaction response. */
  source: 'user' | 'channel' | 'interaction';
  deleted?: boolean;
  /** How often it was edited (PATCH of the message, or an UPDATE_MESSAGE interaction response). */
  edits: number;
  editedTimestamp?: string;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path below `/api/v10`, without the query. */
  path: string;
  query: string;
  /** `Date.now()` when the request arrived. */
  time: number;
  authorization: string | undefined;
  json: unknown;
  files: { name: string; contentType: string; data: Buffer }[];
  status?: number;
}

export interface FakeInteraction {
  id: string;
  token: string;
  type: 2 | 3 | 5;
  userId: string;
  channelId: string;
  createdAt: number;
  /** The message whose component was used (type 3), or the response once there is one. */
  messageId: string | undefined;
  callbacks: { type: number; time: number; data: unknown }[];
}

export interface RecordedGatewayOp {
  op: number;
  time: number;
}

/** When a request matches `method` (if given) and `path`, answer as `action` says (for `count` requests). */
export interface FailureRule {
  method?: string;
  path: RegExp;
  count: number;
  /** Let this many matching requests through first (e.g. fail only the second part of a message). */
  after?: number;
  action:
    | { kind: 'status'; status: number }
    | { kind: 'rate-limit'; retryAfterSeconds: number; global?: boolean }
    | { kind: 'delay'; ms: number };
}

interface RateCap {
  method?: string;
  path: RegExp;
  max: number;
  windowMs: number;
  accepted: number[];
}

interface GatewaySession {
  id: string;
  seq: number;
  socket: WebSocket | undefined;
  backlog: { op: 0; t: string; s: number; d: unknown }[];
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const BACKLOG_LIMIT = 1_000;
const MESSAGE_CONTENT_INTENT = 1 << 15;
const NO_CONTENT: Reply = { status: 204 };

export class FakeDiscordServer {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayOps: RecordedGatewayOp[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly messages = new Map<string, FakeMessage>();
  /** The last command list PUT by the bot. */
  commands: unknown[] = [];
  /** Whether the developer portal's MESSAGE CONTENT switch is on; when off, asking for it closes with 4014. */
  messageContentIntentEnabled = true;
  readonly bot: FakeUser;
  readonly applicationId: string;
  private readonly users = new Map<string, FakeUser>();
  private readonly dmChannels = new Map<string, string>();
  private readonly rules: FailureRule[] = [];
  private readonly caps: RateCap[] = [];
  private readonly sessions = new Map<string, GatewaySession>();
  private current: GatewaySession | undefined;
  private readonly wss = new WebSocketServer({ noServer: true });
  private counter = 0;
  private changed: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly token: string,
    private readonly heartbeatIntervalMs: number,
  ) {
    this.bot = { id: this.snowflake(), username: 'Between', discriminator: '0', global_name: 'Between', avatar: null, bot: true };
    this.applicationId = this.bot.id;
    server.on('request', (req, res) => void this.handle(req, res));
    server.on('upgrade', (req, socket, head) => this.wss.handleUpgrade(req, socket, head, (ws) => this.onGateway(ws)));
  }

  static async start(options: { token?: string; heartbeatIntervalMs?: number } = {}): Promise<FakeDiscordServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FakeDiscordServer(server, options.token ?? 'fake-bot-token.Abc123.xyz', options.heartbeatIntervalMs ?? 41_250);
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The value for discord.js's `rest.api` option. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  // ── acting as a person ────────────────────────────────────────────────────────────────────────

  /** A person with this id DMs the bot. Returns the message id. */
  sendDm(userId: string, content: string): string {
    const user = this.user(userId);
    const message = this.storeMessage(this.dmChannelOf(userId), user, { content }, 'user');
    this.dispatch('MESSAGE_CREATE', { ...this.messageJson(message), channel_type: 1 });
    return message.id;
  }

  /** A person DMs the bot a file with no text (a photo, say). Returns the message id. */
  sendDmAttachment(userId: string, file: { name: string; contentType: string; data: Buffer }): string {
    const user = this.user(userId);
    const message = this.storeMessage(this.dmChannelOf(userId), user, { content: '' }, 'user', [file]);
    this.dispatch('MESSAGE_CREATE', { ...this.messageJson(message), channel_type: 1 });
    return message.id;
  }

  /**
   * The person fills in and sends the modal the bot opened from a button on message `messageId`
   * (INTERACTION_CREATE type 5: the modal's custom id and each text input's value).
   */
  submitModal(userId: string, messageId: string, modalId: string, values: Record<string, string>): FakeInteraction {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake Discord: no message ${messageId}`);
    const components = Object.entries(values).map(([customId, value]) => ({ type: 1, components: [{ type: 4, custom_id: customId, value }] }));
    return this.createInteraction(userId, 5, { custom_id: modalId, components }, message);
  }

  /** The person presses the button `customId` on message `messageId`. */
  pressButton(userId: string, messageId: string, customId: string): FakeInteraction {
    return this.componentInteraction(userId, messageId, { custom_id: customId, component_type: 2 });
  }

  /** The person picks `value` in the select menu `customId` on message `messageId`. */
  chooseOption(userId: string, messageId: string, customId: string, value: string): FakeInteraction {
    return this.componentInteraction(userId, messageId, { custom_id: customId, component_type: 3, values: [value] });
  }

  /** The person runs `/name` (with the `text` option when given) in their DM with the bot. */
  slashCommand(userId: string, name: string, text?: string): FakeInteraction {
    const data = { id: this.snowflake(), name, type: 1, ...(text !== undefined && { options: [{ name: 'text', type: 3, value: text }] }) };
    return this.createInteraction(userId, 2, data, undefined);
  }

  // ── observing ────────────────────────────────────────────────────────────────────────────────

  /** Messages the bot posted into its DM with `userId`, oldest first. */
  botMessages(userId: string): FakeMessage[] {
    const channelId = this.dmChannels.get(userId);
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && m.source === 'channel' && !m.deleted);
  }

  /** Requests matching `method` and `path`, oldest first. */
  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves with `probe()` once it returns something other than undefined. */
  async waitFor<T>(probe: () => T | undefined, timeoutMs = 5_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Discord: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.changed.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  // ── failing on demand ────────────────────────────────────────────────────────────────────────

  fail(rule: FailureRule): void {
    this.rules.push({ ...rule });
  }

  /** Above `max` matching requests within `windowMs`, answer 429 with the time until a slot frees. */
  capRate(cap: Omit<RateCap, 'accepted'>): void {
    this.caps.push({ ...cap, accepted: [] });
  }

  clearFailures(): void {
    this.rules.length = 0;
    this.caps.length = 0;
  }

  /** Cuts every gateway connection without a close frame, as a network failure would. */
  dropGateway(): void {
    for (const client of this.wss.clients) client.terminate();
  }

  /** op 7: asks the client to reconnect and resume. */
  requestReconnect(): void {
    this.current?.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** op 9: the session is invalid; when not `resumable` the client must identify again. */
  invalidateSession(resumable: boolean): void {
    this.current?.socket?.send(JSON.stringify({ op: 9, d: resumable }));
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── gateway ──────────────────────────────────────────────────────────────────────────────────

  private onGateway(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    socket.on('message', (raw) => {
      let payload: { op?: number; d?: Record<string, unknown> | null };
      try {
        payload = JSON.parse(String(raw)) as typeof payload;
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      this.gatewayOps.push({ op: payload.op ?? -1, time: Date.now() });
      this.onGatewayPayload(socket, payload.op, payload.d ?? {});
      this.notify();
    });
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = undefined;
    });
  }

  private onGatewayPayload(socket: WebSocket, op: number | undefined, d: Record<string, unknown>): void {
    if (op === 1) {
      socket.send(JSON.stringify({ op: 11 }));
    } else if (op === 2) {
      if (String(d.token).replace(/^Bot /, '') !== this.token) {
        socket.close(4004, 'Authentication failed.');
        return;
      }
      if (!this.messageContentIntentEnabled && (Number(d.intents) & MESSAGE_CONTENT_INTENT) !== 0) {
        socket.close(4014, 'Disallowed intent(s).');
        return;
      }
      const session: GatewaySession = { id: `session-${this.snowflake()}`, seq: 0, socket, backlog: [] };
      this.sessions.set(session.id, session);
      this.current = session;
      this.dispatch('READY', {
        v: 10,
        user: this.bot,
        guilds: [],
        session_id: session.id,
        resume_gateway_url: `ws://127.0.0.1:${this.port}`,
        application: { id: this.applicationId, flags: 0 },
      });
    } else if (op === 6) {
      const session = this.sessions.get(String(d.session_id));
      if (!session || String(d.token).replace(/^Bot /, '') !== this.token) {
        socket.send(JSON.stringify({ op: 9, d: false }));
        return;
      }
      session.socket = socket;
      this.current = session;
      const seen = Number(d.seq ?? 0);
      for (const frame of session.backlog) if (frame.s > seen) socket.send(JSON.stringify(frame));
      this.dispatch('RESUMED', {});
    }
  }

  /** Sends a dispatch to the current session, or keeps it for replay when the client resumes. */
  private dispatch(t: string, d: unknown): void {
    const session = this.current;
    if (!session) return;
    const frame = { op: 0 as const, t, s: ++session.seq, d };
    session.backlog.push(frame);
    if (session.backlog.length > BACKLOG_LIMIT) session.backlog.shift();
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(frame));
  }

  // ── REST ─────────────────────────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ''),
      query: url.search,
      time: Date.now(),
      authorization: req.headers.authorization,
      json: undefined,
      files: [],
    };
    this.requests.push(record);
    let reply: Reply;
    try {
      await parseBody(record, raw, req.headers['content-type']);
      reply = (await this.injected(record)) ?? this.route(record);
    } catch (error) {
      reply = { status: 400, body: { message: `fake Discord: ${(error as Error).message}`, code: 50035 } };
    }
    record.status = reply.status;
    const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, { ...(body && { 'content-type': 'application/json' }), ...reply.headers });
    res.end(body);
    this.notify();
  }

  /** Applies failure rules and rate caps; undefined lets the request through. */
  private async injected(record: RecordedRequest): Promise<Reply | undefined> {
    const matches = (rule: { method?: string; path: RegExp }) => (!rule.method || rule.method === record.method) && rule.path.test(record.path);
    for (const rule of this.rules) {
      if (rule.count <= 0 || !matches(rule)) continue;
      if (rule.after) {
        rule.after--;
        continue;
      }
      rule.count--;
      const { action } = rule;
      if (action.kind === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, action.ms));
        continue;
      }
      if (action.kind === 'status') return { status: action.status, body: { message: `${action.status}: fake failure`, code: 0 } };
      return rateLimited(action.retryAfterSeconds, action.global ?? false);
    }
    for (const cap of this.caps) {
      if (!matches(cap)) continue;
      cap.accepted = cap.accepted.filter((time) => record.time - time < cap.windowMs);
      if (cap.accepted.length >= cap.max) return rateLimited(Math.max(0.001, (cap.accepted[0]! + cap.windowMs - record.time) / 1000), false);
      cap.accepted.push(record.time);
    }
    return undefined;
  }

  private route(record: RecordedRequest): Reply {
    const { method, path } = record;
    const body = (record.json ?? {}) as Record<string, unknown>;
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && callback) return this.interactionCallback(callback[1]!, callback[2]!, body);
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (webhook) return this.webhook(method, webhook[2]!, webhook[3], record);

    if (record.authorization !== `Bot ${this.token}`) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (method === 'GET' && path === '/gateway/bot') {
      return {
        status: 200,
        body: { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
      };
    }
    if (method === 'GET' && path === '/users/@me') return { status: 200, body: this.bot };
    if (method === 'GET' && (path === '/applications/@me' || path === '/oauth2/applications/@me')) {
      return { status: 200, body: { id: this.applicationId, name: 'Between', flags: 0, bot: this.bot } };
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String(body.recipient_id ?? '');
      if (!/^\d+$/.test(recipient)) return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
      return { status: 200, body: this.channelJson(this.dmChannelOf(recipient)) };
    }
    const channel = /^\/channels\/(\d+)$/.exec(path);
    if (method === 'GET' && channel) {
      const known = [...this.dmChannels.values()].includes(channel[1]!);
      return known ? { status: 200, body: this.channelJson(channel[1]!) } : unknownChannel();
    }
    const messages = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && messages) {
      if (![...this.dmChannels.values()].includes(messages[1]!)) return unknownChannel();
      const message = this.storeMessage(messages[1]!, this.bot, body, 'channel', record.files);
      this.dispatch('MESSAGE_CREATE', { ...this.messageJson(message), channel_type: 1 });
      return { status: 200, body: this.messageJson(message) };
    }
    const edit = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path);
    if (method === 'PATCH' && edit) {
      const message = this.messages.get(edit[2]!);
      if (!message || message.deleted || message.channel_id !== edit[1]) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
      if (message.author.id !== this.bot.id) return { status: 403, body: { message: 'Cannot edit a message authored by another user', code: 50005 } };
      return { status: 200, body: this.messageJson(this.applyEdit(message, body)) };
    }
    const commands = /^\/applications\/(\d+)\/commands$/.exec(path);
    if (method === 'PUT' && commands) {
      const list: unknown[] = Array.isArray(record.json) ? record.json : [];
      // As Discord: localizations only for its locales, each description 1–100 characters.
      const localized = (entry: unknown) => Object.entries(((entry as { description_localizations?: Record<string, string> }).description_localizations ?? {}) as Record<string, string>);
      const entries = list.flatMap((command) => [command, ...(((command as { options?: unknown[] }).options ?? []) as unknown[])]);
      if (entries.some((entry) => localized(entry).some(([locale, text]) => !DISCORD_LOCALES.has(locale) || text.length < 1 || text.length > 100))) return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
      this.commands = list;
      const registered = this.commands.map((command) => ({ id: this.snowflake(), application_id: this.applicationId, version: '1', ...(command as object) }));
      return { status: 200, body: registered };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private interactionCallback(id: string, token: string, body: Record<string, unknown>): Reply {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token || Date.now() - interaction.createdAt > INTERACTION_WINDOW_MS) {
      return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    }
    if (interaction.callbacks.length > 0) return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } };
    const type = Number(body.type);
    const data = (body.data ?? {}) as Record<string, unknown>;
    interaction.callbacks.push({ type, time: Date.now(), data });
    if (type === 4 || type === 5) {
      const content = type === 5 ? { flags: Number(data.flags ?? 0) | 128 } : data;
      interaction.messageId = this.storeMessage(interaction.channelId, this.bot, content, 'interaction').id;
    } else if (type === 7 && interaction.messageId) {
      this.applyEdit(this.messages.get(interaction.messageId)!, data);
    } else if (![6, 9].includes(type)) {
      return { status: 400, body: { message: 'Invalid interaction response type', code: 50035 } };
    }
    return NO_CONTENT;
  }

  private webhook(method: string, token: string, target: string | undefined, record: RecordedRequest): Reply {
    const interaction = [...this.interactions.values()].find((candidate) => candidate.token === token);
    if (!interaction) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    const body = (record.json ?? {}) as Record<string, unknown>;
    if (method === 'POST' && target === undefined) {
      const message = this.storeMessage(interaction.channelId, this.bot, body, 'interaction', record.files);
      return { status: 200, body: this.messageJson(message) };
    }
    const message = this.messages.get(target === '@original' ? (interaction.messageId ?? '') : (target ?? ''));
    if (!message || message.deleted) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    if (method === 'PATCH') return { status: 200, body: this.messageJson(this.applyEdit(message, body)) };
    if (method === 'DELETE') {
      message.deleted = true;
      return NO_CONTENT;
    }
    if (method === 'GET') return { status: 200, body: this.messageJson(message) };
    return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
  }

  // ── state ────────────────────────────────────────────────────────────────────────────────────

  private componentInteraction(userId: string, messageId: string, data: Record<string, unknown>): FakeInteraction {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake Discord: no message ${messageId}`);
    return this.createInteraction(userId, 3, data, message);
  }

  private createInteraction(userId: string, type: 2 | 3 | 5, data: Record<string, unknown>, message: FakeMessage | undefined): FakeInteraction {
    const user = this.user(userId);
    const channelId = this.dmChannelOf(userId);
    const interaction: FakeInteraction = {
      id: this.snowflake(),
      token: `interaction-token-${this.snowflake()}`,
      type,
      userId,
      channelId,
      createdAt: Date.now(),
      messageId: message?.id,
      callbacks: [],
    };
    this.interactions.set(interaction.id, interaction);
    this.dispatch('INTERACTION_CREATE', {
      id: interaction.id,
      application_id: this.applicationId,
      type,
      data,
      token: interaction.token,
      version: 1,
      user,
      channel_id: channelId,
      channel: { id: channelId, type: 1 },
      locale: this.locales.get(user.id) ?? 'en-US',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { 1: user.id },
      context: 1,
      ...(message && { message: this.messageJson(message) }),
    });
    return interaction;
  }

  /** The Discord client language of each user, sent on their interactions (default `en-US`); DMs carry none. */
  readonly locales = new Map<string, string>();

  private user(id: string): FakeUser {
    let user = this.users.get(id);
    if (!user) {
      user = { id, username: `person${id.slice(-4)}`, discriminator: '0', global_name: `Person ${id.slice(-4)}`, avatar: null };
      this.users.set(id, user);
    }
    return user;
  }

  private dmChannelOf(userId: string): string {
    this.user(userId);
    let channelId = this.dmChannels.get(userId);
    if (!channelId) {
      channelId = this.snowflake();
      this.dmChannels.set(userId, channelId);
    }
    return channelId;
  }

  private channelJson(channelId: string): unknown {
    const userId = [...this.dmChannels].find(([, id]) => id === channelId)?.[0];
    return { id: channelId, type: 1, recipients: userId ? [this.user(userId)] : [], last_message_id: null, flags: 0 };
  }

  private storeMessage(
    channelId: string,
    author: FakeUser,
    body: Record<string, unknown>,
    source: FakeMessage['source'],
    files: RecordedRequest['files'] = [],
  ): FakeMessage {
    const message: FakeMessage = {
      id: this.snowflake(),
      channel_id: channelId,
      author,
      content: typeof body.content === 'string' ? body.content : '',
      components: Array.isArray(body.components) ? body.components : [],
      attachments: files.map((file) => ({ id: this.snowflake(), filename: file.name, content_type: file.contentType, size: file.data.length, data: file.data })),
      flags: Number(body.flags ?? 0),
      timestamp: new Date().toISOString(),
      source,
      edits: 0,
    };
    this.messages.set(message.id, message);
    return message;
  }

  private applyEdit(message: FakeMessage, body: Record<string, unknown>): FakeMessage {
    if (typeof body.content === 'string') message.content = body.content;
    if (Array.isArray(body.components)) message.components = body.components;
    message.edits++;
    message.editedTimestamp = new Date().toISOString();
    this.dispatch('MESSAGE_UPDATE', { ...this.messageJson(message), channel_type: 1 });
    return message;
  }

  /** The bot's message `messageId` is gone (deleted): an edit of it is then refused with Unknown Message. */
  deleteMessage(messageId: string): void {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake Discord: no message ${messageId}`);
    message.deleted = true;
    this.notify();
  }

  private messageJson(message: FakeMessage): Record<string, unknown> {
    return {
      id: message.id,
      channel_id: message.channel_id,
      author: message.author,
      content: message.content,
      timestamp: message.timestamp,
      edited_timestamp: message.editedTimestamp ?? null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: message.attachments.map(({ data: _data, ...attachment }) => ({ ...attachment, url: `http://127.0.0.1:${this.port}/attachments/${attachment.id}` })),
      embeds: [],
      pinned: false,
      type: 0,
      flags: message.flags,
      components: message.components,
    };
  }

  private snowflake(): string {
    const sequence = BigInt(this.counter++ % 4096);
    return (((BigInt(Date.now()) - DISCORD_EPOCH_MS) << 22n) | (1n << 17n) | sequence).toString();
  }

  private notify(): void {
    for (const wake of this.changed.splice(0)) wake();
  }
}

function rateLimited(retryAfterSeconds: number, global: boolean): Reply {
  return {
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-bucket': 'fake-bucket',
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global && { 'x-ratelimit-global': 'true' }),
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global, code: 0 },
  };
}

function unknownChannel(): Reply {
  return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
}


/** JSON bodies, and multipart bodies as Discord takes them: `payload_json` plus `files[n]`. */
async function parseBody(record: RecordedRequest, raw: Buffer, contentType: string | undefined): Promise<void> {
  if (raw.length === 0 || !contentType) return;
  if (contentType.startsWith('application/json')) {
    record.json = JSON.parse(raw.toString('utf8'));
    return;
  }
  if (!contentType.startsWith('multipart/form-data')) throw new Error(`unsupported content type ${contentType}`);
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  for (const [key, value] of form.entries()) {
    if (key === 'payload_json' && typeof value === 'string') record.json = JSON.parse(value);
    else if (typeof value !== 'string') record.files.push({ name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
}

/** A button as the bot sent it. */
export interface FakeButton {
  custom_id: string;
  label: string;
}

/** The buttons on a message the bot sent (all action rows). */
export function buttonsOf(message: FakeMessage | undefined): FakeButton[] {
  const rows = (message?.components ?? []) as { components: FakeButton[] }[];
  return rows.flatMap((row) => row.components);
}

/** What a person sees of Discord markdown: escapes resolved, `*` / `**` markers removed. */
export function shownText(markdown: string): string {
  let text = '';
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i]!;
    if (char === '\\' && i + 1 < markdown.length) text += markdown[++i];
    else if (char !== '*') text += char;
  }
  return text;
}
