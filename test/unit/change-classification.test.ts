import { describe, expect, it } from 'vitest';
import {
  CHANGE_CRITERIA,
  classifyChange,
  classifySeries,
  RCI_CRITICAL_Z,
  reliableChangePoints,
  standardErrorOfDifference,
  type ChangeClassification,
  type ChangeCriteria,
  type ChangeMethodId,
} from '../../src/core/assessments/change.js';
import { INSTRUMENTS } from '../../src/core/assessments/instruments.js';

const point = (instrument: string, total: number, localDate = '2025-01-06', version = 'en-2') => ({ instrument, version, total, localDate });

function classify(instrument: string, from: number, to: number, method: ChangeMethodId = 'jacobson-truax', criteria?: readonly ChangeCriteria[]): ChangeClassification {
  const outcome = classifyChange(point(instrument, from), point(instrument, to, '2025-02-03'), method, criteria);
  if (!outcome.ok) throw new Error(`not classified: ${outcome.reason}`);
  return outcome.classification;
}

describe('change criteria data', () => {
  it('covers every built-in instrument, and every constant names its source', () => {
    expect(CHANGE_CRITERIA.map((c) => c.instrument).sort()).toEqual(INSTRUMENTS.map((i) => i.id).sort());
    for (const entry of CHANGE_CRITERIA) {
      expect(entry.caseness.source.length).toBeGreaterThan(20);
      for (const rule of Object.values(entry.reliableChange)) expect(rule.source).toMatch(/\d{4}|Talking Therapies .*Manual/);
      if (entry.response) expect(entry.response.source).toMatch(/doi:/);
      if (entry.remission) expect(entry.remission.source).toMatch(/\d{4}/);
    }
  });

  it('the Jacobson–Truax formula reproduces the published GAD-7 criterion (5.59 points with r = .87)', () => {
    // Bischoff et al. 2020 publish the criterion and r; SD ≈ 5.59 follows from 1.96·√2·√(1−.87) ≈ 1.
    expect(RCI_CRITICAL_Z * standardErrorOfDifference(5.59, 0.87)).toBeCloseTo(5.59, 1);
    const gad7 = CHANGE_CRITERIA.find((c) => c.instrument === 'gad7')!.reliableChange['jacobson-truax'];
    expect(gad7.kind === 'rci' && RCI_CRITICAL_Z * gad7.sDiff).toBeCloseTo(5.59, 6);
  });

  it('states the smallest reliable change in whole points', () => {
    const rule = (instrument: string, method: ChangeMethodId) => CHANGE_CRITERIA.find((c) => c.instrument === instrument)!.reliableChange[method];
    expect(reliableChangePoints(rule('phq9', 'jacobson-truax'))).toBe(7);
    expect(reliableChangePoints(rule('phq9', 'nhs-talking-therapies'))).toBe(6);
    expect(reliableChangePoints(rule('gad7', 'jacobson-truax'))).toBe(6);
    expect(reliableChangePoints(rule('gad7', 'nhs-talking-therapies'))).toBe(4);
    expect(reliableChangePoints(rule('who5', 'jacobson-truax'))).toBe(10);
  });
});

describe('reliable change, Jacobson–Truax', () => {
  it('PHQ-9: 6 points is within measurement error, 7 is reliable — in both directions', () => {
    expect(classify('phq9', 18, 12)).toMatchObject({ reliable: 'none', change: -6, methodName: 'Jacobson–Truax' });
    expect(classify('phq9', 18, 11)).toMatchObject({ reliable: 'improvement', change: -7 });
    expect(classify('phq9', 18, 10).reliable).toBe('improvement');
    expect(classify('phq9', 10, 16).reliable).toBe('none');
    expect(classify('phq9', 10, 17).reliable).toBe('deterioration');
    expect(classify('phq9', 10, 18).reliable).toBe('deterioration');
  });

  it('reports the RCI: (x2 − x1) / S_diff, negative for a fall', () => {
    const result = classify('phq9', 18, 11);
    expect(result.rci).toBeCloseTo(-7 / (Math.SQRT2 * 2.5), 6);
    expect(result.rci!.toFixed(1)).toBe('-2.0');
  });

  it('GAD-7: 5 points is not reliable, 6 is', () => {
    expect(classify('gad7', 15, 10).reliable).toBe('none');
    expect(classify('gad7', 15, 9).reliable).toBe('improvement');
    expect(classify('gad7', 4, 9).reliable).toBe('none');
    expect(classify('gad7', 4, 10).reliable).toBe('deterioration');
  });

  it('PHQ-8 uses the PHQ-9 criterion (7 points) and says so', () => {
    expect(classify('phq8', 16, 10).reliable).toBe('none');
    expect(classify('phq8', 16, 9).reliable).toBe('improvement');
    expect(CHANGE_CRITERIA.find((c) => c.instrument === 'phq8')!.reliableChange['jacobson-truax'].source).toMatch(/No PHQ-8 norms could be verified offline/);
  });

  it('|RCI| exactly at 1.96 is reliable, just below is not (criteria as data)', () => {
    const exact: ChangeCriteria[] = [{ instrument: 'x', higherIsBetter: false, reliableChange: { 'jacobson-truax': { kind: 'rci', name: 'JT', sDiff: 2, source: 'test' }, 'nhs-talking-therapies': { kind: 'points', name: 'N', points: 4, source: 'test' } }, caseness: { atLeast: 10, source: 'test' } }];
    // change = −3.92 → RCI −1.96 exactly; scores are whole numbers in use, so the boundary is tested on the rule itself.
    const at = classifyChange(point('x', 10), { ...point('x', 10 - 3.92), localDate: '2025-01-07' }, 'jacobson-truax', exact);
    const below = classifyChange(point('x', 10), { ...point('x', 10 - 3.9), localDate: '2025-01-07' }, 'jacobson-truax', exact);
    expect(at.ok && at.classification.reliable).toBe('improvement');
    expect(below.ok && below.classification.reliable).toBe('none');
  });
});

