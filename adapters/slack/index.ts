import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel, webApi, type Logger as BoltLogger, type RespondFn } from '@slack/bolt';
import type { Logger } from '../../src/logger.js';
import { AdapterValidationError, type AdapterCapabilities, type ChatAdapter, type DeliveryLimits, type SendProgress, type SendReceipt, type WorkspaceDirectory } from '../../src/core/adapter.js';
import { errorName, sendParts } from '../kit.js';
import type { InboundEvent } from '../../src/core/events.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { runTherapistCommand } from '../../src/core/therapists/commands.js';
import { TherapistError } from '../../src/core/therapists/errors.js';
import { tt } from '../../src/core/i18n/index.js';
import type { TherapistActor, TherapistService } from '../../src/core/therapists/therapist-service.js';
import { errorFields, toAdapterError } from './errors.js';
import { assignmentFromView, blockForField, parseSlackAddress, slackAddress, SLACK_PLATFORM } from './parse.js';
import { ASSIGN_ACTION_ID, ASSIGN_BLOCKS, ASSIGN_VIEW_CALLBACK_ID, assignedModal, assignModal, homeView, renderMessage, SLACK_ALT_TEXT_LIMIT_CHARS, SLACK_MAX_TEXT_CHARS, toMrkdwn } from './render.js';

export interface SlackAdapterConfig {
  /** Bot token (`xoxb-…`). */
  botToken: string;
  /** Verifies that requests come from Slack (HTTP mode). */
  signingSecret: string;
  /** App-level token (`xapp-…`): Socket Mode instead of a public request URL. */
  appToken?: string;
  /** Web API base URL, `https://slack.com/api/` unless testing (`SLACK_API_URL`). */
  apiUrl?: string;
  /** HTTP mode: where Bolt serves `/slack/events` (0 = any free port; see {@link SlackAdapter.port}). */
  port: number;
  host?: string;
  /** The therapist side of the core that slash commands, buttons and App Home talk to. */
  therapists: TherapistService;
  logger: Logger;
  /** Overrides of {@link SLACK_LIMITS} (tests). */
  limits?: Partial<DeliveryLimits>;
  /** How long one Web API request may take before its outcome counts as unknown. */
  requestTimeoutMs?: number;
}

export const SLACK_CAPABILITIES: AdapterCapabilities = { buttons: true, maxChoices: 25, images: true, documents: true, maxTextLength: SLACK_MAX_TEXT_CHARS, edits: true };

/**
 * `chat.postMessage` allows about one message per second per channel with short bursts; 1,100 ms
 * keeps below it. Across channels the method is "special" tier (several hundred per minute per
 * workspace): 20/s leaves room for uploads and views.
 */
export const SLACK_LIMITS: DeliveryLimits = { messagesPerSecond: 20, perConversationIntervalMs: 1_100 };

const DEFAULT_API_URL = 'https://slack.com/api/';
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
const DM_CACHE_SIZE = 10_000;
/** The apology after an unexpected error, in the therapist side's language. */
const apology = () => tt('therapist-slack-apology');

/**
 * Between in a practice's Slack workspace, for therapists: the `/between` slash command, buttons
 * on alerts and summaries, the homework modal and the App Home roster — all answered by the core's
 * {@link TherapistService}, which makes every access decision. Outbound, it delivers the outbox's
 * messages (summaries with chart uploads, urgent risk alerts) through a Web API client that never
 * waits or retries by itself: the delivery worker owns pacing, 429s and retries.
 *
 * HTTP mode (Bolt's receiver verifies every request's signature and timestamp) or Socket Mode when
 * an app-level token is set.
 */
export class SlackAdapter implements ChatAdapter {
  readonly platform = SLACK_PLATFORM;
  readonly capabilities = SLACK_CAPABILITIES;
  readonly limits: DeliveryLimits;
  private readonly log: Logger;
  private readonly delivery: webApi.WebClient;
  private readonly dmChannels = new Map<string, string>();
  private app: App | undefined;
  private server: Server | undefined;

