import type { TestChat } from './chat.js';

/** Walks onboarding with buttons: consent, timezone, prompt time, no code. */
export async function onboard(chat: TestChat, options: { timezone?: string; promptTime?: string; code?: string } = {}): Promise<void> {
  await chat.send('/start');
  await chat.expectReply(/Welcome to Between/);
  await chat.press('Yes, I agree');
  await chat.expectReply(/Which timezone/);
  if (options.timezone) await chat.send(options.timezone);
  else await chat.press('US Eastern');
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
