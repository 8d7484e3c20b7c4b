import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from '../../src/db/repositories/assessments.js';
import type { CheckInRecord } from '../../src/db/repositories/check-ins.js';
import { findInstrument } from '../../src/core/assessments/instruments.js';
import { scoreAssessment } from '../../src/core/assessments/scoring.js';
import { buildFhirBundle, FHIR_SYSTEMS, LOINC, type FhirBundle, type FhirRecords, type FhirResource } from '../../src/core/privacy/fhir.js';
import { validateFhir } from '../../src/core/privacy/fhir-validation.js';

const ZONE = 'Asia/Tehran';
const NOW = new Date('2026-03-10T08:00:00Z');
const PERSON = 'person-3f9c';
const OTHER_EMOTION = 'Ärger über 🚌 — قلق';

/** A scored result of `instrument` with every item answered `score` (and the unscored questions 1). */
function result(id: string, instrument: string, score: number, at: string): AssessmentRecord {
  const definition = findInstrument(instrument)!;
  const answers: Record<string, number> = Object.fromEntries(definition.items.map((item) => [item.id, score]));
  for (const question of definition.unscored ?? []) answers[question.id] = 1;
  const scored = scoreAssessment(definition, answers);
  if (!scored.ok) throw new Error(`unscorable ${instrument}`);
  return { id, instrument, instrumentVersion: definition.version, answers, total: scored.result.total, band: scored.result.band.key, notes: scored.result.notes.map((note) => note.key), localDate: at.slice(0, 10), createdAt: new Date(at) };
}

const checkIn = (id: string, mood: number, at: string, emotions: CheckInRecord['emotions'], otherEmotion?: string): CheckInRecord => ({
  id,
  mood,
  emotions,
  coping: ['walk'],
  details: { note: 'a note that never goes into FHIR', ...(otherEmotion && { otherEmotion }) },
  localDate: at.slice(0, 10),
  createdAt: new Date(at),
});

const EVERYTHING: FhirRecords = {
  personId: PERSON,
  timezone: ZONE,
  assessments: [result('r-phq9', 'phq9', 2, '2026-03-01T09:00:00Z'), result('r-phq8', 'phq8', 1, '2026-03-02T09:00:00Z'), result('r-gad7', 'gad7', 3, '2026-03-03T09:00:00Z'), result('r-who5', 'who5', 1, '2026-03-04T09:00:00Z')],
  checkIns: [
    checkIn('c-1', 4, '2026-03-05T18:30:00Z', [{ emotion: 'sad', intensity: 60 }, { emotion: 'other', intensity: 35 }], OTHER_EMOTION),
    checkIn('c-2', 7, '2026-03-06T18:30:00Z', []),
  ],
};
const ALL = { now: NOW, scores: 'included', checkIns: 'included', ownText: true } as const;

const resources = (bundle: FhirBundle, type: string) => bundle.entry.filter((entry) => entry.resource.resourceType === type).map((entry) => entry.resource);
const codesOf = (resource: FhirResource) => (resource.code as { coding: { system: string; code: string }[] }).coding.map((coding) => `${coding.system}|${coding.code}`);

