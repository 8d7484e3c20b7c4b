import { EventEmitter } from 'node:events';
import type { Logger } from '../logger.js';
import type { Store } from '../db/store.js';
import type { ClaimedMessage, OutboxClaim } from '../db/repositories/outbox.js';
import {
  AdapterAuthError,
  AdapterEditRefusedError,
  AdapterNetworkError,
  AdapterNotFoundError,
  AdapterRateLimitError,
  AdapterValidationError,
  asNewMessage,
  deliverable,
  type ChatAdapter,
  type SendProgress,
  type SendReceipt,
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

/**
 * What happened to one outbox message, as the worker emits it (`worker.events.on('delivery', …)`):
 * - `sent`: the platform accepted it (its "sent" mark follows in a batch: `recorded`);
 * - `recorded`: the "sent" marks of these messages are committed to the outbox;
 * - `retried`: it failed or was rate limited and waits in the outbox until `retryAt`;
 * - `dead`: it can never be delivered (or ran out of attempts) and was dead-lettered;
 * - `unknown`: the platform may or may not have received it; not re-sent automatically.
 * Never carries the message's text: ids, the address and the error's name only.
 */
export type DeliveryEvent =
  | { type: 'sent'; outboxId: string; address: string; platform: string; idempotencyKey: string; platformMessageId?: string }
  | { type: 'recorded'; outboxIds: readonly string[]; platform: string }
  | { type: 'retried'; outboxId: string; address: string; platform: string; idempotencyKey: string; error: string; retryAt: Date; rateLimited: boolean }
  | { type: 'dead'; outboxId: string; address: string; platform: string; idempotencyKey: string; error: string }
  | { type: 'unknown'; outboxId: string; address: string; platform: string; idempotencyKey: string; error: string };

export type DeliveryEventType = DeliveryEvent['type'];

/** The worker's event stream: one `delivery` event per {@link DeliveryEvent}. */
export class DeliveryEvents extends EventEmitter<{ delivery: [DeliveryEvent] }> {
  /**
   * Resolves with the first event from now on that matches `predicate`; rejects after `timeoutMs`
   * naming `what` (for tests and health checks that wait for delivery instead of sleeping).
   */
  next(predicate: (event: DeliveryEvent) => boolean, timeoutMs: number, what = 'a delivery event'): Promise<DeliveryEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('delivery', listener);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const listener = (event: DeliveryEvent) => {
        if (!predicate(event)) return;
        clearTimeout(timer);
        this.off('delivery', listener);
        resolve(event);
      };
      this.on('delivery', listener);
    });
  }
}

const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_IDLE_POLL_MS = 1_000;
const DEFAULT_MAX_CONCURRENT_CONVERSATIONS = 16;
const MAX_BACKOFF_MS = 5 * 60_000;
const ACK_FLUSH_MS = 10;
/**
 * Senders kept free for replies and alerts beyond the lane's width: while every sender is busy with
 * a broadcast, a reply still starts at once and waits only for the next turn at the platform's rate.
 */
const REPLY_SENDERS = 4;
const ACK_BATCH = 20;

/**
 * Sends what the core put in the outbox, one lane per platform so a slow or rate-limited platform
 * never holds up another. Each lane claims due messages with a lease, paces itself below the
 * platform's limits, honours retry-after, retries transient failures with backoff and jitter, and
 * dead-letters a message after `maxAttempts`.
 */
