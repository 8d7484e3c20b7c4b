import { describe, expect, it } from 'vitest';
import { CRISIS_DETECTOR_VERSION, detectCrisis, normaliseCrisisText } from '../../src/core/safety/crisis-detector.js';
import { ENGLISH_CRISIS_LEXICON, type CrisisLexicon } from '../../src/core/safety/crisis-lexicon.js';

// Policy under test: when unsure, respond. Missing a real crisis is far worse than a false alarm.

/** Explicit statements: detected with high severity. */
const HIGH: string[] = [
  // direct
  'I want to die',
  'i wanna die',
  "I'm suicidal",
  "I've been feeling suicidal lately",
  "I'm going to kill myself",
  'thinking about killing myself tonight',
  'I just want to end my life',
  'I want to end it all',
  "I'm thinking of taking my own life",
  'I wish I was dead',
  'I wish I were dead',
  'wish i was never born',
  "I'd be better off dead",
  'everyone would be better off without me',
  "they'd be better off if I wasn't here",
  "I don't want to be here anymore",
  'I dont want to live anymore',
  "there's no reason to live",
  'I have nothing left to live for',
  "there's no point in living",
  "I shouldn't be alive",
  'i should just die',
  'I deserve to die',
  "I'm ready to die",
  "I'm planning to die",
  'I wish I could go to sleep and never wake up',
  "I hope I don't wake up tomorrow",
  "I don't want to wake up",
  // self-harm
  'I self-harm when it gets bad',
  "I've been self harming again",
  'I want to hurt myself',
  'I cut myself last night',
  'I burned myself on purpose',
  'I keep hurting myself',
  // means (generic)
  "I'm thinking about an overdose",
  'I took a whole bottle of pills',
  "i'm going to take all my pills at once",
  "I've been stockpiling my pills",
  "I'm going to jump off a bridge",
  'I want to jump in front of a train',
  'I want to hang myself',
  // farewells
  'this is goodbye',
  "I won't be around much longer",
  // slang / algospeak
  'kms',
  'honestly kms lol',
  'unalive myself',
  'i want to unalive',
  'sewerslide',
  'I want to commit sewer slide',
  'I want to self delete',
  // typos, missing apostrophes, repeated letters, leetspeak, spacing, case
  'im having sucidal thoughts again',
  'i want to kil my self',
  'dont wanna live',
  'i dont want 2 live',
  'i want 2 die',
  'no reason 2 live',
  'better of dead',
  'i want to diiiiie',
  'killllll myselfff',
  'k1ll mys3lf',
  'su1c1de',
  'kill     myself',
  "I'M GOING TO KILL MYSELF",
  'Im gonna end it all tonight',
  // smart quotes, emoji, zero-width and full-width characters
  'I’m not okay. I don’t want to be alive anymore.',
  'I wanna dieeee 😭😭',
  '😔 i want to die 😔',
  'ki\u200bll myself',
  'ki\u00adll myself',
  'ｋｉｌｌ　ｍｙｓｅｌｆ',
  // embedded in longer text
  "The meeting went fine but honestly I don't want to live anymore and I don't know what to do.",
  'Situation: argument with mum. Thought: I hate myself and I want to die. Feeling: 90% sad.',
  // a negation elsewhere in the message does not soften a plain statement
  "I'm not okay, I want to kill myself",
  "I can't stop thinking about killing myself",
  'no, I want to die',
  "I don't know, I want to die",
  "I'm not suicidal but I want to die",
  "I'm not gonna do anything stupid but I want to die",
  // a safe context in one part of a message never masks a risk phrase elsewhere
  'my phone died and I want to die',
  'I died laughing but honestly I want to die',
  'the cake was to die for, and I want to die',
  'I want to die for real',
  "I'm dead tired and I want to be dead",
  'phone died. kill myself',
  'I cut myself shaving. I also cut myself on purpose',
  'I cut myself again not shaving',
  'i want to hurt myself at the gym',
  "I'm thinking about killing myself at work",
  'we watched suicide squad and afterwards I thought about suicide',
];

