import { describe, expect, it } from 'vitest';
import { CRISIS_DETECTOR_VERSION, detectCrisis, MODEL_DOUBT, MODEL_JOKE, MODEL_MATCH, MODEL_MENTION, MODEL_OVERRULE, modelReading, normaliseCrisisText } from '../../src/core/safety/crisis-detector.js';
import { readCorpus, type CorpusItem } from '../safety/corpus.js';
import { CRISIS_MODEL_VERSION, crisisModel, crisisProbability, mentionModel, MODEL_BITS, MODEL_OVERRULE_AT, modelFeatures } from '../../src/core/safety/crisis-model.js';

// The statistical second opinion behind the lexicons (src/core/safety/crisis-model.ts). How much
// it adds is measured by `npm run bench:safety` (held-out part) and `npm run safety:train --
// --validate`; these tests pin down where it may speak and where it may not.

const corpus = readCorpus();
const development = corpus.filter((item) => item.split !== 'heldout' && item.context === 'free_text');
/**
 * These tests screen thousands of corpus messages each (a few seconds alone, more on a loaded CI
 * machine): a time limit here guards against a hang, not a speed target (that is bench:safety's).
 */
const CORPUS_TIMEOUT_MS = 90_000;
/** Every 10th development message: enough to exercise every branch, quick enough for a unit test. */
const sample = development.filter((_, index) => index % 10 === 0);

