import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './http.js';

/**
 * A fake Slack Web API on 127.0.0.1 speaking the real wire protocol, so unmodified Bolt and
 * @slack/web-api run against it: `POST /api/<method>` (form-urlencoded or JSON, `Authorization:
 * Bearer`, `blocks`/`view`/`files` as JSON strings in forms), answered `{ok:true,…}` or HTTP 200
 * `{ok:false,error}`. It serves the upload URLs `files.uploadV2` posts to and `response_url`s,
 * records every request with its time, fails on request (429 with `Retry-After`, 5xx), and caps
 * `chat.postMessage` per channel like Slack (about one message per second). `chat.update` replaces
 * a posted message (channel id + `ts`) and keeps its history in {@link FakeSlackServer.updates}.
 *
 * {@link SlackSigner} plays Slack's side towards the app: signed slash commands, interactivity
 * payloads and Events API callbacks posted to Bolt's `/slack/events`.
 */

export interface SlackRequest {
  method: string;
  /** Form fields or JSON; JSON-string fields (`blocks`, `view`, `files`) are parsed. */
  body: Record<string, unknown>;
  token: string | undefined;
  /** Date.now() when it arrived. */
  at: number;
  status: number;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: Record<string, unknown>[];
  /** The serialized request body, to search for what must (not) have been sent. */
  raw: string;
  at: number;
}

export interface UploadedFile {
  id: string;
  filename: string;
  altText: string | undefined;
  title: string | undefined;
  data: Buffer;
  channel: string | undefined;
  completed: boolean;
}

/** One `chat.update` that Slack accepted: what the message became. */
export interface MessageUpdate {
  channel: string;
  ts: string;
  text: string;
  blocks: Record<string, unknown>[];
  raw: string;
  at: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  raw: string;
  at: number;
}

export type SlackFailure = { kind: 'rate-limit'; retryAfterSeconds: number } | { kind: 'server-error'; status?: number } | { kind: 'platform-error'; error: string };

const JSON_FIELDS = new Set(['blocks', 'view', 'files', 'attachments', 'metadata']);

