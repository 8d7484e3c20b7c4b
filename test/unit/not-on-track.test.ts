import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MEASUREMENT,
  evaluateNotOnTrack,
  leastSquaresSlope,
  NOT_ON_TRACK_RULES,
  type NotOnTrackInput,
} from '../../src/core/summaries/not-on-track.js';

const days14 = (moods: (number | null)[]) => moods.map((mood, i) => ({ localDate: `2025-03-${String(i + 1).padStart(2, '0')}`, mood }));
const score = (instrument: string, total: number, day: number, version = 'en-2') => ({ instrument, version, total, localDate: `2025-0${day}-01` });

function input(overrides: Partial<NotOnTrackInput>): NotOnTrackInput {
  return { level: 'clinical', settings: DEFAULT_MEASUREMENT, series: [], dailyMood: days14(Array(14).fill(null)), homework: { done: 0, due: 0 }, ...overrides };
}
const rules = (flags: { rule: string }[]) => flags.map((flag) => flag.rule);

describe('"not on track" rules as data', () => {
  it('every rule has an id, a description and its parameters', () => {
    const all = Object.values(NOT_ON_TRACK_RULES);
    expect(new Set(all.map((rule) => rule.id)).size).toBe(4);
    for (const rule of all) expect(rule.description.length).toBeGreaterThan(40);
    expect(NOT_ON_TRACK_RULES.noReliableImprovement.parameters.administrations).toBe(4);
    expect(NOT_ON_TRACK_RULES.moodFalling.parameters).toEqual({ days: 14, minDays: 5, slopePerDay: -0.1 });
  });

  it('nothing to go on, nothing flagged', () => {
    expect(evaluateNotOnTrack(input({}))).toEqual([]);
  });
});

describe('reliable deterioration', () => {
  it('PHQ-9 8 → 15 (7 points, Jacobson–Truax) is flagged, 8 → 14 is not', () => {
    const flags = evaluateNotOnTrack(input({ series: [score('phq9', 8, 1), score('phq9', 15, 2)] }));
    expect(flags).toEqual([{ rule: 'reliable-deterioration', reason: 'PHQ-9 reliably worse: 8 → 15 since Wed 1 Jan (Jacobson–Truax, RCI +2.0)' }]);
    expect(evaluateNotOnTrack(input({ series: [score('phq9', 8, 1), score('phq9', 14, 2)] }))).toEqual([]);
  });

  it('follows the practice’s method: 8 → 14 is reliable deterioration under NHS Talking Therapies', () => {
    const flags = evaluateNotOnTrack(input({ settings: { ...DEFAULT_MEASUREMENT, changeMethod: 'nhs-talking-therapies' }, series: [score('phq9', 8, 1), score('phq9', 14, 2)] }));
    expect(flags[0]?.reason).toBe('PHQ-9 reliably worse: 8 → 14 since Wed 1 Jan (NHS Talking Therapies)');
  });

  it('WHO-5 is inverted: a fall of 10 is deterioration, a rise of 10 is not', () => {
    expect(rules(evaluateNotOnTrack(input({ series: [score('who5', 60, 1), score('who5', 50, 2)] })))).toEqual(['reliable-deterioration']);
    expect(evaluateNotOnTrack(input({ series: [score('who5', 50, 1), score('who5', 60, 2)] }))).toEqual([]);
  });

  it('never compares across instruments: PHQ-8 5 then PHQ-9 27 is no deterioration', () => {
    expect(evaluateNotOnTrack(input({ series: [score('phq8', 5, 1), score('phq9', 27, 2)] }))).toEqual([]);
  });
});

describe('no reliable improvement after N administrations', () => {
  const flat = (n: number, total = 15) => Array.from({ length: n }, (_, i) => score('gad7', total, i + 1));

  it('3 administrations: not yet; 4: flagged', () => {
    expect(evaluateNotOnTrack(input({ series: flat(3) }))).toEqual([]);
    expect(evaluateNotOnTrack(input({ series: flat(4) }))).toEqual([{ rule: 'no-reliable-improvement', reason: 'GAD-7 given 4 times, no reliable improvement: 15 → 15 since Wed 1 Jan' }]);
  });

  it('not when the latest is reliably improved, nor when the baseline was below caseness (GAD-7 < 8)', () => {
    expect(evaluateNotOnTrack(input({ series: [...flat(3), score('gad7', 9, 4)] }))).toEqual([]);
    expect(evaluateNotOnTrack(input({ series: flat(4, 7) }))).toEqual([]);
    expect(rules(evaluateNotOnTrack(input({ series: flat(4, 8) })))).toEqual(['no-reliable-improvement']);
  });

  it('N is data', () => {
    const two = { ...NOT_ON_TRACK_RULES, noReliableImprovement: { ...NOT_ON_TRACK_RULES.noReliableImprovement, parameters: { administrations: 2 } } };
    expect(rules(evaluateNotOnTrack(input({ series: flat(2) }), two))).toEqual(['no-reliable-improvement']);
  });
});

