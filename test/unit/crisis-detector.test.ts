import { describe, expect, it } from 'vitest';
import { CRISIS_DETECTOR_VERSION, detectCrisis, normaliseCrisisText } from '../../src/core/safety/crisis-detector.js';
import type { CrisisLexicon, RiskLevel } from '../../src/core/safety/crisis-types.js';
import { CRISIS_LEXICONS } from '../../src/core/safety/lexicons/index.js';
import { ENGLISH_CRISIS_LEXICON } from '../../src/core/safety/lexicons/en.js';

// Behaviour per category, in every shipped language. How well it does on realistic messages is
// measured by `npm run bench:safety` on the labelled corpus (test/safety/corpus), not here.

const levelOf = (text: string, context: 'free_text' | 'describing' = 'free_text'): RiskLevel | 'none' => detectCrisis(text, { context }).level ?? 'none';

describe('crisis detection by category (what the safety issue found missing)', () => {
  it.each([
    // ingestion and overdose, past or present, with numbers, brands and alcohol
    'took all my pills',
    'i took 30 paracetamol about an hour ago',
    'drank bleach',
    'mixed my pills with vodka',
    'swallowed the whole pack of tylenol',
    'gonna OD tonight',
    // self-harm acts and urges, recovery-community shorthand
    "sh'd again",
    'want to cut tonight',
    'I carved into my arm',
    'scratched until it was bleeding',
    'I deserve to bleed',
    // means-seeking
    'painless ways to die',
    'what is the fastest way to die',
    "I've been saving up my pills",
    // UK / IE / AU slang
    'thinking about topping myself',
    'gonna neck myself',
    'checking out for good',
    // time-bound intent and farewells
    "by the time you read this I'll be gone",
    'made peace with dying tonight',
    'Honestly I want to end my life',
    // misspellings, elongations, case, emoji
    'slef harm',
    'i wanna diee',
    'gonna kil myself',
    'I WANT TO DIEEEE 😭',
    'k1ll mys3lf',
  ])('high: %s', (text) => {
    expect(levelOf(text)).toBe('high');
  });

  it.each(['no reason for me to live', 'I give up on life', 'i dont want to be here anymore', 'everyone would be better off without me', 'I wish I could go to sleep and never wake up'])(
    'medium (passive ideation, hopelessness): %s',
    (text) => {
      expect(levelOf(text)).toBe('medium');
    },
  );

  it.each([
    'we talked about my past suicidal thoughts and I feel much better now',
    "I haven't had suicidal thoughts in months",
    '6 months self-harm free today',
    'Robin Williams died by suicide',
    'volunteering for a suicide hotline',
    "I'm not suicidal, just tired",
    'my sister self harms and I do not know how to help her',
  ])('low, never high (resolved, historical, third-party, denial): %s', (text) => {
    const result = detectCrisis(text);
    expect(result.level).toBe('low');
    expect(result.detected).toBe(false);
  });

  it.each(['I need to cut myself some slack', 'I nearly killed myself laughing', 'my phone died', "I'm dying to see it", 'this traffic is killing me', 'dead tired after work', 'overdosed on netflix this weekend'])(
    'nothing (figurative): %s',
    (text) => {
      expect(levelOf(text)).toBe('none');
    },
  );

  it.each([
    ['es', 'quiero morirme'],
    ['es', 'me voy a suicidar'],
    ['es', 'me tomé todas las pastillas'],
    ['es', 'me corté otra vez'],
    ['de', 'ich will sterben'],
    ['de', 'hab 20 Tabletten genommen'],
    ['de', 'Ich habe Suizidgedanken'],
    ['de', 'hab mich wieder geritzt'],
  ])('%s: %s gets the crisis response', (_locale, text) => {
    expect(detectCrisis(text).detected).toBe(true);
  });

  it.each(['me muero de risa', 'estoy muerta de cansancio', 'ich lach mich tot', 'mein Akku ist tot'])('figurative in Spanish and German: %s', (text) => {
    expect(detectCrisis(text).detected).toBe(false);
  });
});

