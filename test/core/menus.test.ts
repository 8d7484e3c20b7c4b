import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { EXERCISE_KINDS } from '../../src/core/exercises/catalog.js';
import { answerMenu } from '../../src/core/menus.js';
import { plainText } from '../../src/core/messages.js';
import { PROVIDERS } from '../helpers/databases.js';
import { RecordingAdapter, TestChat } from '../helpers/chat.js';

/** A chat without buttons (as the console): choices arrive as a numbered list. */
class ListOnlyAdapter extends RecordingAdapter {
  override readonly capabilities = { ...new RecordingAdapter().capabilities, buttons: false };
}
import { onboard } from '../helpers/flows.js';

/** Sends a message and expects the next reply. */
async function say(chat: TestChat, text: string, expected: RegExp | string) {
  await chat.send(text);
  return chat.expectReply(expected);
}

const FREE_TEXT = /Thanks for writing/;

describe('answerMenu (typed answers to a menu outside a flow)', () => {
  const menu = EXERCISE_KINDS.map((kind) => ({ id: `x.s.${kind.kind}`, label: kind.label }));
  const picked = (text: string) => {
    const answer = answerMenu(menu, text);
    return answer.kind === 'choice' ? answer.choice.label : answer.kind;
  };

  it('takes the number as listed, the name in any case, with a typo, emoji or punctuation, and one distinctive word', () => {
    expect(picked('1')).toBe('Safety plan');
    expect(picked(' 4) ')).toBe('Reflective journaling');
    expect(picked('#3')).toBe('Mindfulness practice');
    expect(picked('Safety plan')).toBe('Safety plan');
    expect(picked('SAFETY PLAN!')).toBe('Safety plan');
    expect(picked('🧘 mindfulness practice')).toBe('Mindfulness practice');
    expect(picked('mindfullness')).toBe('Mindfulness practice');
    expect(picked('Journalling')).toBe('Reflective journaling');
  });

  it('says when a number is out of range, and leaves free text, ambiguous words and emoji alone', () => {
    expect(answerMenu(menu, '12')).toEqual({ kind: 'outOfRange', number: 12, count: menu.length });
    expect(answerMenu(menu, '0')).toEqual({ kind: 'outOfRange', number: 0, count: menu.length });
    expect(picked('I had a rough day and made a plan')).toBe('none');
    expect(picked('practice')).toBe('none'); // "Mindfulness practice" and "Communication practice"
    expect(picked('💛')).toBe('none');
    expect(picked('ok')).toBe('none');
  });
});

