import { describe, expect, it } from 'vitest';
import { storePerTest } from '../helpers/databases.js';

// SQLite's gate hands the connection from one waiter to the next by resolving promises, which on
// its own never lets the event loop run. Under load that stalled network I/O (replies, requests)
// for hundreds of milliseconds; the gate now yields a turn after a stretch of work.
describe('the SQLite gate under a long queue', () => {
  const open = storePerTest('sqlite');

  it('lets timers and I/O run while hundreds of transactions wait their turn', async () => {
    const { database, store } = await open();
    const turns: number[] = [];
    const started = performance.now();
    const ticker = setInterval(() => turns.push(performance.now() - started), 1);
    const work = Array.from({ length: 400 }, (_, i) =>
      store.transaction(async (repos) => {
        await repos.processedUpdates.markProcessed(`gate:${i}`, new Date());
        await repos.conversations.save(`test:${i}`, { personId: null, active: { flow: 'x', step: 'y', version: 1, data: { i } }, draft: null });
        await repos.audit.record({ actor: 'test', action: 'gate' }, new Date()); // and a Prisma statement
      }),
    );
    await Promise.all(work);
    const elapsed = performance.now() - started;
    clearInterval(ticker);
    expect(await database.prisma.processedUpdate.count()).toBe(400);
    // The loop turned throughout, not only once everything was done.
    const during = turns.filter((at) => at < elapsed - 5);
    expect(elapsed).toBeGreaterThan(50);
    expect(during.length).toBeGreaterThan(1);
    const longestGap = Math.max(...[0, ...during, elapsed].map((at, index, all) => (index === 0 ? 0 : at - all[index - 1]!)));
    expect(longestGap).toBeLessThan(300); // generous: a stretch is 25 ms, plus one group of transactions
  });
});