describe('context', () => {
  it('describing warning signs or the past is recorded low; intent and acts now are still high', () => {
    expect(levelOf('isolating, thinking everyone would be better off without me', 'describing')).toBe('low');
    expect(levelOf('last year I took an overdose and today I am proud of how far I have come', 'describing')).toBe('low');
    expect(levelOf("honestly I'm going to do it tonight", 'describing')).toBe('high');
    expect(levelOf('I took 20 pills an hour ago', 'describing')).toBe('high');
    // The same warning sign typed anywhere else is passive ideation.
    expect(levelOf('isolating, thinking everyone would be better off without me')).toBe('medium');
  });

  it('finds a crisis at the end of a long message, in any field', () => {
    const long = `${'Today was long and I did the shopping, then I sat with my tea and watched the rain. '.repeat(22)}I want to kill myself.`;
    expect(long.length).toBeGreaterThan(1_800);
    expect(levelOf(long)).toBe('high');
  });

  it('keeps a crisis clause current next to a resolved one', () => {
    expect(levelOf("I haven't cut in 3 months but tonight I really want to cut again")).toBe('high');
    expect(levelOf('I used to self harm and now I have started again')).toBe('high');
  });

  it('reads a context word next to the risk word, even when a proximity rule took it in ("USED TO self harm")', () => {
    expect(detectCrisis('I used to self harm').level).toBe('low');
    expect(detectCrisis('I self harm again').level).toBe('high');
    // A relapse after a clean streak is happening now, whatever the streak said.
    expect(detectCrisis('I self harmed today after 3 months clean').level).toBe('high');
    expect(detectCrisis('my urges to hurt myself have been gone for weeks').level).toBe('low');
  });

  it('screens a sentence only with the languages it is written in: a shared word ("no", "me") does not bring in another language’s rules', () => {
    expect(detectCrisis('I no longer have suicidal thoughts, which still amazes me')).toMatchObject({ detected: false, level: 'low' });
    // Mixed languages still get every language's rules.
    expect(detectCrisis('honestly I want to die, ya no puedo más con esto').detected).toBe(true);
  });

  it('hopelessness said in general words is medium; the same words about a thing are nothing', () => {
    for (const text of ['I’ve given up on getting better', 'nothing will ever change, I’m done trying', 'I don’t see any future for me', 'I feel completely hopeless']) {
      expect(detectCrisis(text), text).toMatchObject({ detected: true, level: 'medium' });
    }
    for (const text of ['this printer is hopeless', 'I gave up sugar for lent', 'nothing will change at work until the new manager starts']) {
      expect(detectCrisis(text).detected, text).toBe(false);
    }
  });

  it('an overdose of something that is not a drug is figurative; of anything else it is not', () => {
    expect(detectCrisis('I overdosed on chocolate at the party haha').detected).toBe(false);
    expect(detectCrisis('i just od’d on netflix').detected).toBe(false);
    expect(detectCrisis('I’ve overdosed on my epilepsy meds').level).toBe('high');
    expect(detectCrisis('I overdosed on sleeping pills and vodka').level).toBe('high');
  });

  it('never throws on odd input and names pattern ids, never the text', () => {
    for (const odd of ['', '   ', '\u200B\u200B', '🙂🙃', 'مرحبا كيف حالك', 'a'.repeat(5_000), '\u0000\u0007', 'k\u200Bill my\u00ADself']) {
      expect(() => detectCrisis(odd)).not.toThrow();
    }
    expect(detectCrisis('').level).toBeNull();
    const result = detectCrisis('I want to kill myself tonight');
    expect(JSON.stringify(result)).not.toMatch(/kill myself tonight/);
    expect(result.categories.length).toBeGreaterThan(0);
  });

  it('normalises apostrophes, accents, zero-width characters, sentence ends and elongations', () => {
    expect(normaliseCrisisText('I’m  NOT  okaaaay… really.\nNo')).toBe('im not okaay really | no');
    expect(normaliseCrisisText('Ich möchte nicht mehr — weiß nicht')).toBe('ich mochte nicht mehr weiss nicht');
    expect(normaliseCrisisText('k\u200Bill')).toBe('kill');
  });

  it('reads a capitalised sentence start typed without a full stop as a new sentence, never in Title Case', () => {
    expect(normaliseCrisisText('I want to be nothing Not dead exactly Just gone')).toBe('i want to be nothing | not dead exactly | just gone');
    expect(normaliseCrisisText('no sientas nada Me la tomé a las 8')).toBe('no sientas nada | me la tome a las 8');
    expect(normaliseCrisisText('so I injected insulin')).toBe('so i injected insulin');
    expect(normaliseCrisisText('I Want This To End Tonight')).toBe('i want this to end tonight');
    // The negation stays in its own sentence: the wish to be gone is read.
    expect(detectCrisis('I want to be nothing Not dead exactly Just gone').detected).toBe(true);
  });
});

