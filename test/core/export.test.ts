import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/sqlite/client.js';
import type { ModelName } from '../../src/db/client.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { plainText } from '../../src/core/messages.js';
import type { TherapistActor } from '../../src/core/therapists/therapist-service.js';
import { collectExport, EXPORT_COVERAGE, EXPORT_FORMAT, type ExportData } from '../../src/core/privacy/export-data.js';
import { CSV_HEADER } from '../../src/core/privacy/export.js';
import { escapeHtml, progressReport } from '../../src/core/privacy/progress-report.js';
import { LOINC, pseudonymOf, type FhirBundle, type FhirResource } from '../../src/core/privacy/fhir.js';
import { validateFhir } from '../../src/core/privacy/fhir-validation.js';
import { translate } from '../../src/core/i18n/index.js';
import { TestChat } from '../helpers/chat.js';
import { PROVIDERS, storePerTest } from '../helpers/databases.js';
import { onboard, pairAsPartners, say, tap } from '../helpers/flows.js';

/** No daylight saving time, and an offset no default could produce by accident. */
const ZONE = 'Asia/Tehran';
const OFFSET = '+03:30';
const ALICE: TherapistActor = { platform: 'slack', workspaceId: 'T1', userId: 'UALICE' };
const TEXT = {
  trigger: 'Trigger-q1 the bus was late',
  note: 'Note-q2 <script>alert("x")</script> & more',
  situation: 'Situation-q3 after the call',
  thought: 'Thought-q4 I will fail',
  evidenceFor: 'EvidenceFor-q5 the deadline moved',
  evidenceAgainst: 'EvidenceAgainst-q6 my last review was good',
  balanced: 'Balanced-q7 one slow week is not a verdict',
  journal: 'Journal-q8 a quieter week',
  partnerName: 'Robin-q9',
  alias: 'Alias-q10',
  homework: 'Homework-q11 check in every evening',
};


const decode = (message: OutboundMessage) => Buffer.from((message.attachment as { data: string }).data, 'base64').toString('utf8');

/** Leaves data in every table that can hold a client's data, through the real flows. */
async function seed(chat: TestChat, partner: TestChat): Promise<void> {
  await chat.app.therapists.register(ALICE, async () => 'slack:T1:DUALICE');
  const invite = await chat.app.therapists.invite(ALICE, TEXT.alias);
  await onboard(chat, { timezone: ZONE, code: invite.code.toLowerCase() });
  await onboard(partner);

  const [link] = await chat.app.therapists.assignableClients(ALICE);
  await chat.app.therapists.assign(ALICE, { linkId: link!.linkId, kind: 'checkin', cadence: 'daily', instructions: TEXT.homework });
  await chat.expectReply(/homework/i);

  await say(chat, '/checkin', /mood/);
  await say(chat, '4', /emotions/);
  await say(chat, 'sad', /How strong/);
  await say(chat, '60', /What happened/);
  await say(chat, TEXT.trigger, /cope/);
  await say(chat, 'walk', /Anything else/);
  await say(chat, TEXT.note, /Saved/);

  await say(chat, '/thought', /Situation/);
  await say(chat, TEXT.situation, /Moods/);
  await say(chat, 'anxious', /How strong was “anxious”/);
  await say(chat, '80', /Automatic thoughts/);
  await say(chat, TEXT.thought, /Was there another thought/);
  await tap(chat, 'That’s all', /thinking traps/);
  await tap(chat, 'Labeling', /thinking traps/);
  await tap(chat, 'Done', /Evidence for/);
  await say(chat, TEXT.evidenceFor, /Evidence against/);
  await say(chat, TEXT.evidenceAgainst, /Balanced thought/);
  await say(chat, TEXT.balanced, /believe the balanced thought/);
  await tap(chat, '70', /“anxious” now/);
  await say(chat, '40', /Thought record saved/);

  await say(chat, '/exercise journal', /Today’s prompt/);
  await say(chat, TEXT.journal, /Journal entry saved/);

  // PHQ-9 with item 9 above 0: a questionnaire, and a risk flag from it.
  await say(chat, '/assessment phq9', /1\/9/);
  for (let item = 1; item <= 8; item++) await tap(chat, 'Not at all', new RegExp(`${item + 1}/9`));
  await tap(chat, 'Several days', /glad you told me/);
  await chat.expectReply(/9\/9/);
  await tap(chat, 'Not difficult at all', /Your score is 1 out of 27/);

  await pairAsPartners(chat, partner, TEXT.partnerName);

  // A check-in stopped half-way: its answers are kept to pick up later.
  await say(chat, '/checkin', /mood/);
  await tap(chat, '3', /Which emotions/);
  await say(chat, 'cancel', /Stop the check-in\?/);
  await tap(chat, 'Yes, stop', /stopped the check-in/);
}