  /** The practice's channels and admins' DMs, for escalations (the delivery client opens DMs). */
  readonly workspace: WorkspaceDirectory = {
    channelAddress: (workspaceId, channelId) => slackAddress(workspaceId, channelId),
    directAddress: async (workspaceId, userId) => {
      try {
        return await this.dmAddressOf(this.delivery, workspaceId, userId);
      } catch (error) {
        throw toAdapterError(error, { idempotent: true });
      }
    },
  };

  constructor(private readonly config: SlackAdapterConfig) {
    this.limits = { ...SLACK_LIMITS, ...config.limits };
    this.log = config.logger.child({ platform: SLACK_PLATFORM });
    this.delivery = new webApi.WebClient(config.botToken, {
      slackApiUrl: config.apiUrl ?? DEFAULT_API_URL,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      logger: boltLogger(this.log),
      logLevel: LogLevel.ERROR,
    });
  }

  /** The port Bolt listens on (HTTP mode), once started. */
  get port(): number | undefined {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address?.port;
  }

  async start(_onEvent: (event: InboundEvent) => Promise<void>): Promise<void> {
    const { config } = this;
    const app = new App({
      token: config.botToken,
      signingSecret: config.signingSecret,
      ...(config.appToken && { appToken: config.appToken, socketMode: true }),
      clientOptions: {
        slackApiUrl: config.apiUrl ?? DEFAULT_API_URL,
        // Interactive calls (views.open within the 3 s trigger window, responses) retry briefly, never wait out a 429.
        retryConfig: { retries: 1, factor: 1, minTimeout: 200, maxTimeout: 500 },
        rejectRateLimitedCalls: true,
        timeout: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      },
      logger: boltLogger(this.log),
      logLevel: LogLevel.WARN,
      deferInitialization: true,
    });
    this.register(app);
    try {
      await app.init();
      const started = config.appToken ? await app.start() : await app.start({ port: config.port, host: config.host ?? '0.0.0.0' });
      if (!config.appToken) this.server = started as Server;
    } catch (error) {
      throw toAdapterError(error, { idempotent: true });
    }
    this.app = app;
    this.log.info({ mode: config.appToken ? 'socket' : 'http', port: this.port }, 'Slack app started');
  }

  async send(address: string, message: OutboundMessage, progress?: SendProgress): Promise<SendReceipt> {
    const target = parseSlackAddress(address);
    if (!target) throw new AdapterValidationError('not a Slack address', SLACK_PLATFORM);
    if (message.edit) return this.update(target.channelId, message.edit.messageId, message);
    const { text, blocks } = renderMessage(message);
    const { attachment } = message;
    // The text, then the file: an upload that fails after the text was posted resumes at the upload.
    let ts: string | undefined;
    const parts: ('text' | 'file')[] = attachment ? ['text', 'file'] : ['text'];
    await sendParts(parts, progress, async (part) => {
      try {
        if (part === 'text') {
          const posted = await this.delivery.chat.postMessage({ channel: target.channelId, text, blocks, unfurl_links: false, unfurl_media: false });
          ts = posted.ts ?? undefined;
        } else if (attachment) {
          await this.delivery.filesUploadV2({
            channel_id: target.channelId,
            file: Buffer.from(attachment.data, 'base64'),
            filename: attachment.filename,
            title: attachment.filename,
            ...(attachment.kind === 'image' && { alt_text: attachment.alt.slice(0, SLACK_ALT_TEXT_LIMIT_CHARS) }),
          });
        }
      } catch (error) {
        throw toAdapterError(error, { idempotent: false });
      }
    });
    return ts ? { platformMessageId: ts } : {};
  }

