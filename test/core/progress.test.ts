import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonId } from '../../src/core/buttons.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

/**
 * The progress counter ("check-in · 2/6") on every path through every flow that shows one: walking
 * forward, it never goes back, its total never changes, and the last question shows total/total.
 */

/** The counters shown above the questions, in order: `[position, total]`. */
function countersOf(messages: readonly OutboundMessage[], title: string): [number, number][] {
  const pattern = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')} · (\\d+)/(\\d+)$`, 'm');
  return messages.flatMap((message) => {
    const match = pattern.exec(plainText(message.text));
    return match ? [[Number(match[1]), Number(match[2])] as [number, number]] : [];
  });
}

/** What every walk must show: at least one counter, one total, never backwards, ending at total/total. */
function expectSteadyCounter(counters: readonly [number, number][], total: number): void {
  expect(counters.length).toBeGreaterThan(0);
  expect(new Set(counters.map(([, t]) => t))).toEqual(new Set([total]));
  counters.forEach(([position], index) => {
    if (index > 0) expect(position).toBeGreaterThanOrEqual(counters[index - 1]![0]);
  });
  expect(counters.at(-1)).toEqual([total, total]);
}

/**
 * One walk: `start` typed, then each answer typed (a string) or pressed (`{ press }`), each
 * answer after the previous reply; finally the reply matching `done`. Returns the messages shown.
 */
async function walk(chat: TestChat, start: string, answers: (string | { press: string | RegExp })[], done: RegExp): Promise<OutboundMessage[]> {
  const shown: OutboundMessage[] = [];
  await chat.send(start);
  shown.push(await chat.expectReply());
  for (const answer of answers) {
    if (typeof answer === 'string') await chat.send(answer);
    else await chat.press(answer.press);
    shown.push(await chat.expectReply());
  }
  expect(plainText(shown.at(-1)!.text)).toMatch(done);
  return shown;
}

/**
 * Answers whatever is asked by `answer(question)` until the flow has finished; returns what was
 * shown. All the replies to an answer are read (a crisis response comes with the next question).
 */
async function walkUntilDone(chat: TestChat, start: () => Promise<void>, answer: (question: OutboundMessage) => string | { press: string }): Promise<OutboundMessage[]> {
  let seen = chat.received.length;
  const repliesTo = async (send: () => Promise<void>) => {
    await send();
    await chat.app.worker.drain(10_000);
    const replies = chat.received.slice(seen);
    seen = chat.received.length;
    expect(replies.length).toBeGreaterThan(0);
    return replies;
  };
  const shown = await repliesTo(start);
  for (let turn = 0; turn < 40; turn++) {
    const conversation = await chat.app.database.prisma.conversation.findUnique({ where: { address: chat.address } });
    if (!conversation?.flow) return shown;
    const next = answer(shown.at(-1)!);
    shown.push(...(await repliesTo(() => (typeof next === 'string' ? chat.send(next) : chat.press(next.press)))));
  }
  throw new Error('the flow did not finish in 40 answers');
}

