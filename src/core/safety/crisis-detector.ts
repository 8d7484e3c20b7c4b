import { createHash } from 'node:crypto';
import {
  JOKE_MAX_WORDS,
  type CrisisAssessment,
  type CrisisCategory,
  type CrisisKind,
  type CrisisLexicon,
  type CrisisSeverity,
  type RiskLevel,
  type ScreeningContext,
} from './crisis-types.js';
import { CRISIS_MODEL_VERSION, crisisModel, crisisProbability, mentionModel, MODEL_DOUBT_BELOW, MODEL_JOKE_BELOW, MODEL_OVERRULE_AT, type CrisisModel } from './crisis-model.js';
import { CRISIS_LEXICONS } from './lexicons/index.js';

/**
 * Crisis-language detection for every typed message, in every language we ship. The lexicons are
 * data (./lexicons/); this module only normalises text and applies them.
 *
 * Each pattern match is judged in its clause:
 * - inside a figurative/everyday context ("my phone died") → ignored;
 * - negated ("I'm not suicidal", "self-harm? no"), resolved or historical ("6 months self-harm
 *   free", "I used to cut"), about someone else ("my friend overdosed", "suicide hotline") → `low`:
 *   recorded for the therapist's summary, no crisis response;
 * - otherwise the pattern's severity, raised to `high` by a time-bound cue in the same clause
 *   ("…tonight").
 * Where people describe warning signs, triggers or their past (`describing`), thoughts are `low`
 * unless time-bound; acts, intent, plans and means keep their severity.
 *
 * Text is matched as written and through tolerant spellings (elongations, leetspeak, accents,
 * typos of distinctive words). The assessment names pattern ids and categories, never the text.
 */

/** Stored on risk flags so a flag says which detector and lexicons produced it. */
export const CRISIS_DETECTOR_VERSION = `2.6.0+${CRISIS_LEXICONS.map((lexicon) => lexicon.version).join('+')}+model.${CRISIS_MODEL_VERSION}`;

export interface DetectOptions {
  context?: ScreeningContext;
  lexicons?: readonly CrisisLexicon[];
  /**
   * Consult the statistical model (crisis-model.ts) where the lexicons found nothing: the shipped
   * one (`true`), another (a model being validated by `npm run safety:train`), or none. On by
   * default for the shipped lexicons; off with custom `lexicons` (tests of one lexicon's rules).
   */
  model?: boolean | CrisisModel;
  /**
   * Consult the mention model (crisis-model.ts) on a lexicon's `high`: the shipped one (`true`),
   * another (being validated), or none. On wherever the shipped crisis model is.
   */
  mention?: boolean | CrisisModel;
}

type Span = readonly [start: number, end: number];

interface CompiledPattern {
  id: string;
  category: CrisisCategory;
  kind: CrisisKind;
  severity: CrisisSeverity;
  other: boolean;
  self: boolean;
  regexes: RegExp[];
}

interface CompiledCombination {
  id: string;
  category: CrisisCategory;
  kind: CrisisKind;
  severity: CrisisSeverity;
  parts: RegExp[];
}

interface CompiledProximity {
  id: string;
  category: CrisisCategory;
  kind: CrisisKind;
  severity: CrisisSeverity;
  near: RegExp[][];
  within: number;
  acrossSentences: boolean;
}

interface CompiledLexicon {
  patterns: CompiledPattern[];
  proximity: CompiledProximity[];
  combinations: CompiledCombination[];
  safe: RegExp[];
  thirdPartyContexts: RegExp[];
  negatedTail: RegExp;
  doubleNegativeTail: RegExp;
  /** A negation cue anywhere (between the parts of a proximity match) and the double negatives that cancel it. */
  negationWord: RegExp;
  doubleNegative: RegExp;
  trailingDenial: RegExp;
  historical: RegExp;
  current: RegExp;
  urgent: RegExp;
  recent: RegExp;
  resolvedAfter: RegExp;
  resolvedLater: RegExp | undefined;
  pastSelf: RegExp | undefined;
  continued: RegExp | undefined;
  firstPerson: RegExp;
  selfSubject: RegExp;
  thirdPerson: RegExp;
  objects: RegExp;
  otherBody: RegExp;
  clauseBreak: RegExp;
  patternClause: RegExp | undefined;
  jokes: { humour: RegExp; serious: RegExp; trigger: RegExp } | undefined;
  safeLead: RegExp | undefined;
}

/** How far back (in normalised characters) a negation may sit before a match. */
const NEGATION_WINDOW = 80;
/** Clause boundary written into normalised text for sentence punctuation and line breaks. */
const BOUNDARY = '|';

const compiled = new WeakMap<CrisisLexicon, CompiledLexicon>();

function regex(source: string, what: string, flags = 'gu'): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    throw new Error(`Invalid crisis lexicon rule "${what}": ${(error as Error).message}`);
  }
}

/** Whole words only: a match never starts or ends inside a word. */
/** Top-level alternatives of a regex source (`a|b(c|d)` → `a`, `b(c|d)`). */
function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + (source[++i] ?? '');
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

/** Longest regex source compiled as one: V8 runs very large regexes far slower. */
const CHUNK_CHARS = 1_500;

/** A long pattern as several regexes of a few alternatives each (same matches, much faster). */
function chunked(source: string, what: string): RegExp[] {
  if (source.length <= CHUNK_CHARS) return [wordRegex(source, what)];
  const chunks: string[] = [];
  for (const alternative of alternativesOf(source)) {
    const last = chunks.length - 1;
    if (last >= 0 && chunks[last]!.length + alternative.length < CHUNK_CHARS) chunks[last] += `|${alternative}`;
    else chunks.push(alternative);
  }
  return chunks.map((chunk) => wordRegex(chunk, what));
}

/**
 * Whole words only: tried at word starts (sticky, see {@link spansOf}) and never ending inside a
 * word. Trying word starts only is what keeps screening fast.
 */
const wordRegex = (source: string, what: string) => regex(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, what, 'gu');
const anywhere = (source: string, what: string) => regex(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, what, 'u');

