import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { createExerciseFollowUpJob } from '../../src/core/exercises/follow-up-job.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

describe.each(PROVIDERS)('exercise follow-up job on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('sends each due follow-up once, even with several instances racing, and never early', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    const { prisma } = chat.app.database;
    const repos = chat.app.store.repos;
    const client = await prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    await prisma.person.create({ data: { id: 'no-address', role: 'client' } });
    const due = new Date('2026-01-16T01:00:00Z');
    const entry = (personId: string, fields: { status?: 'open' | 'done'; followUpAt: Date }) =>
      repos.exercises.create({ personId, kind: 'behavioral_experiment', content: { experiment: 'Ask for help', prediction: 'No' }, localDate: '2026-01-15', status: fields.status ?? 'open', followUpAt: fields.followUpAt, at: clock.now() });
    const open = await Promise.all(Array.from({ length: 5 }, () => entry(client.id, { followUpAt: due })));
    const later = await entry(client.id, { followUpAt: new Date('2026-01-17T01:00:00Z') });
    await entry(client.id, { status: 'done', followUpAt: due });
    const orphan = await entry('no-address', { followUpAt: due });

    const instances = [createExerciseFollowUpJob({ store: chat.app.store, batchSize: 2 }), createExerciseFollowUpJob({ store: chat.app.store, batchSize: 2 })];
    expect(await instances[0]!.run(new Date('2026-01-16T00:59:59Z'))).toBe(0);
    const results = await Promise.all([...instances, ...instances].map((job) => job.run(due)));
    expect(results.reduce((a, b) => a + b, 0)).toBe(5);
    const sent = await prisma.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: 'experiment:' } } });
    expect(sent.map((m) => m.idempotencyKey).sort()).toEqual(open.map((id) => `experiment:${id}`).sort());
    expect(sent.every((m) => m.address === chat.address)).toBe(true);
    expect(await instances[1]!.run(due)).toBe(0);
    // Claimed once: the orphan (no address to send to) is not tried again; the later one waits.
    expect(await prisma.exerciseEntry.findUniqueOrThrow({ where: { id: orphan } })).toMatchObject({ status: 'open', followUpAt: null });
    expect((await prisma.exerciseEntry.findUniqueOrThrow({ where: { id: later } })).followUpAt).toEqual(new Date('2026-01-17T01:00:00Z'));
    expect(await repos.exercises.claimFollowUp(later, new Date('2026-01-17T01:00:00Z'))).toBe(true);
    expect(await repos.exercises.claimFollowUp(later, new Date('2026-01-17T01:00:00Z'))).toBe(false);
  });
});
