import type { Repositories } from '../../db/store.js';
import type { ModelName } from '../../db/client.js';
import type { PersonRecord } from '../../db/repositories/people.js';
import { sidesFor } from '../../db/repositories/partners.js';
import { isoInZone } from '../time.js';
import { findInstrument } from '../assessments/instruments.js';
import { answerLabelOf, notesByKeys } from '../assessments/scoring.js';
import { DISTORTIONS, labelOf } from '../flows/catalog.js';
import { exerciseExport } from '../exercises/reporting.js';
import { homeworkLabel } from '../exercises/homework-kinds.js';
import { storedLocale, translator } from '../i18n/index.js';

const EVERYTHING = new Date(0);

/** Bumped when the JSON's shape changes. 2: every table, times in the person's zone, thought-trap names. */
export const EXPORT_FORMAT = 'between-export/2';

/** The JSON file's top-level sections that hold stored data. */
export const EXPORT_SECTIONS = [
  'person',
  'settings',
  'identities',
  'conversations',
  'checkIns',
  'thoughtRecords',
  'riskFlags',
  'homework',
  'reminders',
  'assessments',
  'exercises',
  'careTeam',
  'enrollmentCodes',
  'partnerInvites',
  'partnerships',
  'activityLog',
  'therapistProfile',
] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

/** `leftOut`: why a table's rows are not in the export, as a message id (locales/<lang>/privacy.ftl). */
export type TableCoverage = { sections: readonly ExportSection[]; onlyFor?: 'therapists' } | { leftOut: string };

/**
 * Every table of the schema, and where its rows about the person appear in the export — or why
 * none do. Typed over the schema's model names: a new model fails the typecheck until it is
 * classified here (and test/core/export.test.ts checks each listed section is filled).
 */
export const EXPORT_COVERAGE: Record<ModelName, TableCoverage> = {
  Person: { sections: ['person', 'settings'] },
  Identity: { sections: ['identities'] },
  Conversation: { sections: ['conversations'] },
  CheckIn: { sections: ['checkIns'] },
  ThoughtRecord: { sections: ['thoughtRecords'] },
  RiskFlag: { sections: ['riskFlags'] },
  Assignment: { sections: ['homework'] },
  HomeworkCompletion: { sections: ['homework'] },
  PromptSchedule: { sections: ['reminders'] },
  AssessmentResult: { sections: ['assessments'] },
  ExerciseEntry: { sections: ['exercises'] },
  CareLink: { sections: ['careTeam'] },
  EnrollmentCode: { sections: ['enrollmentCodes'] },
  PartnerInvite: { sections: ['partnerInvites'] },
  Partnership: { sections: ['partnerships'] },
  AuditEvent: { sections: ['activityLog'] },
  TherapistProfile: { sections: ['therapistProfile'], onlyFor: 'therapists' },
  OutboxMessage: { leftOut: 'export-left-out-OutboxMessage' },
  ProcessedUpdate: { leftOut: 'export-left-out-ProcessedUpdate' },
  RateLimitHit: { leftOut: 'export-left-out-RateLimitHit' },
};

const trapName = (id: string) => labelOf(DISTORTIONS, id);
/** A stored flow's answers, without the engine's working state (history, button nonce). */
const answersOf = (data: Record<string, unknown>) => (data.answers && typeof data.answers === 'object' ? data.answers : data);