describe('mood falling over two weeks (least-squares slope)', () => {
  it('computes the slope', () => {
    expect(leastSquaresSlope([{ x: 0, y: 8 }, { x: 1, y: 7 }, { x: 2, y: 6 }])).toBeCloseTo(-1);
    expect(leastSquaresSlope([{ x: 0, y: 8 }])).toBeNull();
  });

  it('a slope of exactly −0.1 a day is flagged, −0.09 is not', () => {
    const at = days14(Array.from({ length: 14 }, (_, i) => 8 - 0.1 * i));
    const above = days14(Array.from({ length: 14 }, (_, i) => 8 - 0.09 * i));
    expect(evaluateNotOnTrack(input({ dailyMood: at }))).toEqual([{ rule: 'mood-falling', reason: 'Mood falling over 14 days: −0.10 a day (least-squares, 14 days with check-ins)' }]);
    expect(evaluateNotOnTrack(input({ dailyMood: above }))).toEqual([]);
  });

  it('needs 5 days with a check-in: 4 steeply falling days are not enough', () => {
    const four = days14([8, null, null, 6, null, null, 4, null, null, 2, null, null, null, null]);
    const five = days14([8, null, null, 6, null, null, 4, null, null, 2, null, null, 1, null]);
    expect(evaluateNotOnTrack(input({ dailyMood: four }))).toEqual([]);
    expect(rules(evaluateNotOnTrack(input({ dailyMood: five })))).toEqual(['mood-falling']);
  });

  it('a rising mood is not flagged', () => {
    expect(evaluateNotOnTrack(input({ dailyMood: days14(Array.from({ length: 14 }, (_, i) => 2 + 0.3 * i)) }))).toEqual([]);
  });
});

describe('homework below the target', () => {
  it('60% target: 5/9 (56%) flagged, 6/10 (60%) not, 3/5 not', () => {
    expect(evaluateNotOnTrack(input({ homework: { done: 5, due: 9 } }))).toEqual([{ rule: 'homework-below-target', reason: 'Homework 5/9 (56%) over 14 days, below the 60% target' }]);
    expect(evaluateNotOnTrack(input({ homework: { done: 6, due: 10 } }))).toEqual([]);
    expect(evaluateNotOnTrack(input({ homework: { done: 3, due: 5 } }))).toEqual([]);
  });

  it('needs 3 due: 0/2 is too little to judge, 0/3 is flagged', () => {
    expect(evaluateNotOnTrack(input({ homework: { done: 0, due: 2 } }))).toEqual([]);
    expect(rules(evaluateNotOnTrack(input({ homework: { done: 0, due: 3 } })))).toEqual(['homework-below-target']);
  });

  it('a target of 0 never flags; the target is the practice’s', () => {
    expect(evaluateNotOnTrack(input({ settings: { ...DEFAULT_MEASUREMENT, homeworkTargetPercent: 0 }, homework: { done: 0, due: 14 } }))).toEqual([]);
    expect(rules(evaluateNotOnTrack(input({ settings: { ...DEFAULT_MEASUREMENT, homeworkTargetPercent: 80 }, homework: { done: 7, due: 10 } })))).toEqual(['homework-below-target']);
  });
});

describe('detail level', () => {
  it('at minimal, only the homework rule applies: no flag reveals a score or a mood', () => {
    const everything = input({
      level: 'minimal',
      series: [score('phq9', 8, 1), score('phq9', 20, 2)],
      dailyMood: days14(Array.from({ length: 14 }, (_, i) => 9 - 0.5 * i)),
      homework: { done: 0, due: 7 },
    });
    expect(rules(evaluateNotOnTrack(everything))).toEqual(['homework-below-target']);
    expect(rules(evaluateNotOnTrack({ ...everything, level: 'clinical' }))).toEqual(['reliable-deterioration', 'mood-falling', 'homework-below-target']);
  });
});
