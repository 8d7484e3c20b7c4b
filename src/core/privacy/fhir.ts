import { createHash } from 'node:crypto';
import type { Repositories } from '../../db/store.js';
import type { AssessmentRecord } from '../../db/repositories/assessments.js';
import type { CheckInRecord } from '../../db/repositories/check-ins.js';
import { findInstrument, type Instrument } from '../assessments/instruments.js';
import { notesByKeys } from '../assessments/scoring.js';
import { EMOTIONS, labelOf } from '../flows/catalog.js';
import { isoInZone } from '../time.js';
import { FHIR_COPY } from './export-copy.js';

/**
 * A FHIR R4 `Bundle` (type `collection`) of a person's questionnaire results and check-ins, with a
 * pseudonymous `Patient`: what a clinic's record system can import. Codes, sources and what is
 * left out are in docs/fhir.md. Pure: the records are read by {@link collectFhirRecords}, and the
 * bundle is validated by ./fhir-validation.ts (which loads the FHIR definitions only then).
 */

/** Our own names (code systems, identifier systems, questionnaires): a name, not a web address. */
export const FHIR_NAMESPACE = 'urn:between';
export const FHIR_SYSTEMS = {
  patient: `${FHIR_NAMESPACE}:patient`,
  questionnaireResponse: `${FHIR_NAMESPACE}:questionnaire-response`,
  checkIn: `${FHIR_NAMESPACE}:check-in`,
  /** Observation codes where no LOINC code could be verified (PHQ-8, WHO-5, the check-in). */
  observation: `${FHIR_NAMESPACE}:observation`,
  emotion: `${FHIR_NAMESPACE}:emotion`,
  answer: (instrument: string) => `${FHIR_NAMESPACE}:answer:${instrument}`,
  questionnaire: (instrument: string) => `${FHIR_NAMESPACE}:questionnaire:${instrument}`,
} as const;

export const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const LIST_EMPTY_REASON = 'http://terminology.hl7.org/CodeSystem/list-empty-reason';

type Coding = { system: string; code: string; display?: string };
type CodeableConcept = { coding?: Coding[]; text?: string };
/** A FHIR resource as plain JSON (the validator checks its shape against the R4 definitions). */
export type FhirResource = { resourceType: string } & Record<string, unknown>;
export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  identifier: { system: string; value: string };
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

