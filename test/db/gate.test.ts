import { describe, expect, it } from 'vitest';
import { Gate, MAX_BUSY_STRETCH_MS } from '../../src/db/gate.js';
import type { TxRepositories } from '../../src/db/store.js';
import { storePerTest } from '../helpers/databases.js';

/** Keeps this thread busy for `ms` (a stand-in for a statement's CPU time). */
function busyFor(ms: number): Promise<void> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin
  }
  return Promise.resolve();
}

// SQLite's gate hands the connection from one waiter to the next by resolving promises, which on
// its own never lets the event loop run. Under load that stalled network I/O (replies, requests)
// for hundreds of milliseconds; the gate now yields a turn after a stretch of work.
describe('the SQLite gate', () => {
  it('lets the event loop turn once a stretch of back-to-back work is longer than its limit', async () => {
    const gate = new Gate();
    const finished: number[] = [];
    let finishedWhenLoopTurned: number | undefined;
    setImmediate(() => (finishedWhenLoopTurned = finished.length));
    await Promise.all([0, 1, 2].map((i) => gate.run(() => busyFor(MAX_BUSY_STRETCH_MS + 5)).then(() => finished.push(i))));
    // Without the yield, the loop would turn only after all three.
    expect(finishedWhenLoopTurned).toBe(1);
  });

  it('hands on straight away within a stretch, standalone statements first', async () => {
    const gate = new Gate(60_000);
    const order: string[] = [];
    let loopTurned = false;
    setImmediate(() => (loopTurned = true));
    const first = gate.run(async () => {
      order.push('tx1');
      await Promise.resolve();
    });
    const queued = gate.run(async () => void order.push('tx2'));
    const quick = gate.run(async () => void order.push('quick'), true);
    await Promise.all([first, queued, quick]);
    expect(order).toEqual(['tx1', 'quick', 'tx2']);
    expect(loopTurned).toBe(false);
  });

  describe('under a long queue of real transactions', () => {
    const open = storePerTest('sqlite');

    it('is inside the driver adapter: even the bare Prisma client waits for an open transaction', async () => {
      const { database, store } = await open();
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => (entered = resolve));
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const doomed = store.transaction(async (repos) => {
        await repos.processedUpdates.markProcessed('uncommitted', new Date());
        entered();
        await held;
        throw new Error('rolled back');
      });
      await inside;
      // Run inside the open transaction, this count would see the uncommitted row (1); at the
      // gate it waits, and counts after the rollback (0).
      const gate = database.sqlite!.gate;
      const heldBack = gate.nextWait();
      const count = database.prisma.processedUpdate.count().then((n) => n); // a PrismaPromise runs once awaited
      await heldBack;
      expect(gate.waiting).toBe(1);
      release();
      await expect(doomed).rejects.toThrow('rolled back');
      expect(await count).toBe(0);
    });

    it('gives a transaction’s repositories their own type', async () => {
      const { store } = await open();
      const needsTransaction = (repos: TxRepositories) => repos.processedUpdates;
      // @ts-expect-error — the standalone repositories are not bound to a transaction
      expect(() => needsTransaction(store.repos)).not.toThrow();
      expect(await store.transaction(async (repos) => needsTransaction(repos).markProcessed('typed', new Date()))).toBe(true);
    });

    it('lets timers and I/O run while hundreds of transactions wait their turn', async () => {
      const { database, store } = await open();
      let done = 0;
      const seenByTicks: number[] = [];
      const ticker = setInterval(() => seenByTicks.push(done), 1);
      const work = Array.from({ length: 400 }, (_, i) =>
        store
          .transaction(async (repos) => {
            await repos.processedUpdates.markProcessed(`gate:${i}`, new Date());
            await repos.conversations.save(`test:${i}`, { personId: null, active: { flow: 'x', step: 'y', version: 1, data: { i } }, draft: null });
            await repos.audit.record({ actor: 'test', action: 'gate' }, new Date()); // and a Prisma statement
          })
          .then(() => done++),
      );
      await Promise.all(work);
      clearInterval(ticker);
      expect(await database.prisma.processedUpdate.count()).toBe(400);
      // The loop turned while work was still queued, not only once everything was done.
      expect(seenByTicks.some((count) => count > 0 && count < 400)).toBe(true);
    });
  });
});