/** How many rows of each model with a section hold the person's data, read from the database itself. */
function databaseCounts(chat: TestChat, personId: string): Record<Exclude<ModelName, 'OutboxMessage' | 'ProcessedUpdate' | 'RateLimitHit'>, Promise<number>> {
  const { prisma } = chat.app.database;
  return {
    Person: prisma.person.count({ where: { id: personId } }),
    Identity: prisma.identity.count({ where: { personId } }),
    Conversation: prisma.conversation.count({ where: { personId } }),
    CheckIn: prisma.checkIn.count({ where: { personId } }),
    ThoughtRecord: prisma.thoughtRecord.count({ where: { personId } }),
    RiskFlag: prisma.riskFlag.count({ where: { personId } }),
    Assignment: prisma.assignment.count({ where: { personId } }),
    HomeworkCompletion: prisma.homeworkCompletion.count({ where: { assignment: { personId } } }),
    PromptSchedule: prisma.promptSchedule.count({ where: { personId } }),
    AssessmentResult: prisma.assessmentResult.count({ where: { personId } }),
    ExerciseEntry: prisma.exerciseEntry.count({ where: { personId } }),
    CareLink: prisma.careLink.count({ where: { clientId: personId } }),
    EnrollmentCode: prisma.enrollmentCode.count({ where: { usedById: personId } }),
    PartnerInvite: prisma.partnerInvite.count({ where: { inviterId: personId } }),
    Partnership: prisma.partnership.count({ where: { OR: [{ aId: personId }, { bId: personId }] } }),
    AuditEvent: prisma.auditEvent.count({ where: { OR: [{ subjectPersonId: personId }, { actor: personId }], action: { not: 'data.exported' } } }),
    TherapistProfile: prisma.therapistProfile.count({ where: { personId } }),
  };
}

/** The same counts, as the export holds them. */
function exportedCounts(data: ExportData): Record<keyof ReturnType<typeof databaseCounts>, number> {
  return {
    Person: data.person && data.settings ? 1 : 0,
    Identity: data.identities.length,
    Conversation: data.conversations.length,
    CheckIn: data.checkIns.length,
    ThoughtRecord: data.thoughtRecords.length,
    RiskFlag: data.riskFlags.length,
    Assignment: data.homework.length,
    HomeworkCompletion: data.homework.reduce((sum, h) => sum + h.completions.length, 0),
    PromptSchedule: data.reminders.length,
    AssessmentResult: data.assessments.length,
    ExerciseEntry: data.exercises.length,
    CareLink: data.careTeam.length,
    EnrollmentCode: data.enrollmentCodes.length,
    PartnerInvite: data.partnerInvites.length,
    Partnership: data.partnerships.length,
    AuditEvent: data.activityLog.length,
    TherapistProfile: data.therapistProfile ? 1 : 0,
  };
}

describe('export coverage', () => {
  it('classifies every model of the schema, and no other', () => {
    const schema = readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8');
    const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]).sort();
    expect(models.length).toBeGreaterThan(15);
    expect(Object.keys(EXPORT_COVERAGE).sort()).toEqual(models);
    expect(Object.values(Prisma.ModelName).sort()).toEqual(models);
    for (const coverage of Object.values(EXPORT_COVERAGE)) {
      if ('leftOut' in coverage) expect(coverage.leftOut.length).toBeGreaterThan(20);
      else expect(coverage.sections.length).toBeGreaterThan(0);
    }
  });

  it('escapes every character that could open markup', () => {
    expect(escapeHtml(`<img src=x onerror='a'> & "b"`)).toBe('&#60;img src=x onerror=&#39;a&#39;&#62; &#38; &#34;b&#34;');
  });
});