/** LOINC codes per instrument, each checked against loinc.org copies (docs/fhir.md); others use our own. */
export const INSTRUMENT_CODES: Record<string, { panel: Coding; total: Coding }> = {
  phq9: {
    panel: { system: LOINC, code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
    total: { system: LOINC, code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
  },
  gad7: {
    panel: { system: LOINC, code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
    total: { system: LOINC, code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]' },
  },
};

/** LOINC answer list LL358-3 (the PHQ's "Not at all … Nearly every day"), by the answer's words. */
const LOINC_FREQUENCY_ANSWERS: Record<string, string> = {
  'Not at all': 'LA6568-5',
  'Several days': 'LA6569-3',
  'More than half the days': 'LA6570-1',
  'Nearly every day': 'LA6571-9',
};

/** Which sections a bundle carries, or why one is left out. */
export type SectionContent = 'included' | 'withheld';

export interface FhirRecords {
  /** The person's internal id: hashed into the Patient's opaque identifier, never written as is. */
  personId: string;
  timezone: string;
  assessments: AssessmentRecord[];
  checkIns: CheckInRecord[];
}

export interface FhirBundleOptions {
  now: Date;
  /** `withheld`: the section is left out (a therapist's detail level hides it) and a `List` says so. */
  scores: SectionContent;
  checkIns: SectionContent;
  /** Whether text the person typed may appear (the name of an "other" emotion): only in their own export. */
  ownText: boolean;
}

const EVERYTHING = new Date(0);

/** A person's questionnaire results and check-ins, oldest first: what a FHIR bundle is made from. */
export async function collectFhirRecords(repos: Repositories, person: { id: string; timezone: string }): Promise<FhirRecords> {
  const [assessments, checkIns] = await Promise.all([repos.assessments.listSince(person.id, EVERYTHING), repos.checkIns.listSince(person.id, EVERYTHING)]);
  return { personId: person.id, timezone: person.timezone, assessments, checkIns };
}

/** A name-based UUID (RFC 4122 version 5 layout, SHA-1): the same record gets the same `urn:uuid:` in every export. */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(`between-fhir:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The Patient's opaque identifier: a one-way hash of the internal id (no name, no platform id). */
export function pseudonymOf(personId: string): string {
  return createHash('sha256').update(`between-fhir-patient:${personId}`).digest('hex').slice(0, 32);
}

const urn = (name: string) => `urn:uuid:${stableUuid(name)}`;
const survey = [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }];

/** The bundle: Patient, then each result (QuestionnaireResponse, panel and total Observations), each check-in, and one List per section. */
export function buildFhirBundle(records: FhirRecords, options: FhirBundleOptions): FhirBundle {
  const time = (at: Date) => isoInZone(at, records.timezone);
  const patientUrl = urn(`patient:${records.personId}`);
  const subject = { reference: patientUrl };
  const entry: FhirBundle['entry'] = [{ fullUrl: patientUrl, resource: { resourceType: 'Patient', identifier: [{ system: FHIR_SYSTEMS.patient, value: pseudonymOf(records.personId) }] } }];

  const resultUrls: string[] = [];
  if (options.scores === 'included') {
    for (const result of records.assessments) {
      const instrument = findInstrument(result.instrument);
      const made = questionnaireResult(result, instrument, subject, time(result.createdAt));
      entry.push(...made);
      resultUrls.push(made[made.length - 1]!.fullUrl);
    }
  }
  const checkInUrls: string[] = [];
  if (options.checkIns === 'included') {
    for (const checkIn of records.checkIns) {
      const made = checkInObservation(checkIn, subject, time(checkIn.createdAt), options.ownText);
      entry.push(made);
      checkInUrls.push(made.fullUrl);
    }
  }
  entry.push(
    sectionList('questionnaires', FHIR_COPY.questionnairesTitle, options.scores, resultUrls, subject, time(options.now), records.personId),
    sectionList('check-ins', FHIR_COPY.checkInsTitle, options.checkIns, checkInUrls, subject, time(options.now), records.personId),
  );
  return {
    resourceType: 'Bundle',
    type: 'collection',
    identifier: { system: `${FHIR_NAMESPACE}:bundle`, value: stableUuid(`bundle:${records.personId}:${options.now.toISOString()}`) },
    timestamp: time(options.now),
    entry,
  };
}

/** One questionnaire result: its QuestionnaireResponse, the total-score Observation and the panel Observation (last) that holds it. */
function questionnaireResult(result: AssessmentRecord, instrument: Instrument | undefined, subject: { reference: string }, authored: string): { fullUrl: string; resource: FhirResource }[] {
  const name = instrument?.name ?? result.instrument;
  const responseUrl = urn(`questionnaire-response:${result.id}`);
  const totalUrl = urn(`total:${result.id}`);
  const panelUrl = urn(`panel:${result.id}`);
  const codes = INSTRUMENT_CODES[result.instrument];
  const answerCoding = (key: string, score: number): Coding => {
    const item = instrument?.items.find((candidate) => candidate.id === key);
    const question = item ? undefined : instrument?.unscored?.find((candidate) => candidate.id === key);
    const label = (item ? instrument!.options : (question?.options ?? [])).find((option) => option.score === score)?.label;
    const loinc = item && label ? LOINC_FREQUENCY_ANSWERS[label] : undefined;
    if (loinc) return { system: LOINC, code: loinc, display: label! };
    return { system: FHIR_SYSTEMS.answer(question ? `${result.instrument}:${key}` : result.instrument), code: String(score), ...(label && { display: label }) };
  };
  const order = [...(instrument?.items.map((item) => item.id) ?? []), ...(instrument?.unscored?.map((question) => question.id) ?? [])];
  const keys = Object.keys(result.answers).sort((a, b) => rank(order, a) - rank(order, b));
  const textOf = (key: string) => instrument?.items.find((item) => item.id === key)?.text ?? instrument?.unscored?.find((question) => question.id === key)?.text;
  const response: FhirResource = {
    resourceType: 'QuestionnaireResponse',
    identifier: { system: FHIR_SYSTEMS.questionnaireResponse, value: result.id },
    questionnaire: `${FHIR_SYSTEMS.questionnaire(result.instrument)}|${result.instrumentVersion}`,
    status: 'completed',
    subject,
    authored,
    item: keys.map((key) => ({ linkId: key, ...(textOf(key) && { text: textOf(key) }), answer: [{ valueCoding: answerCoding(key, result.answers[key]!) }] })),
  };
  const percent = (instrument?.scoring.multiplier ?? 1) !== 1;
  const band = instrument?.bands.find((candidate) => candidate.key === result.band)?.label ?? result.band;
  const notes = notesByKeys(instrument, result.notes).map((note) => ({ text: note.label }));
  const total: FhirResource = {
    resourceType: 'Observation',
    status: 'final',
    category: survey,
    code: { coding: [codes?.total ?? { system: FHIR_SYSTEMS.observation, code: `${result.instrument}-total`, display: FHIR_COPY.totalScore(name) }], text: FHIR_COPY.totalScore(name) },
    subject,
    effectiveDateTime: authored,
    ...(percent ? { valueQuantity: { value: result.total, unit: '%', system: UCUM, code: '%' } } : { valueInteger: result.total }),
    interpretation: [{ text: band }],
    ...(notes.length && { note: notes }),
    derivedFrom: [{ reference: responseUrl }],
  };
  const panel: FhirResource = {
    resourceType: 'Observation',
    status: 'final',
    category: survey,
    code: { coding: [codes?.panel ?? { system: FHIR_SYSTEMS.observation, code: result.instrument, display: name }], text: name },
    subject,
    effectiveDateTime: authored,
    hasMember: [{ reference: totalUrl }],
    derivedFrom: [{ reference: responseUrl }],
  };
  return [
    { fullUrl: responseUrl, resource: response },
    { fullUrl: totalUrl, resource: total },
    { fullUrl: panelUrl, resource: panel },
  ];
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** A check-in: mood 0–10 as the value, each emotion and its intensity (0–100) as a component. */
function checkInObservation(checkIn: CheckInRecord, subject: { reference: string }, at: string, ownText: boolean): { fullUrl: string; resource: FhirResource } {
  const component = checkIn.emotions.map(({ emotion, intensity }) => {
    const named = emotion === 'other' && ownText && checkIn.details.otherEmotion ? checkIn.details.otherEmotion : undefined;
    const code: CodeableConcept = { coding: [{ system: FHIR_SYSTEMS.emotion, code: emotion, display: labelOf(EMOTIONS, emotion) }], ...(named && { text: named }) };
    return { code, valueQuantity: { value: intensity, unit: FHIR_COPY.intensityUnit, system: UCUM, code: '%' } };
  });
  const fullUrl = urn(`check-in:${checkIn.id}`);
  return {
    fullUrl,
    resource: {
      resourceType: 'Observation',
      identifier: [{ system: FHIR_SYSTEMS.checkIn, value: checkIn.id }],
      status: 'final',
      category: survey,
      code: { coding: [{ system: FHIR_SYSTEMS.observation, code: 'check-in-mood', display: FHIR_COPY.mood }], text: FHIR_COPY.mood },
      subject,
      effectiveDateTime: at,
      valueInteger: checkIn.mood,
      ...(component.length && { component }),
    },
  };
}

/** A section as a `List`: its entries, or why it is empty (none recorded, or withheld at this detail level). */
function sectionList(
  section: string,
  title: string,
  content: SectionContent,
  urls: string[],
  subject: { reference: string },
  date: string,
  personId: string,
): { fullUrl: string; resource: FhirResource } {
  const empty = content === 'withheld' ? { code: 'withheld', display: 'Information Withheld', text: FHIR_COPY.withheld } : urls.length === 0 ? { code: 'nilknown', display: 'Nil Known', text: FHIR_COPY.none } : undefined;
  return {
    fullUrl: urn(`list:${section}:${personId}:${date}`),
    resource: {
      resourceType: 'List',
      status: 'current',
      mode: 'snapshot',
      title,
      subject,
      date,
      ...(empty
        ? { emptyReason: { coding: [{ system: LIST_EMPTY_REASON, code: empty.code, display: empty.display }], text: empty.text } }
        : { entry: urls.map((reference) => ({ item: { reference } })) }),
    },
  };
}

/** The bundle as the file that is sent. */
export function fhirFileData(bundle: FhirBundle): string {
  return Buffer.from(JSON.stringify(bundle, null, 2)).toString('base64');
}
