/**
 * Types shared by the crisis detector, its lexicons (data) and the flows that declare how their
 * answers are screened. A leaf module: it imports nothing.
 */

/** Severity of one lexicon pattern. */
export type CrisisSeverity = 'high' | 'medium';

/**
 * What the safety response does with a message:
 * - `high`: intent, plan, means, time-bound statements, ingestion/overdose, self-harm acts and
 *   urges, farewells → crisis response, urgent therapist alert, re-alert and escalation;
 * - `medium`: passive ideation and hopelessness → crisis response and therapist alert;
 * - `low`: resolved/historical or third-party mentions, denials, thoughts described in an exercise
 *   → no crisis response, recorded for the therapist's summary.
 */
export type RiskLevel = 'high' | 'medium' | 'low';

/** What a pattern is about; reported per category by `npm run bench:safety`. */
export type CrisisCategory =
  | 'active_ideation'
  | 'passive_ideation'
  | 'hopelessness'
  | 'intent_plan'
  | 'means'
  | 'ingestion'
  | 'self_harm'
  /** Flagged by the statistical model alone (crisis-model.ts), which names no category. */
  | 'unclassified';

/**
 * Whether a pattern describes a thought or feeling (ideation, hopelessness, urges) or an act,
 * intent, plan, means or farewell. Where people describe their warning signs, thoughts are not a
 * crisis; acts and intent always are.
 */
export type CrisisKind = 'thought' | 'act';

/**
 * Where the text was written. `free_text`: any answer or message. `describing`: a field where the
 * person describes warning signs, triggers or their past (safety plan, trigger map, journal).
 */
export type ScreeningContext = 'free_text' | 'describing';

export interface CrisisPattern {
  /** Stable identifier, stored on risk flags instead of the person's words. */
  readonly id: string;
  readonly category: CrisisCategory;
  readonly kind: CrisisKind;
  readonly severity: CrisisSeverity;
  /** Regex source, matched against normalised text (see crisis-detector.ts). */
  readonly pattern: string;
  /**
   * `other`: the pattern names someone else ("killed himself"): always `low`, never ignored.
   * `self`: about the writer whoever else is named ("my bf found the cuts", "if someone took all
   * their pills, would they die?"). Otherwise the subject is read from the text (see `thirdPerson`).
   */
  readonly subject?: 'other' | 'self';
}

/**
 * Concepts near each other in one clause ("want … die", "pills … counting"): catches rephrasings
 * that no fixed phrase lists. The first concept is the risk itself; a match whose first-concept
 * word lies inside a safe context is ignored.
 */
export interface CrisisProximity {
  readonly id: string;
  readonly category: CrisisCategory;
  readonly kind: CrisisKind;
  readonly severity: CrisisSeverity;
  /** Names of entries in {@link CrisisLexicon.concepts}; one word or phrase of each must occur. */
  readonly near: readonly string[];
  /** Most words between the first and the last concept matched. */
  readonly within: number;
  /**
   * The concepts may sit in neighbouring sentences ("pills are in. 50 of them."); by default they
   * must share a clause.
   */
  readonly acrossSentences?: boolean;
}

export interface CrisisCombination {
  readonly id: string;
  readonly category: CrisisCategory;
  readonly kind: CrisisKind;
  readonly severity: CrisisSeverity;
  /** Regex sources; every one must match somewhere in the message. */
  readonly allOf: readonly string[];
}

/** A regex source with an id, for the context rules. */
export interface CrisisRule {
  readonly id: string;
  readonly pattern: string;
}

