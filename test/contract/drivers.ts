import { join } from 'node:path';
import { capturingLogger } from '../helpers/logs.js';
import { PassThrough, Writable } from 'node:stream';
import { createConsoleAdapter } from '../../adapters/console/index.js';
import { createDiscordAdapter } from '../../adapters/discord/index.js';
import { createTelegramAdapter } from '../../adapters/telegram/index.js';
import { startApp, type AdapterFactory, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { type Logger } from '../../src/logger.js';
import { freshDatabase, scratchDir } from '../helpers/databases.js';
import { buttonsOf, FakeDiscordServer, shownText, type FakeMessage } from '../fakes/discord-server.js';
import { FakeTelegramServer, type BotMessage, type FakeUser } from '../fakes/telegram-server.js';

/**
 * One person talking to Between on one platform, through that platform's real adapter and SDK,
 * with the real app behind it (core, fresh SQLite database, delivery worker). The contract suite
 * runs the same scenarios through every driver.
 */
export interface ChatDriver {
  readonly name: string;
  /**
   * Whether questions come with buttons. Without them (the console) choices are a numbered list and
   * `press` types the option's number; there is no earlier button left to press.
   */
  readonly buttons: boolean;
  /** Longest message the platform lets a person send (UTF-16 code units). */
  readonly maxUserMessageChars: number;
  /** Starts the fake platform (if any) and the app; resolves once the adapter is connected. */
  start(): Promise<void>;
  /** The person types `text` (a `/command` is sent the way the platform sends commands). */
  send(text: string): Promise<void>;
  /** The person answers the latest question with the option labelled `label`. */
  press(label: string): Promise<void>;
  /** Presses `label` on the newest earlier message whose text matches `question` (button platforms only). */
  pressEarlier(label: string, question: RegExp): Promise<void>;
  /** Plain text (markup removed) of the next message not read yet; throws unless it matches `match`. */
  nextReply(match?: RegExp, timeoutMs?: number): Promise<string>;
  /**
   * The open question as the person sees it after a press that changes it (a toggle, "What's
   * this?"): the pressed message edited in place where the platform edits, else the next message.
   */
  nextUpdate(match?: RegExp, timeoutMs?: number): Promise<string>;
  /** Stops the app and the fake; removes nothing else (the database lives in the run's temp folder). */
  stop(): Promise<void>;
  /** The running app, to check what was stored. */
  readonly app: App;
}

export interface DriverFactory {
  name: string;
  /** The same as the driver's, known before one is created (to choose cases). */
  buttons: boolean;
  maxUserMessageChars: number;
  /** A driver whose app runs with `env` added to its configuration (e.g. `PHQ9_ENABLED`). */
  create(env?: Record<string, string>): ChatDriver;
}

/** A terminal line has no limit of its own; readline takes any length. */
const CONSOLE_MAX_USER_MESSAGE_CHARS = Number.POSITIVE_INFINITY;
/** Telegram clients cannot send longer messages. */
const TELEGRAM_MAX_USER_MESSAGE_CHARS = 4_096;
/** 2,000 characters, or 4,000 with Nitro: the larger is the most a person can send. */
const DISCORD_MAX_USER_MESSAGE_CHARS = 4_000;

const REPLY_TIMEOUT_MS = 5_000;

/** Shared by every driver: a fresh database and key file, logs kept in memory, the app itself. */
abstract class AppDriver implements ChatDriver {
  abstract readonly name: string;
  abstract readonly buttons: boolean;
  abstract readonly maxUserMessageChars: number;
  private running: App | undefined;
  protected readonly logs: string[] = [];
  protected read = 0;

  constructor(private readonly env: Record<string, string> = {}) {}

  abstract start(): Promise<void>;
  abstract send(text: string): Promise<void>;
  abstract press(label: string): Promise<void>;
  abstract pressEarlier(label: string, question: RegExp): Promise<void>;
  /** Resolves with the plain text of the `index`-th message (0-based) the person received. */
  protected abstract message(index: number, timeoutMs: number): Promise<string>;
  protected abstract stopPlatform(): Promise<void>;

  async nextReply(match?: RegExp, timeoutMs = REPLY_TIMEOUT_MS): Promise<string> {
    const index = this.read;
    let text: string;
    try {
      text = await this.message(index, timeoutMs);
    } catch (error) {
      throw new Error(`${this.name}: no reply ${index + 1}${match ? ` matching ${String(match)}` : ''} within ${timeoutMs} ms${this.problems()}`, { cause: error });
    }
    this.read++;
    if (match && !match.test(text)) throw new Error(`${this.name}: reply ${index + 1} does not match ${String(match)}:\n${text}`);
    return text;
  }

  /** Platforms without edits get the question again as a new message. */
  nextUpdate(match?: RegExp, timeoutMs = REPLY_TIMEOUT_MS): Promise<string> {
    return this.nextReply(match, timeoutMs);
  }

  /** Waits until the message pressed last has been edited since the press; its text then. */
  protected async edited(probe: () => string | undefined, match: RegExp | undefined, timeoutMs: number, wait: (probe: () => string | undefined, timeoutMs: number) => Promise<string>): Promise<string> {
    let text: string;
    try {
      text = await wait(probe, timeoutMs);
    } catch (error) {
      throw new Error(`${this.name}: the pressed message was not edited${match ? ` to match ${String(match)}` : ''} within ${timeoutMs} ms${this.problems()}`, { cause: error });
    }
    if (match && !match.test(text)) throw new Error(`${this.name}: the edited message does not match ${String(match)}:\n${text}`);
    return text;
  }

  get app(): App {
    if (!this.running) throw new Error(`${this.name}: not started`);
    return this.running;
  }

  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
    await this.stopPlatform();
  }

  protected async startApp(adapters: (logger: Logger) => AdapterFactory): Promise<void> {
    const database = await freshDatabase('sqlite');
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      BETWEEN_KEY_FILE: join(scratchDir('contract-'), 'between.key'),
      LOG_LEVEL: 'warn',
      ...this.env,
    });
    const logs = this.logs;
    const logger = capturingLogger(logs, 'warn');
    this.running = await startApp({ config, logger, adapters: adapters(logger), workerIdlePollMs: 50, startScheduler: false });
  }

  /** Warnings and errors logged so far, to explain a missing reply. */
  protected problems(): string {
    return this.logs.length > 0 ? `; logged:\n${this.logs.slice(-5).join('')}` : '';
  }
}

