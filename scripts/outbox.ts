// Inspects the outbox without showing any message content.
//   npm run outbox                 counts by status
//   npm run outbox -- --dead       dead-lettered and unknown-outcome messages (id, key, platform, attempts, last error)
//   npm run outbox -- --retry ID   puts a dead or unknown message back in the queue
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';

const config = loadConfig();
await migrateDatabase(config.DATABASE_URL);
const database = await openDatabase(config.DATABASE_URL);
const outbox = database.prisma.outboxMessage;
try {
  const args = process.argv.slice(2);
  if (args[0] === '--dead') {
    const rows = await outbox.findMany({
      where: { status: { in: ['dead', 'unknown'] } },
      orderBy: { createdAt: 'desc' },
      take: 200,
      select: { id: true, idempotencyKey: true, platform: true, status: true, attempts: true, lastError: true, createdAt: true },
    });
    if (rows.length === 0) console.log('No dead-lettered or unknown-outcome messages.');
    else console.table(rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })));
  } else if (args[0] === '--retry' && args[1]) {
    const { count } = await outbox.updateMany({
      where: { id: args[1], status: { in: ['dead', 'unknown'] } },
      data: { status: 'pending', dueAt: new Date(), attempts: 0, leaseUntil: null, claimedBy: null },
    });
    console.log(count ? 'Queued again.' : 'No dead or unknown message with that id.');
  } else {
    const groups = await outbox.groupBy({ by: ['status'], _count: { _all: true } });
    console.table(Object.fromEntries(groups.map((group) => [group.status, group._count._all])));
  }
} finally {
  await database.close();
}
