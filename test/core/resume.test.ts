import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { RESUME_AFTER_PAUSE_MS } from '../../src/core/flows/engine.js';
import { plainText } from '../../src/core/messages.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard, say, tap } from '../helpers/flows.js';

const MINUTE = 60_000;
const ASKED = /^You were in the middle of your (.+) — continue, or stop for now\?$/;

describe.each(PROVIDERS)('continue or stop after a pause or a restart, on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  /** The flow's step and answers as stored. */
  const stored = async (c: TestChat) => {
    const record = await c.app.store.repos.conversations.load(c.address);
    return record?.active ? { step: record.active.step, answers: (record.active.data as { answers: Record<string, unknown> }).answers } : null;
  };

  it('after a pause longer than RESUME_AFTER_PAUSE_MS the answer waits for “continue or stop?”; Continue shows the same question, whose buttons still work', async () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/thought', /Situation/);
    const moods = await say(chat, 'The meeting ran late', /Moods/);

    // Just under the pause: answers are taken as usual.
    clock.advance(RESUME_AFTER_PAUSE_MS - MINUTE);
    await say(chat, 'anxious', /How strong was “anxious”/);
    await say(chat, 'back', /Moods/);
    const question = chat.received.at(-1)!;

    clock.advance(RESUME_AFTER_PAUSE_MS + MINUTE);
    await chat.send('sad');
    const asked = await chat.expectReply(ASKED);
    expect(plainText(asked.text)).toBe('You were in the middle of your thought record — continue, or stop for now?');
    expect(asked.choices?.map((c) => c.label)).toEqual(['Continue', 'Stop for now']);
    expect((await stored(chat))?.answers.moods).toEqual(['anxious']); // “sad” was not taken as the answer
    await chat.send('7');
    await chat.expectReply(/Please choose Continue or Stop for now\..*You were in the middle of your thought record/s);
    await chat.send('1');
    const again = await chat.expectReply();
    expect(again).toEqual(question);
    // The question's own buttons (from before the pause) work again.
    await chat.pressId(question.choices!.find((c) => c.label === 'Sad')!.id);
    await chat.expectReply(/Moods/);
    expect((await stored(chat))?.answers.moods).toEqual(['anxious', 'sad']);
    expect(moods.choices!.length).toBeGreaterThan(0);
  });

  it('“Stop for now” keeps the draft as cancel does, and the next /thought offers it', async () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/thought', /Situation/);
    await say(chat, 'The meeting ran late', /Moods/);
    clock.advance(RESUME_AFTER_PAUSE_MS + MINUTE);
    await chat.press(/Anxious/);
    await chat.expectReply(ASKED);
    await say(chat, 'stop', /Okay, I’ve stopped the thought record\. Your answers are kept for 24 hours/);
    expect(await stored(chat)).toBeNull();
    await say(chat, '/thought', /You have an unfinished thought record from earlier/);
    await tap(chat, 'Continue', /Welcome back — here is where you left off\..*Moods/s);
    expect((await stored(chat))?.answers.situation).toBe('The meeting ran late');
  });

  it('crisis language after a pause is screened first: the crisis response, never “continue or stop?”, and not an answer', async () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/checkin', /mood right now/);
    await say(chat, '4', /Which emotions/);
    await say(chat, 'sad', /How strong is “sad”/);
    await say(chat, '80', /What happened/);
    clock.advance(RESUME_AFTER_PAUSE_MS * 2);
    await say(chat, 'I sat in the car and thought everyone would be better off without me', /I’m really glad you told me/);
    await tap(chat, 'I’m safe — continue', /What happened/);
    expect((await stored(chat))?.answers.trigger).toBeUndefined();
    await say(chat, 'A hard call', /What have you done to cope/);
  });

  it('a command in the middle works as before, and touches the chat: the next answer is taken', async () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/checkin', /mood right now/);
    clock.advance(RESUME_AFTER_PAUSE_MS * 3);
    await say(chat, '/help', /What I can do/);
    await chat.expectReply(/Back to your check-in:.*mood right now/s);
    await say(chat, '6', /Which emotions/);
  });

  it('after a restart, the next answer (typed or pressed) waits for “continue or stop?”; set-up stops without a draft', async () => {
    const clock = new ManualClock(new Date('2026-04-01T09:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    const mood = await say(chat, '/checkin', /mood right now/);
    const fresh = chat.as('newcomer');
    await say(fresh, '/start', /Which language should I use/);
    await tap(fresh, 'English', /Welcome to Between/);
    await tap(fresh, 'Yes, I agree', /Which timezone/);

    clock.advance(MINUTE);
    chat = await chat.restart();
    // A button still on screen from before the restart.
    await chat.pressId(mood.choices!.find((c) => c.label === '6')!.id);
    await chat.expectReply(ASKED);
    expect((await stored(chat))?.step).toBe('mood');
    await say(chat, 'continue', /mood right now/);
    await say(chat, '6', /Which emotions/);

    const newcomer = chat.as('newcomer');
    await say(newcomer, 'US Eastern', /You were in the middle of your set-up — continue, or stop for now\?/);
    await say(newcomer, '2', /^Okay, I’ve stopped the set-up\.$/);
    expect(await newcomer.app.database.prisma.conversation.findUniqueOrThrow({ where: { address: newcomer.address } })).toMatchObject({ flow: null, draftEnc: null });
  });
});
