import {
  Client,
  DiscordAPIError,
  DiscordjsError,
  DiscordjsErrorCodes,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  Options,
  Partials,
  REST,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import type { Logger } from '../../src/logger.js';
import {
  AdapterAuthError,
  AdapterEditRefusedError,
  AdapterError,
  AdapterNetworkError,
  AdapterNotFoundError,
  AdapterRateLimitError,
  AdapterValidationError,
  type AdapterCapabilities,
  type ChatAdapter,
  type DeliveryLimits,
  type EventOutcome,
  type MenuCommand,
  type SendProgress,
  type SendReceipt,
} from '../../src/core/adapter.js';
import { errorName, networkError, networkErrorFields, sendParts, statusError } from '../kit.js';
import type { InboundEvent } from '../../src/core/events.js';
import { negotiateLocale, translate } from '../../src/core/i18n/index.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { DISCORD_PLATFORM, interactionToEvent, messageToEvent, userIdOf } from './parse.js';
import { answerModal, DISCORD_MAX_BUTTONS, DISCORD_MESSAGE_LIMIT_CHARS, renderMessage, toApplicationCommands, type DiscordMessagePart } from './render.js';

export interface DiscordAdapterConfig {
  /** The bot token from the developer portal (a leading `Bot ` is accepted). */
  token: string;
  /** REST base URL, `https://discord.com/api` unless testing (`DISCORD_API_URL`). */
  apiUrl?: string;
  /** Registered as slash commands at start (the core's `commandList`). */
  commands: readonly MenuCommand[];
  logger: Logger;
  /** How long one request may take before its outcome counts as unknown. */
  requestTimeoutMs?: number;
  /** How long `start()` waits for the gateway to be ready. */
  readyTimeoutMs?: number;
  /** Overrides of {@link DISCORD_LIMITS} (tests and benchmarks remove the per-DM gap). */
  limits?: Partial<DeliveryLimits>;
}

export const DISCORD_CAPABILITIES: AdapterCapabilities = {
  buttons: true,
  maxChoices: DISCORD_MAX_BUTTONS,
  images: true,
  documents: true,
  maxTextLength: DISCORD_MESSAGE_LIMIT_CHARS,
  /** PATCH of the DM message: a toggle or an explanation replaces the question's own message (text and buttons). */
  edits: true,
};

/**
 * 40 messages/s keeps 10 of Discord's 50 requests/s global budget for what else the bot does (a
 * first message to someone opens their DM channel first, command registration; answers to
 * interactions do not count against it). 250 ms between two
 * messages to one person keeps a reply burst (crisis resources, then the next question) in order
 * without crowding it. Discord's per-channel bucket (about 5 messages per 5 s, announced in
 * response headers) is enforced by @discordjs/rest before a request is made: with
 * `rejectOnRateLimit` it throws instead of sleeping, and the worker waits, so no 429 is provoked.
 */
export const DISCORD_LIMITS: DeliveryLimits = { messagesPerSecond: 40, perConversationIntervalMs: 250 };

const DEFAULT_API_URL = 'https://discord.com/api';
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
const DEFAULT_READY_TIMEOUT_MS = 30_000;
/** DM channel ids remembered (a channel never changes for a user); beyond this the oldest go. */
const DM_CHANNEL_CACHE_SIZE = 10_000;
/** People whose Discord language is remembered for their DMs (see `locales`); beyond it the oldest are forgotten. */
const REMEMBERED_LOCALES = 10_000;
/** How long `stop()` lets events already handed to the core (and their acknowledgements) finish. */
const STOP_GRACE_MS = 5_000;
/** Why Discord refuses to edit a message: it is gone, or not the bot's to edit. */
const EDIT_REFUSED_CODES = new Set<number>([RESTJSONErrorCodes.UnknownMessage, RESTJSONErrorCodes.CannotEditMessageAuthoredByAnotherUser]);

type AnsweredInteraction = ChatInputCommandInteraction | ButtonInteraction | StringSelectMenuInteraction | ModalSubmitInteraction;

/**
 * Between on Discord, in DMs only. Inbound: DMs and `/commands` typed as text, slash commands,
 * buttons and select menus, acknowledged within Discord's 3-second window. Outbound: messages to
 * each person's DM channel, through a separate REST client that leaves every retry and every wait
 * to the delivery worker.
 */
export class DiscordAdapter implements ChatAdapter {
  readonly platform = DISCORD_PLATFORM;
  readonly capabilities = DISCORD_CAPABILITIES;
  readonly limits: DeliveryLimits;
  private readonly token: string;
  private readonly apiUrl: string;
  private readonly log: Logger;
  /**
   * Deliveries have their own REST client: discord.js's would sleep through 429s and retry 5xx and
   * timeouts at once, in the background, for every route. Here `rejectOnRateLimit` turns each rate
   * limit (a 429 or an exhausted bucket) into a RateLimitError, mapped to AdapterRateLimitError so
   * the worker pauses that conversation (or the whole platform) and re-queues the message; with
   * `retries: 0` a failure is reported at once, and the worker decides about retrying with backoff.
   */
  private readonly delivery: REST;
  private readonly dmChannels = new Map<string, string>();
  /**
   * Each person's Discord language from their latest interaction (`interaction.locale`: slash
   * commands, buttons, forms). A DM carries none, so it is given this one as its hint: someone who
   * has not chosen a language yet keeps being answered in their Discord's language when they type
   * (once chosen, `Person.locale` decides and the hint is not read). In memory, newest kept.
   */
  private readonly locales = new Map<string, string>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private client: Client | undefined;
  private onEvent: ((event: InboundEvent) => Promise<EventOutcome | void>) | undefined;
  private stopping = false;

  constructor(private readonly config: DiscordAdapterConfig) {
    this.token = config.token.replace(/^Bot\s+/i, '');
    this.limits = { ...DISCORD_LIMITS, ...config.limits };
    this.apiUrl = config.apiUrl ?? DEFAULT_API_URL;
    this.log = config.logger.child({ platform: DISCORD_PLATFORM });
    this.delivery = new REST({
      api: this.apiUrl,
      retries: 0,
      timeout: config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      rejectOnRateLimit: () => true,
    }).setToken(this.token);
  }

  async start(onEvent: (event: InboundEvent) => Promise<EventOutcome | void>): Promise<void> {
    this.onEvent = onEvent;
    this.stopping = false;
    const client = new Client({
      intents: [GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
      // DM channels arrive uncached; without this partial their messages are dropped.
      partials: [Partials.Channel],
      rest: { api: this.apiUrl, timeout: this.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS },
      // Between never reads messages back; a cache would only keep what people wrote in memory.
      makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    });
    this.client = client;
    client.on(Events.MessageCreate, (message) => {
      const event = this.stopping ? undefined : messageToEvent(message);
      const localeHint = event && this.locales.get(event.from.platformUserId);
      if (event) this.track(this.forward(localeHint ? { ...event, localeHint } : event));
    });
    client.on(Events.InteractionCreate, (interaction) => {
      if (!this.stopping) this.track(this.answer(interaction));
    });
    client.on(Events.Error, (error) => this.log.error({ error: error.name }, 'Discord client error'));
    // discord.js reconnects and resumes by itself; ShardDisconnect means it has given up.
    client.on(Events.ShardReconnecting, (shardId) => this.log.warn({ shardId }, 'Discord gateway reconnecting'));
    client.on(Events.ShardDisconnect, (close, shardId) => this.log.error({ shardId, code: close.code }, 'Discord gateway closed and will not reconnect'));
    client.on(Events.ShardResume, (shardId, replayed) => this.log.info({ shardId, replayed }, 'Discord gateway resumed'));

    try {
      await client.login(this.token);
      if (!client.isReady()) await readyWithin(client, this.config.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS);
    } catch (error) {
      await client.destroy();
      this.client = undefined;
      throw startError(error);
    }
    this.log.info({ botUserId: client.user?.id }, 'Discord gateway ready');
    await this.registerCommands(client);
  }

  async send(address: string, message: OutboundMessage, progress?: SendProgress): Promise<SendReceipt> {
    const userId = userIdOf(address);
    if (!userId) throw new AdapterValidationError('not a Discord address', DISCORD_PLATFORM);
    const parts = renderMessage(message);
    let channelId: string;
    try {
      channelId = await this.dmChannel(userId);
    } catch (error) {
      throw toAdapterError(error, { idempotent: true });
    }
    if (message.edit) return this.edit(userId, channelId, message.edit.messageId, parts);
    let lastId: string | undefined;
    try {
      await sendParts(parts, progress, async (part) => {
        const sent = (await this.delivery.post(Routes.channelMessages(channelId), {
          body: part.body,
          ...(part.files.length > 0 && { files: part.files }),
        })) as { id: string };
        lastId = sent.id;
      });
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownChannel) this.dmChannels.delete(userId);
      throw toAdapterError(error, { idempotent: false });
    }
    return lastId ? { platformMessageId: lastId } : {};
  }

  /**
   * Replaces the content and buttons of the bot's DM message `messageId` (PATCH
   * /channels/{channel}/messages/{message}; without choices the buttons go). A message that is
   * gone (Unknown Message) or content that needs several messages or a file is refused
   * ({@link AdapterEditRefusedError}): the delivery worker then sends it as a new message.
   */
  private async edit(userId: string, channelId: string, messageId: string, parts: readonly DiscordMessagePart[]): Promise<SendReceipt> {
    const [part] = parts;
    if (parts.length !== 1 || !part || part.files.length > 0) throw new AdapterEditRefusedError('Discord edits one message without files only', DISCORD_PLATFORM);
    const { content, components, allowed_mentions } = part.body;
    try {
      await this.delivery.patch(Routes.channelMessage(channelId, messageId), { body: { content, components: components ?? [], allowed_mentions } });
    } catch (error) {
      if (error instanceof DiscordAPIError && EDIT_REFUSED_CODES.has(Number(error.code))) {
        throw new AdapterEditRefusedError(`Discord refused the edit (HTTP ${error.status}, code ${error.code})`, DISCORD_PLATFORM);
      }
      if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownChannel) this.dmChannels.delete(userId);
      // Replacing a message with the same content twice changes nothing: a retry is safe.
      throw toAdapterError(error, { idempotent: true });
    }
    return { platformMessageId: messageId };
  }

  async stop(): Promise<void> {
    this.stopping = true;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)));
    await Promise.race([Promise.allSettled([...this.inFlight]), grace]);
    clearTimeout(timer);
    await this.client?.destroy();
    this.client = undefined;
    this.onEvent = undefined;
    this.delivery.clearHashSweeper();
    this.delivery.clearHandlerSweeper();
  }

  /**
   * Acknowledges at once — a button press as "update the message later" (type 6), a slash command
   * as "thinking" (type 5, only the person sees it) — and hands the event to the core in the same
   * tick, so it keeps its place among the person's messages. The core's answers arrive as DMs (or
   * replace the pressed question in place); afterwards the pressed message loses its buttons
   * unless the core replaces it, and the "thinking" note is removed.
   */
  private rememberLocale(userId: string, locale: string): void {
    this.locales.delete(userId);
    this.locales.set(userId, locale);
    // Bounded: the oldest entries go first (a Map keeps insertion order).
    if (this.locales.size > REMEMBERED_LOCALES) this.locales.delete(this.locales.keys().next().value!);
  }

  private async answer(interaction: Interaction): Promise<void> {
    if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isStringSelectMenu() && !interaction.isModalSubmit()) return;
    if (interaction.locale) this.rememberLocale(interaction.user.id, interaction.locale);
    if (interaction.inGuild()) {
      await interaction.reply({ content: translate(negotiateLocale(interaction.locale), 'adapter-dm-only'), flags: MessageFlags.Ephemeral }).catch((error: unknown) => this.logFailure('interaction reply', error));
      return;
    }
    // "Write my answer": open the form at once; the core hears of it only when it is sent.
    const modal = interaction.isButton() ? answerModal(interaction.customId, negotiateLocale(interaction.locale)) : undefined;
    if (modal && interaction.isButton()) {
      await interaction.showModal(modal).catch((error: unknown) => this.logFailure('opening the answer form', error, interaction.id));
      return;
    }
    const event = interactionToEvent(interaction);
    const acknowledged = acknowledge(interaction).then(
      () => true,
      (error: unknown) => {
        this.logFailure('interaction acknowledgement', error, interaction.id);
        return false;
      },
    );
    const handled = event ? this.forward(event) : Promise.resolve(undefined);
    const [acked, outcome] = await Promise.all([acknowledged, handled]);
    if (!acked) return;
    await this.finish(interaction, outcome).catch((error: unknown) => this.logFailure('interaction follow-up', error, interaction.id));
  }

  /**
   * After the core took the event: a slash command's "thinking" note goes; the pressed message
   * loses its buttons — unless the core replaces that very message (a toggle, an explanation),
   * whose edit brings the new buttons.
   */
  private async finish(interaction: AnsweredInteraction, outcome: EventOutcome | undefined): Promise<void> {
    if (interaction.isChatInputCommand() || (interaction.isModalSubmit() && !interaction.isFromMessage())) {
      if (outcome) await interaction.deleteReply();
      else await interaction.editReply({ content: translate(negotiateLocale(interaction.locale), 'adapter-command-failed') });
    } else if (outcome && !(interaction.isMessageComponent() && outcome.replacing.includes(interaction.message.id))) {
      await interaction.editReply({ components: [] });
    }
  }

  /** Hands an event to the core; undefined when the core could not take it (it logs why). */
  private async forward(event: InboundEvent): Promise<EventOutcome | undefined> {
    const onEvent = this.onEvent;
    if (!onEvent) return undefined;
    try {
      return (await onEvent(event)) ?? { replacing: [] };
    } catch (error) {
      this.log.error({ updateId: event.updateId, kind: event.kind, error: errorName(error) }, 'core did not take a Discord event');
      return undefined;
    }
  }

  private async dmChannel(userId: string): Promise<string> {
    const cached = this.dmChannels.get(userId);
    if (cached) return cached;
    const channel = (await this.delivery.post(Routes.userChannels(), { body: { recipient_id: userId } })) as { id: string };
    if (this.dmChannels.size >= DM_CHANNEL_CACHE_SIZE) this.dmChannels.delete(this.dmChannels.keys().next().value!);
    this.dmChannels.set(userId, channel.id);
    return channel.id;
  }

  private async registerCommands(client: Client): Promise<void> {
    const applicationId = client.application?.id;
    if (!applicationId) return;
    try {
      const count = await putCommands(client.rest, applicationId, this.config.commands);
      this.log.info({ count }, 'Discord slash commands registered');
    } catch (error) {
      // Typed /commands still work; the menu is a convenience, not a reason to stay offline.
      this.logFailure('slash command registration', error);
    }
  }

  private track(task: Promise<unknown>): void {
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
  }

  private logFailure(what: string, error: unknown, interactionId?: string): void {
    this.log.warn({ interactionId, ...errorFields(error) }, `Discord ${what} failed`);
  }
}

