import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { plainText, type OutboundMessage } from '../../src/core/messages.js';
import { TherapistError } from '../../src/core/therapists/errors.js';
import { runTherapistCommand } from '../../src/core/therapists/commands.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { pseudonymOf, type FhirBundle, type FhirResource } from '../../src/core/privacy/fhir.js';
import { validateFhir } from '../../src/core/privacy/fhir-validation.js';
import { localDateOf } from '../../src/core/time.js';
import { PROVIDERS } from '../helpers/databases.js';
import { TestChat } from '../helpers/chat.js';
import { onboard } from '../helpers/flows.js';

const WORKSPACE = 'T1';
const actorOf = (userId: string): TherapistActor => ({ platform: 'slack', workspaceId: WORKSPACE, userId });
const dmOf = (userId: string) => async () => `slack:${WORKSPACE}:D${userId}`;
const ALICE = actorOf('UALICE');
const BOB = actorOf('UBOB');
const CANARY = 'canary-fhir-9d2e';
const OTHER_EMOTION = `${CANARY} Ärger 😤`;

/** Messages waiting for therapists (no Slack adapter runs here): claimed and decrypted from the outbox. */
async function therapistInbox(chat: TestChat): Promise<{ address: string; message: OutboundMessage }[]> {
  const claimed = await chat.app.store.repos.outbox.claimDue('slack', new Date('2100-01-01'), 60_000, 500, 'test-reader');
  return claimed.map((row) => ({ address: row.address, message: row.message }));
}

const bundleOf = (message: OutboundMessage) => JSON.parse(Buffer.from((message.attachment as { data: string }).data, 'base64').toString('utf8')) as FhirBundle;
const typesOf = (bundle: FhirBundle) => bundle.entry.map((entry) => entry.resource.resourceType);

async function refusal(promise: Promise<unknown>): Promise<TherapistError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TherapistError);
  return error as TherapistError;
}

