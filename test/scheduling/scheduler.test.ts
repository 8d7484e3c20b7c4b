import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText } from '../../src/core/messages.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/** A client in New York (UTC−5 in January) with a 20:00 prompt, onboarded at 09:00 local. */
async function setUp(provider: 'sqlite' | 'postgresql', env: Record<string, string> = {}) {
  const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
  const chat = await TestChat.start({ provider, clock, env });
  await onboard(chat); // US Eastern, 20:00
  return { chat, clock };
}

async function doCheckIn(chat: TestChat): Promise<void> {
  await chat.send('/checkin');
  await chat.expectReply(/mood/);
  await chat.send('7');
  await chat.expectReply(/emotions/);
  await chat.send('calm');
  await chat.expectReply(/How strong/);
  await chat.send('50');
  await chat.expectReply(/What happened/);
  await chat.send('skip');
  await chat.expectReply(/cope/);
  await chat.send('none');
  await chat.expectReply(/Anything else/);
  await chat.send('skip');
  await chat.expectReply(/Saved/);
}

describe.each(PROVIDERS)('daily prompts on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('prompts at the local time once, with buttons that start a check-in', async () => {
    const setup = await setUp(provider);
    chat = setup.chat;
    const { clock } = setup;
    expect(await chat.app.scheduler.tick()).toEqual({ prompted: 0, skipped: 0, followedUp: 0 });
    clock.set('2026-01-16T00:59:00Z'); // 19:59 local
    expect((await chat.app.scheduler.tick()).prompted).toBe(0);
    clock.set('2026-01-16T01:00:30Z'); // 20:00:30 local
    const [first, second] = await Promise.all([chat.app.scheduler.tick(), chat.app.scheduler.tick()]);
    expect(first.prompted + second.prompted).toBe(1);
    const prompt = await chat.expectReply(/Time for your daily check-in/);
    expect(prompt.choices?.map((c) => c.label)).toEqual(['Check in now', 'In an hour', 'Not today']);
    await chat.press('Check in now');
    await chat.expectReply(/mood right now/);
    await chat.expectNoReply();
    const schedule = await chat.app.database.prisma.promptSchedule.findFirstOrThrow();
    expect(schedule).toMatchObject({ lastLocalDate: '2026-01-15', nextLocalDate: '2026-01-16', nextDueAt: new Date('2026-01-17T01:00:00Z') });
  });

  it('does not prompt once the check-in is done that day, and follows up once otherwise', async () => {
    const setup = await setUp(provider);
    chat = setup.chat;
    const { clock } = setup;
    await doCheckIn(chat); // 09:00 local on the 15th
    clock.set('2026-01-16T01:00:00Z');
    expect(await chat.app.scheduler.tick()).toMatchObject({ prompted: 0, skipped: 1 });
    clock.set('2026-01-17T01:00:00Z'); // 20:00 on the 16th: not done yet
    expect((await chat.app.scheduler.tick()).prompted).toBe(1);
    await chat.expectReply(/daily check-in/);
    clock.set('2026-01-17T02:59:00Z');
    expect((await chat.app.scheduler.tick()).followedUp).toBe(0);
    clock.set('2026-01-17T03:00:00Z'); // two hours later
    expect((await chat.app.scheduler.tick()).followedUp).toBe(1);
    const nudge = await chat.expectReply(/A gentle nudge/);
    expect(plainText(nudge.text)).not.toMatch(/miss|fail|forgot|streak/i);
    clock.set('2026-01-17T05:00:00Z');
    expect((await chat.app.scheduler.tick()).followedUp).toBe(0);
  });

  it('never follows up inside quiet hours, snoozes for an hour, and respects "Not today"', async () => {
    const setup = await setUp(provider);
    chat = setup.chat;
    const { clock } = setup;
    await chat.app.database.prisma.person.updateMany({ data: { quietStart: '21:30', quietEnd: '07:00' } });
    clock.set('2026-01-16T01:00:00Z');
    await chat.app.scheduler.tick();
    await chat.expectReply(/daily check-in/);
    clock.set('2026-01-16T03:00:00Z'); // 22:00 local: quiet
    expect((await chat.app.scheduler.tick()).followedUp).toBe(0);

    clock.set('2026-01-17T01:00:00Z');
    await chat.app.scheduler.tick();
    await chat.expectReply(/daily check-in/);
    await chat.press('In an hour');
    await chat.expectReply(/remind you in an hour/);
    clock.set('2026-01-17T01:30:00Z');
    expect((await chat.app.database.prisma.promptSchedule.findFirstOrThrow()).followUpAt).not.toBeNull();
    await chat.app.database.prisma.person.updateMany({ data: { quietStart: null, quietEnd: null } });
    clock.set('2026-01-17T02:00:00Z');
    expect((await chat.app.scheduler.tick()).followedUp).toBe(1);
    await chat.expectReply(/reminder you asked for/);

    clock.set('2026-01-18T01:00:00Z');
    await chat.app.scheduler.tick();
    await chat.expectReply(/daily check-in/);
    await chat.press('Not today');
    await chat.expectReply(/I’ll check in tomorrow/);
    clock.set('2026-01-18T04:00:00Z');
    expect((await chat.app.scheduler.tick()).followedUp).toBe(0);
  });

  it('respects /pause and /resume', async () => {
    const setup = await setUp(provider);
    chat = setup.chat;
    const { clock } = setup;
    await chat.send('/pause 2');
    await chat.expectReply(/Paused/);
    for (const day of ['2026-01-16T01:00:00Z', '2026-01-17T01:00:00Z']) {
      clock.set(day);
      expect(await chat.app.scheduler.tick()).toMatchObject({ prompted: 0, skipped: 1 });
    }
    clock.set('2026-01-18T01:00:00Z');
    expect((await chat.app.scheduler.tick()).prompted).toBe(1);
  });

  it('catches up prompts missed by less than the grace window, skips older ones', async () => {
    const setup = await setUp(provider);
    chat = setup.chat;
    const { clock } = setup;
    clock.set('2026-01-16T02:30:00Z'); // down since before 20:00; back at 21:30 local
    expect((await chat.app.scheduler.tick()).prompted).toBe(1);
    await chat.expectReply(/daily check-in/);
    clock.set('2026-01-17T04:00:00Z'); // 23:00 local, three hours late
    expect(await chat.app.scheduler.tick()).toMatchObject({ prompted: 0, skipped: 1 });
    await chat.expectNoReply();
    const schedule = await chat.app.database.prisma.promptSchedule.findFirstOrThrow();
    expect(schedule.nextDueAt).toEqual(new Date('2026-01-18T01:00:00Z'));
  });

  it('a timezone change mid-day does not bring a second prompt that local day', async () => {
    const setup = await setUp(provider);
    chat = setup.chat;
    const { clock } = setup;
    clock.set('2026-01-16T01:00:00Z'); // 20:00 New York, 15th
    await chat.app.scheduler.tick();
    await chat.expectReply(/daily check-in/);
    await chat.send('/settings');
    await chat.expectReply(/Your settings/);
    await chat.press('Timezone');
    await chat.expectReply(/Which timezone/);
    await chat.send('Pacific/Honolulu'); // 15:00 on the 15th there
    await chat.expectReply(/Honolulu/);
    await chat.press('Done');
    await chat.expectReply(/Saved/);
    clock.set('2026-01-16T06:00:00Z'); // 20:00 Honolulu, still the 15th
    expect((await chat.app.scheduler.tick()).prompted).toBe(0);
    clock.set('2026-01-17T06:00:00Z'); // 20:00 Honolulu on the 16th
    expect((await chat.app.scheduler.tick()).prompted).toBe(1);
  });

  it('enqueues a prompt at most once per person, kind and local date', async () => {
    const setup = await setUp(provider);
    chat = setup.chat;
    const { clock } = setup;
    clock.set('2026-01-16T01:00:00Z');
    await chat.app.scheduler.tick();
    // Force the same occurrence to fire again (as if a lease expired mid-way in another instance).
    await chat.app.database.prisma.promptSchedule.updateMany({ data: { nextDueAt: new Date('2026-01-16T01:00:00Z'), nextLocalDate: '2026-01-15', lastLocalDate: null } });
    await chat.app.scheduler.tick();
    const prompts = await chat.app.database.prisma.outboxMessage.count({ where: { idempotencyKey: { startsWith: 'prompt:' } } });
    expect(prompts).toBe(1);
  });
});