/** Indirect or softer language: detected, medium severity is enough. */
const MEDIUM: string[] = [
  "I can't go on like this",
  "I can't go on",
  'Can’t. Go. On.',
  "What's the point of living?",
  "I don't see the point in living",
  "I'm not sure I want to live anymore",
  "I'm so tired of living",
  'im done with life',
  "I'm such a burden to everyone",
  'nobody would even notice if I was gone',
  "I'm giving away my things",
  'By the time you read this I’ll be gone',
  'this is my last message',
  "I'll be gone forever soon",
  'I started cutting again',
  'gonna OD tonight',
  'I want to go to sleep forever',
  'kys',
  // hopelessness combined with death
  'I feel hopeless and I think about death all the time',
  "there's no point anymore, I just want to disappear",
  "I'm hopeless, nothing will ever change, I just want it to stop",
  // someone else's suicide: exposure and grief, we respond
  'my brother took his own life last year',
];

/** Negated statements: still detected (at least medium) — "when unsure, respond". */
const NEGATED: string[] = [
  "I'm not suicidal",
  'im not suicidal lol',
  'I would never kill myself',
  "I'm not going to hurt myself",
  "I don't want to die",
  'I have no plans to kill myself',
  'I am not planning on killing myself, I promise',
];

/**
 * Borderline: everyday frustration or hyperbole that is ALSO how many people first disclose.
 * We deliberately respond to these (medium) rather than risk missing someone.
 */
const BORDERLINE_WE_RESPOND: string[] = [
  "I can't do this anymore",
  "I can't take it anymore",
  "I'd rather die than go back there",
  "I'd rather be dead",
  'I want to end it',
  "I'm thinking of ending it",
  'I want to die of shame', // shame is loaded for our clients; only embarrassment/boredom are treated as idiom
  "I'm killing myself slowly with drink",
  'I wanted to kill myself when I was 15', // history, still worth a check-in
  'I called the suicide hotline yesterday',
  'my friend is suicidal',
];

/** Not crisis language: everyday idioms and ordinary sad/anxious text. */
const NEGATIVE: string[] = [
  // idioms from the brief
  'this traffic is killing me',
  'I died laughing',
  'my phone died',
  'we played cards to kill time',
  "it's the killer app of the year",
  "I'm dead tired",
  'the deadline is Friday',
  'the cake was to die for',
  'I killed it at work today',
  'I was cutting vegetables for dinner',
  "I'm cutting back on coffee",
  'I cut my hair short',
  "she's drop dead gorgeous",
  'we watched Suicide Squad last night',
  'I could kill for a coffee',
  // more idioms
  'my laptop battery is dead again',
  'the battery died in my car',
  'my plant died while I was away',
  'my tomato plants are dying',
  "I'm dying to know what happens next",
  "I'm dying for a cup of tea",
  "I'm bored to death in this lecture",
  "I'm sick to death of these emails",
  "I'm going to die of boredom",
  'I wanted to die of embarrassment when I tripped',
  'I nearly died when I saw the bill',
  "I'm so dead if my boss finds out",
  "I'm literally dying lol",
  "I'm dead lol",
  'that joke killed me lol',
  'deadlines are killing me',
  'old habits die hard',
  'it was a dead end job',
  'the Walking Dead finale was great',
  'death metal concert was loud',
  "I'd kill to have her job",
  'kill the lights please',
  'I killed the spider in the bathroom',
  'honestly that presentation was career suicide',
  "I've been killing myself trying to meet this deadline",
  'I want to dye my hair blue',
  "I'd die for my kids",
  // cuts, burns and knocks that are accidents or chores
  'I cut myself shaving this morning',
  'I burned my hand on the stove',
  'I hurt my back at the gym',
  'I scraped my knee',
  'we cut the cake at the party',
  "I'm cutting ties with my ex",
  "I'm cutting down on sugar",
  'she cut in line',
  // plans that are not about living
  "I can't go on the trip next week",
  "I don't want to be here at this party",
  "I don't want to live with my parents anymore",
  "I don't want to wake up early tomorrow",
  "I'm going to end things with Tom",
  'I want to end it with him',
  'I gave up sugar and I feel great',
  "there's no point arguing with him",
  'I ran 10 kms today',
  'we live a few kms away',
  'the odd one out',
  'I could sleep forever',
  'I want the noise to stop',
  // ordinary sad / anxious / tired text
  'I felt sad after the meeting',
  'anxious about my exam',
  "I'm tired of this weather",
  "I'm exhausted after the long shift",
  'I feel lonely sometimes',
  'I argued with my partner and felt angry',
  'I overslept and missed the bus',
  "My mum is in hospital and I'm worried",
  "I'm stressed about money",
  "I'm so done with this homework",
  'I felt hopeless about the exam but then it went ok',
  'my grandmother passed away last year and I miss her',
  'I had a panic attack and felt like I was dying',
  'I hate my job',
  'I hate myself for forgetting her birthday',
  "I'm sad and lonely and don't know what to do",
  "I'm overwhelmed at work",
];

