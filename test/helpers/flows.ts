import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import type { TestChat } from './chat.js';

/**
 * Walks onboarding with buttons: language (English), consent, timezone, country (confirms the
 * timezone's, or types `country`; skips when the timezone has none), prompt time, no code.
 */
export async function onboard(chat: TestChat, options: { timezone?: string; promptTime?: string; code?: string; country?: string } = {}): Promise<void> {
  await chat.send('/start');
  await chat.expectReply(/Which language should I use/);
  await chat.press('English');
  await chat.expectReply(/Welcome to Between/);
  await chat.press('Yes, I agree');
  await chat.expectReply(/Which timezone/);
  if (options.timezone) await chat.send(options.timezone);
  else await chat.press('US Eastern');
  const country = await chat.expectReply(/It looks like you’re in|Which country do you live in/);
  if (options.country) await chat.send(options.country);
  else if (plainText(country.text).includes('It looks like')) await chat.press('Yes');
  else await chat.press('Skip');
  await chat.expectReply(/When should I send your daily check-in/);
  await chat.send(options.promptTime ?? '20:00');
  await chat.expectReply(/enrollment code/);
  if (options.code) {
    await chat.press('Yes, I have a code');
    await chat.expectReply(/type the code/);
    await chat.send(options.code);
  } else {
    await chat.press('No');
  }
  await chat.expectReply(/You’re all set/);
}

/** Links the (only) client to a therapist reachable at `slack:T1:D1`, as an enrollment code would. */
export async function linkTherapist(chat: TestChat): Promise<void> {
  const { prisma } = chat.app.database;
  const client = await prisma.person.findFirstOrThrow({ where: { role: 'client' } });
  await prisma.person.create({ data: { id: 'therapist-1', role: 'therapist' } });
  await prisma.identity.create({ data: { id: 'i-t1', personId: 'therapist-1', platform: 'slack', platformUserId: 'U1', address: 'slack:T1:D1' } });
  await prisma.careLink.create({ data: { id: 'link-1', clientId: client.id, therapistId: 'therapist-1' } });
}

/** Sends `text` and expects the next reply to match. */
export async function say(chat: TestChat, text: string, expected: RegExp | string): Promise<OutboundMessage> {
  await chat.send(text);
  return chat.expectReply(expected);
}

/** Presses the button `label` and expects the next reply to match. */
export async function tap(chat: TestChat, label: string | RegExp, expected: RegExp | string): Promise<OutboundMessage> {
  await chat.press(label);
  return chat.expectReply(expected);
}

/**
 * Makes `chat` and `partner` accountability partners through the real flows: `chat` invites under
 * `name` sharing check-in and mood, `partner` joins as "Wren" sharing whether they checked in, and
 * both confirm.
 */
export async function pairAsPartners(chat: TestChat, partner: TestChat, name: string): Promise<void> {
  await chat.send('/partner invite');
  await chat.expectReply(/What name should your partner see/);
  await say(chat, name, /What would you like your partner to see/);
  await chat.press('Check-in + mood');
  const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainText((await chat.expectReply(/partner code/)).text))![1]!;
  await say(partner, `/partner join ${code}`, new RegExp(`${name} would like you`));
  await say(partner, 'Wren', /What would you like your partner to see/);
  await tap(partner, /checked in/, /Your partner will share/);
  await tap(partner, 'Yes, ask them to confirm', /asked/);
  await chat.expectReply(/Wren accepted your invitation/);
  await tap(chat, 'Yes, start', /You’re partners now/);
  await partner.expectReply(/You’re partners now/);
}