export class FakeSlackServer {
  readonly token = `xoxb-${randomBytes(6).toString('hex')}`;
  readonly signingSecret = randomBytes(16).toString('hex');
  readonly teamId = 'T0FAKE';
  readonly botUserId = 'UBOT';
  readonly requests: SlackRequest[] = [];
  readonly messages: PostedMessage[] = [];
  readonly updates: MessageUpdate[] = [];
  readonly files = new Map<string, UploadedFile>();
  readonly responses: ResponseUrlPost[] = [];
  readonly views: { method: string; view: Record<string, unknown>; userId?: string; triggerId?: string; at: number }[] = [];
  /** `chat.postMessage` per channel and second before 429s; 0 = no cap. */
  perChannelPerSecond = 0;
  rateLimitCount = 0;
  private readonly failures = new Map<string, SlackFailure[]>();
  private readonly lastPostAt = new Map<string, number[]>();
  private readonly waiters = new Set<() => void>();
  private server: Server | undefined;
  private nextId = 1;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url as Slack hands out with slash commands and actions. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/response/${this.nextId++}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next calls of `method` fail like this, once each. */
  failNext(method: string, ...failures: SlackFailure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  calls(method: string): SlackRequest[] {
    return this.requests.filter((request) => request.method === method);
  }

  messagesIn(channel: string): PostedMessage[] {
    return this.messages.filter((message) => message.channel === channel);
  }

  /** Waits until `predicate` holds (checked after every request). */
  async waitFor(predicate: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`fake Slack: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.min(left, 100));
        this.waiters.add(wake);
      });
    }
  }

  private notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (url.pathname.startsWith('/upload/')) return this.upload(url.pathname.slice('/upload/'.length), fileContent(raw, req.headers['content-type']), res);
      if (url.pathname.startsWith('/response/')) {
        const text = raw.toString('utf8');
        this.responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(text || '{}') as Record<string, unknown>, raw: text, at: Date.now() });
        return send(res, 200, { ok: true });
      }
      if (!url.pathname.startsWith('/api/')) return send(res, 404, { ok: false, error: 'unknown_path' });
      const method = url.pathname.slice('/api/'.length);
      const body = parseBody(raw, req.headers['content-type']);
      const token = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || (typeof body.token === 'string' ? body.token : undefined);
      const record: SlackRequest = { method, body, token, at: Date.now(), status: 200 };
      this.requests.push(record);
      const failure = this.failures.get(method)?.shift();
      if (failure) return this.fail(record, failure, res);
      if (token !== this.token) return send(res, 200, { ok: false, error: 'invalid_auth' });
      const result = this.call(method, body, raw.toString('utf8'), record);
      if ('retryAfter' in result) {
        record.status = 429;
        this.rateLimitCount++;
        res.setHeader('Retry-After', String(result.retryAfter));
        return send(res, 429, { ok: false, error: 'ratelimited' });
      }
      return send(res, 200, result);
    } finally {
      this.notify();
    }
  }

  private fail(record: SlackRequest, failure: SlackFailure, res: ServerResponse): void {
    if (failure.kind === 'rate-limit') {
      record.status = 429;
      this.rateLimitCount++;
      res.setHeader('Retry-After', String(failure.retryAfterSeconds));
      return send(res, 429, { ok: false, error: 'ratelimited' });
    }
    if (failure.kind === 'server-error') {
      record.status = failure.status ?? 500;
      return send(res, record.status, { ok: false, error: 'internal_error' });
    }
    return send(res, 200, { ok: false, error: failure.error });
  }

  private call(method: string, body: Record<string, unknown>, raw: string, record: SlackRequest): Record<string, unknown> | { retryAfter: number } {
    const str = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake practice', user: 'between', team_id: this.teamId, user_id: this.botUserId, bot_id: 'BFAKE', is_enterprise_install: false };
      case 'conversations.open': {
        const users = str('users');
        if (!users) return { ok: false, error: 'users_list_not_supplied' };
        return { ok: true, channel: { id: `D${users.split(',')[0]}` } };
      }
      case 'chat.postMessage': {
        const channel = str('channel');
        if (!channel) return { ok: false, error: 'channel_not_found' };
        if (!str('text') && !Array.isArray(body.blocks)) return { ok: false, error: 'no_text' };
        if (Array.isArray(body.blocks) && body.blocks.length > 50) return { ok: false, error: 'invalid_blocks' };
        if (this.perChannelPerSecond > 0) {
          const now = Date.now();
          const recent = (this.lastPostAt.get(channel) ?? []).filter((t) => now - t < 1_000);
          if (recent.length >= this.perChannelPerSecond) {
            record.status = 429;
            return { retryAfter: 1 };
          }
          this.lastPostAt.set(channel, [...recent, now]);
        }
        const ts = `${Math.floor(Date.now() / 1000)}.${String(this.nextId++).padStart(6, '0')}`;
        this.messages.push({ channel, ts, text: str('text') ?? '', blocks: (body.blocks as Record<string, unknown>[]) ?? [], raw, at: Date.now() });
        return { ok: true, channel, ts, message: { text: str('text'), ts } };
      }
      case 'chat.update': {
        // Like Slack: the channel must be an id (not a name) holding a message with that ts; text,
        // blocks or both; blocks left out are kept only when text is left out too.
        const channel = str('channel');
        const ts = str('ts');
        if (!channel || !this.messages.some((m) => m.channel === channel)) return { ok: false, error: 'channel_not_found' };
        const message = this.messages.find((m) => m.channel === channel && m.ts === ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        const text = str('text');
        const blocks = Array.isArray(body.blocks) ? (body.blocks as Record<string, unknown>[]) : undefined;
        if (text === undefined && blocks === undefined) return { ok: false, error: 'no_text' };
        if (blocks && blocks.length > 50) return { ok: false, error: 'invalid_blocks' };
        message.text = text ?? message.text;
        message.blocks = blocks ?? (text === undefined ? message.blocks : []);
        message.raw = raw;
        this.updates.push({ channel, ts: message.ts, text: message.text, blocks: message.blocks, raw, at: Date.now() });
        return { ok: true, channel, ts: message.ts, text: message.text, message: { type: 'message', user: this.botUserId, text: message.text, blocks: message.blocks, ts: message.ts, edited: { user: this.botUserId, ts: `${Math.floor(Date.now() / 1000)}.000000` } } };
      }
      case 'views.open':
      case 'views.update':
      case 'views.publish': {
        const view = body.view as Record<string, unknown> | undefined;
        if (!view || typeof view !== 'object') return { ok: false, error: 'invalid_arguments' };
        if (method === 'views.open' && !str('trigger_id')) return { ok: false, error: 'invalid_trigger_id' };
        if (method === 'views.publish' && !str('user_id')) return { ok: false, error: 'invalid_arguments' };
        if (method === 'views.update' && !str('view_id') && !str('external_id')) return { ok: false, error: 'invalid_arguments' };
        this.views.push({ method, view, ...(str('user_id') && { userId: str('user_id') }), ...(str('trigger_id') && { triggerId: str('trigger_id') }), at: Date.now() });
        return { ok: true, view: { id: `V${this.nextId++}`, ...view } };
      }
      case 'files.getUploadURLExternal': {
        const filename = str('filename');
        const length = Number(str('length') ?? body.length);
        if (!filename || !Number.isFinite(length) || length <= 0) return { ok: false, error: 'invalid_arguments' };
        const id = `F${this.nextId++}`;
        this.files.set(id, { id, filename, altText: str('alt_text'), title: undefined, data: Buffer.alloc(0), channel: undefined, completed: false });
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = body.files as { id: string; title?: string }[] | undefined;
        if (!Array.isArray(files) || files.length === 0) return { ok: false, error: 'invalid_arguments' };
        for (const entry of files) {
          const file = this.files.get(entry.id);
          if (!file || file.data.length === 0) return { ok: false, error: 'file_not_found' };
          file.completed = true;
          file.title = entry.title;
          file.channel = str('channel_id');
        }
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private upload(id: string, data: Buffer, res: ServerResponse): void {
    const file = this.files.get(id);
    if (!file) return send(res, 404, { ok: false });
    file.data = data;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${data.length}`);
  }
}