// --- English: general rules written against a fresh set (dev4) --------------------------------------
// Each case stands for a rule (a form, a category, a scope), not for a phrase of the corpus; each
// failed before these rules.
describe('English rules by category', () => {
  it.each([
    // intent to cut in any form, cutting deeper, injuries until bruised
    ["i'm gonna cut after dinner", 'high'],
    ['cutting deeper every night', 'high'],
    ['hit my legs until they bruised', 'high'],
    // emoji as verbs and means with a time; kys with myself
    ['gonna 🔪 myself', 'high'],
    ['🔫 tonight', 'high'],
    ['gonna kys myself', 'high'],
    // means: will it take my weight, access through someone else's key
    ['would the banister hold my weight', 'high'],
    ['my uncle keeps a rifle in the shed and I know where the key is', 'high'],
    ['my dad has a gun safe and i know the combination', 'high'],
    // "them" after a taking verb is the pills; "about 40" is a quantity; a poison "in" a place
    ["I'm swallowing all of them now. the tablets", 'high'],
    ['drank hand sanitiser in the toilets', 'high'],
    // courage to die, swerving, farewells passed on, "a reason not to" is no denial
    ['wish i had the nerve to end it', 'high'],
    ['keep thinking about swerving into the barrier', 'high'],
    ['tell my brother i love him', 'high'],
    ['trying to find a reason not to kill myself', 'high'],
    // drugs nobody listed, by their suffix; "the whole … supply"; a bare jump
    ['swallowed 30 of my lisinopril', 'high'],
    ['took my whole metformin supply', 'high'],
    ['might just jump tbh', 'high'],
    // farewells to whoever finds them
    ['left the note for whoever finds me', 'high'],
    // a time that ends it, a crash on purpose, things no longer needed, not here for a date
    ['it all ends tomorrow', 'high'],
    ['gonna crash the car on purpose', 'high'],
    ["sold the car and the bike. won't need either", 'high'],
    ['not going to be here for my birthday', 'high'],
    // slang with a time after it, fresh scars, where to jump from, "can you die from"
    ['might do myself in after the party', 'high'],
    ['fresh scars on top of the old ones', 'high'],
    ['what floor would you need to jump from', 'high'],
    ['does anyone know if you can die from too much insulin', 'high'],
    // hopelessness said another way
    ["there's nothing left for me", 'medium'],
    ["it's never going to stop", 'medium'],
    // conditional passive ideation, life as waiting, terse hopelessness
    ["I'd be relieved if it was all over", 'medium'],
    ['if i died in my sleep i wouldnt really mind', 'medium'],
    ['my life is just waiting to be over', 'medium'],
    ['hopeless. utterly hopeless', 'medium'],
    ['i have no future', 'medium'],
    // everyday phrases never swallow what they resemble: an intent to take everything, a burn on purpose
    ['im going to take all my antidepressants tonight', 'high'],
    ["I've taken all my pills tonight. All of them.", 'high'],
    ['took all my meds this morning like a good girl', null],
    ['burned myself on the hob on purpose', 'high'],
    ['burned myself on the hob making pasta', null],
    // "kill myself lol" is no idiom; only laughing itself is
    ['i want to kill myself lol', 'high'],
    ['i nearly killed myself laughing', null],
    // an everyday phrase with the words that lead into it ("I'm SO READY TO | check out of this hotel");
    // a pronoun alone is no lead, and the crisis reading of the same words stays
    ['I am SO ready to check out of this hotel, the beds are awful', null],
    ["I'll die on this hill: pineapple belongs on pizza", null],
    ['gonna go die on the couch for a bit', null],
    ['those wings were so hot I thought I was gonna die', null],
    ['goodbye forever to my wisdom teeth', null],
    ['I am going to jump off a bridge on my 30th, attached to a bungee cord', null],
    ['ready to check out of this life', 'high'],
    ["i'm going to die on the sofa tonight", 'high'],
    ['i wanna diee for real', 'high'],
    ['cut myself in the shower again', 'high'],
    ['jump off the bridge tonight without a bungee', 'high'],
    ['goodbye forever to my kids', 'high'],
    // hopelessness said as not going on, not making it, what one stays for; never about a meeting or an essay
    ["I don't think I can go on. Not like this", 'medium'],
    ["I'm not going to make it through this, I can feel it", 'medium'],
    ['what exactly am i staying for', 'medium'],
    ['no point continuing', 'medium'],
    ["he'd be free if I was dead", 'medium'],
    ["i don't think i can do this homework without help", null],
    ["i'm not going to make it to the meeting", null],
    ['no point continuing this conversation', null],
    ['no point carrying on with the essay tonight', null],
    ['this is the last christmas i\'m spending with his parents', null],
    // acts told as time spent, a record's behaviour, skin held to heat, poison being drunk now; a place, now
    ['I spent the evening cutting', 'high'],
    ['Behaviour: cut. Outcome: felt nothing', 'high'],
    ['Harming again. ankles this time', 'high'],
    ['held my hand over the gas ring till the skin bubbled', 'high'],
    ['drinking the weedkiller now', 'high'],
    ['walking down to the tracks now', 'high'],
    ['want to kick the bucket', 'high'],
    ['spent all day cutting the hedge', null],
    ['Behaviour: cut my hair. felt better', null],
    ['held my hands over the fire to keep warm', null],
    ['my cat keeps drinking the toilet water', null],
    ['drinking bleach is not a covid cure', null],
    ['walking down to the tracks now to take photos of the steam train', null],
    ['the printer finally kicked the bucket', null],
    // whether a fall from a height kills; death welcomed
    ['is jumping from the 9th floor definitely fatal', 'high'],
    ["is it true that you can't survive a fall from 10 storeys", 'high'],
    ['can you survive a fall from a horse', null],
    ["death doesn't scare me anymore, it sounds peaceful", 'medium'],
    ['dying my hair sounds fun', null],
    // an anniversary's "tonight" or "this week" dates the past; someone's regulars, guys and sponsees are someone else
    ['ten years ago tonight I was in an ambulance after trying to end my life', 'low'],
    ['this week marks a decade since my overdose in college', 'low'],
    ['I overdosed tonight', 'high'],
    ['peer support worker here. one of my guys relapsed into cutting after hearing bad news', 'low'],
    ['a regular tried to buy 5 packs of paracetamol and said it does not matter', 'low'],
    ['My sponsee relapsed and cut herself last night', 'low'],
    // a relapse dated in the past, "relapse prevention", most of one's twenties, school years: history
    ['i had a suicide attempt in 2019 and a relapse into cutting in 2021. nothing since', 'low'],
    ['Relapse prevention sheet: warning signs from when I was suicidal before', 'low'],
    ['I was suicidal for most of my twenties', 'low'],
    ["i relapsed on sh a lot in year 9 but it's been clean since year 11", 'low'],
    ['3 yrs clean from cutting as of this morning!!', 'low'],
    ['i relapsed tonight after 2 years clean', 'high'],
    // an act "for the first time in a year" is a relapse, not history
    ["sh'd for the first time in 8 months", 'high'],
    // a call-out at work is someone else's; a time told in the past is history, a habit is not
    ["I'm a paramedic, we had a call for a suicide attempt tonight", 'low'],
    ['my old account was full of posts from when I wanted to die', 'low'],
    ['from when I wake up I want to die', 'high'],
    ['when I first got diagnosed I wanted to die. now I have a routine', 'low'],
    ['when I first wake up I want to die', 'high'],
    ['back in the army days i had my gun to my head once', 'low'],
    ['i have my gun to my head right now', 'high'],
    // whose cutting is read from the text
    ["my friend told me she's been cutting again", 'low'],
    ['cutting again', 'high'],
    // someone else's "'s" before a verb; never before a thing ("my mum's pills" are the writer's means)
    ["my partner's relapsed with self-harm", 'low'],
    ["my sister's been cutting again", 'low'],
    ["I took all my mum's sleeping tablets", 'high'],
    // a call-out at work, a death on the line
    ['we responded to a suicide call this morning', 'low'],
    ['there was a suicide on the tube this morning', 'low'],
    // being found, told as what comes after; never as the past or a found thing
    ['wanted things to be tidy when they find me', 'high'],
    ['so someone finds me before the kids do', 'high'],
    ['i remember begging my mum to let me die when she found me', 'low'],
    ['when my mum finds me playing xbox at 3am she will kill me', null],
    ['i hope someone finds me a good therapist', null],
    // a means with its ordinary use denied; never "not for me", never with the use it is for
    ['got a fresh blade for this weekend. not for shaving', 'high'],
    ['went to three pharmacies for paracetamol. have 96 now. not for headaches', 'high'],
    ['went to the hardware shop for rope and you know what for', 'high'],
    ['new razor not for my legs, its for my face', null],
    ['the tablets are not for sleeping, theyre antibiotics', null],
  ] as const)('%s → %s', (text, level) => {
    // The lexicon's own level, the models off: they may lower a lone farewell ("tell my brother i
    // love him") to medium, which keeps the crisis response (crisis-model.test.ts).
    expect(detectCrisis(text, { model: false }).level).toBe(level);
  });

  it.each([
    // tolerant reading: spaced letters, "wan2", a dropped g, a sentence going on after a full stop
    ['i want to d i e', 'high'],
    ['wan2 die', 'high'],
    ['wouldnt mind not wakin up', 'medium'],
    ['gave up. on everything', 'medium'],
    // emoji alone: means and acts side by side, or a run of pills; one emoji alone is nothing
    ['🔪🩸', 'medium'],
    ['🪦⚰️', 'medium'],
    ['💊💊💊💊', 'medium'],
    ['🩸', 'none'],
    ['💊', 'none'],
  ] as const)('tolerant reading: %s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it('rewrites only a yes-answered question about risk: other questions reach the model as written', () => {
    expect(normaliseCrisisText('do you want to come over? yeah sure')).toBe('do you want to come over | yeah sure');
    expect(normaliseCrisisText('are you thinking of hurting yourself? yeah sure')).toBe('i thinking of hurting myself yeah sure');
  });

  it('urges that are back after a past told in the same clause are a crisis, not history', () => {
    expect(detectCrisis('i used to self harm and the urges are back').detected).toBe(true);
    expect(detectCrisis('i used to self harm but the urges are gone').detected).toBe(false);
  });

  it.each([
    // a bare answer to the writer's own question is a denial; "no one …" is not an answer
    ['suicidal thoughts? nope, just stressed', 'low'],
    ['self harm? no. never done it', 'low'],
    ['scale of 1-10 for wanting to die? 0', 'low'],
    ['kill myself? no one would notice', 'high'],
    // …also with a form's answer label or a firmer no, and asked about a period
    ['Q: Any thoughts of self-harm since last session? A: None. Q: Mood? A: Fine', 'low'],
    ['wanting to hurt myself? absolutely not. i have a dog to walk', 'low'],
    ['thoughts of suicide in the past two weeks? no', 'low'],
    ['suicidal thoughts? a: yes, every day', 'high'],
    // a yes to a question about the writer is theirs, in the second person too; a yes about the past stays the past
    ['Q: thoughts of harming yourself? A: yes', 'medium'],
    ['are you thinking about killing yourself? yeah', 'high'],
    ['¿Has pensado en quitarte la vida? Sí', 'high'],
    ['Hast du daran gedacht, dich umzubringen? ja, jeden Tag', 'high'],
    ['Q: Did you ever try to kill yourself? A: yes, when I was 16', 'low'],
    ['do you want pizza tonight? yes', 'none'],
    ['thoughts of killing yourself?? yeah every day', 'high'],
    ['¿Te has hecho daño esta semana? Sí', 'high'],
    ['has your brother hurt himself again? yes', 'low'],
    // "in the past few weeks" is now, not history
    ["in the past few weeks i've wanted to die", 'high'],
    ["i've had thoughts of ending my life in the past week", 'medium'],
    ["i've never once thought about hurting myself", 'low'],
    ["i've never once wanted to live. i want to die", 'high'],
    // someone else: counted cases, works about suicide, reflexives, seeing their marks
    ['two overdoses came in on my shift', 'low'],
    ['the poem is about suicide', 'low'],
    ['my cousin drowned himself', 'low'],
    ['my roommate burns herself and I saw the marks', 'low'],
    // scars that fade are the past; an urge that has not come back is over
    ['my scars from self harm are fading', 'low'],
    ["the urge to cut hasn't come back since easter", 'low'],
    // a later sentence saying it is over, in a message told as the past, with nothing current
    ['Looking back at my journal from last winter is weird. I wanted to die on every page. I don\'t feel like that now', 'low'],
    ['I want to die. I don\'t feel like that was ever going to change', 'high'],
    ['I took all my pills. it feels like a different world already', 'high'],
    ['I was 2 years clean from self harm until last night. I cut again', 'high'],
    // the writer's own past told before the match and dated elsewhere, nothing current
    ['i tried to kill myself in college. looking back i\'m so glad i survived', 'low'],
    ['i had thoughts of suicide when my marriage ended. they went away once i got help', 'low'],
    ['i tried to kill myself in college. i think about doing it again', 'high'],
    // a later sentence saying the past is not over
    ['when i was 15 i wanted to die. i still do', 'high'],
    ['I had a plan to end my life. that was years ago but the plan is back', 'high'],
    ["It's been 2 years since my overdose. I still think about it sometimes but it's not where my head is now", 'low'],
  ] as const)('scope: %s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    // where people describe signs, triggers or their past: an act they tell as done keeps its
    // severity; a list of signs or a pattern ("when I …") stays low
    ['after the row with my brother I swallowed all my tablets', 'high'],
    ['hoarding tablets, giving my things away', 'low'],
    ['when I start stockpiling my tablets', 'low'],
  ] as const)('describing: %s → %s', (text, level) => {
    expect(levelOf(text, 'describing')).toBe(level);
  });

  it.each([
    // a negation between the parts of a proximity match
    'I want to live, not die',
    // cooking, hills to die on, one-more-time hyperbole, dose safety, pharmacy work, gear, routines, break-ups
    'cut the potatoes into thin slices',
    'this is the hill I will die on',
    "if my boss says synergy one more time I'll jump off the roof",
    'how much paracetamol can I safely take',
    'I work at a pharmacy counting tablets all day',
    'bought rope for the hammock',
    'I take 2 tablets every morning',
    'I read a magazine about it',
    // a body part as the subject, an ordeal that is only boring, pain relief, shaving, views
    'my calves want to die after that run',
    'lost the will to live during that webinar',
    'how much ibuprofen for period pain',
    'need new razor blades, these are blunt',
    // no part of a proximity match from inside an idiom
    'the stairs at the station will be the death of me',
    'i might just jump in the pool later',
    'ending things with my boyfriend, I feel relieved',
  ])('nothing (figurative or everyday): %s', (text) => {
    expect(levelOf(text)).toBe('none');
  });
});