function compile(lexicon: CrisisLexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const { cues, fillers, doubleNegatives, trailing } = lexicon.negation;
  const tail = (lead: string, what: string) => regex(`(?:^| )(?:${lead})(?: (?:${fillers}))* ?$`, what, 'u');
  const result: CompiledLexicon = {
    patterns: lexicon.patterns.map((p) => ({
      id: p.id,
      category: p.category,
      kind: p.kind,
      severity: p.severity,
      other: p.subject === 'other',
      self: p.subject === 'self',
      regexes: chunked(p.pattern, p.id),
    })),
    proximity: lexicon.proximity.map((rule) => ({
      id: rule.id,
      category: rule.category,
      kind: rule.kind,
      severity: rule.severity,
      within: rule.within,
      acrossSentences: rule.acrossSentences ?? false,
      near: rule.near.map((name) => {
        const source = lexicon.concepts[name];
        if (source === undefined) throw new Error(`Crisis lexicon ${lexicon.locale}: proximity rule ${rule.id} names unknown concept ${name}`);
        return chunked(source, `${lexicon.locale} concept ${name}`);
      }),
    })),
    combinations: lexicon.combinations.map((c) => ({
      id: c.id,
      category: c.category,
      kind: c.kind,
      severity: c.severity,
      parts: c.allOf.map((part, i) => wordRegex(part, `${c.id}[${i}]`)),
    })),
    safe: lexicon.safeContexts.flatMap((s) => chunked(s.pattern, s.id)),
    thirdPartyContexts: lexicon.thirdPartyContexts.flatMap((s) => chunked(s.pattern, s.id)),
    negatedTail: tail(cues, `${lexicon.locale} negation`),
    doubleNegativeTail: tail(doubleNegatives, `${lexicon.locale} double negatives`),
    negationWord: anywhere(cues, `${lexicon.locale} negation`),
    doubleNegative: anywhere(doubleNegatives, `${lexicon.locale} double negatives`),
    trailingDenial: regex(`^ ?(?:${trailing})(?= ?\\||\\s*$)`, `${lexicon.locale} trailing denial`, 'u'),
    historical: wordRegex(lexicon.historical, `${lexicon.locale} historical`),
    current: wordRegex(lexicon.current, `${lexicon.locale} current`),
    urgent: wordRegex(lexicon.urgent, `${lexicon.locale} urgent`),
    recent: anywhere(lexicon.recent, `${lexicon.locale} recent`),
    resolvedAfter: regex(`^ ?(?:${lexicon.resolvedAfter})(?![\\p{L}\\p{N}])`, `${lexicon.locale} resolved after`, 'u'),
    resolvedLater: lexicon.resolvedLater === undefined ? undefined : wordRegex(lexicon.resolvedLater, `${lexicon.locale} resolved later`),
    pastSelf: lexicon.pastSelf === undefined ? undefined : wordRegex(lexicon.pastSelf, `${lexicon.locale} past self`),
    continued: lexicon.continued === undefined ? undefined : wordRegex(lexicon.continued, `${lexicon.locale} continued`),
    firstPerson: anywhere(lexicon.firstPerson, `${lexicon.locale} first person`),
    selfSubject: wordRegex(lexicon.selfSubject, `${lexicon.locale} self subject`),
    thirdPerson: wordRegex(lexicon.thirdPerson, `${lexicon.locale} third person`),
    objects: wordRegex(lexicon.objects, `${lexicon.locale} objects`),
    otherBody: anywhere(lexicon.otherBody, `${lexicon.locale} other body`),
    clauseBreak: wordRegex(lexicon.clauseBreaks, `${lexicon.locale} clause breaks`),
    patternClause: lexicon.patternClause === undefined ? undefined : regex(`^ ?(?:${lexicon.patternClause})(?![\\p{L}\\p{N}])`, `${lexicon.locale} pattern clause`, 'u'),
    safeLead: lexicon.safeLead === undefined ? undefined : regex(`^(?:${lexicon.safeLead})$`, `${lexicon.locale} safe lead`, 'u'),
    jokes: lexicon.jokes && {
      humour: anywhere(lexicon.jokes.humour, `${lexicon.locale} humour`),
      serious: anywhere(lexicon.jokes.serious, `${lexicon.locale} serious`),
      trigger: wordRegex(lexicon.jokes.trigger, `${lexicon.locale} joke trigger`),
    },
  };
  compiled.set(lexicon, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

const FORMAT_CHARS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BB\u02BC\u02BD\u0060\u00B4\uFF07]/g;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const LEET_TOKEN = /[\p{L}\p{N}@$!]+/gu;
const HAS_LETTER = /\p{L}/u;
const HAS_LEET = /[013457@$]|\p{L}!+\p{L}/u;

/** Emoji people use for means and acts, read as words (any language's lexicon may list them). */
const EMOJI_WORDS: Readonly<Record<string, string>> = { '🔪': 'knife', '🗡': 'knife', '🩸': 'blood', '💊': 'pills', '🪢': 'rope', '⚰': 'coffin', '🔫': 'gun', '🪦': 'grave', '🪒': 'razor' };
const EMOJI_PATTERN = new RegExp(`[${Object.keys(EMOJI_WORDS).join('')}]`, 'gu');
const HAS_RISK_EMOJI = new RegExp(`[${Object.keys(EMOJI_WORDS).join('')}]`, 'u');
/** Three or more pills in a row ("💊💊💊") are also a quantity: "… a lot of pills". */
const PILL_RUN = /(?:💊[\s\uFE0F]*){3,}/gu;

/**
 * Words that, capitalised right after a lower-case word, start a new sentence typed without a full
 * stop ("I want to be nothing Not dead exactly", "no sientas nada Me la tomé a las 8"). Never "I",
 * never German nouns or the formal "Sie", and not in a message typed in Title Case.
 */
const RUN_ON_START =
  /(?<=\p{Ll}[,]?\s+)(?:Not|This|Just|Me|My|It|Its|It's|All|But|So|Now|Then|Nobody|Never|Nothing|Everything|Everyone|Sorry|Bye|Tonight|Today|Tomorrow|Still|Maybe|Please|Why|How|Mi|Ya|Hoy|Esta|Este|Lo|Pero|Nadie|Nada|Todo|Ahora|Solo|Quiero|Tengo|Voy|Estoy|Ayer|Mir|Mich|Nicht|Kein|Keine|Heute|Jetzt|Aber|Niemand|Nichts|Alles|Hab|Habe|Gestern|Dann)(?![\p{L}\p{N}'’])/gu;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}/gu;
const WORD = /\p{L}+/gu;

function markRunOns(text: string): string {
  if (text.search(RUN_ON_START) === -1) return text;
  // Title Case ("I Want To Die Tonight") says nothing about sentences.
  if ((text.match(CAPITALISED)?.length ?? 0) * 2 > (text.match(WORD)?.length ?? 0)) return text;
  return text.replace(RUN_ON_START, (word) => `. ${word}`);
}