export interface CrisisLexicon {
  /** BCP 47 language of the patterns ("en"). */
  readonly locale: string;
  /** Bumped whenever a pattern or rule changes; stored with every RiskFlag. */
  readonly version: string;
  readonly patterns: readonly CrisisPattern[];
  readonly combinations: readonly CrisisCombination[];
  /** Named word lists (regex sources) for {@link proximity} rules. */
  readonly concepts: Readonly<Record<string, string>>;
  readonly proximity: readonly CrisisProximity[];
  /**
   * Figurative and everyday uses ("my phone died", "cut myself some slack"): a match lying entirely
   * inside one of these is ignored. They never hide anything by themselves.
   */
  readonly safeContexts: readonly CrisisRule[];
  /**
   * Words that may stand before a figurative or everyday phrase and still belong to it ("I'm SO
   * READY TO check out of this hotel", "I'LL die on this hill"): a match that ends inside a safe
   * phrase and begins with nothing but these words before it is figurative too. A regex source
   * for the whole lead, spaces included ("(?:(?:so|just|gonna) )+").
   */
  readonly safeLead?: string;
  /**
   * Mentions about the topic, or about someone else ("suicide hotline", "died by suicide", "an
   * article about self-harm"): a match lying entirely inside one is recorded as `low`.
   */
  readonly thirdPartyContexts: readonly CrisisRule[];
  readonly negation: {
    /** Words that negate what follows: "not", "never", "dont"… */
    readonly cues: string;
    /** Words allowed between a cue and a match ("not REALLY GOING TO hurt myself"). */
    readonly fillers: string;
    /** Negated phrases that mean the opposite ("cant stop", "cant help"): these never negate. */
    readonly doubleNegatives: string;
    /** Denials written after the risk word ("suicidal thoughts: none", "self harm? no"). */
    readonly trailing: string;
  };
  /** Cues that place a clause in the past or mark it resolved ("used to", "6 months clean"). */
  readonly historical: string;
  /** Cues that keep a clause current even next to a historical cue ("again", "tonight"). */
  readonly current: string;
  /** Time-bound or intent cues that make a medium match high ("tonight", "by the time you read this"). */
  readonly urgent: string;
  /**
   * Where people describe their warning signs or past (`describing`), what makes a match current
   * anyway ("just", "an hour ago", "going to").
   */
  readonly recent: string;
  /** Right after a match, words saying it is over ("… stopped around week 6", "… is gone"). */
  readonly resolvedAfter: string;
  /**
   * A later sentence saying it is over for the writer now ("I don't feel like that now", "it reads
   * like another person wrote it", "5 years clean"): matches before it are history, unless the
   * message holds a current, time-bound or recent cue anywhere ("… but last night I did it again").
   */
  readonly resolvedLater?: string;
  /**
   * The writer telling their own past right before a match ("when I was", "I had", "after trying
   * to"): with a historical cue anywhere in the message ("that was 2015", "3 years out") and nothing
   * current anywhere, the match is history.
   */
  readonly pastSelf?: string;
  /**
   * A later sentence saying the past is not over ("i still do", "the plan is back", "it never
   * left"): history cues do not make a match before it history.
   */
  readonly continued?: string;
  /** First-person words. A match containing one is about the writer. */
  readonly firstPerson: string;
  /** The writer as a person doing something ("i", "me" — not "my"): compared with {@link thirdPerson}. */
  readonly selfSubject: string;
  /**
   * Things that "die" or get "killed" in everyday talk (phones, cars, printers): when the nearest
   * subject before a match is one of these, the match is figurative and ignored.
   */
  readonly objects: string;
  /** A body part of someone else after a match ("on his arms"): the match is about them. */
  readonly otherBody: string;
  /**
   * Someone else ("my friend", "he", "a celebrity"): when the nearest person named before a match
   * in its clause is someone else, the match is about them.
   */
  readonly thirdPerson: string;
  /** Words that start a new clause for context purposes ("but", "however"). */
  readonly clauseBreaks: string;
  /**
   * Words worth recognising through typos: a token within one edit (two for long words) of one of
   * these is also read as it. Only words of five letters or more, and distinctive ones.
   */
  readonly vocabulary: readonly string[];
  /**
   * Frequent short words of the language ("the", "and", "i"). A message with several of one
   * language's and none of another's is screened only with the lexicons of the languages it uses.
   */
  readonly stopwords: readonly string[];
  /** Real words that are one edit from a vocabulary word and must not be corrected ("overdoes"). */
  readonly notTypos: readonly string[];
  /**
   * Chat spellings read as words in one extra variant of the text ("wud" → "would", "agn" →
   * "again", "2nite" → "tonight"). Keys and values are normalised words.
   */
  readonly spellings: Readonly<Record<string, string>>;
  /**
   * Where people describe warning signs, triggers or their past (`describing`), an act the writer
   * tells with themself as the subject ("after the call I took all my sleeping pills") keeps its
   * severity, unless its clause opens with one of these words, which describe a pattern ("when I
   * start counting my pills"). Without it, every match in a describing field is `low` unless it is
   * time-bound.
   */
  readonly patternClause?: string;
  /**
   * Hyperbole told as a joke about a trivial trigger ("I'll kms if the wifi drops again lol", "si se
   * me cae el wifi me tiro al mar 😂"): in a short message (≤ {@link JOKE_MAX_WORDS} words) with a
   * humour marker (these words, or a laughing or eye-rolling emoji) and no serious one, a thought,
   * intent or means match whose clause also holds a trigger is recorded `low`. Never for ingestion
   * or self-harm acts, never with a time-bound cue ("… tonight lol"), never without the trigger
   * ("might just end it all lol" stays a crisis).
   */
  readonly jokes?: {
    /** Laughter and joke words: "lol", "haha", "jk", "jaja", "Spaß". */
    readonly humour: string;
    /** Words that say it is meant after all: "not joking", "seriously", "en serio", "kein Witz". */
    readonly serious: string;
    /** A trigger in the match's clause: "if", "when", "every time", "makes me want", "rather … than". */
    readonly trigger: string;
  };
}

/** Longest message in which a humour marker may turn a crisis phrase into a joke ({@link CrisisLexicon.jokes}). */
export const JOKE_MAX_WORDS = 40;

/** The result of screening one message. Names pattern ids and categories only, never the text. */
export interface CrisisAssessment {
  /** The message needs the crisis response now (`level` high or medium). */
  detected: boolean;
  /** Null when nothing matched. */
  level: RiskLevel | null;
  /** `level` when it is high or medium (kept for callers that only know those two). */
  severity: CrisisSeverity | null;
  /** Ids of the lexicon patterns/combinations that matched. */
  matched: string[];
  /** Categories of the patterns that decided `level`. */
  categories: CrisisCategory[];
}
