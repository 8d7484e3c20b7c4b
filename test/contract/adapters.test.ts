import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRIVERS, type ChatDriver } from './drivers.js';

/**
 * The adapter contract: what a person notices must not depend on the platform. The same scenarios
 * run through the console (its streams), Telegram (grammY against the fake Bot API) and Discord
 * (discord.js against the fake gateway and REST API), each with the real app on a fresh SQLite
 * database. Differences a platform forces are declared by its driver (`buttons`,
 * `maxUserMessageChars`), never by testing the platform's name.
 */
describe.each(DRIVERS)('adapter contract: $name', (factory) => {
  let chat: ChatDriver;

  beforeEach(async () => {
    chat = factory.create();
    await chat.start();
  });

  afterEach(async () => {
    await chat?.stop();
  });

  async function onboard(): Promise<void> {
    await chat.send('/start');
    await chat.nextReply(/Welcome to Between/);
    await chat.press('Yes, I agree');
    await chat.nextReply(/Which timezone/);
    await chat.send('Berlin');
    await chat.nextReply(/It looks like you’re in Germany — is that right\?/);
    await chat.press('Yes');
    await chat.nextReply(/When should I send your daily check-in.*Berlin/s);
    await chat.press('20:00');
    await chat.nextReply(/enrollment code/);
    await chat.press('No');
  }

  it('onboards: consent, a typed timezone, a prompt time and no code', async () => {
    await onboard();
    const done = await chat.nextReply(/You’re all set/);
    expect(done).toContain('Daily check-in: 20:00');
    expect(done).toMatch(/Timezone: .*Berlin/);
    expect(done).toContain('Country: Germany');
  });

  it('completes a check-in mixing buttons and typed answers', async () => {
    await onboard();
    await chat.nextReply(/You’re all set/);
    await chat.send('/checkin');
    await chat.nextReply(/mood right now, from 0/);
    await chat.press('6');
    await chat.nextReply(/Which emotions/);
    await chat.send('anxious, hopeful');
    await chat.nextReply(/How strong is “anxious”/);
    await chat.press('70');
    await chat.nextReply(/How strong is “hopeful”/);
    await chat.send('30');
    await chat.nextReply(/What happened/);
    await chat.press('Skip');
    await chat.nextReply(/What have you done to cope/);
    await chat.send('a walk');
    await chat.nextReply(/Anything else/);
    await chat.press('Skip');
    const summary = await chat.nextReply(/Saved\./);
    expect(summary).toContain('Saved. Mood 6/10 · anxious 70, hopeful 30 · coped with a walk.');
  });

  // Without buttons the console lists “1) Skip” under an optional question: typing 1 skips it.
  it('stores nothing for questions skipped with the Skip option', async () => {
    await onboard();
    await chat.nextReply(/You’re all set/);
    await chat.send('/checkin');
    await chat.nextReply(/mood right now/);
    await chat.press('7');
    await chat.nextReply(/Which emotions/);
    await chat.send('calm');
    await chat.nextReply(/How strong is “calm”/);
    await chat.send('60');
    await chat.nextReply(/What happened/);
    await chat.press('Skip');
    await chat.nextReply(/What have you done to cope/);
    await chat.send('breathing');
    await chat.nextReply(/Anything else/);
    await chat.press('Skip');
    await chat.nextReply(/Saved\. Mood 7\/10 · calm 60 · coped with breathing\./);
    const person = await chat.app.database.prisma.person.findFirstOrThrow({ select: { id: true } });
    const [checkIn] = await chat.app.store.repos.checkIns.listSince(person.id, new Date(0));
    expect(checkIn?.details).toEqual({});
  });

  it('answers an unknown command kindly', async () => {
    await chat.send('/frobnicate');
    expect(await chat.nextReply()).toBe('I don’t know the command /frobnicate. Type /help to see the ones I know.');
  });

  it('answers blank-looking, emoji and right-to-left messages outside a flow', async () => {
    // U+3164 (Hangul filler) is how people send a "blank" message where clients refuse whitespace.
    for (const text of ['\u3164', '😔😔😔', 'אני מרגיש עצוב היום']) {
      await chat.send(text);
      await chat.nextReply(/Type \/start to begin/);
    }
  });

  // Telegram clients cannot send more than 4,096 characters, Discord more than 2,000 (4,000 with
  // Nitro): a 10,000-character message exists only where nothing limits it (the console).
  it.skipIf(factory.maxUserMessageChars < 10_000)('answers a 10,000-character message with how long it is', async () => {
    await chat.send('a'.repeat(10_000));
    await chat.nextReply(/That message is 10,000 characters long; I can keep up to 2,000/);
  });

  it('answers the longest message the platform allows (above what the core keeps) with how long it is', async () => {
    const length = Math.min(chat.maxUserMessageChars, 10_000);
    await chat.send('b'.repeat(length));
    await chat.nextReply(new RegExp(`That message is ${length.toLocaleString('en-US')} characters long; I can keep up to 2,000`));
  });

  it('answers a crisis phrase mid-check-in with crisis resources, then carries on', async () => {
    await onboard();
    await chat.nextReply(/You’re all set/);
    await chat.send('/checkin');
    await chat.nextReply(/mood right now/);
    await chat.press('4');
    await chat.nextReply(/Which emotions/);
    await chat.send('sad');
    await chat.nextReply(/How strong is “sad”/);
    await chat.press('80');
    await chat.nextReply(/What happened/);
    await chat.send('After the call I sat in the car and thought everyone would be better off without me');
    const crisis = await chat.nextReply(/I’m really glad you told me/);
    // A Berlin client: Germany's lines, never the US ones.
    expect(crisis).toContain('0800 111 0 111');
    expect(crisis).toContain('112');
    expect(crisis).not.toMatch(/\b(988|911)\b/);
    expect(crisis).toContain('not an emergency service');
    await chat.nextReply(/What have you done to cope/);
    await chat.send('talked to someone');
    await chat.nextReply(/Anything else/);
    await chat.send('skip');
    await chat.nextReply(/Saved\. Mood 4\/10 · sad 80 · coped with talked to someone\./);
  });

  // With buttons, the earlier question's buttons are still on screen when it was answered by
  // typing, and pressing one must not count. The console has no buttons: the nearest mistake is a
  // number that is not on the current list, which gets the kind correction and the question again.
  it('recognises a stale answer and shows the current question again', async () => {
    await onboard();
    await chat.nextReply(/You’re all set/);
    await chat.send('/checkin');
    await chat.nextReply(/mood right now/);
    await chat.send('5');
    await chat.nextReply(/Which emotions/);
    if (chat.buttons) {
      await chat.pressEarlier('3', /mood right now/);
      await chat.nextReply(/That button is from an earlier question.*Which emotions/s);
    } else {
      await chat.send('42');
      await chat.nextReply(/I didn’t recognise that.*Which emotions/s);
    }
    await chat.send('calm');
    await chat.nextReply(/How strong is “calm”/);
  });

  it('lists the commands on /help', async () => {
    await chat.send('/help');
    const help = await chat.nextReply(/What I can do/);
    for (const command of ['/start', '/checkin', '/thought', '/history', '/settings', '/pause', '/export', '/delete', '/help']) {
      expect(help).toContain(command);
    }
    expect(help).toContain('not an emergency service');
  });
});