/** Lower case, NFKC, no zero-width/bidi controls, no accents (ß → ss), smart quotes → `'`, risk emoji as words. */
function fold(text: string): string {
  return markRunOns(text)
    .replace(PILL_RUN, (run) => `${' 💊'.repeat([...run.matchAll(/💊/gu)].length)} a lot of pills `)
    .replace(EMOJI_PATTERN, (emoji) => ` ${EMOJI_WORDS[emoji] ?? ''} `)
    .normalize('NFKC')
    .toLowerCase()
    .replace(FORMAT_CHARS, '')
    .replace(APOSTROPHES, "'")
    .replace(/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/gu, 'without')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

/**
 * A denial answering the writer's own question ("suicidal thoughts? no, just tired", "wanting to
 * die? nope") is moved into the question's clause, where the lexicon's trailing denials read it.
 * An answer label may come first, as on a form ("Suicidal thoughts? A: None"). Only a bare answer
 * counts: "suicidal? no one would care" is not a denial. English answers only (the
 * Spanish and German lexicons read their own "¿…? no" / "…? Nein" themselves).
 */
const QUESTION_DENIAL =
  /\?+[\s"')\]]*(?:(?:a|ans|answer)\s*[:-]\s*)?(no+|nope|nah+|never|not really|not at all|not lately|absolutely not|definitely not|of course not|hell no|no way|none|nil|0|zero)(?=\s*(?:[,.!;:)\-\u2013\u2014\u2026]|$)|\s+(?:just|only|i|im|i'm|not|but|thanks|lol|haha|honestly|really)(?![\p{L}\p{N}]))/gu;
const joinQuestionDenials = (folded: string) => folded.replace(QUESTION_DENIAL, ' $1. ');

/**
 * A question about the person that the writer answers yes ("Q: thoughts of harming yourself? A:
 * yes", "¿has pensado en quitarte la vida? sí", "Gedanken, dich umzubringen? ja, jeden Tag") is read
 * as the writer's own statement: the question's second person becomes the first and the answer
 * joins the question's clause, so the lexicons read "thoughts of harming myself yes", and "did i ever
 * try to kill myself yes when i was 16" as the past. The answer may go on ("yeah, every day", "yes
 * twice"), except a Spanish "si", which must stand alone: "¿…? si pudiera…" ("if I could") is no yes.
 */
const QUESTION_AFFIRMED =
  /(?<=^|[.!?\n|¿])([^.!?\n|¿]*)\?+[\s"')\]]*(?:(?:a|ans|answer|r|resp|respuesta|antwort)\s*[:-]\s*)?(?=(?:yes|yeah|yep|yup|yess+|ja|jep|jo|sometimes|often|daily|every day|most days|a few times|a little|a bit|kind of|kinda|a veces|todos los dias|casi todos los dias|manchmal|oft|taglich|jeden tag|fast jeden tag)(?=\s|[,.!;:)\-\u2013\u2014\u2026]|$)|si(?=\s*(?:[,.!;:)\-\u2013\u2014\u2026]|$)))/gu;
const SECOND_TO_FIRST: readonly [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])(?:yourself|yourselves|urself|yourslef)(?![\p{L}\p{N}])/gu, 'myself'],
  [/(?<![\p{L}\p{N}])(?:you are|you're|youre|ur)(?=\s+(?:\p{L}+ing|thinking|feeling|going|gonna|planning|safe|suicidal|at risk))/gu, 'i am'],
  [/(?<![\p{L}\p{N}])(?:are|have|do|did|were|will|would) (?:you|u)(?![\p{L}\p{N}])/gu, 'i'],
  [/(?<![\p{L}\p{N}])(?:your|ur)(?![\p{L}\p{N}])/gu, 'my'],
  [/(?<![\p{L}\p{N}])(?:you|u)(?![\p{L}\p{N}])/gu, 'i'],
  // Spanish: enclitic -te on an infinitive or gerund ("quitarte", "haciendote"), tu/ti, and the
  // commonest second-person verbs of a screening question.
  [/(?<=\p{L}(?:ar|er|ir|ando|iendo))te(?![\p{L}\p{N}])/gu, 'me'],
  [/(?<![\p{L}\p{N}])(?:tu|ti)(?![\p{L}\p{N}])/gu, 'mi'],
  [/(?<![\p{L}\p{N}])te(?= (?:\p{L}+))/gu, 'me'],
  [/(?<![\p{L}\p{N}])has(?= (?:\p{L}+(?:ado|ido)|hecho|puesto|vuelto|roto|dicho|visto|escrito)(?![\p{L}\p{N}]))/gu, 'he'],
  [/(?<![\p{L}\p{N}])estas(?= \p{L}+(?:ando|iendo)(?![\p{L}\p{N}]))/gu, 'estoy'],
  [/(?<![\p{L}\p{N}])(quier|piens|teng|sient)(?:es|as)(?![\p{L}\p{N}])/gu, '$1o'],
  [/(?<![\p{L}\p{N}])tienes(?![\p{L}\p{N}])/gu, 'tengo'],
  [/(?<![\p{L}\p{N}])(pens|intent)aste(?![\p{L}\p{N}])/gu, '$1e'],
  // German: du/dich/dir/dein…, and the commonest second-person verbs.
  [/(?<![\p{L}\p{N}])du(?![\p{L}\p{N}])/gu, 'ich'],
  [/(?<![\p{L}\p{N}])dich(?![\p{L}\p{N}])/gu, 'mich'],
  [/(?<![\p{L}\p{N}])dir(?![\p{L}\p{N}])/gu, 'mir'],
  [/(?<![\p{L}\p{N}])dein(e|en|em|er|es)?(?![\p{L}\p{N}])/gu, 'mein$1'],
  [/(?<![\p{L}\p{N}])(?:hast|hattest)(?![\p{L}\p{N}])/gu, 'habe'],
  [/(?<![\p{L}\p{N}])willst(?![\p{L}\p{N}])/gu, 'will'],
  [/(?<![\p{L}\p{N}])bist(?![\p{L}\p{N}])/gu, 'bin'],
];
// The question is taken from a sentence start only: a match tried from every position of a long
// sentence would be quadratic in its length.
// Only a question about risk is rewritten: "do you want to go out tonight? yes" read as "i want to go
// out tonight" is what the model would then see, and it reads that as a plan.
const ABOUT_RISK =
  /harm|hurt|kill|sui[cz]id|\bdie\b|dying|dead|end(?:ing)? (?:your|ur|it)|cut|overdos|\bod\b|pills|\bsh\b|hopeless|matar|morir|muert|dano|lastim|cortar|quitar\w* la vida|um(?:zu)?bring|verletz|sterben|leben (?:zu )?nehmen|ritz|\btot\b|selbstmord|hoffnungslos/u;
const readAffirmedQuestions = (folded: string) =>
  !folded.includes('?')
    ? folded
    : folded.replace(QUESTION_AFFIRMED, (whole: string, question: string) =>
        ABOUT_RISK.test(question) ? `${SECOND_TO_FIRST.reduce((text, [pattern, to]) => text.replace(pattern, to), question)} ` : whole,
      );
/** The writer's answers to questions about them, read as theirs: denials, then yeses. */
const readAnswers = (folded: string) => readAffirmedQuestions(joinQuestionDenials(folded));

/**
 * Words separated by single spaces; sentence ends and line breaks become ` | ` (a clause boundary
 * no pattern crosses); apostrophes vanish ("don't" → "dont"); emoji and other punctuation → space.
 */
function toWords(text: string): string {
  return text
    .replace(/\.{2,}|…/g, ' ')
    .replace(/(?<!\d)[.!?;]+|[.!?;]+(?!\d)|[\r\n]+/g, ` ${BOUNDARY} `)
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}|]+/gu, ' ')
    .replace(/(?:\s*\|\s*)+/g, ` ${BOUNDARY} `)
    .replace(/\s+/g, ' ')
    .replace(/^ ?\| ?| ?\| ?$/g, '')
    .trim();
}

function deLeet(text: string): string {
  return text.replace(LEET_TOKEN, (token) =>
    HAS_LETTER.test(token) && HAS_LEET.test(token) ? token.replace(/[013457@$!]/g, (c) => LEET[c] ?? c) : token,
  );
}

/** The text patterns are matched against (for tests and authors of lexicons). */
export function normaliseCrisisText(text: string): string {
  return toWords(readAnswers(fold(text))).replace(/(\p{L})\1{2,}/gu, '$1$1');
}

// ---------------------------------------------------------------------------------------------
// Tolerant spelling

interface Vocabulary {
  words: Set<string>;
  notTypos: Set<string>;
  byLength: Map<number, string[]>;
  spellings: Map<string, string>;
  /** Every literal word of every pattern: what run-together text ("iwanttodie") is split into. */
  dictionary: Set<string>;
}

const vocabularies = new WeakMap<CrisisLexicon, Vocabulary>();

/**
 * The tolerant-spelling data of one lexicon. Words of the other shipped languages are never
 * "corrected" into this one's ("suicida" stays Spanish).
 */
