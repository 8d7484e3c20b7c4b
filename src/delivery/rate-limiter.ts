/**
 * Pacing for one platform: a token bucket for the platform-wide rate, a minimum interval per
 * conversation, and pauses when the platform says "too many requests" (globally or for one chat).
 */
export class PlatformPacer {
  /**
   * The bucket holds a fifth of a second's worth: sends are spread evenly instead of bursting a
   * whole second's allowance at once (platforms measure over sliding windows).
   */
  private readonly capacity: number;
  private tokens: number;
  private lastRefill: number;
  private pausedUntil = 0;
  private readonly nextAllowedByAddress = new Map<string, number>();

  constructor(
    private readonly messagesPerSecond: number,
    private readonly perConversationIntervalMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.capacity = Math.max(1, Math.ceil(messagesPerSecond / 5));
    this.tokens = this.capacity;
    this.lastRefill = now();
  }

  /** Milliseconds to wait before a message to `address` may go; 0 means now (and takes a token). */
  reserve(address: string): number {
    const now = this.now();
    this.refill(now);
    const addressWait = (this.nextAllowedByAddress.get(address) ?? 0) - now;
    const pauseWait = this.pausedUntil - now;
    const tokenWait = this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.messagesPerSecond) * 1000);
    const wait = Math.max(addressWait, pauseWait, tokenWait, 0);
    if (wait > 0) return wait;
    this.tokens -= 1;
    this.nextAllowedByAddress.set(address, now + this.perConversationIntervalMs);
    return 0;
  }

  /** Milliseconds until `address` itself may receive again (its interval, its own retry-after); takes nothing. */
  conversationWait(address: string): number {
    return Math.max((this.nextAllowedByAddress.get(address) ?? 0) - this.now(), 0);
  }

  /** The platform asked us to wait: for everyone (`global`) or for one conversation. */
  backOff(address: string, retryAfterMs: number, global: boolean): void {
    const until = this.now() + retryAfterMs;
    if (global) this.pausedUntil = Math.max(this.pausedUntil, until);
    else this.nextAllowedByAddress.set(address, Math.max(this.nextAllowedByAddress.get(address) ?? 0, until));
  }

  /** Drops per-conversation entries that no longer constrain anything. */
  prune(): void {
    const now = this.now();
    for (const [address, until] of this.nextAllowedByAddress) if (until <= now) this.nextAllowedByAddress.delete(address);
  }

  private refill(now: number): void {
    const elapsed = now - this.lastRefill;
    if (elapsed <= 0) return;
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed / 1000) * this.messagesPerSecond);
    this.lastRefill = now;
  }
}
