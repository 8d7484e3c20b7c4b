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
    await chat.nextReply(/Which language should I use/);
    await chat.press('English');
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

  // On a number scale the label is the number: typing what is shown (“0”, “100”) records it, and
  // without buttons the console shows the values rather than numbering them 1) 2) 3).
  it('records a typed number on a 0–10 or 0–100 scale as that number', async () => {
    await onboard();
    await chat.nextReply(/You’re all set/);
    await chat.send('/checkin');
    const mood = await chat.nextReply(/mood right now, from 0/);
    if (!chat.buttons) {
      expect(mood).toContain('  0 · 1 · 2 · 3 · 4 · 5 · 6 · 7 · 8 · 9 · 10');
      expect(mood).not.toMatch(/\d\) /);
    }
    await chat.send('0');
    await chat.nextReply(/Which emotions/);
    await chat.send('calm');
    await chat.nextReply(/How strong is “calm”/);
    await chat.send('100');
    await chat.nextReply(/What happened/);
    await chat.send('skip');
    await chat.nextReply(/What have you done to cope/);
    await chat.send('breathing');
    await chat.nextReply(/Anything else/);
    await chat.send('skip');
    await chat.nextReply(/Saved\. Mood 0\/10 · calm 100 · coped with breathing\./);
  });

  it('answers a menu outside a flow by typed number and name (with a typo), an out-of-range number kindly', async () => {
    await onboard();
    await chat.nextReply(/You’re all set/);
    await chat.send('/exercise');
    const menu = await chat.nextReply(/Which exercise would you like to do/);
    // "Press a button" only where there are buttons.
    expect(menu).toContain(factory.buttons ? 'Press a button, or type /exercise and a name' : 'Type the number or the name of one, or type /exercise and a name');
    await chat.send('12');
    await chat.nextReply(/There’s no option 12 here — the options go from 1 to \d+/);
    await chat.send('mindfullness');
    await chat.nextReply(/Which practice would you like to do/);
    await chat.send('cancel');
    await chat.nextReply(/Stop the mindfulness practice/);
    await chat.send('yes');
    await chat.nextReply(/stopped/);
    await chat.send('/triggers');
    await chat.nextReply(/Your trigger map is empty/);
    await chat.send('1');
    await chat.nextReply(/Trigger:/);
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

  it('answers a crisis phrase mid-check-in with crisis resources and choices; the words are never the answer', async () => {
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
    expect(crisis).not.toContain('better off');
    // The open question waits: continue shows it again, unchanged, and the crisis words were not stored.
    await chat.press('I’m safe — continue');
    await chat.nextReply(/What happened/);
    await chat.send('A hard phone call with my sister');
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

  it('takes several automatic thoughts, one per message, then the hot-thought choice; “What’s this?” explains and asks again, with Done', async () => {
    await onboard();
    await chat.nextReply(/You’re all set/);
    await chat.send('/thought');
    await chat.nextReply(/Situation/);
    await chat.send('Party');
    await chat.nextReply(/Moods/);
    await chat.send('anxious');
    await chat.nextReply(/How strong was “anxious”/);
    await chat.send('80');
    await chat.nextReply(/Send one thought per message/);
    await chat.send('Nobody wants me there');
    await chat.nextReply(/1\. Nobody wants me there\n\nWas there another thought/);
    await chat.send('They think I am boring');
    await chat.nextReply(/2\. They think I am boring\n\nWas there another thought/);
    await chat.press('That’s all');
    await chat.nextReply(/Which of these thoughts is the “hot” one/);
    await chat.press('They think I am boring');
    await chat.nextReply(/Your hot thought: “They think I am boring”.*thinking traps/s);
    await chat.press('What’s this?');
    const explained = await chat.nextUpdate(/Mental filter: Dwelling on one negative detail/);
    expect(explained).toContain('thinking traps');
    // With buttons a press ticks one, and Done ends; typed (the console), the numbers are the answer.
    await chat.press('Mental filter');
    if (chat.buttons) {
      await chat.nextUpdate(/thinking traps/);
      await chat.press('Done');
    }
    await chat.nextReply(/Evidence for/);
    const { address } = await chat.app.database.prisma.conversation.findFirstOrThrow();
    const stored = await chat.app.store.repos.conversations.load(address);
    expect((stored!.active!.data as { answers: Record<string, unknown> }).answers).toMatchObject({
      thoughts: ['Nobody wants me there', 'They think I am boring'],
      hotThought: 't1',
      distortions: ['mental_filter'],
    });
  });

  it('lists the commands on /help', async () => {
    await chat.send('/help');
    const help = await chat.nextReply(/What I can do/);
    for (const command of ['/start', '/checkin', '/thought', '/history', '/settings', '/pause', '/export', '/delete', '/help']) {
      expect(help).toContain(command);
    }
    // Grouped by purpose.
    expect(help).toMatch(/Check in and reflect\n\/checkin — /);
    expect(help).toMatch(/Help and your data\n\/helplines — /);
    expect(help).toContain('not an emergency service');
  });
});

/** One questionnaire answered through a driver: what is typed, and the item scores that must be stored. */
interface Administration {
  command: string;
  /** The first question (framing, hint and item 1). */
  first: RegExp;
  /** Typed at the first question before answering it, each with the reply it must get (the question again). */
  wrong?: [typed: string, reply: RegExp][];
  /** Per item: what the person types, and the score it must record. */
  items: [typed: string, score: number][];
  /** Replies to expect right after an item (the safety response), by item index. */
  after?: Record<number, RegExp>;
  /** The unscored functional-difficulty question, when asked: what is typed, and the code stored (undefined when skipped). */
  difficulty?: [typed: string, code: number | undefined];
  result: RegExp;
  instrument: string;
  total: number;
  notes: string[];
}

const FREQUENCY_HINT = 'Choose an answer, or type its number: 1 = Not at all … 4 = Nearly every day.';
const DIFFICULTY_QUESTION = /If you checked off any problems, how difficult have these (problems )?made it for you to do your work, take care of things at home, or get along with other people\?\nChoose an answer, or type its number: 1 = Not difficult at all … 4 = Extremely difficult\./;

const BY_NUMBERS: Administration[] = [
  {
    command: '/assessment phq9',
    first: /PHQ-9 — Over the last 2 weeks/,
    // A number outside the list gets the list, and the question again.
    wrong: [
      ['5', /“5” isn’t one of the answers — they’re numbered 1 to 4 here: 1 = Not at all, 2 = Several days, 3 = More than half the days, 4 = Nearly every day\..*Little interest/s],
      ['0', /“0” isn’t one of the answers — they’re numbered 1 to 4 here.*Little interest/s],
    ],
    // The number is the option's position as listed: 1 = Not at all (0) … 4 = Nearly every day (3).
    // Item 9 typed as 1 is “Not at all”: no safety response.
    items: [['1', 0], ['2', 1], ['3', 2], ['4', 3], ['1', 0], ['2', 1], ['3', 2], ['4', 3], ['1', 0]],
    difficulty: ['2', 1],
    result: /Your score is 12 out of 27, which is in the moderate range\./,
    instrument: 'phq9',
    total: 12,
    notes: [],
  },
  {
    command: '/assessment gad7',
    first: /GAD-7 — Over the last 2 weeks/,
    items: [['4', 3], ['3', 2], ['2', 1], ['1', 0], ['1', 0], ['1', 0], ['2', 1]],
    difficulty: ['5', undefined], // the fifth choice listed is Skip
    result: /Your score is 7 out of 21, which is in the mild range\./,
    instrument: 'gad7',
    total: 7,
    notes: [],
  },
  {
    command: '/assessment who5',
    first: /WHO-5 — .*Choose an answer, or type its number: 1 = All of the time … 6 = At no time\./s,
    // WHO-5 lists “All of the time” (5) first, so 1 scores 5 and 6 (“At no time”) scores 0.
    items: [['1', 5], ['2', 4], ['3', 3], ['4', 2], ['6', 0]],
    result: /Your score is 56 out of 100 \(higher is better\), which is in the adequate wellbeing range\./,
    instrument: 'who5',
    total: 56,
    notes: ['low_item'],
  },
];

const BY_NAMES: Administration[] = [
  {
    command: '/assessment phq9',
    first: /PHQ-9 — Over the last 2 weeks/,
    items: [
      ['not at all', 0],
      ['Several days', 1],
      ['MORE THAN HALF THE DAYS', 2],
      ['Nearly everyday', 3],
      ['several days', 1],
      ['Not at all', 0],
      ['more than half the days', 2],
      ['nearly every day', 3],
      ['several days', 1],
    ],
    after: { 8: /I’m really glad you told me/ },
    difficulty: ['very difficult', 2],
    result: /Your score is 13 out of 27, which is in the moderate range\./,
    instrument: 'phq9',
    total: 13,
    notes: [],
  },
  {
    command: '/assessment gad7',
    first: /GAD-7 — Over the last 2 weeks/,
    // Nothing checked off: the functional-difficulty question is not asked.
    items: [['not at all', 0], ['Not at all', 0], ['NOT AT ALL', 0], ['not at all', 0], ['not at all.', 0], ['not at al', 0], ['Not at all!', 0]],
    result: /Your score is 0 out of 21, which is in the minimal range\./,
    instrument: 'gad7',
    total: 0,
    notes: [],
  },
  {
    command: '/assessment who5',
    first: /WHO-5 — /,
    items: [['all of the time', 5], ['Most of the time', 4], ['more than half of the time', 3], ['less than half of the time', 2], ['some of the time', 1]],
    result: /Your score is 60 out of 100 \(higher is better\), which is in the adequate wellbeing range\./,
    instrument: 'who5',
    total: 60,
    notes: ['low_item'],
  },
];

/**
 * What is typed is what is recorded, on every adapter: each questionnaire answered once entirely by
 * typed numbers (the option's position as listed) and once by typed option names, checked item by
 * item in the database.
 */
describe.each(DRIVERS)('questionnaires through $name', (factory) => {
  let chat: ChatDriver;

  beforeEach(async () => {
    chat = factory.create({ PHQ9_ENABLED: 'true' });
    await chat.start();
  });

  afterEach(async () => {
    await chat?.stop();
  });

  async function onboard(): Promise<void> {
    await chat.send('/start');
    await chat.nextReply(/Which language should I use/);
    await chat.press('English');
    await chat.nextReply(/Welcome to Between/);
    await chat.press('Yes, I agree');
    await chat.nextReply(/Which timezone/);
    await chat.send('Berlin');
    await chat.nextReply(/It looks like you’re in Germany/);
    await chat.press('Yes');
    await chat.nextReply(/When should I send your daily check-in/);
    await chat.send('20:00');
    await chat.nextReply(/enrollment code/);
    await chat.press('No');
    await chat.nextReply(/You’re all set/);
  }

  async function administer(run: Administration): Promise<void> {
    await chat.send(run.command);
    let question = await chat.nextReply(run.first);
    if (run.instrument !== 'who5') expect(question).toContain(FREQUENCY_HINT);
    if (!chat.buttons) expect(question).toContain(run.instrument === 'who5' ? '  1) All of the time' : '  1) Not at all');
    for (const [typed, reply] of run.wrong ?? []) {
      await chat.send(typed);
      await chat.nextReply(reply);
    }
    for (const [index, [typed]] of run.items.entries()) {
      await chat.send(typed);
      const after = run.after?.[index];
      if (after) await chat.nextReply(after);
      question = await chat.nextReply(index === run.items.length - 1 ? (run.difficulty ? DIFFICULTY_QUESTION : run.result) : /\d+\/\d+\n/);
    }
    if (run.difficulty) {
      await chat.send(run.difficulty[0]);
      question = await chat.nextReply(run.result);
    }
    expect(question).toMatch(run.result);
  }

  async function expectStored(runs: Administration[]): Promise<void> {
    const person = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' }, select: { id: true } });
    const stored = await chat.app.store.repos.assessments.listSince(person.id, new Date(0));
    expect(stored.map((r) => [r.instrument, r.total, r.notes])).toEqual(runs.map((run) => [run.instrument, run.total, run.notes]));
    for (const [index, run] of runs.entries()) {
      const expected: Record<string, number> = Object.fromEntries(run.items.map(([, score], item) => [`q${item + 1}`, score]));
      if (run.difficulty?.[1] !== undefined) expected.difficulty = run.difficulty[1];
      expect(stored[index]!.answers).toEqual(expected);
    }
  }

  it('records every questionnaire answered by typed numbers as the options listed at those positions', async () => {
    await onboard();
    for (const run of BY_NUMBERS) await administer(run);
    await expectStored(BY_NUMBERS);
    expect(await chat.app.database.prisma.riskFlag.count()).toBe(0);
  });

  it('records every questionnaire answered by typed option names', async () => {
    await onboard();
    for (const run of BY_NAMES) await administer(run);
    await expectStored(BY_NAMES);
    const flags = await chat.app.database.prisma.riskFlag.findMany();
    expect(flags).toMatchObject([{ source: 'assessment' }]);
    expect(await chat.app.store.repos.risk.detectionOf(flags[0]!.id)).toMatchObject({ matched: ['phq9:q9'] });
  });
});
