import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';
import { hashEnrollmentCode } from '../../src/db/repositories/care.js';
import { plainText } from '../../src/core/messages.js';

describe.each(PROVIDERS)('onboarding on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('walks consent, timezone, prompt time and creates one person', async () => {
    chat = await TestChat.start({ provider });
    await chat.send('/start');
    const language = await chat.expectReply(/Which language should I use/);
    expect(language.choices?.map((c) => c.label)).toEqual(['English', 'Español', 'Deutsch']);
    await chat.press('English');
    const welcome = await chat.expectReply(/not an emergency service/);
    expect(welcome.choices?.map((c) => c.label)).toEqual(['Yes, I agree', 'No']);
    await chat.press('Yes, I agree');
    await chat.expectReply(/Which timezone/);
    await chat.send('Mars/Olympus');
    await chat.expectReply(/couldn’t find a timezone for “Mars\/Olympus”/);
    await chat.send('berlin');
    const guess = await chat.expectReply(/It looks like you’re in Germany — is that right\?/);
    expect(guess.choices?.map((c) => c.label)).toEqual(['Yes', 'Choose another']);
    await chat.press('Yes');
    await chat.expectReply(/Berlin \(UTC\+0[12]:00\)/);
    await chat.send('25:00');
    await chat.expectReply(/Please give a time of day/);
    await chat.send('7:30pm');
    await chat.expectReply(/enrollment code/);
    // `skip` here: what the code is for and how to go on without one, then the question again.
    await chat.send('skip');
    const skipped = await chat.expectReply(/An enrollment code comes from your therapist/);
    expect(plainText(skipped.text)).toContain('No code, or not now? Choose No — everything works without one, and you can add it later in /settings.');
    expect(plainText(skipped.text)).not.toContain('can’t be skipped');
    expect(skipped.choices?.map((c) => c.label)).toEqual(['Yes, I have a code', 'No']);
    await chat.press('No');
    await chat.expectReply(/You’re all set.\nTimezone: Berlin .*Daily check-in: 19:30.\nCountry: Germany/);

    const people = await chat.app.database.prisma.person.findMany();
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ timezone: 'Europe/Berlin', promptTime: '19:30', country: 'DE' });
    expect(people[0]!.consentedAt).not.toBeNull();

    // /start again: settings, never a second person.
    await chat.send('/start');
    await chat.expectReply(/Welcome back/);
    await chat.expectReply(/Your settings/);
    await chat.press('Done');
    await chat.expectReply(/Saved/);
    expect(await chat.app.database.prisma.person.count()).toBe(1);
  });

  it('stores nothing about someone who declines', async () => {
    chat = await TestChat.start({ provider });
    await chat.send('/start');
    await chat.expectReply(/Which language should I use/);
    await chat.press('English');
    await chat.expectReply(/Welcome/);
    await chat.press('No');
    await chat.expectReply(/I haven’t stored anything about you/);
    expect(await chat.app.database.prisma.person.count()).toBe(0);
    await chat.send('/checkin');
    await chat.expectReply(/set up first/);
  });

  it('links a therapist with a valid code, refuses used, expired and unknown ones, and limits attempts', async () => {
    chat = await TestChat.start({ provider });
    const { prisma } = chat.app.database;
    const now = new Date();
    await prisma.person.create({ data: { id: 'therapist-1', role: 'therapist' } });
    await prisma.identity.create({ data: { id: 'i-t1', personId: 'therapist-1', platform: 'slack', platformUserId: 'U1', address: 'slack:T1:D1' } });
    const code = (id: string, raw: string, expiresAt: Date) =>
      prisma.enrollmentCode.create({ data: { id, codeHash: hashEnrollmentCode(raw), therapistId: 'therapist-1', expiresAt } });
    await code('c1', 'ABCD2345EF', new Date(now.getTime() + 86_400_000));
    await code('c2', 'OLDOLD2345', new Date(now.getTime() - 1000));

    await onboard(chat, { code: 'abcd-2345-ef' });
    const links = await prisma.careLink.findMany();
    expect(links).toMatchObject([{ therapistId: 'therapist-1', endedAt: null }]);
    expect(hashEnrollmentCode('ABCD2345EF')).not.toBe(createHash('sha256').update('abcd-2345-ef').digest('hex'));

    const enter = async (value: string) => {
      await chat.send('/settings');
      await chat.expectReply(/Your settings/);
      await chat.press('Enrollment code');
      await chat.expectReply(/enrollment code/);
      await chat.send(value);
      await chat.expectReply(/Your settings/);
      await chat.press('Done');
      return chat.expectReply(/Saved/);
    };
    expect((await enter('ABCD2345EF')).text).toMatch(/already been used/);
    expect((await enter('OLDOLD2345')).text).toMatch(/expired/);
    expect((await enter('NOPE234567')).text).toMatch(/couldn’t find that code/);
    expect((await enter('x')).text).toMatch(/doesn’t look like an enrollment code/);
    await enter('NOPE234568');
    await enter('NOPE234569');
    // Five wrong codes in an hour: the sixth is not even checked.
    expect((await enter('NOPE234570')).text).toMatch(/Too many codes were tried/);
  });
});