describe.each(PROVIDERS)('menus outside a flow answer typed numbers and names on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('/exercise: a number, a name with a typo, mixed case; an out-of-range number gets a kind reply and the menu again', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await say(chat, '/exercise', /Which exercise would you like to do/);
    await say(chat, '1', /Step 1 — Warning signs/);
    await say(chat, 'cancel', /Stop the safety plan/);
    await say(chat, 'yes', /stopped the safety plan/);

    await say(chat, '/exercise', /Which exercise/);
    await say(chat, '4', /Today’s prompt/); // the fourth, not free text
    await say(chat, 'cancel', /Stop the reflective journaling/);
    await say(chat, 'yes', /stopped/);

    await say(chat, '/exercise', /Which exercise/);
    const outOfRange = await say(chat, '12', `There’s no option 12 here — the options go from 1 to ${EXERCISE_KINDS.length}`);
    expect(outOfRange.choices?.map((choice) => choice.label)).toEqual(EXERCISE_KINDS.map((kind) => kind.label));
    await say(chat, 'mindfullness', /Which practice would you like to do/);
    await say(chat, 'cancel', /Stop the mindfulness practice/);
    await say(chat, 'yes', /stopped/);

    await say(chat, '/exercise', /Which exercise/);
    await say(chat, 'SAFETY plan', /Step 1 — Warning signs/);
    await say(chat, 'cancel', /Stop/);
    await say(chat, 'yes', /stopped/);
    // Free text after a reply without a menu is still free text.
    await say(chat, '/history', /Your mood, last 7 days/);
    await say(chat, '1', FREE_TEXT);
  });

  it('crisis language at a menu is screened first, never taken as a choice', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await say(chat, '/exercise', /Which exercise/);
    const response = await say(chat, 'I want to kill myself', /988|crisis|emergency/i);
    expect(response.urgent).toBe(true);
    expect(await chat.app.database.prisma.conversation.count({ where: { flow: { not: null } } })).toBe(0); // no exercise started
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(1);
  });

  it('/triggers: "1" maps a trigger', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await say(chat, '/triggers', /Your trigger map is empty/);
    await say(chat, '1', /Trigger:/);
    await say(chat, 'cancel', /Stop the trigger map/);
    await say(chat, 'yes', /stopped/);
    await say(chat, '/triggers', /empty/);
    await say(chat, '2', /There’s only one option here, so 2 doesn’t match it — type 1 or its name/);
    await say(chat, 'map a triger', /unfinished trigger map from earlier/); // the draft kept at cancel
    await say(chat, 'start over', /Trigger:/);
  });

  it('the Done under timed guidance: "1" asks the stress rating and closes the practice', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/exercise mindfulness', /Which practice/);
    await say(chat, 'box breathing', /how stressed do you feel right now/);
    await say(chat, '6', /In for 4, hold for 4/);
    // Typed before Done has been shown: not yet an answer.
    await say(chat, 'done', FREE_TEXT);
    clock.advance(5_000 + 4 * 16_000);
    for (let round = 1; round <= 4; round++) await chat.expectReply(new RegExp(`Round ${round} of 4`));
    const last = await chat.expectReply(/That’s 4 rounds/);
    expect(last.choices?.map((choice) => choice.label)).toEqual(['Done']);
    await say(chat, '1', /How stressed do you feel now, from 0 to 10/);
    await say(chat, '2', /Box breathing done.*Stress 6 → 2/s);
    expect(await chat.app.database.prisma.exerciseEntry.findFirstOrThrow()).toMatchObject({ kind: 'mindfulness', status: 'done' });
  });

  it('where there are no buttons, nothing says "press": the menu hint and the end of timed guidance say to type', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ provider, clock, adapter: new ListOnlyAdapter() });
    await onboard(chat);
    const menu = await say(chat, '/exercise', /Which exercise/);
    expect(plainText(menu.text)).toContain('Type the number or the name of one, or type /exercise and a name');
    expect(plainText(menu.text)).not.toMatch(/press/i);
    await say(chat, '3', /Which practice/);
    await say(chat, '1', /how stressed/);
    await say(chat, 'calm', /isn’t a number I can use — please type a whole number from 0 to 10\./);
    await say(chat, '5', /Box breathing\. In for 4/);
    clock.advance(5_000 + 4 * 16_000);
    for (let round = 1; round <= 4; round++) await chat.expectReply(/Round/);
    const last = await chat.expectReply(/That’s 4 rounds/);
    expect(plainText(last.text)).toContain('When you’re ready, type 1 (Done) and tell me how you feel.');
    await say(chat, '1', /How stressed do you feel now/);
  });

  it('a partner confirmation: the inviter types "1" (or "yes, start") to confirm', async () => {
    chat = await TestChat.start({ provider, user: 'alex' });
    const sam = chat.as('sam');
    await onboard(chat);
    await onboard(sam);
    await say(chat, '/partner invite', /What name should your partner see/);
    await say(chat, 'Alex', /What would you like your partner to see/);
    await chat.press('Check-in + mood');
    const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainText((await chat.expectReply(/partner code/)).text))![1]!;
    await say(sam, `/partner join ${code}`, /Alex would like you/);
    await say(sam, 'Sam', /What would you like your partner to see/);
    await sam.press('Just “checked in ✓”');
    await sam.expectReply(/Start the partnership/);
    await sam.press('Yes, ask them to confirm');
    await sam.expectReply(/asked Alex to confirm/);
    await chat.expectReply(/Sam accepted your invitation/);
    await say(chat, 'yes start', /You’re partners now/);
    await sam.expectReply(/You’re partners now/);
    expect(await chat.app.database.prisma.partnership.count({ where: { status: 'active' } })).toBe(1);
  });

  it('/homework: its buttons start the homework; typed by number or name; an old list\'s button gets a kind reply', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    const personId = (await chat.app.database.prisma.person.findFirstOrThrow()).id;
    for (const kind of ['checkin', 'mindfulness', 'custom']) {
      await chat.app.store.repos.homework.assign({ personId, kind, cadence: 'daily', instructions: kind === 'custom' ? 'Call a friend' : null, at: new Date() });
    }
    const list = await say(chat, '/homework', /Your homework/);
    const labels = list.choices?.map((choice) => choice.label) ?? [];
    expect(labels).toHaveLength(3);
    expect(labels.slice(0, 2)).toEqual([expect.stringContaining('Emotion check-in'), expect.stringContaining('Mindfulness practice')]);
    await say(chat, '2', /Which practice would you like to do/);
    await say(chat, 'cancel', /Stop/);
    await say(chat, 'yes', /stopped/);
    await say(chat, '/homework', /Your homework/);
    await say(chat, 'emotion check-in', /mood right now, from 0/);
    await say(chat, 'cancel', /Stop/);
    await say(chat, 'yes', /stopped/);
    await say(chat, '/homework', /Your homework/);
    await say(chat, '4', /There’s no option 4 here — the options go from 1 to 3/);
    await chat.pressId('hw.no-such-assignment');
    await chat.expectReply(/That homework has ended or isn’t yours any more/);
  });

  it('/assessment who5 with a draft of another questionnaire starts the WHO-5; with a WHO-5 draft it offers the draft', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await say(chat, '/assessment gad7', /Feeling nervous, anxious, or on edge/);
    await say(chat, '1', /Not being able to stop or control worrying/);
    await say(chat, 'cancel', /Stop the questionnaire/);
    await say(chat, 'yes', /answers are kept for 24 hours/);
    await say(chat, '/assessment who5', /I have felt cheerful and in good spirits/);
    await say(chat, 'cancel', /Stop the questionnaire/);
    await say(chat, 'yes', /answers are kept/);
    await say(chat, '/assessment who5', /unfinished questionnaire from earlier/);
    await say(chat, 'start over', /I have felt cheerful and in good spirits/);
  });
});