export class DeliveryWorker {
  /** What happens to each message: sent, recorded, retried, dead, unknown (see {@link DeliveryEvent}). */
  readonly events = new DeliveryEvents();
  private readonly lanes: Lane[];
  private running = false;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.events.setMaxListeners(0);
    this.lanes = options.adapters.map((adapter) => new Lane(adapter, options, this.events));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const lane of this.lanes) lane.start();
  }

  /**
   * A claim for replies to `platform` that this process can send now, or undefined (no lane for
   * it here, or stopping): then they wait in the outbox for any worker.
   * See {@link OutboxRepository.enqueueClaimed}.
   */
  claimFor(platform: string, now: Date): OutboxClaim | undefined {
    return this.running ? this.lane(platform)?.claimFor(now) : undefined;
  }

  /** Replies claimed with {@link claimFor}, now committed: send them (no claim query needed). */
  handOff(messages: readonly ClaimedMessage[]): void {
    // A lane always exists: claimFor only claims for one (else the lease would simply expire).
    for (const message of messages) this.lane(message.platform)?.handOff(message);
  }

  /** Something was enqueued: look now instead of at the next poll. */
  wake(): void {
    for (const lane of this.lanes) lane.wake();
  }

  /**
   * Resolves when fewer than `limit` replies handed over for `platform` are still waiting in this
   * process to be sent (at once, normally). The core awaits it before each event, so under
   * overload intake slows down to what delivery can send instead of replies queueing up. Replies
   * put back in the outbox (rate limits, retries) no longer count: waiting on those would stall
   * every conversation behind one platform's pushback.
   */
  whenBelow(platform: string, limit: number): Promise<void> {
    const lane = this.lane(platform);
    return lane && this.running ? lane.whenBelow(limit) : Promise.resolve();
  }

  private lane(platform: string): Lane | undefined {
    return this.lanes.find((lane) => lane.platform === platform);
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
    await Promise.all(this.lanes.map((lane) => lane.stop()));
  }
}

/**
 * One platform's sender. Claiming and sending overlap: the lane keeps up to `maxClaimed` messages
 * claimed, sends to up to `maxConcurrentConversations` conversations at once (each conversation's
 * messages strictly in order), and claims again as soon as something new is enqueued — a reply
 * never waits for a whole earlier batch to finish.
 */
class Lane {
  private readonly pacer: PlatformPacer;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private pendingWake = false;
  private readonly leaseMs: number;
  private readonly maxClaimed: number;
  private readonly width: number;
  private readonly log: Logger;
  private drainWaiters: (() => void)[] = [];
  /** Sent messages whose "sent" mark is not written yet, with the platform's id for each, if any. */
  private pendingAcks: { id: string; platformMessageId: string | undefined }[] = [];
  /** Sent messages to delete rather than mark (`OutboundMessage.forgetWhenSent`). */
  private pendingForgets: string[] = [];
  private ackTimer: NodeJS.Timeout | undefined;
  /**
   * The lane's "sent" marks and claims, one after another. A claim never overlaps a mark, so a
   * message it returns was either not sent by this lane or is still in {@link sentUnmarked}.
   */
  private bookkeeping: Promise<void> = Promise.resolve();
  /** Claimed messages not yet sent, per conversation, in order. */
  private readonly waiting = new Map<string, ClaimedMessage[]>();
  /** Conversations with waiting messages and nobody sending to them yet, oldest first. */
  private readonly ready: string[] = [];
  /** Conversations being sent to, and the sender working through each. */
  private readonly senders = new Map<string, Promise<void>>();
  /** Ids of messages claimed by this lane and not yet settled (sent, given up on, or put back in the queue). */
  private readonly held = new Set<string>();
  /**
   * Ids of messages this lane sent whose "sent" mark is not committed yet. A claim that runs in
   * that window (a lease can run out meanwhile — a long stall, or a test's clock jumping ahead)
   * may return such a message again; it must not be sent twice. Ids leave the set only after their
   * mark committed, and before the next claim starts (see {@link bookkeeping}).
   */
  private readonly sentUnmarked = new Set<string>();
  /** Ids of replies handed over by the core and still held here: the backpressure signal. */
  private readonly replies = new Set<string>();
  private backlogWaiters: { limit: number; resolve: () => void }[] = [];
  private lastPrune = 0;
  /**
   * Senders waiting for the platform-wide rate: by priority, then first come, first served. During
   * a broadcast a reply goes ahead of the prompts already waiting instead of behind every sender.
   */
  private readonly turnQueue: { priority: number; address: string; go: () => void }[] = [];
  private grantingTurns = false;

