import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText } from '../../src/core/messages.js';
import { SHARE_LEVELS } from '../../src/core/partners/sharing.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

const SECRET = 'Thought-canary-7731';

/** Alex (New York) invites Sam (Berlin); both confirm. Returns the code used. */
async function pair(alex: TestChat, sam: TestChat, shares: { alex: string; sam: string } = { alex: 'Check-in + mood', sam: 'Just “checked in ✓”' }) {
  await alex.send('/partner invite');
  await alex.expectReply(/What name should your partner see/);
  await alex.send('Alex');
  await alex.expectReply(/What would you like your partner to see/);
  await alex.press(shares.alex);
  const code = /Your partner code: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainText((await alex.expectReply(/partner code/)).text))![1]!;
  await sam.send(`/partner join ${code}`);
  await sam.expectReply(/Alex would like you as their accountability partner/);
  await sam.send('Sam');
  await sam.expectReply(/What would you like your partner to see/);
  await sam.press(shares.sam);
  // Each side reads the other's share as "they", their own as "you".
  const theirs = (label: string) => SHARE_LEVELS.find((level) => level.label === label)!.theirs;
  const mine = (label: string) => SHARE_LEVELS.find((level) => level.label === label)!.explanation;
  const summary = plainText((await sam.expectReply(/Start the partnership\?/)).text);
  expect(summary).toContain(`Your partner will share ${theirs(shares.alex)}.\nYou will share ${mine(shares.sam)}, as “Sam”.`);
  await sam.press('Yes, ask them to confirm');
  await sam.expectReply(/asked Alex to confirm/);
  const asked = plainText((await alex.expectReply(/Sam accepted your invitation/)).text);
  expect(asked).toContain(`They will share ${theirs(shares.sam)}; you will share ${mine(shares.alex)}.`);
  await alex.press('Yes, start');
  await alex.expectReply(/You’re partners now/);
  await sam.expectReply(/You’re partners now/);
  await alex.send('/partner');
  expect(plainText((await alex.expectReply(/Accountability partner/)).text)).toContain(`• Sam shares ${theirs(shares.sam)}. You share ${mine(shares.alex)}.`);
  return code;
}

async function checkIn(chat: TestChat, mood: string): Promise<void> {
  await chat.send('/checkin');
  await chat.expectReply(/mood/);
  await chat.send(mood);
  await chat.expectReply(/emotions/);
  await chat.send('sad');
  await chat.expectReply(/How strong/);
  await chat.send('60');
  await chat.expectReply(/What happened/);
  await chat.send(`${SECRET} trigger`);
  await chat.expectReply(/cope/);
  await chat.send('none');
  await chat.expectReply(/Anything else/);
  await chat.send(`${SECRET} note`);
  await chat.expectReply(/Saved/);
}

