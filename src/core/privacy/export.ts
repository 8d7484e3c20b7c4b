import type { Repositories } from '../../db/store.js';
import { homeworkLabel } from '../exercises/homework-kinds.js';
import type { PersonRecord } from '../../db/repositories/people.js';
import type { DocumentAttachment } from '../messages.js';
import { findInstrument } from '../assessments/instruments.js';
import { answerLabelOf, notesByKeys } from '../assessments/scoring.js';
import { exerciseExport } from '../exercises/reporting.js';

const EVERYTHING = new Date(0);

/** CSV cell: quoted when needed, and guarded against spreadsheet formula injection. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: unknown[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Everything stored about a person, decrypted: a JSON file with all of it, and a CSV for
 * spreadsheets with one row per check-in, thought record, questionnaire and exercise. Sent only to
 * the address that asked.
 */
export async function buildExport(person: PersonRecord, repos: Repositories, now: Date): Promise<DocumentAttachment[]> {
  const [checkIns, thoughtRecords, homework, riskFlags, assessments, exercises] = await Promise.all([
    repos.checkIns.listSince(person.id, EVERYTHING),
    repos.thoughtRecords.listSince(person.id, EVERYTHING),
    repos.homework.listActive(person.id),
    repos.risk.listForPerson(person.id),
    repos.assessments.listSince(person.id, EVERYTHING),
    exerciseExport(repos, person.id),
  ]);
  const stamp = now.toISOString().slice(0, 10);
  const json = {
    exportedAt: now.toISOString(),
    format: 'between-export/1',
    settings: {
      timezone: person.timezone,
      dailyCheckInTime: person.promptTime,
      quietHours: person.quietStart && person.quietEnd ? `${person.quietStart}-${person.quietEnd}` : null,
      country: person.country,
      pausedUntil: person.pausedUntil?.toISOString() ?? null,
      joinedAt: person.onboardedAt?.toISOString() ?? null,
    },
    checkIns: checkIns.map((c) => ({ at: c.createdAt.toISOString(), localDate: c.localDate, mood: c.mood, emotions: c.emotions, coping: c.coping, ...c.details })),
    thoughtRecords: thoughtRecords.map((t) => ({ at: t.createdAt.toISOString(), localDate: t.localDate, ...t.content })),
    homework: homework.map((h) => ({ kind: h.kind, label: homeworkLabel(h.kind), settings: h.settings ?? null, cadence: h.cadence, instructions: h.instructions, assignedAt: h.createdAt.toISOString(), completedOn: h.completedDates })),
    riskFlags: riskFlags.map((r) => ({ at: r.createdAt.toISOString(), source: r.source, severity: r.severity })),
    assessments: assessments.map((a) => {
      const instrument = findInstrument(a.instrument);
      return {
        at: a.createdAt.toISOString(),
        localDate: a.localDate,
        instrument: instrument?.name ?? a.instrument,
        version: a.instrumentVersion,
        answers: Object.entries(a.answers).map(([item, score]) => {
          const labelled = instrument ? answerLabelOf(instrument, item, score) : undefined;
          const scored = instrument?.items.some((i) => i.id === item) ?? true;
          return { item, question: labelled?.question ?? null, answer: labelled?.answer ?? null, ...(scored ? { score } : { code: score, scored: false }) };
        }),
        total: a.total,
        band: a.band,
        notes: notesByKeys(instrument, a.notes).map((note) => note.label),
      };
    }),
    exercises,
  };
  // Columns after mood_after (added later, so older spreadsheets keep working) are for
  // questionnaires (name, total, band) and exercises (name, status, what was written).
  const rows: unknown[][] = [
    ['type', 'at', 'local_date', 'mood_0_10', 'emotions', 'coping', 'trigger_or_situation', 'note_or_balanced_thought', 'mood_before', 'mood_after', 'name', 'total_or_status', 'band_or_content'],
  ];
  const blank = (count: number) => Array.from({ length: count }, () => '');
  for (const c of checkIns) {
    rows.push([
      'check-in',
      c.createdAt.toISOString(),
      c.localDate,
      c.mood,
      c.emotions.map((e) => `${e.emotion === 'other' && c.details.otherEmotion ? c.details.otherEmotion : e.emotion} ${e.intensity}`).join('; '),
      c.coping.join('; '),
      c.details.trigger ?? '',
      c.details.note ?? '',
      ...blank(5),
    ]);
  }
  for (const t of thoughtRecords) {
    rows.push(['thought-record', t.createdAt.toISOString(), t.localDate, '', t.content.moods.map((m) => m.mood).join('; '), '', t.content.situation, t.content.balancedThought, t.moodBefore ?? '', t.moodAfter ?? '', ...blank(3)]);
  }
  for (const a of json.assessments) rows.push(['questionnaire', a.at, a.localDate, ...blank(7), a.instrument, a.total, a.band]);
  for (const e of exercises) {
    const written = Object.entries((e.content ?? {}) as Record<string, unknown>)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([field, value]) => `${field}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join('; ');
    rows.push(['exercise', e.at, e.localDate, ...blank(7), e.exercise, e.status, written]);
  }
  return [
    { kind: 'document', filename: `between-export-${stamp}.json`, mimeType: 'application/json', data: Buffer.from(JSON.stringify(json, null, 2)).toString('base64') },
    { kind: 'document', filename: `between-export-${stamp}.csv`, mimeType: 'text/csv', data: Buffer.from(csv(rows)).toString('base64') },
  ];
}
