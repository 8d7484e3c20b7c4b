/**
 * Longest stretch the gate hands SQLite's connection from one waiter straight to the next. Hand-offs
 * are promise resolutions, so a long queue of transactions would otherwise keep the event loop from
 * network I/O (replies being sent, requests being read) until it is empty; after this long the next
 * hand-off waits one turn of the event loop. (Measured with `npm run bench:inbound`: unbounded,
 * stalls reached 200–280 ms under saturation; at 10 ms throughput fell; 25–40 ms kept both.)
 */
export const MAX_BUSY_STRETCH_MS = 25;

/**
 * An async mutex with two queues, for SQLite's single connection: standalone statements (the
 * delivery worker's claims and acknowledgements, the scheduler's claims — each a few milliseconds)
 * go before queued transactions, so replies keep flowing while many conversations are being
 * handled. FIFO within each queue.
 */
export class Gate {
  private busy = false;
  private readonly quick: (() => void)[] = [];
  private readonly queued: (() => void)[] = [];
  private stretchStarted = 0;

  constructor(private readonly maxBusyStretchMs = MAX_BUSY_STRETCH_MS) {}

  /** How many are waiting for the connection. */
  get waiting(): number {
    return this.quick.length + this.queued.length;
  }

  private readonly onWait: (() => void)[] = [];

  /** Resolves when someone next has to wait for the connection (for tests to see a statement held back). */
  nextWait(): Promise<void> {
    return new Promise((resolve) => this.onWait.push(resolve));
  }

  async run<T>(task: () => Promise<T>, quick = false): Promise<T> {
    const release = await this.acquire(quick);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /**
   * Waits for the connection and returns the function that hands it on — for a holder whose end
   * is not one callback (a transaction: held from BEGIN until commit or rollback). Call it once.
   */
  async acquire(quick = false): Promise<() => void> {
    if (this.busy) {
      const turn = new Promise<void>((resolve) => (quick ? this.quick : this.queued).push(resolve));
      for (const waiter of this.onWait.splice(0)) waiter();
      await turn;
    } else {
      this.busy = true;
      this.stretchStarted = performance.now();
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.handOn();
    };
  }

  private handOn(): void {
    const next = this.quick.shift() ?? this.queued.shift();
    if (!next) {
      this.busy = false;
      return;
    }
    if (performance.now() - this.stretchStarted < this.maxBusyStretchMs) return next();
    setImmediate(() => {
      this.stretchStarted = performance.now();
      next();
    });
  }
}
