import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { freshDatabase, scratchDir, type TestDatabase } from '../helpers/databases.js';

const MESSAGES = 2_000;

function startWorker(url: string, key: string, sentFile: string, id: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/worker-process.ts'], {
    env: { ...process.env, DATABASE_URL: url, KEY: key, SENT_FILE: sentFile, WORKER_ID: id },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

describe.skipIf(!process.env.TEST_POSTGRES_URL)('several instances on PostgreSQL', () => {
  let testDb: TestDatabase;
  const children: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of children) child.kill('SIGKILL');
    await testDb?.dispose();
  });

  it('two worker processes share the outbox with no double sends', async () => {
    testDb = await freshDatabase('postgresql');
    const key = generateDataKey();
    const database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(key));
    const now = new Date();
    for (let i = 0; i < MESSAGES; i++) {
      await store.repos.outbox.enqueue({ idempotencyKey: `k${i}`, address: `test:${i % 50}`, message: { text: `m${i}` }, dueAt: now });
    }
    const sentFile = join(scratchDir('multi-'), 'sent.txt');
    children.push(...(await Promise.all([startWorker(testDb.url, key, sentFile, 'a'), startWorker(testDb.url, key, sentFile, 'b')])));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await store.repos.outbox.countByStatus()).sent !== MESSAGES) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const lines = existsSync(sentFile) ? readFileSync(sentFile, 'utf8').trim().split('\n') : [];
    expect(lines).toHaveLength(MESSAGES);
    expect(new Set(lines).size).toBe(MESSAGES);
    const claimedBy = await database.prisma.outboxMessage.findMany({ select: { claimedBy: true } });
    const workers = new Set(claimedBy.map((row) => row.claimedBy?.split(':')[0]));
    expect(workers).toEqual(new Set(['a', 'b'])); // both did part of the work
    await database.close();
  });
});