/** Everything stored about a person, decrypted, as one object: the JSON file's content. */
export async function collectExport(person: PersonRecord, repos: Repositories, now: Date) {
  const time = (at: Date) => isoInZone(at, person.timezone);
  // The file's few sentences are in the person's language.
  const t = translator(storedLocale(person.locale));
  const maybe = (at: Date | null | undefined) => (at ? time(at) : null);
  const account = await repos.people.accountOf(person.id);
  const addresses = account?.identities.map((identity) => identity.address) ?? [];
  const [checkIns, thoughtRecords, homework, riskFlags, assessments, exercises, conversations, schedules, careLinks, codes, invites, partnerships, audit, therapistProfile] =
    await Promise.all([
      repos.checkIns.listSince(person.id, EVERYTHING),
      repos.thoughtRecords.listSince(person.id, EVERYTHING),
      repos.homework.listAll(person.id),
      repos.risk.listForPerson(person.id),
      repos.assessments.listSince(person.id, EVERYTHING),
      exerciseExport(repos, person.id, time),
      repos.conversations.listFor(person.id, addresses),
      repos.schedules.listOfPerson(person.id),
      repos.care.linksOfClient(person.id),
      repos.care.codesRedeemedBy(person.id),
      repos.partners.invitesOf(person.id),
      repos.partners.listFor(person.id, ['pending', 'active', 'ended', 'blocked']),
      repos.audit.listAbout(person.id),
      repos.therapists.findById(person.id),
    ]);
  const detections = await Promise.all(riskFlags.map((flag) => repos.risk.detectionOf(flag.id)));
  const therapists = await Promise.all(careLinks.map((link) => repos.people.findById(link.therapistId)));
  return {
    format: EXPORT_FORMAT,
    exportedAt: time(now),
    timezone: person.timezone,
    times: t('export-times', { zone: person.timezone }),
    contents: Object.fromEntries(
      Object.entries(EXPORT_COVERAGE).map(([table, coverage]) => [table, 'leftOut' in coverage ? t('export-left-out-as', { reason: t(coverage.leftOut) }) : coverage.sections.join(', ')]),
    ),
    person: {
      displayName: person.displayName,
      role: person.role,
      language: person.locale,
      joinedAt: maybe(account?.createdAt),
      consentedAt: maybe(person.consentedAt),
    },
    settings: {
      timezone: person.timezone,
      dailyCheckInTime: person.promptTime,
      quietHours: person.quietStart && person.quietEnd ? `${person.quietStart}-${person.quietEnd}` : null,
      country: person.country,
      pausedUntil: maybe(person.pausedUntil),
      joinedAt: maybe(person.onboardedAt),
    },
    identities: (account?.identities ?? []).map((identity) => ({ platform: identity.platform, address: identity.address, since: time(identity.createdAt) })),
    conversations: conversations.map((conversation) => ({
      address: conversation.address,
      inProgress: conversation.active ? { flow: conversation.active.flow, step: conversation.active.step, answers: answersOf(conversation.active.data) } : null,
      savedToPickUp: conversation.draft
        ? { flow: conversation.draft.flow, step: conversation.draft.step, answers: answersOf(conversation.draft.data), keptUntil: time(conversation.draft.expiresAt) }
        : null,
    })),
    checkIns: checkIns.map((c) => ({ at: time(c.createdAt), localDate: c.localDate, mood: c.mood, emotions: c.emotions, coping: c.coping, ...c.details })),
    thoughtRecords: thoughtRecords.map((t) => ({
      at: time(t.createdAt),
      localDate: t.localDate,
      ...t.content,
      thinkingTraps: t.content.distortions.map(trapName),
      moodBefore: t.moodBefore,
      moodAfter: t.moodAfter,
    })),
    riskFlags: riskFlags.map((r, index) => ({
      at: time(r.createdAt),
      source: r.source,
      severity: r.severity,
      detected: detections[index]?.matched ?? null,
      acknowledgedAt: maybe(r.acknowledgedAt),
    })),
    homework: homework.map((h) => ({
      kind: h.kind,
      label: homeworkLabel(h.kind),
      cadence: h.cadence,
      instructions: h.instructions,
      reminderTime: h.dueTime,
      settings: h.settings,
      active: h.active,
      assignedAt: time(h.createdAt),
      endedAt: maybe(h.endedAt),
      completedOn: h.completions.map((c) => c.localDate),
      completions: h.completions.map((c) => ({ localDate: c.localDate, by: c.sourceKind, at: time(c.createdAt) })),
    })),
    reminders: schedules.map((s) => ({
      kind: s.kind,
      localTime: s.localTime,
      days: s.days,
      active: s.active,
      next: maybe(s.nextDueAt),
      lastSentFor: s.lastLocalDate,
      followUpAt: maybe(s.followUpAt),
      since: time(s.createdAt),
    })),
    assessments: assessments.map((a) => {
      const instrument = findInstrument(a.instrument);
      return {
        at: time(a.createdAt),
        localDate: a.localDate,
        instrument: instrument?.name ?? a.instrument,
        version: a.instrumentVersion,
        answers: Object.entries(a.answers).map(([item, score]) => {
          const labelled = instrument ? answerLabelOf(instrument, item, score) : undefined;
          const scored = instrument?.items.some((i) => i.id === item) ?? true;
          return { item, question: labelled?.question ?? null, answer: labelled?.answer ?? null, ...(scored ? { score } : { code: score, scored: false }) };
        }),
        total: a.total,
        maxTotal: instrument ? instrument.items.length * Math.max(...instrument.options.map((o) => o.score)) * (instrument.scoring.multiplier ?? 1) : null,
        band: a.band,
        bandName: instrument?.bands.find((b) => b.key === a.band)?.label ?? a.band,
        notes: notesByKeys(instrument, a.notes).map((note) => note.label),
      };
    }),
    exercises,
    careTeam: careLinks.map((link, index) => ({
      therapist: therapists[index]?.displayName ?? null,
      youAppearAs: link.alias,
      sharing: link.consentScope,
      since: time(link.createdAt),
      endedAt: maybe(link.endedAt),
    })),
    enrollmentCodes: codes.map((code) => ({ issuedAt: time(code.createdAt), redeemedAt: maybe(code.usedAt), expiresAt: time(code.expiresAt) })),
    partnerInvites: invites.map((invite) => ({ nameYouChose: invite.name, share: invite.share, createdAt: time(invite.createdAt), expiresAt: time(invite.expiresAt), usedAt: maybe(invite.usedAt) })),
    partnerships: partnerships.map((partnership) => {
      const { me, partner } = sidesFor(partnership, person.id);
      return {
        status: partnership.status,
        since: time(partnership.createdAt),
        endedAt: maybe(partnership.endedAt),
        blockedByYou: partnership.blockedBy === null ? null : partnership.blockedBy === person.id,
        you: { nameYouChose: me.name, share: me.share, note: me.note, confirmedAt: maybe(me.confirmedAt) },
        partner: { name: partner.name, shares: partner.share },
      };
    }),
    activityLog: audit.map((event) => ({
      at: time(event.createdAt),
      action: event.action,
      by: event.actor === person.id ? 'you' : event.actor === 'system' ? 'system' : 'someone else',
      detail: event.detail ? (JSON.parse(event.detail) as unknown) : null,
    })),
    therapistProfile: therapistProfile && {
      detailLevel: therapistProfile.detailLevel,
      weeklySummary: `${therapistProfile.weeklyDay} ${therapistProfile.summaryTime}`,
      dailyDigest: therapistProfile.dailyDigest,
      summaryAddress: therapistProfile.summaryAddress,
      approvedAt: maybe(therapistProfile.approvedAt),
    },
  } satisfies Record<ExportSection, unknown> & Record<string, unknown>;
}

export type ExportData = Awaited<ReturnType<typeof collectExport>>;