/** Creates the Discord adapter; nothing connects until `start()`. */
export function createDiscordAdapter(config: DiscordAdapterConfig): DiscordAdapter {
  return new DiscordAdapter(config);
}

/**
 * Registers the slash commands without starting the bot (`npm run discord:register-commands`).
 * The application id is looked up with the token unless given. Throws an {@link AdapterError}.
 */
export async function registerDiscordCommands(options: {
  token: string;
  apiUrl?: string;
  commands: readonly MenuCommand[];
  applicationId?: string;
}): Promise<{ applicationId: string; count: number }> {
  const rest = new REST({ api: options.apiUrl ?? DEFAULT_API_URL }).setToken(options.token.replace(/^Bot\s+/i, ''));
  try {
    const applicationId = options.applicationId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
    return { applicationId, count: await putCommands(rest, applicationId, options.commands) };
  } catch (error) {
    throw toAdapterError(error, { idempotent: true });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

async function putCommands(rest: REST, applicationId: string, commands: readonly MenuCommand[]): Promise<number> {
  const body = toApplicationCommands(commands);
  await rest.put(Routes.applicationCommands(applicationId), { body });
  return body.length;
}

function readyWithin(client: Client, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      client.off(Events.ClientReady, onReady);
      reject(new AdapterNetworkError('Discord gateway was not ready in time', DISCORD_PLATFORM));
    }, timeoutMs);
    client.once(Events.ClientReady, onReady);
  });
}