describe('reliable change, NHS Talking Therapies', () => {
  it('PHQ-9: 5 points no, 6 points yes, 7 yes — both directions', () => {
    expect(classify('phq9', 18, 13, 'nhs-talking-therapies')).toMatchObject({ reliable: 'none', methodName: 'NHS Talking Therapies', rci: null });
    expect(classify('phq9', 18, 12, 'nhs-talking-therapies').reliable).toBe('improvement');
    expect(classify('phq9', 18, 11, 'nhs-talking-therapies').reliable).toBe('improvement');
    expect(classify('phq9', 8, 13, 'nhs-talking-therapies').reliable).toBe('none');
    expect(classify('phq9', 8, 14, 'nhs-talking-therapies').reliable).toBe('deterioration');
  });

  it('GAD-7: 3 points no, 4 yes, 5 yes — both directions', () => {
    expect(classify('gad7', 12, 9, 'nhs-talking-therapies').reliable).toBe('none');
    expect(classify('gad7', 12, 8, 'nhs-talking-therapies').reliable).toBe('improvement');
    expect(classify('gad7', 12, 7, 'nhs-talking-therapies').reliable).toBe('improvement');
    expect(classify('gad7', 5, 8, 'nhs-talking-therapies').reliable).toBe('none');
    expect(classify('gad7', 5, 9, 'nhs-talking-therapies').reliable).toBe('deterioration');
  });

  it('PHQ-8 has no NHS threshold: it is classified by Jacobson–Truax, named as such', () => {
    expect(classify('phq8', 16, 10, 'nhs-talking-therapies')).toMatchObject({ reliable: 'none', methodName: 'Jacobson–Truax', method: 'nhs-talking-therapies' });
  });
});

describe('WHO-5, where higher is better', () => {
  it('a rise of 10 points is reliable improvement, 8 is not; a fall of 10 is deterioration', () => {
    expect(classify('who5', 40, 48)).toMatchObject({ reliable: 'none', methodName: 'WHO-5 10-point change' });
    expect(classify('who5', 40, 50).reliable).toBe('improvement');
    expect(classify('who5', 40, 52).reliable).toBe('improvement');
    expect(classify('who5', 60, 52).reliable).toBe('none');
    expect(classify('who5', 60, 50).reliable).toBe('deterioration');
    expect(classify('who5', 60, 50, 'nhs-talking-therapies').reliable).toBe('deterioration');
  });

  it('the clinical range is ≤ 50: 40 → 52 is clinically significant, 40 → 50 is not', () => {
    expect(classify('who5', 40, 52)).toMatchObject({ caseBefore: true, caseAfter: false, clinicallySignificant: true });
    expect(classify('who5', 40, 50)).toMatchObject({ caseBefore: true, caseAfter: true, clinicallySignificant: false });
    expect(classify('who5', 51, 64)).toMatchObject({ caseBefore: false, clinicallySignificant: false });
  });

  it('has no response or remission (a percentage reduction of wellbeing means nothing)', () => {
    expect(classify('who5', 20, 60)).toMatchObject({ response: null, remission: null });
  });
});