describe('crisis model', { timeout: CORPUS_TIMEOUT_MS }, () => {
  it('ships trained weights of the expected size, and the detector version names them', () => {
    const model = crisisModel();
    expect(model.weights.length).toBe(1 << MODEL_BITS);
    expect(model.weights.some((weight) => weight !== 0)).toBe(true);
    expect(model.threshold).toBeGreaterThan(0.5);
    expect(model.threshold).toBeLessThan(1);
    expect(CRISIS_DETECTOR_VERSION).toContain(`model.${CRISIS_MODEL_VERSION}`);
  });

  it('features are deterministic, of unit length, and the same for spellings the normaliser folds', () => {
    const a = modelFeatures(normaliseCrisisText('I want to DIE tonight'));
    const b = modelFeatures(normaliseCrisisText('i want to die tonight'));
    expect([...a]).toEqual([...b]);
    const length = Math.sqrt([...a.values()].reduce((sum, value) => sum + value * value, 0));
    expect(length).toBeCloseTo(1, 10);
    expect(modelFeatures('').size).toBe(0);
  });

  it('scores a sentence buried in a long message on its own', () => {
    const crisis = development.find((item) => item.label === 'crisis' && crisisProbability(normaliseCrisisText(item.text)) >= 0.95)!;
    expect(crisis).toBeDefined();
    const filler = 'Today I went to the shop and bought bread and milk for the week. The weather was grey but mild. ';
    const long = `${filler.repeat(8)}${crisis.text}`;
    expect(crisisProbability(normaliseCrisisText(long))).toBeGreaterThanOrEqual(crisisModel().threshold);
  });

  it('separates the development corpus it learned from (a broken model or feature change fails here)', () => {
    const probability = (item: CorpusItem) => crisisProbability(normaliseCrisisText(item.text));
    const positives = development.filter((item) => item.label === 'crisis');
    const figurative = development.filter((item) => item.label === 'none' && item.category === 'figurative');
    const threshold = crisisModel().threshold;
    expect(positives.filter((item) => probability(item) >= threshold).length / positives.length).toBeGreaterThan(0.9);
    expect(figurative.filter((item) => probability(item) >= threshold).length / figurative.length).toBeLessThan(0.03);
  });

  it('adds to the lexicons only where they found nothing: its own flags are medium and name the model', () => {
    let added = 0;
    for (const item of sample) {
      const alone = detectCrisis(item.text, { model: false });
      const both = detectCrisis(item.text);
      if (alone.level !== null) {
        // Unchanged; a proximity-only match the model doubted: recorded low, never dropped; or a
        // high the mention model read as a mention: medium, still answered.
        if (both.matched.includes(MODEL_DOUBT)) expect(both).toMatchObject({ detected: false, level: 'low', severity: null, matched: [...alone.matched, MODEL_DOUBT] });
        // A joke about a trigger the model agreed was no crisis: recorded low, never dropped.
        else if (both.matched.includes(MODEL_JOKE)) expect(both).toMatchObject({ detected: false, level: 'low', severity: null, matched: [...alone.matched, MODEL_JOKE] });
        else if (both.matched.includes(MODEL_MENTION)) expect(both).toEqual({ ...alone, level: 'medium', severity: 'medium', matched: [...alone.matched, MODEL_MENTION] });
        // A mention the model, very sure, answered: medium, the lexicons' ids kept.
        else if (both.matched.includes(MODEL_OVERRULE)) expect(both).toEqual({ ...alone, detected: true, level: 'medium', severity: 'medium', matched: [...alone.matched, MODEL_OVERRULE] });
        else expect(both).toEqual(alone);
      } else if (both.detected) {
        added++;
        expect(both).toEqual({ detected: true, level: 'medium', severity: 'medium', matched: [MODEL_MATCH], categories: ['unclassified'] });
      }
    }
    expect(added).toBeGreaterThan(0);
  });

  it('uses a language\'s own threshold for a message in that language alone, its default otherwise', () => {
    const model = { ...crisisModel(), threshold: 1, byLanguage: { en: 0 } };
    // English alone (two English function words or more): the English threshold (0 — anything is flagged).
    expect(detectCrisis('I watered the plants and the garden looks lovely', { model, mention: false }).matched).toEqual([MODEL_MATCH]);
    // Spanish alone, or too short to tell: the default (1 — nothing is).
    expect(detectCrisis('regué las plantas y el jardín está precioso', { model, mention: false }).detected).toBe(false);
    expect(detectCrisis('plants', { model, mention: false }).detected).toBe(false);
    expect(crisisModel().byLanguage?.en).toBeLessThan(crisisModel().threshold);
  });

  it('may speak where a negation stood only before a word too far away to be part of a match', () => {
    // "dont" before "want to fight" is eight words from "die": it breaks no match, so it dismisses
    // nothing, and the model's reading stands. "I want to live, not die" stays a dismissal.
    for (const text of ['the urge to die is louder than anything today and i dont think i want to fight it', "telling everyone the cat did it. it wasn't the cat, it was me and a razor"]) {
      expect(detectCrisis(text, { model: false }).level).toBeNull();
      expect(detectCrisis(text)).toMatchObject({ detected: true, matched: [MODEL_MATCH] });
    }
    expect(detectCrisis('I want to live, not die').detected).toBe(false);
  });

  it('reads the rest of a message around what the lexicons dismissed, never the dismissed words', () => {
    // "Haven't used it yet" breaks the proximity match "blade … used" apart: no act, rightly;
    // the plan in the rest of the message ("I'm going to tonight") is still read by the model.
    const text = "I snapped a pencil sharpener to get the blade out. Haven't used it yet but I'm going to tonight";
    expect(detectCrisis(text, { model: false }).level).toBeNull();
    expect(detectCrisis(text)).toMatchObject({ detected: true, level: 'medium', matched: [MODEL_MATCH] });
    // The dismissed words themselves are what the model no longer reads: read whole, "live, not
    // die" would be answered; cut, nothing of a crisis is left in the rest.
    expect(crisisProbability(modelReading('I want to live, not die'))).toBeGreaterThan(crisisModel().threshold);
    for (const denial of ['I want to live, not die', 'i want to live, not die. i just want the mornings to feel less heavy', 'my legs want to die after leg day']) {
      expect(detectCrisis(denial).detected).toBe(false);
    }
  });

  it('may speak where the lexicons read a figurative phrase: the model never reads that phrase, only the rest', () => {
    // "la tienda me mató" (the shop killed me) is everyday Spanish; the comma that says otherwise is
    // gone from the normalised text, but the model reads the plan around it.
    const text = 'mañana temprano, antes de que abran la tienda, me mato. ya está todo pensado';
    expect(detectCrisis(text, { model: false }).level).toBeNull();
    expect(detectCrisis(text)).toMatchObject({ detected: true, matched: [MODEL_MATCH] });
  });

  it('leaves a clear resolved, third-party or denied mention to the lexicons\' low', () => {
    for (const text of ['my best friend killed himself last year', '6 months self-harm free today', "I'm not suicidal, just exhausted", 'i used to want to die, not anymore']) {
      const result = detectCrisis(text);
      expect(result.level).toBe('low');
      expect(result.matched).not.toContain(MODEL_MATCH);
      expect(result.matched).not.toContain(MODEL_OVERRULE);
    }
  });

  it('answers a phrase the lexicons read as a mention only when very sure, and never against a dismissal', () => {
    const overruled = sample.filter((item) => detectCrisis(item.text).matched.includes(MODEL_OVERRULE));
    expect(overruled.length).toBeGreaterThan(0);
    for (const item of overruled) {
      expect(detectCrisis(item.text, { model: false }).level).toBe('low');
      expect(crisisProbability(normaliseCrisisText(item.text))).toBeGreaterThanOrEqual(MODEL_OVERRULE_AT - 0.05);
      expect(detectCrisis(item.text, { context: 'describing' }).matched).not.toContain(MODEL_OVERRULE);
    }
    // The negation read the phrase apart: the model's words do not outvote it.
    expect(detectCrisis('I want to live, not die').level).toBeNull();
    expect(detectCrisis("I don't want to kill myself but I wouldn't be upset if I died in my sleep tonight")).toMatchObject({ detected: true, level: 'medium' });
  });

  it('stays silent where people describe their warning signs (the describing context)', () => {
    const flaggedByModelAlone = sample.filter((item) => {
      const result = detectCrisis(item.text);
      return result.matched.includes(MODEL_MATCH);
    });
    expect(flaggedByModelAlone.length).toBeGreaterThan(0);
    for (const item of flaggedByModelAlone) expect(detectCrisis(item.text, { context: 'describing' }).matched).not.toContain(MODEL_MATCH);
  });

  it('never doubts a pattern match: explicit statements keep their level whatever the model says', () => {
    for (const text of ['I want to kill myself', 'took all my pills an hour ago', 'me quiero matar', 'ich will mich umbringen']) {
      const result = detectCrisis(text);
      expect(result.detected).toBe(true);
      expect(result.matched).not.toContain(MODEL_DOUBT);
    }
  });
});

