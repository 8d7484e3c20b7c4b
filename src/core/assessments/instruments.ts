import type { RiskSeverity } from '../safety/safety-service.js';

/**
 * Standard questionnaires as data. The flow (src/core/flows/assessment.ts), scoring
 * (./scoring.ts), storage, /history and the export only read these records, so a practice adds
 * another validated instrument by adding one {@link Instrument} to {@link INSTRUMENTS} — no code.
 *
 * Keep the published wording and the attribution exactly; bump `version` whenever the wording,
 * options, bands, notes or questions change (results store the version they were given under).
 *
 * Versions: `en-1` read a typed number as the score itself ("1" on the PHQ was "Several days"),
 * while the console numbered the options from 1, so an `en-1` result typed as numbers may be off
 * by one answer per item. From `en-2` a typed number is always the option's position as shown,
 * the PHQ-9 and GAD-7 end with their functional-difficulty question, and the WHO-5 flags any
 * single item scored 0 or 1. A result given in an official translation (./translations/) stores
 * that translation's version instead: `es-2` and `de-2` are the `en-2` transcription in Spanish and
 * German, same items, options and scores.
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

/** What a note on a result says. Its key is stored with the result, so summaries can show it later. */
export interface NoteText {
  /** Stored with the result ("low_item"); unique within the instrument. */
  key: string;
  /** Short and factual, for /history and the therapist's summary. */
  label: string;
  /** What the person is told, kindly, under their score. */
  message: string;
  /** Suggest talking the result through with the therapist, as a band with `discuss` does. */
  discuss?: boolean;
  /** Where the rule is published. */
  source?: string;
}

/** An extra, overlapping cut-off on the reported score (WHO-5 ≤ 28: likely depression). */
export interface ScoreNote extends NoteText {
  min: number;
  max: number;
}

/** A rule on single items: any one item scored at most `anyItemAtMost` (WHO-5: any item 0 or 1). */
export interface ItemNote extends NoteText {
  anyItemAtMost: number;
}

/**
 * A question asked after the scored items whose answer is stored with them under `id` but never
 * counts toward the total or the band (the PHQ-9's and GAD-7's functional-difficulty question).
 */
export interface UnscoredQuestion {
  /** Stored with the answers under this key; never one of the item ids. */
  id: string;
  text: string;
  /** What it is about, for the result, /history and the therapist's summary ("Difficulty at work, at home or with other people"). */
  label: string;
  /** Its answers in the order shown; `score` is only the stored code (0, 1, …). */
  options: AnswerOption[];
  /**
   * Asked only when at least one item scored above this, and skippable then: for forms that make
   * the question conditional ("If you checked off any problems…").
   */
  onlyIfAnyItemAbove?: number;
  /** Where the wording comes from. */
  source: string;
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
  /**
   * Answer options shared by every item, in the order they are shown. A typed number is an
   * option's position in this order (1 = the first), whatever it scores.
   */
  options: AnswerOption[];
  items: InstrumentItem[];
  /** Total = sum of item scores × `multiplier` (WHO-5: × 4 → 0–100). */
  scoring: { multiplier?: number };
  bands: Band[];
  /** Cut-offs on the reported score. */
  notes?: ScoreNote[];
  /** Rules on single items, applied whatever the total. */
  itemNotes?: ItemNote[];
  /** Asked after the items, in this order; stored with the answers, never scored. */
  unscored?: UnscoredQuestion[];
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

/** The functional-difficulty answers of the PHQ-9 and GAD-7 forms (stored codes 0–3, never scored). */
const DIFFICULTY: AnswerOption[] = [
  { label: 'Not difficult at all', score: 0 },
  { label: 'Somewhat difficult', score: 1 },
  { label: 'Very difficult', score: 2 },
  { label: 'Extremely difficult', score: 3 },
];

const DIFFICULTY_LABEL = 'Difficulty at work, at home or with other people';

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
  version: 'en-2',
  intro: PHQ_INTRO,
  options: FREQUENCY,
  items: PHQ_ITEMS,
  scoring: {},
  bands: PHQ_BANDS(27),
  unscored: [
    {
      id: 'difficulty',
      text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      label: DIFFICULTY_LABEL,
      options: DIFFICULTY,
      onlyIfAnyItemAbove: 0,
      source: 'PHQ-9 form (Pfizer; phqscreeners.com), the unscored question after item 9; Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606–613.',
    },
  ],
  optIn: true,
  replaces: 'phq8',
  attribution: PHQ_ATTRIBUTION,
};

/**
 * PHQ-8: the PHQ-9 without item 9, 0–24, same cut-offs. The default mood questionnaire. Its
 * published form (Kroenke, Strine, Spitzer et al. 2009, J Affect Disord 114:163–173) also leaves
 * out the functional-difficulty question, so it has none here.
 */
export const PHQ8: Instrument = {
  ...PHQ9,
  id: 'phq8',
  name: 'PHQ-8',
  items: PHQ_ITEMS.slice(0, 8),
  bands: PHQ_BANDS(24),
  unscored: undefined,
  optIn: false,
  replaces: undefined,
};

/** GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006): anxiety, 7 items, 0–21. */
export const GAD7: Instrument = {
  id: 'gad7',
  name: 'GAD-7',
  topic: 'anxiety',
  aliases: ['gad', 'anxiety'],
  version: 'en-2',
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
  unscored: [
    {
      id: 'difficulty',
      // The GAD-7 form says "have these made it", the PHQ-9 form "have these problems made it".
      text: 'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
      label: DIFFICULTY_LABEL,
      options: DIFFICULTY,
      onlyIfAnyItemAbove: 0,
      source: 'GAD-7 form (Pfizer; phqscreeners.com), the unscored question after item 7; Spitzer, Kroenke, Williams & Löwe 2006, Arch Intern Med 166:1092–1097.',
    },
  ],
  attribution: PHQ_ATTRIBUTION,
};

/** WHO-5 Well-Being Index (1998 version): 5 items, 0–5 each, raw × 4 → 0–100; higher is better. */
export const WHO5: Instrument = {
  id: 'who5',
  name: 'WHO-5',
  topic: 'wellbeing',
  aliases: ['who', 'wellbeing', 'well-being'],
  version: 'en-2',
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
  itemNotes: [
    {
      key: 'low_item',
      label: 'an item scored 0 or 1 — worth following up',
      anyItemAtMost: 1,
      message: 'At least one answer was “some of the time” or “at no time”. Whatever the total, the WHO-5’s guidance is to look at that more closely.',
      discuss: true,
      source:
        'WHO-5 scoring guidance (Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, 1998): further assessment for depression is recommended when the raw score is below 13 or any single item is answered 0 or 1; see Topp, Østergaard, Søndergaard & Bech 2015, Psychother Psychosom 84:167–176.',
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
