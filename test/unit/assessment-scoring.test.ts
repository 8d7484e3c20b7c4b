import { describe, expect, it } from 'vitest';
import { GAD7, INSTRUMENTS, instrumentsFor, PHQ8, PHQ9, WHO5, type Instrument } from '../../src/core/assessments/instruments.js';
import { answerLabelOf, maxTotal, notesByKeys, scoreAssessment, validateInstrument } from '../../src/core/assessments/scoring.js';
import { optionNamed } from '../../src/core/flows/steps.js';

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

  it('ends the PHQ-9 and GAD-7 (not the PHQ-8) with the published, unscored functional-difficulty question', () => {
    expect(PHQ9.unscored).toEqual([
      expect.objectContaining({
        id: 'difficulty',
        text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
        onlyIfAnyItemAbove: 0,
      }),
    ]);
    expect(GAD7.unscored).toEqual([
      expect.objectContaining({
        id: 'difficulty',
        text: 'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
        onlyIfAnyItemAbove: 0,
      }),
    ]);
    for (const instrument of [PHQ9, GAD7]) {
      expect(instrument.unscored![0]!.options.map((o) => o.label)).toEqual(['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult']);
      expect(instrument.unscored![0]!.source).toMatch(/phqscreeners\.com/);
    }
    expect(PHQ8.unscored).toBeUndefined();
    expect(WHO5.unscored).toBeUndefined();
    // Results given before typed numbers meant positions (en-1) stay distinguishable.
    expect(INSTRUMENTS.map((i) => i.version)).toEqual(['en-2', 'en-2', 'en-2', 'en-2']);
  });

  it('has the WHO-5 single-item rule as data, with its source', () => {
    expect(WHO5.itemNotes).toEqual([expect.objectContaining({ key: 'low_item', anyItemAtMost: 1 })]);
    expect(WHO5.itemNotes![0]!.source).toMatch(/Topp.*2015/);
    expect(WHO5.itemNotes![0]!.source).toMatch(/0 or 1/);
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
    expect(validateInstrument({ ...GAD7, id: 'x3', unscored: [{ ...GAD7.unscored![0]!, id: 'q1' }] }).join()).toMatch(/reuse an item id/);
    expect(validateInstrument({ ...WHO5, id: 'x4', itemNotes: [{ ...WHO5.itemNotes![0]!, anyItemAtMost: 5 }] }).join()).toMatch(/applies to no answer or to every answer/);
    expect(validateInstrument({ ...WHO5, id: 'x5', itemNotes: [{ ...WHO5.itemNotes![0]!, key: 'likely_depression' }] }).join()).toMatch(/note keys repeat/);
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
    expect(result.notes.some((n) => n.key === 'likely_depression')).toBe(likelyDepression);
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

describe('WHO-5 single-item rule: any item scored 0 or 1 is flagged, whatever the total', () => {
  it.each([
    [[2, 2, 2, 2, 2], 40, 'poor', false],
    [[5, 5, 5, 5, 2], 88, 'adequate', false],
    [[5, 5, 5, 5, 1], 84, 'adequate', true],
    [[5, 5, 5, 5, 0], 80, 'adequate', true],
    [[1, 5, 5, 5, 5], 84, 'adequate', true],
    [[3, 3, 3, 3, 1], 52, 'adequate', true],
    [[0, 0, 0, 0, 0], 0, 'poor', true],
  ])('items %j → %i (%s), flagged: %s', (items, total, band, flagged) => {
    const answers = Object.fromEntries(items.map((score, index) => [`q${index + 1}`, score]));
    const result = scored(WHO5, answers);
    expect(result).toMatchObject({ total, band: { key: band } });
    expect(result.notes.some((note) => note.key === 'low_item')).toBe(flagged);
  });

  it('lists score notes before item notes, and reads stored keys back (unknown ones by name)', () => {
    expect(scored(WHO5, { q1: 1, q2: 1, q3: 1, q4: 1, q5: 1 }).notes.map((n) => n.key)).toEqual(['likely_depression', 'low_item']);
    expect(notesByKeys(WHO5, ['low_item', 'likely_depression', 'retired_rule']).map((n) => n.label)).toEqual([
      'likely depression (28 or below)',
      'an item scored 0 or 1 — worth following up',
      'retired rule',
    ]);
  });
});

describe('unscored answers (functional difficulty)', () => {
  it('are kept apart from the items and never counted', () => {
    const result = scored(PHQ9, { ...answersSumming(PHQ9, 12), difficulty: 3 });
    expect(result).toMatchObject({ raw: 12, total: 12, band: { key: 'moderate' }, unscored: { difficulty: 3 } });
    expect(Object.keys(result.answers)).not.toContain('difficulty');
    expect(answerLabelOf(PHQ9, 'difficulty', 3)).toEqual({ question: PHQ9.unscored![0]!.text, answer: 'Extremely difficult' });
    expect(answerLabelOf(PHQ9, 'q1', 3)).toEqual({ question: 'Little interest or pleasure in doing things', answer: 'Nearly every day' });
  });

  it('may be skipped when asked, must be absent when not asked, and must be one of its own codes', () => {
    expect(scored(GAD7, answersSumming(GAD7, 4)).unscored).toEqual({});
    expect(scoreAssessment(GAD7, { ...answersSumming(GAD7, 0), difficulty: 0 })).toEqual({ ok: false, missing: [], invalid: ['difficulty'] });
    expect(scoreAssessment(GAD7, { ...answersSumming(GAD7, 4), difficulty: 4 })).toEqual({ ok: false, missing: [], invalid: ['difficulty'] });
    expect(scoreAssessment(PHQ8, { ...answersSumming(PHQ8, 4), difficulty: 1 })).toEqual({ ok: false, missing: [], invalid: ['difficulty'] });
  });
});

describe('typed option names', () => {
  const frequency = PHQ9.options;
  it.each([
    ['nearly every day', 'Nearly every day'],
    ['Nearly everyday', 'Nearly every day'],
    ['NEARLY EVERY DAY!', 'Nearly every day'],
    ['nearly evrey day', 'Nearly every day'],
    ['more than half the days', 'More than half the days'],
    ['more then half the days', 'More than half the days'],
    ['Sévéral days', 'Several days'],
    ['not at al', 'Not at all'],
  ])('“%s” → %s', (typed, label) => {
    expect(optionNamed(frequency, typed)?.label).toBe(label);
  });

  it.each(['often', 'days', 'not', 'nearly', '', '3'])('“%s” names no option', (typed) => {
    expect(optionNamed(frequency, typed)).toBeUndefined();
  });

  it('tells the WHO-5’s similar answers apart', () => {
    expect(optionNamed(WHO5.options, 'more than half of the time')?.score).toBe(3);
    expect(optionNamed(WHO5.options, 'less than half of the time')?.score).toBe(2);
    expect(optionNamed(WHO5.options, 'some of the time')?.score).toBe(1);
    expect(optionNamed(WHO5.options, 'most of the time')?.score).toBe(4);
    expect(optionNamed(WHO5.options, 'at no time')?.score).toBe(0);
    expect(optionNamed(WHO5.options, 'all the time')?.score).toBe(5);
  });
});
