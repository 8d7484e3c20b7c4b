import type { Logger } from '../logger.js';
import type { Store } from '../db/store.js';
import type { ClaimedMessage } from '../db/repositories/outbox.js';
import {
  AdapterAuthError,
  AdapterNetworkError,
  AdapterNotFoundError,
  AdapterRateLimitError,
  AdapterValidationError,
  type ChatAdapter,
} from '../core/adapter.js';
import type { Clock } from '../core/clock.js';
import { PlatformPacer } from './rate-limiter.js';

export interface DeliveryWorkerOptions {
  store: Store;
  adapters: readonly ChatAdapter[];
  clock: Clock;
  logger: Logger;
  /** After this many attempts a message is dead-lettered. */
  maxAttempts: number;
  /** Identifies this process in claims (several instances may share a PostgreSQL database). */
  workerId: string;
  /** A claimed message not finished within this time is claimed again by any worker. */
  leaseMs?: number;
  /** How often an idle lane looks for work another instance (or the scheduler) enqueued. */
  idlePollMs?: number;
  /** Most conversations one lane sends to at the same time. */
  maxConcurrentConversations?: number;
}

const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_IDLE_POLL_MS = 1_000;
const DEFAULT_MAX_CONCURRENT_CONVERSATIONS = 16;
const MAX_BACKOFF_MS = 5 * 60_000;
const ACK_FLUSH_MS = 10;
const ACK_BATCH = 20;

/**
 * Sends what the core put in the outbox, one lane per platform so a slow or rate-limited platform
 * never holds up another. Each lane claims due messages with a lease, paces itself below the
 * platform's limits, honours retry-after, retries transient failures with backoff and jitter, and
 * dead-letters a message after `maxAttempts`.
 */
export class DeliveryWorker {
  private readonly lanes: Lane[];
  private running = false;
  private backlog = 0;
  private backlogWaiters: { limit: number; resolve: () => void }[] = [];

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.lanes = options.adapters.map((adapter) => new Lane(adapter, options, () => this.settled()));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const lane of this.lanes) lane.start();
  }

  /** Something was enqueued (`count` messages, if known): look now instead of at the next poll. */
  wake(count = 0): void {
    this.backlog += count;
    for (const lane of this.lanes) lane.wake();
  }

  /**
   * Resolves when fewer than `limit` messages enqueued by this process wait to be sent (at once,
   * normally). The core awaits it before each event, so under overload intake slows down to what
   * delivery can send instead of replies queueing up for seconds.
   */
  whenBelow(limit: number): Promise<void> {
    if (this.backlog < limit || !this.running) return Promise.resolve();
    return new Promise((resolve) => this.backlogWaiters.push({ limit, resolve }));
  }

  /** A lane finished with one message (sent, dead-lettered or left unknown). */
  private settled(): void {
    this.backlog = Math.max(0, this.backlog - 1);
    if (this.backlogWaiters.length === 0) return;
    const still: typeof this.backlogWaiters = [];
    for (const waiter of this.backlogWaiters) {
      if (this.backlog < waiter.limit) waiter.resolve();
      else still.push(waiter);
    }
    this.backlogWaiters = still;
  }

  /** Resolves once every lane has found nothing due (or after `timeoutMs`): used before a clean exit. */
  async drain(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
    await Promise.race([Promise.all(this.lanes.map((lane) => lane.drained())), timeout]);
    clearTimeout(timer);
  }

  /** Stops claiming, waits for sends in flight, and returns unsent claims to the queue. */
  async stop(): Promise<void> {
    this.running = false;
    for (const waiter of this.backlogWaiters.splice(0)) waiter.resolve();
    await Promise.all(this.lanes.map((lane) => lane.stop()));
  }
}

class Lane {
  private readonly pacer: PlatformPacer;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private pendingWake = false;
  private readonly leaseMs: number;
  private readonly log: Logger;
  private drainWaiters: (() => void)[] = [];
  private pendingAcks: string[] = [];
  private ackTimer: NodeJS.Timeout | undefined;
  private ackFlush: Promise<void> = Promise.resolve();

