// npm run safety:train — trains the crisis model (src/core/safety/crisis-model.ts) on the
// development parts of the labelled corpus (test/safety/corpus; every split but `heldout`, which is
// never read here) and writes src/core/safety/crisis-model-weights.ts.
//
//   npm run safety:train                          train on every development file, write the weights
//   npm run safety:train -- --check               train and compare with the committed weights (CI)
//   npm run safety:train -- --validate dev5/,dev6/
//       train without the files whose path contains one of those parts, then report on them, per
//       language and threshold, recall and false positives of the lexicons alone and of lexicons +
//       model. This is how THRESHOLD below was chosen: on sets by writers the model never saw.
//
// Training is deterministic (seeded order, plain arithmetic), so --check can tell whether the
// committed weights are what the corpus and this script produce.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCrisis, modelReading } from '../src/core/safety/crisis-detector.js';
import { MODEL_BITS, modelFeatures, type CrisisModel } from '../src/core/safety/crisis-model.js';
import { CRISIS_MODEL, MENTION_MODEL } from '../src/core/safety/crisis-model-weights.js';
import { readCorpus, screeningOf, type CorpusItem } from '../test/safety/corpus.js';

/** Chosen on validation sets (see --validate and docs/safety.md), not on the held-out part. */
const THRESHOLD = 0.7;
/** Below this the mention model lowers a lexicon's `high` to `medium`; chosen the same way. */
const MENTION_THRESHOLD = 0.3;
/**
 * The mention model learns crisis messages against these alone: mentions that share a crisis's
 * words (resolved, past, someone else's, denied, figurative), not everyday chat.
 */
const MENTION_CATEGORIES = new Set(['resolved', 'third_party', 'denial', 'figurative']);
const mentionSet = (items: readonly CorpusItem[]) => items.filter((item) => item.label === 'crisis' || MENTION_CATEGORIES.has(item.category));
const EPOCHS = 15;
const LEARNING_RATE = 0.5;
const BIAS_RATE = 0.05;
const L2 = 1e-5;
const SEED = 20261207;

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'src/core/safety/crisis-model-weights.ts');


/** mulberry32: a small seeded generator, so every run shuffles the same way. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Naive-Bayes feature weights (as in NBSVM, Wang & Manning 2012): how much more often a bucket
 * occurs in crisis messages than in the others, as |log ratio| of smoothed presence counts,
 * interpolated halfway towards 1 (NB_INTERPOLATION). Training on features scaled by them, then
 * folding them into the weights, leaves a plain logistic regression: inference is unchanged.
 * Chosen on leave-one-writer-set-out models (docs/safety.md): at the same thresholds, fewer
 * crises missed and fewer false positives in all three languages; the full ratio (1) did not help.
 */
const NB_INTERPOLATION = 0.5;
function naiveBayesWeights(examples: readonly { features: [number, number][]; y: number }[]): Float64Array {
  const size = 1 << MODEL_BITS;
  const crisis = new Float64Array(size).fill(1);
  const other = new Float64Array(size).fill(1);
  for (const { features, y } of examples) for (const [key] of features) (y ? crisis : other)[key]! += 1;
  const crisisTotal = crisis.reduce((sum, count) => sum + count, 0);
  const otherTotal = other.reduce((sum, count) => sum + count, 0);
  return Float64Array.from(crisis, (count, key) => 1 - NB_INTERPOLATION + NB_INTERPOLATION * Math.abs(Math.log(count / crisisTotal / (other[key]! / otherTotal))));
}

/**
 * Logistic regression by AdaGrad with L2, then int8 quantisation; with `naiveBayes`, on features
 * scaled by naiveBayesWeights (folded into the weights at the end).
 */
function train(items: readonly CorpusItem[], threshold = THRESHOLD, naiveBayes = false): CrisisModel {
  const size = 1 << MODEL_BITS;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  const read = items.map((item) => ({ features: [...modelFeatures(modelReading(item.text))], y: item.label === 'crisis' ? 1 : 0 }));
  const nb = naiveBayes ? naiveBayesWeights(read) : undefined;
  const examples = nb ? read.map(({ features, y }) => ({ features: features.map(([key, value]): [number, number] => [key, value * nb[key]!]), y })) : read;
  const next = random(SEED);
  const order = examples.map((_, index) => index);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, y } = examples[index]!;
      let z = bias;
      for (const [key, value] of features) z += weights[key]! * value;
      const error = 1 / (1 + Math.exp(-z)) - y;
      for (const [key, value] of features) {
        const gradient = error * value + L2 * weights[key]!;
        squares[key]! += gradient * gradient;
        weights[key]! -= (LEARNING_RATE / Math.sqrt(squares[key]!)) * gradient;
      }
      bias -= BIAS_RATE * error;
    }
  }
  if (nb) for (let key = 0; key < size; key++) weights[key]! *= nb[key]!;
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const quantised = Int8Array.from(weights, (weight) => Math.round(weight / scale));
  return { threshold, bias: Number(bias.toFixed(6)), scale: Number(scale.toPrecision(8)), weights: quantised };
}