describe('detectCrisis: detected, high severity', () => {
  it.each(HIGH)('%s', (text) => {
    const result = detectCrisis(text);
    expect(result.detected).toBe(true);
    expect(result.severity).toBe('high');
    expect(result.matched.length).toBeGreaterThan(0);
  });
});

describe('detectCrisis: detected, at least medium', () => {
  it.each(MEDIUM)('%s', (text) => {
    const result = detectCrisis(text);
    expect(result.detected).toBe(true);
    expect(result.severity).not.toBeNull();
  });
});

describe('detectCrisis: negations are still detected (conservative), as medium', () => {
  it.each(NEGATED)('%s', (text) => {
    expect(detectCrisis(text)).toMatchObject({ detected: true, severity: 'medium' });
  });
});

describe('detectCrisis: borderline — we respond', () => {
  it.each(BORDERLINE_WE_RESPOND)('%s', (text) => {
    const result = detectCrisis(text);
    expect(result.detected).toBe(true);
    expect(result.severity).not.toBeNull();
  });
});

describe('detectCrisis: not crisis language', () => {
  it.each(NEGATIVE)('%s', (text) => {
    expect(detectCrisis(text)).toEqual({ detected: false, severity: null, matched: [] });
  });
});

describe('detectCrisis: table sizes', () => {
  it('covers at least 50 positive and 50 negative phrasings', () => {
    expect(HIGH.length + MEDIUM.length + NEGATED.length + BORDERLINE_WE_RESPOND.length).toBeGreaterThanOrEqual(50);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(50);
  });
});

describe('detectCrisis: privacy and robustness', () => {
  it('reports pattern ids only, never the words', () => {
    const text = 'Dear diary: Mr Smithers-Okonkwo was cruel again and I want to kill myself tonight';
    const result = detectCrisis(text);
    expect(result.detected).toBe(true);
    const ids = new Set([...ENGLISH_CRISIS_LEXICON.patterns.map((p) => p.id), ...ENGLISH_CRISIS_LEXICON.combinations.map((c) => c.id)]);
    for (const id of result.matched) expect(ids.has(id)).toBe(true);
    const json = JSON.stringify(result);
    expect(json).not.toContain(text);
    expect(json).not.toContain('Smithers');
    expect(json.toLowerCase()).not.toContain('kill myself');
    expect(Object.keys(result).sort()).toEqual(['detected', 'matched', 'severity']);
  });

  it.each(['', '   ', '\n\t', '\u200b\u200b'])('empty or blank text (%j) is not detected', (text) => {
    expect(detectCrisis(text)).toEqual({ detected: false, severity: null, matched: [] });
  });

  it('finds a crisis phrase at the end of a 10,000-character text, quickly', () => {
    const filler = 'Today I went to work, had lunch with a colleague and walked the dog. ';
    const text = `${filler.repeat(Math.ceil(10_000 / filler.length))}`.slice(0, 10_000 - 30) + ' and honestly I want to die';
    expect(text.length).toBeGreaterThanOrEqual(9_990);
    expect(detectCrisis(text)).toMatchObject({ detected: true, severity: 'high' });
  });

  // Speed is a benchmark concern; this only checks pathological input finishes with a sane answer
  // (the test runner's timeout catches catastrophic backtracking).
  it('handles long pathological input', () => {
    const inputs = ['a'.repeat(10_000), 'not '.repeat(2_500) + 'kill myself', 'i want to '.repeat(1_000), '💀'.repeat(5_000)];
    const results = inputs.map((text) => detectCrisis(text).detected);
    expect(results).toEqual([false, true, false, false]);
  }, 5_000);

  it.each([
    'שלום, מה שלומך היום?',
    'مرحبا كيف حالك',
    '\u202eevil override\u202c text',
    '🙂🙂🙂🙂',
    '👨‍👩‍👧‍👦🏳️‍🌈',
    '\u0000\u0001 control chars',
    '\ud800 lone surrogate',
    'e\u0301\u0301\u0301 combining marks',
  ])('does not throw on unusual text: %j', (text) => {
    expect(() => detectCrisis(text)).not.toThrow();
    expect(detectCrisis(text).detected).toBe(false);
  });

  it('detects crisis language inside right-to-left or emoji-heavy text', () => {
    expect(detectCrisis('אני רוצה למות i want to die').detected).toBe(true);
    expect(detectCrisis('🖤🖤🖤 kms 🖤🖤🖤').detected).toBe(true);
    expect(detectCrisis('\u202bI want to die\u202c').detected).toBe(true);
  });

  it('is deterministic across repeated calls (no regex state leaks)', () => {
    const text = 'I want to die. I want to die.';
    const first = detectCrisis(text);
    for (let i = 0; i < 5; i++) expect(detectCrisis(text)).toEqual(first);
  });
});

