import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { runTherapistCommand } from '../../src/core/therapists/commands.js';
import { noSuchClient } from '../../src/core/therapists/errors.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { localDateOf } from '../../src/core/time.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

const ALICE: TherapistActor = { platform: 'slack', workspaceId: 'T1', userId: 'UALICE' };
const BOB: TherapistActor = { platform: 'slack', workspaceId: 'T1', userId: 'UBOB' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CANARY = 'canary-brief-9c1e';

/** Runs `/between <text>` as `actor`; returns the private reply as plain text. */
async function between(chat: TestChat, actor: TherapistActor, text: string): Promise<string> {
  const result = await runTherapistCommand(chat.app.therapists, actor, text, async () => `slack:T1:D${actor.userId}`);
  if (result.kind !== 'reply') throw new Error('expected a reply');
  return plainText(result.message.text);
}

/** Therapist messages waiting in the outbox (no Slack adapter here), claimed and decrypted. */
async function inbox(chat: TestChat, prefix: string): Promise<{ key: string; message: OutboundMessage }[]> {
  const claimed = await chat.app.store.repos.outbox.claimDue('slack', new Date('2100-01-01'), 60_000, 500, 'test-reader');
  return claimed.filter((row) => row.idempotencyKey.startsWith(prefix)).map((row) => ({ key: row.idempotencyKey, message: row.message }));
}

async function linkedClient(chat: TestChat, alias = 'Robin') {
  await chat.app.therapists.register(ALICE, async () => 'slack:T1:DUALICE');
  const invite = await chat.app.therapists.invite(ALICE, alias);
  await onboard(chat, { code: invite.code.toLowerCase() });
  const prisma = chat.app.database.prisma;
  const client = await prisma.person.findFirstOrThrow({ where: { role: 'client' } });
  const link = await prisma.careLink.findFirstOrThrow({ where: { clientId: client.id } });
  return { client, link };
}

describe.each(PROVIDERS)('pre-session brief on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('sets a session in words, refuses a past one kindly, says what a DST change does, and names another timezone', async () => {
    // Wednesday 2026-03-25 12:00 UTC: Britain's clocks go forward on Sunday 29 March, back on 25 October.
    const clock = new ManualClock(new Date('2026-03-25T12:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    const { link } = await linkedClient(chat);
    await chat.app.therapists.setSchedule(ALICE, { timezone: 'America/New_York' });

    expect(await between(chat, ALICE, 'session Robin')).toMatch(/No session is set for Robin/);
    expect(await between(chat, ALICE, 'session Robin 2026-03-20 15:00 Europe/London')).toBe(
      'That time has already passed: Friday 20 March 2026 at 15:00 (Europe/London) was 4 days ago. Please give the next session’s date and time — or a weekly slot, e.g. `tue 15:00 weekly`.',
    );
    expect(await between(chat, ALICE, 'session Robin 2026-02-30 15:00')).toMatch(/“2026-02-30” is not a date on the calendar/);
    expect(await between(chat, ALICE, 'session Robin someday 15:00')).toMatch(/didn’t understand “someday”/);
    expect((await chat.app.database.prisma.careLink.findUniqueOrThrow({ where: { id: link.id } })).nextSessionAt).toBeNull();

    // In a gap: set for the moment the clocks jump, and said so.
    const gap = await between(chat, ALICE, 'session Robin 2026-03-29 01:30 Europe/London');
    expect(gap).toContain('Next session with Robin: Sunday 29 March 2026 at 02:00 (Europe/London).');
    expect(gap).toContain('01:30 does not exist on Sunday 29 March 2026 in Europe/London: the clocks go forward over it. The session is set for 02:00');
    expect(gap).toContain('That is Saturday 28 March 2026 at 21:00 in your timezone (America/New_York).');
    expect((await chat.app.database.prisma.careLink.findUniqueOrThrow({ where: { id: link.id } })).nextSessionAt).toEqual(new Date('2026-03-29T01:00:00Z'));

    // Twice: the first, with both offsets named.
    const twice = await between(chat, ALICE, 'session Robin 2026-10-25 01:30 London');
    expect(twice).toContain('01:30 happens twice on Sunday 25 October 2026 in Europe/London: the clocks go back. The session is set for the first, 01:30 (UTC+01:00) (the second would be 01:30 (UTC+00:00)).');
    expect((await chat.app.database.prisma.careLink.findUniqueOrThrow({ where: { id: link.id } })).nextSessionAt).toEqual(new Date('2026-10-25T00:30:00Z'));

    // Weekly, in the therapist's own zone (no "your timezone" line then).
    const weekly = await between(chat, ALICE, 'session robin tue 3pm weekly');
    expect(weekly).toContain('Sessions with Robin: every Tuesday at 15:00 (America/New_York); the next is Tuesday 31 March 2026 at 15:00.');
    expect(weekly).not.toContain('your timezone');
    expect(weekly).toContain('The pre-session brief comes to your messages 2 hours before');
    const stored = await chat.app.database.prisma.careLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored).toMatchObject({ sessionRule: 'weekly:tue', sessionTime: '15:00', sessionZone: 'America/New_York', nextSessionAt: new Date('2026-03-31T19:00:00Z') });
    expect(await between(chat, ALICE, 'clients')).toContain('next session Tue 31 Mar 15:00 (America/New_York)');

    expect(await between(chat, ALICE, 'session Robin clear')).toMatch(/No next session is set for Robin any more/);
    expect((await chat.app.database.prisma.careLink.findUniqueOrThrow({ where: { id: link.id } })).nextSessionAt).toBeNull();
    const actions = (await chat.app.database.prisma.auditEvent.findMany({ where: { action: { startsWith: 'care.session' } } })).map((e) => e.action);
    expect(actions).toEqual(['care.session.set', 'care.session.set', 'care.session.set', 'care.session.cleared']);
  });

  it('sends the brief N hours before each session once, across instances, and rolls a weekly slot on', async () => {
    const clock = new ManualClock(new Date('2026-03-02T12:00:00Z')); // Monday
    chat = await TestChat.start({ provider, clock, env: { BRIEF_HOURS_BEFORE: '3' } });
    const { link } = await linkedClient(chat);
    await between(chat, ALICE, 'session Robin wed 15:00 weekly UTC');
    const job = chat.app.briefJob;
    const session = new Date('2026-03-04T15:00:00Z');

    clock.set(new Date(session.getTime() - 3 * HOUR - 60_000));
    expect(await job.run(clock.now())).toBe(0);
    clock.set(new Date(session.getTime() - 3 * HOUR));
    expect(await job.run(clock.now())).toBe(1);
    expect(await job.run(clock.now())).toBe(0);
    // A second instance on the same database sends nothing more.
    const second = await TestChat.start({ provider, clock, database: chat.database, user: 'other', env: { BRIEF_HOURS_BEFORE: '3', BETWEEN_KEY_FILE: chat.config.BETWEEN_KEY_FILE } });
    try {
      expect(await second.app.briefJob.run(new Date(session.getTime() - HOUR))).toBe(0);
    } finally {
      await second.app.stop();
    }
    const briefs = await inbox(chat, 'brief:');
    expect(briefs.map((b) => b.key)).toEqual([`brief:${link.id}:${session.getTime()}`]);
    const text = plainText(briefs[0]!.message.text);
    expect(text).toContain('Pre-session brief — Robin');
    expect(text).toContain('Session: Wednesday 4 March 2026 at 15:00 (UTC)');
    expect(text).toContain('The last 7 days (no earlier session recorded)');

    // The session begins: it becomes the last one, and the slot moves a week on.
    clock.set(new Date(session.getTime() + 60_000));
    await job.run(clock.now());
    const rolled = await chat.app.database.prisma.careLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(rolled.lastSessionAt).toEqual(session);
    expect(rolled.nextSessionAt).toEqual(new Date(session.getTime() + 7 * DAY));
    clock.set(new Date(session.getTime() + 7 * DAY - 2 * HOUR));
    expect(await job.run(clock.now())).toBe(1);
    const [next] = await inbox(chat, 'brief:');
    expect(plainText(next!.message.text)).toContain('What changed since the last session (Wed 4 Mar, 7 days ago)');
    const sent = await chat.app.database.prisma.auditEvent.findMany({ where: { action: 'therapist.brief.sent' } });
    expect(sent).toHaveLength(2);
    for (const event of sent) expect(event.detail).not.toContain('Robin');
  });

  it('cuts the brief to the detail level and consent exactly as summaries: ratings and partner from clinical, the client’s words only at full', async () => {
    const clock = new ManualClock(new Date('2026-01-08T12:00:00Z'));
    chat = await TestChat.start({ provider, clock, env: { SLACK_PHI_ALLOWED: 'true' } });
    const { client, link } = await linkedClient(chat);
    const repos = chat.app.store.repos;
    const prisma = chat.app.database.prisma;
    await prisma.careLink.update({ where: { id: link.id }, data: { consentScope: 'full' } });
    await chat.app.therapists.assign(ALICE, { linkId: link.id, kind: 'checkin', cadence: 'daily' });
    await chat.app.therapists.assign(ALICE, { linkId: link.id, kind: 'mindfulness', cadence: 'daily' });
    await chat.app.therapists.assign(ALICE, { linkId: link.id, kind: 'custom', cadence: 'once', instructions: 'Call the clinic' });
    for (let i = 0; i < 3; i++) await chat.expectReply(/New homework from your therapist/);
    const partner = await prisma.person.create({ data: { id: 'partner-1', role: 'client', timezone: 'UTC' } });
    const pid = await repos.partners.create({ a: { personId: client.id, share: 'done', name: 'A' }, b: { personId: partner.id, share: 'done', name: 'B' }, bConfirmedAt: clock.now(), at: clock.now() });
    await repos.partners.activate(pid, clock.now());
    clock.set(new Date('2026-01-15T12:00:00Z'));
    for (const [daysAgo, mood] of [[3, 4], [2, 5], [1, 6], [1, 7]] as const) {
      const at = new Date(clock.now().getTime() - daysAgo * DAY);
      const id = await repos.checkIns.create({ personId: client.id, mood, emotions: [], coping: [], details: { note: `${CANARY}-note` }, localDate: localDateOf(at, client.timezone), at });
      await repos.homework.complete(client.id, 'checkin', localDateOf(at, client.timezone), { kind: 'checkin', id }, at);
    }
    const at = new Date(clock.now().getTime() - DAY);
    const exercise = await repos.exercises.create({ personId: client.id, kind: 'mindfulness', content: { practice: 'box', stressBefore: 8, stressAfter: 3 }, localDate: localDateOf(at, client.timezone), status: 'done', at });
    await repos.homework.complete(client.id, 'mindfulness', localDateOf(at, client.timezone), { kind: 'exercise', id: exercise }, at);
    await repos.thoughtRecords.create(
      client.id,
      { situation: `${CANARY}-situation`, moods: [{ mood: 'sad', before: 80, after: 30 }], thoughts: ['t'], hotThought: `${CANARY}-hot`, distortions: ['labeling'], evidenceFor: 'a', evidenceAgainst: 'b', balancedThought: `${CANARY}-balanced`, balancedBelief: 60 },
      localDateOf(at, client.timezone),
      at,
    );
    await repos.assessments.create({ personId: client.id, instrument: 'phq9', instrumentVersion: 'en-2', answers: {}, total: 18, band: 'moderately_severe', notes: [], localDate: '2025-12-01', at: new Date('2025-12-01T15:00:00Z') });
    await repos.assessments.create({ personId: client.id, instrument: 'phq9', instrumentVersion: 'en-2', answers: {}, total: 8, band: 'mild', notes: [], localDate: localDateOf(at, client.timezone), at });
    await chat.send('I want to end my life');
    await chat.expectReply(/glad you told me/);
    const flag = await prisma.riskFlag.findFirstOrThrow();
    clock.advance(12 * 60_000);
    await chat.app.therapists.acknowledge(ALICE, flag.id);

    for (const level of ['minimal', 'clinical', 'full'] as const) {
      await chat.app.therapists.setDetailLevel(ALICE, level);
      clock.advance(1_000);
      expect(await between(chat, ALICE, 'prep robin')).toBe('The pre-session brief for Robin is on its way to your messages.');
      const [brief] = await inbox(chat, 'brief-demand:');
      const text = plainText(brief!.message.text);
      const payload = JSON.stringify(brief!.message);
      expect(text).toContain('Pre-session brief — Robin');
      expect(text).toContain('No session set');
      expect(text).toMatch(/• Emotion check-in \(daily\): 3\/\d done · 4 entries/);
      expect(text).toMatch(/• Mindfulness practice \(daily\): 1\/\d done · 1 entry/);
      expect(text).toContain('• Custom task (once): 0/1 done');
      expect(text).toMatch(/high · a free-text message · acknowledged after 12 min/);
      expect(payload).not.toContain(`${CANARY}-note`);
      expect(text).toContain(`Detail level: ${level}`);
      if (level === 'minimal') {
        expect(text).not.toMatch(/their own|Mood:|PHQ-9|Thought records|Accountability partner/);
        expect(brief!.message.attachment).toBeUndefined();
      } else {
        expect(text).toMatch(/Emotion check-in .* · their own mood: mean 5\.5\/10 \(4 answers\)/);
        expect(text).toContain('Mindfulness practice (daily): 1/');
        expect(text).toContain('their own stress: 8 → 3/10');
        expect(text).toContain('Mood: mean 5.5/10 over 4 check-ins');
        expect(text).toMatch(/PHQ-9 18 \(Mon 1 Dec\) → 8 \(.*\): reliable improvement \(Jacobson–Truax, RCI −2\.\d\); clinically significant: out of the clinical range/);
        expect(text).toContain('Thought records: 1 · mood intensity 80 → 30 · top distortions: Labeling ×1');
        expect(text).toContain('Accountability partner: yes');
        expect(brief!.message.attachment?.kind).toBe('image');
      }
      if (level === 'full') {
        expect(text).toContain('Thought-record highlights (client’s words)');
        expect(text).toContain(`Hot thought: ${CANARY}-hot · Balanced: ${CANARY}-balanced`);
      } else {
        expect(payload).not.toContain(CANARY);
      }
    }
    // The client's consent caps it whatever the therapist's level.
    await prisma.careLink.update({ where: { id: link.id }, data: { consentScope: 'minimal' } });
    clock.advance(1_000);
    await between(chat, ALICE, 'prep Robin');
    const [capped] = await inbox(chat, 'brief-demand:');
    expect(plainText(capped!.message.text)).toContain('Detail level: minimal');
    expect(JSON.stringify(capped!.message)).not.toContain(CANARY);
    const viewed = await prisma.auditEvent.findMany({ where: { action: 'therapist.brief.viewed' } });
    expect(viewed.map((e) => JSON.parse(e.detail!).level)).toEqual(['minimal', 'clinical', 'full', 'minimal']);
  });

  it('names the client’s language in the summary and the brief, in the therapist’s language (English by default)', async () => {
    const clock = new ManualClock(new Date('2026-01-08T12:00:00Z'));
    chat = await TestChat.start({ provider, clock });
    const { client } = await linkedClient(chat);
    expect(await between(chat, ALICE, 'summary Robin')).toMatch(/on its way/);
    expect(await between(chat, ALICE, 'prep Robin')).toMatch(/on its way/);
    await chat.app.database.prisma.person.update({ where: { id: client.id }, data: { locale: 'es' } });
    clock.set(new Date('2026-01-08T12:01:00Z'));
    expect(await between(chat, ALICE, 'summary Robin 30d')).toMatch(/on its way/);
    expect(await between(chat, ALICE, 'prep Robin')).toMatch(/on its way/);

    const sent = await inbox(chat, '');
    const lines = (prefix: string) => sent.filter((row) => row.key.startsWith(prefix)).map((row) => plainText(row.message.text).split('\n')[1]);
    const summaries = lines('summary-demand:');
    const briefs = lines('brief-demand:');
    // The line right under the title: what the client reads and writes in.
    expect(summaries.sort()).toEqual(['Language: English (en)', 'Language: Spanish (es)']);
    expect(briefs.sort()).toEqual(['Language: English (en)', 'Language: Spanish (es)']);
  });

  it('another therapist’s alias gets the same “not found” as an unknown one, on every alias command, and writes access.denied', async () => {
    chat = await TestChat.start({ provider, env: { SLACK_ADMIN_USER_IDS: 'UALICE' } });
    const { client } = await linkedClient(chat);
    await chat.app.therapists.register(BOB, async () => 'slack:T1:DUBOB');
    await chat.app.therapists.approve(ALICE, 'UBOB');
    const prisma = chat.app.database.prisma;
    const bob = await prisma.therapistProfile.findFirstOrThrow({ where: { slackUserId: 'UBOB' } });
    const commands = ['summary Robin', 'prep Robin', 'session Robin tue 15:00 weekly', 'session Robin someday 15:00', 'session Robin', 'unlink Robin', 'pair Robin, Robin', 'assign Robin'];
    const notFound = plainText(noSuchClient());
    for (const command of commands) {
      expect(await between(chat, BOB, command), command).toBe(notFound);
      expect(await between(chat, BOB, command.replace(/Robin/g, 'Nobody')), command).toBe(notFound);
    }
    const denials = await prisma.auditEvent.findMany({ where: { action: 'access.denied', actor: bob.personId }, orderBy: { createdAt: 'asc' } });
    expect(denials).toHaveLength(commands.length);
    for (const denial of denials) {
      expect(denial.subjectPersonId).toBe(client.id);
      expect(denial.detail).not.toContain('Robin');
    }
    expect(denials.map((d) => JSON.parse(d.detail!).what)).toEqual(['summary.request', 'brief.request', 'session.set', 'client.find', 'session.set', 'care.unlink', 'partners.suggest', 'client.find']);
    expect(await prisma.careLink.count({ where: { endedAt: null } })).toBe(1);
    expect((await prisma.careLink.findFirstOrThrow()).nextSessionAt).toBeNull();
    expect(await inbox(chat, 'brief-demand:')).toEqual([]);
  });
});
