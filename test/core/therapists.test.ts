import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { effectiveDetailLevel } from '../../src/core/summaries/detail-level.js';
import { TherapistError } from '../../src/core/therapists/errors.js';
import { INVITE_CODE_ALPHABET } from '../../src/core/therapists/invite-code.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { localDateOf } from '../../src/core/time.js';
import { RiskEscalationJob } from '../../src/core/therapists/risk-escalation-job.js';
import type { WorkspaceDirectory } from '../../src/core/adapter.js';
import { createLogger } from '../../src/logger.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

const WORKSPACE = 'T1';
const actorOf = (userId: string): TherapistActor => ({ platform: 'slack', workspaceId: WORKSPACE, userId });
const dmOf = (userId: string) => async () => `slack:${WORKSPACE}:D${userId}`;
const ALICE = actorOf('UALICE');
const BOB = actorOf('UBOB');
const CANARY = 'canary-7f3a-situation-text';

/** Messages waiting for therapists (no Slack adapter runs here): claimed and decrypted from the outbox. */
async function therapistInbox(chat: TestChat): Promise<{ address: string; key: string; message: OutboundMessage }[]> {
  const claimed = await chat.app.store.repos.outbox.claimDue('slack', new Date('2100-01-01'), 60_000, 500, 'test-reader');
  return claimed.map((row) => ({ address: row.address, key: row.idempotencyKey, message: row.message }));
}

/**
 * Plays the Slack lane: claims what is due for Slack at `now` and marks it sent, each with a
 * platform id (`ts:<key>`) as Slack's `ts` would be. Returns what it "sent".
 */
async function deliverToSlack(chat: TestChat, now: Date): Promise<{ id: string; address: string; key: string; message: OutboundMessage }[]> {
  const outbox = chat.app.store.repos.outbox;
  const claimed = await outbox.claimDue('slack', now, 60_000, 500, 'fake-slack');
  await outbox.markSentMany(claimed.map((row) => row.id), now, new Map(claimed.map((row) => [row.id, `ts:${row.idempotencyKey}`])));
  return claimed.map((row) => ({ id: row.id, address: row.address, key: row.idempotencyKey, message: row.message }));
}

/** A Slack workspace's directory as the adapter gives it (DM channel `D<user>`). */
const DIRECTORY: WorkspaceDirectory = {
  channelAddress: (workspaceId, channelId) => `slack:${workspaceId}:${channelId}`,
  directAddress: async (workspaceId, userId) => `slack:${workspaceId}:D${userId}`,
};

async function expectRefused(promise: Promise<unknown>, code: TherapistError['code']): Promise<TherapistError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TherapistError);
  expect((error as TherapistError).code).toBe(code);
  return error as TherapistError;
}

/** Alice registers and invites; the chat's client redeems the code during onboarding. */
async function linkedClient(chat: TestChat, alias?: string) {
  const therapists = chat.app.therapists;
  await therapists.register(ALICE, dmOf('UALICE'));
  const invite = await therapists.invite(ALICE, alias);
  await onboard(chat, { code: invite.code.toLowerCase() });
  const client = await chat.app.database.prisma.person.findFirstOrThrow({ where: { role: 'client' } });
  const link = await chat.app.database.prisma.careLink.findFirstOrThrow({ where: { clientId: client.id } });
  return { invite, client, link };
}

