import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { EXERCISE_KINDS } from '../../src/core/exercises/catalog.js';
import { JOURNAL_PROMPTS } from '../../src/core/exercises/journal-prompts.js';
import { plainText } from '../../src/core/messages.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

const CANARY = 'canary-7f3a9q';

async function clientId(chat: TestChat): Promise<string> {
  return (await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } })).id;
}

async function assign(chat: TestChat, kind: string, fields: { instructions?: string; settings?: unknown } = {}): Promise<string> {
  const id = await chat.app.store.repos.homework.assign({ personId: await clientId(chat), kind, cadence: 'daily', instructions: fields.instructions ?? null, at: new Date() });
  if (fields.settings !== undefined) await chat.app.database.prisma.assignment.update({ where: { id }, data: { settings: JSON.stringify(fields.settings) } });
  return id;
}

async function completions(chat: TestChat, kind: string): Promise<number> {
  return chat.app.database.prisma.homeworkCompletion.count({ where: { sourceKind: kind } });
}

/** Sends a message and expects the next reply. */
async function say(chat: TestChat, text: string, expected: RegExp | string) {
  await chat.send(text);
  return chat.expectReply(expected);
}

async function tap(chat: TestChat, label: string | RegExp, expected: RegExp | string) {
  await chat.press(label);
  return chat.expectReply(expected);
}