describe('mention model', { timeout: CORPUS_TIMEOUT_MS }, () => {
  const withoutMention = (item: CorpusItem) => detectCrisis(item.text, { mention: false });

  it('ships its own weights, part of the detector version', () => {
    const model = mentionModel();
    expect(model.weights.length).toBe(1 << MODEL_BITS);
    expect(model.weights).not.toEqual(crisisModel().weights);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(0.5);
  });

  it('lowers a high on a resolved or someone else\'s mention to medium: answered, not escalated', () => {
    const mentions = development.filter((item) => ['resolved', 'third_party'].includes(item.category) && withoutMention(item).level === 'high');
    expect(mentions.length).toBeGreaterThan(10);
    const lowered = mentions.filter((item) => detectCrisis(item.text).matched.includes(MODEL_MENTION));
    expect(lowered.length / mentions.length).toBeGreaterThan(0.5);
    for (const item of lowered) expect(detectCrisis(item.text)).toMatchObject({ detected: true, level: 'medium', severity: 'medium' });
  });

  it('lowers few crises, and never one the message says is happening now', () => {
    const highs = sample.filter((item) => item.label === 'crisis' && withoutMention(item).level === 'high');
    const lowered = highs.filter((item) => detectCrisis(item.text).level !== 'high');
    expect(highs.length).toBeGreaterThan(100);
    expect(lowered.length / highs.length).toBeLessThan(0.05);
    for (const text of ['I used to self harm and now I have started again', "I haven't cut in 3 months but tonight I really want to cut again", 'my overdose was years ago but I took 20 pills right now']) {
      expect(detectCrisis(text).level).toBe('high');
    }
  });

  it('only ever lowers high to medium, and only for free text', () => {
    for (const item of sample) {
      const alone = withoutMention(item);
      const both = detectCrisis(item.text);
      if (both.matched.includes(MODEL_MENTION)) expect(alone.level).toBe('high');
      expect(detectCrisis(item.text, { context: 'describing' }).matched).not.toContain(MODEL_MENTION);
    }
  });
});

