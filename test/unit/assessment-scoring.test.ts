import { describe, expect, it } from 'vitest';
import { GAD7, INSTRUMENTS, instrumentsFor, PHQ8, PHQ9, WHO5, type Instrument } from '../../src/core/assessments/instruments.js';
import { maxTotal, scoreAssessment, validateInstrument } from '../../src/core/assessments/scoring.js';

/** Answers whose item scores add up to `raw`, filling items from the first with the top score. */
function answersSumming(instrument: Instrument, raw: number): Record<string, number> {
  const top = Math.max(...instrument.options.map((o) => o.score));
  let left = raw;
  const answers: Record<string, number> = {};
  for (const item of instrument.items) {
    const score = Math.min(top, left);
    answers[item.id] = score;
    left -= score;
  }
  if (left !== 0) throw new Error(`cannot reach ${raw}`);
  return answers;
}

function scored(instrument: Instrument, answers: Record<string, unknown>) {
  const outcome = scoreAssessment(instrument, answers);
  if (!outcome.ok) throw new Error(`not scored: ${JSON.stringify(outcome)}`);
  return outcome.result;
}

describe('instrument data', () => {
  it.each(INSTRUMENTS.map((i) => [i.name, i] as const))('%s is well-formed (bands cover the whole range once)', (_name, instrument) => {
    expect(validateInstrument(instrument)).toEqual([]);
  });

  it('has the standard sizes, ranges, options and attribution', () => {
    expect([PHQ9.items.length, maxTotal(PHQ9)]).toEqual([9, 27]);
    expect([PHQ8.items.length, maxTotal(PHQ8)]).toEqual([8, 24]);
    expect(PHQ8.items).toEqual(PHQ9.items.slice(0, 8));
    expect([GAD7.items.length, maxTotal(GAD7)]).toEqual([7, 21]);
    expect([WHO5.items.length, maxTotal(WHO5)]).toEqual([5, 100]);
    expect(PHQ9.options.map((o) => o.label)).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(WHO5.options.map((o) => [o.label, o.score])).toEqual([
      ['All of the time', 5],
      ['Most of the time', 4],
      ['More than half of the time', 3],
      ['Less than half of the time', 2],
      ['Some of the time', 1],
      ['At no time', 0],
    ]);
    expect(PHQ9.items[8]!.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(PHQ9.items[8]!.risk).toEqual({ minScore: 1, severity: 'high' });
    expect(PHQ8.items.some((item) => item.risk)).toBe(false);
    for (const instrument of [PHQ9, PHQ8, GAD7]) expect(instrument.attribution).toContain('Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues');
    expect(WHO5.attribution).toContain('Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital');
  });

  it('offers the PHQ-8 unless the PHQ-9 is switched on', () => {
    expect(instrumentsFor(new Set()).offered.map((i) => i.id)).toEqual(['phq8', 'gad7', 'who5']);
    expect(instrumentsFor(new Set()).available.map((i) => i.id)).not.toContain('phq9');
    expect(instrumentsFor(new Set(['phq9'])).offered.map((i) => i.id)).toEqual(['phq9', 'gad7', 'who5']);
  });

  it('rejects malformed data a practice might add', () => {
    const broken: Instrument = { ...GAD7, id: 'x1', bands: [{ key: 'a', label: 'a', min: 0, max: 9 }, { key: 'b', label: 'b', min: 11, max: 20 }] };
    expect(validateInstrument(broken)).toEqual(['x1: band b starts at 11, expected 10', 'x1: bands end at 20, expected 21']);
    expect(validateInstrument({ ...GAD7, id: 'x2', items: [GAD7.items[0]!, GAD7.items[0]!] }).join()).toMatch(/item ids repeat/);
  });
});

describe('scoring at every band boundary', () => {
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('PHQ-9 total %i → %s', (total, band) => {
    const result = scored(PHQ9, answersSumming(PHQ9, total));
    expect(result).toMatchObject({ raw: total, total, max: 27, band: { key: band } });
  });

  it.each([
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('PHQ-8 total %i → %s', (total, band) => {
    expect(scored(PHQ8, answersSumming(PHQ8, total))).toMatchObject({ total, max: 24, band: { key: band } });
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('GAD-7 total %i → %s', (total, band) => {
    expect(scored(GAD7, answersSumming(GAD7, total))).toMatchObject({ raw: total, total, max: 21, band: { key: band } });
  });

  it.each([
    [0, 0, 'poor', true],
    [7, 28, 'poor', true],
    [8, 32, 'poor', false],
    [12, 48, 'poor', false],
    [13, 52, 'adequate', false],
    [25, 100, 'adequate', false],
  ])('WHO-5 raw %i → %i (%s, likely depression: %s)', (raw, total, band, likelyDepression) => {
    const result = scored(WHO5, answersSumming(WHO5, raw));
    expect(result).toMatchObject({ raw, total, max: 100, band: { key: band } });
    expect(result.notes.map((n) => n.key)).toEqual(likelyDepression ? ['likely_depression'] : []);
  });

  it('scores a hand-written example item by item', () => {
    // GAD-7: 1 + 2 + 0 + 3 + 1 + 2 + 1 = 10 → moderate.
    const result = scored(GAD7, { q1: 1, q2: 2, q3: 0, q4: 3, q5: 1, q6: 2, q7: 1 });
    expect(result).toMatchObject({ instrument: 'gad7', version: GAD7.version, total: 10, band: { key: 'moderate', discuss: true } });
    expect(Object.keys(result.answers)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7']);
    // WHO-5: 3 + 2 + 2 + 3 + 3 = 13 → 52, just adequate.
    expect(scored(WHO5, { q1: 3, q2: 2, q3: 2, q4: 3, q5: 3 })).toMatchObject({ raw: 13, total: 52, band: { key: 'adequate' } });
  });
});

describe('partial or invalid answers are never scored', () => {
  it('rejects a missing item', () => {
    const answers = answersSumming(PHQ9, 12);
    delete answers.q9;
    expect(scoreAssessment(PHQ9, answers)).toEqual({ ok: false, missing: ['q9'], invalid: [] });
    expect(scoreAssessment(GAD7, {})).toMatchObject({ ok: false, missing: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'] });
  });

  it('rejects out-of-range, non-numeric and unknown answers', () => {
    expect(scoreAssessment(GAD7, { ...answersSumming(GAD7, 3), q2: 4 })).toMatchObject({ ok: false, invalid: ['q2'] });
    expect(scoreAssessment(GAD7, { ...answersSumming(GAD7, 3), q3: '2' })).toMatchObject({ ok: false, invalid: ['q3'] });
    expect(scoreAssessment(GAD7, { ...answersSumming(GAD7, 3), q4: 1.5 })).toMatchObject({ ok: false, invalid: ['q4'] });
    expect(scoreAssessment(PHQ8, { ...answersSumming(PHQ8, 3), q9: 1 })).toMatchObject({ ok: false, invalid: ['q9'] });
    expect(scoreAssessment(WHO5, { ...answersSumming(WHO5, 3), q1: 6 })).toMatchObject({ ok: false, invalid: ['q1'] });
  });
});
