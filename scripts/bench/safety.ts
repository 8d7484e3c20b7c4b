// npm run bench:safety — how well crisis detection does on the labelled corpus (test/safety/corpus).
//
//   npm run bench:safety                       held-out part (the numbers we report; never tuned on)
//   npm run bench:safety -- --split dev        the part lexicon authors may look at
//   npm run bench:safety -- --split dev --misses   …and list what it got wrong (dev and dev2 only)
//   npm run bench:safety -- --split dev2      a second development set by another writer
//   npm run bench:safety -- --split dev --file dev4/   only corpus files whose path contains dev4/
//
// Recall: share of `crisis` messages that get the crisis response (level high or medium).
// False positives: share of `none` messages that get it. Severity agreement: the level (high,
// medium, low or none) equals the label's. Targets from the safety issue are checked at the end.
// Each language's recall is also given for the lexicons alone (the statistical model switched off).
// The model (npm run safety:train) learns from every split but `heldout`: numbers on development
// splits overstate it; the held-out numbers are the ones to quote.
import { performance } from 'node:perf_hooks';
import { detectCrisis } from '../../src/core/safety/crisis-detector.js';
import { readCorpus, screeningOf } from '../../test/safety/corpus.js';


const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'heldout';
const showMisses = args.includes('--misses');
const fileFilter = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;
if (!['dev', 'dev2', 'heldout', 'all'].includes(split ?? '')) throw new Error('--split dev | dev2 | heldout | all');
if (showMisses && !split?.startsWith('dev')) throw new Error('--misses lists development items only: the held-out part is never looked at item by item');

const items = readCorpus().filter((item) => (!fileFilter || item.file.includes(fileFilter)) && (split === 'all' || item.split === split));

interface Tally {
  n: number;
  responded: number;
  /** Responded with the statistical model switched off: what the lexicons do alone. */
  lexicons: number;
  agree: number;
  high: number;
}
const blank = (): Tally => ({ n: 0, responded: 0, lexicons: 0, agree: 0, high: 0 });
const byKey = new Map<string, Tally>();
const tally = (key: string) => byKey.get(key) ?? (byKey.set(key, blank()), byKey.get(key)!);
const misses: string[] = [];

// Warm up the compiled lexicons so timing measures screening, not compilation.
detectCrisis('warm up');
let elapsed = 0;
for (const item of items) {
  const started = performance.now();
  const result = detectCrisis(item.text, { context: screeningOf(item) });
  elapsed += performance.now() - started;
  const level = result.level ?? 'none';
  const responded = result.detected;
  const byLexicons = detectCrisis(item.text, { context: screeningOf(item), model: false }).detected;
  for (const key of [`${item.lang}|${item.label}|${item.category}`, `${item.lang}|${item.label}|*`, `*|${item.label}|*`]) {
    const t = tally(key);
    t.n++;
    if (responded) t.responded++;
    if (byLexicons) t.lexicons++;
    if (level === item.severity) t.agree++;
    if (level === 'high') t.high++;
  }
  const wrong = item.label === 'crisis' ? !responded : responded;
  if (showMisses && (wrong || level !== item.severity)) {
    misses.push(`${wrong ? 'MISS' : 'sev '} ${item.id} [${item.category}/${item.context}] want ${item.severity}, got ${level} ${result.matched.join(',')}: ${item.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
console.log(`bench:safety — ${split} split, ${items.length} messages\n`);
console.log('lang  label   category             n   responded  severity-agree  high');
for (const [key, t] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
  const [lang, label, category] = key.split('|');
  console.log(`${lang!.padEnd(5)} ${label!.padEnd(7)} ${category!.padEnd(18)} ${String(t.n).padStart(4)}   ${pct(t.responded, t.n)}     ${pct(t.agree, t.n)}      ${String(t.high).padStart(3)}`);
}

const get = (key: string) => byKey.get(key) ?? blank();
const checks: [string, boolean][] = [];
for (const [lang, target] of [['en', 97], ['es', 90], ['de', 90]] as const) {
  const positives = get(`${lang}|crisis|*`);
  if (positives.n) checks.push([`recall ${lang} ${pct(positives.responded, positives.n).trim()} ≥ ${target}%`, (100 * positives.responded) / positives.n >= target]);
  const figurative = get(`${lang}|none|figurative`);
  if (figurative.n) checks.push([`false positives on figurative language ${lang} ${pct(figurative.responded, figurative.n).trim()} ≤ 2%`, (100 * figurative.responded) / figurative.n <= 2]);
  for (const category of ['resolved', 'third_party']) {
    const t = get(`${lang}|none|${category}`);
    if (t.n) checks.push([`high alerts on ${category} ${lang}: ${t.high} (target 0)`, t.high === 0]);
  }
}
const all = get('*|crisis|*');
const negatives = get('*|none|*');
console.log(`\noverall: recall ${pct(all.responded, all.n).trim()}, false positives ${pct(negatives.responded, negatives.n).trim()}, severity agreement ${pct(all.agree + negatives.agree, all.n + negatives.n).trim()}`);
for (const lang of ['en', 'es', 'de']) {
  const p = get(`${lang}|crisis|*`);
  const f = get(`${lang}|none|figurative`);
  if (p.n) console.log(`${lang}: recall ${pct(p.responded, p.n).trim()} (lexicons alone ${pct(p.lexicons, p.n).trim()}), figurative false positives ${pct(f.responded, f.n).trim()} (lexicons alone ${pct(f.lexicons, f.n).trim()})`);
}
console.log(`speed: ${((elapsed * 1000) / Math.max(1, items.length)).toFixed(0)} µs per message on average (${items.length} messages)\n`);
for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
if (showMisses) console.log(`\n${misses.join('\n')}`);