function source(models: Record<string, CrisisModel>, trainedOn: number): string {
  const lines = [
    '// Generated by `npm run safety:train` (scripts/train-crisis-model.ts) from the development parts of',
    `// test/safety/corpus (${trainedOn} messages; never the held-out part). Do not edit by hand.`,
  ];
  for (const [name, model] of Object.entries(models)) {
    const base64 = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.length).toString('base64');
    lines.push(`export const ${name} = {`, `  threshold: ${model.threshold},`, `  bias: ${model.bias},`, `  scale: ${model.scale},`, `  weights: '${base64}',`, '} as const;');
  }
  return [...lines, ''].join('\n');
}

/** Whether `model` is what the committed weights hold (int8 rounding may differ by one step). */
function matches(model: CrisisModel, committed: { threshold: number; weights: string }): boolean {
  const bytes = Buffer.from(committed.weights, 'base64');
  let differing = 0;
  for (let i = 0; i < model.weights.length; i++) if (Math.abs(model.weights[i]! - (bytes.readInt8(i) ?? 0)) > 1) differing++;
  return bytes.length === model.weights.length && differing <= model.weights.length / 1000 && committed.threshold === model.threshold;
}


function validate(items: readonly CorpusItem[], parts: readonly string[]): void {
  const held = (item: CorpusItem) => parts.some((part) => item.file.includes(part));
  const model = train(items.filter((item) => !held(item)), THRESHOLD, true);
  const mention = train(mentionSet(items.filter((item) => !held(item))), MENTION_THRESHOLD);
  const set = items.filter(held);
  console.log(`trained on ${items.length - set.length}, validating on ${set.length} (${parts.join(', ')})`);
  // Lexicons alone (the model switched off), then the whole detector with the candidate model at
  // each threshold: exactly what a message would get, doubts and dismissals included.
  const lexicons = set.map((item) => detectCrisis(item.text, { context: screeningOf(item), model: false }).detected);
  const pct = (part: number, whole: number) => (whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
  console.log('lang  thr    recall(lex)  recall(+model)  fp-fig(lex)  fp-fig(+model)  fp-all(lex)  fp-all(+model)');
  for (const threshold of [0.6, 0.7, 0.8, 0.9]) {
    const both = set.map((item) => detectCrisis(item.text, { context: screeningOf(item), model: { ...model, threshold }, mention: false }).detected);
    for (const lang of ['en', 'es', 'de']) {
      const indices = set.flatMap((item, index) => (item.lang === lang ? [index] : []));
      const positives = indices.filter((index) => set[index]!.label === 'crisis');
      const negatives = indices.filter((index) => set[index]!.label === 'none');
      const figurative = negatives.filter((index) => set[index]!.category === 'figurative');
      const count = (of: number[], by: boolean[]) => of.filter((index) => by[index]).length;
      console.log(
        `${lang}    ${threshold.toFixed(2)}   ${pct(count(positives, lexicons), positives.length)}       ${pct(count(positives, both), positives.length)}          ${pct(count(figurative, lexicons), figurative.length)}       ${pct(count(figurative, both), figurative.length)}          ${pct(count(negatives, lexicons), negatives.length)}      ${pct(count(negatives, both), negatives.length)}`,
      );
    }
  }
  // The mention model: how many `high`s on resolved or someone else's mentions it lowers to
  // `medium`, and how many crises' `high`s it lowers with them (they keep the crisis response).
  console.log('\nlang  mention-thr  high on resolved/third-party (lex → +mention)  crisis highs lowered to medium');
  const before = set.map((item) => detectCrisis(item.text, { context: screeningOf(item), model, mention: false }).level);
  for (const threshold of [0.2, 0.3, 0.5]) {
    const levels = set.map((item) => detectCrisis(item.text, { context: screeningOf(item), model, mention: { ...mention, threshold } }).level);
    for (const lang of ['en', 'es', 'de']) {
      const indices = set.flatMap((item, index) => (item.lang === lang ? [index] : []));
      const mentions = indices.filter((index) => ['resolved', 'third_party'].includes(set[index]!.category));
      const crises = indices.filter((index) => set[index]!.label === 'crisis' && before[index] === 'high');
      const high = (of: number[], by: (string | null)[]) => of.filter((index) => by[index] === 'high').length;
      console.log(`${lang}    ${threshold.toFixed(2)}         ${String(high(mentions, before)).padStart(3)} → ${String(high(mentions, levels)).padStart(3)} of ${mentions.length}                          ${crises.length - high(crises, levels)} of ${crises.length}`);
    }
  }
}

const items = readCorpus().filter((item) => item.split !== 'heldout');
const args = process.argv.slice(2);
const validateAt = args.indexOf('--validate');
if (validateAt !== -1) {
  validate(items, (args[validateAt + 1] ?? '').split(',').filter(Boolean));
} else {
  const model = train(items, THRESHOLD, true);
  const mention = train(mentionSet(items), MENTION_THRESHOLD);
  if (args.includes('--check')) {
    const same = matches(model, CRISIS_MODEL) && matches(mention, MENTION_MODEL);
    console.log(same ? `crisis models match the corpus (${items.length} messages)` : 'crisis models are stale — run npm run safety:train and commit');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, source({ CRISIS_MODEL: model, MENTION_MODEL: mention }, items.length));
  console.log(`wrote ${OUT.slice(ROOT.length + 1)}: trained on ${items.length} messages, threshold ${model.threshold}, mention threshold ${mention.threshold}`);
}
