import type { RiskSeverity } from '../safety/safety-service.js';

/**
 * Standard questionnaires as data. The flow (src/core/flows/assessment.ts), scoring
 * (./scoring.ts), storage, /history and the export only read these records, so a practice adds
 * another validated instrument by adding one {@link Instrument} to {@link INSTRUMENTS} — no code.
 *
 * Keep the published wording and the attribution exactly; bump `version` whenever the wording,
 * options or bands change (results store the version they were given under).
 */

/** One answer, as shown on its button, and what it scores. */
export interface AnswerOption {
  label: string;
  score: number;
}

export interface InstrumentItem {
  /** Stable id, stored with the answers ("q1"…). Never reuse an id for different wording. */
  id: string;
  text: string;
  /**
   * A risk item: an answer scoring at least `minScore` triggers the safety response at once
   * (crisis resources, a RiskFlag with source `assessment`, an urgent alert to linked therapists),
   * whatever the total, before the next item.
   */
  risk?: { minScore: number; severity: RiskSeverity };
}

/** A score range with its standard name. Bands must cover 0…max without gaps or overlaps. */
export interface Band {
  /** Stored with the result ("moderately_severe"). */
  key: string;
  /** Standard name, as in "in the mild range". */
  label: string;
  min: number;
  max: number;
  /** Suggest talking the result through with the therapist (moderate and above). */
  discuss?: boolean;
}

/** An extra, overlapping cut-off worth mentioning (WHO-5 ≤ 28: likely depression). */
export interface ScoreNote {
  key: string;
  label: string;
  min: number;
  max: number;
  /** What the person is told, kindly. */
  message: string;
}

export interface Instrument {
  /** Stored with results and accepted as `/assessment <id>` ("gad7"). */
  id: string;
  /** Its published name ("GAD-7"). */
  name: string;
  /** What it asks about, in a word ("anxiety"), for the chooser and /history. */
  topic: string;
  /** Other words accepted after /assessment ("anxiety", "gad"). */
  aliases?: string[];
  /** Version of this transcription (wording, options, bands); stored with each result. */
  version: string;
  /** The framing, shown once per administration, above the first item. */
  intro: string;
  /** Answer options shared by every item, in the order they are shown. */
  options: AnswerOption[];
  items: InstrumentItem[];
  /** Total = sum of item scores × `multiplier` (WHO-5: × 4 → 0–100). */
  scoring: { multiplier?: number };
  bands: Band[];
  notes?: ScoreNote[];
  /** WHO-5: a higher score means better wellbeing (for wording only). */
  higherIsBetter?: boolean;
  /** Only offered when the practice switches it on (PHQ-9, because of its risk item). */
  optIn?: boolean;
  /** When switched on, it takes the place of this instrument in the chooser (PHQ-9 → PHQ-8). */
  replaces?: string;
  /** Shown under every result, as the authors ask. */
  attribution: string;
}

const FREQUENCY: AnswerOption[] = [
  { label: 'Not at all', score: 0 },
  { label: 'Several days', score: 1 },
  { label: 'More than half the days', score: 2 },
  { label: 'Nearly every day', score: 3 },
];

const PHQ_ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

const PHQ_INTRO = 'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