describe('the readable report without a chart', () => {
  const open = storePerTest('sqlite');

  it('lists every check-in and says the chart could not be drawn when drawing fails', async () => {
    const { store } = await open();
    const at = new Date('2026-03-02T15:00:00Z');
    const person = await store.repos.people.create({ timezone: 'America/New_York', onboardedAt: at }, { platform: 'console', platformUserId: 'kim', address: 'console:kim' }, at);
    await store.repos.checkIns.create({ personId: person.id, mood: 6, emotions: [{ emotion: 'calm', intensity: 30 }], coping: [], details: { note: '<b>bold</b>' }, localDate: '2026-03-02', at });
    const data = await collectExport(person, store.repos, new Date('2026-03-03T12:00:00Z'));
    expect(data.checkIns[0]!.at).toBe('2026-03-02T10:00:00-05:00');
    let asked = 0;
    const report = await progressReport(data, new Date('2026-03-03T12:00:00Z'), async (days) => {
      asked = days.length;
      throw new Error('no chart today');
    });
    expect(asked).toBe(2);
    expect(report).not.toContain('<img');
    expect(report).toContain(escapeHtml(translate('en', 'report-mood-chart-missing')));
    expect(report).toContain('<td>Mon 2 Mar 2026, 10:00</td><td class="num">6</td><td>Calm 30</td>');
    expect(report).toContain('&#60;b&#62;bold&#60;/b&#62;');
    expect(await progressReport(data, new Date('2026-03-03T12:00:00Z'))).toContain(escapeHtml(translate('en', 'report-mood-chart-missing')));
  });
});