describe.each(PROVIDERS)('the therapist’s FHIR export on %s', (provider) => {
  let chat: TestChat | undefined;
  afterEach(async () => {
    await chat?.stop();
    chat = undefined;
  });

  /** Robin, Alice's client, with a PHQ-8 result and a check-in naming an "other" emotion in their own words. */
  async function robin(clock: ManualClock) {
    chat = await TestChat.start({ provider, clock, env: { SLACK_ADMIN_USER_IDS: 'UADMIN' } });
    const { therapists } = chat.app;
    await therapists.register(ALICE, dmOf('UALICE'));
    const invite = await therapists.invite(ALICE, 'Robin');
    await onboard(chat, { code: invite.code.toLowerCase() });
    const prisma = chat.app.database.prisma;
    const client = await prisma.person.findFirstOrThrow({ where: { role: 'client' } });
    const link = await prisma.careLink.findFirstOrThrow({ where: { clientId: client.id } });
    const repos = chat.app.store.repos;
    const at = new Date(clock.now().getTime() - 3600_000);
    await repos.checkIns.create({
      personId: client.id,
      mood: 3,
      emotions: [{ emotion: 'other', intensity: 70 }],
      coping: [],
      details: { note: `${CANARY}-note`, otherEmotion: OTHER_EMOTION },
      localDate: localDateOf(at, client.timezone),
      at,
    });
    await repos.assessments.create({
      personId: client.id,
      instrument: 'phq8',
      instrumentVersion: 'en-2',
      answers: { q1: 2, q2: 2, q3: 1, q4: 1, q5: 1, q6: 1, q7: 1, q8: 1 },
      total: 10,
      band: 'moderate',
      notes: [],
      localDate: localDateOf(at, client.timezone),
      at,
    });
    return { client, link, prisma };
  }

  it('sends a valid bundle within the client’s consent: scores and check-ins at clinical, left out (and said so) at minimal; audited without content', async () => {
    const clock = new ManualClock(new Date('2026-02-11T12:00:00Z'));
    const { client, link, prisma } = await robin(clock);
    const { therapists } = chat!.app;

    const reply = await runTherapistCommand(therapists, ALICE, 'export robin FHIR', dmOf('UALICE'));
    expect(reply.kind === 'reply' && plainText(reply.message.text)).toBe('The FHIR export of Robin is on its way to your messages.');
    const [sent] = await therapistInbox(chat!);
    expect(sent!.address).toBe(`slack:${WORKSPACE}:DUALICE`);
    expect(plainText(sent!.message.text)).toMatch(/^FHIR R4 export — Robin\n/);
    expect(sent!.message.attachment).toMatchObject({ kind: 'document', mimeType: 'application/fhir+json', filename: 'between-fhir-2026-02-11.json' });
    const clinical = bundleOf(sent!.message);
    expect(await validateFhir(clinical as unknown as FhirResource)).toEqual([]);
    expect(typesOf(clinical)).toEqual(['Patient', 'QuestionnaireResponse', 'Observation', 'Observation', 'Observation', 'List', 'List']);
    expect(JSON.stringify(clinical)).toContain(pseudonymOf(client.id));
    // Nothing the client typed reaches the therapist: the "other" emotion is named only as "other".
    for (const text of [CANARY, client.id, chat!.address]) expect(JSON.stringify(clinical)).not.toContain(text);

    // The client's consent lowers the level to minimal: scores and check-ins are left out, and the bundle says so.
    await prisma.careLink.update({ where: { id: link.id }, data: { consentScope: 'minimal' } });
    clock.advance(60_000);
    const lowered = await runTherapistCommand(therapists, ALICE, 'export Robin fhir', dmOf('UALICE'));
    expect(lowered.kind === 'reply' && plainText(lowered.message.text)).toContain('Scores and check-ins are left out at the detail level you get for them.');
    const [minimalMessage] = await therapistInbox(chat!);
    expect(plainText(minimalMessage!.message.text)).toContain('Left out at the detail level you get for this client');
    const minimal = bundleOf(minimalMessage!.message);
    expect(await validateFhir(minimal as unknown as FhirResource)).toEqual([]);
    expect(typesOf(minimal)).toEqual(['Patient', 'List', 'List']);
    for (const entry of minimal.entry.slice(1)) expect(entry.resource.emptyReason).toMatchObject({ coding: [{ code: 'withheld' }] });
    expect(JSON.stringify(minimal)).not.toMatch(/valueInteger|QuestionnaireResponse/);

    // Alice's own level does the same with the client's consent at clinical.
    await prisma.careLink.update({ where: { id: link.id }, data: { consentScope: 'clinical' } });
    await therapists.setDetailLevel(ALICE, 'minimal');
    clock.advance(60_000);
    await therapists.exportFhir(ALICE, 'Robin');
    expect(typesOf(bundleOf((await therapistInbox(chat!))[0]!.message))).toEqual(['Patient', 'List', 'List']);

    const audits = await prisma.auditEvent.findMany({ where: { action: 'export.fhir' }, orderBy: { createdAt: 'asc' } });
    expect(audits.map((audit) => [audit.subjectPersonId, JSON.parse(audit.detail!) as unknown])).toEqual([
      [client.id, { careLinkId: link.id, level: 'clinical', questionnaires: 1, checkIns: 1 }],
      [client.id, { careLinkId: link.id, level: 'minimal', questionnaires: 0, checkIns: 0 }],
      [client.id, { careLinkId: link.id, level: 'minimal', questionnaires: 0, checkIns: 0 }],
    ]);
    expect(JSON.stringify(audits)).not.toContain(CANARY);
  }, 60_000);

  it('another therapist’s client is "not found", as an unknown alias is, and an access.denied; the format is required', async () => {
    const clock = new ManualClock(new Date('2026-02-11T12:00:00Z'));
    const { client, prisma } = await robin(clock);
    const { therapists } = chat!.app;
    await therapists.register(actorOf('UADMIN'), dmOf('UADMIN'));
    await therapists.register(BOB, dmOf('UBOB'));
    await therapists.approve(actorOf('UADMIN'), 'UBOB');
    await therapistInbox(chat!); // the approval notices

    const theirs = await refusal(therapists.exportFhir(BOB, 'robin'));
    const nobody = await refusal(therapists.exportFhir(BOB, 'Nobody 12'));
    expect(theirs.code).toBe('not-found');
    expect(theirs.message).toBe(nobody.message);
    const viaCommand = await runTherapistCommand(therapists, BOB, 'export Robin fhir', dmOf('UBOB'));
    expect(viaCommand.kind === 'reply' && viaCommand.message.text).toBe(theirs.message);

    const bob = await prisma.therapistProfile.findFirstOrThrow({ where: { slackUserId: 'UBOB' } });
    const denials = await prisma.auditEvent.findMany({ where: { action: 'access.denied', actor: bob.personId } });
    expect(denials.map((denial) => [denial.subjectPersonId, JSON.parse(denial.detail!) as unknown])).toEqual([
      [client.id, { what: 'export.fhir' }],
      [client.id, { what: 'export.fhir' }],
    ]);
    expect(await prisma.auditEvent.count({ where: { action: 'export.fhir' } })).toBe(0);
    expect(await therapistInbox(chat!)).toEqual([]);

    const usage = await runTherapistCommand(therapists, ALICE, 'export Robin', dmOf('UALICE'));
    expect(usage.kind === 'reply' && usage.message.text).toContain('`/between export Client 7 fhir`');
    expect(await therapistInbox(chat!)).toEqual([]);
  }, 60_000);
});