function vocabularyOf(lexicon: CrisisLexicon, all: readonly CrisisLexicon[]): Vocabulary {
  const cached = vocabularies.get(lexicon);
  if (cached) return cached;
  const words = new Set(lexicon.vocabulary.map((w) => fold(w)));
  const others = all.filter((l) => l !== lexicon);
  const notTypos = new Set([...lexicon.notTypos, ...others.flatMap((l) => [...l.vocabulary, ...l.notTypos])].map((w) => fold(w)));
  const byLength = new Map<number, string[]>();
  for (const word of words) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  const spellings = new Map(Object.entries(lexicon.spellings));
  const sources = [...lexicon.patterns.map((p) => p.pattern), ...lexicon.combinations.flatMap((c) => c.allOf), ...Object.values(lexicon.concepts), lexicon.firstPerson];
  const dictionary = new Set(['i', 'a', ...words, ...spellings.values(), ...sources.flatMap((source) => source.replace(/\\[a-z]/gi, ' ').match(/[a-z]{2,}/g) ?? [])]);
  const vocabulary = { words, notTypos, byLength, spellings, dictionary };
  vocabularies.set(lexicon, vocabulary);
  return vocabulary;
}

/** Optimal string alignment distance (edits and adjacent swaps), or `limit + 1` once above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** The vocabulary word `token` is a likely typo of, if any. */
function correct(token: string, vocabulary: Vocabulary): string | undefined {
  if (token.length < 4 || vocabulary.words.has(token) || vocabulary.notTypos.has(token) || /\d/.test(token)) return undefined;
  const limit = token.length >= 9 ? 2 : 1;
  for (let length = token.length - limit; length <= token.length + limit; length++) {
    for (const word of vocabulary.byLength.get(length) ?? []) {
      if (word.length < 5 && !(word.length === 4 && token.length === 4)) continue;
      // Four-letter words: only a swap of two neighbours ("slef" → "self").
      const allowed = word.length === 4 ? 1 : limit;
      if (word[0] !== token[0] && word.length < 7) continue;
      const distance = editDistance(token, word, allowed);
      if (distance > allowed) continue;
      if (word.length === 4 && (token.length !== 4 || [...token].sort().join('') !== [...word].sort().join(''))) continue;
      return word;
    }
  }
  return undefined;
}

/**
 * Endings that are words of the dictionary but make a word of the stem before them: "punishable"
 * is not "punish able", "heartless" not "heart less".
 */
const WORD_ENDINGS = new Set(['able', 'ible', 'less', 'ness', 'ment', 'ful', 'ship', 'hood']);

/** Shortest split of a run-together token into dictionary words ("iwanttodie" → "i want to die"), if any. */
function segment(token: string, dictionary: Set<string>): string | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= token.length; end++) {
    for (let start = Math.max(0, end - 16); start < end; start++) {
      const before = best[start];
      const word = token.slice(start, end);
      if (!before || !dictionary.has(word)) continue;
      if (!best[end] || best[end]!.length > before.length + 1) best[end] = [...before, word];
    }
  }
  const words = best[token.length];
  return words && words.length > 1 && !WORD_ENDINGS.has(words.at(-1)!) ? words.join(' ') : undefined;
}

const RUN_TOGETHER_FROM = 9;


/** A run-together, doubled-letter or misspelt token read as a word of the lexicon, if it is one. */
function reread(token: string, vocabulary: Vocabulary): string | undefined {
  const spelled = vocabulary.spellings.get(token);
  if (spelled) return spelled;
  if (vocabulary.dictionary.has(token)) return undefined;
  const squeezed = token.replace(/(\p{L})\1+/gu, '$1');
  if (squeezed !== token && vocabulary.dictionary.has(squeezed)) return squeezed;
  // Dropped g: "wakin", "cuttin", "livin".
  if (token.length >= 5 && token.endsWith('in') && vocabulary.dictionary.has(`${token}g`)) return `${token}g`;
  if (token.length >= RUN_TOGETHER_FROM && !vocabulary.words.has(token)) {
    const split = segment(token, vocabulary.dictionary);
    if (split) return split;
  }
  return correct(token, vocabulary) ?? (squeezed !== token ? correct(squeezed, vocabulary) : undefined);
}

/** Single letters that stand for words in chat ("u r", "i", "a"): never joined into one. */
const CHAT_LETTERS = new Set(['i', 'a', 'u', 'r', 'b', 'n', 'y', 'k', 'c', 'x']);

/**
 * Chat writing read as words: letters spaced out ("d i e", "t o") joined when they spell a lexicon
 * word, a trailing 2 split off ("wan2" → "wan 2"), and a sentence that goes on with a preposition
 * or "and" ("I give up. on everything") read as one clause.
 */
function loosen(text: string, vocabulary: Vocabulary): string {
  return text
    .replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L})+(?![\p{L}\p{N}])/gu, (run) => {
      const letters = run.split(' ');
      const joined = letters.join('');
      return letters.every((l) => CHAT_LETTERS.has(l)) || !vocabulary.dictionary.has(joined) ? run : joined;
    })
    .replace(/(?<![\p{L}\p{N}])(\p{L}{2,})2(?![\p{L}\p{N}])/gu, '$1 2')
    .replace(/ \| (?=(?:on|with|of|about|from|for|and) )/g, ' ');
}

/**
 * The spellings of `text` worth matching, most faithful first: as written (runs of three or more
 * letters as two), and — only when it differs — with leetspeak read as letters and every token that
 * is not a word of the lexicon re-read (chat spellings, doubled letters, run-together words, typos).
 */