/** The upload's bytes: the raw body, or the first part of a multipart/form-data body. */
function fileContent(raw: Buffer, contentType: string | undefined): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!contentType?.startsWith('multipart/form-data') || !boundary) return raw;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = raw.indexOf(delimiter);
  const headersEnd = raw.indexOf('\r\n\r\n', start);
  const end = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd);
  return start === -1 || headersEnd === -1 || end === -1 ? raw : raw.subarray(headersEnd + 4, end);
}


function parseBody(raw: Buffer, contentType: string | undefined): Record<string, unknown> {
  const text = raw.toString('utf8');
  if (!text) return {};
  if (contentType?.includes('application/json')) return JSON.parse(text) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    body[key] = JSON_FIELDS.has(key) ? safeJson(value) : value;
  }
  return body;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Slack's side of the app's request URL: signs and posts like Slack does. */
export class SlackSigner {
  private counter = 0;

  constructor(
    private readonly eventsUrl: string,
    private readonly signingSecret: string,
  ) {}

  /** v0 signature: HMAC-SHA256 over `v0:<ts>:<raw body>` with the signing secret. */
  static sign(secret: string, timestamp: number, body: string): string {
    return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  }

  /** Posts `body` signed (or forged: another secret, or a stale timestamp). */
  async post(body: string, contentType: string, options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(this.eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': SlackSigner.sign(options.secret ?? this.signingSecret, timestamp, body),
        ...options.headers,
      },
      body,
    });
    return { status: response.status, body: await response.text() };
  }

  /** A slash command, as form fields. */
  slashCommand(fields: { teamId: string; userId: string; channelId?: string; text: string; responseUrl: string; command?: string }, options?: { secret?: string; timestamp?: number }) {
    const body = new URLSearchParams({
      token: 'deprecated-verification-token',
      team_id: fields.teamId,
      team_domain: 'fake',
      channel_id: fields.channelId ?? `D${fields.userId}`,
      channel_name: 'directmessage',
      user_id: fields.userId,
      user_name: fields.userId.toLowerCase(),
      command: fields.command ?? '/between',
      text: fields.text,
      api_app_id: 'AFAKE',
      response_url: fields.responseUrl,
      trigger_id: this.triggerId(),
    }).toString();
    return this.post(body, 'application/x-www-form-urlencoded', options);
  }

  /** A button press (block_actions) as `payload=<json>`. */
  blockAction(fields: { teamId: string; userId: string; userName?: string; channelId?: string; messageTs?: string; actionId: string; value?: string; responseUrl: string; view?: Record<string, unknown> }) {
    const name = fields.userName ?? fields.userId.toLowerCase();
    const payload = {
      type: 'block_actions',
      team: { id: fields.teamId, domain: 'fake' },
      user: { id: fields.userId, username: name, name, team_id: fields.teamId },
      api_app_id: 'AFAKE',
      trigger_id: this.triggerId(),
      response_url: fields.responseUrl,
      container: { type: 'message', channel_id: fields.channelId ?? `D${fields.userId}`, message_ts: fields.messageTs ?? '1.000001' },
      channel: { id: fields.channelId ?? `D${fields.userId}` },
      actions: [{ type: 'button', action_id: fields.actionId, block_id: 'choices', value: fields.value ?? fields.actionId, action_ts: String(Date.now() / 1000) }],
    };
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  /**
   * A select changed inside an open modal whose input block has `dispatch_action` (block_actions
   * from a view): the view as Slack sends it — id, hash, callback id, its blocks, and the state of
   * its inputs so far (block → action → value).
   */
  viewSelectAction(fields: { teamId: string; userId: string; view: { id: string; hash: string; callback_id: string; blocks: unknown[] }; blockId: string; actionId: string; value: string; values: Record<string, Record<string, Record<string, unknown>>> }) {
    const payload = {
      type: 'block_actions',
      team: { id: fields.teamId, domain: 'fake' },
      user: { id: fields.userId, username: fields.userId.toLowerCase(), name: fields.userId.toLowerCase(), team_id: fields.teamId },
      api_app_id: 'AFAKE',
      trigger_id: this.triggerId(),
      container: { type: 'view', view_id: fields.view.id },
      view: { ...fields.view, type: 'modal', team_id: fields.teamId, private_metadata: '', state: { values: fields.values } },
      actions: [{ type: 'static_select', action_id: fields.actionId, block_id: fields.blockId, selected_option: { value: fields.value, text: { type: 'plain_text', text: fields.value } }, action_ts: String(Date.now() / 1000) }],
    };
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  /** A modal submitted (view_submission) with `values` as Slack nests them: block → action → value. */
  viewSubmission(fields: { teamId: string; userId: string; callbackId: string; privateMetadata?: string; values: Record<string, Record<string, Record<string, unknown>>> }) {
    const payload = {
      type: 'view_submission',
      team: { id: fields.teamId, domain: 'fake' },
      user: { id: fields.userId, team_id: fields.teamId },
      api_app_id: 'AFAKE',
      trigger_id: this.triggerId(),
      view: {
        id: 'VFAKE',
        type: 'modal',
        callback_id: fields.callbackId,
        private_metadata: fields.privateMetadata ?? '',
        state: { values: fields.values },
        hash: 'h',
      },
    };
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  }

  /** An Events API callback; `retryNum` adds Slack's retry headers. */
  event(fields: { teamId: string; event: Record<string, unknown>; eventId?: string; retryNum?: number }) {
    const body = JSON.stringify({
      token: 'deprecated-verification-token',
      team_id: fields.teamId,
      api_app_id: 'AFAKE',
      type: 'event_callback',
      event_id: fields.eventId ?? `Ev${++this.counter}${Date.now()}`,
      event_time: Math.floor(Date.now() / 1000),
      event: fields.event,
    });
    const headers: Record<string, string> = fields.retryNum ? { 'x-slack-retry-num': String(fields.retryNum), 'x-slack-retry-reason': 'http_timeout' } : {};
    return this.post(body, 'application/json', { headers });
  }

  private triggerId(): string {
    return `${++this.counter}.${Date.now()}.${randomBytes(8).toString('hex')}`;
  }
}