  /** Replaces a message this app posted (`chat.update`): new text and blocks, so no buttons unless the message has choices. */
  private async update(channel: string, ts: string, message: OutboundMessage): Promise<SendReceipt> {
    if (message.attachment) throw new AdapterValidationError('an edit cannot carry an attachment', SLACK_PLATFORM);
    const { text, blocks } = renderMessage(message);
    try {
      const updated = await this.delivery.chat.update({ channel, ts, text, blocks });
      return { platformMessageId: updated.ts ?? ts };
    } catch (error) {
      // Replacing a message with the same content twice changes nothing: safe to retry.
      throw toAdapterError(error, { idempotent: true });
    }
  }

  async stop(): Promise<void> {
    await this.app?.stop().catch((error: unknown) => this.log.warn({ error: errorName(error) }, 'Slack app stop failed'));
    this.app = undefined;
    this.server = undefined;
  }

  private register(app: App): void {
    const { therapists } = this.config;

    // Slash commands: acknowledged at once (Slack allows 3 s), answered privately via response_url.
    app.command('/between', async ({ command, ack, respond, client }) => {
      await ack();
      const actor: TherapistActor = { platform: SLACK_PLATFORM, workspaceId: command.team_id, userId: command.user_id, ...(command.user_name && { displayName: command.user_name }) };
      const dmAddress = () => this.dmAddressOf(client, command.team_id, command.user_id);
      try {
        const result = await runTherapistCommand(therapists, actor, command.text ?? '', dmAddress, (userId) => this.dmAddressOf(client, command.team_id, userId));
        if (result.kind === 'reply') {
          await respond({ response_type: 'ephemeral', ...renderMessage(result.message) });
        } else {
          await client.views.open({ trigger_id: command.trigger_id, view: assignModal(result.clients, result.preselectedLinkId) });
        }
      } catch (error) {
        this.log.error({ ...errorFields(error), teamId: command.team_id }, 'Slack command failed');
        await this.apologise(respond);
      }
    });

    // Buttons on alerts and summaries: the id is checked by the core against the pressing therapist.
    app.action(/^(ack|sum)\./, async ({ ack, body, action, respond }) => {
      await ack();
      if (body.type !== 'block_actions' || !('action_id' in action)) return;
      const name = body.user.name ?? body.user.username;
      const actor: TherapistActor = { platform: SLACK_PLATFORM, workspaceId: body.team?.id ?? body.user.team_id ?? '', userId: body.user.id, ...(name && { displayName: name }) };
      try {
        const reply = await therapists.handleChoice(actor, action.action_id);
        await respond({ response_type: 'ephemeral', replace_original: false, ...renderMessage(reply) });
      } catch (error) {
        if (error instanceof TherapistError) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: toMrkdwn(error.message) });
          return;
        }
        this.log.error({ ...errorFields(error) }, 'Slack button failed');
        await this.apologise(respond);
      }
    });

    // The homework modal's kind chosen: the modal again, with that kind's settings only.
    app.action({ block_id: ASSIGN_BLOCKS.kind, action_id: ASSIGN_ACTION_ID }, async ({ ack, body, action, client }) => {
      await ack();
      if (body.type !== 'block_actions' || !body.view || body.view.callback_id !== ASSIGN_VIEW_CALLBACK_ID || action.type !== 'static_select') return;
      const view = body.view;
      const clients = (view.blocks.find((block) => block.block_id === ASSIGN_BLOCKS.client) as { element?: { options?: { value?: string; text?: { text?: string } }[] } } | undefined)?.element?.options ?? [];
      const chosenClient = view.state.values[ASSIGN_BLOCKS.client]?.[ASSIGN_ACTION_ID]?.selected_option?.value ?? undefined;
      try {
        await client.views.update({
          view_id: view.id,
          hash: view.hash,
          view: assignModal(
            clients.map((o) => ({ linkId: o.value ?? '', alias: o.text?.text ?? '' })),
            chosenClient,
            undefined,
            action.selected_option?.value,
          ),
        });
      } catch (error) {
        // hash_conflict: the modal changed meanwhile (another choice); the later update wins.
        this.log.warn({ ...errorFields(error) }, 'Slack homework modal update failed');
      }
    });

    app.view(ASSIGN_VIEW_CALLBACK_ID, async ({ ack, body, view }) => {
      const actor: TherapistActor = { platform: SLACK_PLATFORM, workspaceId: body.team?.id ?? body.user.team_id ?? '', userId: body.user.id };
      try {
        const result = await therapists.assign(actor, assignmentFromView(view.state.values));
        await ack({ response_action: 'update', view: assignedModal(result.alias) });
      } catch (error) {
        if (error instanceof TherapistError) {
          await ack({ response_action: 'errors', errors: { [blockForField(error.field)]: plainText(error.message) } });
          return;
        }
        this.log.error({ ...errorFields(error) }, 'Slack homework form failed');
        await ack({ response_action: 'errors', errors: { [blockForField(undefined)]: apology() } });
      }
    });

    // App Home: the roster. Slack retries events it thinks were not received; the event id dedupes.
    app.event('app_home_opened', async ({ event, body, client }) => {
      if (event.tab !== 'home') return;
      const eventId = (body as { event_id?: string }).event_id;
      if (eventId && !(await therapists.firstDelivery(`slack:${eventId}`))) return;
      const teamId = (body as { team_id?: string }).team_id ?? '';
      const actor: TherapistActor = { platform: SLACK_PLATFORM, workspaceId: teamId, userId: event.user };
      try {
        const entries = await therapists.roster(actor).catch((error: unknown) => {
          if (error instanceof TherapistError && (error.code === 'not-registered' || error.code === 'pending-approval')) return null;
          throw error;
        });
        await client.views.publish({ user_id: event.user, view: homeView(entries) });
      } catch (error) {
        this.log.error({ ...errorFields(error) }, 'Slack App Home failed');
      }
    });

    app.error(async (error) => {
      this.log.error({ error: errorName(error), code: (error as { code?: string }).code }, 'Slack app error');
    });
  }

  /** The therapist's DM with the app, as an address (conversations.open; cached). */
  private async dmAddressOf(client: webApi.WebClient, teamId: string, userId: string): Promise<string> {
    const cacheKey = `${teamId}:${userId}`;
    let channel = this.dmChannels.get(cacheKey);
    if (!channel) {
      const opened = await client.conversations.open({ users: userId });
      channel = opened.channel?.id;
      if (!channel) throw new AdapterValidationError('Slack did not open a DM', SLACK_PLATFORM);
      if (this.dmChannels.size >= DM_CACHE_SIZE) this.dmChannels.delete(this.dmChannels.keys().next().value!);
      this.dmChannels.set(cacheKey, channel);
    }
    return slackAddress(teamId, channel);
  }

  private async apologise(respond: RespondFn): Promise<void> {
    await respond({ response_type: 'ephemeral', replace_original: false, text: apology() }).catch((error: unknown) => this.log.warn({ ...errorFields(error) }, 'Slack apology failed'));
  }

}

/** Creates the Slack adapter; nothing connects until `start()`. */
export function createSlackAdapter(config: SlackAdapterConfig): SlackAdapter {
  return new SlackAdapter(config);
}


/**
 * Bolt and web-api log through pino: only their message strings and error names, never the
 * objects they pass (which can hold request bodies).
 */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const text = (parts: unknown[]) => parts.map((part) => (typeof part === 'string' ? part : errorName(part))).join(' ').slice(0, 300);
  return {
    debug: (...parts: unknown[]) => log.debug({ source: 'bolt' }, text(parts)),
    info: (...parts: unknown[]) => log.info({ source: 'bolt' }, text(parts)),
    warn: (...parts: unknown[]) => log.warn({ source: 'bolt' }, text(parts)),
    error: (...parts: unknown[]) => log.error({ source: 'bolt' }, text(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
