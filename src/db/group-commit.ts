import { MAX_BUSY_STRETCH_MS } from './gate.js';

interface Unit<Tx> {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommitOptions<Tx> {
  /**
   * Runs `body` in one database transaction; rejects when it did not commit. (On SQLite the
   * transaction waits its turn at the connection's gate, src/db/sqlite-gated-adapter.ts, and a
   * failed COMMIT is rolled back there.)
   */
  transaction: (body: (tx: Tx) => Promise<void>) => Promise<void>;
  /** Runs a savepoint statement in the open transaction. */
  execute: (sql: string) => Promise<void>;
  /** Most units of work in one transaction. */
  maxUnits: number;
}

/**
 * Group commit for SQLite. Transactions there run one after another anyway (one connection, one
 * writer), so when several units of work are waiting, they share one BEGIN … COMMIT: each runs in
 * its own savepoint, so one that fails is rolled back alone and reports its own error, while the
 * others commit together. Each caller's promise settles only after the shared COMMIT (or its
 * failure, which fails every unit in it) — nothing is reported done before it is durable.
 *
 * With nobody else waiting, a unit gets a transaction of its own, exactly as before. Under load this
 * saves the per-transaction cost (Prisma's interactive transaction, the COMMIT's WAL write) for all
 * but one unit per batch.
 */
export class GroupCommit<Tx> {
  private readonly waiting: Unit<Tx>[] = [];
  private draining = false;

  constructor(private readonly options: GroupCommitOptions<Tx>) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  /**
   * One transaction at a time: whoever arrives while one runs goes into the next. A long queue
   * would otherwise run batch after batch as promise resolutions, keeping the event loop from
   * network I/O until it is empty; after a stretch of {@link MAX_BUSY_STRETCH_MS} the next batch
   * waits one turn of the loop.
   */
  private async drain(): Promise<void> {
    this.draining = true;
    let stretchStarted = performance.now();
    try {
      while (this.waiting.length > 0) {
        if (performance.now() - stretchStarted >= MAX_BUSY_STRETCH_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          stretchStarted = performance.now();
        }
        await this.flush(this.waiting.splice(0, this.options.maxUnits));
      }
    } finally {
      this.draining = false;
    }
  }

  private async flush(units: Unit<Tx>[]): Promise<void> {
    const outcomes: Outcome[] = [];
    try {
      await this.options.transaction(async (tx) => {
        if (units.length === 1) {
          // Alone: a failure rolls back the whole (one-unit) transaction, as usual.
          outcomes.push({ ok: true, value: await units[0]!.work(tx) });
          return;
        }
        for (const unit of units) {
          await this.options.execute('SAVEPOINT unit');
          try {
            const value = await unit.work(tx);
            await this.options.execute('RELEASE unit');
            outcomes.push({ ok: true, value });
          } catch (error) {
            await this.options.execute('ROLLBACK TO unit');
            await this.options.execute('RELEASE unit');
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // Nothing committed: every unit fails — with its own error where it had one.
      units.forEach((unit, index) => {
        const outcome = outcomes[index];
        unit.reject(outcome && !outcome.ok ? outcome.error : error);
      });
      return;
    }
    units.forEach((unit, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }
}
