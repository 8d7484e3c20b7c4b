/**
 * Crisis-language lexicons, as plain data (strings only) so another language can be added without
 * touching the detector. Every regex source below is matched by `detectCrisis` against NORMALISED
 * text, case-insensitively, with whole-word edges added around it:
 *
 *  - NFKC, lower-case, zero-width / bidi control characters removed;
 *  - apostrophes removed (smart quotes first become `'`): "don't" → "dont", "I'm" → "im", "I'll" → "ill";
 *  - every other character that is not a letter, digit or combining mark becomes a space
 *    ("self-harm" → "self harm", emoji and punctuation vanish), whitespace collapsed to one space;
 *  - runs of 3+ identical letters collapsed, tried both as two letters and as one
 *    ("killllll" → "kill", "diiiie" → "die"); common leetspeak digits inside words tried as letters
 *    ("k1ll" → "kill").
 *
 * So write patterns in lower case, with single spaces between words and without apostrophes.
 *
 * Rules of thumb for authors (missing a real crisis is far worse than a false alarm):
 *  - A pattern that carries its own negation ("dont want to live", "no reason to live") must START
 *    with that negation word: the detector downgrades a high match to medium when the words just
 *    before it negate it ("I'm not suicidal"), and would otherwise read the pattern's own negation
 *    as such. A negated match is still detected, never dropped.
 *  - `safeContexts` never hide anything by themselves: a risk match is ignored only when it lies
 *    entirely inside a safe-context match, so "my phone died and I want to die" is still detected.
 *    Keep them specific multi-word collocations.
 *  - `combinations` fire when every one of their parts matches somewhere in the same message
 *    (outside safe contexts), e.g. hopelessness together with death.
 */

export type CrisisSeverity = 'high' | 'medium';

export interface CrisisPattern {
  /** Stable identifier, stored on risk flags instead of the person's words. */
  readonly id: string;
  readonly severity: CrisisSeverity;
  /** Regex source (see the module comment for the text it is matched against). */
  readonly pattern: string;
}

export interface CrisisCombination {
  readonly id: string;
  readonly severity: CrisisSeverity;
  /** Regex sources; every one must match somewhere in the message. */
  readonly allOf: readonly string[];
}

export interface CrisisSafeContext {
  readonly id: string;
  readonly pattern: string;
}

export interface CrisisNegation {
  /** Regex source of words that negate what follows: "not", "never", "dont"… */
  readonly cues: string;
  /** Regex source of words allowed between a cue and a match ("not REALLY GOING TO hurt myself"). */
  readonly fillers: string;
}

export interface CrisisLexicon {
  readonly locale: string;
  readonly version: string;
  readonly patterns: readonly CrisisPattern[];
  readonly combinations: readonly CrisisCombination[];
  readonly safeContexts: readonly CrisisSafeContext[];
  readonly negation: CrisisNegation;
}

// ---------------------------------------------------------------------------------------------
// Building blocks (plain strings; the exported lexicon holds only the composed strings).

const MYSELF = '(?:m[iy]|me) ?(?:s[ea]?l+f|slef|sefl|slf)';
const KILL = 'k[iy]*l+(?:[iy]ng?|ed|s)?';
const DONT = '(?:dont|do not|dnt|didnt|did not)';
const CANT = '(?:cant|cannot|can not|cnt|carnt|couldnt|could not)';
const WONT = '(?:wont|will not|wil not|not going to|not gonna)';
const WANT_TO = '(?:(?:want(?:ed|s)?|wnt|wan|wnat|wamt) (?:to|2|too|t)|wan+a|wantto)';
const ADVERBS =
  '(?:(?:just|really|simply|literally|honestly|actually|truly|genuinely|seriously|fucking|fking|freaking|effing|so|kinda|kind of|sort of|already|finally|quietly|peacefully|badly) )*';
const IM = '(?:im|i am|i m)';
const ANYMORE = '(?:any ?more|any longer|no more|no longer)';
const DIE = 'd[iy]e';
const GOODBYE = 'go+d ?by+e?';
const DRUG =
  '(?:my |the |those |these |his |her |all my |all the |of my )?(?:sleeping |pain ?)?(?:pills|tablets|meds|medications?|medicine|painkillers|killers|paracetamol|tylenol|ibuprofen|aspirin|antidepressants|insulin|xanax|benzos|opioids|oxy|fentanyl)';