describe('progress counters: steady on every path', () => {
  let chat: TestChat;
  let users = 0;
  /** A new person in the same app (one app for the whole suite: it is slow to start). */
  const person = async (setUp = true) => {
    const next = chat.as(`person${++users}`);
    if (setUp) await onboard(next);
    return next;
  };

  beforeAll(async () => {
    chat = await TestChat.start({ env: { PHQ9_ENABLED: 'true' } });
  });
  afterAll(async () => chat?.stop());

  it('set-up: with the guessed country, another country, no country guess, a code, no code; nothing before consent', async () => {
    const paths: (string | { press: string | RegExp })[][] = [
      [{ press: 'English' }, { press: 'Yes, I agree' }, { press: 'US Eastern' }, { press: 'Yes' }, '20:00', { press: 'No' }],
      [{ press: 'English' }, { press: 'Yes, I agree' }, { press: 'UTC' }, 'Germany', '20:00', { press: 'Yes, I have a code' }, 'ABCD2345'],
      [{ press: 'English' }, { press: 'Yes, I agree' }, { press: 'Central Europe' }, { press: 'Choose another' }, { press: 'Skip' }, { press: '21:00' }, { press: 'Yes, I have a code' }, 'skip'],
    ];
    for (const path of paths) {
      const shown = await walk(await person(false), '/start', path, /You’re all set/);
      expectSteadyCounter(countersOf(shown, 'set-up'), 4);
    }
    const declined = await walk(await person(false), '/start', [{ press: 'English' }, { press: 'No' }], /haven’t stored anything/);
    expect(countersOf(declined, 'set-up')).toEqual([]);
  });

  it('check-in: with the “other” follow-ups and skips, and without them', async () => {
    const paths: (string | { press: string | RegExp })[][] = [
      ['6', 'sad other', 'wistful', '70', '40', 'skip', 'walk other', 'skip', 'skip'],
      ['7', 'calm', '60', 'A good talk', { press: 'Breathing' }, { press: 'Done' }, 'All fine'],
      ['3', { press: 'Other' }, { press: 'Done' }, 'flat', { press: '50' }, { press: 'Skip' }, 'other', 'Music', { press: 'Skip' }],
    ];
    for (const path of paths) {
      const shown = await walk(await person(), '/checkin', path, /Saved\./);
      expectSteadyCounter(countersOf(shown, 'check-in'), 6);
    }
  });

  it('thought record: one thought or several (with the hot-thought choice), an “other” mood, traps explained or none', async () => {
    const paths: (string | { press: string | RegExp })[][] = [
      ['Missed the bus', 'anxious other', 'uneasy', '80', '60', 'I’ll be late again', { press: 'That’s all' }, { press: 'Done' }, 'Buses are late', 'I left early', 'It happens', '70', '40', '30'],
      ['Exam', 'sad', '50', 'I will fail', 'Everyone is smarter', 'done', { press: 'Everyone is smarter' }, { press: 'What’s this?' }, { press: 'Labeling' }, { press: 'Done' }, 'a', 'b', 'c', { press: '60' }, '20'],
    ];
    for (const path of paths) {
      const shown = await walk(await person(), '/thought', path, /Thought record saved/);
      expectSteadyCounter(countersOf(shown, 'thought record'), 10);
    }
  });

  it('questionnaires: each one, with its unscored question asked or not, and from the chooser', async () => {
    const cases = [
      { start: '/assessment phq9', title: 'questionnaire', total: 9 },
      { start: '/assessment gad7', title: 'questionnaire', total: 7 },
      { start: '/assessment who5', title: 'questionnaire', total: 5 },
    ];
    for (const { start, total } of cases) {
      for (const typed of ['1', '2']) {
        const client = await person();
        const shown = await walkUntilDone(client, () => client.send(start), (question) =>
          // The crisis response to PHQ-9 item 9 holds the questionnaire: carry on.
          question.choices?.some((choice) => /I’m safe|continue/i.test(choice.label)) && !/·/.test(plainText(question.text)) ? { press: question.choices.find((choice) => /I’m safe|continue/i.test(choice.label))!.label } : typed,
        );
        expect(plainText(shown.at(-1)!.text)).toMatch(/that’s the .* done/);
        expectSteadyCounter(countersOf(shown, 'questionnaire'), total);
      }
    }
    const chooser = await person();
    const shown = await walk(chooser, '/assessment', [{ press: /^GAD-7/ }, '2', '2', '2', '2', '2', '2', '2', '2'], /that’s the GAD-7 done/);
    expect(countersOf(shown.slice(0, 1), 'questionnaire')).toEqual([]);
    expectSteadyCounter(countersOf(shown, 'questionnaire'), 7);
  });

  it('exercises and their follow-ups: every question answered, or every optional one skipped', async () => {
    const cases = [
      { name: 'experiment', title: 'behavioral experiment', total: 5 },
      { name: 'safety plan', title: 'safety plan', total: 6 },
      { name: 'trigger map', title: 'trigger map', total: 4 },
      { name: 'communication', title: 'communication practice', total: 5 },
    ];
    for (const { name, title, total } of cases) {
      for (const skipping of [false, true]) {
        const client = await person();
        const shown = await walkUntilDone(client, () => client.send(`/exercise ${name}`), (question) => {
          const choices = question.choices ?? [];
          if (skipping && choices.some((choice) => choice.label === 'Skip')) return { press: 'Skip' };
          const first = choices.find((choice) => choice.label !== 'Skip');
          return first ? { press: first.label } : 'Something I wrote';
        });
        expectSteadyCounter(countersOf(shown, title), total);
      }
    }
    // The experiment's follow-up: three questions of its own.
    const client = await person();
    await walk(client, '/exercise experiment', ['I will be rejected', '80', 'Ask a colleague to lunch', 'They say no', { press: /tomorrow/i }], /Experiment planned/);
    const entry = await chat.app.database.prisma.exerciseEntry.findFirstOrThrow({ where: { kind: 'behavioral_experiment', status: 'open' }, orderBy: { createdAt: 'desc' } });
    const shown: OutboundMessage[] = [];
    await client.pressId(buttonId('exerciseFollowUp', entry.id));
    shown.push(await client.expectReply(/What actually happened/));
    await client.send('They said yes');
    shown.push(await client.expectReply(/What did you learn/));
    await client.send('People are kinder than I think');
    shown.push(await client.expectReply(/How strongly do you believe it now/));
    await client.send('30');
    shown.push(await client.expectReply(/Experiment complete/));
    expectSteadyCounter(countersOf(shown, 'experiment follow-up'), 3);
  });

  it('settings, a menu that leads back to itself, shows no counter', async () => {
    const client = await person();
    const shown = await walk(client, '/settings', [{ press: 'Timezone' }, { press: 'UTC' }, { press: 'Done' }], /saved|updated|settings/i);
    expect(shown.every((message) => !/ · \d+\/\d+/.test(plainText(message.text)))).toBe(true);
  });
});
