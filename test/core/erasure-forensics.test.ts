import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter, type ConsoleAdapter } from '../../adapters/console/index.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { sqliteFileOf } from '../../src/data-key.js';
import type { Db } from '../../src/db/client.js';
import { RecordingAdapter, TestChat } from '../helpers/chat.js';
import { freshDatabase, PROVIDERS, scratchDir } from '../helpers/databases.js';
import { onboard, pairAsPartners, say, tap } from '../helpers/flows.js';

/** The person who erases everything; also their platform user id, display name and address. */
const USER = 'quokka5821';
const PARTNER = 'wren3390';
/** Unique strings written into every kind of data the person can leave behind. */
const CANARY = {
  checkInTrigger: 'CheckinTrigger-k2v8',
  checkInNote: 'CheckinNote-k7c3',
  thoughtSituation: 'ThoughtSituation-m4x1',
  thoughtAutomatic: 'ThoughtAutomatic-m9q2',
  journal: 'JournalCanary-p9w3',
  safetyPlan: 'SafetyPlan-r5t7',
  partnerName: 'PartnerName-h3j6',
  therapistAlias: 'AliasCanary-z8q2',
  homework: 'HomeworkCanary-b6n4',
  crisis: 'CrisisWords-y1u5',
};
/** Settings in clear columns (no other row holds these values). */
const SETTINGS = { timezone: 'Pacific/Chatham', promptTime: '06:17', quiet: '03:11' };
const ALICE: TherapistActor = { platform: 'slack', workspaceId: 'T1', userId: 'UALICE' };

/**
 * The real console adapter behind the recording double: attachments are written to its download
 * folder exactly as in `npm start`, and the test still reads every reply.
 */
class ConsoleRecorder extends RecordingAdapter {
  constructor(readonly terminal: ConsoleAdapter) {
    super('console');
  }

  override async send(address: string, message: OutboundMessage) {
    if (address === this.terminal.address) await this.terminal.send(address, message);
    return super.send(address, message);
  }

  forget(addresses: readonly string[]): Promise<void> {
    return this.terminal.forget(addresses);
  }

