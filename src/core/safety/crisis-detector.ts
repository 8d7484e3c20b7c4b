import { ENGLISH_CRISIS_LEXICON, type CrisisLexicon, type CrisisSeverity } from './crisis-lexicon.js';

/**
 * Crisis-language detection for every free-text answer. Policy: when unsure, respond — missing a
 * real crisis is far worse than a false alarm. So negated statements ("I'm not suicidal") are still
 * detected (downgraded to medium), and safe contexts ("my phone died") only ever hide a risk match
 * that lies entirely inside them.
 *
 * The assessment names pattern ids only, never the person's words.
 */

/** Stored on risk flags so a flag says which detector (and lexicon) produced it. */
export const CRISIS_DETECTOR_VERSION = `1.0.0+${ENGLISH_CRISIS_LEXICON.version}`;

export interface CrisisAssessment {
  detected: boolean;
  severity: CrisisSeverity | null;
  /** Ids of the lexicon patterns/combinations that matched; never the text itself. */
  matched: string[];
}

interface CompiledPattern {
  id: string;
  severity: CrisisSeverity;
  regex: RegExp;
}

interface CompiledCombination {
  id: string;
  severity: CrisisSeverity;
  parts: RegExp[];
}

interface CompiledLexicon {
  patterns: CompiledPattern[];
  combinations: CompiledCombination[];
  safeContexts: RegExp[];
  negatedTail: RegExp;
}

type Span = readonly [start: number, end: number];

const NOT_DETECTED: Readonly<CrisisAssessment> = Object.freeze({ detected: false, severity: null, matched: [] });

/** How far back (in normalised characters) a negation may sit before a match. */
const NEGATION_WINDOW = 120;

const compiled = new WeakMap<CrisisLexicon, CompiledLexicon>();

function wordRegex(source: string, id: string): RegExp {
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
  } catch (error) {
    throw new Error(`Invalid crisis lexicon pattern "${id}": ${(error as Error).message}`);
  }
}

function compile(lexicon: CrisisLexicon): CompiledLexicon {
  const cached = compiled.get(lexicon);
  if (cached) return cached;
  const { cues, fillers } = lexicon.negation;
  let negatedTail: RegExp;
  try {
    negatedTail = new RegExp(`(?:^| )(?:${cues})(?: (?:${fillers}))* ?$`, 'iu');
  } catch (error) {
    throw new Error(`Invalid crisis lexicon negation: ${(error as Error).message}`);
  }
  const result: CompiledLexicon = {
    patterns: lexicon.patterns.map((p) => ({ id: p.id, severity: p.severity, regex: wordRegex(p.pattern, p.id) })),
    combinations: lexicon.combinations.map((c) => ({
      id: c.id,
      severity: c.severity,
      parts: c.allOf.map((part, i) => wordRegex(part, `${c.id}[${i}]`)),
    })),
    safeContexts: lexicon.safeContexts.map((s) => wordRegex(s.pattern, s.id)),
    negatedTail,
  };
  compiled.set(lexicon, result);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

const FORMAT_CHARS = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BB\u02BC\u02BD\u0060\u00B4\uFF07]/g;
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const LEET_TOKEN = /[\p{L}\p{N}@$]+/gu;
const HAS_LETTER = /\p{L}/u;
const HAS_LEET = /[013457@$]/;

/** Lower-case, NFKC, no zero-width/bidi controls, smart quotes → `'` (kept). */
function baseNormalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(FORMAT_CHARS, '').replace(APOSTROPHES, "'");
}

/** Apostrophes dropped, anything not a letter/digit/mark → space, whitespace collapsed. */
function toWords(text: string): string {
  return text
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

function deLeet(text: string): string {
  return text.replace(LEET_TOKEN, (token) =>
    HAS_LETTER.test(token) && HAS_LEET.test(token) ? token.replace(/[013457@$]/g, (c) => LEET[c] ?? c) : token,
  );
}

/**
 * The text the lexicon is matched against (see crisis-lexicon.ts): lower-case, NFKC, no
 * zero-width characters, no apostrophes, punctuation/emoji as spaces, whitespace collapsed, 3+
 * repeated letters collapsed to two.
 */
export function normaliseCrisisText(text: string): string {
  return toWords(baseNormalise(text)).replace(/(\p{L})\1{2,}/gu, '$1$1');
}

/** Every spelling of `text` worth matching: as written, with runs of letters squeezed to one, de-leeted. */
function variantsOf(text: string): string[] {
  const base = baseNormalise(text);
  const words = toWords(base);
  const variants = new Set<string>();
  variants.add(words.replace(/(\p{L})\1{2,}/gu, '$1$1'));
  variants.add(words.replace(/(\p{L})\1{2,}/gu, '$1'));
  if (HAS_LEET.test(base)) {
    const leet = toWords(deLeet(base));
    variants.add(leet.replace(/(\p{L})\1{2,}/gu, '$1$1'));
    variants.add(leet.replace(/(\p{L})\1{2,}/gu, '$1'));
  }
  variants.delete('');
  return [...variants];
}

// ---------------------------------------------------------------------------------------------
// Matching

function spansOf(regex: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function insideSafe(span: Span, safe: readonly Span[]): boolean {
  return safe.some(([start, end]) => start <= span[0] && span[1] <= end);
}

function isNegated(text: string, start: number, negatedTail: RegExp): boolean {
  let from = Math.max(0, start - NEGATION_WINDOW);
  if (from > 0) {
    // Don't start mid-word ("knot" must not read as "not").
    const space = text.indexOf(' ', from);
    from = space === -1 || space >= start ? start : space + 1;
  }
  return negatedTail.test(text.slice(from, start));
}

/**
 * Screens `text` for crisis language. Never throws on odd input (emoji, RTL, control characters);
 * an invalid lexicon pattern throws when the lexicon is first used.
 */
export function detectCrisis(text: string, lexicon: CrisisLexicon = ENGLISH_CRISIS_LEXICON): CrisisAssessment {
  if (typeof text !== 'string' || text.trim() === '') return { ...NOT_DETECTED, matched: [] };
  const rules = compile(lexicon);
  const variants = variantsOf(text);

  const found = new Map<string, CrisisSeverity>();
  const note = (id: string, severity: CrisisSeverity): void => {
    if (found.get(id) !== 'high') found.set(id, severity);
  };

  for (const variant of variants) {
    const safe = rules.safeContexts.flatMap((regex) => spansOf(regex, variant));

    for (const pattern of rules.patterns) {
      if (found.get(pattern.id) === 'high') continue;
      for (const span of spansOf(pattern.regex, variant)) {
        if (insideSafe(span, safe)) continue;
        const negated = pattern.severity === 'high' && isNegated(variant, span[0], rules.negatedTail);
        note(pattern.id, negated ? 'medium' : pattern.severity);
        if (!negated) break;
      }
    }

    for (const combination of rules.combinations) {
      if (found.has(combination.id)) continue;
      const all = combination.parts.every((part) => spansOf(part, variant).some((span) => !insideSafe(span, safe)));
      if (all) note(combination.id, combination.severity);
    }
  }

  if (found.size === 0) return { ...NOT_DETECTED, matched: [] };
  const order = [...rules.patterns.map((p) => p.id), ...rules.combinations.map((c) => c.id)];
  const matched = order.filter((id, i) => found.has(id) && order.indexOf(id) === i);
  const severity: CrisisSeverity = [...found.values()].includes('high') ? 'high' : 'medium';
  return { detected: true, severity, matched };
}