describe.each(PROVIDERS)('homework library on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('exports the kinds a therapist can assign', () => {
    expect(EXERCISE_KINDS.map((k) => k.kind)).toEqual(['safety_plan', 'behavioral_experiment', 'mindfulness', 'journal', 'routine', 'trigger_map', 'communication', 'group_prep']);
    expect(EXERCISE_KINDS.every((k) => k.label && k.description)).toBe(true);
  });

  it('/exercise shows a menu, starts a kind by name or button, and answers an unknown kind kindly', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    const menu = await say(chat, '/exercise', /Which exercise would you like to do\?/);
    expect(menu.choices?.map((c) => c.label)).toEqual(EXERCISE_KINDS.map((k) => k.label));
    const unknown = await say(chat, '/exercise yoga', /I don’t know an exercise called “yoga”\. Here are the ones I have/);
    expect(unknown.choices).toHaveLength(EXERCISE_KINDS.length);
    await tap(chat, 'Group discussion prep', /What question or topic would you like to bring/);
    await say(chat, 'cancel', /Stop the group discussion prep/);
    await tap(chat, 'Yes, stop', /stopped the group discussion prep/);
    await say(chat, '/exercise journal', /Today’s prompt/);
    // Another exercise while one is in progress: the current question comes back.
    await say(chat, '/exercise trigger map', /You’re in the middle of a reflective journaling/);
    await chat.expectNoReply();
  });

  it('safety plan: six steps, shown by /safetyplan, edited with skip keeping answers, and part of the crisis response', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await assign(chat, 'safety_plan');
    const first = await say(chat, '/safetyplan', /Step 1 — Warning signs/);
    expect(plainText(first.text)).toContain('safety plan · 1/6');
    await say(chat, 'Not sleeping, pulling away from friends', /Step 2 — Things I can do on my own/);
    await say(chat, `Walk the dog ${CANARY}`, /Step 3 — People and places/);
    await tap(chat, 'Skip', /Step 4 — People I can ask for help/);
    // Restart mid-plan: the answers so far are kept.
    chat = await chat.restart();
    await chat.send('/help');
    await chat.expectReply(/What I can do/);
    await chat.expectReply(/Back to your safety plan.*Step 4/s);
    await say(chat, 'My sister Ana 555-0101', /Step 5 — Professionals and crisis lines/);
    await say(chat, 'Dr. Lee; 988', /Step 6 — Making my surroundings safer/);
    const saved = await say(chat, 'Ask Ana to keep my car keys', /Your safety plan is saved/);
    expect(plainText(saved.text)).toMatch(/3\. People and places that help me feel better\nnot filled in yet/);
    expect(saved.text).toContain('That counts toward your homework ✓');
    expect(await completions(chat, 'safety_plan')).toBe(1);

    const shown = await say(chat, '/safetyplan', /Your safety plan/);
    expect(plainText(shown.text)).toContain(`2. Things I can do on my own\nWalk the dog ${CANARY}`);
    const edit = await tap(chat, 'Edit my plan', /Step 1 — Warning signs/);
    expect(plainText(edit.text)).toContain('Currently: Not sleeping, pulling away from friends');
    expect(plainText(edit.text)).toContain('skip to keep it');
    await tap(chat, 'Skip', /Step 2.*Currently: Walk the dog/s);
    await say(chat, 'skip', /Step 3/);
    await say(chat, 'The library café', /Step 4.*Currently: My sister Ana/s);
    for (const step of [5, 6]) await say(chat, 'skip', new RegExp(`Step ${step}`));
    const updated = await say(chat, 'skip', /Your safety plan is saved/);
    expect(plainText(updated.text)).toContain('1. Warning signs\nNot sleeping, pulling away from friends');
    expect(plainText(updated.text)).toContain('3. People and places that help me feel better\nThe library café');
    expect(plainText(updated.text)).toContain('6. Making my surroundings safer\nAsk Ana to keep my car keys');

    await chat.send('I want to kill myself');
    const crisis = await chat.expectReply(/I’m really glad you told me/);
    const text = plainText(crisis.text);
    expect(text).toContain('988');
    expect(text).toContain('Your own safety plan:');
    expect(text).toContain(`Things I can do on my own: Walk the dog ${CANARY}`);
    expect(text).toContain('People and places that help me feel better: The library café');
    expect(text).toContain('People I can ask for help: My sister Ana 555-0101');
    expect(text).toContain('Professionals and crisis lines: Dr. Lee; 988');
    expect(text).not.toContain('Not sleeping'); // step 1 is not repeated
    expect(text).not.toContain('car keys'); // nor step 6
    expect(text.indexOf('988')).toBeLessThan(text.indexOf('Your own safety plan'));

    const rows = await chat.app.database.prisma.exerciseEntry.findMany({ orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.kind, r.status])).toEqual([
      ['safety_plan', 'done'],
      ['safety_plan', 'done'],
    ]);
    expect(JSON.stringify(rows)).not.toContain(CANARY);
  });

  it('a crisis response without a safety plan is unchanged', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('I want to kill myself');
    const crisis = await chat.expectReply(/glad you told me/);
    expect(crisis.text).not.toContain('Your own safety plan');
  });

  it('behavioral experiment: the follow-up arrives once, at 20:00 the next day in Sydney, and completes the entry', async () => {
    const clock = new ManualClock(new Date('2026-01-15T12:00:00Z')); // 23:00 in Sydney (UTC+11)
    chat = await TestChat.start({ provider, clock });
    await onboard(chat, { timezone: 'Australia/Sydney', promptTime: '21:30' }); // the daily prompt stays out of the way
    await assign(chat, 'behavioral_experiment');
    await say(chat, '/exercise experiment', /The belief to test/);
    await say(chat, 'If I say no to extra work, my manager will think I’m lazy', /How strongly do you believe this right now/);
    await say(chat, '150', /150 is outside the scale — please use a whole number from 0 to 100\.\n\n.*How strongly/s);
    await say(chat, 'eighty', /isn’t a number I can use/);
    await say(chat, '80', /The experiment/);
    await say(chat, 'Decline the Friday report politely', /Your prediction/);
    const when = await say(chat, 'She will be annoyed and bring it up in my review', /When should I check back/);
    // The typed example is a week from today where the person is (23:00 on 15 January in Sydney), never a past date.
    expect(plainText(when.text)).toContain('Choose a button, or type a day and time like “tomorrow 18:30”, “friday 9am” or “2026-01-22 19:00”.');
    // 23:00 local: "this evening" has passed.
    expect(when.choices?.map((c) => c.label)).toEqual(['Tomorrow 20:00', 'In 3 days (20:00)']);
    await say(chat, 'yesterday', /I couldn’t read “yesterday” as a day and time/);
    const planned = await tap(chat, 'Tomorrow 20:00', /Experiment planned/);
    expect(plainText(planned.text)).toContain('I’ll check back tomorrow at 20:00 to hear how it went.');
    expect(planned.text).toContain('That counts toward your homework ✓');
    const entry = await chat.app.database.prisma.exerciseEntry.findFirstOrThrow();
    expect(entry).toMatchObject({ kind: 'behavioral_experiment', status: 'open', followUpAt: new Date('2026-01-16T09:00:00Z') });

    const job = (result: { jobs?: Record<string, number> }) => result.jobs?.['exercise-follow-ups'] ?? 0;
    clock.set('2026-01-16T08:59:00Z'); // 19:59 in Sydney
    expect(job(await chat.app.scheduler.tick())).toBe(0);
    await chat.expectNoReply();
    clock.set('2026-01-16T09:00:20Z');
    const [a, b] = await Promise.all([chat.app.scheduler.tick(), chat.app.scheduler.tick()]);
    expect(job(a) + job(b)).toBe(1);
    const reminder = await chat.expectReply(/Time to look back at your experiment/);
    expect(plainText(reminder.text)).toContain('You planned: “Decline the Friday report politely”');
    expect(reminder.choices?.map((c) => c.label)).toEqual(['Tell me how it went']);
    expect(await chat.app.database.prisma.outboxMessage.count({ where: { idempotencyKey: `experiment:${entry.id}` } })).toBe(1);
    clock.set('2026-01-16T10:00:00Z');
    expect(job(await chat.app.scheduler.tick())).toBe(0);

    const outcome = await tap(chat, 'Tell me how it went', /What actually happened/);
    expect(plainText(outcome.text)).toContain('You predicted: “She will be annoyed and bring it up in my review”');
    await say(chat, 'She said thanks for telling her early', /What did you learn/);
    chat = await chat.restart();
    await chat.send('/help');
    await chat.expectReply(/What I can do/);
    await chat.expectReply(/Back to your experiment follow-up.*What did you learn/s);
    await say(chat, 'Saying no calmly is usually fine', /Before, you believed this 80\/100/);
    const done = await say(chat, '30', /Experiment complete/);
    expect(plainText(done.text)).toContain('Before → after: 80 → 30');
    const after = await chat.app.database.prisma.exerciseEntry.findFirstOrThrow();
    expect(after).toMatchObject({ status: 'done', followUpAt: null });
    const content = await chat.app.store.repos.exercises.find(after.personId, after.id);
    expect(content?.content).toMatchObject({ beliefBefore: 80, beliefAfter: 30, learned: 'Saying no calmly is usually fine' });
    expect(await completions(chat, 'behavioral_experiment')).toBe(1);

    // The old button no longer starts anything.
    await chat.pressId(reminder.choices![0]!.id);
    await chat.expectReply(/already completed that behavioral experiment/);
  });

  it('an experiment can be reported on early from the /exercise menu; its reminder is then never sent', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/exercise experiment', /belief to test/);
    await say(chat, 'Nobody will come to my party', /How strongly/);
    await say(chat, '90', /experiment/);
    await say(chat, 'Invite five people', /prediction/);
    await say(chat, 'Nobody replies', /When should I check back/);
    await say(chat, 'in 3 days', /I’ll check back on Sunday 18 January at 09:00/);
    await say(chat, '/checkin', /mood/);
    const menu = await say(chat, '/exercise', /Waiting for you:\n• Behavioral experiment from Thu 15 Jan: Invite five people/);
    expect(menu.choices?.[0]?.label).toBe('Tell me how it went (behavioral experiment)');
    await chat.expectReply(/Back to your check-in/);
    await chat.pressId(menu.choices![0]!.id);
    await chat.expectReply(/You’re in the middle of a check-in/);
    await say(chat, 'cancel', /Stop the check-in/);
    await tap(chat, 'Yes, stop', /stopped/);
    await chat.pressId(menu.choices![0]!.id);
    await chat.expectReply(/What actually happened/);
    await say(chat, 'Four said yes', /What did you learn/);
    await say(chat, 'People like me more than I think', /believe it now/);
    await say(chat, '10', /90 → 10/);
    clock.set('2026-01-19T01:00:00Z');
    expect((await chat.app.scheduler.tick()).jobs?.['exercise-follow-ups']).toBeUndefined();
    const waiting = await say(chat, '/exercise', /Which exercise/);
    expect(plainText(waiting.text)).not.toContain('Waiting for you');
  });

  it('mindfulness: timed guidance by the clock, a Done button on the last message, stress before and after', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await assign(chat, 'mindfulness');
    await say(chat, '/exercise', /Which exercise/);
    await tap(chat, 'Mindfulness practice', /Which practice would you like to do/);
    await tap(chat, 'Box breathing', /how stressed do you feel right now, from 0/);
    await say(chat, '11', /11 is outside the scale — please use a whole number from 0 to 10/);
    const started = await say(chat, '7', /Box breathing\. In for 4, hold for 4/);
    expect(plainText(started.text)).not.toContain('Box breathing. Box breathing'); // the name once
    expect(await completions(chat, 'mindfulness')).toBe(0); // not practised yet
    await chat.expectNoReply();
    clock.advance(5_000);
    await chat.expectReply(/Round 1 of 4: breathe in… 2… 3… 4/);
    await chat.expectNoReply();
    for (const round of [2, 3, 4]) {
      clock.advance(16_000);
      await chat.expectReply(new RegExp(`Round ${round} of 4`));
    }
    clock.advance(16_000);
    const last = await chat.expectReply(/That’s 4 rounds/);
    expect(last.choices?.map((c) => c.label)).toEqual(['Done']);
    const keys = (await chat.app.database.prisma.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: 'exercise:' } } })).map((m) => m.idempotencyKey);
    expect(keys).toHaveLength(5);
    await tap(chat, 'Done', /How stressed do you feel now, from 0 to 10/);
    await say(chat, '-1', /outside the scale/);
    const done = await say(chat, '3', /Box breathing done/);
    expect(plainText(done.text)).toContain('Stress 7 → 3');
    expect(done.text).toContain('That counts toward your homework ✓');
    expect(await completions(chat, 'mindfulness')).toBe(1);
    expect(await chat.app.database.prisma.exerciseEntry.findFirstOrThrow()).toMatchObject({ kind: 'mindfulness', status: 'done' });
  });

  it('mindfulness: grounding resumes its follow-up after a restart', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/exercise grounding', /Which practice/);
    await say(chat, '5-4-3-2-1 grounding', /stressed/);
    await say(chat, '6', /5-4-3-2-1 grounding\./);
    chat = await chat.restart();
    clock.advance(5_000 + 5 * 20_000);
    await chat.expectReply(/5 things you can see/);
    for (const sense of [/4 things you can feel/, /3 things you can hear/, /2 things you can smell/, /1 thing you can taste/]) await chat.expectReply(sense);
    await chat.expectReply(/come back to the present moment/);
    await tap(chat, 'Done', /How stressed do you feel now/);
    await say(chat, '6', /Stress 6 → 6/);
  });

  it('journaling: the therapist’s prompt, or one from the library; empty and overlong answers are refused', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    const first = await say(chat, '/exercise journal', /Today’s prompt/);
    expect(plainText(first.text)).toContain(JOURNAL_PROMPTS[0]!);
    await say(chat, '   ', /I got an empty message/);
    await chat.expectReply(/Back to your reflective journaling/);
    await say(chat, 'x'.repeat(2_001), /2,001 characters long; I can keep up to 2,000/);
    await chat.expectReply(/Back to your reflective journaling/);
    await say(chat, `A quieter week ${CANARY}`, /Journal entry saved/);
    await say(chat, '/exercise journal', new RegExp(JOURNAL_PROMPTS[1]!.slice(0, 30)));
    await say(chat, 'cancel', /Stop/);
    await tap(chat, 'Yes, stop', /stopped/);

    await assign(chat, 'journal', { instructions: 'Write about one moment you felt proud this week' });
    await say(chat, '/exercise journal', /unfinished reflective journaling/);
    const assigned = await tap(chat, 'Start over', /Your therapist’s prompt/);
    expect(plainText(assigned.text)).toContain('Write about one moment you felt proud this week');
    const saved = await say(chat, 'When I finally called the landlord', /Journal entry saved/);
    expect(saved.text).toContain('That counts toward your homework ✓');
    const entries = await chat.app.store.repos.exercises.listSince(await clientId(chat), new Date(0), 'journal');
    expect(entries.map((e) => e.content)).toEqual([
      { prompt: JOURNAL_PROMPTS[0], promptSource: 'library', entry: `A quieter week ${CANARY}` },
      { prompt: 'Write about one moment you felt proud this week', promptSource: 'therapist', entry: 'When I finally called the landlord' },
    ]);
  });

  it('routine tracking: the therapist’s items only, logged in one multi-select plus sleep hours', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await assign(chat, 'routine', { settings: { items: ['sleep', 'movement', 'hydration'] } });
    await say(chat, '/exercise routine', /How many hours did you sleep/);
    await say(chat, '25', /25 is outside the scale — please use a whole number from 0 to 16/);
    const items = await say(chat, '7', /Which of these did you manage today/);
    expect(items.multiSelect).toBe(true);
    expect(items.choices?.map((c) => c.label)).toEqual(['Movement', 'Enough water', 'Done']);
    await tap(chat, 'Movement', /Which of these/);
    const saved = await tap(chat, 'Done', /Logged/);
    expect(plainText(saved.text)).toContain('Sleep 7 h · ✓ Movement · · Enough water');
    expect(saved.text).toContain('That counts toward your homework ✓');
    const [entry] = await chat.app.store.repos.exercises.listSince(await clientId(chat), new Date(0), 'routine');
    expect(entry?.content).toEqual({ tracked: ['sleep', 'movement', 'hydration'], sleepHours: 7, done: ['movement'] });
  });

  it('routine tracking without an assignment offers every item, typed as a list', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await say(chat, '/exercise wellness', /sleep/);
    const items = await say(chat, '8', /Which of these/);
    expect(items.choices?.map((c) => c.label)).toEqual(['Regular meals', 'Movement', 'Enough water', 'Self-care', 'Done']);
    const saved = await say(chat, 'meals, self-care', /Logged/);
    expect(plainText(saved.text)).toContain('Sleep 8 h · ✓ Regular meals · · Movement · · Enough water · ✓ Self-care');
  });

  it('trigger map: kept as a list that /triggers shows, resumable after a restart', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    const empty = await say(chat, '/triggers', /Your trigger map is empty/);
    expect(empty.choices?.map((c) => c.label)).toEqual(['Map a trigger']);
    await tap(chat, 'Map a trigger', /Trigger:/);
    await say(chat, 'y'.repeat(501), /That’s 501 characters; I can keep up to 500/);
    await say(chat, 'Sunday evenings alone', /Early warning signs/);
    chat = await chat.restart();
    await chat.send('/triggers');
    await chat.expectReply(/empty/);
    await chat.expectReply(/Back to your trigger map.*Early warning signs/s);
    await say(chat, 'Scrolling for hours, skipping dinner', /Coping response/);
    await say(chat, 'Call my brother, cook something simple', /Person to contact/);
    await tap(chat, 'Skip', /Added to your trigger map/);
    await say(chat, '/exercise trigger_map', /Trigger:/);
    await say(chat, 'Arguments about money', /Early warning signs/);
    await say(chat, 'Tight chest', /Coping/);
    await say(chat, 'Take a break and come back', /Person to contact/);
    await say(chat, 'Sam', /Added/);
    const map = await say(chat, '/triggers', /Your trigger map \(2\)/);
    const text = plainText(map.text);
    expect(text).toMatch(/1\. Sunday evenings alone\nEarly signs: Scrolling for hours, skipping dinner\nWhat helps: Call my brother/);
    expect(text).toMatch(/2\. Arguments about money[\s\S]*Who to contact: Sam/);
    expect(map.choices?.map((c) => c.label)).toEqual(['Add a trigger']);
  });

  it('communication practice: builds the I-statement, and reflects later at a typed local time', async () => {
    const clock = new ManualClock(new Date('2026-01-15T14:00:00Z')); // Thursday 09:00 in New York
    chat = await TestChat.start({ provider, clock });
    await onboard(chat);
    await say(chat, '/exercise communication', /I feel…/);
    await say(chat, 'left out', /I feel left out \*?when/);
    await say(chat, 'plans change at the last minute', /because/);
    await say(chat, 'I arrange my week around them.', /I would like/);
    const built = await say(chat, 'a day’s notice', /Here’s your I-statement/);
    expect(plainText(built.text)).toContain('“I feel left out when plans change at the last minute because I arrange my week around them. I would like a day’s notice.”');
    expect(built.choices?.map((c) => c.label)).toEqual(['This evening 20:00', 'Tomorrow 20:00', 'In 3 days (20:00)', 'No reminder']);
    await say(chat, 'in 2 minutes', /already passed \(or is only minutes away\)/);
    const saved = await say(chat, 'friday 6pm', /Your I-statement/);
    expect(plainText(saved.text)).toContain('I’ll check back tomorrow at 18:00');
    const job = (result: { jobs?: Record<string, number> }) => result.jobs?.['exercise-follow-ups'] ?? 0;
    clock.set('2026-01-16T22:59:00Z');
    expect(job(await chat.app.scheduler.tick())).toBe(0);
    clock.set('2026-01-16T23:00:00Z'); // Friday 18:00 in New York
    expect(job(await chat.app.scheduler.tick())).toBe(1);
    await chat.expectReply(/How did your conversation go/);
    await tap(chat, 'Reflect on it', /How did it go\?/);
    await say(chat, 'Better than I feared', /Next time/);
    await tap(chat, 'Skip', /Reflection saved/);
    const [entry] = await chat.app.store.repos.exercises.listSince(await clientId(chat), new Date(0), 'communication');
    expect(entry).toMatchObject({ status: 'done', content: { feeling: 'left out', howItWent: 'Better than I feared' } });

    await say(chat, '/exercise istatement', /I feel/);
    await say(chat, 'worried', /when/);
    await say(chat, 'you drive fast', /because/);
    await say(chat, 'I care about you', /I would like/);
    await say(chat, 'us to slow down', /I-statement/);
    await tap(chat, 'No reminder', /Your I-statement/);
    const latest = await chat.app.store.repos.exercises.latest(await clientId(chat), 'communication');
    expect(latest).toMatchObject({ status: 'done', followUpAt: null });
  });

  it('group discussion prep: saved and listed for the therapist’s summary', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await say(chat, '/exercise group', /What question or topic/);
    await say(chat, 'How do others handle setbacks at work?', /What makes it important/);
    await tap(chat, 'Skip', /Saved for your next group session/);
    const recent = await chat.app.store.repos.exercises.listRecent(await clientId(chat), 'group_prep', { since: new Date(0) });
    expect(recent.map((e) => e.content)).toEqual([{ topic: 'How do others handle setbacks at work?' }]);
  });

  it('keeps content encrypted at rest and includes it in /history and /export', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await say(chat, '/exercise group', /topic/);
    await say(chat, `Topic ${CANARY}`, /important/);
    await say(chat, `Because ${CANARY}`, /Saved/);
    await say(chat, '/exercise journal', /prompt/);
    await say(chat, `Entry ${CANARY}`, /saved/);
    await say(chat, '/exercise journal', /prompt/);
    await say(chat, 'Another entry', /saved/);

    const raw = await chat.app.database.prisma.$queryRawUnsafe<Record<string, unknown>[]>('SELECT * FROM "ExerciseEntry"');
    expect(raw).toHaveLength(3);
    expect(JSON.stringify(raw)).not.toContain(CANARY);
    expect(raw.every((row) => String(row.contentEnc).startsWith('v1.'))).toBe(true);

    const history = await say(chat, '/history', /Your mood, last 7 days/);
    expect(plainText(history.text)).toContain('Exercises this week\nReflective journaling 2 · Group discussion prep 1');

    await chat.send('/export');
    const json = await chat.expectReply(/Here is everything/);
    const csv = await chat.expectReply(/CSV/);
    const report = Buffer.from((await chat.expectReply(/my progress/)).attachment!.data, 'base64').toString();
    expect(report).toContain(`Entry ${CANARY}`);
    expect(report).toContain('Group discussion prep');
    const table = Buffer.from((csv.attachment as { data: string }).data, 'base64').toString();
    const exerciseRows = table.split('\r\n').filter((line) => line.startsWith('exercise,'));
    expect(exerciseRows).toHaveLength(3);
    expect(exerciseRows[0]).toMatch(/,Group discussion prep,done,/);
    expect(exerciseRows[0]).toContain(`topic: Topic ${CANARY}`);
    const exported = JSON.parse(Buffer.from((json.attachment as { data: string }).data, 'base64').toString()) as { exercises: { kind: string; exercise: string; status: string; content: Record<string, unknown> }[] };
    expect(exported.exercises).toHaveLength(3);
    expect(exported.exercises[0]).toMatchObject({ kind: 'group_prep', exercise: 'Group discussion prep', status: 'done', content: { topic: `Topic ${CANARY}`, why: `Because ${CANARY}` } });
    expect(exported.exercises[1]?.content.entry).toBe(`Entry ${CANARY}`);
  });

  it('/homework names assigned exercises and how to start them', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await assign(chat, 'trigger_map');
    const homework = await say(chat, '/homework', /Your homework/);
    expect(plainText(homework.text)).toContain('○ Trigger map (daily) — /exercise trigger_map');
  });
});