describe.each(PROVIDERS)('export on %s', (provider) => {
  let chat: TestChat | undefined;
  afterEach(async () => {
    await chat?.stop();
    chat = undefined;
  });

  it('holds every table of the person’s data, in their timezone; the CSV has the thought text; the report has the chart and escapes what they wrote', async () => {
    const logs: string[] = [];
    chat = await TestChat.start({ provider, env: { PHQ9_ENABLED: 'true', LOG_LEVEL: 'info' }, logSink: logs });
    const partner = chat.as('wren3390');
    await seed(chat, partner);

    await chat.send('/export');
    const jsonMessage = await chat.expectReply(/everything you’ve stored/);
    expect(plainText(jsonMessage.text)).toContain(ZONE);
    const csvMessage = await chat.expectReply(/CSV for spreadsheets: one row per check-in, thought record \(with what you wrote\), questionnaire and exercise/);
    // The report is made after the update's transaction has committed (drawing the chart never holds the database).
    const reportMessage = await chat.expectReply(/readable “my progress” report/);
    const fhirMessage = await chat.expectReply(/FHIR R4/);
    expect(logs.filter((line) => /handling an update failed|after commit failed/.test(line))).toEqual([]);
    expect([jsonMessage, csvMessage, reportMessage, fhirMessage].map((m) => (m.attachment as { mimeType: string }).mimeType)).toEqual(['application/json', 'text/csv', 'text/html', 'application/fhir+json']);
    expect((fhirMessage.attachment as { filename: string }).filename).toMatch(/^between-fhir-\d{4}-\d{2}-\d{2}\.json$/);
    expect((reportMessage.attachment as { filename: string }).filename).toMatch(/^between-my-progress-\d{4}-\d{2}-\d{2}\.html$/);

    const data = JSON.parse(decode(jsonMessage)) as ExportData;
    const { prisma } = chat.app.database;
    const person = await prisma.person.findFirstOrThrow({ where: { timezone: ZONE } });

    // Every table with a section: the export holds as many rows as the database, and at least one.
    const inDatabase = databaseCounts(chat, person.id);
    const exported = exportedCounts(data);
    for (const [model, coverage] of Object.entries(EXPORT_COVERAGE) as [ModelName, (typeof EXPORT_COVERAGE)[ModelName]][]) {
      if ('leftOut' in coverage) continue;
      const key = model as keyof typeof inDatabase;
      expect({ model, count: exported[key] }).toEqual({ model, count: await inDatabase[key] });
      for (const section of coverage.sections) expect(Object.keys(data)).toContain(section);
      if (coverage.onlyFor === 'therapists') continue;
      expect({ model, filled: exported[key] > 0 }).toEqual({ model, filled: true });
    }
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.contents.OutboxMessage).toMatch(/^left out: /);

    // The seeded values, decrypted, with times in the person's zone and offset.
    expect(data.timezone).toBe(ZONE);
    expect(data.times).toContain(ZONE);
    const checkInRow = await prisma.checkIn.findFirstOrThrow({ where: { personId: person.id } });
    const localIso = (at: Date) => {
      const shifted = new Date(at.getTime() + (3 * 60 + 30) * 60_000).toISOString().replace(/\.000Z$/, '').replace(/Z$/, '');
      return `${shifted}${OFFSET}`;
    };
    expect(data.checkIns[0]).toMatchObject({ at: localIso(checkInRow.createdAt), mood: 4, trigger: TEXT.trigger, note: TEXT.note, coping: ['walk'] });
    expect(data.exportedAt.endsWith(OFFSET)).toBe(true);
    expect(data.thoughtRecords[0]).toMatchObject({
      situation: TEXT.situation,
      thoughts: [TEXT.thought],
      evidenceFor: TEXT.evidenceFor,
      evidenceAgainst: TEXT.evidenceAgainst,
      balancedThought: TEXT.balanced,
      distortions: ['labeling'],
      thinkingTraps: ['Labeling'],
      moods: [{ mood: 'anxious', before: 80, after: 40 }],
    });
    expect(data.assessments[0]).toMatchObject({ instrument: 'PHQ-9', total: 1, maxTotal: 27, bandName: expect.any(String) });
    expect(data.riskFlags.some((flag) => flag.source === 'assessment' && flag.detected?.includes('phq9:q9'))).toBe(true);
    expect(data.exercises[0]).toMatchObject({ kind: 'journal', content: { entry: TEXT.journal } });
    expect(data.homework[0]).toMatchObject({ kind: 'checkin', instructions: TEXT.homework, active: true, completedOn: [data.checkIns[0]!.localDate] });
    expect(data.careTeam[0]).toMatchObject({ youAppearAs: TEXT.alias, sharing: 'clinical', endedAt: null });
    expect(data.enrollmentCodes[0]!.redeemedAt!.endsWith(OFFSET)).toBe(true);
    expect(data.partnerInvites[0]).toMatchObject({ nameYouChose: TEXT.partnerName, share: 'mood' });
    expect(data.partnerships[0]).toMatchObject({ status: 'active', you: { nameYouChose: TEXT.partnerName, share: 'mood' }, partner: { name: 'Wren', shares: 'done' } });
    expect(data.reminders.some((reminder) => reminder.kind === 'checkin' && reminder.next?.endsWith(OFFSET))).toBe(true);
    expect(data.identities[0]).toMatchObject({ platform: chat.adapter.platform, address: chat.address });
    expect(data.conversations[0]!.savedToPickUp).toMatchObject({ flow: 'checkin', answers: { mood: 3 } });
    expect(data.activityLog.map((event) => event.action)).toContain('person.created');
    expect(data.person.consentedAt?.endsWith(OFFSET)).toBe(true);
    // Nothing of the partner's beyond what they chose to share with this person.
    expect(JSON.stringify(data)).not.toContain((await prisma.person.findFirstOrThrow({ where: { id: { not: person.id }, role: 'client' } })).id);

    // The FHIR file: valid R4, every questionnaire result and check-in, the Patient by a code only, nothing they wrote.
    const bundle = JSON.parse(decode(fhirMessage)) as FhirBundle;
    expect(await validateFhir(bundle as unknown as FhirResource)).toEqual([]);
    const ofType = (type: string) => bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === type);
    expect(ofType('Patient')).toEqual([{ resourceType: 'Patient', identifier: [{ system: expect.any(String), value: pseudonymOf(person.id) }] }]);
    expect(ofType('QuestionnaireResponse')).toHaveLength(await prisma.assessmentResult.count({ where: { personId: person.id } }));
    expect(ofType('QuestionnaireResponse')[0]).toMatchObject({ status: 'completed', authored: expect.stringMatching(new RegExp(`\\${OFFSET}$`)) });
    const codes = JSON.stringify(ofType('Observation'));
    expect(codes).toContain(`"system":"${LOINC}","code":"44261-6"`);
    expect(codes).toContain(`"system":"${LOINC}","code":"44249-1"`);
    expect(ofType('Observation').filter((observation) => (observation.code as { coding: { code: string }[] }).coding[0]!.code === 'check-in-mood')).toMatchObject([{ valueInteger: 4, component: [{ code: { coding: [{ code: 'sad' }] }, valueQuantity: { value: 60 } }] }]);
    const fhirText = decode(fhirMessage);
    for (const text of [...Object.values(TEXT), person.id, chat.address]) expect(fhirText).not.toContain(text);

    // The CSV: the thought record's text, in columns added after the old ones; times with the offset.
    const lines = decode(csvMessage).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[0]).toMatch(/^type,at,local_date,mood_0_10,emotions,coping,trigger_or_situation,note_or_balanced_thought,mood_before,mood_after,name,total_or_status,band_or_content,/);
    const thoughtRow = lines.find((line) => line.startsWith('thought-record,'))!;
    for (const text of [TEXT.situation, TEXT.thought, TEXT.evidenceFor, TEXT.evidenceAgainst, TEXT.balanced, 'Labeling', 'Anxious 80', 'Anxious 40', ZONE]) expect(thoughtRow).toContain(text);
    expect(thoughtRow.split(',')[1]).toMatch(new RegExp(`\\${OFFSET}$`));
    expect(lines.filter((line) => /^(check-in|thought-record|questionnaire|exercise),/.test(line))).toHaveLength(4);

    // The readable report: self-contained, with the chart, every section, and nothing written becomes markup.
    const report = decode(reportMessage);
    expect(report).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]{1000,}" alt="Mood \(0–10\), daily average by day: /);
    expect(report).not.toMatch(/<script/i);
    expect(report).toContain(escapeHtml(TEXT.note));
    expect(report).not.toMatch(/(src|href)="(?!data:)/);
    expect(report).not.toMatch(/https?:\/\//);
    for (const text of [TEXT.situation, TEXT.thought, TEXT.balanced, TEXT.journal, TEXT.homework, 'PHQ-9', '1 of 27', 'Labeling', 'Reflective journaling', 'Wren', TEXT.partnerName]) {
      expect(report).toContain(escapeHtml(text));
    }
    for (const title of ['Check-ins and mood over time', 'Thought records', 'Questionnaires', 'Exercises', 'Homework', 'Accountability partner']) expect(report).toContain(`<h2>${title}</h2>`);
    expect(report).toContain(`Times are in your timezone, ${ZONE}.`);
    expect(chat.adapter.sent.filter((entry) => entry.message.attachment).every((entry) => entry.address === chat!.address)).toBe(true);

    // A therapist's own export holds their workspace profile (the one table only therapists have).
    const therapist = await prisma.person.findFirstOrThrow({ where: { role: 'therapist' } });
    const theirs = await collectExport((await chat.app.store.repos.people.findById(therapist.id))!, chat.app.store.repos, new Date());
    expect(theirs.therapistProfile).toMatchObject({ detailLevel: expect.any(String), summaryAddress: 'slack:T1:DUALICE' });
    expect(theirs.checkIns).toEqual([]);
  }, 90_000);
});