describe('jokes (CrisisLexicon.jokes)', { timeout: CORPUS_TIMEOUT_MS }, () => {
  // Hyperbole told as a joke about a trigger is recorded `low` when the model agrees; laughter alone
  // never dismisses anything.
  const hyperbole = [
    'if my landlord sends one more passive aggressive email I swear I will jump off the roof 🙄',
    'this spreadsheet makes me want to kms lmao',
    'I would throw myself off a cliff for a ticket to that gig haha',
    'si mi jefe me vuelve a llamar un domingo me tiro por la ventana jajaja',
    'wenn der Drucker nochmal streikt spring ich aus dem Fenster haha',
    // a short exclamation beside the sentence that tells the mishap
    'le dije "igualmente" al mozo cuando me dijo buen provecho. quiero morir jaja',
    'hab mich ausgesperrt, schluessel liegt drinnen. kann mich bitte wer erschiessen haha',
    'tripped over my own feet in front of the whole class. kms lol',
  ];

  it.each(hyperbole)('records a joke about a trigger as low, for the therapist: %s', (text) => {
    const result = detectCrisis(text);
    expect(result.level).toBe('low');
    expect(result.detected).toBe(false);
    expect(result.matched).toContain(MODEL_JOKE);
    // The lexicons alone (no model to agree) answer it.
    expect(detectCrisis(text, { model: false }).detected).toBe(true);
  });

  const crises = [
    // laughter alone, no trigger
    'i want to kill myself lol',
    'might just end it all lol',
    'me quiero matar jaja',
    'ich bring mich um lol',
    // time-bound
    'gonna kms tonight if she does not text back lol',
    'me voy a matar esta noche jaja',
    'ich bring mich heute nacht um haha',
    'ich spring heute von der brücke lol',
    // said to be meant
    'this wifi makes me want to kms. seriously',
    'if this keeps up I will kill myself, not joking',
    // no trifle: being left, hurt or failing, life itself
    'if he leaves me i will kill myself lol',
    'i will kill myself if i fail again lol',
    'my life makes me want to die lol',
    'me mato si me deja',
    'me tiro del puente si me vuelve a pegar jaja',
    'wenn er mich verlässt bring ich mich um haha',
    // acts are told literally
    'i took all my pills when she left lol',
    // an exclamation beside a sentence about no trifle
    'he left me for someone else. i want to die lol',
    'my parents are divorcing. i wanna die lol',
    'mi novio me dejo por otra. me quiero morir jaja',
    'ich bin so müde von allem. will sterben haha',
    'so tired of everything. wanna die lol',
    'estoy cansada de todo. me quiero morir jaja',
    'nobody texted me back all weekend. i want to die lol',
    // only a wish to die is exclaimed: never a place, a plan or means
    'im at the bridge now. just wanted to tell someone before lol',
    'been saving my pills for months. the box is full now. its enough lol',
  ];

  it.each(crises)('still answers: %s', (text) => {
    expect(detectCrisis(text).detected).toBe(true);
  });

  it('laughter added to a crisis never silences it: the model does not read laughter', () => {
    const crises = development.filter((item, index) => item.label === 'crisis' && index % 30 === 0 && detectCrisis(item.text).detected);
    expect(crises.length).toBeGreaterThan(150);
    const silenced = crises.flatMap((item) => [' haha', ' jaja', ' lol', ' 😂'].map((laugh) => item.text + laugh)).filter((text) => !detectCrisis(text).detected);
    expect(silenced).toEqual([]);
  });

  it('never applies where people describe warning signs (everything there is low unless current)', () => {
    const text = hyperbole[0]!;
    expect(detectCrisis(text, { context: 'describing' }).matched).not.toContain(MODEL_JOKE);
  });
});