function acknowledge(interaction: AnsweredInteraction): Promise<unknown> {
  if (interaction.isChatInputCommand() || (interaction.isModalSubmit() && !interaction.isFromMessage())) {
    return interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }
  return interaction.deferUpdate();
}


/**
 * Maps what @discordjs/rest throws to the core's typed errors. Messages carry status and Discord's
 * error code only — never the token, the request body or Discord's free-text message.
 */
export function toAdapterError(error: unknown, { idempotent }: { idempotent: boolean }): AdapterError {
  if (error instanceof AdapterError) return error;
  if (error instanceof RateLimitError) {
    const waitMs = error.retryAfter > 0 ? error.retryAfter : error.timeToReset;
    return new AdapterRateLimitError(DISCORD_PLATFORM, Math.max(1, Math.ceil(waitMs)), error.global || error.scope === 'global');
  }
  if (error instanceof DiscordAPIError) {
    const { status, code } = error;
    const raw = error.rawError as { retry_after?: number; global?: boolean };
    if (status === 429) return new AdapterRateLimitError(DISCORD_PLATFORM, Math.max(1, Math.ceil((raw.retry_after ?? 1) * 1000)), raw.global === true);
    if (status === 401) return new AdapterAuthError('Discord refused the bot token (HTTP 401)', DISCORD_PLATFORM);
    if (status === 404 || code === RESTJSONErrorCodes.CannotSendMessagesToThisUser) {
      return new AdapterNotFoundError(`Discord cannot reach this person (HTTP ${status}, code ${code})`, DISCORD_PLATFORM);
    }
    // A 403 other than "cannot send to this user" is a missing permission for this request, not a bad token.
    if (status === 403) return new AdapterValidationError(`Discord refused the request (HTTP 403, code ${code})`, DISCORD_PLATFORM);
    return statusError(DISCORD_PLATFORM, status, status >= 500 ? `Discord failed (HTTP ${status})` : `Discord refused the request (HTTP ${status}, code ${code})`);
  }
  // A 5xx answer: Discord says it failed, so sending again is safe.
  if (error instanceof HTTPError) return statusError(DISCORD_PLATFORM, error.status, `Discord failed (HTTP ${error.status})`);
  // After a 401 @discordjs/rest forgets the token and refuses further requests itself.
  if (error instanceof Error && error.message.startsWith('Expected token to be set')) {
    return new AdapterAuthError('Discord refused the bot token earlier', DISCORD_PLATFORM);
  }
  return networkError(DISCORD_PLATFORM, 'Discord', error, { idempotent });
}

/**
 * Why the bot could not connect, for whoever runs it. A refused token shows as TokenInvalid when
 * REST refuses it; the gateway's refusals (close codes 4004, 4014) reach login() as the plain
 * errors @discordjs/ws raises for them.
 */
function startError(error: unknown): AdapterError {
  const message = error instanceof Error ? error.message : '';
  if ((error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) || message === 'Authentication failed') {
    return new AdapterAuthError('Discord refused the bot token — check DISCORD_BOT_TOKEN', DISCORD_PLATFORM);
  }
  if ((error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.DisallowedIntents) || message === 'Used disallowed intents') {
    return new AdapterAuthError('Discord refused the MESSAGE CONTENT intent — turn it on under Bot → Privileged Gateway Intents in the developer portal', DISCORD_PLATFORM);
  }
  return toAdapterError(error, { idempotent: true });
}

function errorFields(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) return { error: error.name, status: error.status, code: error.code };
  if (error instanceof HTTPError) return { error: error.name, status: error.status };
  return networkErrorFields(error);
}