describe('lexicons are data', () => {
  it('every shipped lexicon compiles, names known concepts and has a version in the detector version', () => {
    for (const lexicon of CRISIS_LEXICONS) {
      expect(() => detectCrisis('warm up', { lexicons: [lexicon] })).not.toThrow();
      for (const rule of lexicon.proximity) for (const concept of rule.near) expect(lexicon.concepts[concept], `${lexicon.locale} ${rule.id} → ${concept}`).toBeDefined();
      const ids = lexicon.patterns.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(CRISIS_DETECTOR_VERSION).toContain(lexicon.version);
    }
  });

  it('lets another language be added as data alone', () => {
    const french: CrisisLexicon = {
      ...ENGLISH_CRISIS_LEXICON,
      locale: 'fr',
      version: 'fr-test',
      patterns: [{ id: 'fr-envie-de-mourir', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: 'envie de mourir' }],
      concepts: {},
      proximity: [],
      combinations: [],
      safeContexts: [{ id: 'fr-mourir-de-rire', pattern: 'mourir de rire' }],
      thirdPartyContexts: [],
      negation: { cues: '(?:pas|jamais)', fillers: '(?:vraiment|du tout|envie|de)', doubleNegatives: '(?:ne peux pas arreter)', trailing: '(?:non)' },
      vocabulary: [],
      notTypos: [],
      spellings: {},
      stopwords: ['je', 'de', 'pas'],
    };
    expect(detectCrisis("J'ai ENVIE de mourir", { lexicons: [french] })).toMatchObject({ detected: true, level: 'high', matched: ['fr-envie-de-mourir'] });
    expect(detectCrisis("je n'ai pas envie de mourir", { lexicons: [french] })).toMatchObject({ detected: false, level: 'low' });
    expect(detectCrisis('à mourir de rire', { lexicons: [french] }).level).toBeNull();
  });

  it('names the broken rule when a lexicon cannot compile', () => {
    const broken: CrisisLexicon = { ...ENGLISH_CRISIS_LEXICON, version: 'broken', patterns: [{ id: 'broken-one', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: '(unclosed' }] };
    expect(() => detectCrisis('anything', { lexicons: [broken] })).toThrow(/broken-one/);
  });
});