const HARM_VERB =
  '(?:hurt(?:s|ing)?|harm(?:s|ed|ing)?|cut(?:s|ting)?|burn(?:s|ed|t|ing)?|stab(?:s|bed|bing)?|injur(?:e|es|ed|ing)|mutilat(?:e|es|ed|ing)|poison(?:s|ed|ing)?|drown(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|suffocat(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|bleed(?:s|ing)?|bled)';
const BODY = '(?:wrists?|arms?|thighs?|legs?|skin|veins?|throat|stomach|belly|hips?)';

export const ENGLISH_CRISIS_LEXICON: CrisisLexicon = {
  locale: 'en',
  version: 'en-2026.1',
  patterns: [
    // --- Direct suicide language -------------------------------------------------------------
    {
      id: 'suicide',
      severity: 'high',
      // suicide, suicidal, sucide, suiside, suicde, suicidial, suicidality…
      pattern: 's[uiy]{1,3}[cs]{1,2}[iy]{0,2}d(?:e|es|al|ally|ality|ial|el|ed|ing)?',
    },
    {
      id: 'suicide-algospeak',
      severity: 'high',
      pattern:
        'sewer ?s?lid(?:e|es|ing)|s[o]{2,}icide|suwuicide|sue ?icide|commit(?:ting|ted)? (?:sudoku|toaster bath|die|not alive|self ?delete)|toaster bath',
    },
    { id: 'unalive', severity: 'high', pattern: 'un ?aliv(?:e|es|ed|ing|ng)' },
    { id: 'self-delete', severity: 'high', pattern: 'self ?delet(?:e|es|ed|ing|ion)|delet(?:e|ing) ' + MYSELF },
    {
      id: 'kms',
      severity: 'high',
      // Not kilometres: "ran 10 kms", "a few kms away".
      pattern: '(?<!(?:[0-9]|[0-9] |few |many |several |some |more |the |of |couple ))k+m+s+(?! (?:away|from|north|south|east|west|long|per|an hour|of|to go|left)\\b)',
    },
    { id: 'kill-myself', severity: 'high', pattern: `${KILL} ${MYSELF}` },
    {
      id: 'end-my-life',
      severity: 'high',
      pattern: `end(?:ing|ed|s)? (?:my|me|my own) (?:life|lyfe|existence)|end(?:ing|ed|s)? ${MYSELF}`,
    },
    {
      id: 'end-it-all',
      severity: 'high',
      pattern:
        'end(?:ing|ed|s)? (?:it|this|things) al+|end(?:ing)? (?:it|things|it al+) (?:for good|forever|once and for al+|tonight|today|now)|end(?:ing)? everything(?! (?:with|between|on|at)\\b)',
    },
    {
      id: 'end-it',
      severity: 'medium',
      pattern:
        '(?:want|wanna|going|gonna|ready|plan(?:ning)?|decided|deciding|need|about) to end (?:it|things)(?! (?:with|between|for now|for today)\\b)|(?:thinking|thought|think) (?:about|of) ending (?:it|things|everything)(?! (?:with|between)\\b)',
    },
    {
      id: 'take-my-life',
      severity: 'high',
      pattern:
        't[ao]+k(?:e|es|ing|en)? (?:my|me) own life|t[ao]+k(?:e|es|ing|en)? (?:my|me) life(?! (?:back|in(?:to)? my (?:own )?hands|seriously|for granted|to the next level|in a new direction|one day at a time)\\b)',
    },
    {
      // Someone else's suicide: exposure is a risk factor, and grief like this deserves a response.
      id: 'took-own-life',
      severity: 'medium',
      pattern: 't[ao]+k(?:e|es|ing|en)? (?:his|her|their|your|its) own li(?:fe|ves)',
    },
    {
      id: 'want-to-die',
      severity: 'high',
      pattern: `${WANT_TO} ${ADVERBS}(?:${DIE}|be dead|b dead|stop (?:living|existing|being alive)|not (?:be )?(?:alive|exist|live)|not wake up|never wake up|stop breathing|cease to exist)`,
    },
    {
      id: 'wish-dead',
      severity: 'high',
      pattern: `wish(?:ing|ed|es)? (?:i|id) (?:could |would |had |were |was |have |just |been |had just |could just )*(?:${DIE}|died|dead|be dead|never (?:been )?born|never existed|not exist|didnt exist|wasnt alive|werent alive|wasnt born|werent born|stop existing|disappear forever)`,
    },
    {
      id: 'better-off-dead',
      severity: 'high',
      pattern:
        'better of+ (?:dead|gone|not (?:alive|here|existing|around))|better of+ without me|better of+ if i (?:was|were|wasnt|werent|had|died|disappeared|didnt|never|just)',
    },
    {
      id: 'deserve-to-die',
      severity: 'high',
      pattern: `i (?:should|shoud|need to|deserve to|ought to|have to|might as well|may as well) ${ADVERBS}(?:${DIE}|be dead|not be alive|not exist|${KILL} ${MYSELF})|i (?:shouldnt|should not) (?:even |still )?(?:be alive|exist|have been born|be here any ?more)`,
    },
    {
      id: 'ready-to-die',
      severity: 'high',
      pattern: `(?:ready|prepared|planning|plan|decided|deciding|choose|chose|choosing) to ${DIE}`,
    },
    {
      id: 'hope-i-die',
      severity: 'high',
      pattern: `hop(?:e|es|ing) (?:that )?i ${ADVERBS}(?:${DIE}|dont wake up|do not wake up|never wake up|wont wake up|dont make it through|get hit by|crash)`,
    },
    {
      id: 'never-wake-up',
      severity: 'high',
      pattern:
        '(?:sle+p|go to sle+p|fal+ asle+p) (?:and|n) (?:just )?(?:never|not) wake up|never wake up again|(?:wish|hope) i (?:dont|wont|wouldnt|didnt|never|could not|couldnt) wake up|never want to wake up|dont want to wake up(?! (?:early|at|before|so early|for (?:work|school|class)|on time)\\b)',
    },
    {
      id: 'sleep-forever',
      severity: 'medium',
      pattern: '(?:want|wanna|wish i could|just want|need) (?:to )?(?:just )?(?:go to )?sle+p forever',
    },
    {
      id: 'rather-be-dead',
      severity: 'medium',
      pattern: `rather (?:be dead|${DIE}|not (?:be alive|exist|live|be here|wake up))`,
    },

    // --- Not wanting to live / be here ---------------------------------------------------------
    {
      id: 'dont-want-to-live',
      severity: 'high',
      pattern: `${DONT} ${WANT_TO} ${ADVERBS}(?:live|be alive|exist|go on|keep (?:living|going|existing)|carry on|stay alive|be (?:here|around) ${ANYMORE}|be on this (?:earth|planet)|be in this world|wake up ${ANYMORE})(?! (?:here|there|with|in|at|near|together|abroad|alone|like|anywhere|by|on|under|next|close|far|without|the|a|an|my|our|holiday|vacation|trip|tour|date|this|that|these|those|it|stage|tv|air|forever|to|past|beyond|through)\\b)`,
    },
    {
      id: 'dont-want-to-be-here',
      severity: 'medium',
      pattern: `${DONT} ${WANT_TO} ${ADVERBS}be (?:here|around|alive)(?! (?:at|in (?!this world)|on (?!this (?:earth|planet))|with|for|during|while)\\b)`,
    },
    {
      id: 'live-like-this',
      severity: 'medium',
      pattern: `(?:${DONT} ${WANT_TO}|${CANT}) (?:go on |keep )?liv(?:e|ing) like this`,
    },
    {
      id: 'unsure-want-to-live',
      severity: 'medium',
      pattern:
        '(?:not sure|unsure|dont know|do not know|dunno|no idea) (?:if |whether |that |why )?i (?:still |even |really )*(?:want|wanna|can|should) (?:to )?(?:live|be alive|go on|keep going|keep living|be here|exist|stay alive)',
    },
    {
      id: 'no-reason-to-live',
      severity: 'high',
      pattern:
        'no (?:reason|point|purpose) (?:in |to |2 |of |for )?(?:liv(?:e|ing)(?! (?:in|like|with|here|there|near|at|on|alone|together)\\b)|go(?:ing)? on|being alive|be alive|exist(?:ing)?|carry(?:ing)? on|life|stay(?:ing)? alive)|nothing (?:left )?to live for|life (?:is not|isnt|aint|not|is no longer|no longer) worth (?:living|it)|(?:not|no longer|isnt) worth living',
    },
    {
      id: 'point-of-living',
      severity: 'medium',
      pattern:
        '(?:whats|what s|what is) the point (?:of|in) (?:living|life|being alive|going on|existing|carrying on|staying alive|me|anything|it all)|(?:dont|do not|cant|cannot|no longer) see (?:the |any |a )?point (?:in|of|to) (?:living|life|being alive|going on|existing|carrying on|staying alive)',
    },
    {
      id: 'will-to-live',
      severity: 'medium',
      pattern: 'no (?:will|desire|wish) to live|los(?:t|e|ing) (?:the|my|all) (?:will|desire) to live',
    },
    {
      id: 'tired-of-living',
      severity: 'medium',
      pattern:
        '(?:tired|sick|exhausted|weary) of (?:living|being alive|existing|life|this life|being here)|done (?:with life|with living|living|existing|with (?:my )?life|being alive)|over (?:living|existing|being alive)',
    },
    {
      id: 'cant-go-on',
      severity: 'medium',
      pattern: `${CANT} (?:go on|carry on|keep going)(?! (?:a|an|the|my|our|your|his|her|their|holiday|holidays|vacation|trip|tour|stage|leave|break|air|tv|camera|record|line|site|it|that|this|to|with (?:the|my|our)|about|at|for|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in|and on|like (?:that|normal))\\b)`,
    },
    {
      // Borderline: common in ordinary frustration, but also how many people first say it. We respond.
      id: 'cant-take-it-anymore',
      severity: 'medium',
      pattern: `${CANT} (?:do|take|handle|bear|stand|cope with|deal with) (?:it|this|any of (?:it|this)|life|living|everything) ${ANYMORE}|${CANT} cope ${ANYMORE}`,
    },
    {
      id: 'disappear-forever',
      severity: 'medium',
      pattern:
        'disappear(?:ed|ing)? (?:forever|for good|permanently|and never come back|off the face of the earth)|i (?:want to |wanna |just |could |would like to )*(?:stop|cease) (?:to )?exist(?:ing)?|not exist(?:ing)? any ?more|wish i (?:could )?(?:just )?(?:vanish|disappear|evaporate)',
    },
    {
      id: 'want-it-to-end',
      severity: 'medium',
      pattern:
        '(?:want|wanted|need|needs|wish|make|just want) (?:it all|everything|the pain|this pain|all (?:of )?this|all (?:of )?it|life|my life|the suffering|this suffering) to (?:stop|end|be over|go away)',
    },

    // --- Self-harm --------------------------------------------------------------------------------
    { id: 'self-harm', severity: 'high', pattern: 'self ?(?:harm(?:s|ed|ing)?|injur(?:y|e|ed|ing|ies|ious)|mutilat(?:e|ed|ing|ion)|hurt(?:ing)?)|nssi' },
    { id: 'hurt-myself', severity: 'high', pattern: `${HARM_VERB} ${MYSELF}` },
    {
      id: 'harm-body',
      severity: 'high',
      pattern: `(?:cut(?:s|ting)?|slit(?:s|ting)?|slic(?:e|es|ed|ing)|slash(?:es|ed|ing)?|carv(?:e|ed|ing)|burn(?:s|ed|t|ing)?)(?: up| open| into)? (?:my|me) ${BODY}`,
    },
    {
      id: 'hit-myself',
      severity: 'medium',
      pattern: `(?:hit(?:s|ting)?|punch(?:es|ed|ing)?|scratch(?:es|ed|ing)?|bruis(?:e|es|ed|ing)|starv(?:e|es|ed|ing)|bit(?:e|es|ing)?) ${MYSELF}`,
    },
    {
      id: 'cutting',
      severity: 'medium',
      pattern:
        '(?:start(?:ed|ing)?|been|im|am|was|keep|kept|stop(?:ped)?|quit|quitting|relaps(?:e|ed|ing)(?: (?:and|into))?|back to|urges? to|want to|wanna|thinking about|thought about|go(?:ing)? back to|went back to|resist(?:ing|ed)?|about|from|addicted to) cutting(?! (?:back|down|out|off|in|up|across|through|corners|ties|class|classes|school|work|carbs|sugar|costs|calories|hair|nails|paper|wood|grass|lawn|coupons|onions?|vegetables|veggies|veg|fruit|meat|bread|cake|fabric|cloth|keys|teeth|the|his|her|their|our|your|its|it|them|that|these|those|this|people|someone|him|me|an|some|edges?|my (?:hair|nails|fringe|bangs|beard|losses|hours|spending|budget|food|meat|toenails|fingernails)|a (?!lot)\\w+)\\b)|cutting (?:again|scars?|urges?)|urges? to cut|(?:fresh|new|deep) cuts (?:on|in) (?:my )?' +
        BODY,
    },

    // --- Methods and means (kept generic) -----------------------------------------------------------
    { id: 'overdose', severity: 'high', pattern: 'overdos(?:e|ed|es|ing)|over dos(?:e|ed|ing)' },
    { id: 'od', severity: 'medium', pattern: 'od(?:ed|ing|in)?' },
    {
      id: 'pills',
      severity: 'high',
      pattern: `(?:tak(?:e|es|ing|en)|took|swallow(?:s|ed|ing)?|down(?:ed|ing)?) (?:a (?:whole )?(?:bottle|bunch|handful|load|lot|pack|packet|box|strip|month of) of|too many|loads of|lots of|a ton of|heaps of|the (?:whole|entire|rest of the) (?:bottle|pack|packet|box|strip)(?: of)?) ?${DRUG}|(?:tak(?:e|es|ing|en)|took|swallow(?:s|ed|ing)?) all (?:of )?${DRUG} (?:at once|together|in one go|at the same time)`,
    },
    {
      id: 'stockpile-pills',
      severity: 'high',
      pattern: `(?:stockpil(?:e|ed|es|ing)|hoard(?:ed|ing)?|sav(?:e|ed|ing) up|stash(?:ed|ing)?) ${DRUG}|(?:lethal|fatal|deadly) (?:dose|amount|overdose|quantity)|how many ${DRUG} (?:would|does|will|it takes|would it take|does it take|kill)`,
    },
    {
      id: 'jump',
      severity: 'high',
      pattern:
        'jump(?:s|ed|ing)? (?:off|from|of+ of|in front of|under|onto|into|out of) (?:a |the |my |that |this |our |an )?(?:\\w+ )?(?:bridge|building|roof|rooftop|cliff|balcony|ledge|tower|overpass|train|tracks|bus|car|truck|lorry|traffic|window|parking garage|car park|motorway|highway|skyscraper)',
    },
    {
      id: 'step-in-front',
      severity: 'high',
      pattern:
        '(?:step(?:s|ped|ping)?|throw(?:ing)? myself|threw myself|lie down|lay down|lying down) (?:in front of|onto|under) (?:a |the |an |oncoming )?(?:train|bus|car|truck|lorry|traffic|tracks)|walk(?:s|ed|ing)? (?:out )?into (?:oncoming )?traffic|(?:driv(?:e|ing)|drove) (?:my car )?(?:off|into) (?:a |the )?(?:cliff|bridge|wall|tree|river|lake|oncoming traffic)',
    },
    { id: 'hang-myself', severity: 'high', pattern: `(?:hang(?:s|ed|ing)?|hung) ${MYSELF}` },
    { id: 'noose', severity: 'medium', pattern: 'noose' },
    {
      id: 'shoot-myself',
      severity: 'high',
      pattern: `shoot(?:ing|s)? ${MYSELF}|shot ${MYSELF}|bl[eo]w(?:ing)? my brains out|bullet (?:in|to|through|into) my (?:head|brain|mouth|temple)|gun in my mouth|put a (?:gun|bullet) (?:to|in|through) my (?:head|brain|mouth|temple)`,
    },
    {
      id: 'off-myself',
      severity: 'high',
      pattern: `(?:to|gonna|going to|ill|i will|might|could|should|about|of|just|wanna|want to) (?:off|top)(?:ping|ing|ped)? ${MYSELF}(?! (?:up|off|the|a)\\b)|do(?:ing)? ${MYSELF} in(?! \\w)`,
    },
    {
      id: 'plan',
      severity: 'medium',
      pattern:
        '(?:have|got|made|making|make|working on|finished|wrote) (?:a |my |the )?plan (?:to|for) (?:end|kill|die|do it|go through)|(?:decided|know|figured out|worked out|planned|planning) (?:how|when|where) (?:im |i am |i will |ill |i )?(?:going to |gonna )?(?:do it|end it|die)',
    },

    // --- Goodbyes and warning signs ------------------------------------------------------------
    {
      id: 'farewell',
      severity: 'high',
      pattern: `this is (?:my )?(?:${GOODBYE}|farewell)(?! for now\\b)|${GOODBYE} (?:forever|for ever|cruel world|world)|farewell (?:forever|cruel world|world)|(?:${GOODBYE}|farewell) (?:note|letter)`,
    },
    {
      id: 'farewell-indirect',
      severity: 'medium',
      pattern: `(?:my|a) (?:final|last) (?:${GOODBYE}|farewell)|by the time (?:you|anyone|someone|they|u) (?:read|see|get|find|open)s? this|(?:you|u|youll|you will) (?:never|not|wont) (?:hear from|see) me again|(?:last|final) (?:message|words|letter|text) (?:from me|ever)|this is (?:my )?(?:last|final) (?:message|text|post|words?)|(?:ill|i will) (?:be gone|not be (?:here|around|alive)) (?:forever|for good)|(?:after|when|once) ${IM} (?:gone|dead|not here|not around|no longer here|no longer around)(?! (?:on|for|to|away|from|out|shopping|abroad|home|back|at|the|this|next|in|over)\\b)`,
    },
    {
      id: 'wont-be-around',
      severity: 'high',
      pattern: `${WONT} be (?:around|here|alive|living) (?:much longer|for (?:much |very )?long(?:er)?|very long|much more|by (?:tomorrow|tonight|the (?:weekend|morning|end of the week)|next week))`,
    },
    { id: 'wont-be-around-anymore', severity: 'medium', pattern: `${WONT} be (?:around|here|alive) ${ANYMORE}` },
    {
      id: 'giving-away',
      severity: 'medium',
      pattern:
        '(?:giv(?:e|es|ing)|gave|given) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions) away|(?:giv(?:e|es|ing)|gave|given) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|pets?|cat|dog|clothes|books)',
    },
    {
      id: 'burden',
      severity: 'medium',
      pattern: `(?:${IM}|i feel like|feel like|feeling like|ive become|i have become|being|i was born) (?:such |just |only |nothing but |a huge |a big |a massive |always |so )*a burden(?! to myself\\b)`,
    },
    {
      id: 'nobody-would-care',
      severity: 'medium',
      pattern:
        '(?:no ?one|nobody|no body|noone) (?:would|will|d|is going to|gonna) (?:even |really )?(?:miss me|care if i(?:m| was| were)? (?:gone|died|dead|disappeared|wasnt here|werent here|not here|not around)|notice if i(?:m| was| were)? (?:gone|died|dead|disappeared|wasnt here|werent here|not here|not around)|mind if i (?:died|was gone|disappeared))',
    },
    { id: 'ctb', severity: 'medium', pattern: 'ctb' },
    {
      id: 'kys',
      severity: 'medium',
      pattern: 'k+y+s+|k[iy]*l+ (?:yo)?ur ?self|k[iy]*l+ urself|go (?:and )?(?:die|kill yourself)|drink bleach',
    },
  ],
  combinations: [
    {
      id: 'hopelessness-and-death',
      severity: 'medium',
      allOf: [
        `hopeless(?:ness)?|no hope|lost (?:all )?hope|no point|whats the point|pointless|no future|no way out|(?:give|giving|gave|given) up(?! on (?:sugar|coffee|smoking|drinking|meat|carbs|alcohol|chocolate|the|that|this)\\b)|worthless|trapped|a burden|nothing (?:matters|left|will (?:ever )?change|gets better)|${CANT} (?:cope|go on|keep going|do this|take (?:it|this)|handle (?:it|this|life)|face (?:it|this|anything))|tired of (?:everything|it all|trying|fighting|being me)|never (?:get|going to get|gonna get) better|${WONT} (?:ever )?get better|hate my life|hate myself`,
        `${DIE}|dying|dead|death|grave|not (?:be )?(?:here|around) ${ANYMORE}|sle+p forever|never wake up|end (?:it|everything|things|my life)|ending (?:it|everything|things)|gone forever|cease to exist|stop existing|not exist|disappear|vanish|want (?:it|this|it all|everything) to (?:stop|end|be over)`,
      ],
    },
  ],
  safeContexts: [
    {
      id: 'object-died',
      pattern:
        '(?:phone|battery|laptop|computer|tablet|ipad|iphone|android|car|engine|printer|plants?|flowers?|internet|wifi|wi fi|router|tv|remote|mouse|keyboard|charger|headphones|earbuds|airpods|torch|flashlight|light ?bulb|bulb|watch|conversation|chat|party|town|city|bar|club|market|mood|joke|meme|trend|hard drive|drive|server|app|game|console|controller|fire|signal|line|succulent|cactus|basil|garden|lawn|grass|crops|pen|speaker|mic|microphone)(?: (?:is|was|has|had|have|just|totally|completely|finally|went|s|battery|keeps|kept|always|already|literally|basically|now|then|also|got|gone|all|so|about to|going to|gonna|pretty much))* (?:died|dies|dying|dead|die)',
    },
    {
      id: 'laughing-boredom',
      pattern:
        '(?:died|dying|die|dead|deceased) (?:of |from |with )?(?:laughing|laughter|laughin|lol|lmao|cringe|embarrassment|boredom|curiosity|hunger|thirst|heat|cuteness)|(?:(?:almost|nearly|could have|couldve|could|wanted to|want to|wanna|gonna|going to|was going to|will|would) )?die (?:of|from) (?:embarrassment|boredom|laughter|laughing|cringe|curiosity|hunger|thirst|heat|cuteness)|(?:im|i m|i am) (?:literally |actually |so |fully |dead )*(?:dead|deceased|dying) (?:lol|lmao|lmfao|haha\\w*|rofl|x+d)',
    },
    {
      id: 'die-idioms',
      pattern:
        'to die for|dying to (?:know|see|meet|try|go|hear|get|have|tell|find out|read|watch|visit|eat|taste|ask|talk|show)|dying for (?:a |an |some |the |my )?(?:coffee|tea|drink|beer|wine|snack|nap|holiday|vacation|break|cigarette|smoke|pizza|burger|food|bite|sleep|rest|shower|pee|wee|chance|weekend|friday|summer)|do or die|die ?hard(?: fans?)?|never say die|die is cast|(?:scared|frightened|terrified|worried|sick|freezing|starving|tickled|loved|annoyed|stressed|talked|beaten|bored|worked|bore) (?:me |him |her |them |us |you )?to death|death by (?:chocolate|powerpoint|meetings?|a thousand cuts)|death (?:metal|star|stranding|note|stare|grip)|sudden death|near death experience|grim reaper|dying (?:art|breed|light|language|trend|star|embers)',
    },
    {
      id: 'dye-typo',
      pattern: `(?:${WANT_TO} |going to |gonna |will |to )?d[iy]e(?:d|ing)? (?:my|her|his|their|your|the) (?:hair|beard|eyebrows|roots|clothes|shirt|jeans|fringe|tips)`,
    },
    {
      id: 'dead-idioms',
      pattern:
        'dead (?:tired|beat|serious|seriously|sure|certain|on|wrong|right|end|ends|set|last|center|centre|heat|weight|silence|quiet|easy|simple|good|funny|boring|bored|busy|slow|broke|cheap|ringer|giveaway|zone|line|battery|air|ahead|straight|asleep|cold|calm|still|lucky|gorgeous|loss|spot|stop|pixels?|skin|leaves|wood|bolt|reckoning|drunk)|drop dead (?:gorgeous|beautiful|handsome|sexy|stunning)|(?:flog|flogging|beat|beating) a dead horse|dead (?:to|on) (?:the )?world|walking dead|dead mans|dead poets?|grateful dead|dead or alive|red dead|dead space|dead by daylight|dead ?pool|dead sea|day of the dead|over my dead body|(?:knock|knocked|knocks) (?:em|them|\\w+) dead|stone dead|dead to me',
    },
    {
      id: 'kill-idioms',
      pattern:
        'k[iy]*l+(?:ed|ing|s)? (?:it|time|the (?:lights?|engine|mood|vibe|game|music|power|conversation|app|process|bug|task|bottle)|two birds)|(?:could|would|d) kill for|killer (?:app|feature|deal|workout|heels|look|outfit|song|view|smile|idea|combo|instinct|queen|sudoku)|dressed to kill|kill(?:ed|ing)? (?:\\w+ )?with kindness|kill ?joy|k[iy]*l+ing me(?! ?s[ea]?l+f)',
    },
    {
      id: 'killing-myself-overwork',
      pattern: `(?:ive been|i have been|been|im|i am|was|i was|were|keep|kept) k[iy]*l+ing ${MYSELF} (?:trying to|to (?:finish|get|meet|make|keep up|hit|please|pass|study)|(?:at|for) (?:work|the gym|the office|practice|training|school|uni|university|college|this job|my job|this project)(?! (?:today|tonight|tomorrow|this|on|when|after|before|with)\\b)|over (?:this|that|the|my) (?:project|report|deadline|essay|assignment|exam|thesis|work|job)|working|studying)`,
    },
    {
      id: 'accidental-injury',
      pattern: `(?:^|i|ive|i have|i had) (?:just |accidentally |accidently |kind of |sort of |really |badly |totally )*(?:cut|burn(?:ed|t)?|hurt|injured|scratched|stabbed) (?:${MYSELF}|my (?:finger|fingers|thumb|hand|arm|leg|knee|foot|toe|back|ankle|head|lip|chin|face|shoulder|elbow|neck)) (?:(?!not\\b|again\\b|deliberately\\b|intentionally\\b|purposely\\b|on purpose\\b)\\w+ ){0,2}(?:by accident|accidentally|shaving|cooking|chopping|slicing|baking|ironing|gardening|while (?:cooking|shaving|chopping|cutting|gardening|working|playing|running|baking|ironing|climbing|cleaning)|on (?:a|the) (?:knife|nail|glass|stove|oven|pan|iron|kettle|tin|can|paper|fence|door|table|grill|hob)|at (?:the gym|football|practice|training)|playing|running|lifting|skiing|climbing|falling|when i fell|in the kitchen)|(?:accidentally|accidently|by accident) (?:cut|burn(?:ed|t)?|hurt|injured|scratched) (?:${MYSELF}|my (?:finger|fingers|thumb|hand|knee|foot|toe|back|ankle|head|lip|chin|face))`,
    },
    {
      id: 'suicide-idioms',
      pattern:
        's[uiy]{1,3}[cs]{1,2}[iy]{0,2}de (?:squad|doors?|squeeze|sprints?|drills?|runs?|lane|king|bombers?|bombings?|attacks?|missions?|blonde|silence|wings)|(?:career|political|social|commercial|electoral|financial|fashion) s[uiy]{1,3}[cs]{1,2}[iy]{0,2}de',
    },
    {
      id: 'cut-contexts',
      pattern:
        'cut(?:ting|s)? (?:back|down|out|off|in|corners|ties|class|classes|school|carbs|sugar|costs?|calories|coupons|loose|a deal|it close|the (?:cake|grass|lawn|hedge|cord|crap|line|queue|mustard|bread)|my (?:hair|nails|fringe|bangs|beard|losses|hours|spending|budget|toenails|fingernails)|(?:his|her|their|our|your) (?:hair|nails)|onions?|vegetables|veggies|veg|fruit|meat|bread|fabric|paper|wood|grass|hair)',
    },
    {
      id: 'overdose-idioms',
      pattern:
        '(?:overdos(?:e|ed|ing)|od(?:ed|d|ing)?) on (?:caffeine|coffee|sugar|chocolate|candy|sweets|netflix|tv|carbs|cake|pizza|cookies|cheese|memes|tiktok|youtube|social media|junk food|ice cream|christmas|cuteness|love|work|nostalgia)|(?:caffeine|sugar|vitamin|cuteness|information|data|nostalgia) overdose',
    },
    {
      id: 'self-delete-tech',
      pattern:
        'self ?delet(?:e|ed|es|ing)(?: \\w+)? (?:messages?|texts?|tweets?|posts?|emails?|photos?|pictures?|files?|chats?|stories|story|timer|feature|setting|option)',
    },
  ],
  negation: {
    cues: '(?:not|never|no|no longer|nor|dont|do not|didnt|did not|doesnt|does not|wont|will not|wouldnt|would not|cant|cannot|can not|couldnt|could not|shouldnt|should not|isnt|is not|arent|are not|wasnt|was not|aint|havent|have not|hardly|without|zero)',
    fillers:
      '(?:really|ever|actually|even|at all|seriously|honestly|currently|right now|now|anymore|any more|going to|gonna|goin to|want to|wanna|wanting to|plan(?:ning)? (?:to|on)|plans? to|intend(?:ing)? to|try(?:ing)? to|about to|think(?:ing)? (?:of|about)|thought (?:of|about)|thoughts? (?:of|about)|consider(?:ing)?|feel(?:ing)?|like|be|been|being|become|becoming|a|an|any|that|so|very|too|to|of|about|do|did|have|having|get|getting|ever going to|some|the|this|in|kind of|sort of|person|would|will|could|should|might|at risk of|risk of|urges? to|desire to|intention (?:to|of)|intentions (?:to|of))',
  },
};