  constructor(
    private readonly adapter: ChatAdapter,
    private readonly options: DeliveryWorkerOptions,
    private readonly events: DeliveryEvents,
  ) {
    // Pacing is about real elapsed time, whatever the domain clock says.
    this.pacer = new PlatformPacer(adapter.limits.messagesPerSecond, adapter.limits.perConversationIntervalMs);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    // Claim no more than can be sent well within one lease at the platform's pace.
    this.maxClaimed = Math.max(1, Math.min(200, Math.floor((adapter.limits.messagesPerSecond * this.leaseMs) / 4000)));
    this.width = options.maxConcurrentConversations ?? DEFAULT_MAX_CONCURRENT_CONVERSATIONS;
    this.log = options.logger.child({ platform: adapter.platform, component: 'delivery' });
  }

  get platform(): string {
    return this.adapter.platform;
  }

  claimFor(now: Date): OutboxClaim | undefined {
    // Replies may go beyond maxClaimed (a quarter of the lease at the platform's pace) up to
    // twice that: still sent well within their lease, and never stuck behind a broadcast.
    if (!this.running || this.held.size >= 2 * this.maxClaimed) return undefined;
    return { token: `${this.options.workerId}:direct`, leaseUntil: new Date(now.getTime() + this.leaseMs) };
  }

  handOff(message: ClaimedMessage): void {
    this.replies.add(message.id);
    if (this.running) return this.accept([message]);
    this.held.add(message.id);
    void this.release([message]).catch((err: unknown) => this.log.error({ err }, 'releasing a reply on shutdown failed'));
  }

  start(): void {
    this.running = true;
    this.loop = this.run().catch((err: unknown) => this.log.fatal({ err }, 'delivery lane crashed'));
  }

  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  whenBelow(limit: number): Promise<void> {
    if (this.replies.size < limit) return Promise.resolve();
    return new Promise((resolve) => this.backlogWaiters.push({ limit, resolve }));
  }