function variantsOf(text: string, vocabulary: Vocabulary): string[] {
  const folded = readAnswers(fold(text));
  const written = toWords(folded).replace(/(\p{L})\1{2,}/gu, '$1$1');
  const variants = [written];
  const base = HAS_LEET.test(folded) ? toWords(deLeet(folded)).replace(/(\p{L})\1{2,}/gu, '$1$1') : written;
  const reread_ = loosen(base, vocabulary).replace(/\p{L}+/gu, (token) => reread(token, vocabulary) ?? token);
  if (reread_ !== written) variants.push(reread_);
  return variants;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Non-overlapping matches of a global word pattern, leftmost first. */
function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

const inside = (span: Span, outer: readonly Span[]) => outer.some(([start, end]) => start <= span[0] && span[1] <= end);

/**
 * Whether a match lies in a figurative or everyday phrase: inside one, or ending inside one with
 * only the lexicon's lead words before it ("I'll | die on this hill").
 */
function figurative(span: Span, scene: Scene, rules: CompiledLexicon): boolean {
  if (inside(span, scene.safe)) return true;
  const lead = rules.safeLead;
  return lead !== undefined && scene.safe.some(([start, end]) => start > span[0] && start < span[1] && span[1] <= end && lead.test(scene.text.slice(span[0], start)));
}

/** The clause around `span`: between sentence boundaries and clause-breaking words ("but"). */
function clauseOf(text: string, span: Span, breaks: readonly Span[]): Span {
  let start = text.lastIndexOf(BOUNDARY, span[0]) + 1;
  let end = text.indexOf(BOUNDARY, span[1]);
  if (end === -1) end = text.length;
  for (const [breakStart, breakEnd] of breaks) {
    if (breakEnd <= span[0] && breakStart >= start) start = breakEnd;
    if (breakStart >= span[1] && breakStart < end) end = breakStart;
  }
  return [start, end];
}

function isNegated(text: string, span: Span, clause: Span, rules: CompiledLexicon): boolean {
  let from = Math.max(clause[0], span[0] - NEGATION_WINDOW);
  if (from > clause[0]) {
    // Don't start mid-word ("knot" must not read as "not").
    const space = text.indexOf(' ', from);
    from = space === -1 || space >= span[0] ? span[0] : space + 1;
  }
  const before = text.slice(from, span[0]);
  if (rules.doubleNegativeTail.test(before)) return false;
  if (rules.negatedTail.test(before)) return true;
  return rules.trailingDenial.test(text.slice(span[1], clause[1]));
}

type Subject = 'self' | 'other' | 'object';

/**
 * Who a match is about. A match that itself names the writer ("kill myself") is about them.
 * Otherwise the nearest person or thing named before it in its clause decides ("my sister self
 * harms", "my phone is about to die"), and a body part owned by someone else after it ("found cuts
 * on his arms"). Inside a third-party context ("suicide hotline") it is about someone else.
 */
function subjectOf(text: string, span: Span, clause: Span, thirdPartySpans: readonly Span[], rules: CompiledLexicon): Subject {
  if (inside(span, thirdPartySpans)) return 'other';
  if (rules.firstPerson.test(text.slice(span[0], span[1]))) return 'self';
  // "found cuts on his arms": the body named after the match says whose it is.
  if (rules.otherBody.test(text.slice(span[1], clause[1]))) return 'other';
  const before = text.slice(clause[0], span[0]);
  const last = (spans: Span[]) => (spans.length ? spans[spans.length - 1]![1] : -1);
  // Read up to the match, so a person may be told by the verb after it ("my sister's BEEN cutting").
  const others = spansOf(rules.thirdPerson, text.slice(clause[0], span[1])).filter(([, end]) => end <= before.length);
  // A thing is the subject when a verb follows it, which may be the match's own first word ("my legs WANT to die").
  const objects = spansOf(rules.objects, text.slice(clause[0], span[1])).filter(([, end]) => end <= before.length);
  const selves = spansOf(rules.selfSubject, before).filter((s) => !inside(s, others));
  const [lastOther, lastObject, lastSelf] = [last(others), last(objects), last(selves)];
  if (lastObject > lastSelf && lastObject > lastOther) return 'object';
  if (lastOther > lastSelf) return 'other';
  return 'self';
}

const RANK: Readonly<Record<RiskLevel, number>> = { low: 1, medium: 2, high: 3 };

interface Finding {
  id: string;
  category: CrisisCategory;
  level: RiskLevel;
  /** Found by a proximity rule (concepts near each other), not a pattern: weaker evidence. */
  near?: boolean;
  /** Inside a joking frame (CrisisLexicon.jokes): hyperbole if the model agrees. */
  joke?: boolean;
}

interface Rule {
  id: string;
  category: CrisisCategory;
  kind: CrisisKind;
  severity: CrisisSeverity;
  other: boolean;
  self?: boolean;
}

interface Scene {
  text: string;
  safe: Span[];
  thirdParty: Span[];
  breaks: Span[];
  /** The whole message holds a time-bound or recent cue (for `describing`). */
  urgentAnywhere: boolean;
  /** The whole message holds a current, time-bound or recent cue (for `resolvedLater`, `pastSelf`). */
  nowAnywhere: boolean;
  /** History cues anywhere in the message, and sentences saying it is not over (`continued`). */
  historical: Span[];
  continued: Span[];
  /** A short message with a humour marker and no serious one (CrisisLexicon.jokes). */
  joking: boolean;
}

/**
 * Judges one match in its clause. `anchor` is the part of a proximity match that holds the risk
 * word: who the match is about is read around it.
 */
function judge(scene: Scene, span: Span, rule: Rule, rules: CompiledLexicon, context: ScreeningContext, anchor: Span = span, checkSafe = true): Finding | undefined {
  const { text } = scene;
  if (checkSafe && figurative(span, scene, rules)) return undefined;
  const clause = clauseOf(text, span, scene.breaks);
  // A context cue counts only where it is more than the match itself ("I don't want to live ANYMORE").
  // Whether the past or the present is meant is read around the risk word (`anchor`), even inside
  // a proximity match ("USED TO self harm"); a time-bound cue must lie outside the whole match, so
  // "if I died TOMORROW" (a proximity rule's own words) stays hypothetical.
  const cue = (pattern: RegExp, own: Span = anchor) => spansOf(pattern, text.slice(clause[0], clause[1])).some(([s, e]) => s + clause[0] < own[0] || e + clause[0] > own[1]);
  const finding = (level: RiskLevel): Finding => ({ id: rule.id, category: rule.category, level });
  // A proximity match that names the writer as a subject ("my dad keeps a gun … I know where the key is") is about them.
  const namesWriter = anchor !== span && spansOf(rules.selfSubject, text.slice(span[0], span[1])).length > 0;
  // A third-party context ("…cuts herself and I noticed the marks") decides even for patterns about the writer.
  const subject = inside(anchor, scene.thirdParty) ? 'other' : rule.self || namesWriter ? 'self' : subjectOf(text, anchor, clause, scene.thirdParty, rules);
  if (subject === 'object') return undefined;
  if (rule.other || subject === 'other' || isNegated(text, span, clause, rules)) return finding('low');
  // History, unless something after the match says it is not over ("when i was 15 i wanted to die.
  // i still do", "i used to self harm and the urges are back").
  const continued = scene.continued.some(([start]) => start >= span[1]);
  if (!continued && rules.resolvedAfter.test(text.slice(span[1], clause[1]))) return finding('low');
  if (!continued && rules.resolvedLater && !scene.nowAnywhere && scene.historical.length > 0 && spansOf(rules.resolvedLater, text).some(([start]) => start >= clause[1])) return finding('low');
  // The writer's own past told right before the match, dated elsewhere in the message ("when i was
  // suicidal … that was 2015"), nothing current anywhere.
  if (!continued && rules.pastSelf && !scene.nowAnywhere && spansOf(rules.pastSelf, text.slice(clause[0], span[0])).length > 0 && scene.historical.some(([start, end]) => end <= span[0] || start >= span[1])) return finding('low');
  if (cue(rules.historical) && !cue(rules.current) && !continued) return finding('low');
  const urgent = cue(rules.urgent, span);
  // Hyperbole told as a joke about a trigger ("I'll kms if the wifi drops again lol"): marked, and
  // recorded `low` where the model agrees it is no crisis (detectCrisis). Never an ingestion or
  // self-harm act, never time-bound, never without the trigger.
  if (scene.joking && !urgent && !LITERAL_ACTS.has(rule.category) && (cue(rules.jokes!.trigger, span) || (EXCLAIMED.has(rule.category) && exclaimedBeside(text, clause)))) return { ...finding(rule.severity), joke: true };
  // Describing warning signs, triggers or the past: only what is happening now is a crisis — or an
  // act the writer tells as done or decided ("after the call I took all my sleeping pills"), not a
  // list of signs ("hoarding pills, googling ways to die") nor a pattern ("when I start …").
  if (context === 'describing' && !urgent && !scene.urgentAnywhere && !(rule.kind === 'act' && narratedBySelf(text, span, clause, rules))) return finding('low');
  return finding(urgent ? 'high' : rule.severity);
}

/**
 * The writer is the subject of the clause ("I took…", "I'm writing…"), which does not describe a
 * pattern ("when I…"). Only for lexicons that name their pattern words (`patternClause`).
 */
function narratedBySelf(text: string, span: Span, clause: Span, rules: CompiledLexicon): boolean {
  if (!rules.patternClause) return false;
  const before = text.slice(clause[0], span[0]);
  if (rules.patternClause.test(before)) return false;
  return spansOf(rules.selfSubject, before).length > 0 || spansOf(rules.selfSubject, text.slice(span[0], Math.min(span[1], span[0] + 4))).length > 0;
}

/**
 * The match is a short exclamation beside a sentence that tells what happened ("le dije
 * "igualmente" al mozo. quiero morir jaja"): the cause is told, only not in the match's clause.
 */
function exclaimedBeside(text: string, clause: Span): boolean {
  if (wordsBetween(text, clause[0], clause[1]) > JOKE_EXCLAMATION_WORDS) return false;
  const own = text.slice(clause[0], clause[1]);
  return text.split(BOUNDARY).some((sentence) => wordsBetween(sentence, 0, sentence.length) >= 3 && !own.includes(sentence.trim()));
}
/** At most this many words in the clause of an exclamation ("kann mich bitte wer erschießen haha"). */
const JOKE_EXCLAMATION_WORDS = 6;
/** What people exclaim after a mishap: a wish to die or be killed, never a plan, means or farewell ("im at the bridge now. just wanted to tell someone lol"). */
const EXCLAIMED: ReadonlySet<string> = new Set<CrisisCategory>(['active_ideation', 'passive_ideation']);

/** Categories told literally even in a joking message: what was swallowed or cut is not hyperbole. */
const LITERAL_ACTS: ReadonlySet<string> = new Set<CrisisCategory>(['ingestion', 'self_harm']);
/** Laughing, eye-rolling and winking faces: humour markers whatever the language. */
const HUMOUR_EMOJI = /[😂🤣😹😆😅🙄🙃😜😝🤪]/u;

/**
 * The context of one spelling of a message, each part computed when first needed. `laughing`: the
 * message as written holds a humour emoji (gone from the normalised text).
 */
function sceneOf(text: string, rules: CompiledLexicon, laughing = false): Scene {
  let safe: Span[] | undefined;
  let thirdParty: Span[] | undefined;
  let breaks: Span[] | undefined;
  let urgentAnywhere: boolean | undefined;
  let nowAnywhere: boolean | undefined;
  let historical: Span[] | undefined;
  let continued: Span[] | undefined;
  let joking: boolean | undefined;
  return {
    text,
    get joking() {
      const jokes = rules.jokes;
      return (joking ??=
        jokes !== undefined &&
        (laughing || jokes.humour.test(text)) &&
        !jokes.serious.test(text) &&
        text.split(' ').filter((word) => word !== BOUNDARY).length <= JOKE_MAX_WORDS);
    },
    get safe() {
      return (safe ??= rules.safe.flatMap((r) => spansOf(r, text)));
    },
    get thirdParty() {
      return (thirdParty ??= rules.thirdPartyContexts.flatMap((r) => spansOf(r, text)));
    },
    get breaks() {
      return (breaks ??= spansOf(rules.clauseBreak, text));
    },
    get urgentAnywhere() {
      return (urgentAnywhere ??= spansOf(rules.urgent, text).length > 0 || rules.recent.test(text));
    },
    get nowAnywhere() {
      return (nowAnywhere ??= this.urgentAnywhere || spansOf(rules.current, text).length > 0);
    },
    get historical() {
      return (historical ??= spansOf(rules.historical, text));
    },
    get continued() {
      return (continued ??= rules.continued ? spansOf(rules.continued, text) : []);
    },
  };
}

/** Words between two positions of normalised text. */
const wordsBetween = (text: string, from: number, to: number) => (from >= to ? 0 : text.slice(from, to).trim().split(' ').filter(Boolean).length);

/** The strongest judged match of a proximity rule: its concepts near each other within one clause. */
function proximityFinding(scene: Scene, rule: CompiledProximity, rules: CompiledLexicon, context: ScreeningContext, judged: Judged): Finding | undefined {
  const spansOfConcept = (index: number) => rule.near[index]!.flatMap((regex) => spansOf(regex, scene.text));
  const first = spansOfConcept(0);
  if (first.length === 0) return undefined;
  const others: Span[][] = [];
  for (let index = 1; index < rule.near.length; index++) {
    const spans = spansOfConcept(index);
    if (spans.length === 0) return undefined;
    others.push(spans);
  }
  let best: Finding | undefined;
  for (const anchor of first) {
    if (inside(anchor, scene.safe)) continue;
    const clause: Span = rule.acrossSentences ? [0, scene.text.length] : clauseOf(scene.text, anchor, scene.breaks);
    let start = anchor[0];
    let end = anchor[1];
    const complete = others.every((spans) => {
      const near = spans
        .filter(([s, e]) => s >= clause[0] && e <= clause[1] && (e <= anchor[0] || s >= anchor[1]))
        // No part may come from inside a figurative or everyday phrase ("…will be the DEATH of me").
        .filter((span) => !inside(span, scene.safe))
        .map((span) => ({ span, distance: span[0] >= anchor[1] ? wordsBetween(scene.text, anchor[1], span[0]) : wordsBetween(scene.text, span[1], anchor[0]) }))
        .filter(({ distance }) => distance <= rule.within)
        // A negation right before the later part, in its sentence, breaks them apart ("I want to
        // live, not die"; "self-harm? no. never done it"). Only parts near enough to match count: a
        // negation before a word too far away to belong to the match dismisses nothing.
        .filter(({ span: [s, e] }) => {
          const between = e <= anchor[0] ? scene.text.slice(e, anchor[0]) : scene.text.slice(anchor[1], s);
          const lead = between.slice(between.lastIndexOf(BOUNDARY) + 1);
          const broken = rules.negationWord.test(lead) && !rules.doubleNegative.test(lead);
          // The words of the broken match, both parts and the negation, are left out of the model's
          // reading (leaving the earlier part in had it read "I want" alone as a crisis).
          if (broken) dismiss(judged, scene.text, [Math.min(s, anchor[0]), Math.max(e, anchor[1])]);
          return !broken;
        })
        .sort((a, b) => a.distance - b.distance)[0];
      if (!near) return false;
      start = Math.min(start, near.span[0]);
      end = Math.max(end, near.span[1]);
      return true;
    });
    if (!complete) continue;
    const found = judge(scene, [start, end], { ...rule, other: false }, rules, context, anchor, false);
    if (found && (!best || RANK[found.level] > RANK[best.level])) best = found;
  }
  return best;
}

/**
 * Whether a lexicon saw risk words and judged them harmless: a thing as the subject ("my phone is
 * dying"), a negation that breaks a phrase apart ("I want to live, not die"). The statistical model
 * never overrules that judgement: it reads the message without the dismissed words, and keeps silent
 * where it cannot leave them out (a dismissal in a re-read spelling). (A figurative phrase is no
 * dismissal: the model never reads it either.)
 */
interface Judged {
  /** A dismissal in a re-read spelling, whose words the model's reading cannot leave out: the model keeps silent. */
  dismissed: boolean;
  /** Dismissed words in the message as written: the model reads the message without them ("I want to live, ~~not die~~"). */
  cuts: Span[];
  /** The message as written (normaliseCrisisText), the spelling `cuts` are positions in. */
  written?: string;
  /** The level was decided by proximity rules alone. */
  nearOnly?: boolean;
  /** The level was decided by matches in a joking frame alone (CrisisLexicon.jokes). */
  jokeOnly?: boolean;
  /** The lexicons the message was screened with (its languages), for the model's threshold. */
  screened?: readonly CrisisLexicon[];
}

/** Records a dismissal at `span` of `variant`: words the model leaves out if the message as written, else silence. */
function dismiss(judged: Judged, variant: string, span: Span): void {
  if (variant === judged.written) judged.cuts.push(span);
  else judged.dismissed = true;
}

/**
 * The findings of one lexicon. Each pattern is judged in the most faithful spelling of the text in
 * which it matches, so context words ("6 months self-harm FREE") are read as written.
 */
function findingsOf(variants: readonly string[], rules: CompiledLexicon, context: ScreeningContext, judged: Judged, laughing: boolean): Finding[] {
  const scenes = new Map<string, Scene>();
  const scene = (variant: string) => scenes.get(variant) ?? (scenes.set(variant, sceneOf(variant, rules, laughing)), scenes.get(variant)!);
  const findings: Finding[] = [];
  for (const pattern of rules.patterns) {
    for (const variant of variants) {
      const spans = pattern.regexes.flatMap((regex) => spansOf(regex, variant));
      if (spans.length === 0) continue;
      let best: Finding | undefined;
      for (const span of spans) {
        const found = judge(scene(variant), span, pattern, rules, context);
        if (found && (!best || RANK[found.level] > RANK[best.level])) best = found;
      }
      if (best) findings.push(best);
      // A match inside a figurative phrase is no dismissal: the model never reads that phrase
      // (modelReading) and may still read the rest. A thing as the subject ("my legs want to die") is.
      else for (const span of spans) if (!figurative(span, scene(variant), rules)) dismiss(judged, variant, span);
      break;
    }
  }
  for (const rule of rules.proximity) {
    for (const variant of variants) {
      const found = proximityFinding(scene(variant), rule, rules, context, judged);
      if (!found) continue;
      findings.push({ ...found, near: true });
      break;
    }
  }
  for (const combination of rules.combinations) {
    for (const variant of variants) {
      const judged = combination.parts.map((part) =>
        spansOf(part, variant)
          .map((span) => judge(scene(variant), span, { ...combination, other: false }, rules, context))
          .filter((f): f is Finding => f !== undefined),
      );
      if (!judged.every((list) => list.length > 0)) continue;
      const lowest = Math.min(...judged.map((list) => Math.max(...list.map((f) => RANK[f.level]))));
      findings.push({ id: combination.id, category: combination.category, level: lowest === RANK.low ? 'low' : combination.severity });
      break;
    }
  }
  return findings;
}

/**
 * The lexicons worth running on `text`: those of the languages it is written in. A message with at
 * least two function words of some language is screened with every language that has at least two
 * (so a mixed "I want to die, ya no puedo más" gets both, while one shared word — "no", "me", "a" —
 * does not pull Spanish rules into an English sentence); otherwise (short or unknown) with all.
 */
function lexiconsFor(text: string, lexicons: readonly CrisisLexicon[]): readonly CrisisLexicon[] {
  if (lexicons.length < 2) return lexicons;
  // Emoji are read as English words ("pills"): they say nothing about the language.
  const words = toWords(fold(text.replace(EMOJI_PATTERN, ' '))).split(' ');
  const scores = lexicons.map((lexicon) => {
    const stop = stopwordsOf(lexicon, lexicons);
    return words.filter((word) => stop.has(word)).length;
  });
  if (Math.max(...scores) < 2) return lexicons;
  return lexicons.filter((_, index) => scores[index]! >= 2);
}

const stopwordSets = new WeakMap<CrisisLexicon, Set<string>>();
/** A language's function words that no other screened language shares ("no", "me", "in" tell nothing). */
function stopwordsOf(lexicon: CrisisLexicon, all: readonly CrisisLexicon[]): Set<string> {
  const cached = stopwordSets.get(lexicon);
  if (cached) return cached;
  const shared = new Set(all.filter((other) => other !== lexicon).flatMap((other) => other.stopwords.map((w) => fold(w))));
  const set = new Set(lexicon.stopwords.map((w) => fold(w)).filter((w) => !shared.has(w)));
  stopwordSets.set(lexicon, set);
  return set;
}

/**
 * Screens `text` for crisis language in the shipped languages it is written in. Never throws on odd input (emoji,
 * RTL, control characters); an invalid lexicon rule throws when the lexicon is first used.
 */
export function detectCrisis(text: string, options: DetectOptions = {}): CrisisAssessment {
  if (typeof text !== 'string' || !(HAS_LETTER.test(text) || HAS_RISK_EMOJI.test(text))) return { detected: false, level: null, severity: null, matched: [], categories: [] };
  if (!HAS_LETTER.test(text)) return emojiOnly(text);
  const lexicons = options.lexicons ?? CRISIS_LEXICONS;
  const context = options.context ?? 'free_text';
  const model = options.model === true || (options.model === undefined && !options.lexicons) ? crisisModel() : options.model || undefined;
  const mention = options.mention === true || (options.mention === undefined && model === crisisModel()) ? mentionModel() : options.mention || undefined;
  // Short answers repeat constantly ("calm", "skip", "yes"): remembered by a hash, never by the text.
  const cacheable = !options.lexicons && options.model === undefined && options.mention === undefined && text.length <= SHORT_TEXT_CHARS;
  const key = cacheable ? createHash('sha256').update(context).update('\0').update(text).digest('base64') : '';
  const cached = cacheable ? shortResults.get(key) : undefined;
  if (cached) return { ...cached, matched: [...cached.matched], categories: [...cached.categories] };
  const judged: Judged = { dismissed: false, cuts: [] };
  let result = assess(text, lexicons, context, judged);
  // The model speaks only about free text, never about a described warning sign. Where the
  // lexicons found nothing, it may flag the message (`medium`), reading it without the words they
  // dismissed (a thing as the subject, a phrase a negation broke apart: "Haven't used it yet", and
  // then "but I'm going to tonight"). Where only proximity rules (words near each other, the lexicons'
  // weakest evidence) matched and the model finds the message very unlikely to be a crisis, the
  // match is recorded `low` for the therapist instead of answered with the crisis response.
  let reading: string | undefined;
  const read = () => (reading ??= modelReading(text, lexicons));
  if (model && result.level === null && !judged.dismissed && context === 'free_text' && crisisProbability(judged.cuts.length ? modelReading(text, lexicons, judged.cuts) : read(), model) >= thresholdFor(judged.screened ?? lexicons, model)) {
    result = { detected: true, level: 'medium', severity: 'medium', matched: [MODEL_MATCH], categories: ['unclassified'] };
  } else if (model && result.level === 'low' && context === 'free_text' && crisisProbability(read(), model) >= MODEL_OVERRULE_AT) {
    // Very sure against the lexicons' reading of a crisis phrase as a mention ("I don't want to kill
    // myself but I wouldn't mind dying in my sleep tonight"): answered at `medium`, their ids kept.
    // A dismissal (a negation breaking a phrase apart: "I want to live, not die") stands.
    result = { ...result, detected: true, level: 'medium', severity: 'medium', matched: [...result.matched, MODEL_OVERRULE] };
  } else if (model && result.detected && judged.nearOnly && context === 'free_text' && crisisProbability(read(), model) < MODEL_DOUBT_BELOW) {
    result = { ...result, detected: false, level: 'low', severity: null, matched: [...result.matched, MODEL_DOUBT] };
  } else if (model && result.detected && judged.jokeOnly && context === 'free_text' && crisisProbability(read(), model) < MODEL_JOKE_BELOW) {
    // Hyperbole told as a joke about a trigger, and the model agrees it is no crisis: recorded for
    // the therapist's summary, not answered ("I'd kms if I had to sit through that lecture again lol").
    result = { ...result, detected: false, level: 'low', severity: null, matched: [...result.matched, MODEL_JOKE] };
  } else if (mention && result.level === 'high' && context === 'free_text' && !saysNow(text, lexicons) && crisisProbability(read(), mention) < mention.threshold) {
    // A `high` that the mention model reads as a mention (resolved, past, someone else's, a topic)
    // rather than a current crisis keeps the crisis response and the alert, without the escalation;
    // never where the message says it is happening now ("… and now I have started again").
    result = { ...result, level: 'medium', severity: 'medium', matched: [...result.matched, MODEL_MENTION] };
  }
  if (cacheable) {
    if (shortResults.size >= SHORT_CACHE_ENTRIES) shortResults.delete(shortResults.keys().next().value!);
    shortResults.set(key, result);
  }
  return { ...result, matched: [...result.matched], categories: [...result.categories] };
}

/**
 * A message of emoji alone. Means and acts side by side (🔪🩸, 🪢⚰️, 💊 with 🔪) or a run of pills
 * (💊💊💊) get the crisis response at `medium`; one emoji alone (a 🩸 for a period, a 💊 for "took
 * my meds") does not.
 */
function emojiOnly(text: string): CrisisAssessment {
  const words = [...text.matchAll(EMOJI_PATTERN)].map((m) => EMOJI_WORDS[m[0]]!);
  const kinds = new Set(words.filter((w) => w !== 'pills'));
  const pills = words.length - words.filter((w) => w !== 'pills').length;
  if (!(pills >= 3 || kinds.size >= 2 || (kinds.size >= 1 && pills >= 1))) return { detected: false, level: null, severity: null, matched: [], categories: [] };
  const category: CrisisCategory = kinds.size === 0 ? 'ingestion' : [...kinds].some((k) => ['knife', 'blood', 'razor'].includes(k)) ? 'self_harm' : 'means';
  return { detected: true, level: 'medium', severity: 'medium', matched: ['risk-emoji'], categories: [category] };
}

/** The model's threshold for a message screened with `screened`: its language's where it is in one language only. */
function thresholdFor(screened: readonly CrisisLexicon[], model: CrisisModel): number {
  return (screened.length === 1 ? model.byLanguage?.[screened[0]!.locale] : undefined) ?? model.threshold;
}

/** Whether any clause of the message says it is current or urgent ("again", "tonight", "right now"). */
function saysNow(text: string, lexicons: readonly CrisisLexicon[]): boolean {
  const written = normaliseCrisisText(text);
  return lexicons.some((lexicon) => {
    const rules = compile(lexicon);
    return written.search(rules.current) !== -1 || written.search(rules.urgent) !== -1;
  });
}

/**
 * Laughter ("lol", "haha", "jaja", "xd"), which the model never reads: people mask a crisis with it
 * as often as they joke, and a model that learnt it as harmless dropped one crisis in thirteen when
 * "haha" was added. Whether laughter makes a message a joke is the lexicons' jokes frame's call.
 */
const LAUGHTER = /(?<![\p{L}\p{N}])(?:lol+|lmf?ao+|lmfao|rofl|(?:ha){2,}h?|(?:he){2,}|(?:hi){2,}|(?:ja){2,}j?|(?:je){2,}|(?:js){2,}|xd+|jk)(?![\p{L}\p{N}])/gu;

/**
 * The text the statistical model reads: the normalised text with every span the lexicons know as
 * figurative or everyday ("the hill I will die on", "my phone died", "cortarme el pelo") taken out,
 * so an idiom's words are not read as risk. Training reads messages the same way.
 */
export function modelReading(text: string, lexicons: readonly CrisisLexicon[] = CRISIS_LEXICONS, cuts: readonly Span[] = []): string {
  let written = normaliseCrisisText(text);
  // Right to left, overlapping cuts merged, so every position still points into the text.
  let from = Infinity;
  for (const [start, end] of [...cuts].sort((a, b) => b[1] - a[1])) {
    const to = Math.min(end, from);
    if (start < to) written = `${written.slice(0, start)} ${written.slice(to)}`;
    from = Math.min(from, start);
  }
  written = written.replace(LAUGHTER, ' ').replace(/ {2,}/g, ' ').trim();
  for (const lexicon of lexicons) {
    const safe = compile(lexicon).safe.flatMap((regex) => spansOf(regex, written));
    if (safe.length === 0) continue;
    safe.sort((a, b) => b[0] - a[0]);
    for (const [start, end] of safe) written = `${written.slice(0, start)} ${written.slice(end)}`;
    written = written.replace(/\s+/g, ' ').trim();
  }
  return written;
}

/** Added to a RiskFlag's ids when the model doubted a match of proximity rules alone (recorded `low`). */
export const MODEL_DOUBT = 'crisis-model-doubt';

/** Added to a RiskFlag's ids when the model agreed that a joking frame's match was hyperbole (recorded `low`). */
export const MODEL_JOKE = 'crisis-model-joke';

/** Added to a RiskFlag's ids when the mention model lowered a lexicon's `high` to `medium`. */
export const MODEL_MENTION = 'crisis-model-mention';

/** Added to a RiskFlag's ids when the model, very sure, answered what the lexicons had judged a mention (`low`). */
export const MODEL_OVERRULE = 'crisis-model-overrule';

/** The id a RiskFlag carries when the model alone flagged the message. */
export const MODEL_MATCH = 'crisis-model';

/** Messages up to this long are cached (by hash) — typical answers to a question. */
const SHORT_TEXT_CHARS = 80;
const SHORT_CACHE_ENTRIES = 2_000;
const shortResults = new Map<string, CrisisAssessment>();

function assess(text: string, lexicons: readonly CrisisLexicon[], context: ScreeningContext, judged: Judged): CrisisAssessment {
  const found = new Map<string, Finding>();
  const laughing = HUMOUR_EMOJI.test(text);
  judged.screened = lexiconsFor(text, lexicons);
  for (const lexicon of judged.screened) {
    const variants = variantsOf(text, vocabularyOf(lexicon, lexicons));
    judged.written ??= variants[0];
    for (const finding of findingsOf(variants, compile(lexicon), context, judged, laughing)) {
      const before = found.get(finding.id);
      if (!before || RANK[finding.level] > RANK[before.level]) found.set(finding.id, finding);
    }
  }
  if (found.size === 0) return { detected: false, level: null, severity: null, matched: [], categories: [] };
  const findings = [...found.values()];
  const top = Math.max(...findings.map((f) => RANK[f.level]));
  const level = (Object.keys(RANK) as RiskLevel[]).find((key) => RANK[key] === top)!;
  const deciding = findings.filter((f) => RANK[f.level] === top);
  judged.nearOnly = deciding.every((f) => f.near);
  judged.jokeOnly = deciding.every((f) => f.joke);
  return {
    detected: level !== 'low',
    level,
    severity: level === 'low' ? null : level,
    matched: findings.map((f) => f.id),
    categories: [...new Set(deciding.map((f) => f.category))],
  };
}
