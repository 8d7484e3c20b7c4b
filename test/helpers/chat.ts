import { capturingLogger } from './logs.js';
import { expect } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { startApp, type App } from '../../src/app.js';
import type { AdapterCapabilities, ChatAdapter, DeliveryLimits, EventOutcome, SendReceipt } from '../../src/core/adapter.js';
import type { Clock } from '../../src/core/clock.js';
import { parseCommand, type InboundEvent } from '../../src/core/events.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { freshDatabase, scratchDir, type TestDatabase } from './databases.js';

/**
 * A chat adapter that records what it is asked to send: the test double of a platform, used to
 * drive the real core, database and delivery worker. Platform adapters get their own e2e tests
 * against fake platform servers.
 */
export class RecordingAdapter implements ChatAdapter {
  readonly capabilities: AdapterCapabilities = { buttons: true, maxChoices: 25, images: true, documents: true, maxTextLength: 4096, edits: false };
  readonly limits: DeliveryLimits = { messagesPerSecond: 1000, perConversationIntervalMs: 0 };
  readonly sent: { address: string; message: OutboundMessage }[] = [];
  private waiters: (() => void)[] = [];
  onEvent: ((event: InboundEvent) => Promise<EventOutcome | void>) | undefined;
  /** Makes the next sends fail with this error (once each). */
  failures: Error[] = [];

  constructor(readonly platform = 'test') {}

  async start(onEvent: (event: InboundEvent) => Promise<EventOutcome | void>): Promise<void> {
    this.onEvent = onEvent;
  }

  async send(address: string, message: OutboundMessage): Promise<SendReceipt> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push({ address, message });
    for (const wake of this.waiters.splice(0)) wake();
    return {};
  }

  async stop(): Promise<void> {
    this.onEvent = undefined;
  }

  /** Waits until at least `count` messages were sent in total (or to `address`). */
  async waitForSent(count: number, timeoutMs = 5_000, address?: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const sentCount = () => (address ? this.sent.filter((entry) => entry.address === address).length : this.sent.length);
    while (sentCount() < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} sent messages${address ? ` to ${address}` : ''}, got ${sentCount()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}

export interface TestChatOptions {
  database?: TestDatabase;
  provider?: 'sqlite' | 'postgresql';
  clock?: Clock;
  env?: Record<string, string>;
  user?: string;
  /** Receives every log line (JSON) — for tests that check what is logged. */
  logSink?: string[];
  /** The platform double (default: a RecordingAdapter on platform `test`); addresses use its platform. */
  adapter?: RecordingAdapter;
}

/**
 * A conversation with Between for tests, in the fluent style: `await chat.send('/start')`, then
 * `await chat.expectReply(/welcome/i)`. Runs the real app (core, database, worker) with a
 * {@link RecordingAdapter}.
 */
export class TestChat {
  private read = 0;
  private updateCounter = 0;
  /** The platform's language hint sent with every event of this participant (Telegram `language_code`), if any. */
  localeHint: string | undefined;

  constructor(
    readonly app: App,
    readonly adapter: RecordingAdapter,
    readonly database: TestDatabase,
    readonly config: Config,
    private readonly options: TestChatOptions,
    readonly user: string,
  ) {}

  static async start(options: TestChatOptions = {}): Promise<TestChat> {
    const database = options.database ?? (await freshDatabase(options.provider ?? 'sqlite'));
    const dir = scratchDir('chat-');
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      BETWEEN_KEY_FILE: `${dir}/between.key`,
      LOG_LEVEL: 'debug',
      ...options.env,
    });
    const adapter = options.adapter ?? new RecordingAdapter();
    const sink = options.logSink;
    const logger = capturingLogger(sink, config.LOG_LEVEL);
    const app = await startApp({
      config,
      logger,
      adapters: () => [adapter],
      ...(options.clock && { clock: options.clock }),
      workerIdlePollMs: 50,
      startScheduler: false,
    });
    return new TestChat(app, adapter, database, config, options, options.user ?? 'alex');
  }

  /** Stops this app and starts a new one on the same database, as after a crash or deploy. */
  async restart(): Promise<TestChat> {
    await this.app.stop();
    const next = await TestChat.start({ ...this.options, adapter: new RecordingAdapter(this.adapter.platform), database: this.database, env: { ...this.options.env, BETWEEN_KEY_FILE: this.config.BETWEEN_KEY_FILE } });
    next.read = 0;
    return next;
  }

  get address(): string {
    return `${this.adapter.platform}:${this.user}`;
  }

  private event(fields: { kind: 'text'; text: string } | { kind: 'command'; name: string; args: string } | { kind: 'choice'; choiceId: string }): InboundEvent {
    return {
      platform: this.adapter.platform,
      address: this.address,
      updateId: `u${Date.now().toString(36)}-${++this.updateCounter}`,
      from: { platformUserId: this.user, displayName: this.user },
      receivedAt: new Date(),
      ...(this.localeHint !== undefined && { localeHint: this.localeHint }),
      ...fields,
    } as InboundEvent;
  }

  /** Sends what a person types (a `/command` becomes a command event). */
  async send(text: string): Promise<void> {
    const command = parseCommand(text);
    await this.deliver(command ? this.event({ kind: 'command', ...command }) : this.event({ kind: 'text', text }));
  }

  /** Presses the button labelled `label` (or matching it) on the latest message with choices. */
  async press(label: string | RegExp): Promise<void> {
    const withChoices = [...this.received].reverse().find((message) => message.choices?.length);
    const choice = withChoices?.choices?.find((c) => (typeof label === 'string' ? c.label === label : label.test(c.label)));
    if (!choice) throw new Error(`no button ${String(label)} on the latest question`);
    await this.pressId(choice.id);
  }

  async pressId(choiceId: string): Promise<void> {
    await this.deliver(this.event({ kind: 'choice', choiceId }));
  }

  /** Delivers a raw event (e.g. to replay the same update id). */
  async deliver(event: InboundEvent): Promise<void> {
    if (!this.adapter.onEvent) throw new Error('adapter not started');
    await this.adapter.onEvent(event);
  }

  /** Everything sent to this participant's address so far. */
  get received(): OutboundMessage[] {
    return this.adapter.sent.filter((entry) => entry.address === this.address).map((entry) => entry.message);
  }

  /**
   * Another person in the same app (same database, core and worker), e.g. an accountability
   * partner. Each participant reads only the messages sent to its own address.
   */
  as(user: string): TestChat {
    return new TestChat(this.app, this.adapter, this.database, this.config, this.options, user);
  }

  /** The next reply to this participant not yet read; fails if it does not match `expected`. */
  async expectReply(expected?: string | RegExp): Promise<OutboundMessage> {
    await this.adapter.waitForSent(this.read + 1, 5_000, this.address);
    const message = this.received[this.read++]!;
    if (expected !== undefined) {
      const text = plainText(message.text);
      if (typeof expected === 'string') expect(text).toContain(expected);
      else expect(text).toMatch(expected);
    }
    return message;
  }

  /**
   * Asserts that nothing else was sent to this participant: waits until the delivery worker has
   * nothing due and nothing in flight (what the last event enqueued is sent by then), not for a time.
   */
  async expectNoReply(): Promise<void> {
    await this.app.worker.drain(10_000);
    expect(this.received.slice(this.read).map((message) => plainText(message.text))).toEqual([]);
  }

  async stop(): Promise<void> {
    await this.app.stop();
    await this.database.dispose();
  }
}