// --- Spanish: general rules of lexicons/es.ts (issue 13, item 1) ------------------------------------
// Each case stands for a rule (a verb form, a quantity with a substance, a question form, a scope),
// not for a phrase of the corpus.
describe('Spanish building blocks', () => {
  it.each([
    // every tense and person the writer uses about themself
    ['me mataré esta noche', 'high'],
    ['he pensado en suicidarme', 'high'],
    ['me voy a quitar la vida', 'high'],
    ['me quiero dar cuello', 'high'],
    // quantity + any drug, poison, or drug with alcohol
    ['acabo de tomarme 30 gelocatiles', 'high'],
    ['me he bebido media botella de vodka con los tranquilizantes', 'high'],
    ['he tomado matarratas', 'high'],
    // means-seeking questions and access to means
    ['¿cuántas pastillas hacen falta?', 'high'],
    ['¿desde qué altura es seguro que uno se muere?', 'high'],
    ['mi papá tiene una pistola y sé dónde está la llave', 'high'],
    // self-harm: preterite stems and "on purpose"
    ['me pellizqué las piernas hasta dejarme moratones', 'high'],
    // passive ideation and hopelessness
    ['si me muriera mañana por lo menos se acabaría todo', 'medium'],
    ['no le veo sentido a seguir viva', 'medium'],
    // a plan for a day is no "thing that killed me"; a condition about being left is no trifle
    ['ya regalé la moto y la ropa, esta semana me mato', 'high'],
    ['pienso en matarme a cada rato', 'high'],
    ['me mato si me deja', 'high'],
    ['me mato caminando a las vías del tren', 'high'],
    ['ya cobré, se la dejé a mi mamá y ahí sí me mato', 'high'],
    ['adiós para siempre a mi familia, los quiero', 'high'],
    ['ya compré la soga. esta noche', 'high'],
  ] as const)('%s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    // a routine dose, a question about safe use, the third-person preterite ("me mató la profe"), swimming, accidents
    'tengo que tomar 6 pastillas al día',
    '¿cuánto paracetamol se necesita para bajar la fiebre?',
    'me mató la profe con tanta tarea',
    'eso me mató',
    'el dentista dice que tengo dos caries. mátame camión',
    'el meme que me mandaste me mató',
    'hoy me maté cocinando para 20 personas',
    'me quería morir cuando me cayó el café encima, qué oso',
    'mi potus parece que se quiere suicidar, tiene las hojas caídas',
    'adiós para siempre a las muelas del juicio',
    'ya compré la soga para el columpio de los niños',
    'si tengo que escuchar otra vez ese reggaetón me pego un tiro',
    'me tiré de cabeza al mar',
    'me corté cocinando',
    'me dan ganas de tirar el móvil por la ventana',
    'no tiene sentido seguir discutiendo',
    'no quiero despertarme temprano mañana',
  ])('nothing (everyday or figurative): %s', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    // negation scope, denials answered after the question, history, someone else ("se" + third person)
    'no pienso en matarme, solo estoy cansada',
    'ideas de muerte: ninguna. ganas de hacerme daño: tampoco',
    'hace dos años me tomé una caja de pastillas',
    'un compañero de clase se suicidó',
    // a call-out at work; years since the last time; another era
    'soy paramédico y hoy tuvimos una sobredosis, la chica sobrevivió',
    '8 años desde la última vez que me autolesioné',
    'en otra época estuve a punto de tomarme todo el frasco',
  ])('recorded low: %s', (text) => {
    expect(levelOf(text)).toBe('low');
  });
  // dev4 round: one case per general rule, worded differently from the corpus
  it.each([
    // swallowing verbs of Mexico, the River Plate, the Andes; handfuls; counting; drug + amount + taken in any order
    ['me mandé 25 clonazepam', 'high'],
    ['me aventé dos cajas de paracetamol', 'high'],
    ['me tomé un puño de rivotril', 'high'],
    ['ya van 15 pastillas', 'high'],
    ['cuarenta ibuprofenos me he tomado', 'high'],
    // self-harm stems with a tool, or until it bleeds
    ['me estoy raspando con una navaja', 'high'],
    ['me arañé la cara hasta sacarme sangre', 'high'],
    // means questions are the writer's: looking a method up, how long it takes, whether it kills
    ['estuve buscando cómo envenenarme', 'high'],
    ['¿cuánto tarda la lejía en matar?', 'high'],
    ['¿mata si me lo bebo?', 'high'],
    // intent: when everyone is asleep or gone; walking into the water and not coming back
    ['cuando se duerman mis papás me tomo todas', 'high'],
    ['me voy a meter al río y no pienso salir', 'high'],
    // slang and regional words: palmarla in every form, "jarto", "no me preocuparía"
    ['ojalá la palmara ya', 'medium'],
    ['estoy jarto de vivir', 'medium'],
    ['no me preocuparía morirme', 'medium'],
  ] as const)('general rule: %s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it('"ahorita"/"orita" is a time cue: means in hand right now is a crisis even where warning signs are described', () => {
    expect(levelOf('orita tengo la cuchilla en la mano', 'describing')).toBe('high');
    expect(levelOf('tener la cuchilla a mano', 'describing')).not.toBe('high');
  });

  it.each([
    // embarrassment, laughter, a trivial cause with a joke, razors, a dying phone in a car (a place, not a subject)
    'qué vergüenza, me quise morir',
    'me mato de la risa con mi hermana',
    'me voy a ahorcar con tanto papeleo jaja',
    'necesito cuchillas para la rasuradora',
    'se me murió el cel en el carro',
  ])('figurative or everyday (dev4 round): %s', (text) => {
    expect(levelOf(text)).toBe('none');
  });

  it.each([
    // a chain of topic words ("línea de prevención del suicidio") and someone else's thoughts ("sus pensamientos")
    'soy voluntario en la línea de prevención del suicidio',
    'mi amiga me contó de sus pensamientos suicidas',
  ])('about the topic or someone else, recorded low: %s', (text) => {
    expect(levelOf(text)).toBe('low');
  });

  // second dev4 batch: implicit plans, self-harm acts and means, worded differently from the corpus
  it.each([
    ['tengo todo preparado para el viernes', 'high'],
    ['hoy es mi último día', 'high'],
    ['ya no van a tener que cuidarme', 'high'],
    ['no hay marcha atrás, lo hago', 'high'],
    ['ya tengo la fecha y el lugar', 'high'],
    ['me rajé los brazos', 'high'],
    ['me volví a abrir las heridas', 'high'],
    ['el matarratas que compré no es para ratas', 'high'],
    // stock hyperbole and everyday words: veins cut with a lettuce leaf, maple syrup, "if you see me in crocs"
    ['qué drama, me corto las venas con una hoja de lechuga', 'none'],
    ['me corto las venas con una galletita de agua', 'none'],
    ['me voy a cortar las venas con la navaja esta noche', 'high'],
    ['me tomé el frasco entero de jarabe de arce con los panqueques', 'none'],
    ['me tomé el frasco entero de jarabe para la tos', 'high'],
    ['estoy muerta por dentro después de seis horas de capacitación', 'none'],
    ['si me ves con crocs, mátame', 'none'],
    ['mátame por favor, ya no aguanto', 'high'],
    // the same words about work or money are nothing
    ['hoy es mi último día de trabajo', 'none'],
    ['no llego al lunes con la plata que me queda', 'none'],
  ] as const)('implicit plan or act: %s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

});