  override async stop(): Promise<void> {
    await this.terminal.stop();
    await super.stop();
  }
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** Which needles occur in which of the byte sources (as UTF-8 bytes). */
function findIn(sources: { name: string; bytes: Buffer }[], needles: string[]): string[] {
  const found: string[] = [];
  for (const { name, bytes } of sources) {
    for (const needle of needles) if (bytes.includes(Buffer.from(needle))) found.push(`${needle} in ${name}`);
  }
  return found;
}

function readFiles(dir: string): { name: string; bytes: Buffer }[] {
  return filesUnder(dir).map((path) => ({ name: path.slice(dir.length + 1), bytes: readFileSync(path) }));
}

/** PostgreSQL: the raw 8 kB pages of every table, index and TOAST table of the database (pageinspect). */
async function postgresPages(prisma: Db): Promise<{ name: string; bytes: Buffer }[]> {
  await prisma.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pageinspect');
  const relations = await prisma.$queryRawUnsafe<{ name: string; blocks: number }[]>(
    `SELECT c.oid::regclass::text AS name, (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS blocks
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 'i', 't')`,
  );
  const pages: { name: string; bytes: Buffer }[] = [];
  for (const { name, blocks } of relations) {
    for (let block = 0; block < blocks; block++) {
      const [row] = await prisma.$queryRawUnsafe<{ page: Uint8Array }[]>('SELECT get_raw_page($1, $2) AS page', name, block);
      pages.push({ name: `${name} page ${block}`, bytes: Buffer.from(row!.page) });
    }
  }
  return pages;
}


/** Writes every kind of data a client can leave: settings, check-in, thought record, exercises, questionnaire, partner, crisis messages, export. */
async function leaveTraces(chat: TestChat, partner: TestChat): Promise<void> {
  const invite = await chat.app.therapists.invite(ALICE, CANARY.therapistAlias);
  await onboard(chat, { timezone: SETTINGS.timezone, promptTime: SETTINGS.promptTime, code: invite.code.toLowerCase() });
  await onboard(partner);

  await say(chat, '/settings', /Your settings/);
  await tap(chat, 'Quiet hours', /Quiet hours/);
  await say(chat, `${SETTINGS.quiet} to 04:29`, /Quiet hours: 03:11–04:29/);
  await tap(chat, 'Done', /./);

  await say(chat, '/checkin', /mood/);
  await say(chat, '4', /emotions/);
  await say(chat, 'sad', /How strong/);
  await say(chat, '60', /What happened/);
  await say(chat, `${CANARY.checkInTrigger} at work`, /cope/);
  await say(chat, 'walk', /Anything else/);
  await say(chat, `${CANARY.checkInNote} tonight`, /Saved/);

  await say(chat, '/thought', /Situation/);
  await say(chat, `${CANARY.thoughtSituation} after the call`, /Moods/);
  await say(chat, 'anxious', /How strong was “anxious”/);
  await say(chat, '80', /Automatic thoughts/);
  await say(chat, `${CANARY.thoughtAutomatic} I will fail`, /Was there another thought/);
  await tap(chat, 'That’s all', /thinking traps/);
  await tap(chat, 'Labeling', /thinking traps/);
  await tap(chat, 'Done', /Evidence for/);
  await say(chat, 'The deadline moved', /Evidence against/);
  await say(chat, 'My last review was good', /Balanced thought/);
  await say(chat, 'One slow week is not a verdict', /believe the balanced thought/);
  await tap(chat, '70', /“anxious” now/);
  await say(chat, '40', /Thought record saved/);

  await say(chat, '/exercise journal', /Today’s prompt/);
  await say(chat, `${CANARY.journal} a quieter week`, /Journal entry saved/);
  await say(chat, '/safetyplan', /Step 1 — Warning signs/);
  await say(chat, `${CANARY.safetyPlan} not sleeping`, /Step 2/);
  for (let step = 3; step <= 6; step++) await say(chat, 'skip', step < 6 ? new RegExp(`Step ${step}`) : /Step 6/);
  await say(chat, 'skip', /safety plan is saved/);

  const [link] = await chat.app.therapists.assignableClients(ALICE);
  await chat.app.therapists.assign(ALICE, { linkId: link!.linkId, kind: 'journaling', cadence: 'daily', instructions: `${CANARY.homework} write about Sunday` });
  await chat.expectReply(/homework/i);

  // PHQ-9 with item 9 above 0: a risk flag from a questionnaire.
  // Nine items, then the unscored functional-difficulty question (asked because an item scored above 0).
  await say(chat, '/assessment phq9', /1\/9/);
  for (let item = 1; item <= 8; item++) await tap(chat, 'Not at all', new RegExp(`${item + 1}/9`));
  await tap(chat, 'Several days', /glad you told me/);
  await chat.expectReply(/9\/9/);
  await tap(chat, 'Not difficult at all', /Your score is 1 out of 27/);

  // Crisis language outside any flow: risk flags whose pattern ids name what was written.
  await say(chat, `${CANARY.crisis} I want to overdose, I could take too many pills`, /glad you told me/);
  await say(chat, 'honestly kms', /glad you told me/);

  // An accountability partner, with the display name the person chose.
  await pairAsPartners(chat, partner, CANARY.partnerName);

  // The therapist looks at the roster and a summary (audit events about the person).
  await chat.app.therapists.roster(ALICE);
  await chat.app.therapists.requestSummary(ALICE, { linkId: link!.linkId }, 7);

  await say(chat, '/export', /everything you’ve stored/);
  await chat.expectReply(/CSV/);
  await chat.expectReply(/my progress/);
  await chat.expectReply(/FHIR R4/);
}

describe.each(PROVIDERS)('erasure leaves nothing readable on %s', (provider) => {
  let chat: TestChat | undefined;
  afterEach(async () => {
    await chat?.stop();
    chat = undefined;
  });

  it('after /delete, no canary, id, risk pattern or detector version is left in the database files, the data directory or the logs', async () => {
    const database = await freshDatabase(provider);
    const dataDir = provider === 'sqlite' ? dirname(sqliteFileOf(database.url)!) : scratchDir('data-');
    const downloads = join(dataDir, 'downloads');
    mkdirSync(downloads, { recursive: true });
    const terminal = createConsoleAdapter({ user: USER, output: new PassThrough(), downloadDir: downloads, color: false });
    const logs: string[] = [];
    chat = await TestChat.start({
      database,
      adapter: new ConsoleRecorder(terminal),
      user: USER,
      logSink: logs,
      env: { BETWEEN_KEY_FILE: join(dataDir, 'between.key'), PHQ9_ENABLED: 'true' },
    });
    const partner = chat.as(PARTNER);
    await chat.app.therapists.register(ALICE, async () => 'slack:T1:DUALICE');
    await leaveTraces(chat, partner);

    const { prisma } = chat.app.database;
    const person = await prisma.person.findFirstOrThrow({ where: { identities: { some: { platformUserId: USER } } } });
    const flags = await prisma.riskFlag.findMany({ where: { personId: person.id } });
    expect(flags.length).toBeGreaterThanOrEqual(3);
    const detections = await Promise.all(flags.map((flag) => chat!.app.store.repos.risk.detectionOf(flag.id)));
    const patterns = [...new Set(detections.flatMap((detection) => detection!.matched))];
    expect(patterns).toEqual(expect.arrayContaining(['phq9:q9', 'overdose', 'pills', 'kms']));
    const detectorVersions = [...new Set(detections.map((detection) => detection!.detectorVersion))];
    // Before erasure the scan finds what it looks for: the export files, and the person in the database.
    expect(filesUnder(downloads).length).toBeGreaterThanOrEqual(3);
    expect(findIn(readFiles(dataDir), [CANARY.checkInNote, person.id]).length).toBeGreaterThanOrEqual(provider === 'sqlite' ? 2 : 1);
    if (provider === 'postgresql') expect(findIn(await postgresPages(prisma), [person.id, USER]).length).toBeGreaterThan(0);

    await say(chat, '/delete', /Delete everything\?/);
    await tap(chat, 'Yes, delete everything', /Last check/);
    await chat.press('Delete permanently');
    await chat.expectReply(/has been deleted/);
    await partner.expectReply(/partnership with .* has ended/);
    // The confirmation is deleted once sent (it names the address), and the space scrubbed again.
    await chat.app.worker.drain(5_000);
    expect(await prisma.outboxMessage.count({ where: { address: chat.address } })).toBe(0);
    expect(filesUnder(downloads)).toEqual([]);

    // The scrub after commit ran (and nothing after commit failed).
    expect(logs.some((line) => line.includes('freed space scrubbed after an erasure'))).toBe(true);
    expect(logs.filter((line) => /after commit failed|forgotten messages failed|marking messages sent failed/.test(line))).toEqual([]);

    const content = Object.values(CANARY);
    const ids = [person.id, USER];
    // Pattern ids as stored (a JSON string: quotes cannot occur in base64 ciphertext, where a short
    // id like "kms" could by chance), and bare where long enough not to occur by chance.
    const risk = [...patterns.map((id) => JSON.stringify(id)), ...patterns.filter((id) => id.length >= 5), ...detectorVersions];
    const clear = [...ids, ...risk, SETTINGS.timezone];
    const files = () => readFiles(dataDir);
    if (provider === 'sqlite') {
      // While the app is still running (the database open), then after it has closed.
      expect(findIn(files(), [...content, ...clear])).toEqual([]);
      await chat.stop();
      chat = undefined;
      expect(findIn(files(), [...content, ...clear])).toEqual([]);
    } else {
      // PostgreSQL keeps dead tuples' bytes in free space (docs/database.md#erasure): what must not
      // be there is anything the person wrote or what the risk flags matched.
      expect(findIn(await postgresPages(prisma), [...content, ...risk])).toEqual([]);
      expect(findIn(files(), [...content, ...clear])).toEqual([]);
    }
    // In console mode the log file lives in the data directory too.
    expect(findIn([{ name: 'logs', bytes: Buffer.from(logs.join('')) }], [...content, ...clear])).toEqual([]);
  }, 90_000);
});
