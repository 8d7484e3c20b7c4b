/**
 * Change between two administrations of one questionnaire, classified by a named, published method.
 * Pure functions over {@link CHANGE_CRITERIA}, which holds every constant with its source; docs/measurement.md
 * explains the methods. Scores of different instruments are never compared with each other.
 */

/** How reliable change is decided. */
export type ChangeMethodId = 'jacobson-truax' | 'nhs-talking-therapies';

export const CHANGE_METHODS: readonly ChangeMethodId[] = ['jacobson-truax', 'nhs-talking-therapies'];

/** The default (config `CHANGE_METHOD`). */
export const DEFAULT_CHANGE_METHOD: ChangeMethodId = 'jacobson-truax';

export function isChangeMethod(value: string): value is ChangeMethodId {
  return (CHANGE_METHODS as readonly string[]).includes(value);
}

/**
 * A change is reliable when |RCI| reaches this: the two-tailed 95% criterion of Jacobson & Truax
 * (1991, J Consult Clin Psychol 59:12–19).
 */
export const RCI_CRITICAL_Z = 1.96;

/** Jacobson & Truax 1991: S_diff = √2 · SE, SE = SD · √(1 − r). */
export function standardErrorOfDifference(sd: number, reliability: number): number {
  return Math.SQRT2 * sd * Math.sqrt(1 - reliability);
}

/**
 * A reliable-change rule. `rci`: Jacobson–Truax, RCI = (x2 − x1) / S_diff, reliable when
 * |RCI| ≥ {@link RCI_CRITICAL_Z}. `points`: a published fixed threshold, reliable when |x2 − x1| ≥ points.
 */
export type ReliableChangeRule =
  | { kind: 'rci'; name: string; sDiff: number; source: string }
  | { kind: 'points'; name: string; points: number; source: string };

/** Everything needed to classify change on one instrument, each constant with its source. */
export interface ChangeCriteria {
  instrument: string;
  /** WHO-5: a higher score is better, so improvement is a rise. */
  higherIsBetter: boolean;
  /** The rule per method (an instrument a method does not define uses the rule that applies, named). */
  reliableChange: Record<ChangeMethodId, ReliableChangeRule>;
  /** The clinical range ("caseness"): total ≥ `atLeast`, or total ≤ `atMost` when higher is better. */
  caseness: { atLeast?: number; atMost?: number; source: string };
  /** Response: a reduction of at least this fraction of the baseline score (lower-is-better instruments only). */
  response?: { fraction: number; source: string };
  /** Remission: from at or above `below` to below it. */
  remission?: { below: number; source: string };
}

const JT = 'Jacobson–Truax';

/** PHQ-9: Löwe et al. 2004 give the individual-change threshold as 2 SEM = 5 points, so SEM ≈ 2.5. */
const PHQ9_SEM = 2.5;

const PHQ9_JT: ReliableChangeRule = {
  kind: 'rci',
  name: JT,
  sDiff: Math.SQRT2 * PHQ9_SEM,
  source:
    'S_diff = √2 · SEM with SEM = 2.5, from Löwe, Unützer, Callahan, Perkins & Kroenke 2004, Med Care 42:1194–1201 ("minimal clinically important difference for individual change, estimated as 2 standard errors of measurement, was 5 points"; test–retest in 7-day repeats). A 7-point change is reliable. The SD and reliability McMillan, Gilbody & Richards 2010 (J Affect Disord 127:122–129, doi:10.1016/j.jad.2010.04.030) used could not be verified offline.',
};

const NHS_MANUAL = 'NHS Talking Therapies for anxiety and depression Manual (NHS England), on measuring reliable improvement and recovery — the edition could not be checked offline';

const PHQ_CASENESS = { atLeast: 10, source: `PHQ-9 ≥ 10: Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606–613 (sensitivity and specificity 88%); the caseness cut-off of the ${NHS_MANUAL}.` };
const MBC_METRICS = '"Defining Success in Measurement-Based Care for Depression: A Comparison of Common Metrics", Psychiatric Services 2020, doi:10.1176/appi.ps.201900295 (the NCQA HEDIS indicators)';
const RESPONSE = { fraction: 0.5, source: `Response: ≥ 50% reduction from baseline — ${MBC_METRICS}; the PHQ-9 validation study's improvement criterion (Kroenke, Spitzer & Williams 2001, as summarised by McMillan et al. 2010).` };
const PHQ_REMISSION = { below: 5, source: `Remission: PHQ-9 < 5 — ${MBC_METRICS}; the top of the "minimal" band (Kroenke, Spitzer & Williams 2001).` };