  /** Resolves once a claim finds nothing due and nothing claimed is still unsent. */
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
    // Nobody will send what is still waiting: back to the queue, for this or another instance.
    const unstarted = this.ready.splice(0).flatMap((address) => this.take(address));
    await this.release(unstarted);
    await Promise.all(this.senders.values());
    await this.flushAcks();
    for (const resolve of this.drainWaiters.splice(0)) resolve();
    for (const waiter of this.backlogWaiters.splice(0)) waiter.resolve();
  }

  private async run(): Promise<void> {
    const { store, clock, workerId } = this.options;
    while (this.running) {
      this.pendingWake = false;
      const room = this.maxClaimed - this.held.size;
      let claimed: ClaimedMessage[] = [];
      if (room > 0) {
        try {
          // What this lane sent is marked first, and nothing is marked while the claim runs.
          void this.flushAcks();
          claimed = await this.afterMarks(() => store.repos.outbox.claimDue(this.adapter.platform, clock.now(), this.leaseMs, room, workerId, this.adapter.addresses));
        } catch (err) {
          this.log.error({ err }, 'claiming outbox messages failed');
        }
      }
      if (claimed.length > 0) {
        this.accept(claimed);
        if (claimed.length === room) continue; // there may be more due right now
      } else if (room > 0 && this.held.size === 0) {
        for (const resolve of this.drainWaiters.splice(0)) resolve();
      }
      await this.idle();
    }
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

  /** Queues freshly claimed messages behind their conversation's and starts senders. */
  private accept(claimed: ClaimedMessage[]): void {
    for (const message of claimed) {
      // Claimed again while still held here (its lease ran out mid-send), or sent and about to be
      // marked so: the send under way or done counts, and the pending mark settles the row.
      if (this.held.has(message.id) || this.sentUnmarked.has(message.id)) continue;
      this.held.add(message.id);
      const queue = this.waiting.get(message.address);
      if (queue) queue.push(message);
      else {
        this.waiting.set(message.address, [message]);
        if (!this.senders.has(message.address)) this.markReady(message.address);
      }
    }
    this.startSenders();
    const now = Date.now();
    if (now - this.lastPrune >= 1_000) {
      this.pacer.prune();
      this.lastPrune = now;
    }
  }

  private startSenders(): void {
    while (this.running && this.ready.length > 0 && this.senders.size < this.width + (this.priorityOf(this.ready[0]!) > 0 ? REPLY_SENDERS : 0)) {
      const address = this.ready.shift()!;
      const sender = this.sendConversation(address)
        .catch((err: unknown) => this.log.error({ err }, 'a delivery sender failed'))
        .finally(() => {
          this.senders.delete(address);
          // Messages claimed for it while the sender was finishing wait for the next sender.
          if (this.waiting.has(address)) this.markReady(address);
          this.startSenders();
        });
      this.senders.set(address, sender);
    }
  }

  /** The priority of a conversation's next waiting message. */
  private priorityOf(address: string): number {
    return this.waiting.get(address)?.[0]?.priority ?? 0;
  }

  /**
   * Queues a conversation for a sender: by the priority of its next message (risk alerts, then
   * replies to people who are talking to us, then prompts and notices), first come first served.
   */
  private markReady(address: string): void {
    insertByPriority(this.ready, address, (other) => this.priorityOf(other));
  }

  /** Takes everything waiting for `address`. */
  private take(address: string): ClaimedMessage[] {
    const queue = this.waiting.get(address) ?? [];
    this.waiting.delete(address);
    return queue;
  }

  /**
   * Sends one conversation's waiting messages in order, including any claimed meanwhile. After a
   * message waits for a retry, the ones behind it wait too, so the conversation keeps its order.
   */
  private async sendConversation(address: string): Promise<void> {
    let blocked = false;
    for (;;) {
      const message = this.waiting.get(address)?.shift();
      if (!message) break;
      if (!this.running) {
        await this.release([message, ...this.take(address)]);
        break;
      }
      if (blocked) {
        await this.postpone(message);
        continue;
      }
      const delivered = await this.sendOne(message);
      this.claimSettled([message]);
      if (!delivered) blocked = true;
    }
    if (this.waiting.get(address)?.length === 0) this.waiting.delete(address);
  }

  /** Claimed messages this lane is done with: sent, given up on, or back in the outbox. */
  private claimSettled(messages: readonly ClaimedMessage[]): void {
    const before = this.held.size;
    for (const message of messages) this.held.delete(message.id);
    // The claim loop may be waiting for room — it claims again once half the room is free, so a
    // claim (a sort over everything due) takes many messages, not one — or for the last send
    // before it reports drained.
    const lowWater = Math.floor(this.maxClaimed / 2);
    if ((before > lowWater && this.held.size <= lowWater) || (this.held.size === 0 && this.drainWaiters.length > 0)) this.wake();
    for (const message of messages) this.replies.delete(message.id);
    if (this.backlogWaiters.length === 0) return;
    const still = this.backlogWaiters.filter((waiter) => this.replies.size >= waiter.limit);
    for (const waiter of this.backlogWaiters) if (this.replies.size < waiter.limit) waiter.resolve();
    this.backlogWaiters = still;
  }

  /**
   * Waits until a message may go: first for the conversation's own pace (nobody else waits for
   * that), then for the platform-wide rate, granted by priority and in arrival order within one — so
   * a sender is never passed over by equals, and a reply is not stuck behind a broadcast.
   */
  private async waitForTurn(message: ClaimedMessage): Promise<void> {
    const { address, priority } = message;
    for (let wait = this.pacer.conversationWait(address); wait > 0; wait = this.pacer.conversationWait(address)) await sleep(wait);
    await new Promise<void>((go) => {
      insertByPriority(this.turnQueue, { priority, address, go }, (waiter) => waiter.priority);
      if (!this.grantingTurns) void this.grantTurns();
    });
  }

  /** Grants the platform's rate to the front of the turn queue, one at a time. */
  private async grantTurns(): Promise<void> {
    this.grantingTurns = true;
    try {
      for (let next = this.turnQueue[0]; next; next = this.turnQueue[0]) {
        const wait = this.pacer.reserve(next.address);
        // Look again after waiting: someone with a higher priority may have arrived meanwhile.
        if (wait > 0) await sleep(wait);
        else this.turnQueue.shift()!.go();
      }
    } finally {
      this.grantingTurns = false;
    }
  }

  /**
   * Sent messages are marked in small batches (one statement per {@link ACK_FLUSH_MS} or
   * {@link ACK_BATCH} messages). A crash inside that window means those few are sent again after
   * their lease expires — delivery is at-least-once either way; batching just keeps the database
   * off the hot path.
   */
  private acknowledge(message: ClaimedMessage, platformMessageId: string | undefined): void {
    this.sentUnmarked.add(message.id);
    if (message.message.forgetWhenSent) this.pendingForgets.push(message.id);
    else this.pendingAcks.push({ id: message.id, platformMessageId });
    if (this.pendingAcks.length + this.pendingForgets.length >= ACK_BATCH) void this.flushAcks();
    else this.ackTimer ??= setTimeout(() => void this.flushAcks(), ACK_FLUSH_MS);
  }

  async flushAcks(): Promise<void> {
    clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    const marks = this.pendingAcks.splice(0);
    const forget = this.pendingForgets.splice(0);
    if (marks.length === 0 && forget.length === 0) return this.bookkeeping;
    const ids = marks.map((mark) => mark.id);
    // Each id with its own message's platform id: the batch mixes conversations and messages.
    const platformMessageIds = new Map(marks.flatMap((mark) => (mark.platformMessageId === undefined ? [] : [[mark.id, mark.platformMessageId] as const])));
    const { outbox } = this.options.store.repos;
    this.bookkeeping = this.bookkeeping
      .then(async () => {
        await outbox.markSentMany(ids, this.options.clock.now(), platformMessageIds);
        await outbox.forget(forget);
        this.emit({ type: 'recorded', outboxIds: [...ids, ...forget], platform: this.adapter.platform });
      })
      .catch((err: unknown) => this.log.error({ err, count: ids.length + forget.length }, 'marking messages sent failed; they will be re-sent after their lease'))
      .then(() => (forget.length > 0 ? this.scrubAfterForgetting() : undefined))
      .finally(() => {
        for (const id of [...ids, ...forget]) this.sentUnmarked.delete(id);
      });
    return this.bookkeeping;
  }

  /** After deleting sent messages that were to be forgotten: their earlier images leave the database files. */
  private async scrubAfterForgetting(): Promise<void> {
    try {
      await this.options.store.scrubFreedSpace(['OutboxMessage']);
    } catch (err) {
      this.log.error({ err }, 'scrubbing the space of forgotten messages failed');
    }
  }

  /** Runs a claim after the marks already queued, and before any queued later. */
  private afterMarks<T>(claim: () => Promise<T>): Promise<T> {
    const result = this.bookkeeping.then(claim);
    this.bookkeeping = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  private emit(event: DeliveryEvent): void {
    try {
      this.events.emit('delivery', event);
    } catch (err) {
      // A listener's bug never stops delivery.
      this.log.error({ err, event: event.type }, 'a delivery event listener threw');
    }
  }

  /** Returns true when the message is done with (sent or dead-lettered), false when it waits for a retry. */
  private async sendOne(message: ClaimedMessage): Promise<boolean> {
    const { store, clock, maxAttempts } = this.options;
    const outbox = store.repos.outbox;
    const about = { outboxId: message.id, address: message.address, platform: this.adapter.platform, idempotencyKey: message.idempotencyKey };
    const retry = async (retryAt: Date, error: string, rateLimited = false) => {
      await outbox.markRetry(message.id, retryAt, error);
      this.emit({ type: 'retried', ...about, error, retryAt, rateLimited });
    };
    const settle = async (type: 'dead' | 'unknown', error: string) => {
      await (type === 'dead' ? outbox.markDead(message.id, error) : outbox.markUnknown(message.id, error));
      this.emit({ type, ...about, error });
    };
    await this.waitForTurn(message);
    try {
      const progress = {
        partsSent: message.partsSent,
        partSent: async (index: number) => {
          // A split message records each part as it goes; a retry or another instance resumes after it.
          message.partsSent = Math.max(message.partsSent, index + 1);
          await outbox.recordPartSent(message.id, message.partsSent);
        },
      };
      const receipt = await this.sendOrReplace(message, progress);
      this.acknowledge(message, receipt.platformMessageId);
      this.emit({ type: 'sent', ...about, ...(receipt.platformMessageId !== undefined && { platformMessageId: receipt.platformMessageId }) });
      return true;
    } catch (err) {
      const name = err instanceof Error ? err.name : 'Error';
      const context = { outboxId: message.id, attempts: message.attempts, error: name };
      if (err instanceof AdapterRateLimitError) {
        this.pacer.backOff(message.address, err.retryAfterMs, err.global);
        // A 429 is the platform pacing us, not a failure of the message: it does not use up attempts.
        await retry(new Date(clock.now().getTime() + err.retryAfterMs), name, true);
        this.log.warn({ ...context, retryAfterMs: err.retryAfterMs }, 'rate limited; retrying after the requested wait');
        return false;
      }
      if (err instanceof AdapterNotFoundError || err instanceof AdapterValidationError) {
        await settle('dead', name);
        this.log.error(context, 'message cannot be delivered; dead-lettered');
        return true;
      }
      if (err instanceof AdapterNetworkError && err.ambiguous) {
        if (resendableOnce(message) && message.attempts < 2) {
          await retry(new Date(clock.now().getTime() + backoffMs(message.attempts)), name);
          this.log.warn(context, 'delivery outcome unknown; a prompt may be sent once more');
          return false;
        }
        await settle('unknown', name);
        this.log.warn(context, 'delivery outcome unknown (the request may have arrived); not re-sent automatically');
        return true;
      }
      if (message.attempts >= maxAttempts) {
        await settle('dead', name);
        this.log.error(context, 'giving up after the maximum number of attempts; dead-lettered');
        return true;
      }
      const backoff = backoffMs(message.attempts, err instanceof AdapterAuthError);
      await retry(new Date(clock.now().getTime() + backoff), name);
      this.log.warn({ ...context, retryInMs: backoff }, 'send failed; will retry');
      return false;
    }
  }

  /**
   * Hands the message to the adapter: an edit replaces the message it names where the platform can
   * (else it goes out as a new one, see `deliverable()`), and when the platform refuses that one
   * edit (the message was deleted or is too old), the message is sent as a new one at once.
   */
  private async sendOrReplace(message: ClaimedMessage, progress: SendProgress): Promise<SendReceipt> {
    const outbound = deliverable(message.message, this.adapter.capabilities);
    try {
      return await this.adapter.send(message.address, outbound, progress);
    } catch (err) {
      if (!(err instanceof AdapterEditRefusedError) || !outbound.edit) throw err;
      this.log.info({ outboxId: message.id, error: err.name }, 'the platform refused an edit; sending the message as a new one');
      return this.adapter.send(message.address, asNewMessage(outbound), progress);
    }
  }

  private async postpone(message: ClaimedMessage): Promise<void> {
    const dueAt = new Date(this.options.clock.now().getTime() + 1_000);
    await this.options.store.repos.outbox.markRetry(message.id, dueAt, 'waiting-for-earlier');
    this.claimSettled([message]);
  }

  private async release(messages: ClaimedMessage[]): Promise<void> {
    const now = this.options.clock.now();
    for (const message of messages) await this.options.store.repos.outbox.markRetry(message.id, now, 'released-on-shutdown');
    this.claimSettled(messages);
  }
}

/** Puts `item` behind everything of its priority or higher: highest first, first come first served within one. */
function insertByPriority<T>(queue: T[], item: T, priorityOf: (entry: T) => number): void {
  const priority = priorityOf(item);
  const behind = queue.findIndex((entry) => priorityOf(entry) < priority);
  queue.splice(behind === -1 ? queue.length : behind, 0, item);
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