describe('normaliseCrisisText', () => {
  it('lower-cases, applies NFKC, drops zero-width chars and apostrophes, collapses spaces and long letter runs', () => {
    expect(normaliseCrisisText('  I’M   ｓｏｏｏｏ\u200b  tired!!!  Don\'t  ')).toBe('im soo tired dont');
  });
});

describe('crisis lexicon', () => {
  it('is plain data (survives a JSON round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(ENGLISH_CRISIS_LEXICON))).toEqual(ENGLISH_CRISIS_LEXICON);
  });

  it('has unique ids and compilable patterns', () => {
    const ids = [
      ...ENGLISH_CRISIS_LEXICON.patterns.map((p) => p.id),
      ...ENGLISH_CRISIS_LEXICON.combinations.map((c) => c.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const sources = [
      ...ENGLISH_CRISIS_LEXICON.patterns.map((p) => p.pattern),
      ...ENGLISH_CRISIS_LEXICON.combinations.flatMap((c) => c.allOf),
      ...ENGLISH_CRISIS_LEXICON.safeContexts.map((s) => s.pattern),
    ];
    for (const source of sources) expect(() => new RegExp(source, 'iu')).not.toThrow();
  });

  it('lets another language be added as data alone', () => {
    const french: CrisisLexicon = {
      locale: 'fr',
      version: 'fr-test',
      patterns: [{ id: 'fr-envie-de-mourir', severity: 'high', pattern: 'envie de mourir' }],
      combinations: [],
      safeContexts: [{ id: 'fr-mourir-de-rire', pattern: 'mourir de rire' }],
      negation: { cues: '(?:pas|jamais)', fillers: '(?:vraiment|du tout)' },
    };
    expect(detectCrisis("J'ai ENVIE de mourir", french)).toEqual({ detected: true, severity: 'high', matched: ['fr-envie-de-mourir'] });
    expect(detectCrisis("je n'ai pas envie de mourir", french)).toMatchObject({ detected: true, severity: 'medium' });
    expect(detectCrisis('à mourir de rire', french).detected).toBe(false);
    expect(detectCrisis('I want to die', french).detected).toBe(false);
  });

  it('names the broken pattern when a lexicon cannot compile', () => {
    const broken: CrisisLexicon = { ...ENGLISH_CRISIS_LEXICON, patterns: [{ id: 'broken-one', severity: 'high', pattern: '(unclosed' }] };
    expect(() => detectCrisis('anything', broken)).toThrow(/broken-one/);
  });

  it('exposes a detector version for stored flags', () => {
    expect(typeof CRISIS_DETECTOR_VERSION).toBe('string');
    expect(CRISIS_DETECTOR_VERSION).toContain(ENGLISH_CRISIS_LEXICON.version);
  });
});