/** The criteria per instrument. A practice adding an instrument adds its criteria here (or gets none: no classification). */
export const CHANGE_CRITERIA: readonly ChangeCriteria[] = [
  {
    instrument: 'phq9',
    higherIsBetter: false,
    reliableChange: {
      'jacobson-truax': PHQ9_JT,
      'nhs-talking-therapies': { kind: 'points', name: 'NHS Talking Therapies', points: 6, source: `PHQ-9 reliable change ≥ 6 points: ${NHS_MANUAL}.` },
    },
    caseness: PHQ_CASENESS,
    response: RESPONSE,
    remission: PHQ_REMISSION,
  },
  {
    instrument: 'phq8',
    higherIsBetter: false,
    reliableChange: {
      'jacobson-truax': {
        ...PHQ9_JT,
        source: `No PHQ-8 norms could be verified offline: the PHQ-9's are used (the two scores agree closely, Kroenke, Strine, Spitzer et al. 2009, J Affect Disord 114:163–173). ${PHQ9_JT.source}`,
      },
      // NHS Talking Therapies measures with the PHQ-9 only, so the PHQ-8 is classified by Jacobson–Truax under either method.
      'nhs-talking-therapies': {
        ...PHQ9_JT,
        source: `NHS Talking Therapies defines no PHQ-8 threshold; Jacobson–Truax is used. ${PHQ9_JT.source}`,
      },
    },
    caseness: { atLeast: 10, source: 'PHQ-8 ≥ 10: Kroenke, Strine, Spitzer et al. 2009, J Affect Disord 114:163–173.' },
    response: RESPONSE,
    remission: { below: 5, source: 'Remission: PHQ-8 < 5, as the PHQ-9 (same bands, Kroenke et al. 2009); no separate PHQ-8 definition verified offline.' },
  },
  {
    instrument: 'gad7',
    higherIsBetter: false,
    reliableChange: {
      'jacobson-truax': {
        kind: 'rci',
        name: JT,
        sDiff: 5.59 / RCI_CRITICAL_Z,
        source:
          'RCI criterion 5.59 points (1.96 · S_diff) with 14–28-day test–retest r = .87: Bischoff, Anderson, Heafner & Tambling 2020, Psychology, Community & Health 8:176–187, doi:10.5964/pch.v8i1.309. A 6-point change is reliable.',
      },
      'nhs-talking-therapies': { kind: 'points', name: 'NHS Talking Therapies', points: 4, source: `GAD-7 reliable change ≥ 4 points: ${NHS_MANUAL}.` },
    },
    caseness: { atLeast: 8, source: `GAD-7 ≥ 8: the caseness cut-off of the ${NHS_MANUAL}.` },
    response: RESPONSE,
    remission: {
      below: 5,
      source: 'Remission: GAD-7 < 5, the top of the "minimal" band (Spitzer, Kroenke, Williams & Löwe 2006, Arch Intern Med 166:1092–1097); no separate remission definition verified offline.',
    },
  },
  {
    instrument: 'who5',
    higherIsBetter: true,
    // No WHO-5 SD and reliability could be verified offline, so both methods use the published 10-point change.
    reliableChange: {
      'jacobson-truax': {
        kind: 'points',
        name: 'WHO-5 10-point change',
        points: 10,
        source: 'A change of 10 points on the 0–100 scale is clinically relevant: Topp, Østergaard, Søndergaard & Bech 2015, Psychother Psychosom 84:167–176. No SD and reliability for a Jacobson–Truax RCI could be verified offline.',
      },
      'nhs-talking-therapies': {
        kind: 'points',
        name: 'WHO-5 10-point change',
        points: 10,
        source: 'NHS Talking Therapies defines no WHO-5 threshold; the published 10-point change is used (Topp et al. 2015, Psychother Psychosom 84:167–176).',
      },
    },
    caseness: { atMost: 50, source: 'WHO-5 ≤ 50: poor wellbeing (≤ 28: likely depression), Topp et al. 2015, Psychother Psychosom 84:167–176.' },
  },
];

export function changeCriteriaFor(instrument: string, criteria: readonly ChangeCriteria[] = CHANGE_CRITERIA): ChangeCriteria | undefined {
  return criteria.find((entry) => entry.instrument === instrument);
}

/** One administration: what is compared. */
export interface ScorePoint {
  instrument: string;
  /** The instrument version it was given under ("en-2"). */
  version: string;
  /** The reported score (WHO-5: 0–100). */
  total: number;
  localDate: string;
}