describe('FHIR R4 bundle, validated by @medplum/core with the R4 definitions', () => {
  it('every instrument, check-ins and unicode text: zero issues; LOINC codes, pseudonymous Patient, urn:uuid references, times with the offset', async () => {
    const bundle = buildFhirBundle(EVERYTHING, ALL);
    expect(await validateFhir(bundle as unknown as FhirResource)).toEqual([]);
    for (const entry of bundle.entry) expect(await validateFhir(entry.resource, bundle as unknown as FhirResource)).toEqual([]);

    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2026-03-10T11:30:00+03:30' });
    expect(bundle.entry.every((entry) => /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(entry.fullUrl))).toBe(true);
    expect(new Set(bundle.entry.map((entry) => entry.fullUrl)).size).toBe(bundle.entry.length);

    const [patient] = resources(bundle, 'Patient');
    expect(Object.keys(patient!).sort()).toEqual(['identifier', 'resourceType']);
    const [identifier] = patient!.identifier as { system: string; value: string }[];
    expect(identifier).toMatchObject({ system: FHIR_SYSTEMS.patient, value: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(JSON.stringify(bundle)).not.toContain(PERSON);

    const responses = resources(bundle, 'QuestionnaireResponse');
    expect(responses).toHaveLength(4);
    const phq9 = responses[0]!;
    expect(phq9).toMatchObject({ status: 'completed', authored: '2026-03-01T12:30:00+03:30', questionnaire: `${FHIR_SYSTEMS.questionnaire('phq9')}|en-2` });
    const items = phq9.item as { linkId: string; answer: { valueCoding: { system: string; code: string; display: string } }[] }[];
    expect(items.map((item) => item.linkId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'difficulty']);
    expect(items[0]!.answer[0]!.valueCoding).toEqual({ system: LOINC, code: 'LA6570-1', display: 'More than half the days' });
    expect(items[9]!.answer[0]!.valueCoding).toEqual({ system: FHIR_SYSTEMS.answer('phq9:difficulty'), code: '1', display: 'Somewhat difficult' });

    const observations = resources(bundle, 'Observation');
    const codes = observations.map(codesOf).flat();
    for (const code of ['44249-1', '44261-6', '69737-5', '70274-6']) expect(codes).toContain(`${LOINC}|${code}`);
    expect(codes).toContain(`${FHIR_SYSTEMS.observation}|phq8-total`);
    expect(codes).toContain(`${FHIR_SYSTEMS.observation}|who5-total`);
    const total = (code: string) => observations.find((observation) => codesOf(observation).includes(code))!;
    expect(total(`${LOINC}|44261-6`)).toMatchObject({ valueInteger: 18, interpretation: [{ text: 'moderately severe' }], effectiveDateTime: '2026-03-01T12:30:00+03:30' });
    expect(total(`${LOINC}|70274-6`)).toMatchObject({ valueInteger: 21, interpretation: [{ text: 'severe' }] });
    expect(total(`${FHIR_SYSTEMS.observation}|who5-total`)).toMatchObject({ valueQuantity: { value: 20, unit: '%', code: '%' }, note: expect.arrayContaining([{ text: expect.any(String) }]) });
    const panel = total(`${LOINC}|44249-1`);
    const byUrl = new Map(bundle.entry.map((entry) => [entry.fullUrl, entry.resource]));
    expect(byUrl.get((panel.hasMember as { reference: string }[])[0]!.reference)).toBe(total(`${LOINC}|44261-6`));
    expect(byUrl.get((panel.derivedFrom as { reference: string }[])[0]!.reference)).toBe(phq9);

    const moods = observations.filter((observation) => codesOf(observation).includes(`${FHIR_SYSTEMS.observation}|check-in-mood`));
    expect(moods.map((mood) => mood.valueInteger)).toEqual([4, 7]);
    expect(moods[0]).toMatchObject({
      effectiveDateTime: '2026-03-05T22:00:00+03:30',
      category: [{ coding: [{ code: 'survey' }] }],
      component: [
        { code: { coding: [{ system: FHIR_SYSTEMS.emotion, code: 'sad', display: 'Sad' }] }, valueQuantity: { value: 60 } },
        { code: { coding: [{ code: 'other' }], text: OTHER_EMOTION }, valueQuantity: { value: 35 } },
      ],
    });
    expect(moods[1]!.component).toBeUndefined();
    expect(JSON.stringify(bundle)).not.toContain('a note that never goes into FHIR');
    for (const list of resources(bundle, 'List')) expect(list.emptyReason).toBeUndefined();
    // Every reference points at an entry of the bundle.
    for (const reference of JSON.stringify(bundle).matchAll(/"reference": ?"([^"]+)"/g)) expect(byUrl.has(reference[1]!)).toBe(true);
  }, 60_000);

  it('the same record keeps its fullUrl in a later export, so a record system can recognise it', () => {
    const first = buildFhirBundle(EVERYTHING, ALL).entry.map((entry) => entry.fullUrl);
    const later = buildFhirBundle(EVERYTHING, { ...ALL, now: new Date('2026-04-01T00:00:00Z') }).entry.map((entry) => entry.fullUrl);
    expect(later.slice(0, -2)).toEqual(first.slice(0, -2));
  });

  it('no data, one score, and sections withheld: each valid, and the Lists say why they are empty', async () => {
    const none = buildFhirBundle({ ...EVERYTHING, assessments: [], checkIns: [] }, ALL);
    expect(await validateFhir(none as unknown as FhirResource)).toEqual([]);
    expect(none.entry.map((entry) => entry.resource.resourceType)).toEqual(['Patient', 'List', 'List']);
    expect(resources(none, 'List').map((list) => (list.emptyReason as { coding: { code: string }[] }).coding[0]!.code)).toEqual(['nilknown', 'nilknown']);

    const one = buildFhirBundle({ ...EVERYTHING, assessments: [EVERYTHING.assessments[2]!], checkIns: [] }, ALL);
    expect(await validateFhir(one as unknown as FhirResource)).toEqual([]);
    expect(one.entry.map((entry) => entry.resource.resourceType)).toEqual(['Patient', 'QuestionnaireResponse', 'Observation', 'Observation', 'List', 'List']);

    const withheld = buildFhirBundle(EVERYTHING, { ...ALL, scores: 'withheld', checkIns: 'withheld', ownText: false });
    expect(await validateFhir(withheld as unknown as FhirResource)).toEqual([]);
    expect(withheld.entry.map((entry) => entry.resource.resourceType)).toEqual(['Patient', 'List', 'List']);
    for (const list of resources(withheld, 'List')) expect(list.emptyReason).toMatchObject({ coding: [{ code: 'withheld' }], text: expect.stringMatching(/^Left out: the detail level/) });

    const notOwn = buildFhirBundle(EVERYTHING, { ...ALL, ownText: false });
    expect(await validateFhir(notOwn as unknown as FhirResource)).toEqual([]);
    expect(JSON.stringify(notOwn)).not.toContain(OTHER_EMOTION);
  }, 60_000);

  it('rejects deliberately broken resources, so the checks above can fail', async () => {
    const valid = buildFhirBundle(EVERYTHING, ALL);
    const broken = (change: (bundle: FhirBundle) => void) => {
      const copy = structuredClone(valid);
      change(copy);
      return validateFhir(copy as unknown as FhirResource);
    };
    const entry = (bundle: FhirBundle, type: string) => bundle.entry.find((e) => e.resource.resourceType === type)!.resource;
    expect(await broken((b) => delete entry(b, 'Observation').status)).toContainEqual(expect.objectContaining({ severity: 'error', message: 'Missing required property' }));
    expect(await broken((b) => (entry(b, 'QuestionnaireResponse').authored = '2026-03-01 12:30'))).toContainEqual(expect.objectContaining({ message: 'Invalid dateTime format' }));
    expect(await broken((b) => (entry(b, 'Observation').valueInteger = '18'))).toContainEqual(expect.objectContaining({ severity: 'error' }));
    expect(await broken((b) => (entry(b, 'Observation').status = 'done'))).toContainEqual(expect.objectContaining({ message: expect.stringContaining('observation-status') }));
    expect(await broken((b) => (entry(b, 'Patient').name = 'Robin'))).toContainEqual(expect.objectContaining({ severity: 'error' }));
    expect(await broken((b) => (entry(b, 'Observation').subject = { reference: 'urn:uuid:00000000-0000-5000-8000-000000000000' }))).toContainEqual(
      expect.objectContaining({ message: 'Reference to no entry of the bundle' }),
    );
    expect(await broken((b) => (entry(b, 'Observation').subject = { reference: b.entry[1]!.fullUrl }))).toContainEqual(
      expect.objectContaining({ message: 'Reference to a QuestionnaireResponse, which this element does not allow' }),
    );
    expect(await broken((b) => ((b as { type: string }).type = 'bag'))).toContainEqual(expect.objectContaining({ path: 'Bundle.type' }));
  }, 60_000);
});
