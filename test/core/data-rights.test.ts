import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { linkTherapist, onboard } from '../helpers/flows.js';
import { sqliteFileOf } from '../../src/data-key.js';
import { plainText as plainTextOf } from '../../src/core/messages.js';

const CANARY = 'Zebra-canary-4419';

async function checkIn(chat: TestChat, note: string): Promise<void> {
  await chat.send('/checkin');
  await chat.expectReply(/mood/);
  await chat.send('5');
  await chat.expectReply(/emotions/);
  await chat.send('sad');
  await chat.expectReply(/How strong/);
  await chat.send('40');
  await chat.expectReply(/What happened/);
  await chat.send(`${note} trigger`);
  await chat.expectReply(/cope/);
  await chat.send('walk');
  await chat.expectReply(/Anything else/);
  await chat.send(`${note} note, "quoted", =SUM(A1)`);
  await chat.expectReply(/Saved/);
}

describe.each(PROVIDERS)('data rights on %s', (provider) => {
  let chat: TestChat;
  afterEach(async () => chat?.stop());

  it('stores no free-text answer in clear (raw rows and, on SQLite, the raw file)', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await checkIn(chat, CANARY);
    await chat.send('/thought');
    await chat.expectReply(/Situation/);
    await chat.send(`${CANARY} situation`);
    await chat.expectReply(/Moods/);
    const { prisma } = chat.app.database;
    const dump = JSON.stringify(
      await Promise.all([prisma.checkIn.findMany(), prisma.conversation.findMany(), prisma.outboxMessage.findMany(), prisma.person.findMany(), prisma.auditEvent.findMany()]),
    );
    expect(dump).not.toContain(CANARY);
    if (provider === 'sqlite') {
      // The database file and its write-ahead log, byte for byte.
      const file = sqliteFileOf(chat.database.url)!;
      for (const path of [file, `${file}-wal`]) {
        if (existsSync(path)) expect(readFileSync(path).includes(Buffer.from(CANARY))).toBe(false);
      }
      expect(existsSync(`${file}-wal`)).toBe(true);
    }
  });

  it('exports everything, decrypted, as JSON, CSV and a readable report to the same person only', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await checkIn(chat, CANARY);
    await chat.send('/export');
    const json = await chat.expectReply(/everything you’ve stored/);
    const csv = await chat.expectReply(/CSV/);
    const report = await chat.expectReply(/my progress/);
    expect(json.attachment?.kind).toBe('document');
    expect(report.attachment).toMatchObject({ kind: 'document', mimeType: 'text/html' });
    expect(Buffer.from(report.attachment!.data, 'base64').toString()).toContain(`${CANARY} trigger`);
    const exported = JSON.parse(Buffer.from(json.attachment!.data, 'base64').toString());
    expect(exported.checkIns).toHaveLength(1);
    expect(exported.checkIns[0]).toMatchObject({ mood: 5, trigger: `${CANARY} trigger`, coping: ['walk'] });
    expect(exported.settings.timezone).toBe('America/New_York');
    const table = Buffer.from(csv.attachment!.data, 'base64').toString();
    expect(table.split('\r\n')[0]).toMatch(/^type,at,local_date,mood_0_10/);
    expect(table).toContain(`"${CANARY} note, ""quoted"", =SUM(A1)"`);
    expect(chat.adapter.sent.every((entry) => entry.address === chat.address)).toBe(true);
    expect(await chat.app.database.prisma.auditEvent.count({ where: { action: 'data.exported' } })).toBe(1);
  });

  it('deletes everything after two confirmations; /start then begins fresh', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await checkIn(chat, CANARY);
    const { prisma } = chat.app.database;
    const person = await prisma.person.findFirstOrThrow();
    await chat.send('/delete');
    const asked = await chat.expectReply(/Delete everything\?/);
    expect(plainTextOf(asked.text)).toContain('What stays: a log of actions');
    expect(plainTextOf(asked.text)).toContain('never anything you wrote, and no longer linked to you');
    expect(plainTextOf(asked.text)).toContain('deleted after 6 years');
    await chat.press('No, keep my data');
    await chat.expectReply(/nothing was deleted/);
    expect(await prisma.checkIn.count()).toBe(1);

    // Something already queued for them (an exercise follow-up for tomorrow, say) must not arrive.
    await chat.app.store.repos.outbox.enqueue({ idempotencyKey: 'followup-tomorrow', address: chat.address, message: { text: `${CANARY} later` }, dueAt: new Date(Date.now() + 86_400_000) });
    await chat.send('/delete');
    await chat.expectReply(/Delete everything\?/);
    await chat.press('Yes, delete everything');
    await chat.expectReply(/Last check/);
    await chat.press('Delete permanently');
    const done = await chat.expectReply(/has been deleted/);
    expect(plainTextOf(done.text)).toContain('What stays: a log of actions');
    expect(plainTextOf(done.text)).toContain('deleted after 6 years');
    // Nothing queued, nothing said to them before; and the confirmation itself is forgotten once
    // sent (its row names their address).
    await chat.app.worker.drain(5_000);
    expect(await prisma.outboxMessage.count({ where: { address: chat.address } })).toBe(0);
    for (const count of await Promise.all([prisma.person.count(), prisma.identity.count(), prisma.checkIn.count(), prisma.conversation.count(), prisma.careLink.count()])) {
      expect(count).toBe(0);
    }
    // The audit trail stays, under a pseudonym: what was done and when, no longer to whom.
    const audit = await prisma.auditEvent.findMany({ orderBy: { createdAt: 'asc' } });
    expect(audit.map((event) => event.action)).toEqual(['person.created', 'person.erased']);
    const pseudonym = audit[1]!.subjectPersonId!;
    expect(pseudonym).toMatch(/^erased:/);
    expect(audit.every((event) => event.actor === pseudonym && event.subjectPersonId === pseudonym)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(person.id);
    expect(JSON.stringify(audit)).not.toContain(CANARY);

    await chat.send('/start');

    await chat.expectReply(/Which language should I use/);

    await chat.press('English');
    await chat.expectReply(/Welcome to Between/);
  });

  it('says audit events are kept indefinitely when the practice keeps them so', async () => {
    chat = await TestChat.start({ provider, env: { AUDIT_RETENTION_DAYS: '0' } });
    await onboard(chat);
    await chat.send('/delete');
    const asked = await chat.expectReply(/Delete everything\?/);
    expect(plainTextOf(asked.text)).toContain('and is kept indefinitely.');
    expect(plainTextOf(asked.text)).not.toMatch(/deleted after/);
  });

  it('pauses and resumes prompts, shows history and homework', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/history');
    await chat.expectReply(/0 check-ins and 0 thought records this week/);
    await chat.send('/homework');
    await chat.expectReply(/no homework assigned/);
    const { prisma } = chat.app.database;
    const person = await prisma.person.findFirstOrThrow();
    await chat.app.store.repos.homework.assign({ personId: person.id, kind: 'checkin', cadence: 'daily', instructions: 'Check in after lunch', at: new Date() });
    await checkIn(chat, 'x');
    await chat.send('/history');
    const history = await chat.expectReply(/Your mood, last 7 days/);
    expect(history.text).toMatch(/█████░░░░░ 5/);
    expect(history.text).toContain('1 check-in and 0 thought records this week');
    await chat.send('/homework');
    const homework = await chat.expectReply(/Your homework/);
    expect(homework.text).toContain('✓ Emotion check-in (daily) — /checkin · done today');
    expect(homework.text).toContain('Check in after lunch');

    await chat.send('/pause 0');
    await chat.expectReply(/from 1 to 90/);
    await chat.send('/pause soon');
    await chat.expectReply(/from 1 to 90/);
    await chat.send('/pause 3');
    await chat.expectReply(/Paused. No daily prompts until/);
    expect((await prisma.person.findFirstOrThrow()).pausedUntil).not.toBeNull();
    await chat.send('/resume');
    await chat.expectReply(/prompts are on again/);
    expect((await prisma.person.findFirstOrThrow()).pausedUntil).toBeNull();
  });

  it('changes settings one at a time and saves on Done', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await chat.send('/settings');
    await chat.expectReply(/Your settings/);
    await chat.press('Quiet hours');
    await chat.expectReply(/Quiet hours/);
    await chat.send('10pm to 7am');
    await chat.expectReply(/Quiet hours: 22:00–07:00/);
    await chat.press('Check-in time');
    await chat.expectReply(/When should I send/);
    await chat.send('09:15');
    await chat.expectReply(/Daily check-in: 09:15/);
    await chat.press('Timezone');
    await chat.expectReply(/Which timezone/);
    await chat.send('Pacific/Chatham');
    await chat.expectReply(/Chatham/);
    await chat.press('Done');
    await chat.expectReply(/Saved/);
    expect(await chat.app.database.prisma.person.findFirstOrThrow()).toMatchObject({ timezone: 'Pacific/Chatham', promptTime: '09:15', quietStart: '22:00', quietEnd: '07:00' });
  });

  it('lets the client choose what their therapist receives, and shows it in /settings', async () => {
    chat = await TestChat.start({ provider });
    await onboard(chat);
    await linkTherapist(chat);
    await chat.send('/settings');
    const before = await chat.expectReply(/Your settings/);
    expect(plainTextOf(before.text)).toContain('Your therapist sees:');
    await chat.press('What my therapist sees');
    await chat.expectReply(/What may your therapist receive/);
    await chat.press('Only what I did');
    await chat.expectReply(/Your settings/);
    await chat.press('Done');
    await chat.expectReply(/Your therapist now receives at most: whether check-ins and homework were done, and risk alerts — no scores, nothing you write/);
    expect(await chat.app.database.prisma.careLink.findFirstOrThrow()).toMatchObject({ consentScope: 'minimal' });
    expect(await chat.app.database.prisma.auditEvent.count({ where: { action: 'care.consent-changed' } })).toBe(1);
    await chat.send('/settings');
    const after = await chat.expectReply(/Your settings/);
    expect(plainTextOf(after.text)).toContain('Your therapist sees: whether check-ins and homework were done, and risk alerts — no scores');
  });
});