export type ReliableChange = 'improvement' | 'deterioration' | 'none';

export interface ChangeClassification {
  instrument: string;
  method: ChangeMethodId;
  /** The rule's name as shown ("Jacobson–Truax", "NHS Talking Therapies", "WHO-5 10-point change"). */
  methodName: string;
  rule: ReliableChangeRule;
  from: ScorePoint;
  to: ScorePoint;
  /** to − from, in points of the reported score. */
  change: number;
  /** The reliable change index (Jacobson–Truax rules only). */
  rci: number | null;
  reliable: ReliableChange;
  /** In the clinical range at each administration. */
  caseBefore: boolean;
  caseAfter: boolean;
  /** Reliable improvement from within the clinical range to outside it (Jacobson–Truax "recovered"). */
  clinicallySignificant: boolean;
  /** ≥ 50% reduction from `from`; null where the instrument defines none or `from` is 0. */
  response: boolean | null;
  /** From at or above the remission cut-off to below it; null where the instrument defines none. */
  remission: boolean | null;
  /** Calendar days between the two local dates. */
  gapDays: number;
  /** The two were given under different versions of the instrument (compare with care). */
  versionChanged: boolean;
}

export type ChangeOutcome =
  | { ok: true; classification: ChangeClassification }
  | { ok: false; reason: 'no-scores' | 'one-score' | 'different-instruments' | 'no-criteria' };

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function inCaseness(criteria: ChangeCriteria, total: number): boolean {
  const { atLeast, atMost } = criteria.caseness;
  if (atLeast !== undefined) return total >= atLeast;
  if (atMost !== undefined) return total <= atMost;
  return false;
}

/** Classifies the change from `from` to `to`, two administrations of one instrument. */
export function classifyChange(
  from: ScorePoint,
  to: ScorePoint,
  method: ChangeMethodId = DEFAULT_CHANGE_METHOD,
  criteria: readonly ChangeCriteria[] = CHANGE_CRITERIA,
): ChangeOutcome {
  if (from.instrument !== to.instrument) return { ok: false, reason: 'different-instruments' };
  const entry = changeCriteriaFor(from.instrument, criteria);
  if (!entry) return { ok: false, reason: 'no-criteria' };
  const rule = entry.reliableChange[method];
  const change = to.total - from.total;
  const rci = rule.kind === 'rci' ? change / rule.sDiff : null;
  const beyond = rule.kind === 'rci' ? Math.abs(rci!) >= RCI_CRITICAL_Z : Math.abs(change) >= rule.points;
  const better = entry.higherIsBetter ? change > 0 : change < 0;
  const reliable: ReliableChange = !beyond || change === 0 ? 'none' : better ? 'improvement' : 'deterioration';
  const caseBefore = inCaseness(entry, from.total);
  const caseAfter = inCaseness(entry, to.total);
  const response = !entry.response || from.total <= 0 ? null : (from.total - to.total) / from.total >= entry.response.fraction;
  const remission = !entry.remission ? null : from.total >= entry.remission.below && to.total < entry.remission.below;
  return {
    ok: true,
    classification: {
      instrument: entry.instrument,
      method,
      methodName: rule.name,
      rule,
      from,
      to,
      change,
      rci,
      reliable,
      caseBefore,
      caseAfter,
      clinicallySignificant: reliable === 'improvement' && caseBefore && !caseAfter,
      response,
      remission,
      gapDays: daysBetween(from.localDate, to.localDate),
      versionChanged: from.version !== to.version,
    },
  };
}

/**
 * Classifies a series of administrations, oldest first: the first (the baseline) against the
 * latest. Refuses a series that mixes instruments rather than compare across them.
 */
export function classifySeries(
  series: readonly ScorePoint[],
  method: ChangeMethodId = DEFAULT_CHANGE_METHOD,
  criteria: readonly ChangeCriteria[] = CHANGE_CRITERIA,
): ChangeOutcome {
  if (series.length === 0) return { ok: false, reason: 'no-scores' };
  if (new Set(series.map((point) => point.instrument)).size > 1) return { ok: false, reason: 'different-instruments' };
  if (series.length === 1) return { ok: false, reason: 'one-score' };
  return classifyChange(series[0]!, series[series.length - 1]!, method, criteria);
}

/** The smallest whole-point change a rule counts as reliable ("7 points"), for plain-language copy. */
export function reliableChangePoints(rule: ReliableChangeRule): number {
  return rule.kind === 'points' ? rule.points : Math.ceil(RCI_CRITICAL_Z * rule.sDiff - 1e-9);
}