describe.each(PROVIDERS)('accountability partners on %s', (provider) => {
  let alex: TestChat;
  afterEach(async () => alex?.stop());

  it('pairs with a code, both confirm, and each sees only what the other consented to', async () => {
    const clock = new ManualClock(new Date('2026-03-02T15:00:00Z'));
    alex = await TestChat.start({ provider, clock, user: 'alex' });
    const sam = alex.as('sam');
    // Morning check-in prompts, so the evening ticks below carry only the digests.
    await onboard(alex, { timezone: 'America/New_York', promptTime: '08:00' });
    await onboard(sam, { timezone: 'Europe/Berlin', promptTime: '08:00' });
    await pair(alex, sam);
    const samSeenBefore = sam.received.length;

    // Things that must never reach a partner: thought records, questionnaire answers, check-in text.
    await alex.send('/thought');
    await alex.expectReply(/Situation/);
    await alex.send(`${SECRET} situation`);
    await alex.expectReply(/Moods/);
    await alex.send('cancel');
    await alex.expectReply(/Stop/);
    await alex.press('Yes, stop');
    await alex.expectReply(/stopped/);
    await checkIn(alex, '6');
    await alex.send('/partner note Long day, proud I went out');
    await alex.expectReply(/won’t see notes/); // Alex shares mood, not notes

    // Digests at each receiver's own 21:00: Berlin first (20:00Z), New York later (02:00Z next day).
    clock.set('2026-03-02T20:00:00Z');
    await alex.app.scheduler.tick();
    const samDigest = await sam.expectReply(/Your partner today/);
    expect(plainText(samDigest.text)).toContain('Alex: checked in ✓ · mood 6/10');
    await alex.expectNoReply();
    clock.set('2026-03-03T02:00:00Z');
    await alex.app.scheduler.tick();
    const alexDigest = await alex.expectReply(/Your partner today/);
    expect(plainText(alexDigest.text)).toContain('Sam: no update yet'); // never negative
    expect(plainText(alexDigest.text)).not.toMatch(/miss|fail|didn/i);

    // Alex lowers the share level in /settings: the next digest shows no mood.
    await alex.send('/settings');
    await alex.expectReply(/Your settings/);
    await alex.press('Partner sharing');
    await alex.expectReply(/accountability partner see/);
    await alex.press('Just “checked in ✓”');
    await alex.expectReply(/Your settings/);
    await alex.press('Done');
    await alex.expectReply(/Your partner now sees only whether you checked in today/);
    clock.set('2026-03-03T14:00:00Z'); // 09:00 in New York
    await checkIn(alex, '4');
    clock.set('2026-03-03T20:00:00Z');
    await alex.app.scheduler.tick();
    const next = await sam.expectReply(/Your partner today/);
    expect(plainText(next.text)).toContain('Alex: checked in ✓');
    expect(plainText(next.text)).not.toContain('mood');

    // Consent-leak check over every payload the partner received once paired.
    expect(sam.received.length).toBeGreaterThan(samSeenBefore);
    for (const message of sam.received.slice(samSeenBefore)) {
      const text = JSON.stringify(message);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('Long day');
      expect(text).not.toMatch(/therapist|telegram|discord|test:alex/i);
    }
  });

  it('/cheer with no partner says so at once, before any message is chosen', async () => {
    alex = await TestChat.start({ provider, user: 'alex' });
    await onboard(alex);
    const reply = await (async () => {
      await alex.send('/cheer');
      return alex.expectReply();
    })();
    expect(plainText(reply.text)).toBe('You don’t have an active partner at the moment. /partner invite gets you a code to share.');
    expect(reply.choices ?? []).toEqual([]);
    await alex.expectNoReply();
  });

  it('shares notes only at the note level, cheers with limits, and withholds crisis language', async () => {
    alex = await TestChat.start({ provider, user: 'alex' });
    const sam = alex.as('sam');
    await onboard(alex);
    await onboard(sam);
    await pair(alex, sam, { alex: 'Check-in + mood + a note', sam: 'Just “checked in ✓”' });
    await alex.send('/partner note Made it to group today');
    await alex.expectReply(/will see it in today’s digest/);

    await alex.send('/cheer');
    await alex.expectReply(/What would you like to send/);
    await alex.press('One step at a time 🌱');
    await alex.expectReply(/Sent/);
    await sam.expectReply(/Alex sent you some encouragement: “One step at a time 🌱”/);
    await alex.send('/cheer You can do this, Sam!');
    await alex.expectReply(/Sent/);
    await sam.expectReply(/You can do this, Sam!/);
    await alex.send('/partner update Walked 20 minutes');
    await alex.expectReply(/Sent to your partner/);
    await sam.expectReply(/An update from Alex: “Walked 20 minutes”/);

    await alex.send('/partner update I want to kill myself');
    await alex.expectReply(/glad you told me/);
    await alex.expectReply(/haven’t passed that message on/);
    await sam.expectNoReply();

    for (let i = 0; i < 3; i++) {
      await alex.send(`/cheer cheer ${i}`);
      await alex.expectReply(/Sent/);
    }
    await alex.send('/cheer one too many');
    await alex.expectReply(/daily limit/);
    await alex.send(`/cheer ${'x'.repeat(201)}`);
    await alex.expectReply(/up to 200/);
  });

  it('refuses expired, reused, own and guessed codes, and limits attempts', async () => {
    const clock = new ManualClock(new Date('2026-03-02T15:00:00Z'));
    alex = await TestChat.start({ provider, clock, user: 'alex' });
    const sam = alex.as('sam');
    const kim = alex.as('kim');
    await onboard(alex);
    await onboard(sam);
    await onboard(kim);
    const code = await pair(alex, sam);
    await kim.send(`/partner join ${code}`);
    await kim.expectReply(/already been used/);
    await alex.send(`/partner join ${code}`);
    await alex.expectReply(/already been used|already partners/);

    await kim.send('/partner invite');
    await kim.expectReply(/name/);
    await kim.send('Kim');
    await kim.expectReply(/see each day/);
    await kim.press('Just “checked in ✓”');
    const kimCode = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainText((await kim.expectReply(/partner code/)).text))![1]!;
    await kim.send(`/partner join ${kimCode}`);
    await kim.expectReply(/your own code/);
    await alex.send(`/partner join ${kimCode}`);
    await alex.expectReply(/already have a partner/);
    clock.advance(49 * 60 * 60 * 1000);
    await sam.send('/partner end');
    await sam.expectReply(/has ended/);
    await alex.expectReply(/partnership with Sam has ended/);
    await alex.send(`/partner join ${kimCode}`);
    await alex.expectReply(/expired/);

    for (const guess of ['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC', 'DDDD-DDDD']) {
      await alex.send(`/partner join ${guess}`);
      await alex.expectReply(/couldn’t find that code/);
    }
    await alex.send('/partner join EEEE-EEEE');
    await alex.expectReply(/Too many codes/);
  });

  it('block ends it and prevents re-pairing; /delete ends partnerships with a neutral notice', async () => {
    alex = await TestChat.start({ provider, user: 'alex' });
    const sam = alex.as('sam');
    await onboard(alex);
    await onboard(sam);
    await pair(alex, sam);
    await sam.send('/partner block');
    await sam.expectReply(/won’t be paired again/);
    const notice = await alex.expectReply(/has ended/);
    expect(plainText(notice.text)).not.toMatch(/block/i);

    await alex.send('/partner invite');
    await alex.expectReply(/name/);
    await alex.send('Alex');
    await alex.expectReply(/see each day/);
    await alex.press('Just “checked in ✓”');
    const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainText((await alex.expectReply(/partner code/)).text))![1]!;
    await sam.send(`/partner join ${code}`);
    await sam.expectReply(/can’t be used/);

    const kim = alex.as('kim');
    await onboard(kim);
    await kim.send(`/partner join ${code}`);
    await kim.expectReply(/would like you/);
    await kim.send('Kim');
    await kim.expectReply(/see each day/);
    await kim.press('Just “checked in ✓”');
    await kim.expectReply(/Start the partnership/);
    await kim.press('Yes, ask them to confirm');
    await kim.expectReply(/asked Alex/);
    await alex.expectReply(/Kim accepted your invitation/);
    await alex.press('Yes, start');
    await alex.expectReply(/partners now/);
    await kim.expectReply(/partners now/);

    await kim.send('/delete');
    await kim.expectReply(/Delete everything/);
    await kim.press('Yes, delete everything');
    await kim.expectReply(/Last check/);
    await kim.press('Delete permanently');
    await kim.expectReply(/has been deleted/);
    await alex.expectReply(/partnership with Kim has ended/);
    expect(await alex.app.database.prisma.partnership.count({ where: { status: 'active' } })).toBe(0);
  });
});