// --- German (issue 13, item 1): general rules of the German lexicon -----------------------------
describe('German crisis language', () => {
  it.each([
    // verb forms and word order: perfect, present with the pronoun first, separable "bring … um"
    'ich hab mir gestern in den Arm geschnitten',
    'ich schneide mich jeden Abend',
    'ich bring mich heute Abend um',
    // a cut into the skin is no nail trim; laughter after a plan is no joke
    'hab mir mit der Nagelschere in die Haut geschnitten',
    'ich bring mich heute nacht um haha',
    'für mich ist Selbstmord die einzige Lösung',
    'meine Mutter will, dass ich ausziehe, ich will mich umbringen',
    // amount + drug + taking, in any order and across a sentence end
    'hab 2 Packungen Novalgin geschluckt',
    'hab tabletten genommen. viele.',
    // means-seeking questions: a question word and lethality
    'ab welchem Stockwerk überlebt man nicht mehr',
    // Austrian and Swiss forms
    'i mog nimma lebn',
    'ich wott nümme läbe',
  ])('crisis: %s', (text) => {
    expect(detectCrisis(text).detected).toBe(true);
  });

  it.each([
    // a negation inside the phrase is a denial (recorded low), not an alert
    ['ich will mich nicht umbringen, ich will nur schlafen', 'low'],
    ['Suizidgedanken? Nein, gar nicht', 'none'],
    // someone else's act written with "sich", and a resolved past
    ['ein Kollege hat sich letztes Jahr umgebracht', 'low'],
    ['früher hatte ich oft Suizidgedanken, jetzt nicht mehr', 'low'],
    ['ich bin jetzt ein Jahr clean vom Ritzen', 'low'],
    ['heute Nacht Einsatz wegen Überdosis, sie hats geschafft', 'low'],
    ['das Thema Suizid ist für mich abgeschlossen', 'low'],
  ] as const)('no alert: %s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each(['das macht keinen Sinn', 'ich spring gleich in den Pool', 'ich hab mir beim Kochen in den Finger geschnitten', 'die Hitze bringt mich um', 'ich bin hoffnungslos verliebt', 'hab mir die Nägel geschnitten', 'ich bin am Ende, aber es ist Freitag', 'dieses Level ist der reinste Selbstmord', 'meine Monstera lässt die Blätter hängen, die will wohl sterben'])(
    'figurative or everyday: %s',
    (text) => {
      expect(detectCrisis(text).detected).toBe(false);
    },
  );

  // dev4 round: one case per general rule, worded differently from the corpus
  it.each([
    // zu-infinitives and separable verbs
    ['hab Lust mich aufzuhängen', 'high'],
    ['ich geh in den Wald und komm nie mehr zurück', 'high'],
    // one after another; a handful; body, tool and hurt with "mit" in between; fetching a blade
    ['ich schluck eine nach der anderen', 'high'],
    ['hab ne Handvoll Schlaftabletten genommen', 'high'],
    ['hab mir mit der Rasierklinge den Unterarm aufgeritzt', 'high'],
    ['ich hol mir jetzt ne Rasierklinge', 'high'],
    // hoarding in the present tense; a means question naming no one
    ['ich bunkere seit Monaten meine Schlaftabletten', 'high'],
    ['stirbt man wenn man Frostschutzmittel trinkt', 'high'],
    // doing it when everyone sleeps; passive wishes with "wär gut"; tired of life; Swiss "nümme da sii"
    ['sobald alle pennen mach ichs', 'high'],
    ['wär echt gut wenn ich verrecke', 'medium'],
    ['ich hab mein Leben so satt', 'medium'],
    ['i wott nümme da sii', 'high'],
  ] as const)('general rule: %s → %s', (text, level) => {
    // The lexicon's own level (the mention model may lower a high it reads as a mention; see crisis-model.test.ts).
    expect(detectCrisis(text, { mention: false }).level).toBe(level);
  });

  it('"bringt eh nix" ends a clause: the intent after it is not negated by it', () => {
    expect(levelOf('der Plan hilft nix, ich spring heute vom Dach', 'describing')).toBe('high');
    expect(levelOf('ich spring nicht vom Dach')).not.toBe('high');
  });

  it.each(['ich bring mich um vor Lachen', 'mein Vater wird mich umbringen wenn er das sieht', 'ich will aus dem Chat verschwinden'])(
    'figurative (dev4 round): %s',
    (text) => {
      expect(levelOf(text)).toBe('none');
    },
  );

  it.each(['die Phase in der ich mich geritzt hab hab ich hinter mir', 'mein Patient hat von seinen Suizidgedanken erzählt'])(
    'a period that is over, or someone else’s thoughts, recorded low: %s',
    (text) => {
      expect(levelOf(text)).toBe('low');
    },
  );
  // second dev4 batch: implicit plans, slang, self-harm acts and means, worded differently from the corpus
  it.each([
    ['alles ist geregelt für Sonntag', 'high'],
    ['ihr müsst mich nicht mehr ertragen', 'high'],
    ['ich werf mich vor den Regio', 'high'],
    ['ich knall mich ab', 'high'],
    ['ich kipp mir alle Tabletten rein und dann ist Ruhe', 'high'],
    ['meine Beine sind voller Schnitte', 'high'],
    ['hab den Code vom Waffentresor', 'high'],
    // an accident, and never coming back to a café, are nothing
    ['hab mich am Bügeleisen verbrannt', 'none'],
    ['in das Café komm ich nicht wieder', 'none'],
    // a drug injected in an amount that kills or decided on; never a jab one had given or one's daily insulin
    ['Hab mir grad die ganze Insulinpatrone gespritzt', 'high'],
    ['hab beschlossen, mir was aus dem Medikamentenschrank zu spritzen', 'high'],
    ['hab nachgeguckt wie viel man spritzen müsste um nicht mehr aufzuwachen', 'high'],
    ['hab mir heute die Grippeimpfung spritzen lassen', 'none'],
    ['hab mir Botox spritzen lassen lol', 'none'],
    // "ritz" only as the word: never a syringe, Fritz or Moritz
    ['ich hab Todesangst vor der Zahnarztspritze', 'none'],
    ['Spritztour mit Fritz und Moritz am Wochenende', 'none'],
    ['ich ritz mich wieder', 'high'],
    // a misspelt "Selbstmord" is read; a team or a case that is hopeless, an overdose of a TV show, are not the writer
    ['Selbstmort is die einzige lösung für mich', 'high'],
    ['rapid is hoffnungslos heuer', 'none'],
    ['diese mannschaft ist hoffnungslos, wieder abgestiegen', 'none'],
    ['es ist hoffnungslos', 'medium'],
    ['hab mir am Wochenende eine Überdosis Tatort gegeben', 'none'],
    ['hab heute eine Überdosis Tabletten genommen', 'high'],
  ] as const)('implicit plan, slang or act: %s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    // a cut while doing a chore, one's own fringe: nothing; on purpose, on the arm, geritzt: a crisis
    ['hab mich beim Kartoffelschälen geschnitten, nix schlimmes', 'none'],
    ['mich am Fliesenschneider leicht geschnitten, Pflaster drauf', 'none'],
    ['hab mir im Lockdown selbst den Pony geschnitten', 'none'],
    ['hab mir beim Rasieren absichtlich in den Arm geschnitten', 'high'],
    ['hab mich beim Duschen geritzt', 'high'],
    ['hab mir die Haare abgeschnitten und dann in den Arm geschnitten', 'high'],
    ['me corté un poquito con el cúter abriendo las cajas de la mudanza', 'none'],
    ['me corté abriendo las venas', 'high'],
    ['me quemé a propósito planchando, no fue accidente', 'high'],
    // anything that "is suicide" is madness; never the one way out
    ['ir al centro un sábado a las 12 con este calor es un suicidio', 'none'],
    ['nadar 2 km sin entrenar fue un suicidio', 'none'],
    ['crossfit a las 6am es el suicidio más lento del mundo', 'none'],
    ['lo que queda es un suicidio', 'high'],
    ['para mí la solución es el suicidio', 'high'],
    ['running a marathon without training was suicide lol', 'none'],
    ['thinking about it all day, the only answer is suicide', 'high'],
  ] as const)('a chore, a purpose or madness: %s → %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });
});
