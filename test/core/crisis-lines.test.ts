import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from '../../src/core/messages.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

const CRISIS = 'I keep thinking everyone would be better off without me';

/** Walks onboarding up to the country question for `timezone` and returns that question's text. */
async function upToCountry(chat: TestChat, timezone: string): Promise<string> {
  await chat.send('/start');
  await chat.expectReply(/Which language should I use/);
  await chat.press('English');
  await chat.expectReply(/Welcome to Between/);
  await chat.press('Yes, I agree');
  await chat.expectReply(/Which timezone/);
  await chat.send(timezone);
  return plainText((await chat.expectReply()).text);
}

async function finishOnboarding(chat: TestChat): Promise<string> {
  await chat.expectReply(/When should I send your daily check-in/);
  await chat.send('20:00');
  await chat.expectReply(/enrollment code/);
  await chat.press('No');
  return plainText((await chat.expectReply(/You’re all set/)).text);
}

async function crisisReply(chat: TestChat): Promise<string> {
  await chat.send(CRISIS);
  return plainText((await chat.expectReply(/I’m really glad you told me/)).text);
}

describe.each(PROVIDERS)('crisis lines by place on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('offers Germany for Europe/Berlin, stores DE when accepted, and names TelefonSeelsorge and 112, never 988 or 911', async () => {
    chat = await TestChat.start({ provider });
    expect(await upToCountry(chat, 'Europe/Berlin')).toMatch(/It looks like you’re in Germany — is that right\?/);
    await chat.press('Yes');
    expect(await finishOnboarding(chat)).toContain('Country: Germany');
    expect(await chat.app.database.prisma.person.findFirstOrThrow({ select: { country: true } })).toEqual({ country: 'DE' });

    const crisis = await crisisReply(chat);
    expect(crisis).toContain('TelefonSeelsorge');
    expect(crisis).toContain('0800 111 0 111');
    expect(crisis).toContain('call 112');
    expect(crisis).not.toMatch(/\b(988|911)\b/);

    await chat.send('/helplines');
    const helplines = await chat.expectReply(/Crisis lines for Germany/);
    expect(helplines.urgent).toBe(true);
    expect(plainText(helplines.text)).toContain('0800 111 0 111');
    expect(plainText(helplines.text)).not.toMatch(/\b(988|911)\b/);

    await chat.send('/help');
    const help = plainText((await chat.expectReply(/What I can do/)).text);
    expect(help).toContain('/helplines');
    expect(help).not.toMatch(/\b(988|911)\b/);

    // The safety plan's step 5 suggests the person's own crisis line.
    await chat.send('/safetyplan');
    await chat.expectReply(/Step 1 — Warning signs/);
    for (const step of [2, 3, 4, 5]) {
      await chat.send('skip');
      const question = plainText((await chat.expectReply(new RegExp(`Step ${step} —`))).text);
      if (step === 5) {
        expect(question).toContain('A crisis line where you are: TelefonSeelsorge, 0800 111 0 111');
        expect(question).not.toMatch(/\b(988|911)\b/);
      }
    }
  });

  it('gives a New York client 988 and 911', async () => {
    chat = await TestChat.start({ provider });
    expect(await upToCountry(chat, 'America/New_York')).toMatch(/It looks like you’re in the United States — is that right\?/);
    await chat.press('Yes');
    await finishOnboarding(chat);
    const crisis = await crisisReply(chat);
    expect(crisis).toContain('988');
    expect(crisis).toContain('call 911');
    expect(crisis).not.toContain('112');
  });

  it('asks again, kindly, for a country it does not know, keeping everything so far; takes names in the country’s own language', async () => {
    chat = await TestChat.start({ provider });
    await upToCountry(chat, 'Europe/Berlin');
    await chat.send('no');
    await chat.expectReply(/Which country do you live in\?/);
    await chat.send('Atlantis');
    const reply = plainText((await chat.expectReply()).text);
    expect(reply).toMatch(/I don’t know a country called “Atlantis”/);
    expect(reply).toMatch(/Which country do you live in\?/); // the question again
    await chat.send('Espana'); // accents optional
    await chat.expectReply(/When should I send your daily check-in/); // the timezone answer was kept
    await chat.send('20:00');
    await chat.expectReply(/enrollment code/);
    await chat.press('No');
    await chat.expectReply(/You’re all set.\nTimezone: Berlin .*\nCountry: Spain/);
    expect(await chat.app.database.prisma.person.findFirstOrThrow({ select: { timezone: true, country: true } })).toEqual({ timezone: 'Europe/Berlin', country: 'ES' });
    expect(await crisisReply(chat)).toContain('024');
  });

  it('asks outright when the timezone has no country, and accepts a name one letter off', async () => {
    chat = await TestChat.start({ provider });
    expect(await upToCountry(chat, 'UTC')).toMatch(/Which country do you live in\?/);
    await chat.send('Gremany'); // one letter swapped
    await finishOnboarding(chat);
    expect((await chat.app.database.prisma.person.findFirstOrThrow()).country).toBe('DE');
  });

  it('changes the lines when the country is changed in /settings; a person without one gets their timezone’s', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat, { timezone: 'Europe/Berlin' });
    const { prisma } = chat.app.database;
    // As for people who joined before the country was asked: nothing stored, derived from the timezone.
    await prisma.person.updateMany({ data: { country: null } });
    expect(await crisisReply(chat)).toContain('0800 111 0 111');

    await chat.send('/settings');
    await chat.expectReply(/Country \(for crisis lines\): Germany \(from your timezone\)/);
    await chat.press('Country (for crisis lines)');
    const question = await chat.expectReply(/Now: Germany \(from your timezone\)\.\nWhich country do you live in\?/);
    expect(question.choices?.map((c) => c.label)).toEqual(['Keep Germany']);
    await chat.send('Österreich');
    await chat.expectReply(/Country \(for crisis lines\): Austria\n/);
    await chat.press('Done');
    await chat.expectReply(/Your crisis lines now follow Austria/);
    expect((await prisma.person.findFirstOrThrow()).country).toBe('AT');

    const crisis = await crisisReply(chat);
    expect(crisis).toContain('TelefonSeelsorge');
    expect(crisis).toContain('142');
    expect(crisis).not.toContain('0800 111 0 111');
  });
});