// ── console ──────────────────────────────────────────────────────────────────────────────────

/** A choice line as the console renders it: `  3) US Central`. */
const NUMBERED_CHOICE = /^ {2}(\d+)\) (.+)$/;
/** What the console adapter writes before each message, to print it above the prompt line. */
const CLEAR_LINE = '\r\u001b[K';

/**
 * The console adapter driven through its streams: lines written to a PassThrough input, messages
 * read from a Writable that collects what the adapter prints (colour off, so no ANSI styling).
 * Pressing types the option's number; on a numeric scale (0–10, 0–100) it types the label, since
 * there the core reads "7" as seven, never as "the seventh option".
 */
class ConsoleDriver extends AppDriver {
  readonly name = 'console';
  readonly buttons = false;
  readonly maxUserMessageChars = CONSOLE_MAX_USER_MESSAGE_CHARS;
  private readonly input = new PassThrough();
  private readonly messages: string[] = [];
  private waiters: (() => void)[] = [];

  async start(): Promise<void> {
    const messages = this.messages;
    const wake = () => {
      for (const waiter of this.waiters.splice(0)) waiter();
    };
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        // One `send` is one write: CLEAR_LINE, a blank line, the message, a line break. The prompt
        // ("> ") is written separately and ignored.
        const text = String(chunk);
        if (text.startsWith(CLEAR_LINE)) {
          messages.push(text.slice(CLEAR_LINE.length).replace(/^\n/, '').replace(/\n$/, ''));
          wake();
        }
        callback();
      },
    });
    await this.startApp(() => () => [
      createConsoleAdapter({ user: 'contract', input: this.input, output, color: false, downloadDir: scratchDir('console-downloads-') }),
    ]);
  }

  async send(text: string): Promise<void> {
    this.input.write(`${text}\n`);
  }

  async press(label: string): Promise<void> {
    const latest = [...this.messages].reverse().find((message) => choicesOf(message).length > 0);
    const choices = choicesOf(latest ?? '');
    const index = choices.indexOf(label);
    // Number scales are shown as values ("0 · 1 · … · 10"), and the value itself is typed.
    if (index === -1 && /^\d+$/.test(label)) return this.send(label);
    if (index === -1) throw new Error(`console: no option “${label}” on the latest question (${choices.join(' | ') || 'no options'})`);
    const numericScale = choices.every((choice) => /^\d+$/.test(choice));
    await this.send(numericScale ? label : String(index + 1));
  }

  async pressEarlier(): Promise<void> {
    throw new Error('console: a terminal has no buttons, so there is no earlier button to press');
  }

  protected async message(index: number, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length <= index) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`console: timed out waiting for message ${index + 1}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages[index]!;
  }

  protected async stopPlatform(): Promise<void> {
    this.input.end();
  }
}

function choicesOf(message: string): string[] {
  return message
    .split('\n')
    .map((line) => NUMBERED_CHOICE.exec(line))
    .filter((match) => match !== null)
    .map((match) => match[2]!);
}

// ── Telegram ─────────────────────────────────────────────────────────────────────────────────

let nextTelegramUserId = 71_000;

/**
 * The Telegram adapter with real grammY, long polling the fake Bot API. Commands are typed text with
 * a `bot_command` entity, as Telegram clients send them; presses are callback queries on the message
 * that carries the button.
 */
class TelegramDriver extends AppDriver {
  readonly name = 'telegram';
  readonly buttons = true;
  readonly maxUserMessageChars = TELEGRAM_MAX_USER_MESSAGE_CHARS;
  private fake: FakeTelegramServer | undefined;
  private readonly user: FakeUser = { id: nextTelegramUserId++, first_name: 'Robin' };

  async start(): Promise<void> {
    const fake = await FakeTelegramServer.start();
    this.fake = fake;
    await this.startApp((logger) => (core) => [
      createTelegramAdapter({
        token: fake.token,
        apiRoot: fake.apiRoot,
        commands: core.commandList,
        logger,
        pollingTimeoutSeconds: 2,
        // Conversational pacing is the delivery worker's concern, tested on its own; here it only slows the suite.
        limits: { perConversationIntervalMs: 0, messagesPerSecond: 1_000 },
      }),
    ]);
  }

  async send(text: string): Promise<void> {
    this.requireFake().userSends(this.user, text);
  }

  async press(label: string): Promise<void> {
    const fake = this.requireFake();
    const latest = fake.messagesIn(this.user.id).findLast((message) => message.keyboard);
    this.pressOn(latest, label, 'the latest question');
  }

  async pressEarlier(label: string, question: RegExp): Promise<void> {
    const messages = this.requireFake().messagesIn(this.user.id);
    const earlier = messages.slice(0, -1).findLast((message) => question.test(message.text) && labelsOf(message).includes(label));
    this.pressOn(earlier, label, `an earlier message matching ${String(question)}`);
  }

  protected async message(index: number, timeoutMs: number): Promise<string> {
    const messages = await this.requireFake().waitForMessages(this.user.id, index + 1, timeoutMs);
    return messages[index]!.text;
  }

  protected async stopPlatform(): Promise<void> {
    await this.fake?.close();
    this.fake = undefined;
  }

  private pressOn(message: BotMessage | undefined, label: string, where: string): void {
    const button = message?.keyboard?.inline_keyboard.flat().find((candidate) => candidate.text === label);
    if (!message || !button || !('callback_data' in button)) throw new Error(`telegram: no button “${label}” on ${where} (${message ? labelsOf(message).join(' | ') : 'no message'})`);
    this.pressed = { message, edits: message.edits };
    this.requireFake().pressButton(this.user, message, button.callback_data);
  }

  private pressed: { message: BotMessage; edits: number } | undefined;

  override nextUpdate(match?: RegExp, timeoutMs = REPLY_TIMEOUT_MS): Promise<string> {
    const pressed = this.pressed;
    if (!pressed) throw new Error('telegram: nothing was pressed');
    const fake = this.requireFake();
    return this.edited(() => (pressed.message.edits > pressed.edits ? pressed.message.text : undefined), match, timeoutMs, (probe, ms) => fake.until(probe, ms, 'an edit'));
  }

  private requireFake(): FakeTelegramServer {
    if (!this.fake) throw new Error('telegram: not started');
    return this.fake;
  }
}

function labelsOf(message: BotMessage): string[] {
  return message.keyboard?.inline_keyboard.flat().map((button) => button.text) ?? [];
}

// ── Discord ──────────────────────────────────────────────────────────────────────────────────

let nextDiscordUser = 1;

/**
 * The Discord adapter with real discord.js against the fake REST API and gateway, in a DM. A
 * `/command` the bot registered is run as a slash command (what Discord's client does when a
 * person picks it from the menu); anything else, unknown commands included, is a DM.
 *
 * The Discord adapter has no `limits` override, so its real pacing (250 ms between two messages
 * to one person) stays on: each answer waits up to that long.
 */
class DiscordDriver extends AppDriver {
  readonly name = 'discord';
  readonly buttons = true;
  readonly maxUserMessageChars = DISCORD_MAX_USER_MESSAGE_CHARS;
  private fake: FakeDiscordServer | undefined;
  private readonly userId = `5200000000000000${String(nextDiscordUser++).padStart(2, '0')}`;

  async start(): Promise<void> {
    const fake = await FakeDiscordServer.start();
    this.fake = fake;
    await this.startApp((logger) => (core) => [createDiscordAdapter({ token: fake.token, apiUrl: fake.apiUrl, commands: core.commandList, logger, limits: { perConversationIntervalMs: 0 } })]);
  }

  async send(text: string): Promise<void> {
    const fake = this.requireFake();
    const command = /^\/([a-z0-9_-]{1,32})(?:\s+([\s\S]*))?$/.exec(text);
    const registered = command && (fake.commands as { name: string }[]).some((candidate) => candidate.name === command[1]);
    if (command && registered) fake.slashCommand(this.userId, command[1]!, command[2]);
    else fake.sendDm(this.userId, text);
  }

  async press(label: string): Promise<void> {
    const latest = this.requireFake().botMessages(this.userId).findLast((message) => buttonsOf(message).length > 0);
    this.pressOn(latest, label, 'the latest question');
  }

  async pressEarlier(label: string, question: RegExp): Promise<void> {
    const messages = this.requireFake().botMessages(this.userId);
    const earlier = messages.slice(0, -1).findLast((message) => question.test(shown(message.content)) && buttonsOf(message).some((button) => button.label === label));
    this.pressOn(earlier, label, `an earlier message matching ${String(question)}`);
  }

  protected async message(index: number, timeoutMs: number): Promise<string> {
    const fake = this.requireFake();
    const message = await fake.waitFor(() => fake.botMessages(this.userId)[index], timeoutMs, `message ${index + 1}`);
    return shown(message.content);
  }

  protected async stopPlatform(): Promise<void> {
    await this.fake?.close();
    this.fake = undefined;
  }

  private pressOn(message: FakeMessage | undefined, label: string, where: string): void {
    const button = buttonsOf(message).find((candidate) => candidate.label === label);
    if (!message || !button) throw new Error(`discord: no button “${label}” on ${where} (${buttonsOf(message).map((b) => b.label).join(' | ') || 'no buttons'})`);
    this.pressed = { message, edits: message.edits };
    this.requireFake().pressButton(this.userId, message.id, button.custom_id);
  }

  private pressed: { message: FakeMessage; edits: number } | undefined;

  override nextUpdate(match?: RegExp, timeoutMs = REPLY_TIMEOUT_MS): Promise<string> {
    const pressed = this.pressed;
    if (!pressed) throw new Error('discord: nothing was pressed');
    const fake = this.requireFake();
    return this.edited(() => (pressed.message.edits > pressed.edits ? shown(pressed.message.content) : undefined), match, timeoutMs, (probe, ms) => fake.waitFor(probe, ms, 'an edit'));
  }

  private requireFake(): FakeDiscordServer {
    if (!this.fake) throw new Error('discord: not started');
    return this.fake;
  }
}

const shown = shownText;

export const DRIVERS: DriverFactory[] = [
  { name: 'console', buttons: false, maxUserMessageChars: CONSOLE_MAX_USER_MESSAGE_CHARS, create: (env) => new ConsoleDriver(env) },
  { name: 'telegram', buttons: true, maxUserMessageChars: TELEGRAM_MAX_USER_MESSAGE_CHARS, create: (env) => new TelegramDriver(env) },
  { name: 'discord', buttons: true, maxUserMessageChars: DISCORD_MAX_USER_MESSAGE_CHARS, create: (env) => new DiscordDriver(env) },
];
