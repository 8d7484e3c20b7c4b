import type { Gate } from './gate.js';

interface Unit<Tx> {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommitOptions<Tx> {
  /** SQLite's gate: one transaction (or standalone statement) on the connection at a time. */
  gate: Gate;
  /** Runs `body` in one database transaction; rejects when it did not commit. */
  transaction: (body: (tx: Tx) => Promise<void>) => Promise<void>;
  /** Runs a statement on the transaction's connection (for savepoints). */
  execute: (sql: string) => void;
  /** Whether the connection is still inside a transaction (after a failed one). */
  inTransaction: () => boolean;
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

  constructor(private readonly options: GroupCommitOptions<Tx>) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // One turn at the gate per unit; a turn whose unit went out with an earlier batch is a no-op.
      void this.options.gate.run(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    const units = this.waiting.splice(0, this.options.maxUnits);
    if (units.length === 0) return;
    const outcomes: Outcome[] = [];
    try {
      await this.options.transaction(async (tx) => {
        if (units.length === 1) {
          // Alone: a failure rolls back the whole (one-unit) transaction, as usual.
          outcomes.push({ ok: true, value: await units[0]!.work(tx) });
          return;
        }
        for (const unit of units) {
          this.options.execute('SAVEPOINT unit');
          try {
            const value = await unit.work(tx);
            this.options.execute('RELEASE unit');
            outcomes.push({ ok: true, value });
          } catch (error) {
            this.options.execute('ROLLBACK TO unit');
            this.options.execute('RELEASE unit');
            outcomes.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      // A COMMIT that fails (a deferred constraint, say) can leave SQLite inside the transaction;
      // end it here, while this batch still holds the connection, so nothing of it lingers.
      try {
        if (this.options.inTransaction()) this.options.execute('ROLLBACK');
      } catch {
        // Nothing more to undo; the units' errors below say what went wrong.
      }
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