  constructor(
    private readonly adapter: ChatAdapter,
    private readonly options: DeliveryWorkerOptions,
    private readonly settled: () => void,
  ) {
    // Pacing is about real elapsed time, whatever the domain clock says.
    this.pacer = new PlatformPacer(adapter.limits.messagesPerSecond, adapter.limits.perConversationIntervalMs);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.log = options.logger.child({ platform: adapter.platform, component: 'delivery' });
  }

  start(): void {
    this.running = true;
    this.loop = this.run().catch((err: unknown) => this.log.fatal({ err }, 'delivery lane crashed'));
  }

  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  /** Resolves after the next claim that finds nothing due. */
  drained(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      this.drainWaiters.push(resolve);
      this.wake();
    });
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { store, clock, workerId } = this.options;
    // Claim no more than can be sent well within one lease at the platform's pace.
    const batch = Math.max(1, Math.min(200, Math.floor((this.adapter.limits.messagesPerSecond * this.leaseMs) / 4000)));
    while (this.running) {
      this.pendingWake = false;
      let claimed: ClaimedMessage[] = [];
      try {
        claimed = await store.repos.outbox.claimDue(this.adapter.platform, clock.now(), this.leaseMs, batch, workerId);
      } catch (err) {
        this.log.error({ err }, 'claiming outbox messages failed');
      }
      if (claimed.length > 0) {
        await this.deliver(claimed);
        await this.flushAcks();
        this.pacer.prune();
        continue;
      }
      const waiters = this.drainWaiters;
      this.drainWaiters = [];
      for (const resolve of waiters) resolve();
      await this.idle();
    }
    await this.flushAcks();
    for (const resolve of this.drainWaiters) resolve();
  }

  private async idle(): Promise<void> {
    if (this.pendingWake || !this.running) return;
    const pollMs = this.options.idlePollMs ?? DEFAULT_IDLE_POLL_MS;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.wakeUp = resolve;
      timer = setTimeout(resolve, pollMs);
    });
    clearTimeout(timer);
    this.wakeUp = undefined;
  }

  /** Sends a claimed batch: conversations in parallel (bounded), each conversation in order. */
  private async deliver(claimed: ClaimedMessage[]): Promise<void> {
    const byAddress = new Map<string, ClaimedMessage[]>();
    for (const message of claimed) {
      const queue = byAddress.get(message.address);
      if (queue) queue.push(message);
      else byAddress.set(message.address, [message]);
    }
    const queues = [...byAddress.values()];
    const width = this.options.maxConcurrentConversations ?? DEFAULT_MAX_CONCURRENT_CONVERSATIONS;
    const workers = Array.from({ length: Math.min(width, queues.length) }, async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        for (const [index, message] of queue.entries()) {
          if (!this.running) {
            await this.release(queue.slice(index));
            break;
          }
          const delivered = await this.sendOne(message);
          if (delivered) this.settled();
          if (!delivered) {
            // Keep this conversation's order: what follows a failed message waits with it.
            await this.postpone(queue.slice(index + 1));
            break;
          }
        }
      }
    });
    await Promise.all(workers);
  }

  private async waitForTurn(address: string): Promise<void> {
    for (let wait = this.pacer.reserve(address); wait > 0; wait = this.pacer.reserve(address)) {
      await sleep(wait);
    }
  }

  /**
   * Sent messages are marked in small batches (one statement per {@link ACK_FLUSH_MS} or
   * {@link ACK_BATCH} messages). A crash inside that window means those few are sent again after
   * their lease expires — delivery is at-least-once either way; batching just keeps the database
   * off the hot path.
   */
  private acknowledge(id: string): void {
    this.pendingAcks.push(id);
    if (this.pendingAcks.length >= ACK_BATCH) void this.flushAcks();
    else this.ackTimer ??= setTimeout(() => void this.flushAcks(), ACK_FLUSH_MS);
  }

  async flushAcks(): Promise<void> {
    clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    const ids = this.pendingAcks.splice(0);
    if (ids.length === 0) return this.ackFlush;
    this.ackFlush = this.ackFlush
      .then(() => this.options.store.repos.outbox.markSentMany(ids, this.options.clock.now()))
      .catch((err: unknown) => this.log.error({ err, count: ids.length }, 'marking messages sent failed; they will be re-sent after their lease'));
    return this.ackFlush;
  }

  /** Returns true when the message is done with (sent or dead-lettered), false when it waits for a retry. */
  private async sendOne(message: ClaimedMessage): Promise<boolean> {
    const { store, clock, maxAttempts } = this.options;
    const outbox = store.repos.outbox;
    await this.waitForTurn(message.address);
    try {
      await this.adapter.send(message.address, message.message);
      this.acknowledge(message.id);
      return true;
    } catch (err) {
      const name = err instanceof Error ? err.name : 'Error';
      const context = { outboxId: message.id, attempts: message.attempts, error: name };
      if (err instanceof AdapterRateLimitError) {
        this.pacer.backOff(message.address, err.retryAfterMs, err.global);
        // A 429 is the platform pacing us, not a failure of the message: it does not use up attempts.
        await outbox.markRetry(message.id, new Date(clock.now().getTime() + err.retryAfterMs), name);
        this.log.warn({ ...context, retryAfterMs: err.retryAfterMs }, 'rate limited; retrying after the requested wait');
        return false;
      }
      if (err instanceof AdapterNotFoundError || err instanceof AdapterValidationError) {
        await outbox.markDead(message.id, name);
        this.log.error(context, 'message cannot be delivered; dead-lettered');
        return true;
      }
      if (err instanceof AdapterNetworkError && err.ambiguous) {
        if (resendableOnce(message) && message.attempts < 2) {
          await outbox.markRetry(message.id, new Date(clock.now().getTime() + backoffMs(message.attempts)), name);
          this.log.warn(context, 'delivery outcome unknown; a prompt may be sent once more');
          return false;
        }
        await outbox.markUnknown(message.id, name);
        this.log.warn(context, 'delivery outcome unknown (the request may have arrived); not re-sent automatically');
        return true;
      }
      if (message.attempts >= maxAttempts) {
        await outbox.markDead(message.id, name);
        this.log.error(context, 'giving up after the maximum number of attempts; dead-lettered');
        return true;
      }
      const backoff = backoffMs(message.attempts, err instanceof AdapterAuthError);
      await outbox.markRetry(message.id, new Date(clock.now().getTime() + backoff), name);
      this.log.warn({ ...context, retryInMs: backoff }, 'send failed; will retry');
      return false;
    }
  }

  private async postpone(messages: ClaimedMessage[]): Promise<void> {
    const dueAt = new Date(this.options.clock.now().getTime() + 1_000);
    for (const message of messages) await this.options.store.repos.outbox.markRetry(message.id, dueAt, 'waiting-for-earlier');
  }

  private async release(messages: ClaimedMessage[]): Promise<void> {
    const now = this.options.clock.now();
    for (const message of messages) await this.options.store.repos.outbox.markRetry(message.id, now, 'released-on-shutdown');
  }
}

/**
 * After an ambiguous failure (the platform may have received it), only a scheduled prompt is sent
 * again, once: a duplicate prompt is a small annoyance; a duplicate alert or reply is not.
 */
function resendableOnce(message: ClaimedMessage): boolean {
  return message.idempotencyKey.startsWith('prompt:') || message.idempotencyKey.startsWith('followup:');
}

/** Exponential backoff with ±50% jitter, capped; auth failures wait longer (configuration must change). */
export function backoffMs(attempts: number, slow = false, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.max(0, attempts - 1) * (slow ? 30 : 1));
  return Math.round(base * (0.5 + random()));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