describe.each(PROVIDERS)('therapist workspace core on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('registers the first therapist, holds the next for an admin, and enrolls a client by code', async () => {
    chat = await TestChat.start({ provider, env: { SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    const { therapists } = chat.app;
    expect((await therapists.register(ALICE, dmOf('UALICE'))).outcome).toBe('registered');
    expect((await therapists.register(ALICE, dmOf('UALICE'))).outcome).toBe('already-registered');
    const dmOfUser = async (userId: string) => `slack:${WORKSPACE}:D${userId}`;
    expect((await therapists.register(BOB, dmOf('UBOB'), dmOfUser)).outcome).toBe('pending-approval');
    // The admin is told, by direct message, how to approve.
    const [told] = await therapistInbox(chat);
    expect(told).toMatchObject({ address: `slack:${WORKSPACE}:DUADMIN` });
    expect(plainText(told!.message.text)).toContain('/between approve UBOB');
    await expectRefused(therapists.invite(BOB), 'pending-approval');
    await expectRefused(therapists.approve(BOB, 'UBOB'), 'not-admin');
    await therapists.approve(actorOf('UADMIN'), 'UBOB');
    // And Bob hears that he is approved.
    const [approved] = await therapistInbox(chat);
    expect(approved).toMatchObject({ address: `slack:${WORKSPACE}:DUBOB` });
    expect(plainText(approved!.message.text)).toMatch(/registration is approved/);
    await therapists.invite(BOB);

    const invite = await therapists.invite(ALICE);
    expect(invite.alias).toBe('Client 1');
    expect(invite.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    for (const char of invite.code.replace(/-/g, '')) expect(INVITE_CODE_ALPHABET).toContain(char);
    expect(invite.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    const stored = await chat.app.database.prisma.enrollmentCode.findMany();
    expect(JSON.stringify(stored)).not.toContain(invite.code.replace(/-/g, ''));

    await onboard(chat, { code: invite.code });
    const roster = await therapists.roster(ALICE);
    expect(roster).toHaveLength(1);
    expect(roster[0]).toMatchObject({ alias: 'Client 1', platform: 'test', openFlags: [] });
    expect(await therapists.roster(BOB)).toEqual([]);

    // A used code cannot link anyone else.
    const second = await TestChat.start({ provider, database: chat.database, user: 'sam' });
    try {
      await onboard(second, { code: invite.code });
      expect(await chat.app.database.prisma.careLink.count()).toBe(1);
    } finally {
      await second.app.stop();
    }

    const actions = (await chat.app.database.prisma.auditEvent.findMany()).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['therapist.registered', 'therapist.approved', 'care.invite.created', 'care.linked', 'therapist.roster.viewed']));
  });

  it('assigns homework: assignment, reminder schedule, the client told — and validates', async () => {
    chat = await TestChat.start({ provider });
    const { link, client } = await linkedClient(chat, 'Robin');
    const { therapists } = chat.app;
    await expectRefused(therapists.assign(ALICE, { linkId: link.id, kind: 'custom', cadence: 'daily' }), 'invalid');
    const bad = await expectRefused(therapists.assign(ALICE, { linkId: link.id, kind: 'thought', cadence: 'daily', dueTime: '25:99' }), 'invalid');
    expect(bad.field).toBe('dueTime');

    const { assignmentId } = await therapists.assign(ALICE, { linkId: link.id, kind: 'thought', cadence: 'days', days: ['mon', 'thu'], dueTime: '18:30', instructions: 'Try one after *work*' });
    const message = await chat.expectReply(/New homework from your therapist: Thought record — Mon, Thu, I’ll remind you at 18:30/);
    expect(plainText(message.text)).toContain('Try one after *work*');
    const prisma = chat.app.database.prisma;
    expect(await prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ personId: client.id, kind: 'thought', cadence: 'days:mon,thu', dueTime: '18:30' });
    const schedule = await prisma.promptSchedule.findFirstOrThrow({ where: { assignmentId } });
    expect(schedule).toMatchObject({ kind: 'homework', localTime: '18:30', days: 'mon,thu', active: true });
    expect([1, 4]).toContain(new Date(schedule.nextLocalDate! + 'T12:00:00Z').getUTCDay());
  });

  it('a questionnaire assigned with its instrument starts that one from the button; a PHQ-9 not switched on becomes the PHQ-8, said so; reminders carry the buttons', async () => {
    const clock = new ManualClock(new Date('2026-03-02T15:00:00Z')); // Monday, 10:00 in New York
    chat = await TestChat.start({ provider, clock });
    const { link } = await linkedClient(chat, 'Robin');
    const { assignmentId } = await chat.app.therapists.assign(ALICE, { linkId: link.id, kind: 'assessment', cadence: 'daily', dueTime: '18:30', settings: { assessment: { instrument: ['phq9'] } } });
    const told = await chat.expectReply(/New homework from your therapist: Questionnaire — daily/);
    expect(plainText(told.text)).toMatch(/\nWhich questionnaire: PHQ-9 · /);
    expect(told.choices).toEqual([{ id: `hw.${assignmentId}`, label: 'Start: Questionnaire' }]);
    clock.set('2026-03-02T23:30:00Z'); // 18:30 in New York
    await chat.app.scheduler.tick();
    const reminder = await chat.expectReply(/A reminder of your homework for today:\n• Questionnaire \(daily\)/);
    expect(reminder.choices).toEqual(told.choices);
    await chat.pressId(`hw.${assignmentId}`);
    await chat.expectReply('The PHQ-9 isn’t switched on here, so here is the PHQ-8 instead.');
    await chat.expectReply(/PHQ-8|Over the last 2 weeks/);
    // A button of homework that is not this person's (or has ended) starts nothing.
    await chat.as('sam').pressId(`hw.${assignmentId}`);
    await chat.as('sam').expectReply(/Let’s get you set up first/);
  });

  it('reminds of “once” homework on its first three days only, and of nothing once it is done', async () => {
    const clock = new ManualClock(new Date('2026-03-02T15:00:00Z')); // Monday, 10:00 in New York
    chat = await TestChat.start({ provider, clock });
    const { link } = await linkedClient(chat, 'Robin');
    await chat.app.therapists.assign(ALICE, { linkId: link.id, kind: 'checkin', cadence: 'once', dueTime: '18:30' });
    await chat.expectReply(/New homework from your therapist: Emotion check-in — once, I’ll remind you at 18:30/);
    const seen = chat.received.length;
    const remindedOn: number[] = [];
    for (let day = 0; day < 5; day++) {
      const before = chat.received.length;
      clock.set(new Date(Date.parse('2026-03-02T23:30:00Z') + day * 86_400_000)); // 18:30 in New York
      await chat.app.scheduler.tick();
      await chat.app.worker.drain(5_000);
      const fresh = chat.received.slice(before).map((message) => plainText(message.text));
      if (fresh.some((text) => text.startsWith('A reminder of your homework'))) remindedOn.push(day);
    }
    expect(remindedOn).toEqual([0, 1, 2]);
    for (let unread = chat.received.length - seen; unread > 0; unread--) await chat.expectReply();
    // Done the same day: no reminder, even within its first days.
    clock.set('2026-03-07T15:00:00Z');
    await chat.app.therapists.assign(ALICE, { linkId: link.id, kind: 'checkin', cadence: 'once', dueTime: '18:30' });
    await chat.expectReply(/New homework/);
    for (const [answer, next] of [['/checkin', /mood/], ['6', /emotions/], ['calm', /How strong/], ['50', /What happened/], ['skip', /cope/], ['none', /Anything else/], ['skip', /Saved/]] as const) {
      await chat.send(answer);
      await chat.expectReply(next);
    }
    const before = chat.received.length;
    clock.set('2026-03-07T23:30:00Z');
    await chat.app.scheduler.tick();
    await chat.app.worker.drain(5_000);
    expect(chat.received.slice(before).map((message) => plainText(message.text)).filter((text) => text.includes('reminder'))).toEqual([]);
  });

  it('suggests a pairing: each client accepts in their own chat, chooses what to share, and both confirm', async () => {
    chat = await TestChat.start({ provider });
    const { therapists } = chat.app;
    await linkedClient(chat, 'Robin');
    const sam = chat.as('sam');
    const invite = await therapists.invite(ALICE, 'Sam');
    await onboard(sam, { code: invite.code.toLowerCase() });
    await expectRefused(therapists.suggestPairing(ALICE, 'Robin', 'Robin'), 'invalid');
    await expectRefused(therapists.suggestPairing(BOB, 'Robin', 'Sam'), 'not-registered');

    const { first, second } = await therapists.suggestPairing(ALICE, 'Robin', 'Sam');
    expect([first, second]).toEqual(['Robin', 'Sam']);
    const suggestion = await chat.expectReply(/Your therapist suggested an accountability partner/);
    expect(suggestion.choices?.map((c) => c.label)).toEqual(['Start', 'No thanks']);
    await sam.expectNoReply(); // asked only once the first has set up
    await chat.press('Start');
    await chat.expectReply(/What name should your partner see/);
    await chat.send('Robbie');
    await chat.expectReply(/What would you like your partner to see/);
    await chat.press('Just “checked in ✓”');
    await chat.expectReply(/I’ve asked the other person/);
    expect(chat.received.map((m) => plainText(m.text)).join('\n')).not.toMatch(/partner code:/i); // no code to pass on

    const asked = await sam.expectReply(/Your therapist suggested an accountability partner/);
    expect(plainText(asked.text)).toContain('as “Robbie”');
    await sam.press('Set up');
    await sam.expectReply(/What name should your partner see/);
    await sam.send('Sam');
    await sam.expectReply(/What would you like your partner to see/);
    await sam.press('Just “checked in ✓”');
    await sam.expectReply(/Start the partnership/);
    await sam.press('Yes, ask them to confirm');
    await sam.expectReply(/asked Robbie to confirm/);
    await chat.expectReply(/Sam accepted your invitation/);
    await chat.press('Yes, start');
    await chat.expectReply(/partners now/);
    await sam.expectReply(/partners now/);
    const audit = await chat.app.database.prisma.auditEvent.findMany({ where: { action: 'partners.suggested' } });
    expect(audit).toHaveLength(1);
    // A made-up suggestion (no such care link) starts nothing; "No thanks" is quiet.
    await sam.pressId('ps.00000000-0000-4000-8000-000000000000');
    await sam.expectReply(/no longer available/);
    await sam.pressId('ps.no');
    await sam.expectReply(/nothing was started/);
  });

  it('never lets another therapist see or act on a client, by alias or by id', async () => {
    chat = await TestChat.start({ provider, env: { SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    const { link, client } = await linkedClient(chat, 'Robin');
    const { therapists } = chat.app;
    await therapists.register(actorOf('UADMIN'), dmOf('UADMIN'));
    await therapists.register(BOB, dmOf('UBOB'));
    await therapists.approve(actorOf('UADMIN'), 'UBOB');
    await chat.send('I want to end my life');
    await chat.expectReply(/glad you told me/);
    const flag = await chat.app.database.prisma.riskFlag.findFirstOrThrow();

    expect(await therapists.roster(BOB)).toEqual([]);
    await expectRefused(therapists.requestSummary(BOB, { alias: 'Robin' }, 7), 'not-found');
    await expectRefused(therapists.requestSummary(BOB, { linkId: link.id }, 30), 'not-found');
    await expectRefused(therapists.unlink(BOB, 'Robin'), 'not-found');
    await expectRefused(therapists.assign(BOB, { linkId: link.id, kind: 'checkin', cadence: 'daily' }), 'not-found');
    await expectRefused(therapists.acknowledge(BOB, flag.id), 'not-found');
    await expectRefused(therapists.handleChoice(BOB, `ack.${flag.id}`), 'not-found');
    await expectRefused(therapists.handleChoice(BOB, `sum.${link.id}`), 'not-found');
    await expectRefused(therapists.findClientByAlias(BOB, 'robin'), 'not-found');

    const prisma = chat.app.database.prisma;
    expect((await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } })).acknowledgedAt).toBeNull();
    expect(await prisma.assignment.count()).toBe(0);
    expect((await prisma.careLink.findUniqueOrThrow({ where: { id: link.id } })).endedAt).toBeNull();
    const bob = await prisma.therapistProfile.findFirstOrThrow({ where: { slackUserId: 'UBOB' } });
    // Bob's inbox holds his approval notice and nothing about Alice's client.
    expect((await therapistInbox(chat)).filter((m) => m.address === `slack:${WORKSPACE}:DUBOB`).map((m) => m.key)).toEqual([`therapist-approved:${bob.personId}`]);
    const denials = await prisma.auditEvent.findMany({ where: { action: 'access.denied', actor: bob.personId } });
    expect(denials.length).toBeGreaterThanOrEqual(5);
    expect(denials.some((d) => d.subjectPersonId === client.id)).toBe(true);

    // Alice still can; unlinking ends her access too.
    expect((await therapists.findClientByAlias(ALICE, 'ROBIN')).linkId).toBe(link.id);
    await therapists.unlink(ALICE, 'robin');
    expect(await therapists.roster(ALICE)).toEqual([]);
    await expectRefused(therapists.requestSummary(ALICE, { linkId: link.id }, 7), 'not-found');
  });

  it('cuts summaries to the detail level and the client’s consent; free text only in full with PHI allowed', async () => {
    const clock = new ManualClock(new Date('2026-01-15T12:00:00Z'));
    for (const phi of [false, true]) {
      chat = await TestChat.start({ provider, clock, env: { SLACK_PHI_ALLOWED: String(phi) } });
      const { client, link } = await linkedClient(chat, 'Robin');
      const repos = chat.app.store.repos;
      // The client agreed to share everything; what reaches the therapist is still capped by their level and PHI.
      await chat.app.database.prisma.careLink.update({ where: { id: link.id }, data: { consentScope: 'full' } });
      const at = new Date('2026-01-14T18:00:00Z');
      await repos.checkIns.create({ personId: client.id, mood: 4, emotions: [{ emotion: 'sad', intensity: 70 }], coping: [], details: { note: `${CANARY}-note` }, localDate: localDateOf(at, 'America/New_York'), at });
      await repos.thoughtRecords.create(
        client.id,
        { situation: CANARY, moods: [{ mood: 'sad', before: 80, after: 40 }], thoughts: ['t'], hotThought: `${CANARY}-hot`, distortions: ['labeling'], evidenceFor: 'a', evidenceAgainst: 'b', balancedThought: 'c', balancedBelief: 60 },
        '2026-01-14',
        at,
      );
      await repos.assessments.create({
        personId: client.id,
        instrument: 'gad7',
        instrumentVersion: 'en-2',
        answers: { q1: 3, q2: 3, q3: 3, q4: 0, q5: 0, q6: 0, q7: 0, difficulty: 2 },
        total: 9,
        band: 'mild',
        notes: [],
        localDate: '2026-01-14',
        at,
      });
      await repos.assessments.create({
        personId: client.id,
        instrument: 'who5',
        instrumentVersion: 'en-2',
        answers: { q1: 5, q2: 5, q3: 5, q4: 5, q5: 1 },
        total: 84,
        band: 'adequate',
        notes: ['low_item'],
        localDate: '2026-01-14',
        at: new Date(at.getTime() + 60_000),
      });

      const levels = phi ? (['minimal', 'clinical', 'full'] as const) : (['minimal', 'clinical'] as const);
      if (!phi) await expectRefused(chat.app.therapists.setDetailLevel(ALICE, 'full'), 'invalid');
      for (const level of levels) {
        await chat.app.therapists.setDetailLevel(ALICE, level);
        clock.advance(1_000);
        await chat.app.therapists.requestSummary(ALICE, { alias: 'Robin' }, 7);
        const [summary] = (await therapistInbox(chat)).filter((m) => m.key.startsWith('summary-demand:'));
        const text = plainText(summary!.message.text);
        const payload = JSON.stringify(summary!.message);
        expect(text).toContain('Robin — last 7 days');
        expect(text).toContain('Homework done');
        expect(payload).not.toContain(`${CANARY}-note`);
        if (level === 'minimal') {
          expect(text).not.toMatch(/Mood|GAD-7|WHO-5|difficult|worth following up|Thought records/);
          expect(summary!.message.attachment).toBeUndefined();
        } else {
          expect(text).toContain('Mood: mean 4/10 over 1 check-in');
          // The unscored functional-difficulty answer and the WHO-5 single-item rule, beside the scores.
          expect(text).toContain('GAD-7 Wed 14 Jan: 9 (mild) · difficulty at work, at home or with other people: very difficult');
          expect(text).toContain('WHO-5 Wed 14 Jan: 84 (adequate wellbeing) · ⚑ an item scored 0 or 1 — worth following up');
          expect(text).toMatch(/Thought records: 1 · mood intensity 80 → 40 \(-40\) · top distortions: Labeling ×1/);
          expect(summary!.message.attachment?.kind).toBe('image');
        }
        if (level === 'full') expect(payload).toContain(CANARY);
        else expect(payload).not.toContain(CANARY);
      }
      // The client's consent caps what the therapist gets, whatever the therapist's setting.
      await chat.app.database.prisma.careLink.update({ where: { id: link.id }, data: { consentScope: 'minimal' } });
      clock.advance(1_000);
      await chat.app.therapists.requestSummary(ALICE, { alias: 'Robin' }, 30);
      const [capped] = (await therapistInbox(chat)).filter((m) => m.key.startsWith('summary-demand:'));
      expect(JSON.stringify(capped!.message)).not.toContain(CANARY);
      expect(plainText(capped!.message.text)).toContain('Detail level: minimal');
      const views = await chat.app.database.prisma.auditEvent.findMany({ where: { action: 'therapist.summary.viewed', subjectPersonId: client.id } });
      expect(views).toHaveLength(levels.length + 1);
      expect(views.every((v) => !v.detail?.includes(CANARY))).toBe(true);
      await chat.stop();
    }
    expect(effectiveDetailLevel('full', 'full', false)).toBe('clinical');
    expect(effectiveDetailLevel('clinical', 'full', true)).toBe('clinical');
    expect(effectiveDetailLevel('full', 'bogus', true)).toBe('minimal');
  });

  it('shows the client what their therapist sees in /settings', async () => {
    chat = await TestChat.start({ provider });
    await linkedClient(chat);
    await chat.send('/settings');
    await chat.expectReply(/Your therapist sees: whether check-ins and homework were done, risk alerts, mood and questionnaire results \(scores, notes, and your answer on how much problems get in the way\) and trends, the ratings you give in exercises, and whether you have an accountability partner \(yes or no\) — nothing you write/);
  });

  it('alerts with Acknowledge / Open summary buttons, re-alerts until acknowledged, and records who and when', async () => {
    const clock = new ManualClock(new Date('2026-01-15T12:00:00Z'));
    chat = await TestChat.start({ provider, clock, env: { RISK_REALERT_MINUTES: '30' } });
    const { link } = await linkedClient(chat, 'Robin');
    await chat.send('I want to kill myself');
    await chat.expectReply(/glad you told me/);
    const prisma = chat.app.database.prisma;
    const flag = await prisma.riskFlag.findFirstOrThrow();
    expect(flag.lastAlertedAt).not.toBeNull();
    const [alert] = await therapistInbox(chat);
    expect(alert!.address).toBe(`slack:${WORKSPACE}:DUALICE`);
    expect(alert!.message.urgent).toBe(true);
    expect(alert!.message.choices).toEqual([
      { id: `ack.${flag.id}`, label: 'Acknowledge' },
      { id: `sum.${link.id}`, label: 'Open summary' },
    ]);
    expect(JSON.stringify(alert!.message)).not.toContain('kill');
    expect((await chat.app.therapists.roster(ALICE))[0]!.openFlags).toHaveLength(1);

    clock.advance(29 * 60_000);
    await chat.app.scheduler.tick();
    expect(await therapistInbox(chat)).toEqual([]);
    clock.advance(2 * 60_000);
    await chat.app.scheduler.tick();
    const reminders = await therapistInbox(chat);
    expect(reminders).toHaveLength(1);
    expect(plainText(reminders[0]!.message.text)).toMatch(/Reminder — not yet acknowledged/);
    await chat.app.scheduler.tick();
    expect(await therapistInbox(chat)).toEqual([]);

    const reply = await chat.app.therapists.handleChoice(ALICE, `ack.${flag.id}`);
    expect(plainText(reply.text)).toMatch(/Acknowledged/);
    const acknowledged = await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } });
    const alice = await prisma.therapistProfile.findFirstOrThrow({ where: { slackUserId: 'UALICE' } });
    expect(acknowledged.acknowledgedBy).toBe(alice.personId);
    expect(acknowledged.acknowledgedAt).toEqual(clock.now());
    expect(plainText((await chat.app.therapists.handleChoice(ALICE, `ack.${flag.id}`)).text)).toMatch(/already acknowledged/);

    clock.advance(2 * 60 * 60_000);
    await chat.app.scheduler.tick();
    expect(await therapistInbox(chat)).toEqual([]);
    expect((await chat.app.therapists.roster(ALICE))[0]!.openFlags).toEqual([]);
    const audit = await prisma.auditEvent.findMany({ where: { action: { in: ['risk.flagged', 'risk.realerted', 'risk.acknowledged'] } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['risk.flagged', 'risk.realerted', 'risk.acknowledged']);
  });

  it('sends the weekly summary once, at the therapist’s local day and time, with a chart and audit', async () => {
    const clock = new ManualClock(new Date('2026-01-18T12:00:00Z')); // a Sunday
    chat = await TestChat.start({ provider, clock });
    const { client } = await linkedClient(chat, 'Robin');
    await chat.app.therapists.setSchedule(ALICE, { weeklyDay: 'mon', summaryTime: '08:00', timezone: 'Europe/Berlin' });
    for (let day = 0; day < 5; day++) {
      const at = new Date(Date.UTC(2026, 0, 13 + day, 20));
      await chat.app.store.repos.checkIns.create({ personId: client.id, mood: 3 + day, emotions: [], coping: [], details: {}, localDate: localDateOf(at, 'America/New_York'), at });
    }
    clock.set('2026-01-19T06:59:00Z'); // 07:59 in Berlin, Monday
    await chat.app.scheduler.tick();
    expect(await therapistInbox(chat)).toEqual([]);
    clock.set('2026-01-19T07:00:30Z');
    await chat.app.scheduler.tick();
    const messages = await therapistInbox(chat);
    expect(messages.map((m) => m.key)).toEqual([expect.stringMatching(/^summary:.*:2026-01-19$/), expect.stringMatching(/^summary:.*:2026-01-19:/)]);
    expect(plainText(messages[0]!.message.text)).toContain('1 client · 0 unacknowledged risk alerts');
    const image = messages[1]!.message.attachment;
    expect(image?.kind).toBe('image');
    const png = Buffer.from(image!.data, 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(image!.kind === 'image' && image!.alt).toMatch(/Mood \(0–10\) by day: .*Tue 13 Jan 3, Wed 14 Jan 4/);
    clock.advance(60_000);
    await chat.app.scheduler.tick();
    expect(await therapistInbox(chat)).toEqual([]);
    expect(await chat.app.database.prisma.auditEvent.count({ where: { action: 'therapist.summary.sent', subjectPersonId: client.id } })).toBe(1);
  });

  it('escalates an unacknowledged high alert to the admins once, lets the practice acknowledge it, replaces what was sent, and lists every flag with its time to acknowledgement', async () => {
    const clock = new ManualClock(new Date('2026-01-15T12:00:00Z'));
    chat = await TestChat.start({ provider, clock, env: { RISK_REALERT_MINUTES: '30', SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    const { link, client } = await linkedClient(chat, 'Robin');
    const { therapists } = chat.app;
    await therapists.setSchedule(ALICE, { timezone: 'America/New_York' });
    await therapists.register(actorOf('UADMIN'), dmOf('UADMIN'));
    await therapists.register(BOB, dmOf('UBOB'));
    await therapists.approve(actorOf('UADMIN'), 'UBOB');
    await deliverToSlack(chat, clock.now()); // Bob's approval notice
    const prisma = chat.app.database.prisma;
    const repos = chat.app.store.repos;
    // A low flag (a denial, or about someone else): never an alert, only listed in summaries.
    await repos.risk.create({ personId: client.id, source: 'thought', severity: 'low', matched: ['denial'], detectorVersion: 'test', at: clock.now() });
    await chat.send('I want to kill myself');
    await chat.expectReply(/glad you told me/);
    const flag = await prisma.riskFlag.findFirstOrThrow({ where: { severity: 'high' } });
    const low = await prisma.riskFlag.findFirstOrThrow({ where: { severity: 'low' } });
    expect((await therapists.roster(ALICE))[0]!.openFlags.map((open) => open.id)).toEqual([flag.id]);
    const [alert, ...others] = await deliverToSlack(chat, clock.now());
    expect(others).toEqual([]);
    expect(alert!.key).toBe(`risk-alert:${flag.id}:${link.therapistId}`);

    // Before the escalation only the linked therapist may acknowledge: not a colleague, not an admin.
    await expectRefused(therapists.acknowledge(BOB, flag.id), 'not-found');
    await expectRefused(therapists.acknowledge(actorOf('UADMIN'), flag.id), 'not-found');

    const job = () => new RiskEscalationJob({ store: chat.app.store, logger: createLogger({ level: 'silent', format: 'json' }), escalateMinutes: 15, channelId: undefined, adminUserIds: ['UADMIN'], directoryFor: (platform) => (platform === 'slack' ? DIRECTORY : undefined) });
    const [first, second] = [job(), job()];
    clock.advance(14 * 60_000);
    expect(await first.run(clock.now())).toBe(0);
    clock.advance(2 * 60_000);
    // Two instances at the same minute: one escalation.
    expect((await Promise.all([first.run(clock.now()), second.run(clock.now())])).reduce((a, b) => a + b)).toBe(1);
    expect(await second.run(clock.now())).toBe(0);
    const [escalation, ...more] = await deliverToSlack(chat, clock.now());
    expect(more).toEqual([]);
    expect(escalation).toMatchObject({ address: `slack:${WORKSPACE}:DUADMIN`, key: `risk-escalation:${flag.id}:${WORKSPACE}:UADMIN` });
    expect(plainText(escalation!.message.text).split('\n')).toEqual([
      'Escalation — risk alert not acknowledged: Robin',
      'Source: a free-text message · severity: high · raised 2026-01-15 12:00 UTC',
      'Not acknowledged after 16 min.',
      'Alerted: UALICE (as Robin).',
      'Please make sure someone follows the practice’s risk protocol now, then press Acknowledge.',
    ]);
    expect(escalation!.message.choices).toEqual([{ id: `ack.${flag.id}`, label: 'Acknowledge' }]);
    expect(await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } })).toMatchObject({ escalatedAt: clock.now(), acknowledgedAt: null });

    // Re-alerts go on meanwhile; never for the low flag.
    clock.advance(15 * 60_000);
    await chat.app.scheduler.tick();
    const [reminder, ...extra] = await deliverToSlack(chat, clock.now());
    expect(extra).toEqual([]);
    expect(reminder!.key).toMatch(new RegExp(`^risk-realert:${flag.id}:`));
    // One reminder is being sent when the flag is acknowledged (claimed, no ts yet); the next one has not gone out.
    clock.advance(31 * 60_000);
    await chat.app.scheduler.tick();
    const [inFlight] = await repos.outbox.claimDue('slack', clock.now(), 24 * 3600_000, 10, 'slow-slack');
    clock.advance(31 * 60_000);
    await chat.app.scheduler.tick();
    expect(await prisma.outboxMessage.count({ where: { idempotencyKey: { startsWith: `risk-realert:${flag.id}:` }, status: 'pending' } })).toBe(1);

    // Bob covers for Alice: once escalated, an approved therapist of the workspace may acknowledge.
    clock.advance(60_000);
    expect(await therapists.acknowledge({ ...BOB, displayName: 'Dr Bob' }, flag.id)).toEqual({ alias: 'Robin', alreadyAcknowledged: false });
    const bob = await prisma.therapistProfile.findFirstOrThrow({ where: { slackUserId: 'UBOB' } });
    const acknowledged = await prisma.riskFlag.findUniqueOrThrow({ where: { id: flag.id } });
    expect(acknowledged).toMatchObject({ acknowledgedBy: bob.personId, acknowledgedAt: clock.now() });
    expect(acknowledged.acknowledgedByNameEnc).not.toContain('Bob');
    // The reminder not sent yet is withdrawn; what was sent is replaced, in each reader's timezone.
    expect(await prisma.outboxMessage.count({ where: { idempotencyKey: { startsWith: `risk-realert:${flag.id}:` }, status: 'pending' } })).toBe(0);
    const edits = await deliverToSlack(chat, clock.now());
    expect(edits.map((edit) => edit.message.edit?.messageId).sort()).toEqual([`ts:${alert!.key}`, `ts:${reminder!.key}`, `ts:${escalation!.key}`].sort());
    for (const edit of edits) {
      const original = [alert, reminder, escalation].find((sent) => `ts:${sent!.key}` === edit.message.edit?.messageId)!;
      expect(edit.address).toBe(original.address);
      expect(edit.message.choices).toBeUndefined();
      const lines = plainText(edit.message.text).split('\n');
      expect(lines[0]).toBe('✓ Acknowledged: possible risk — Robin');
      expect(lines[1]).toBe('Source: a free-text message · severity: high · raised 2026-01-15 12:00 UTC');
      expect(lines[2]).toBe(
        original === escalation ? 'Acknowledged by Dr Bob at 2026-01-15 13:34 UTC, 1 h 34 min after it was raised.' : 'Acknowledged by Dr Bob at 2026-01-15 08:34 America/New_York, 1 h 34 min after it was raised.',
      );
    }

    // The reminder that was in flight got its ts afterwards: the next tick replaces it, once.
    await repos.outbox.markSent(inFlight!.id, clock.now(), 'ts:in-flight');
    clock.advance(60_000);
    await chat.app.scheduler.tick();
    const late = await deliverToSlack(chat, clock.now());
    expect(late.map((edit) => edit.message.edit?.messageId)).toEqual(['ts:in-flight']);
    expect((await therapists.acknowledge(ALICE, flag.id)).alreadyAcknowledged).toBe(true);
    clock.advance(60_000);
    await chat.app.scheduler.tick();
    expect(await deliverToSlack(chat, clock.now())).toEqual([]);

    expect(low.escalatedAt).toBeNull();
    expect((await prisma.riskFlag.findUniqueOrThrow({ where: { id: low.id } })).escalatedAt).toBeNull();
    expect((await therapists.roster(ALICE))[0]!.openFlags).toEqual([]);
    await therapists.requestSummary(ALICE, { linkId: link.id }, 7);
    const [summary] = await deliverToSlack(chat, clock.now());
    const text = plainText(summary!.message.text);
    expect(text).toContain('Risk flags in this period: 2\n• 2026-01-15 12:00 UTC · low · a thought record · no alert (listed here only)\n• 2026-01-15 12:00 UTC · high · a free-text message · acknowledged after 1 h 34 min, escalated\n');
    expect(text).not.toContain('unacknowledged risk alert');
    const audit = await prisma.auditEvent.findMany({ where: { action: { in: ['risk.escalated', 'risk.acknowledged'] } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => [event.action, event.actor, JSON.parse(event.detail ?? '{}')])).toEqual([
      ['risk.escalated', 'system', { flagId: flag.id, to: 'admins', messages: 1 }],
      ['risk.acknowledged', bob.personId, { flagId: flag.id, viaEscalation: true }],
    ]);
  }, 60_000);
});
