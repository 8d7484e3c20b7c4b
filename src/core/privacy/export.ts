import type { Repositories } from '../../db/store.js';
import type { PersonRecord } from '../../db/repositories/people.js';
import type { DocumentAttachment } from '../messages.js';
import { EMOTIONS, labelOf } from '../flows/catalog.js';
import { collectExport, type ExportData } from './export-data.js';
import { progressReport, type ChartDrawer } from './progress-report.js';
import { buildFhirBundle, fhirFileData, type FhirBundleOptions, type FhirRecords, type FhirResource } from './fhir.js';
import { validateFhir, type FhirIssue } from './fhir-validation.js';

const moodName = (mood: string) => labelOf(EMOTIONS, mood);

/** CSV cell: quoted when needed, and guarded against spreadsheet formula injection. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: unknown[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The CSV's columns. Those after band_or_content were added later, so older spreadsheets keep working. */
export const CSV_HEADER = [
  'type',
  'at',
  'local_date',
  'mood_0_10',
  'emotions',
  'coping',
  'trigger_or_situation',
  'note_or_balanced_thought',
  'mood_before',
  'mood_after',
  'name',
  'total_or_status',
  'band_or_content',
  'automatic_thoughts',
  'hot_thought',
  'thinking_traps',
  'evidence_for',
  'evidence_against',
  'moods_before',
  'moods_after',
  'belief_in_balanced_thought_0_100',
  'timezone',
] as const;

export interface ExportOptions {
  /** Draws the mood chart for the readable report; without it (or if it fails) the report has a table only. */
  drawChart?: ChartDrawer;
}

/** The spreadsheet: one row per check-in, thought record (with its text), questionnaire and exercise. */
function csvOf(data: ExportData): string {
  const rows: unknown[][] = [[...CSV_HEADER]];
  const blank = (count: number) => Array.from({ length: count }, () => '');
  const zone = data.timezone;
  for (const c of data.checkIns) {
    rows.push([
      'check-in',
      c.at,
      c.localDate,
      c.mood,
      c.emotions.map((e) => `${e.emotion === 'other' && c.otherEmotion ? c.otherEmotion : e.emotion} ${e.intensity}`).join('; '),
      c.coping.join('; '),
      c.trigger ?? '',
      c.note ?? '',
      ...blank(13),
      zone,
    ]);
  }
  for (const t of data.thoughtRecords) {
    rows.push([
      'thought-record',
      t.at,
      t.localDate,
      '',
      t.moods.map((m) => m.mood).join('; '),
      '',
      t.situation,
      t.balancedThought,
      t.moodBefore ?? '',
      t.moodAfter ?? '',
      ...blank(3),
      t.thoughts.join('\n'),
      t.hotThought,
      t.thinkingTraps.join('; '),
      t.evidenceFor,
      t.evidenceAgainst,
      t.moods.map((m) => `${moodName(m.mood)} ${m.before}`).join('; '),
      t.moods.flatMap((m) => (m.after === undefined ? [] : [`${moodName(m.mood)} ${m.after}`])).join('; '),
      t.balancedBelief,
      zone,
    ]);
  }
  for (const a of data.assessments) rows.push(['questionnaire', a.at, a.localDate, ...blank(7), a.instrument, a.total, a.band, ...blank(8), zone]);
  for (const e of data.exercises) {
    const written = Object.entries(e.content ?? {})
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([field, value]) => `${field}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join('; ');
    rows.push(['exercise', e.at, e.localDate, ...blank(7), e.exercise, e.status, written, ...blank(8), zone]);
  }
  return csv(rows);
}

/** The JSON file (everything) and the CSV (for spreadsheets), from the collected data. */
export function exportFiles(data: ExportData): [json: DocumentAttachment, csv: DocumentAttachment] {
  const stamp = data.exportedAt.slice(0, 10);
  return [
    { kind: 'document', filename: `between-export-${stamp}.json`, mimeType: 'application/json', data: Buffer.from(JSON.stringify(data, null, 2)).toString('base64') },
    { kind: 'document', filename: `between-export-${stamp}.csv`, mimeType: 'text/csv', data: Buffer.from(csvOf(data)).toString('base64') },
  ];
}

/** The readable "my progress" report (self-contained HTML with the mood chart), from the collected data. */
export async function progressReportFile(data: ExportData, now: Date, drawChart?: ChartDrawer): Promise<DocumentAttachment> {
  const html = await progressReport(data, now, drawChart);
  return { kind: 'document', filename: `between-my-progress-${data.exportedAt.slice(0, 10)}.html`, mimeType: 'text/html', data: Buffer.from(html).toString('base64') };
}

/** A FHIR bundle that failed validation: never sent. The message names paths only, never a value. */
export class FhirValidationError extends Error {
  override readonly name = 'FhirValidationError';
  constructor(readonly issues: readonly FhirIssue[]) {
    super(`the FHIR bundle failed validation (${issues.length} issue${issues.length === 1 ? '' : 's'}: ${[...new Set(issues.map((issue) => issue.path))].slice(0, 5).join('; ')})`);
  }
}

/**
 * The FHIR R4 bundle as a file (`between-fhir-<date>.json`), validated first: a bundle with any
 * issue throws {@link FhirValidationError} instead of going out. Loads the validator on first use,
 * so call it after the transaction, like the report.
 */
export async function fhirExportFile(records: FhirRecords, options: FhirBundleOptions): Promise<DocumentAttachment> {
  const bundle = buildFhirBundle(records, options);
  const issues = await validateFhir(bundle as unknown as FhirResource);
  if (issues.length) throw new FhirValidationError(issues);
  const stamp = bundle.timestamp.slice(0, 10);
  return { kind: 'document', filename: `between-fhir-${stamp}.json`, mimeType: 'application/fhir+json', data: fhirFileData(bundle) };
}

/**
 * Everything stored about a person, decrypted: a JSON file with all of it, a CSV for spreadsheets
 * (one row per check-in, thought record, questionnaire and exercise) and a readable "my progress"
 * report. Sent only to the address that asked. (`/export` makes the report after its transaction
 * has committed, from the data collected in it: drawing the chart never holds the database.)
 */
export async function buildExport(person: PersonRecord, repos: Repositories, now: Date, options: ExportOptions = {}): Promise<DocumentAttachment[]> {
  const data = await collectExport(person, repos, now);
  return [...exportFiles(data), await progressReportFile(data, now, options.drawChart)];
}