const PHQ_ITEMS: InstrumentItem[] = [
  { id: 'q1', text: 'Little interest or pleasure in doing things' },
  { id: 'q2', text: 'Feeling down, depressed, or hopeless' },
  { id: 'q3', text: 'Trouble falling or staying asleep, or sleeping too much' },
  { id: 'q4', text: 'Feeling tired or having little energy' },
  { id: 'q5', text: 'Poor appetite or overeating' },
  { id: 'q6', text: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down' },
  { id: 'q7', text: 'Trouble concentrating on things, such as reading the newspaper or watching television' },
  {
    id: 'q8',
    text: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  },
  { id: 'q9', text: 'Thoughts that you would be better off dead or of hurting yourself in some way', risk: { minScore: 1, severity: 'high' } },
];

const PHQ_BANDS = (max: number): Band[] => [
  { key: 'minimal', label: 'minimal', min: 0, max: 4 },
  { key: 'mild', label: 'mild', min: 5, max: 9 },
  { key: 'moderate', label: 'moderate', min: 10, max: 14, discuss: true },
  { key: 'moderately_severe', label: 'moderately severe', min: 15, max: 19, discuss: true },
  { key: 'severe', label: 'severe', min: 20, max, discuss: true },
];

/** PHQ-9 (Kroenke, Spitzer & Williams 2001): depression, 9 items, 0–27. Opt-in: item 9 asks about self-harm. */
export const PHQ9: Instrument = {
  id: 'phq9',
  name: 'PHQ-9',
  topic: 'mood',
  aliases: ['phq', 'mood', 'depression'],
  version: 'en-1',
  intro: PHQ_INTRO,
  options: FREQUENCY,
  items: PHQ_ITEMS,
  scoring: {},
  bands: PHQ_BANDS(27),
  optIn: true,
  replaces: 'phq8',
  attribution: PHQ_ATTRIBUTION,
};

/** PHQ-8: the PHQ-9 without item 9, 0–24, same cut-offs. The default mood questionnaire. */
export const PHQ8: Instrument = {
  ...PHQ9,
  id: 'phq8',
  name: 'PHQ-8',
  items: PHQ_ITEMS.slice(0, 8),
  bands: PHQ_BANDS(24),
  optIn: false,
  replaces: undefined,
};

/** GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006): anxiety, 7 items, 0–21. */
export const GAD7: Instrument = {
  id: 'gad7',
  name: 'GAD-7',
  topic: 'anxiety',
  aliases: ['gad', 'anxiety'],
  version: 'en-1',
  intro: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  options: FREQUENCY,
  items: [
    { id: 'q1', text: 'Feeling nervous, anxious, or on edge' },
    { id: 'q2', text: 'Not being able to stop or control worrying' },
    { id: 'q3', text: 'Worrying too much about different things' },
    { id: 'q4', text: 'Trouble relaxing' },
    { id: 'q5', text: 'Being so restless that it is hard to sit still' },
    { id: 'q6', text: 'Becoming easily annoyed or irritable' },
    { id: 'q7', text: 'Feeling afraid, as if something awful might happen' },
  ],
  scoring: {},
  bands: [
    { key: 'minimal', label: 'minimal', min: 0, max: 4 },
    { key: 'mild', label: 'mild', min: 5, max: 9 },
    { key: 'moderate', label: 'moderate', min: 10, max: 14, discuss: true },
    { key: 'severe', label: 'severe', min: 15, max: 21, discuss: true },
  ],
  attribution: PHQ_ATTRIBUTION,
};

/** WHO-5 Well-Being Index (1998 version): 5 items, 0–5 each, raw × 4 → 0–100; higher is better. */
export const WHO5: Instrument = {
  id: 'who5',
  name: 'WHO-5',
  topic: 'wellbeing',
  aliases: ['who', 'wellbeing', 'well-being'],
  version: 'en-1',
  intro: 'Please choose, for each of the five statements, the answer closest to how you have been feeling over the last two weeks.',
  options: [
    { label: 'All of the time', score: 5 },
    { label: 'Most of the time', score: 4 },
    { label: 'More than half of the time', score: 3 },
    { label: 'Less than half of the time', score: 2 },
    { label: 'Some of the time', score: 1 },
    { label: 'At no time', score: 0 },
  ],
  items: [
    { id: 'q1', text: 'I have felt cheerful and in good spirits' },
    { id: 'q2', text: 'I have felt calm and relaxed' },
    { id: 'q3', text: 'I have felt active and vigorous' },
    { id: 'q4', text: 'I woke up feeling fresh and rested' },
    { id: 'q5', text: 'My daily life has been filled with things that interest me' },
  ],
  scoring: { multiplier: 4 },
  bands: [
    { key: 'poor', label: 'poor wellbeing', min: 0, max: 50, discuss: true },
    { key: 'adequate', label: 'adequate wellbeing', min: 51, max: 100 },
  ],
  notes: [
    {
      key: 'likely_depression',
      label: 'likely depression (28 or below)',
      min: 0,
      max: 28,
      message: 'Scores this low often go along with depression, which is very treatable.',
    },
  ],
  higherIsBetter: true,
  attribution: '© Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital. The WHO-5 is free to use.',
};

/** Every instrument this installation knows. Add a practice's own validated instrument here. */
export const INSTRUMENTS: readonly Instrument[] = [PHQ9, PHQ8, GAD7, WHO5];

/** The instrument stored results refer to, by id; undefined for one no longer configured. */
export function findInstrument(id: string, instruments: readonly Instrument[] = INSTRUMENTS): Instrument | undefined {
  return instruments.find((instrument) => instrument.id === id);
}

/**
 * What a practice has switched on: every instrument that is not opt-in, plus the opt-in ones in
 * `enabled` (`available`); the chooser leaves out those replaced by an enabled one (`offered`).
 */
export function instrumentsFor(
  enabled: ReadonlySet<string>,
  instruments: readonly Instrument[] = INSTRUMENTS,
): { available: Instrument[]; offered: Instrument[] } {
  const available = instruments.filter((instrument) => !instrument.optIn || enabled.has(instrument.id));
  const replaced = new Set(available.flatMap((instrument) => (instrument.replaces ? [instrument.replaces] : [])));
  return { available, offered: available.filter((instrument) => !replaced.has(instrument.id)) };
}