describe('clinically significant change (caseness)', () => {
  it('PHQ-9 caseness is ≥ 10: 18 → 10 is still a case, 18 → 9 recovered, 18 → 11 not yet', () => {
    expect(classify('phq9', 18, 10)).toMatchObject({ reliable: 'improvement', caseAfter: true, clinicallySignificant: false });
    expect(classify('phq9', 18, 9)).toMatchObject({ reliable: 'improvement', caseAfter: false, clinicallySignificant: true });
    expect(classify('phq9', 18, 11)).toMatchObject({ clinicallySignificant: false });
  });

  it('crossing the cut-off without reliable change is not clinically significant (10 → 9)', () => {
    expect(classify('phq9', 10, 9)).toMatchObject({ caseBefore: true, caseAfter: false, reliable: 'none', clinicallySignificant: false });
  });

  it('starting below caseness can never be "recovered" (9 → 0)', () => {
    expect(classify('phq9', 9, 0)).toMatchObject({ caseBefore: false, reliable: 'improvement', clinicallySignificant: false });
  });

  it('GAD-7 caseness is ≥ 8: 14 → 8 still a case, 14 → 7 recovered', () => {
    expect(classify('gad7', 14, 8)).toMatchObject({ reliable: 'improvement', caseAfter: true, clinicallySignificant: false });
    expect(classify('gad7', 14, 7)).toMatchObject({ caseAfter: false, clinicallySignificant: true });
    expect(classify('gad7', 7, 7)).toMatchObject({ caseBefore: false, caseAfter: false });
  });
});

describe('response and remission', () => {
  it('response is a reduction of at least 50%: 18 → 10 no, 18 → 9 yes, 18 → 8 yes', () => {
    expect(classify('phq9', 18, 10).response).toBe(false);
    expect(classify('phq9', 18, 9).response).toBe(true);
    expect(classify('phq9', 18, 8).response).toBe(true);
    expect(classify('gad7', 15, 8).response).toBe(false);
    expect(classify('gad7', 14, 7).response).toBe(true);
  });

  it('a baseline of 0 has no response, and a rise is never one', () => {
    expect(classify('phq9', 0, 0).response).toBeNull();
    expect(classify('phq9', 4, 12).response).toBe(false);
  });

  it('remission is < 5 from at or above 5: 12 → 5 no, 12 → 4 yes; 4 → 2 is not a remission', () => {
    expect(classify('phq9', 12, 5).remission).toBe(false);
    expect(classify('phq9', 12, 4).remission).toBe(true);
    expect(classify('phq9', 5, 4).remission).toBe(true);
    expect(classify('phq9', 4, 2).remission).toBe(false);
    expect(classify('gad7', 9, 4).remission).toBe(true);
    expect(classify('gad7', 9, 5).remission).toBe(false);
  });
});

describe('bad input', () => {
  it('no scores and one score are not classified, with the reason', () => {
    expect(classifySeries([])).toEqual({ ok: false, reason: 'no-scores' });
    expect(classifySeries([point('phq9', 12)])).toEqual({ ok: false, reason: 'one-score' });
  });

  it('never compares across instruments, even PHQ-8 with PHQ-9', () => {
    expect(classifySeries([point('phq8', 18), point('phq9', 9)])).toEqual({ ok: false, reason: 'different-instruments' });
    expect(classifyChange(point('phq8', 18), point('phq9', 9))).toEqual({ ok: false, reason: 'different-instruments' });
    expect(classifySeries([point('gad7', 18), point('gad7', 12), point('who5', 9)])).toEqual({ ok: false, reason: 'different-instruments' });
  });

  it('an instrument without criteria is not classified', () => {
    expect(classifyChange(point('pcl5', 50), point('pcl5', 20))).toEqual({ ok: false, reason: 'no-criteria' });
  });

  it('a gap of months is still compared, and the gap is given in days', () => {
    const outcome = classifySeries([point('phq9', 18, '2025-01-03'), point('phq9', 14, '2025-03-01'), point('phq9', 9, '2025-06-20')]);
    expect(outcome.ok && outcome.classification).toMatchObject({ from: { total: 18, localDate: '2025-01-03' }, to: { total: 9, localDate: '2025-06-20' }, gapDays: 168, reliable: 'improvement' });
  });

  it('a changed instrument version is still compared, and flagged', () => {
    const changed = classifyChange(point('gad7', 15, '2025-01-03', 'en-1'), point('gad7', 8, '2025-02-03', 'en-2'));
    const same = classifyChange(point('gad7', 15, '2025-01-03'), point('gad7', 8, '2025-02-03'));
    expect(changed.ok && changed.classification.versionChanged).toBe(true);
    expect(same.ok && same.classification.versionChanged).toBe(false);
  });

  it('no change at all is "none", whatever the rule', () => {
    expect(classify('phq9', 12, 12)).toMatchObject({ reliable: 'none', change: 0, rci: 0 });
  });
});
