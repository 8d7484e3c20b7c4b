import type { CrisisLexicon } from '../crisis-types.js';

/**
 * English crisis language, as data. Patterns are regex sources matched against normalised text
 * (see `normaliseCrisisText` in ../crisis-detector.ts): lower case, no accents, no apostrophes
 * ("don't" → "dont"), punctuation and emoji as spaces, sentence ends as ` | ` (never crossed),
 * repeated letters tried as two and as one, leetspeak tried as letters, typos of the `vocabulary`
 * words tried as those words. Write patterns in lower case with single spaces between words.
 *
 * Rules of thumb (missing a real crisis is far worse than a false alarm):
 * - A pattern that carries its own negation ("dont want to live") must START with it, so the
 *   negation check does not read it as a denial.
 * - `safeContexts` hide only what lies entirely inside them: keep them specific collocations.
 * - Severity follows the clinical rubric in ../crisis-types.ts (`RiskLevel`).
 */

const MYSELF = '(?:m[iy]|me) ?(?:s[ea]?l+f|slef|sefl|slf|sel)';
const KILL = 'k[iy]*l+(?:[iy]ng?|in|ed|s)?';
const TOOK = '(?:t[ao]+k(?:e|es|ing|en)?|tok|took|swallow(?:s|ed|ing)?|swalowed|down(?:ed|ing)?|popp?(?:ed|ing)?|pop|neck(?:ed|ing)?|ate|eaten|had|chugg?(?:ed|ing)?|drank|drunk|necked|snorted|injected|shot up)';
const DONT = '(?:dont|do not|dnt|didnt|did not)';
const CANT = '(?:cant|cannot|can not|cnt|carnt|couldnt|could not)';
const WONT = '(?:wont|will not|wil not|not going to|not gonna)';
const WANT_TO = '(?:(?:want(?:ed|s)?|wnt|wan|wnat|wamt|whant) (?:to|2|too|t|ta)|wan+a|wantto|wana)';
const ADVERBS =
  '(?:(?:just|really|simply|literally|honestly|actually|truly|genuinely|seriously|fucking|fking|freaking|effing|so|kinda|kind of|sort of|already|finally|quietly|peacefully|badly|still|only|all) )*';
const IM = '(?:im|i am|i m)';
const ANYMORE = '(?:any ?more|any longer|no more|no longer)';
const DIE = 'd[iy]+e';
const GOODBYE = 'go+d ?by+e?';
/** "I'm going to", "gonna", "about to", "ready to"… */
const INTENT =
  '(?:(?:im |i am |i m |i )?(?:(?:really |actually |seriously |definitely |finally )?(?:going to|goin to|goin|gonna|gna|gunna|about to|abt to|planning to|planning on|plan to|ready to|decided to|deciding to|determined to|will|gonna go|finna)|ima|imma|ill|i will|i shall))';
/** Generic drug names nobody listed, by their pharmacological suffix (citalopram, lisinopril, gliclazide, quetiapine). */
const DRUG_SUFFIX =
  '[a-z]{3,}(?:azepam|azolam|zolam|oxetine|uloxetine|apine|iapine|etine|ipramine|triptyline|azodone|codone|morphone|statin|formin|clazide|thiazide|sartan|olol|opril|april|ipril|profen|barbital|idone|lafaxine|talopram|lamide|tidine|prazole|semide|trigine|proate|thiazine|azine(?<!magazine))';
const DRUG_NAME =
  '(?:' + DRUG_SUFFIX + '|sleeping (?:pills|tablets)|adderall|ritalin|propranolol|beta blockers|cough syrup|nyquil|dxm|robitussin|tylenol pm|advil pm|zzzquil|unisom|doxylamine|promethazine|phenergan|naproxen|aleve|excedrin|lamotrigine|lamictal|depakote|valproate|olanzapine|zyprexa|risperidone|abilify|aripiprazole|clonidine|hydroxyzine|atarax|temazepam|xanies|xannies|bars|vicodin|dilaudid|suboxone|ketamine|mdma|cocaine|coke|meth|sleepers|my script|my prescription|antihistamines|sedatives|tranquilli[sz]ers|laxatives|iron tablets|iron pills|blood pressure (?:pills|meds|tablets)|heart (?:pills|meds)|pain ?killers|pain (?:pills|meds)|paracetamol|acetaminophen|tylenol|panadol|ibuprofen|advil|nurofen|aspirin|benadryl|diphenhydramine|nytol|xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|ambien|zolpidem|zopiclone|seroquel|quetiapine|lithium|sertraline|zoloft|prozac|fluoxetine|citalopram|lexapro|escitalopram|venlafaxine|effexor|amitriptyline|mirtazapine|trazodone|wellbutrin|bupropion|gabapentin|pregabalin|lyrica|oxycodone|oxycontin|oxy|percocet|vicodin|hydrocodone|tramadol|codeine|co ?codamol|morphine|methadone|fentanyl|heroin|insulin|melatonin|antidepressants|anti depressants|benzos|opioids|opiates|antipsychotics|meds|medication|medications|medicine|pills|tablets|capsules|caps|tablet|pill)';
const DRUG = `(?:my |the |those |these |his |her |all my |all the |of my |of the |some |a few |a bunch of |a load of |all of my |all of the )?${DRUG_NAME}`;
const NUMBER_WORD = '(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|hundred|dozens|a dozen|loads|tons|heaps)';
const QUANTITY = `(?:like |about |around |maybe |over |almost |nearly |at least |more than |roughly |approx |some )?(?:[1-9]\\d+|[6-9]|${NUMBER_WORD})(?: or (?:so|more|\\d+))?`;
const POISON = '(?:rubbing alcohol|isopropyl|mouthwash|windscreen wash|washer fluid|oven cleaner|toilet cleaner|bleach|antifreeze|anti freeze|drain cleaner|rat poison|poison|weed ?killer|pesticide|chlorine|lighter fluid|paint thinner|lye|ammonia|detergent|hand sanitiser|hand sanitizer|cyanide)';
const ALCOHOL = '(?:vodka|alcohol|booze|wine|whiskey|whisky|gin|rum|tequila|beer|liquor|spirits|drink|a bottle|jack)';
const HARM_VERB =
  '(?:hurt(?:s|ing)?|harm(?:s|ed|ing)?|cut(?:s|ting)?|burn(?:s|ed|t|ing)?|stab(?:s|bed|bing)?|knif(?:e|es|ed|ing)|injur(?:e|es|ed|ing)|mutilat(?:e|es|ed|ing)|poison(?:s|ed|ing)?|drown(?:s|ed|ing)?|strangl(?:e|es|ed|ing)|suffocat(?:e|es|ed|ing)|chok(?:e|es|ed|ing)|bleed(?:s|ing)?|bled|punish(?:es|ed|ing)?)';
const BODY = '(?:wrists?|arms?|forearms?|thighs?|legs?|skin|veins?|throat|stomach|belly|hips?|hands?|chest|ankles?|wrist|body)';
const SH = '(?:sh|s h|self ?harm|selfharm)';
const SUICIDE = 's[uiy]{1,3}[cs]{1,2}[iy]{0,2}d(?:e|es|al|ally|ality|ial|el|ed|ing)?';
const DEATH_WORDS = `(?:${DIE}|dying|dead|death|be gone|not (?:be )?(?:here|around|alive))`;
const GO_WORDS = '(?:die|dying|kill (?:myself|yourself|urself|oneself|someone|u|you)|end (?:it|my life|your life|things|it all|everything)|commit suicide|suicide|do it|check out|od|overdose|go|unalive)';

export const ENGLISH_CRISIS_LEXICON: CrisisLexicon = {
  locale: 'en',
  version: 'en-2026.12.28',
  patterns: [
    // --- Direct suicide language -------------------------------------------------------------------
    { id: 'suicide', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: SUICIDE },
    {
      id: 'suicide-algospeak',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern:
        'sewer ?s?lid(?:e|es|ing)|s[o]{2,}icide|suwuicide|sue ?icide|su1c1de|commit(?:ting|ted)? (?:sudoku|toaster bath|die|not alive|self ?delete)|toaster bath|s word',
    },
    { id: 'unalive', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: 'un ?aliv(?:e|es|ed|ing|ng)' },
    { id: 'self-delete', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: `self ?delet(?:e|es|ed|ing|ion)|delet(?:e|ing) ${MYSELF}|(?:log|logging) off (?:permanently|for good|forever|from life)` },
    {
      id: 'kms',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      // Not kilometres: "ran 10 kms", "a few kms away".
      pattern: '(?<!(?:[0-9]|[0-9] |few |many |several |some |more |the |of |couple ))k+m+s+(?! (?:away|from|north|south|east|west|long|per|an hour|of|to go|left)\\b)',
    },
    { id: 'kill-myself', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: `${KILL} ?${MYSELF}|${KILL} (?:meself|mesel)|k+y+s+ (?:${MYSELF}|meself)` },
    {
      id: 'end-my-life',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `end(?:ing|ed|s)? (?:my|me|my own) (?:life|lyfe|lyf|lief|lfe|existence|time here)|(?:im|i am|i m|ill|i will) (?:finally |just |really |definitely )?end(?:ing)? (?:it|things|everything|my life)(?! (?:with|between|early|for (?:now|today|the)|on|there|here|off|at|now with)\\b)|end(?:ing)? ${MYSELF}|end(?:ing)? (?:it|things) (?:for good|forever|permanently|once and for al+)`,
    },
    {
      id: 'end-it-all',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern:
        'end(?:ing|ed|s)? (?:it|this|things) al+|end(?:ing)? (?:it|things|it al+) (?:for good|forever|once and for al+|tonight|today|now)|end(?:ing)? everything(?! (?:with|between|on|at)\\b)',
    },
    {
      id: 'end-it',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:want|wanna|going|gonna|ready|plan(?:ning)?|decided|deciding|need|about|time) to end (?:it|things)(?! (?:with|between|for now|for today|on a|on|early|there|here|off|at)\\b)|(?:thinking|thought|think) (?:about|of) ending (?:it|things|everything)(?! (?:with|between)\\b)|(?:could|should|might as well|may as well) (?:just )?end (?:it|things|everything|it all)(?! (?:with|between|early|for now|there|here)\\b)',
    },
    {
      id: 'take-my-life',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern:
        't[ao]+k(?:e|es|ing|en)? (?:my|me) own life|t[ao]+k(?:e|es|ing|en)? (?:my|me) life(?! (?:back|in(?:to)? my (?:own )?hands|seriously|for granted|to the next level|in a new direction|one day at a time)\\b)',
    },
    {
      id: 'want-to-die',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:${WANT_TO}|wanting to|want(?:s|ed)? ta) ${ADVERBS}(?:${DIE}|be dead|b dead|stop (?:living|existing|being alive)|not (?:be )?(?:alive|exist|live)|cease to exist|go to sleep forever|be done with (?:life|living|it all))(?! (?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe|shame)\\b)|i wan+a d[iy]+e`,
    },
    {
      id: 'deserve-to-die',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `i (?:should|shoud|need to|deserve to|ought to|have to|might as well|may as well) ${ADVERBS}(?:${DIE}|be dead|not be alive|not exist|${KILL} ${MYSELF})|i (?:shouldnt|should not) (?:even |still )?(?:be alive|exist|have been born|be here any ?more)|(?:dont|do not) deserve to (?:live|be alive|exist)`,
    },
    {
      id: 'thinking-of-suicide',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:thinking|thought|thoughts|think|dreaming|dream|dreams|fantasi[sz]ing|fantasi[sz]e|obsess(?:ing|ed)?|daydream(?:ing)?) (?:about|of) (?:is |are |was )?(?:${DIE}|dying|death|being dead|not being alive|not existing|my death|my (?:own )?funeral|ending it|ending things|not waking up|disappearing forever)(?! (?:of|from) (?:embarrassment|laughter|boredom)\\b)`,
    },

    // --- Passive ideation ---------------------------------------------------------------------------
    {
      id: 'wish-dead',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `wish(?:ing|ed|es)? (?:i|id) (?:could |would |had |were |was |have |just |been |had just |could just |would just )*(?:${DIE}|died|dead|be dead|never (?:been )?born|never existed|not exist|didnt exist|wasnt alive|werent alive|wasnt born|werent born|stop existing|disappear forever|wake up dead|not wake up|never wake up|go to sleep (?:forever|and not wake up))|wish (?:i|id) (?:was|were) (?:never )?(?:gone|dead)|(?:i )?wish (?:it|death) would (?:come|take me|just happen)|wish(?:ing)? for death`,
    },
    {
      id: 'better-off-dead',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        'bet+er of+ (?:dead|gone|not (?:alive|here|existing|around))|bet+er of+ (?:without|w o|wo) me|bet+er of+ if i (?:was|were|wasnt|werent|had|died|disappeared|didnt|never|just)|(?:better(?: of+)?|happier|easier|fine|relieved|lighter|free) (?:without me|if i (?:was|were|wasnt|werent) (?:gone|dead|here|around|alive|never born)|if i died|if i disappeared|when im gone|once im gone|with me gone)',
    },
    {
      id: 'hope-i-die',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `hop(?:e|es|ing) (?:that )?i ${ADVERBS}(?:${DIE}|dont wake up|do not wake up|never wake up|wont wake up|dont make it through|get hit by|crash)|(?:hope|wish|praying|pray) (?:a |that a )?(?:car|bus|truck|train) (?:hits|would hit|runs over) me`,
    },
    {
      id: 'never-wake-up',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:sle+p|go to sle+p|fal+ asle+p) (?:and|n) (?:just )?(?:never|not) wake up|never wake up again|(?:wish|hope) i (?:dont|wont|wouldnt|didnt|never|could not|couldnt) wake up|never want to wake up|dont want to wake up(?! (?:early|at|before|so early|for (?:work|school|class)|on time|tomorrow (?:morning|for))\\b)',
    },
    {
      id: 'sleep-forever',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: '(?:want|wanna|wish i could|just want|need) (?:to )?(?:just )?(?:go to )?sle+p forever|(?:sle+p|rest) forever and never',
    },
    {
      id: 'rather-be-dead',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:id|i would|i d) rather (?:be dead|${DIE}|not (?:be alive|exist|live|be here|wake up))(?! than)|rather (?:be dead|${DIE}) than (?:live|go on|feel|be)`,
    },
    {
      id: 'dont-want-to-live',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `${DONT} ${ADVERBS}${WANT_TO} ${ADVERBS}(?:live|be alive|exist|go on|keep (?:living|going|existing)|carry on|stay alive|be (?:here|around) ${ANYMORE}|be on this (?:earth|planet)|be in this world|wake up ${ANYMORE}|do (?:this|life) ${ANYMORE}|be here)(?! (?:here|there|with|in|at|near|together|abroad|alone|like|anywhere|by|on|under|next|close|far|without|the|a|an|my|our|holiday|vacation|trip|tour|date|this|that|these|those|it|stage|tv|air|forever|to|past|beyond|through|for)\\b)`,
    },
    {
      id: 'dont-want-to-be-here',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `${DONT} ${WANT_TO} ${ADVERBS}be (?:here|around|alive)(?! (?:at|in (?!this world)|on (?!this (?:earth|planet))|with|for|during|while|today|tonight|right now)\\b)`,
    },
    {
      id: 'unsure-want-to-live',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:not sure|unsure|dont know|do not know|dunno|no idea) (?:if |whether |that |why )?i (?:still |even |really )*(?:want|wanna|can|should) (?:to )?(?:live|be alive|go on|keep going|keep living|be here|exist|stay alive)',
    },
    {
      id: 'disappear-forever',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        'disappear(?:ed|ing)? (?:forever|for good|permanently|and never come back|off the face of the earth)|i (?:want to |wanna |just |could |would like to )*(?:stop|cease) (?:to )?exist(?:ing)?|not exist(?:ing)? any ?more|wish i (?:could )?(?:just )?(?:vanish|disappear|evaporate|fade away)|(?:fall|fade) asleep (?:and|n) (?:just )?(?:disappear|not come back)',
    },
    {
      id: 'burden',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:${IM}|i feel like|feel like|feeling like|ive become|i have become|being|i was born|i am just) (?:such |just |only |nothing but |a huge |a big |a massive |always |so )*a burden(?! to myself\\b)(?: (?:to|on) (?:everyone|everybody|my family|all|them|the world))?`,
    },
    {
      id: 'nobody-would-care',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:no ?one|nobody|no body|noone|not a single person|no one at all) (?:would|will|d|is going to|gonna) (?:even |really )?(?:miss me|car(?:e)? if i(?:m| was| were)? (?:gone|died|dead|disappeared|wasnt here|werent here|not here|not around)|notice if i(?:m| was| were)? (?:gone|died|dead|disappeared|wasnt here|werent here|not here|not around)|mind if i (?:died|was gone|disappeared)|come to my funeral)',
    },

    // --- Hopelessness about living ------------------------------------------------------------------
    {
      id: 'no-reason-to-live',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:no|out of|run out of|ran out of|running out of|zero) (?:reasons?|point|purpose|will) (?:for me |left )?(?:in |to |2 |of |for )?(?:liv(?:e|ing)(?! (?:in|like|with|here|there|near|at|on|alone|together)\\b)|go(?:ing)? on|being alive|be alive|be here|exist(?:ing)?|carry(?:ing)? on(?! with (?!(?:life|living|this life|it all|everything)\\b))|life|stay(?:ing)? alive|wake up|keep going)|nothing (?:left )?to live for|(?:nothing|no ?one|nobody) (?:left )?(?:to|worth) (?:live|living|stay|staying|stick around) for|life (?:is not|isnt|aint|not|is no longer|no longer|will never be|isnt ever going to be) worth (?:living|it)|(?:not|no longer|isnt|never) worth living|(?:my life|living|life|existing|being alive|everything) (?:is|feels|seems|has become|is just) (?:so |completely |totally |utterly |honestly )?(?:pointless|meaningless|worthless|not worth it|a waste(?: of (?:time|space))?|over)(?! (?:for today|lol|haha)\\b)|nothing (?:left )?for me (?:here|anymore|in this world|in this life|to live for)|(?:dont|do not|cant|cannot|can not) (?:see|picture|imagine) (?:myself|me|a future where i(?:m| am)?) (?:being |still )?(?:alive|here|around|living|existing|making it)|(?:dont|do not|cant) see how i (?:can|could|will|am going to|m going to) (?:live|keep living|go on|survive|carry on|keep going|get through)|why (?:would|should|do|bother|even) (?:i )?(?:keep|go on|carry on|bother|stay|continue) (?:living|being alive|existing|going|to live|alive|breathing)',
    },
    {
      id: 'point-of-living',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:whats|what s|what is) (?:even )?the point (?:of|in) (?:living|life|being alive|going on|existing|carrying on|staying alive|me|anything|it all|trying|waking up)|(?:dont|do not|cant|cannot|no longer) see (?:the |any |a )?point (?:in|of|to) (?:living|life|being alive|going on|existing|carrying on|staying alive|anything)',
    },
    {
      id: 'will-to-live',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: 'no (?:will|desire|wish) to live|los(?:t|e|ing) (?:the|my|all|any) (?:will|desire|reason|motivation) to (?:live|keep living|go on)',
    },
    {
      id: 'tired-of-living',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:tired|sick|exhausted|weary) of (?:living|being alive|existing|life|this life|being here|waking up|breathing|fighting (?:to stay alive|to live|for my life|to keep going|myself))|done (?:with life|with living|living|existing|with (?:my )?life|being alive|with everything|with this world|with it all)|over (?:living|existing|being alive)|finished with (?:life|living)',
    },
    {
      id: 'give-up-on-life',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:giv(?:e|es|ing)|gave|given) up on (?:life|living|everything|myself|me|my life|the world|existing|staying alive|the future|ever being happy)|(?:giv(?:e|ing)|gave) up (?:the fight|fighting)(?! (?:for|against|over)\\b)|made (?:my )?peace with (?:dying|death|(?:not|never) waking up|leaving|going|it all ending|not being here)|(?:ready|prepared) to (?:let go|give up)(?! of\\b)',
    },
    {
      id: 'cant-go-on',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `${CANT} (?:go on|carry on|keep going|do this|keep living|live like this|keep doing this)(?: ${ANYMORE}| like this)?(?! (?:a|an|the|my|our|your|his|her|their|holiday|holidays|vacation|trip|tour|stage|leave|break|air|tv|camera|record|line|site|it|that|this|to|with (?:the|my|our)|about|at|for|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in|and on|like (?:that|normal)|job|course|assignment|project|work|homework|math|maths|diet|exam|test|level|game|puzzle|alone at work|by myself (?:at|with)|without (?:coffee|help|caffeine|a break))\\b)`,
    },
    {
      id: 'cant-take-it-anymore',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `${CANT} (?:do|take|handle|bear|stand|cope with|deal with|survive) (?:it|this|any of (?:it|this)|life|living|everything|the pain|this pain|being alive|another day) ${ANYMORE}|${CANT} cope ${ANYMORE}|${CANT} (?:take|bear|handle) (?:much )?more of (?:this|life|living)`,
    },
    {
      id: 'want-it-to-end',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:want|wanted|need|needs|wish|make|just want) (?:it all|everything|the pain|this pain|all (?:of )?this|all (?:of )?it|life|my life|the suffering|this suffering|it) to (?:stop|end|be over|go away)(?! (?:for (?:a|the) (?:bit|while|night|day|moment)|so i can|already i|(?:in|from|on) (?:my|the|his|her) (?:back|head|neck|knees?|tooth|teeth|legs?|shoulders?|stomach|hips?|foot|feet|arms?|ears?|jaw|chest|period|periods))\\b)',
    },
    {
      id: 'hopeless-statements',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:${IM}|i feel|i felt|feeling|i (?:just )?(?:am|was)|i have become|ive become|i have been|ive been) (?:so |completely |totally |utterly |really |just |beyond |very |pretty )?(?:hopeless|without (?:any )?hope|past (?:helping|saving|help))(?! (?:at|with|about|when it comes to)\\b)|(?:ive |i have |i )?(?:giv(?:e|en|ing)|gave) up (?:on )?(?:everything|trying|getting better|ever getting better|recovery|recovering|hope|all hope|on it all|it all)(?! (?:for (?:lent|now|today|the)|to)\\b)|(?:nothing|it|things|life|my life) (?:will|is going to|s going to|is gonna|is ever going to|will ever|is never going to|will never|is never gonna)(?: ever)? (?:change|get better|improve|be (?:any )?different|be okay|be ok)(?! (?:at|about|until|in|if|unless|with (?:the|this|that|my) (?:job|boss|team|car|house|flat|landlord|council))\\b)|(?:${DONT}|${CANT}|no longer) see (?:a |any |my )?(?:future|way (?:out|forward|through)|light at the end)(?: for me)?(?! (?:in|with|for) (?:this|that|the|my) (?:job|relationship|course|plan|company|team|project)\\b)|(?:${IM}|i am) done trying|done (?:trying|fighting)(?: to (?:get better|live|stay alive|keep going))?(?= \\||$| anymore| any more| now)|nothing (?:matters|will ever matter|ever matters)(?: (?:anymore|any more|to me|and never will))?(?= \\||$| and| anymore| any more)`,
    },
    {
      id: 'hopeless-self',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:${IM}|i am|i feel like|i feel|feeling like) (?:just |such |nothing but |only )?(?:a )?(?:waste of (?:space|oxygen|air|skin|a (?:life|person))|burden on (?:everyone|everybody|my family|the world))|(?:${CANT}|${CANT} even) cope with (?:anything|everything|life|any of it)(?: ${ANYMORE})?|${DONT} ${WANT_TO} (?:keep trying|try ${ANYMORE}|keep fighting|fight ${ANYMORE}|keep going|carry on|go on)(?! (?:with|at|to|and)\\b)|(?:there is|theres|there s|i see|i can see|i have|ive got|i got) no (?:way out|escape|way forward|hope)(?! (?:of|from) (?:the|this|that|my) (?:car park|carpark|building|room|maze|game|level|contract|deal|meeting|traffic|queue|job|course|lease|flat|house|estate|village|town)\\b)|(?:${IM}|i am|i feel) (?:so |completely |totally |just )?trapped(?: and|$| \\|)|(?:ive |i have |i )?lost (?:all |any )?hope(?! (?:in|for|that|of) (?:the|this|that|a|an|my (?:team|club|phone|car|job))\\b)|(?:just )?existing(?: and)? not (?:really )?living|${DONT} (?:think|feel like|know if|know whether) i ${WANT_TO} (?:be alive|live|be here|exist|keep living|go on|wake up)`,
    },
    {
      id: 'live-like-this',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:${DONT} ${WANT_TO}|${CANT}) (?:go on |keep )?liv(?:e|ing) like this`,
    },

    // --- Intent, plans, farewells -------------------------------------------------------------------
    {
      id: 'intent',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `${INTENT} ${ADVERBS}(?:${DIE}|${KILL} ?${MYSELF}|end (?:it(?: all)?|my life|things|everything|myself)|take my (?:own )?life|do it(?: tonight| today| this time| for real)|od|o d|overdose|jump (?:off|from|in front of|under)|hang ${MYSELF}|unalive|cut (?:again|tonight|myself|deep|deeper)|cut(?= \\||$)|off ${MYSELF}|top ${MYSELF}|neck ${MYSELF}|not be here (?:tomorrow|by|much longer|anymore)|be gone (?:tomorrow|by|soon|forever)|swallow (?:them|it|the|all|every))(?! (?:of|from|laughing|with laughter)\\b)`,
    },
    {
      id: 'plan',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern:
        '(?:have|got|made|making|make|working on|finished|wrote|written) (?:a |my |the )?plan (?:to|for|on how to) (?:end|kill|die|do it|go through|take my)|(?:decided|know|figured out|worked out|planned|planning|chosen|chose|picked) (?:how|when|where|the (?:day|date|time|place|way)) (?:im |i am |i will |ill |i )?(?:going to |gonna |to )?(?:do it|end it|die|kill myself)|(?:picked|chose|set|chosen) (?:a |the )?(?:date|day) (?:to|for when)|(?:i know|ive got) (?:exactly )?how (?:id|i would|im going to|i will|ill) do it',
    },
    {
      id: 'farewell',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `this is (?:my )?(?:${GOODBYE}|farewell|the end)(?! for now| of (?:the|my) (?:day|week|shift|road trip)\\b)|${GOODBYE} (?:forever|for ever|cruel world|world|everyone|every one|all|for good)|farewell (?:forever|cruel world|world|everyone)|(?:${GOODBYE}|farewell|suicide|last) (?:note|letter|video)|wr[io]te (?:a |my )?(?:letters?|notes?) (?:to|for) (?:everyone|my family|my (?:mom|mum|dad|kids|parents|sister|brother)) (?:for )?(?:when|after|before) im gone`,
    },
    {
      id: 'farewell-indirect',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:my|a) (?:final|last) (?:${GOODBYE}|farewell)|by the time (?:you|anyone|someone|they|u|my \\w+) (?:read|see|get|find|open)s? this|(?:you|u|youll|you will) (?:never|not|wont) (?:hear from|see) me again|(?:last|final) (?:message|words|letter|text) (?:from me|ever)|this is (?:my )?(?:last|final) (?:message|text|post|words?|day|night)|(?:ill|i will|i ll) (?:be gone|not be (?:here|around|alive)) (?:forever|for good|by (?:tomorrow|morning|then|the time))|(?:after|when|once) ${IM} (?:gone|dead|not here|not around|no longer here|no longer around)(?! (?:on|for|to|away|from|out|shopping|abroad|home|back|at|the|this|next|in|over)\\b)|(?:tell|let) (?:my \\w+|them|everyone) (?:i|that i) (?:love(?:d)? them|am sorry|m sorry)(?: for everything)? (?:when|after|once) im gone|(?:sorry|forgive me) for what im about to do|(?:wont|will not) (?:be|make it) (?:to|until) (?:tomorrow|the morning|morning|monday|my birthday|christmas|next week)`,
    },
    {
      id: 'wont-be-around',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `${WONT} be (?:around|here|alive|living) (?:much longer|for (?:much |very )?long(?:er)?|very long|much more|by (?:tomorrow|tonight|the (?:weekend|morning|end of the week)|next week)|tomorrow|after tonight)|(?:wont|will not|wont be) (?:a problem|a burden|bothering (?:anyone|you)) (?:much longer|for (?:much )?longer|after tonight|anymore)`,
    },
    { id: 'wont-be-around-anymore', category: 'passive_ideation', kind: 'thought', severity: 'medium', pattern: `${WONT} be (?:around|here|alive) ${ANYMORE}` },
    {
      id: 'giving-away',
      category: 'intent_plan',
      kind: 'act',
      severity: 'medium',
      pattern:
        '(?:giv(?:e|es|ing)|gave|given) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|possessions) away|(?:giv(?:e|es|ing)|gave|given) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions|pets?|cat|dog|clothes|books|guitar|games)|(?:found|finding|rehoming|rehomed) (?:a )?new homes? for my (?:pets?|cat|dog)(?: because| so)|(?:sorted|sorting|putting) my affairs in order|(?:wr[io]te|writing|updated|made) (?:my |a )?(?:will|testament) (?:just in case|because|so)',
    },

    // --- Means and methods ---------------------------------------------------------------------------
    {
      id: 'means-seeking',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:painless|pain free|easy|easiest|quick|quickest|fast|fastest|best|surest|sure|most effective|least painful|peaceful|peacefull|clean|cleanest|simple|simplest|guaranteed|reliable|foolproof|effective|good) (?:way|ways|method|methods|option|options|means) (?:to|of|for) (?:${GO_WORDS}|dying|suicide|killing (?:myself|yourself))|(?:how|best way) (?:to|do (?:i|you|u)|can (?:i|you|u)|could (?:i|you)) (?:${KILL} (?:${MYSELF}|yourself|urself|oneself)|commit suicide|tie a noose|hang (?:${MYSELF}|yourself|urself)|slit (?:my|your|ur) (?:wrists?|throat)|bleed out|od|overdose|end (?:it|my life|your life)|die (?:painlessly|quickly|in my sleep|without pain|fast)|unalive)|s[uiy]+cide (?:methods?|techniques?|kit|bag|instructions|guide)|methods? (?:of|for) s[uiy]+cide`,
    },
    {
      id: 'lethal-amount',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:lethal|fatal|deadly|toxic|killing) (?:dose|doses|amount|overdose|quantity|number)|how (?:many|much) (?:${DRUG_NAME} |of (?:my |the |these )?${DRUG_NAME} |${POISON} |of (?:them|it|these|those) )?(?:would it take|does it take|it takes|it would take|it will take|it d take|would do it|would be enough|is enough|would kill|will kill|kills|to die|to kill|to overdose|to od|is lethal|is fatal|is deadly|is too much|until (?:i|you|u|someone) (?:die|dies|stop)|before (?:i|you|u|someone) (?:die|dies|pass out)|to not wake up|to never wake up|would (?:i|you) need to (?:die|not wake up))|can (?:you|u|i|someone|a person|people) (?:die|overdose|od) (?:from|on|of|by taking|if|with)|what (?:happens|would happen) if (?:you|i|u|someone) (?:take|took|takes|swallow|swallowed|drink|drank|mix|mixed) (?:a lot of|too many|all|loads of|the whole|a whole|\\d+|a bottle of|a bunch of|a handful of|a lot|${NUMBER_WORD})`,
    },
    {
      id: 'height-to-die',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern:
        'how (?:high|tall|far|many (?:floors|stories|storeys|metres|meters|feet|ft)) [^|]{0,42}?(?:to die|to kill|to be fatal|be fatal|be lethal|need to be|have to be|to not survive|wouldnt survive|would kill|kill you|to end it)|how (?:long|much time) (?:does|would|will) it take to (?:die|bleed out|drown|suffocate|hang|pass out|lose consciousness)'
        // …asked as whether a fall from a height kills: "is jumping from the 9th floor definitely
        // fatal", "can you survive a fall from 10 storeys", "would a fall from there kill me".
        + '|(?:is|would|will|does|do) (?:jumping|a jump|a fall|falling|the fall|the drop|the jump)(?: off| from| out of)? (?:the |a |my |that |this )?(?:\\w+ ){0,3}(?:floor|floors|storey|storeys|story|stories|bridge|roof|rooftop|building|balcony|cliff|window|car park|multi storey|tower|block|metres|meters|feet|ft|m) (?:\\w+ ){0,2}?(?:definitely |always |actually |really |usually |guaranteed |certainly |be )?(?:fatal|lethal|deadly|kill (?:me|you|someone|a person)|enough to (?:die|kill)|survivable)'
        + '|(?:(?:can|could|would|do|does) (?:you|u|i|a person|someone|anyone|people)|(?:you|u|a person|someone|people) (?:can|cant|cannot|could|couldnt|wouldnt|dont|do not)) (?:ever |actually |really )?survive (?:a |the )?(?:fall|jump|drop) (?:off|from|out of) (?:a |the |my |that )?(?:\\w+ ){0,3}(?:floor|floors|storey|storeys|story|stories|bridge|roof|rooftop|building|balcony|cliff|window|tower|block|metres|meters|feet|ft|m)',
    },
    {
      id: 'stockpile',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:stockpil(?:e|ed|es|ing)|hoard(?:ed|ing)?|sav(?:e|ed|ing)(?: up)?|been saving(?: up)?|stash(?:ed|ing)?|collect(?:ed|ing)|squirrel(?:led|ing)? away|count(?:ed|ing)? out|lin(?:ed|ing) up|la(?:id|ying) out|set out|have enough|got enough|keep(?:ing)? (?:a |my )?(?:secret )?stash of) (?:up )?${DRUG}`,
    },
    {
      id: 'means-at-hand',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:the |my |a |these |those )?(?:pills|tablets|bottle|gun|pistol|rifle|rope|noose|knife|razor|razors|blade|blades|belt|cord)(?: is| are|s)? (?:right )?(?:here|next to me|beside me|in front of me|in my (?:hand|hands|pocket|lap|bag)|on (?:the|my) (?:table|bed|desk|nightstand)|ready|laid out|lined up|counted)(?! for (?:work|school|dinner|cooking|the (?:kitchen|garden))\\b)|(?:bought|got|have|holding|loaded|tied|hung|buy|buying|get|getting|found) (?:a |the |my |some |enough |another |my \\w+s )?(?:rope|noose|gun|pistol|helium|charcoal|exit bag)(?: (?:for|to|so|just in case|for when|ready|tonight|today|up))|loaded (?:the |my |a |his |her |dads |my dads )?(?:gun|pistol|rifle)|(?:gun|pistol|rifle|knife|blade) (?:to|in|against|at) my (?:head|mouth|temple|chest|throat|wrist)|(?:keep|kept|keeps) (?:looking|staring|thinking) (?:at|about) (?:the|my|his|her|dads|my dads) (?:gun|pistol|rifle|rope|noose|pills|bridge|tracks|knife|razors?|blades?)|(?:know|found) (?:where|the code|the combination)[^|]{0,24}(?:gun|safe|pills|meds) (?:is|are|to)`,
    },
    {
      id: 'jump',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern:
        'jump(?:s|ed|ing)? (?:off|from|of+ of|in front of|under|onto|into|out of) (?:a |the |my |that |this |our |an )?(?:\\w+ )?(?:bridge|building|roof|rooftop|cliff|balcony|ledge|tower|overpass|train|tracks|bus|car|truck|lorry|traffic|window|parking garage|car park|multi ?storey|motorway|highway|skyscraper|flat|apartment|block)|(?:thinking about|want to|wanna|going to|gonna|about to|standing on|on the edge of|at the edge of|on top of|looking down from) (?:the |a |this |that )?(?:edge of (?:the |a )?)?(?:bridge|roof|rooftop|cliff|ledge|balcony|overpass)(?! (?:party|bar|garden|terrace|restaurant|view)\\b)',
    },
    {
      id: 'step-in-front',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern:
        '(?:step(?:s|ped|ping)?|throw(?:ing)? myself|threw myself|lie down|lay down|lying down|walk(?:ed|ing)?|run(?:ning)?|ran) (?:in front of|onto|under|into) (?:a |the |an |oncoming )?(?:train|bus|car|truck|lorry|traffic|tracks|tube|subway|metro)|walk(?:s|ed|ing)? (?:out )?into (?:oncoming )?traffic|(?:driv(?:e|ing)|drove|crash(?:ing)?|swerv(?:e|ing)) (?:my car )?(?:off|into) (?:a |the )?(?:cliff|bridge|wall|tree|river|lake|oncoming traffic|a lorry|a truck|the sea)|walk(?:ing)? into the (?:sea|ocean|river|lake) and (?:not|never) (?:come|coming) back',
    },
    { id: 'hang-myself', category: 'means', kind: 'act', severity: 'high', pattern: `(?:hang(?:s|ed|ing)?|hung) ${MYSELF}|tie (?:a |the )?noose|(?:rope|belt|cord) (?:around|round) my neck` },
    { id: 'noose', category: 'means', kind: 'act', severity: 'medium', pattern: 'noose' },
    {
      id: 'shoot-myself',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `shoot(?:ing|s)? ${MYSELF}|shot ${MYSELF}|bl[eo]w(?:ing)? my (?:brains|head) (?:out|off)|bullet (?:in|to|through|into) my (?:head|brain|mouth|temple)|gun in my mouth|put a (?:gun|bullet) (?:to|in|through) my (?:head|brain|mouth|temple)`,
    },

    // --- Ingestion and overdose ---------------------------------------------------------------------
    { id: 'overdose', category: 'ingestion', kind: 'act', severity: 'high', pattern: 'overdos(?:e|ed|es|ing)|over dos(?:e|ed|ing)|ov[ea]rdo[sz]e?d?' },
    { id: 'od', category: 'ingestion', kind: 'act', severity: 'medium', pattern: 'od(?:ed|ing|in)?|o d' },
    { id: 'od-past', category: 'ingestion', kind: 'act', severity: 'high', pattern: '(?:i|ive|i have|i just|just|already|i already) (?:odd|oded|od d|o ded|overdosed|od)(?! (?:on (?:caffeine|coffee|sugar)|tired|long|hungry)\\b)|od(?:ing)? (?:tonight|rn|right now|now|again|on (?:my |the |all |some )?(?:pills|meds|tablets|insulin|heroin|fentanyl|\\w+ (?:pills|tablets)))' },
    {
      id: 'pills',
      category: 'ingestion',
      kind: 'act',
      severity: 'high',
      pattern: `${TOOK} (?:a (?:whole )?(?:bottle|bunch|handful|load|lot|pack|packet|box|strip|month of|weeks worth|months worth|fistful|shitload|ton) of|(?:too|to|2) many|way (?:too|to) many|loads of|lots of|a ton of|heaps of|tons of|every (?:single )?(?:one of )?(?:my|the)|the (?:whole|entire|rest of the|full) (?:bottle|pack|packet|box|strip|blister|prescription)(?: of)?) ?${DRUG}|(?:tak(?:e|es|ing|en)|took|swallow(?:s|ed|ing)?|popp?(?:ed|ing)?|down(?:ed|ing)?|neck(?:ed|ing)?) all (?:of )?(?:my|the|those|these|her|his|mums|moms|dads) (?:${DRUG_NAME}|prescription|prescriptions|meds)(?! (?:today|this morning|this evening|tonight like|on time|as prescribed|for (?:the|today|this)|like (?:im|i am|i was|i m) supposed to|with (?:food|breakfast|dinner)|that i was prescribed)\\b)|${TOOK} ${QUANTITY} (?:of )?(?:my |the |those |these |his |her |mums |moms |dads )?(?:${DRUG_NAME}|of (?:them|those|these|it)|x )|swallow(?:ed|ing)? (?:them|it|everything|the lot) (?:all|at once|in one go)|${TOOK} (?:my |the |a |her |his |mums |moms |dads )?(?:whole|entire|full) (?:\\w+ ){1,3}(?:supply|stash|prescription|bottle|box|pack|packet|blister|strip|tub|jar)|${TOOK} (?:my |the |a |her |his |mums |moms |dads )?(?:whole|entire|full) (?:weeks?|months?|supply|prescription|stash|bottle|box|pack|packet|blister|strip|lot|tub|jar)(?: of| s worth of| worth of)?(?: (?:my|the|her|his))?(?: ${DRUG_NAME})?|${TOOK} (?:way |far )?too many(?= \\||$| on purpose| deliberately| to| again| tonight| of (?:them|my|the|those|these)| and| pills| tablets| meds)|${TOOK} [^|]{0,42}?(?:(?:a lot |way |much |loads |far |so much )?more than (?:i (?:should|should have|was supposed to|am supposed to|m supposed to|was prescribed|m meant to|was meant to)|(?:the|my) (?:dose|max|maximum|limit|prescription))|double (?:the|my) dose|triple (?:the|my) dose|on purpose|deliberately)|${TOOK} (?:some |a bunch of |a load of )?${DRUG_NAME} (?:and|with|plus|n) (?:some |a bunch of )?${DRUG_NAME} (?:together|at once|on purpose)|(?:swallow(?:ing|ed)?|tak(?:ing|en)|took) (?:more|the rest|all the rest|the remaining) (?:of )?(?:the |my |those |these )?${DRUG_NAME}|(?:i|ive|i have|just) ${TOOK} (?:them|it) all|\\d+ (?:packets|packs|boxes|bottles|strips|blisters|tubs) of ${DRUG_NAME}|(?:took|swallowed|taken) (?:them|the lot|the whole lot|everything) (?:all|at once|together|in one go)`,
    },
    {
      id: 'poison',
      category: 'ingestion',
      kind: 'act',
      severity: 'high',
      pattern: `(?:(?:im|i m|i am|been|currently|now) (?:drinking|downing) |(?:drinking|downing) (?=(?:some |the |a bottle of |my )?${POISON} (?:now|rn|right now|tonight)\\b))(?:some |the |a bottle of |my )?${POISON}|(?:drank|drunk|drink|swallow(?:ed|ing)?|chugg?(?:ed|ing)|downed|ingested|took|poured|sipp?(?:ed|ing)) (?:some |a bit |a little |half |a (?:bottle|cup|glass|capful|mouthful|sip) |the |a bunch |half a bottle |a whole bottle )?(?:of )?(?:the |my |a |some )?${POISON}(?! (?:on|to clean|into|in (?:the |a |my )?(?:wash|washing|laundry|machine|bath|sink|toilet bowl|bucket|water))\\b)|(?:drank|downed|chugg?ed|necked|finished) (?:a |the |half a |a whole |my )?(?:whole |entire )?bottle of ${DRUG_NAME}|${INTENT} (?:drink|swallow|take) (?:some |the |a bottle of )?${POISON}|(?:poison(?:ed|ing)?|gas(?:sed|sing)?) ${MYSELF}|(?:left|sat in|running) (?:the )?(?:car|engine) running (?:in|with) (?:the )?(?:garage|hose)`,
    },
    {
      id: 'pills-and-alcohol',
      category: 'ingestion',
      kind: 'act',
      severity: 'high',
      pattern: `(?:mix(?:ed|ing)?|combin(?:e|ed|ing)|wash(?:ed|ing)? (?:it |them |em )?down|took|take|taking|swallowed|downed|necked) (?:all )?${DRUG} (?:with|and|plus|n|washed down with|on top of) (?:a (?:bottle|lot|load) of |some |half a bottle of |a whole bottle of |loads of |the )?${ALCOHOL}|(?:mix(?:ed|ing)?|combin(?:e|ed|ing)) (?:a (?:bottle|lot|load) of |some )?${ALCOHOL} (?:with|and) ${DRUG}`,
    },

    // --- Self-harm ------------------------------------------------------------------------------------
    { id: 'self-harm', category: 'self_harm', kind: 'act', severity: 'high', pattern: '(?:self|slef|sefl|slf) ?(?:harm(?:s|ed|ing|d)?|injur(?:y|e|ed|ing|ies|ious)|mutilat(?:e|ed|ing|ion)|hurt(?:ing)?|destruct(?:ive|ing|ion)?)|nssi|selfharm(?:ed|ing)?' },
    {
      id: 'sh-abbreviation',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `shd|shing|i sh(?! (?:it|at|up)\\b)|(?:relapsed?|relapsing|urges?|urge to|want to|wanna|gonna|going to|need to|itching to|craving|tempted to|almost|nearly|did|do|about to|cant stop|keep|been|started|start) (?:on |with |into )?${SH}(?: again| tonight| today| rn)?(?! (?:free|clean|up|it|at|out|and)\\b)|${SH} (?:again|tonight|relapse|urges?|wounds?|cuts?|scars are fresh|last night|today)|(?:broke|broken|lost|ruined|reset) (?:my )?(?:${SH} |self harm |\\d+ (?:day|week|month) )?(?:streak|clean streak|clean time)`,
    },
    { id: 'hurt-myself', category: 'self_harm', kind: 'act', severity: 'high', pattern: `${HARM_VERB} ${MYSELF}(?! (?:some )?slack\\b)|(?:${HARM_VERB}) (?:meself|mesel)` },
    {
      id: 'harm-body',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:cut(?:s|ting)?|slit(?:s|ting)?|slic(?:e|es|ed|ing)|slash(?:es|ed|ing)?|carv(?:e|ed|ing)|burn(?:s|ed|t|ing)?|scratch(?:ed|ing)?|scrap(?:e|ed|ing)|gouge(?:d)?|pick(?:ed|ing)? at) (?:up |open |into |deep into |deeper into )?(?:my|me) (?:own )?${BODY}|carv(?:e|ed|ing) (?:words?|letters?|\\w+) (?:into|in|on) my|(?:cigarette|lighter|iron) (?:burns?|on my) (?:on )?(?:my )?(?:arm|skin|wrist|leg|thigh)?`,
    },
    {
      id: 'bleed',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern:
        '(?:scratch(?:ed|ing)?|pick(?:ed|ing)?|dug|digging|cut|cutting|bit|biting|hit|hitting|punch(?:ed|ing)?|rubb?(?:ed|ing)?|scrubb?(?:ed|ing)?|burn(?:ed|t|ing)?|pull(?:ed|ing)?) [^|]{0,42}?(?:until|till|til|to the point|so hard) (?:it |they |i |my \\w+ )?(?:was |is |were |started |kept |began )?(?:\\w+ (?:and|n) )?(?:bled|bleed|bleeds|bleeding|drew blood|broke the skin|bruised?|bruises|bruising|blistered|blisters)|deserve to (?:bleed|suffer|hurt|feel pain|be punished|be in pain)|(?:want|wanna|need|needed) to (?:see|feel) (?:the )?(?:blood|pain)(?! (?:test|work|pressure|donation)\\b)|make (?:myself|me) bleed',
    },
    {
      id: 'cutting',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern:
        '(?:start(?:ed|ing)?|been|im|am|was|keep|kept|stop(?:ped)?|quit|quitting|relaps(?:e|ed|ing)(?: (?:and|into))?|back to|urges? to|want to|wanna|thinking about|thought about|go(?:ing)? back to|went back to|resist(?:ing|ed)?|about|from|addicted to) cutting(?! (?:myself (?:off|out|some|a|loose|free|short)|me off|back|down|out|off|in|up|across|through|corners|ties|class|classes|school|work|carbs|sugar|costs|calories|hair|nails|paper|wood|grass|lawn|coupons|onions?|vegetables|veggies|veg|fruit|meat|bread|cake|fabric|cloth|keys|teeth|the|his|her|their|our|your|its|it|them|that|these|those|this|people|someone|him|me|an|some|edges?|my (?:hair|nails|fringe|bangs|beard|losses|hours|spending|budget|food|meat|toenails|fingernails)|a (?!lot)\\w+)\\b)|cutting (?:again|scars?|urges?|myself|tonight|deeper|deep|more|every (?:day|night))|(?:urges?|need|want|wanna|itching|craving|tempted|going|gonna|about|will|ill|i ll|gotta|have|plan(?:ning)?|planned|decided) (?:to )?cut(?: (?:again|tonight|today|deep|deeper|so bad|really bad|rn|right now))?(?! (?:the|my|a|an|some|back|down|out|off|in|up|it|them|this|that|these|those|class|school|costs|ties|corners|hair|him|her|people|someone|loose|sugar|carbs|caffeine|coffee|dairy|meat|gluten|alcohol|drinking|calories|spending|screen|myself|me|yourself|ourselves|you|contact|ahead|short|through|across|his|their|your|our|onions?|vegetables|veg|wood|paper|fabric|grass|lawn|hedge|cake|bread|pizza|deals?|prices?|budget|hours|losses|both|either|any|every|each|to|for|and|or|with|from|into|straight|right|left|over|round|around)\\b)|(?:fresh|new|deep|deeper) cuts (?:on|in) (?:my )?' +
        BODY,
    },
    {
      id: 'hit-myself',
      category: 'self_harm',
      kind: 'act',
      severity: 'medium',
      pattern: `(?:hit(?:s|ting)?|punch(?:es|ed|ing)?|slap(?:ped|ping)?|scratch(?:es|ed|ing)?|bruis(?:e|es|ed|ing)|starv(?:e|es|ed|ing)|bit(?:e|es|ing)?|pinch(?:ed|ing)?) ${MYSELF}`,
    },
    {
      id: 'head-banging',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:bang|hit|smash|slam|bash)(?:ed|ing|ting|med|ming|s)? my head (?:against|on|into) (?:the |a )?(?:wall|floor|door|desk|mirror)[^|]{0,24}?(?:until|till|til|so hard|again|on purpose|to feel|to stop|to make|when im|it bled|bleeding|bruise)`,
    },

    // --- Regional slang and algospeak ---------------------------------------------------------------
    {
      id: 'off-myself',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:top|neck)(?:ping|ing|ped|s)? (?:${MYSELF}|meself|mesel)(?! (?:up|off|the|a|with|on)\\b)|(?:to|gonna|going to|ill|i will|might|could|should|about|of|just|wanna|want to|thinking of|thinking about) off(?:ing)? (?:${MYSELF}|meself)(?! (?:up|off|the|a)\\b)|(?:do|doing|did) (?:${MYSELF}|meself) in(?! (?:the|a|my|for|to|with|at|on|this|that|half|two|pieces)\\b)|do away with (?:${MYSELF}|meself)|knock(?:ing)? (?:${MYSELF}|meself) off`,
    },
    {
      id: 'check-out',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: 'check(?:ing|ed)? out (?:for good|permanently|early|of (?:life|here|this world|this life)|forever)|cash(?:ing)? in (?:my|the) chips|(?:gonna|going to|want to|wanna|about to|might|should) rope(?! (?:in|into|off|them|him|her|you|someone|people|a|the)\\b)|roping (?:myself|tonight|soon)|rope ?max+(?:ing)?|catch(?:ing)? the (?:bus|ctb)(?= (?:tonight|soon|for good|forever|permanently))',
    },
    { id: 'ctb', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: 'ctb(?:ing)?|catch(?:ing)? the (?:bus|train)(?: (?:for good|permanently|to the other side|tonight|soon))?(?= \\||$| for good| permanently| tonight| the permanent| lol| fr| tbh)|(?:final|last) exit(?! (?:on|off|for|to|before|after|of)\\b)|(?:log|logging|logged) off (?:permanently|for good|forever|from life)|(?:permanent|final|long) (?:nap|sleep|rest)(?! (?:mode|setting|button|timer)\\b)' },
    {
      id: 'want-out-of-life',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:${WANT_TO}|need to|have to|wish i could|ready to) (?:get )?out of (?:this|my) (?:life|world|body)(?: for good| forever| permanently)?|(?:want|wanna|need|ready) out (?:of (?:this|my) (?:life|world|existence)|for good|permanently|of here for good)`,
    },
    {
      id: 'stabbed-body',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:i |ive |i have |just |then )?(?:stab(?:bed)?|jabbed|carved|sliced|slashed|gouged|punctured|pierced) (?:into )?(?:my own |my )${BODY}(?! (?:piercing|tattoo)\\b)`,
    },
    {
      // Being found, told as what comes after: "so someone finds me before the kids do", "when they find me".
      id: 'found-after',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:before|when|after|once|so|so that|if) (?:they|someone|somebody|anyone|the kids|my kids|the \\w+|my \\w+|he|she|you|people) (?:finally )?(?:finds?|discovers?|gets? to) (?:me|my body)(?! (?:a |an |the |some |my |something|anything|out|here|there|at|in|on|online|funny|annoying|weird|attractive|cute|asleep|passed out|hiding|playing|crying)\\b)`,
    },
    {
      id: 'said-goodbyes',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: '(?:ive |i have |i |just |already |finally )(?:said|written|wrote|sent|made) (?:all )?(?:my|the) (?:goodbyes|last goodbyes|final goodbyes|farewells)|(?:my|this is my|writing my|here is my) (?:last|final) (?:entry|post|message|words|note)',
    },
    {
      id: 'deserve-pain',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: 'i (?:deserve(?:d)?|need(?:ed)?) (?:the|this|to feel|to be in) pain (?:so|and) i (?:did it|do it|cut|hurt myself|burned myself)|i deserve(?:d)? to (?:bleed|be cut|be hurt|feel pain|be punished)|(?:deserve|need) (?:the|this) pain(?= \\||$| so| and)',
    },
    {
      id: 'after-tonight',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:${DONT}|no need to) worry about me (?:after (?:tonight|today|this|tomorrow)|any ?more|from now on|much longer|soon)|(?:it )?(?:wont|will not|isnt going to|is not going to) matter (?:after|by|from) (?:tonight|tomorrow|today|the weekend)|(?:after|by) (?:tonight|tomorrow) (?:it|nothing) (?:wont|will not|isnt going to|is not going to|will) (?:matter|be a problem)|(?:wont|will not) be (?:a problem|your problem|a burden) (?:for|to) (?:anyone|anybody|you|them) (?:after|by|from) (?:tonight|tomorrow|today)`,
    },
    {
      id: 'car-exhaust',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: '(?:in|inside) (?:the|my) car (?:\\w+ ){0,4}(?:with the engine (?:running|on)|engine (?:running|on))|(?:engine|car) (?:running|on) in (?:the|a|my) (?:closed |shut |locked )?garage|garage (?:\\w+ ){0,3}engine (?:running|on)|hose (?:from|on|to|into) (?:the )?exhaust|(?:got|have|took|taken|laid|put) (?:the|my|a|his|her) (?:razor|razors|blade|blades|knife|rope|belt|noose|pills|tablets|gun) (?:out|ready|on the (?:side|bed|table|counter|bathroom side)|next to me|in front of me)',
    },
    {
      id: 'kys',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: 'k+y+s+|k[iy]*l+ (?:yo)?ur ?self|k[iy]*l+ urself|go (?:and )?(?:die|kill yourself)',
    },

    // --- Broader acts, urges, means and intent (added after the 2026.12 corpus review) ----------------
    {
      id: 'harm-tools',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:used|use|using|took|take|taking|grabbed|grab|held|holding|pressed|dragged|ran) (?:a |the |my |an |some )?(?:\\w+ )?(?:knife|blade|blades|razor|razors|scissors|glass|shard|lighter|compass|sharpener|needle|pin|safety pin|box cutter|stanley knife) (?:on|to|against|across|into|over) (?:my|me) (?:own )?${BODY}|(?:need|want|wanna|crave|craving|grabbed|got out|getting out|took out|get out) (?:the|my|a) (?:blade|blades|razor|razors|box cutter)(?! (?:for|to (?:shave|open|cut (?:the|a|open|paper|tape|boxes)))\\b)|(?:took|taking|broke|breaking|taken) (?:the |a |my |another )?(?:pencil )?sharpener apart|(?:blade|razor) (?:out of|from) (?:the|a|my) (?:sharpener|shaver|razor)|(?:hid|hide|hiding|hidden|keep|keeping|kept|stash(?:ed|ing)?|carry|carrying|bought|buying|ordered) (?:a |the |my |some |new |more )?(?:blades|razor blades|razors)(?! (?:for|to) (?:shav\\w*|my (?:legs|face|beard)|work|crafts?)\\b)|(?:clean(?:ed|ing)? up|wip(?:ed|ing) (?:up|away)|mopp?(?:ed|ing) up|soak(?:ed|ing) up) (?:the |all the |my )?blood|deeper than (?:usual|before|last time|ever|i meant|i wanted)|(?:wont|will not|cant|doesnt|does not) stop bleeding|(?:need|needs|get|getting|should i get) stitches|fresh (?:cuts|burns|wounds)|(?:cover(?:ing)?|hid(?:e|ing)?) (?:up )?(?:the |my )?(?:fresh |new )?(?:cuts|burns|wounds)`,
    },
    {
      id: 'sh-relapse',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:i|ive|i have|just|finally|already) (?:cut|burned|burnt|hurt|harmed|scratched|carved|sliced|hit|burnt)(?: myself| my \\w+)? (?:again|last night|tonight|this morning|yesterday|earlier|deep|deeper|badly|bad|worse|on purpose|deliberately)|(?:relaps(?:e|ed|ing)|slipped|slipped up|gave in|caved|broke) (?:again |tonight |last night |today |this morning )?(?:on|with|into|and (?:cut|did it|hurt myself))|relapsed (?:tonight|last night|today|again|this morning)|(?:did|done|do) it again(?! (?:lol|haha|at work|in|at the)\\b)(?:[^|]|\\| ){0,54}?(?:${BODY}|blood|blade|razor|cut|scar)|(?:and|then|n|so i|i) cut(?= \\||$| again| my(?! (?:hair|fringe|bangs|nails|finger|fingers|thumb|hand|hours|losses|ties|sugar|carbs|spending|budget|coffee|caffeine|drinking|screen time|grass|lawn|hedge)\\b))|(?:sat|sitting|was) [^|]{0,30}?with a (?:razor|blade|knife)[^|]{0,42}?(?:did it|went through with it|used it)|did it in the end|${SH} relapse`,
    },
    {
      id: 'means-possession',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:got|have|has|grabbed|took|found|holding|hold|brought|keeping|keep|kept|bought|stole|borrowed|hid|hidden|loaded) (?:my |a |the |his |her |my \\w+s |\\w+s |our |an )?(?:loaded )?(?:gun|pistol|rifle|revolver|firearm|shotgun)(?! (?:for hunting|licen[cs]e|range|course|safety|club|for the range|show|game|fight)\\b)|(?:bought|ordered|got|have|tied|hung|made|bought myself) (?:a |the |some )?(?:rope|noose|ligature|exit bag|helium)(?! (?:for|to) (?:climb|the boat|sailing|camping|the gym|skipping|swing|tow)\\b)|(?:keep|kept|keeps|cant stop|been|sat) (?:looking|staring|glancing) at (?:it|them)(?= \\||$)|(?:key|code|combination) (?:to|for) (?:the |my \\w+s |his |her )?(?:gun|medicine|meds) (?:safe|cabinet|locker|box)|(?:found|know|figured out) (?:out )?where (?:my |the |his |her )?\\w+ (?:keeps?|hides?|hid|stores?) (?:the |his |her |their )?(?:gun|pistol|rifle|pills|meds|medication|tablets|key)`,
    },
    {
      id: 'method-questions',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:where|how) (?:do|should|can|would|could|to) (?:i|you|u|one)? ?(?:cut|slash|slit|stab) (?:to|so|deep|deep enough|to hit|to reach)|(?:hit|cut|sever|nick|find|reach|open) (?:an |the |my )?(?:artery|arteries|main vein|jugular|femoral)(?! (?:test|blood test|scan)\\b)|(?:which|what|best|most) (?:method|methods|way|ways) (?:has|have|is|are|works?) (?:the )?(?:highest|best|most|least|quickest|fastest|surest)|success rate (?:of|for) (?:\\w+ )?(?:method|methods|attempts?|s[uiy]+cide|overdose|hanging|jumping|od)|(?:does|do|is|would|will) (?:drowning|hanging|bleeding out|overdosing|jumping|freezing to death|dying|suffocating|an overdose|od ing|carbon monoxide|suffocation|strangling|being hit by a train|it) (?:hurt|feel|take long|painful|quick|work)|(?:is there|are there|any|know|find|found|looking (?:for|up)|search(?:ing|ed)? (?:for)?|google(?:d|ing)?|research(?:ed|ing)?|tell me) (?:a |any |some |the |of )?(?:way|ways|method|methods) (?:to|of|for) ${GO_WORDS}|look(?:s)? like an accident|(?:carbon monoxide|exhaust fumes|charcoal|helium|nitrogen)[^|]{0,42}?(?:work|kill|die|enough|how long|painless|in a car|in the car|garage|room|tent|bag)(?! (?:detector|alarm)\\b)|(?:helium|nitrogen) (?:and|n|\\+|with) (?:a )?bag|(?:chemicals?|gas|gases|fumes|mix) [^|]{0,42}?(?:deadly|lethal|kill|fatal|toxic enough|to die)|(?:looking up|looked up|researching|researched|googling|googled|searching|searched|reading about|read about|read up on|watching videos about) [^|]{0,24}?(?:which|what|how many|how much|lethal|ways|methods|the best|overdose|od|painless|how to die|how long it takes|how to (?:tie|hang|cut))|is (?:\\d+|ten|twenty|\\w+) (?:floors|stories|storeys|metres|meters|feet|ft|m|mg|pills|tablets) (?:high |tall |up )?enough|(?:high|tall|deep|strong|sharp|lethal|enough) enough to (?:die|kill|end it|do it|not survive)|how long (?:does|would|will|do|can) (?:it take|it|you|u|i|a person|someone) (?:take )?(?:to )?[^|]{0,24}?(?:die|death|dead|bleed out|drown|suffocate|od|overdose|lose consciousness)`,
    },
    {
      id: 'intent-markers',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:going to|gonna|will|ill|i ll) (?:get it right|succeed|finish (?:it|the job|what i started)|not fail|not mess (?:it|this) up|make sure it works)(?: this time)?|(?:dont|do not) think (?:ill|i will|i ll|i d|id|i will) (?:be )?(?:around|here|alive|make it|last)(?: (?:to|for|much longer|long|until|till|by|another))?|(?:voice|voices) (?:(?!(?:not|arent|isnt|dont|doesnt|never|but|no longer|stopped) )[^|]){0,40}?(?:telling|tells|told|saying|says|keeps? saying|whispering) (?:me )?(?:to |that i should |i should |you could |you should )?(?:just )?(?:kill|end|die|hurt|jump|cut|do it|you could|go through)|(?:working|work|build(?:ing)?|get(?:ting)?|find(?:ing)?|summon(?:ing)?|muster(?:ing)?) up (?:the )?(?:courage|nerve|guts)|(?:building|getting|finding|mustering) (?:the )?(?:courage|nerve|guts) to (?:do it|jump|go through|end|die|step|let go)|(?:ill|i will|i ll|ill probably|i ll probably) be (?:dead|gone)(?! (?:tired|on my feet|beat|meat|serious|for (?:a|the|two|three|\\d+|the weekend|work|lunch|an hour)|all (?:day|week)|until|till|on holiday|away)\\b)|(?:ill|i will|i ll) be gone (?:before|by|soon|forever|for good|tomorrow|tonight)|(?:not|wont|will not|not going to|not gonna|probably wont|might not) (?:be )?(?:here|around|alive) (?:for|by|to see|at|on) (?:our|the|my|your) next (?:session|appointment|meeting|week|time|birthday|christmas)(?! (?:because|cause|cos|as|since|im on|i ll be|ill be|i m (?:away|on))\\b)|(?:wont|will not|not going to|not gonna) (?:be )?(?:around|here|alive) to (?:look after|see|take care|feed|walk|watch|read|meet|celebrate|finish)|(?:wont|will not|dont) need (?:it|them|this|that|any of (?:it|this|that)|my \\w+) (?:anymore|any more|where im going|after (?:tonight|tomorrow|this week))|(?:tell|let) (?:my \\w+|them|everyone|him|her|my therapist|you) (?:it|that it) (?:wasnt|was not|isnt|is not) (?:their|his|her|your|anyones|my \\w+s) fault|(?:written|wrote|writing|finished|left|leaving) (?:my|a|the) (?:note|letters|goodbye)(?= \\||$)|(?:wr[io]te|written|writing|left) (?:letters?|notes?|cards?) (?:to|for) (?:my (?:kids|children|family|parents|mum|mom|dad|sister|brother|partner|husband|wife)|everyone|all of you)[^|]{0,42}(?= \\||$)|i know (?:exactly )?(?:how and when|when and how|how|when|where)(?= \\||$| (?:to do it|ill do it|i(?:ll| will| would) do it|im (?:going|gonna) (?:to )?do it))|planned it (?:all )?out|(?:picked|chosen|chose|set|have|got|decided on) (?:a |the |my )?(?:date|day|time|place|spot)(?= \\||$| for it| to do it| to go)|(?:i ve|ive|i have|i) decided(?= \\||$| its| this is| i m| im| to (?:do it|end|go|die))|this is the (?:last|final) (?:night|day|time|message|thing)|(?:last|final) (?:night|day|sunset|sunrise|meal|time) (?:on earth|alive|ever|for me)|(?:cancell?ed|deleted|paid off|sorted|cleared|gave away|said goodbye to|returned) [^|]{0,30}?(?:everything|my (?:socials|accounts|debts|affairs|things|stuff))[^|]*?\\| ?(?:wont need it|im done|im ready|its time|goodbye|this is it)|(?:im|i am) ready(?= \\||$)|(?:im|i am) (?:going|gonna) (?:to )?do it(?= \\||$| tonight| today| this time| soon| now)|(?:tonight|tonite) (?:is|s) the night|(?:sorry|forgive me) for (?:everything|what im (?:about to|going to) do|leaving)(?= \\||$| please| tell| i)|(?:drove|went|walked|came|got) (?:up |down |out )?to the (?:cliffs?|bridge|tracks|railway|station|roof|top floor|edge|river|lake|sea)[^|]{0,60}(?:courage|nerve|end|jump|last|goodbye|sitting|standing|waiting)`,
    },
    {
      id: 'passive-wishes',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:wouldnt|would not|dont|do not|wouldn t) mind (?:if i (?:didnt|never|dont|did not|do not|wouldnt|couldnt) wake up|if i (?:died|was gone|were gone|got hit|stopped existing|disappeared|didnt make it)|dying|not waking up|never waking up|if (?:something|anything) happened to me)|(?:fine|okay|ok|alright|relieved|happy|glad|at peace) if (?:something|anything) (?:bad |terrible )?(?:just )?happened to me|if (?:it|something|i die|death|that) happens,? (?:it|then it) happens|(?:dont|do not|stopped|no longer) (?:really )?look(?:ing)? (?:anymore |any more )?(?:when i cross|when crossing|before crossing|at cars|at traffic)|wish (?:i(?:d| would)?|id) (?:get|got|had|catch|caught|develop) (?:cancer|sick|a terminal|a disease|an illness|covid|hit by)|(?:so|and) (?:it|everything|this|all this|all of it|the pain) (?:would|could|will|can) (?:all |finally |just )?(?:end|stop|be over)|(?:relief|peaceful|easier|nice|better|freeing|a mercy|a blessing) (?:to|if i could|if i|just to) (?:not exist|not be (?:here|alive|around)|be dead|die|disappear|stop existing|never wake up|not wake up|fall asleep forever|just stop)|(?:vanish|disappear|go away|leave|fade (?:out|away)) (?:and|n) never (?:come|coming) back|(?:wish|hope|want) (?:my )?(?:heart|breathing|lungs|life) (?:would|to|will|could) (?:just )?stop|if i (?:died|was gone|were gone|disappeared|vanished|faded out|stopped existing)(?: tomorrow| today| tonight| now)?[^|]{0,42}?(?:nobody|no one|noone|anyone|anybody|wouldnt|would not|dont think|doubt) (?:would )?(?:\\w+ )?(?:notice|care|miss|matter)|(?:nobody|no one|noone) (?:would )?(?:really |even )?(?:notice|care|miss me)[^|]{0,30}?(?:if i|when i|that would be fine)|(?:${WANT_TO}|wish i (?:was|were|could be)|(?:id|i d|i would) rather be|ready to be|should be|belong) (?:be )?(?:six|6) (?:feet|ft|foot) under|(?:go|going|send myself|want to go|wanna go|ready to go) to the (?:shadow realm|afterlife|other side|next life|great beyond|void)(?: permanently| for good| forever)?|(?:one way|oneway) ticket (?:to|out of) (?:the )?(?:afterlife|other side|heaven|hell|next life|here|this life|this world)`,
    },
    {
      // Death welcomed: "death doesn't scare me anymore, it sounds peaceful", "dying sounds like a relief".
      id: 'death-welcomed',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        `(?:death|dying|being dead|not existing|not being here|not waking up|never waking up) (?:just |honestly |really )?(?:sounds|seems|feels|looks) (?:so |really |kind of |kinda |almost |quite )?(?:peaceful|nice|good|lovely|restful|comforting|appealing|calm|like (?:a |such a )?(?:relief|rest|peace|release|escape|mercy))`
        + `|(?:death|dying) (?:doesnt|does not|dont|do not|no longer) (?:scare|frighten|bother|worry) me (?:any ?more|at all|now)`,
    },
    {
      // Whose cutting is read from the text: "cutting again" is the writer's, "she's been cutting again" her friend's.
      id: 'cutting-again',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:the )?cutting (?:thing|again)`,
    },
    {
      // Self-harm told as how time was spent, as a record's "behaviour", again without a noun, or
      // as skin held to heat: "I spent the evening cutting", "Behaviour: cut.", "Harming again",
      // "held my hand over the gas ring till the skin bubbled". Never an accident or warming up.
      id: 'acts-told',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern:
        `spent (?:the|an?|all|most of the|half the|\\d+|two|three|a few|a couple of) (?:\\w+ ){0,2}(?:evening|night|hour|hours|afternoon|morning|day|weekend|minutes|mins) cutting(?= ?(?:\\||$|again|myself|in the (?:shower|bath|bathroom|toilet)|on my|my (?:arms?|legs?|thighs?|wrists?|stomach|skin|hips?)))`
        + `|(?:behaviou?rs?|actions?|what i did|urge acted on|response) (?:was |i )?(?:cut|cutting|self harm(?:ed)?|sh|sh d|burn(?:ed|t)? myself|hit myself)(?= ?(?:\\||$))`
        + `|(?<=^|\\| )(?:been )?harm(?:ing|ed) (?:again|myself)(?! (?:the|a|an|this|that|our|their|his|her|people|others|animals|wildlife)\\b)`
        + `|(?:held|hold|holding|pressed|pressing|press|kept|keep|keeping) (?:my|the) (?:hand|hands|palm|arm|wrist|fingers?|skin|thigh|leg|forearm) (?:over|on|onto|against|in|under|to) (?:the |a |my )?(?:\\w+ ){0,2}(?:flame|fire|stove|burner|hob|gas ring|lighter|candle|iron|kettle|boiling water|hot tap|oven|radiator|grill|cooker|hot pan)(?![^|]{0,40}(?:by accident|accidentally|to warm|keep warm|warm up|warmth|to check|to test|to see if))`,
    },
    {
      // Going to the place, now: "walking down to the tracks now". A plan with a time of one's own:
      // "my plan is tonight". Wanting to "kick the bucket".
      id: 'intent-told',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern:
        `(?:walking|heading|going|driving|cycling|on my way|off) (?:down |over |out |up )?to (?:the )?(?:tracks|train tracks|railway|railway line|railway tracks|cliff edge|cliffs|edge of the cliff|overpass|viaduct)(?: now| rn| right now| tonight)(?= ?(?:\\||$))`
        + `|my plan is (?:for )?(?:tonight|tomorrow(?: night)?|this weekend|(?:this |on |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?)(?= ?(?:\\||$))`,
    },
    {
      id: 'kick-the-bucket',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:want|wanna|wanted|ready|going|gonna|need|wish i could|hope i|about) (?:to )?kick the bucket`,
    },
    {
      id: 'more-acts',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      subject: 'self',
      pattern: `(?:found|saw|noticed|discovered|spotted|seen) (?:the|my|all my) (?:new |fresh )?(?:cuts|scars|marks|burns|wounds|blood|blades)|(?:open|reopen|opening|reopening|pick|picking) (?:the |my )?(?:old )?(?:cuts|wounds|scars)(?: back up| open| again)?|urges? (?:are|is|were|was) (?:winning|strong|so strong|bad|so bad|loud|back|taking over|too strong|getting worse)|(?:used|use|using) (?:the|a|my) (?:blade|razor|razors|blades|knife|sharpener)(?! (?:to|for) (?:open|cut (?:the|open|paper|tape|boxes)|shav\\w*|cook\\w*|chop\\w*))|clean streak (?:is |at |back (?:to|at) |reset (?:to )?)?(?:0|zero)|(?:sh|self harm|cutting) (?:counter|streak) (?:is |at |back (?:to|at) )?(?:0|zero)|counter (?:is |at |back (?:to|at) )(?:0|zero)|stitch count|(?:blade|razor) out of (?:a|the|my) (?:\\w+ )?(?:razor|sharpener|shaver)|until my heart stops|till my heart stops|starv(?:e|ed|ing) (?:myself )?(?:away|to death|to nothing)`,
    },
    {
      id: 'more-means',
      category: 'means',
      kind: 'act',
      severity: 'high',
      subject: 'self',
      pattern: `(?:what|which|how) [^|]{0,30}(?:knot|noose)|(?:pentobarbital|nembutal|barbiturates?|exit bag|suicide bag)|(?:throat|wrists?|neck|vein|veins|artery|arteries) (?:faster|quicker|better|more effective|deadlier)|faster than (?:your |my )?(?:wrists?|throat|pills|hanging)|if (?:someone|a person|you|one|somebody|u) (?:took|takes|drank|drinks|jumped|jumps|swallowed|injected|cut|mixed|overdosed) [^|]{0,40}(?:would|will|do|does|could|can)(?: they| you| it| he| she)? (?:die|kill|work|survive)|(?:website|site|forum|video|guide|page|thread) [^|]{0,25}(?:explains|explaining|about|with|for|that shows|showing) (?:the |suicide )?methods|methods? (?:are |is )?(?:all )?blocked|(?:least painful|painless|surest|most effective|most peaceful|most reliable|quickest|fastest) (?:way|method|ways|methods)(?= \\||$| is| to (?:do it|go|die|end it|kill|check out)| that)|barrel (?:in|into|to|against|under) my (?:mouth|head|temple|chin)|took the safety off|(?:stockpil\\w+|been hoarding|been saving (?:them|my|up))(?! (?:food|toilet|snacks|cans|money|cash|for (?:a|my|the) (?:holiday|trip|car|house)))`,
    },
    {
      id: 'more-intent',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:so|and) (?:i|that i) (?:dont|do not|wont|will not|never) wake up(?: this time| again)?|(?:wont|will not|not going to|not gonna|wont even) be (?:here|around|alive) (?:after|past|by|beyond) (?:the )?(?:\\d+(?:st|nd|rd|th)?|tomorrow|tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday|christmas|new year|next week|the weekend|my birthday|then)|dont (?:try to |come )?(?:find|look for|search for|come looking for) me|(?:tonight|tonite)s? (?:is |s )?the night|(?:working|figuring|worked|figured|planning|planned) out how (?:i|id|i would|to|i could) (?:would |could |will )?(?:do it|end it|go|die|kill myself)|(?:i m|im|i am) (?:doing|gonna do|going to do) it (?:this|on|at|tonight|tomorrow|soon|friday|saturday|sunday)|(?:i m|im|i am|going to|gonna) (?:go|going) (?:now )?for good|gone for good this time|for good this time|(?:have|got) to go tonight`,
    },
    {
      id: 'more-passive',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:and )?never be found|(?:come|go|turn up|show up|cry|be) (?:to|at) my funeral|(?:hope|wish|pray)(?:ing)? (?:that )?(?:something|anything) (?:bad |terrible )?happens to me|(?:simpler|easier|better|lighter|calmer) if i (?:wasnt|was not|werent|were not) (?:in it|here|around|alive|in the picture)|(?:okay|ok|fine|alright) with not being (?:here|alive|around)|(?:want|wish|hope|pray)(?:ing)? (?:for )?(?:a |the )?(?:car|bus|truck|train|lorry) (?:to )?(?:hit|hits|would hit|run over|runs over) me|(?:hope|wish) (?:that s|thats|this is|it s|its|it was) the end|never (?:have |had )?existed|it(?:d| would) be a (?:mercy|relief|blessing) if|(?:just )?(?:didnt|did not|wouldnt|never) wake up (?:on|tomorrow|tonight|one day)|(?:be|become|turn into) a (?:ghost|skeleton|corpse)|in a (?:coffin|casket|grave|box in the ground)|dirt nap|(?:want|wanna|wish) (?:to )?disappear (?:and|n) never`,
    },
    // --- By category, written before tuning on a fresh set (dev4, 2027.01) ------------------------------
    {
      id: 'passive-conditional',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `if i (?:died|was gone|were gone|disappeared|didnt wake up|never woke up|wasnt here|werent here)(?: tomorrow| today| tonight| now| in my sleep)?[^|]{0,30}?(?:wouldnt|would not|dont think (?:id|i would|i d)|not sure (?:id|i d|i would)|doubt (?:id|i d|i would)) (?:really |even |much )?(?:mind|care)|(?:happy|glad|relieved|at peace|content|grateful|thankful) if (?:it|everything|this|it all|my life|life) (?:was|were|would be|just) (?:all |finally |just )?(?:over|done|ended)|(?:happy|glad|relieved|fine|ok|okay|at peace|content|better) if i (?:just )?(?:didnt|did not|wouldnt|never|no longer) (?:exist|existed|wake up|woke up|live|lived)|(?:didnt|did not|wouldnt|dont|do not) exist (?:any ?more|any longer)|waiting (?:to die|for (?:death|the end|it all to end|my life to end|life to end))|(?:living|life|existing|being alive) is (?:just )?(?:waiting|a waiting room|killing time)(?= \\||$| at this point| now| for)|(?:life|living|existence|my life|it all|being alive)[^|]{0,40}?waiting (?:for (?:it|this) )?to (?:be over|end|finish)`,
    },
    {
      id: 'hopeless-terse',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:i have|ive got|i ve got|i got|i see|theres|there is|there s) no future(?! (?:in|with|at|for (?:this|the|that|us|him|her|them))\\b)|(?:^|\\| )(?:so |totally |completely |utterly |just |feeling |feel |i feel |im |i am )*hopeless(?: (?:so |totally |completely |utterly )?hopeless)*(?= \\||$)|made (?:my )?peace with it(?: all)?(?= \\||$| now| tonight)`,
    },
    {
      id: 'courage-to-die',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:the )?(?:guts|courage|nerve|balls|bottle|strength) to (?:just )?(?:end it|end (?:my|this) life|end things|kill myself|die|jump|go through with it|take my (?:own )?life|pull the trigger)|(?:tonight|tonite|today|tomorrow|this weekend) (?:i|ill|i will|i ll) go(?= \\||$)`,
    },
    {
      id: 'bare-jump',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:might|gonna|going to|want to|wanna|about to|could|ready to|will|ill|i ll) (?:just |finally |actually )?jump(?= \\||$| tbh| tonight| now| rn| fr| honestly| today| from here| off here)`,
    },
    {
      id: 'whoever-finds',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `for (?:whoever|whomever|the person who|anyone who|whoever it is that) finds? (?:me|them|this|it|my body|the note)`,
    },
    {
      id: 'method-comparison',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:which|what)(?: one)? (?:is|s|would be|works) (?:quicker|faster|less painful|more painless|surer|more certain|more reliable|better|more peaceful|more likely to work)[^|]{0,30}?(?:pills|tablets|hanging|jumping|drowning|an overdose|overdosing|od|cutting|a gun|the train|a train|the bridge|gas|carbon monoxide)(?: or |$| \\|)`,
    },
    {
      id: 'ends-then',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:tonight|tonite|tomorrow|this weekend|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) it (?:all )?ends(?= \\||$)|it (?:all )?ends (?:tonight|tonite|tomorrow|this weekend)(?= \\||$)|${INTENT} (?:crash|wreck|drive|steer) (?:the |my )?(?:car|motorbike|bike|van) (?:on purpose|deliberately|into (?:a|the) (?:wall|tree|bridge|lorry|truck|river|sea))|(?:wont|will not) (?:be )?need(?:ing)? (?:either|any of (?:it|them|that|this)|them any ?more)(?= \\||$)|(?:not going to|not gonna|wont|will not) be (?:here|around|alive) (?:for|by|at|to see) (?:christmas|new year|my birthday|the (?:weekend|holidays|summer|new year)|next (?:week|month|year))(?! (?:because|cause|cos|as|since|we|were|we re|im|i m|i ll|ill|going|visiting|away|abroad|at)\\b)`,
    },
    {
      id: 'means-question-generic',
      category: 'means',
      kind: 'act',
      severity: 'high',
      subject: 'self',
      pattern: `(?:you|u|someone|somebody|a person|people|one) can (?:die|overdose|od) (?:from|on|of|by)|can (?:you|u|someone|somebody|a person|people|one) (?:die|overdose|od) (?:from|on|of|by)`,
    },
    {
      id: 'hopeless-more',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `nothing (?:left )?for me(?= \\||$)|(?:im|i am|i m) (?:just |so |completely )?(?:beyond|past) (?:help|saving|repair|fixing)|(?:it|this|life|the pain)(?: is|s)? never (?:going|gonna) (?:to )?(?:stop|end|get better|change)(?= \\||$| and)|(?:cant|cannot|can t|dont|do not) see (?:any|a|how|the) way (?:this|it|things|life|my life) (?:gets|will get|could get|can get|ever gets|is going to get) better`,
    },
    {
      id: 'relayed-farewell',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:tell|let|make sure) (?:my \\w+|them|everyone|everybody|him|her|the kids|my family|my parents)(?: know)? (?:i|that i) (?:love(?:d)? (?:them|him|her|you|them all|them both)|(?:m|am|was) sorry|never meant to)(?! (?:for (?:being late|the delay|missing)|when (?:you|u) see)\\b)`,
    },
    {
      id: 'means-and-time',
      category: 'means',
      kind: 'act',
      severity: 'high',
      // A means and a time, and nothing else: "🪢 tonight", "the gun. tonight".
      pattern: `(?:^|\\| )(?:(?:the|a|my) )?(?:rope|noose|gun|knife|blade|blades|razor|razors)(?: (?:rope|noose|gun|knife|blade|razor|blood|coffin|grave))* (?:tonight|tonite|2nite|now|rn|soon|today|time|o clock)(?= \\||$)`,
    },
    {
      id: 'wheel-over',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:think|thinking|thought|tempted|urge|urges|want|wanna|imagine|imagining|picture|picturing) (?:about |of |to )?(?:just )?(?:turning|turn|jerking|jerk|yanking|yank|swerving|swerve|steering|steer) (?:the (?:steering )?wheel|into|off)|(?:drive|driving|drove|go|going|went) (?:straight )?(?:off|over) the (?:edge|side|barrier|railing)(?= \\||$| of the (?:bridge|cliff|road)| and)`,
    },
    {
      id: 'more-hopeless',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:dont|do not|cant) see why i (?:should|would) (?:stick around|stay|keep going|bother|go on)|why (?:would|should) i (?:bother )?(?:stay|staying|stick around|keep going|go on|carry on)|(?:cant|cannot|can t|couldnt) (?:do|face|take|handle|survive|live|stand) (?:another|\\d+ more|more|another \\d+) (?:\\d+ )?(?:years?|decades?|days?|weeks?|months?) (?:of this|like this)|(?:whats|what is) (?:left |there )?(?:to|there to) live for|(?:cant|dont|can t|do not) see myself in (?:it|the future)|(?:no|not a|not one) [^|]{0,30}(?:thats|that is|that s) worth living|out of (?:options|reasons|hope)(?! for (?:the|this|dinner|lunch))|(?:cant|cannot) (?:keep|go on) living (?:this way|like this)|(?:dont|do not|cant) see a (?:life|future) for me|only (?:still )?(?:here|alive) because|(?:dont|do not) want to live (?:a|my) (?:whole )?life like this|(?:dont|do not|cant) see (?:the |any )?point (?:in|of|to) (?:continuing|going on) (?:my life|living|with life)|nothing (?:im|i am) living for|with being alive`,
    },
    {
      id: 'hopeless-continuing',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      // Not going on, said another way: "can't go on" behind "I don't think", not making it
      // through, what one is still staying for, no point continuing, the last season one gets
      // through. Never "to the meeting", "with the essay", "this Christmas with my in-laws".
      pattern:
        `(?:dont|do not|dont really|do not really) think i (?:can|could|will be able to|ll be able to|am able to) (?:go on|keep going|carry on|keep living|do this|keep doing this|survive this|hold on)(?: ${ANYMORE}| (?:much|for much) longer| like this)?(?= ?(?:\\||$|not like this|i just|i really|honestly|i cant|i dont))`
        + `|${IM} not (?:going to|gonna|goin to) (?:make it|survive(?: this)?|get through (?:this|it|the night))(?: through (?:this|it|the night|the (?:week|winter|year)))?(?= ?(?:\\||$|i can|i know|i dont|i just|honestly|not this time))`
        + `|what (?:exactly |even |else |really )?(?:am i|is there|do i have) (?:even |still |really )?(?:staying|hanging on|holding on|sticking around|still here|staying alive|alive|here) for`
        + `|nothing(?:s| is)? (?:worth|left) (?:staying|living|hanging on|holding on|sticking around|staying alive) for`
        + `|no point (?:in )?(?:continuing|carrying on|going on|starting over)(?= ?(?:\\||$|at \\d+|with (?:life|living|this life)|${ANYMORE}))`
        + `|(?:the|my) last (?:winter|summer|spring|autumn|christmas|birthday|year|new year) (?:${IM}|i will|ill|i ll) (?:getting through|get through|surviving|survive|making it through|make it through|be (?:here|alive|around) for)`
        + `|(?:i|ill|i ll) (?:wont|will not|dont|do not) (?:have|get|see) (?:a |any )?future(?! (?:in|at|with|as|for|if|unless)\\b)`,
    },
    {
      id: 'more-slang',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:swim|walk|drive|go|row|wander) (?:out |off )?(?:and|n) (?:not|never) (?:come|coming) back|play in (?:the )?traffic|uninstall(?:ing)? (?:myself|me)(?: from life)?|(?:the )?easy way out|permanent solution|header off (?:the|a) (?:balcony|bridge|roof|building|cliff)|sleep with the fishes|shuffle off (?:this )?mortal coil|eat (?:a bullet|my gun|lead|the gun|a shotgun)|(?:doing|do) one off (?:the|a) (?:cliffs?|bridge|roof|building)|(?:catch|get) the bus [^|]{0,15}under|under (?:the|a) (?:bus|train|lorry|truck)(?= \\||$| tonight| today)|k m s`,
    },
    {
      id: 'suicidal-shorthand',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `sui(?:cidal)? ?(?:thoughts?|ideation|urges?|feelings?|attempt|plans?|vibes|brain|mode|thinking)|(?:im|feeling|feel|so|very|been|getting|pretty) sui(?= \\||$)|si (?:thoughts|urges|ideation)|(?:yeet|throw|fling|launch|hurl)(?:ing|ed)? (?:${MYSELF}|meself) (?:off|from|out of|in front of|under|into)|(?:rope|noose) (?:time|o clock|szn|season)|neck rope|(?:rope|belt|cord|noose) (?:around|round) (?:my )?neck|(?:ready|want|wanna|going|gonna|about|time|planning) to check out(?! (?:the|a|this|that|my|our|your|of the|at|from|early from|of (?:the )?(?:hotel|library|store))\\b)`,
    },

    // --- Someone else (always low: recorded, never a crisis response) ------------------------------------
    {
      id: 'other-person-suicide',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'medium',
      subject: 'other',
      pattern:
        `${KILL} (?:him|her|them|your|their)sel(?:f|ves)|t[ao]+k(?:e|es|ing|en)? (?:his|her|their|your|its) own li(?:fe|ves)|(?:he|she|they) (?:hanged|hung|shot|overdosed|killed) (?:him|her|them)sel(?:f|ves)|(?:hang(?:s|ed|ing)?|hung|shoot(?:s|ing)?|shot|overdos(?:e|es|ed|ing)|poison(?:s|ed|ing)?|stab(?:s|bed|bing)?|drown(?:s|ed|ing)?|cut(?:s|ting)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|burn(?:s|ed|t|ing)?|starv(?:e|es|ed|ing)) (?:him|her|them)sel(?:f|ves)(?! (?:some )?(?:slack|off|out|short|loose|free)\\b)|(?:his|her|their) s[uiy]+cide`,
    },
  ],
  concepts: {
    harmObject: `heated|hot|lit|lighter|cigarette|cigarettes|spoon|iron|knife|blade|razor|needle|pin|compass|scissors|glass|hair bobble|hair tie|elastic band|rubber band|boiling|kettle|hob|cooker|flame|candle`,
    onMyBody: `(?:on|into|against|to|across|over|in) my (?:own )?(?:skin|arm|arms|forearm|hip|hips|leg|legs|thigh|thighs|wrist|wrists|hand|hands|stomach|belly|chest|ankle|ankles|shoulder|neck|face)`,
    drugNoun: `(?:the )?\\d+ ?(?:mg|milligrams?|mcg)(?: (?:ones|tablets|pills|caps|capsules))?|${DRUG_NAME}|units|doses|dose|sleep aids?|the ones|it all|all of it|the stuff|everything i (?:had|bought|could find)|the lot|everything (?:in|from) (?:the|my|her|his) (?:medicine cabinet|cabinet|cupboard|drawer|kitchen|bathroom)|whatever was in the (?:cupboard|cabinet)|edibles|heart pills|street \\w+|\\w+ tablets|\\w+ pills|the (?:ones|pills|tablets) (?:i|i was|id been) (?:told you|saving|saved|kept)|what was left|everything i had|the whole (?:bag|bottle|box|lot|pack)|them all|all of them|(?:\\d+|fifty|forty|thirty|twenty) of them|liquid morphine|morphine`,
    ingest: `took|taken|take|taking|tok|had|hav|ate|eaten|eat|drank|drunk|drink|swallowed|swallow|swallowing|downed|popped|necked|injected|inject|shot|used|using|snorted|on pill|pills are in|are in|gone now|all gone|do all of it|doing all of it|did it`,
    quantity: `all|every(?! (?:morning|night|evening|day|week|month|other day|few hours|\\d+ hours|time|now and then|single day|dose))|everything|whole|entire|lot|lots|loads|load|fistful|handful|bunch|double|triple|extra|lost count|in one go|at once|more than enough|enough|the rest|what was left|pill \\d+|on pill|(?<!(?:at|by|since|until|till|after|before|at about|at around) )(?:\\d{2,}|[5-9])(?! (?:hours?|hrs?|mins?|minutes|pm|am|mg|ml|days?|weeks?|years?|yrs?|o ?clock|percent|k|km|miles|units? of (?:sleep|alcohol)))|ten|fifteen|twenty|thirty|forty|fifty|sixty|hundred|dozens|box|boxes|bottle|bottles|packets?|packs?|strips?|supply|stash|too many|more than|as many as|the rest|what was left|a lot`,
    ingestPurpose: `on purpose|deliberately|to die|to not wake|dont (?:really )?care if i wake|dont want to (?:wake|be found)|hoping i (?:dont|wont)|hope i dont|stop feeling|that s the idea|thats the idea|the voices said|didnt work|did not work|it didnt work|please dont call|dont call anyone|not for the pain|so i (?:dont|wont) wake|to end it|to sleep forever|good|dropping`,
    injury: `punch(?:ed|ing)?|slamm?(?:ed|ing)|slam|hit|hitting|smash(?:ed|ing)?|burn(?:ed|t|ing)?|scald(?:ed|ing)?|press(?:ed|ing)|held my (?:hand|arm|fingers)|heated|scratch(?:ed|ing)?|scrap(?:ed|ing)|pick(?:ed|ing)|ripp?(?:ed|ing)|tear|tore|bit(?= (?:myself|my|me|into|through|down)\\b)|bite|biting|snapp?(?:ed|ing)|pull(?:ed|ing)|cut|cutting|sliced|carved|stabbed|starved|starving|threw up|purged|went over my|opened|open the|reopen(?:ed)?`,
    harmPurpose: `on purpose|deliberately|as (?:a )?punishment|to punish (?:myself|me)|punish myself|i deserve(?:d)? (?:it|the pain|to)|i need(?:ed)? the pain|to feel (?:something|pain)|felt good|it helped|couldnt help it|cant stop|so (?:no one|nobody|my \\w+) (?:wont|will not|doesnt|can t|cant) (?:notice|see)|where (?:no one|nobody|socks|sleeves|clothes) (?:can see|cover|covers|will see)|wont notice|to cope|urge|urges|again`,
    injuryResult: `until (?:it|they|the skin|my \\w+|i) (?:bled|bleeds|bleed|bleeding|split|splits|broke|came off|blistered|went numb|couldnt (?:anymore|feel)|was raw)|until (?:it|they|i) (?:bruise|bruised|bruises)|split the skin|broke the skin|drew blood|skin (?:came|comes) off|think its broken|stitches|stitch count|gaping|scars?`,
    cutsNoun: `(?:new|fresh) scars|cuts|cut marks|lines|barcode|wounds|burns|slices`,
    cutsContext: `my|new|fresh|found|old|the|gaping|deep|on my|arm|arms|thigh|thighs|legs?|wrists?|stomach|hips?|after tonight|last night|again|hide|hid|hiding|notice|see|bf|gf|mum|mom|dad|6|\\d+`,
    meansPlace: `window|balcony|bridge|car park|carpark|parking garage|multi ?storey|building|floor|storey|story|roof|rooftop|cliff|quarry|river|sea|ocean|lake|reservoir|train|express|tracks|timetable|railway|station|gun|weapon|shotgun|cartridges|rifle|ammo|bullets|rope|noose|knot|banister|belt|ligature|charcoal|tape|exhaust|garage|hose|carbon monoxide|nitrogen|helium|pentobarbital|barbiturates|arteries|artery|vein|veins|throat|wrists?|blade|knife|razor|pills|tablets|painkillers|paracetamol|lithium|insulin|${DRUG_NAME}|over the counter|method|methods|website|forum`,
    lethalOutcome: `(?:need|have|would have) to jump from|jump from|(?:hold|take|support|carry) (?:my|a persons|someones|a mans|a womans|my full|my body) weight|die|dies|dying|dead|death|kill|kills|fatal|lethal|fastest|quickest|quickly|quick|painless|highest|tallest|deepest|nearest|closest|within (?:driving|walking) distance|near me|unguarded|how high|how far down|to fill|fill (?:a |the )?(?:closed |small |sealed )?(?:garage|room|car)|faster than|quicker than|for a noose|use for|get hold of|buy|without being asked|fall asleep|drift off|always work|definitely work|work|works|survive|surviving|swim back|quietest|nets|without being asked|only need it once|do the most damage|damage|hold me|held|strong currents|cold enough|deep enough|high enough|tall enough|doesnt stop|dont stop|not stop`,
    question: `how|what|whats|which|where|wheres|does|do|is|are|can|could|would|will|if|anyone know|is there|tested|test|checked|looked up|looking up`,
    meansThing: `gun|weapon|service weapon|shotgun|rifle|pistol|cartridges|bullets|ammo|rope|noose|belt|blade|knife|razor|pills|tablets|charcoal|tape|hose|helium|nitrogen|the stuff|${DRUG_NAME}`,
    // A means with its ordinary use denied: "not for shaving", "not for balloons", "you know what for" (never "not for me").
    purposeDenied: `not for (?!(?:\\w+ ){0,4}(?:but|its|it s|theyre|they re|thats|that s|just|only)\\b)(?!(?:me|myself|mine|us|you|him|her|them|the (?:dog|cat|kids)|my (?:dog|cat|kids|mum|mom|dad|nan|gran))\\b)(?:\\w+ ){0,2}\\w+|you know what (?:for|its for|they re for|theyre for)|and you know why`,
    meansReady: `know where (?:the |he |she |they |my \\w+ )?(?:key|code|combination|keeps? it|hides? it|keeps? them)|know (?:the |his |her |their )?(?:safe |cabinet |locker )?(?:code|combination|pin|passcode)(?! (?:to|for) (?:the |my |our )?(?:wifi|wi fi|door|gate|phone|laptop|alarm|building|flat))|the key is|the code is|loaded|ready|in (?:my|the) (?:bag|room|drawer|nightstand|pocket|car|wardrobe|sock|closet)|hidden|hid|sharpened|check it|on the side|next to me|beside me|in front of me|counted|lined up|laid out|came today|arrived|bought|ordered|got hold of|taking|im taking|kept all|saved|hoard|stash|tested|a lot of them`,
    finality: `(?:ok |okay |right |so )?(?:im|i am) doing it(?= \\|)|(?:my )?last night (?:on earth|alive|ever|here)|writing (?:my )?(?:letters|goodbyes|goodbye letters)|when (?:you|anyone|someone|they) (?:see|read|find|get) this|it ll already be|itll already be|for good this time|go now|going to go now|so (?:she|he|they|no one|nobody|you) (?:wouldnt|wont|cant|couldnt|doesnt) stop me|one last time|last (?:cigarette|sunset|meal|walk|drink|message|text|goodbye)(?! (?:order|orders|call|calls|of the day|before)\\b)|goodbye|bye|farewell|wont be (?:needing|coming (?:home|back)|around|here|a bother|a problem|a burden)|shant be|dont (?:try to find|look for|wait up|call|come looking)|dont call|made (?:my|the|a) (?:decision|choice)|mind is made up|made up my mind|at peace with (?:it|my decision|the decision)|its my time|my time has come|im ready(?: now)?|ready now|this is it|(?:will|ll|itll|it will) (?:already )?be (?:done|over)|set it (?:all )?up|affairs in order|my plan is|not going to make it to|the spot|be with (?:my|him|her) \\w+ again|see (?:my|him|her) \\w+ again soon|tell (?:my|them|her|him) \\w* ?(?:i love|that i love|im sorry)|love (?:her|him|them|you all)|thank you for (?:trying|everything|the chats|listening)|thanks for the chats|it wasnt your fault|its not your fault|not your fault|im sorry to everyone|sorry for everything|keep it forever|for (?:my kids|the kids|them) to (?:watch|read|have) when|after im gone|when im gone|life insurance|pays out|left (?:a|the) key|left the dog|left the cat|cat has food|the next (?:fast )?train|driving (?:out )?to(?! (?:her|him|them|my \\w+|work|school|the (?:hospital|shop|shops|office|gym|airport|station to pick)|hospital|a ?e|pick)\\b)|im at the|i am at the|im on the (?:roof|bridge|ledge|edge)|not planning on getting out|no one will find me|nobody will find me|wont be found|walk into the (?:sea|river|lake|ocean)|into the sea|finish my life|end my days|stop fighting|letting (?:everyone )?down|one last`,
    finalityCue: `ever|thank you|chats|gave|given|cousin|mate|friend|sister|brother|the mess|find|found|one for each|each of them|after the \\d+\\w*|goodbye|bye|tonight|tonite|tomorrow|this weekend|friday|saturday|sunday|monday|soon|now|right now|after dark|forever|everyone|everything|the 1st|the rope|the knife|the blade|the gun|pills|the car|the bridge|the train|the station|minutes|the roof|the woods|the reservoir|the spot|this is it|ready|im sorry|sorry|love|not enough|decision|choice|peace|again soon|once|needing|a while|find me|dont call|dont try|wait up|my kids|my mum|my mom|my dad|my wife|my husband|my family|the cat|the dog|the key|the note|solicitor|insurance|dont|wont|never|no one|nobody|already|done|over|set it all up|made|getting out|it|myself|mind`,
    deathEvent: `hit by (?:a|the) (?:bus|car|truck|lorry|train)|(?:a|the) (?:bus|car|truck|lorry|train) (?:hit|hits|would hit|ran over|runs over|would run over|took|takes) me|plane (?:goes|went|would go|crashes|crashed) down|(?:god|he|death) (?:takes|would take|will take|to take) me|heart (?:gave|gives|would give|stops|stopped|would stop) (?:out|beating)?|cancer (?:would )?(?:come back|comes back|came back|returns)|got (?:really |very )?(?:ill|sick)|get (?:really |very )?(?:ill|sick)|asleep forever|stay asleep|not (?:have )?woken up|never woken up|not wake up|never existed|never been born|never be found|disappear|drown|a way out|in my sleep|crash|accident|die young|wasnt here|werent here|was gone|were gone`,
    passiveWelcome: `wouldnt be (?:arsed|bothered|fussed)|couldnt care less|(?:dont|wouldnt) give a|nice|sounds (?:nice|good|peaceful|lovely)|appealing|simpler|mercy|(?<!(?:im|i m|i am|were|we re|we are|all|everyone is|everyones|feel|feeling|doing|looks|is|are) )(?:fine|ok|okay|alright|good)|relief|welcome|wouldnt mind|would not mind|wouldnt fight|wouldnt care|dont care|hope|hoping|pray|praying|wish|wishing|would be happier|happier|better off|easier|keep hoping|secretly|honestly|id take it|take it|at peace`,
    death: `${DIE}|dying|died|dead|death|deaths|${SUICIDE}|${KILL} ?${MYSELF}|not (?:be )?(?:alive|here|around|existing)|not (?:to )?exist|(?:not|never) (?:wake|waking|woke)(?: up|(?= \\||$| again| tomorrow| ever| the))|end (?:it(?: all)?|my life|things|everything)(?! (?:with|between)\\b)|ending (?:it|things|everything|my life)(?! (?:with|between)\\b)|gone (?:forever|for good)|(?:six|6) feet under|afterlife|funeral|grave|unalive|kms|ctb|sle+p forever|cease to exist|stop (?:existing|breathing|living)|rest in peace|the other side|disappear(?:ed|ing)? (?:forever|for good|permanently)|be gone|no longer (?:be )?(?:here|alive|around)|over with|take my (?:own )?life|my life to end`,
    desire: `simpler|want|wanted|wants|wanna|wana|wish|wishing|wished|hope|hoping|long for|longing|crave|craving|ready|prefer|rather|welcome|looking forward|cant wait|peaceful|peace|relief|relieved|comfort|comforting|calm|better|easier|nicer|tempting|tempted|appeal|appealing|dream|dreaming|fantasi[sz]\\w*|think(?:ing)? about|thoughts? (?:about|of)|pray|praying|beg|begging|would love|like to|need to|needs to|deserve|should|have to|time to|longing for|waiting for|keep picturing|picture|imagine|imagining|obsess\\w*|cant stop thinking|romantici[sz]\\w*|envy|jealous of|ok with|okay with|fine with|at peace with|accepted|accepting`,
    intent: `going to|gonna|gunna|goin to|will|ill|i ll|planning|planned|plan to|decided|ready to|about to|tonight|tonite|this weekend|soon|gotta|right now|this time|for real|before (?:morning|the weekend|friday|monday|christmas|my birthday)|when everyone|after (?:the kids|everyone|they)|im doing it|doing it`,
    act: `${DIE}|kill (?:myself|me)|end (?:it|things|everything|my life)(?! (?:here|there|for|with|between|early|now|on|off)\\b)|cut (?:myself|again|deep|deeper|my (?:arm|arms|wrist|wrists|thigh|thighs|legs|skin))|cutting (?:myself|again)|od|overdose|jump (?:off|from|in front)|hang (?:myself|me)|swallow (?:them|it all|the lot|everything|all)|take (?:them all|all of them|the lot|all my|all the|every)|do it(?! (?:now|later|after|before|first|then|again later)\\b)|go through with it|unalive|not wake up|hurt myself|bleed out|slit (?:my|me)|off myself|top myself`,
    harm: `${SH}|self (?:harm|injury|injure|hurt)|selfharm|blade|blades|razor|razors|sharpener|box cutter|stanley knife|craft knife|knife|fresh (?:cuts|wounds|scars|burns)|(?:my )?cuts|wounds|stitches|stitch count|old habit|the habit|the cutting thing|cutting thing|clean streak|streak|counter|bleed|bleeding|bled|blood(?! (?:test|tests|pressure|sugar|sugars|work|donation|donor|levels?|results?|type|bank|cells|count|clot|thinners|orange))|scars|burn marks|carv(?:e|ed|ing)`,
    harmAct: `again|agen|agn|last night|tonight|this morning|yesterday|relapse\\w*|0|zero|day one|day 1|went back|going back|used|using|use it|on myself|upper arm|so (?:my|no one|nobody) \\w* ?(?:wont|cant|wouldnt|doesnt) (?:notice|see)|deep|deeper|so bad|really bad|did it|done it|want|wanna|need|urge|urges|craving|itching|tempted|couldnt stop|couldnt resist|gave in|caved|broke|clean up|cleaned up|hide|hid|hiding|cover|covering|arm|arms|wrist|wrists|thigh|thighs|leg|legs|stomach|hips|skin`,
    means: `${DRUG_NAME}|bottle|blister|pack|packet|packets|box|${POISON}|rope|noose|belt|cord|ligature|gun|pistol|rifle|bullet|shotgun|bridge|cliff|cliffs|roof|rooftop|ledge|balcony|tracks|railway|train|traffic|motorway|highway|carbon monoxide|exhaust|helium|knife|knives`,
    meansAction: `kept|keeping|held onto|saved|saving|stash|stashed|stockpil\\w*|hoard\\w*|collect(?:ed|ing)|count(?:ed|ing)|lined up|laid out|looking at|staring at|how many|how much|enough|lethal|deadly|fatal|right here|next to me|in front of me|in my hand|in my pocket|ready|bought|ordered|tied|tying|loaded|loading|edge of|standing on|stood on|sitting on|sat on|climb(?:ed|ing)?|jump(?:ed|ing)?|step(?:ped)? in front|lie down on|lay down on|drive (?:into|off)|drove (?:to|into|off)|the whole|all of (?:them|it|my|the)|every single|(?:too|to|2) many|way (?:too|to) many|mixed|mixing|downed|swallowed|popped|necked|chugged|washed down|on purpose|deliberately|googl\\w*|research\\w*|look(?:ed|ing)? up`,
    hopeless: `no point|no reason|no purpose|pointless|meaningless|hopeless|worthless|a burden|burden to|give up|giving up|gave up|given up|cant go on|cant keep going|cant do this|cant take|done with|tired of|sick of|exhausted|nothing left|no future|no way out|trapped|lost cause|waste of (?:space|oxygen|air|life)|never get better|wont get better|no hope|lost hope|out of hope|empty|numb|dont care|doesnt matter|whats the point|why bother|no longer care|cant see|cant picture|cant imagine|not worth|ready to let go|let go|nothing matters|nothing to`,
    life: `life|living|live|alive|exist|existing|existence|future|breathing|wake up|waking up|go on|carry on|keep going|stay alive|staying alive|be here|being here|this world|this earth|another day|tomorrow|next year|anymore|any more|survive|surviving`,
    farewell: `${GOODBYE}|farewell|last (?:message|text|time|night|words|letter)|final (?:message|words|goodbye|night)|(?:goodbye|suicide|last|final|farewell) (?:note|notes|letter|letters|video)|(?:wrote|written|writing|left|leaving|finished) (?:a |my |the )?(?:notes?|letters?) (?:for|to) (?:my|everyone|you all|the kids|them|her|him)|sorry for everything|love you all|take care of (?:my|the) (?:kids|cat|dog|family|mum|mom)|look after (?:my|the) (?:kids|cat|dog|family|mum|mom)|wont be (?:around|here)|not be (?:around|here)|forgive me|remember me`,
    farewellCue: `forever|for good|everyone|everybody|all of you|you all|world|tonight|soon|when im gone|after im gone|once im gone|im gone|im sorry|its not your fault|not your fault|its time|im ready|this is it|by the time|wont need|dont need|my family|my kids|my parents`,
  },
  proximity: [
    { id: 'near-ingest-quantity', category: 'ingestion', kind: 'act', severity: 'high', near: ['drugNoun', 'ingest', 'quantity'], within: 6 },
    { id: 'near-ingest-quantity-sentences', category: 'ingestion', kind: 'act', severity: 'high', near: ['drugNoun', 'ingest', 'quantity'], within: 8, acrossSentences: true },
    { id: 'near-finality-sentences', category: 'intent_plan', kind: 'act', severity: 'high', near: ['finality', 'finalityCue'], within: 10, acrossSentences: true },
    { id: 'near-harm-sentences', category: 'self_harm', kind: 'act', severity: 'high', near: ['harm', 'harmAct'], within: 8, acrossSentences: true },
    { id: 'near-harm-object', category: 'self_harm', kind: 'act', severity: 'high', near: ['harmObject', 'onMyBody'], within: 10 },
    { id: 'near-ingest-purpose', category: 'ingestion', kind: 'act', severity: 'high', near: ['drugNoun', 'ingest', 'ingestPurpose'], within: 10 },
    { id: 'near-injury-purpose', category: 'self_harm', kind: 'act', severity: 'high', near: ['injury', 'harmPurpose'], within: 8 },
    { id: 'near-injury-result', category: 'self_harm', kind: 'act', severity: 'high', near: ['injury', 'injuryResult'], within: 12 },
    { id: 'near-cuts', category: 'self_harm', kind: 'act', severity: 'high', near: ['cutsNoun', 'cutsContext'], within: 6 },
    { id: 'near-means-question', category: 'means', kind: 'act', severity: 'high', near: ['meansPlace', 'lethalOutcome', 'question'], within: 14 },
    { id: 'near-means-ready', category: 'means', kind: 'act', severity: 'high', near: ['meansThing', 'meansReady'], within: 8 },
    { id: 'near-means-purpose', category: 'means', kind: 'act', severity: 'high', near: ['meansThing', 'purposeDenied'], within: 10, acrossSentences: true },
    { id: 'near-finality', category: 'intent_plan', kind: 'act', severity: 'high', near: ['finality', 'finalityCue'], within: 12 },
    { id: 'near-passive-event', category: 'passive_ideation', kind: 'thought', severity: 'medium', near: ['deathEvent', 'passiveWelcome'], within: 10 },
    { id: 'near-desire-death', category: 'passive_ideation', kind: 'thought', severity: 'medium', near: ['death', 'desire'], within: 6 },
    { id: 'near-intent-act', category: 'intent_plan', kind: 'act', severity: 'high', near: ['act', 'intent'], within: 4 },
    { id: 'near-harm', category: 'self_harm', kind: 'act', severity: 'high', near: ['harm', 'harmAct'], within: 6 },
    { id: 'near-means', category: 'means', kind: 'act', severity: 'high', near: ['means', 'meansAction'], within: 5 },
    { id: 'near-hopeless-life', category: 'hopelessness', kind: 'thought', severity: 'medium', near: ['hopeless', 'life'], within: 5 },
    { id: 'near-farewell', category: 'intent_plan', kind: 'act', severity: 'high', near: ['farewell', 'farewellCue'], within: 6 },
  ],
  combinations: [
    {
      id: 'hopelessness-and-death',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      allOf: [
        `hopeless(?:ness)?|no hope|lost (?:all )?hope|no point|whats the point|pointless|no future|no way out|(?:give|giving|gave|given) up(?! on (?:sugar|coffee|smoking|drinking|meat|carbs|alcohol|chocolate|the|that|this)\\b)|worthless|trapped|a burden|nothing (?:matters|left|will (?:ever )?change|gets better)|${CANT} (?:cope|go on|keep going|do this|take (?:it|this)|handle (?:it|this|life)|face (?:it|this|anything))|tired of (?:everything|it all|trying|fighting|being me)|never (?:get|going to get|gonna get) better|${WONT} (?:ever )?get better|hate my life|hate myself|empty inside|numb|alone forever`,
        `${DEATH_WORDS}|grave|funeral|sle+p forever|never wake up|end (?:it|everything|things|my life)|ending (?:it|everything|things)|gone forever|cease to exist|stop existing|not exist|disappear|vanish|want (?:it|this|it all|everything) to (?:stop|end|be over)`,
      ],
    },
  ],
  // A pronoun alone is no lead: "i | cut myself in the toilets" is no "cut myself in on the deal".
  safeLead: '(?:(?:i|im|i m|am|id|i d) )*(?:(?:so|just|literally|actually|really|totally|defo|definitely|about to|ready to|going to|gonna|gunna|go|be|will|ill|i ll|would|could|swear) )+',
  safeContexts: [
    // A third round of families (dev12–dev15, benign10), each narrowed so the crisis reading of the
    // same words stays ("wanted to die when my dad left" is a past feeling, not an embarrassment).
    {
      id: 'embarrassment-past',
      pattern: `(?:literally |actually |just )?wanted to (?:die|disappear|crawl (?:into a hole|under a rock))[^|]{0,80}?(?:mortified|embarrass\\w*|cringe|called (?:my|the|her|his) (?:\\w+ ){1,2}(?:mum|mom|mummy|mommy|dad|daddy)|waved|said .{1,20} instead of|spilled|tripped|fell over)[^|]{0,40}|(?:mortified|embarrass\\w*|cringe)[^|]{0,30}(?:literally |actually |just )?wanted to (?:die|disappear)`,
    },
    {
      // Burns and cuts of kitchen, garden and DIY: "burned my forearm on the smoker lid", "scratched my arms to bits pruning".
      id: 'household-injury',
      pattern: `(?![^|]*(?:on purpose|again|deliberately|to feel|punish|myself|until|till))(?:burn(?:ed|t)|scald(?:ed)?|scratch(?:ed)?|nick(?:ed)?|slic(?:ed)|cut) my (?:\\w+ )?(?:hand|hands|arm|arms|forearm|finger|fingers|thumb|leg|legs|ankle|shin|knee|tongue|lip)(?: open| to bits| to pieces)? (?:on (?:the |a |my )?(?:oven|stove|hob|tray|pan|iron|kettle|grill|smoker|bbq|barbecue|lid|rack|toaster|radiator|exhaust|fence|nail|glass|tin|can|mandoline|grater|bramble|brambles|rose)\\w*|(?:pruning|gardening|chopping|cooking|shaving|baking|peeling|sawing|drilling|getting the|taking the|doing (?:the )?(?:roast|dinner|tea|lunch|dishes|garden))\\b)[^|]{0,60}`,
    },
    { id: 'device-suicide', pattern: `(?:phone|laptop|computer|pc|printer|router|tablet|ipad|car|tv|console|plant|battery|app|game)s? (?:\\w+ ){0,2}(?:committed suicide|killed itself|unalived itself|self destructed)` },
    { id: 'end-it-with-someone', pattern: `(?:(?:im|i m|i am|i) (?:going to|gonna|will|ll|want to|wanna|have to|need to|finally) )?end(?:ing)? (?:it|things) (?:with|between) (?:him|her|them|my (?:bf|gf|boyfriend|girlfriend|partner|husband|wife|ex|fiance|fiancee)|\\w+ and me)` },
    { id: 'log-off-a-platform', pattern: `log(?:ging)? off (?:\\w+ )?(?:from|of) (?:facebook|fb|twitter|x|instagram|insta|tiktok|reddit|discord|social media|snapchat|whatsapp|the group)` },
    { id: 'tonight-the-night-event', pattern: `(?:tonight s|tonights|tonight is) the night` + `(?=[^|]{0,10}(?:\\| )?[^|]{0,50}(?:ask(?:ing)? (?:her|him|them) out|date|final|premiere|game|match|party|gig|concert|show|bake off|launch|wedding|opening|proposal|propose|first night))` },
    { id: 'bus-to-somewhere', pattern: `catch(?:ing)? the (?:bus|train) (?:tonight |today |tomorrow |home )?(?:to|from|at|back|home|into|downtown|into town)(?! the other side| the end)` },
    { id: 'leave-an-event', pattern: `check(?:ing)? out (?:early )?(?:from|of) (?:the|a|this|that) (?:party|event|office|work|conference|meeting|club|festival|wedding)` },
    { id: 'overdose-of-a-thing', pattern: `(?:an? |total |complete |such an? )?overdose of (?!(?:\\w+ ){0,2}(?:${DRUG_NAME}|${POISON}|${ALCOHOL}|pills?|meds?|medication|tablets?|insulin|heroin|drugs|sleeping)\\b)\\w+` },
    { id: 'someone-will-kill-me', pattern: `(?:mum|mom|mam|mother|dad|father|boss|wife|husband|teacher|coach|sister|brother|gf|bf|partner|manager|nan|gran) (?:\\w+ )?(?:will|is going to|s going to|is gonna|s gonna|gonna|would) (?:literally |actually )?kill me` },
    // Devotion or craving, not death: "I'd die for a flat white", "would die for my kids".
    { id: 'die-for-a-thing', pattern: `(?:id|i would|i d|would|could) (?:literally |actually |honestly |totally |so )?die for (?:a|an|some|the|one|that|this|those|these|my|your|our) (?!(?:chance|reason|way|excuse)\\b)\\w+` },
    { id: 'hangover-hyperbole', pattern: `(?:hungover|hangover|hung over)[^|]{0,40}(?:want to|wanna|gonna|going to|could|about to|i will|ill) (?:literally |actually )?die|(?:want to|wanna|could|gonna) (?:literally |actually )?die[^|]{0,30}(?:hungover|hangover|never drinking)` },
    { id: 'dead-in-the-water', pattern: `dead in the water` },
    {
      // A team's result as the reason: "gonna jump off a bridge if spurs lose again" (never "if I lose my job").
      id: 'if-my-team-loses',
      pattern: `(?:(?:im |i m |i )?(?:gonna|going to|will|ll|would|d|wanna|want to) )?(?:jump off (?:a|the) (?:bridge|cliff|roof)|die)[^|]{0,20} if (?!(?:i|im|i m|my|we|me)\\b)(?:\\w+ ){1,3}(?:lose|loses|lost|draw|draws|miss|misses|get relegated|go down|bottle it)\\b[^|]{0,30}`,
    },
    // Idioms and everyday hyperbole found by the dev8–dev11 and benign8–9 writers, by family.
    { id: 'shot-in-the-foot', pattern: `(?:shot|shoot|shooting|shoots) (?:myself|meself|me|ourselves|yourself) in the foot` },
    {
      // Someone or something else wanting me dead: "this spreadsheet wants me dead", "the trainer tried to kill us".
      id: 'wants-me-dead',
      pattern: `(?<!\\bi )(?<!\\bi really )(?:wants|wanted|is trying to get|trying to get|tried to get|is out to get) (?:me|us) (?:dead|killed)|(?:\\w+ )(?:wants|wanted|is trying|was trying|tried) to kill (?:us|me)(?= \\||$| (?:today|with|at|in|this|on|lol|haha))`,
    },
    { id: 'blood-idioms', pattern: `blood ?bath|bleeding (?:money|cash|points|time|goals|subscribers|followers|us dry|me dry)|bled (?:us|me) dry` },
    { id: 'sleep-when-dead', pattern: `(?:ill|i will|i ll|you can|u can|youll|you ll) sleep when (?:im|i am|i m|youre|you are|ur|your) dead` },
    {
      // "political suicide", "suicide sprints", "this traffic is suicide": suicide as an adjective for a plan or a thing.
      id: 'suicide-figure',
      pattern: `(?:political|career|social|digital|commercial|fashion|professional|financial|electoral|brand) suicide|suicide (?:mission|missions|squad|sprints?|drills?|doors?|blonde|lane|pass|corner|curve)|(?:traffic|exam|test|road|drive|route|plan|idea|move|schedule|deadline|timetable|this \\w+|that \\w+) (?:is|was|would be|d be|s) (?:pure |total |absolute |literal |basically |just )?suicide`
        // …or an activity ("running a marathon without training was suicide"), never thinking of or planning it.
        + `|(?<![\\p{L}\\p{N}])(?!(?:thinking|considering|contemplating|planning|attempting|committing|ending|dying|killing|taking)\\b)\\w+ing (?:\\w+ ){0,6}(?:is|was|would be|d be) (?:pure |total |absolute |literal |basically |just )?suicide(?= \\||$| lol| haha| lmao| tbh| honestly| in this| with)`,
    },
    {
      // A farewell to a thing or a place: "cancelling netflix. goodbye forever", "goodbye forever, old iphone".
      id: 'farewell-to-things',
      pattern: `(?:cancel\\w*|unsubscrib\\w*|retir\\w*|uninstall\\w*|cut the cord|moving (?:out|house|to)|last day (?:at|in) (?:the |my |this )?(?:office|firm|company|job|work|school|uni|flat|house)|out of office|leaving (?:the|my) (?:job|firm|company|office|flat|house)|(?:new|next) chapter|(?:old|my) (?:phone|iphone|laptop|flat|apartment|car|desk))[^|]{0,80}(?:\\| [^|]{0,80})?(?:goodbye|bye|farewell)(?: (?:forever|for good|everyone|all))?|(?:goodbye|bye|farewell) (?:forever|for good)?,? (?:to )?(?:my |the |our |you )?(?:old |little |first )?(?:phone|iphone|laptop|car|flat|apartment|house|job|office|desk|netflix|cable|gym|subscription|account|buddy|wisdom teeth|tooth|teeth|tonsils|appendix|braces|cast|stitches|hair|beard|fringe|uni|school|twenties|thirties)(?! (?:forever|for good)? ?(?:and|everyone|to everyone|to you all)\\b)`,
    },
    { id: 'check-out-of-a-place', pattern: `check(?:ing)? out (?:of|from) (?:this|that|the|my|our|a) (?:\\w+ )?(?:hotel|airbnb|hostel|room|hospital|library|shop|store|bnb|place|b and b)` },
    { id: 'saving-up-for', pattern: `sav(?:e|ed|ing) up (?:for (?:months|weeks|ages|years|a while|a year) [^|]{0,40})?(?:for|to buy) (?:the |a |an |my |our |some )?(?:flights?|holiday|trip|car|house|deposit|wedding|tickets?|concert|course|laptop|phone|bike|christmas|uni|rent)[^|]{0,30}|stockpil\\w* (?:so much |loads of |a lot of )?(?:pasta|rice|food|toilet roll|loo roll|tins|snacks|beans|flour|coffee)` },
    { id: 'die-on-furniture', pattern: `(?:(?:im|i m|i am|ill|i ll) )?(?:gonna|going to|about to|will|ll|thought i was gonna|thought i was going to)(?: go)? die (?:on|in) (?:the |this |that |my )?(?:sofa|couch|track|pitch|field|court|treadmill|bike|stairs|hike|hill|gym|bleachers)(?! tracks| line| bridge| tonight| today| now| for good| forever)|(?:gonna|going to|will|ll)(?: go)? die (?:in|on) (?:my |the )?bed(?= (?:with (?:a|my|the|some) (?:hot water bottle|blanket|duvet|netflix|snacks|book|tea|cat|dog)|for a (?:bit|while|week)|until)\\b)` },
    { id: 'scare-told', pattern: `(?:thought|felt like|was sure|was convinced) (?:i was|id|i d|i would) (?:gonna |going to |about to )?die(?! (?:of|from|on|in|at) (?:(?:the|an?|my|that|all) )?(?:overdose|od|pills|tablets|meds|cuts?|bleeding|blood|rope|noose|drop|fall|jump|tracks|train|bridge)\\b)(?: (?:of|from|on|in|at)(?: (?:the|a|that))?(?: \\w+){0,2})?(?= \\||$| (?:lol|haha|lmao|when|because|on the|in the|at the|from the|but|and then|halfway|after)\\b)` },
    { id: 'dead-in-the-water', pattern: `dead in the water|(?:be |was |im |i m )?dead (?:from|of) (?:caffeine )?(?:withdrawal|exhaustion|tiredness|overwork)` },
    { id: 'hang-out-to-dry', pattern: `hang(?:ing|s)? (?:me|us|him|her|them|you) out to dry` },
    { id: 'starved-of-sleep', pattern: `starv\\w* (?:myself |me )?of (?:sleep|time|oxygen|daylight)` },
    { id: 'things-overdose', pattern: `(?:board|binge|sugar|carb|cheese|chocolate|cookie|caffeine|content|screen|tv|netflix|sun|dopamine|cuteness|nostalgia|meme|christmas|pasta|pizza|cake) overdose` },
    {
      // Waking or getting up at an hour: "don't want to wake up early tomorrow", "getting up at 5 for work".
      id: 'wake-at-hour',
      pattern: `(?:wake|waking|get|getting) up (?:so |this |that |too |really )?(?:early|at \\d+|for (?:work|school|class|uni|college|my shift|the gym))`,
    },
    {
      id: 'food-prep',
      pattern: `(?:cut|cutting|chop\\w*|slic\\w*|dic(?:e|ed|ing)) (?:up )?(?:the |some |a |an |your |my )?(?:onions?|vegetables|veggies|veg|fruit|meat|bread|potato(?:es)?|carrots?|tomato(?:es)?|apples?|cheese|chicken|cake|pizza|garlic|peppers?|cucumbers?|lemons?|limes?|steak|fish|beef|pork|tofu|mushrooms?)(?: (?:into|in) (?:thin |thick |small |big |fine |even )?(?:slices|strips|cubes|pieces|chunks|rings|wedges|halves|quarters|rounds))?`,
    },
    {
      id: 'embarrassment-hyperbole',
      // "I want to jump off a cliff, I replied-all to the whole company": an embarrassment, not a wish.
      pattern: `(?:want to|wanna|could|gonna|going to|about to|ready to)(?: literally| just)* (?:die|jump off (?:a|the) (?:cliff|bridge|roof|building|balcony)|crawl (?:into a hole|under a rock)(?: and die)?|disappear)[^|]{0,80}?(?:embarrass\\w*|cringe|awkward|mortified|replied all|reply all|replied to all|sent it to the wrong|called (?:my|the) teacher mum)[^|]{0,30}|(?:embarrass\\w*|cringe|mortified|replied all|reply all|replied to all)[^|]{0,60}?(?:want to|wanna|could)(?: literally| just)* (?:die|jump off (?:a|the) (?:cliff|bridge|roof|building)|crawl (?:into a hole|under a rock))`,
    },
    {
      id: 'trivial-ordeal',
      // "lost the will to live in that 3 hour lecture": hyperbole about a boring event.
      pattern: `(?:lost|losing|lose) (?:the |all |my )?will to live (?:in|during|at|after|watching|listening to|sitting through|reading|waiting (?:for|in))[^|]{0,50}`,
    },
    {
      id: 'scenic-heights',
      pattern: `(?:cliff|coast|bridge|roof|rooftop|balcony|ledge|tower)s? (?:path|walk|top|bar|garden|terrace)?[^|]{0,40}(?:views?|amazing|beautiful|stunning|gorgeous|sunset|sunrise|photos?|pics|picnic|fireworks|hike|hiking)|(?:cliff|coast|coastal) (?:path|walk|hike)`,
    },
    {
      id: 'shaving',
      pattern: `(?:(?:new|bought|buy|got|need) (?:a |some )?(?:new )?)?(?:razor|razors|blades?|razor blades)[^|]{0,40}(?:blunt|shav\\w*|beard|stubble|electric|disposable|cartridges?|refills?|heads)`,
    },
    {
      id: 'death-of-me',
      pattern: `(?:will|ll|is going to|gonna|going to|would|could|might) (?:literally |actually )?be the (?:death|end) of (?:me|us|him|her)`,
    },
    {
      id: 'hill-to-die-on',
      pattern: `(?:the |a |my )?hill (?:i|ill|i ll|i will|id|i d|i would|im (?:willing|ready|going) to|to) die on|die on (?:this|that) hill|curl(?:ed)? up and die (?:when|because|of|lol|haha|lmao|after|every time|whenever|in (?:a|the) (?:corner|hole))`,
    },
    {
      id: 'one-more-time',
      // Hyperbole about a trivial repeat: "if he mentions crypto one more time I'm throwing myself off the balcony".
      pattern: `if (?:i (?:have to|hear|see|get)|he|she|they|someone|anyone|my \\w+|you|this \\w+|the \\w+) [^|]{0,60}?(?:one more time|once more|one more (?:word|minute|email|meeting|song|episode|question|lecture|video|ad|advert|call|text|notification))[^|]{0,80}`,
    },
    {
      id: 'dose-safety',
      pattern: `how (?:many|much) [^|]{0,40}?(?:safely|is safe|safe to|safe dose|max(?:imum)? dose|recommended dose|without (?:hurting|damaging) (?:my|your) (?:liver|stomach|kidneys))[^|]{0,20}|how (?:many|much) [^|]{0,50}?for (?:a |an |my |the |his |her )?(?:headache|toothache|migraine|fever|cold|flu|temperature|cramps|period pain|back pain|pain|hangover|sore throat|allergies|hay ?fever)|(?:work|working|job|shift|placement)s? (?:in|at) (?:a |the )?(?:pharmacy|chemist|dispensary)[^|]{0,50}|pharmacists?(?: tech\\w*| assistant)?[^|]{0,30}(?:count\\w*|dispens\\w*|fill\\w*)[^|]{0,30}`,
    },
    {
      id: 'household-chemicals',
      pattern: `(?:mix(?:ed|ing)?|clean(?:ed|ing)?|spill(?:ed|t)?|splash(?:ed)?|use|used|using) [^|]{0,25}?(?:bleach|ammonia|drain cleaner|oven cleaner)[^|]{0,50}?(?:clean\\w*|by accident|accidentally|windows|bathroom|toilet|sink|floor|fumes)|(?:bleach|dye) (?:the |my )?(?:hair|toilet|sink|bath|floor|whites|towels|roots)`,
    },
    {
      id: 'gear-for-a-purpose',
      pattern: `(?:bought|got|buy|buying|need|needed|have|ordered|using) (?:a |the |some |new |more )?(?:rope|ropes|gun|knife|knives|blades?|razors?) (?:for|on) (?:the |a |my |our )?(?:\\w+ )?(?:swing|tree swing|tyre swing|tire swing|boat|tent|camping|climbing|hunting|kitchen|garden|crafts?|shaving|fishing|range|washing line|dog|tow|towing|hammock|gym|skipping|sailing|allotment)`,
    },
    {
      id: 'took-a-box-of-things',
      pattern: `(?:${TOOK}|brought|bought|finished|went through) (?:a |an |the |my |our )?(?:whole |entire |full |massive |huge )?(?:box|boxes|pack|packs|packet|bag|tub|tin|jar|bottle|carton|sleeve|roll|load|bunch) of (?:tissues|chocolates?|biscuits|cookies|crisps|chips|cereal|snacks|sweets|candy|popcorn|water|juice|tea|coffee|paper|books|photos|pictures|toys|clothes|snaps|selfies|notes)`,
    },
    {
      id: 'overdosed-on-treats',
      pattern: `(?:(?:i|ive|i have|i just|just|already|i already|we|totally|kinda|lowkey|def|definitely) )*(?:overdos(?:e|ed|es|ing)|od(?:ed|d|ing)?) on (?!(?:my|the|her|his|their|some|all|a|an|those|these|too|every|everything|whatever|pills?|meds?|tablets?)\\b|(?:\\w+ ){0,2}(?:${DRUG_NAME}|${POISON}|${ALCOHOL}|purpose|it|them|something|stuff|drugs|heroin|coke)\\b)(?:\\w+)(?: (?:and|&) \\w+)?`,
    },
    {
      id: 'die-if-chore',
      pattern: `(?:im |i am |i m |ill |i will |im gonna |im going to |gonna |going to |i could |i would |id |i will literally |ill literally )(?:literally |actually |actually just |honestly )?die if (?:i (?:have to|need to|gotta|must|hear|see|get|dont get|do not get|cant get|eat|drink|sit|watch|read|wait)|this (?:meeting|queue|line|lecture|class|call|day|week|song|traffic|heat)|(?:my|the) (?:boss|teacher|team|kids|meeting|wifi|train|bus)|they (?:play|make|cancel|move))`,
    },
    {
      id: 'object-died',
      pattern:
        'last day (?:at|of|before) (?:work|school|term|the job|uni|college|the holiday|my holiday|placement)(?:[^|]{0,40}(?:goodbye|bye)(?: \\w+)?)?|(?:goodbye|bye) (?:everyone|all|team|guys|folks)[^|]{0,40}(?:holiday|vacation|weekend|leaving do|new job|retire\\w*|moving|see you|back (?:on|in)|next week)|(?<!(?:i|ive|i ve|i have|ive got|i ve got|i got) )(?:have|has|got) a death wish|(?:phone|phones|battery|laptop|car|printer|tablet|ipad|charger|bike|van|engine)s? [^|]{0,25}(?:about to die|dying|died|dead|is dead|wants me dead|want me dead|on its last legs)|literally (?:want to|wanna|could|am going to|gonna|im going to) die[^|]{0,80}(?:embarrass\\w*|cringe|awkward|waved|replied all|reply all|mortified|lol|haha)|(?:blew|blow|blown|raise|raised) the roof(?: off)?|(?:they|he|she|it|\\w+s) (?:have|has|got|with) a death wish|(?:rope|ropes|gun|knife|knives|blades?) (?:for|on) (?:the |a |my |our )?(?:\\w+ )?(?:swing|tree swing|boat|tent|camping|climbing|hunting|kitchen|garden|crafts?|shaving|fishing|range|washing line)|(?:phone|battery|laptop|computer|tablet|ipad|iphone|android|car|engine|printer|plants?|flowers?|internet|wifi|wi fi|router|tv|remote|mouse|keyboard|charger|headphones|earbuds|airpods|torch|flashlight|light ?bulb|bulb|watch|conversation|chat|party|town|city|bar|club|market|mood|joke|meme|trend|hard drive|drive|server|app|game|console|controller|fire|signal|line|succulent|cactus|basil|garden|lawn|grass|crops|pen|speaker|mic|microphone|fish|goldfish|hamster|tamagotchi|character|sim|sims|villager|pokemon|avatar|account|laptop battery|streak|vibe|group chat)(?: (?:is|was|has|had|have|just|totally|completely|finally|went|s|battery|keeps|kept|always|already|literally|basically|now|then|also|got|gone|all|so|about to|going to|gonna|pretty much|died|on me|again))* (?:died|dies|dying|dead|die|is dead|was dead)',
    },
    {
      id: 'laughing-boredom',
      pattern:
        '(?:died|dying|dead|deceased|killed me|killed) (?:of |from |with )?(?:laughing|laughter|laughin|lol|lmao|cringe|embarrassment|boredom|curiosity|hunger|thirst|heat|cuteness|the cuteness|jealousy|secondhand embarrassment|second hand embarrassment)|(?:die|killed myself|killing (?:myself|me)|kill (?:myself|me)) (?:of |from |with )?(?:laughing|laughter|laughin|cringe|embarrassment|boredom|curiosity|hunger|thirst|heat|cuteness|the cuteness|jealousy|secondhand embarrassment|second hand embarrassment)|(?:(?:almost|nearly|could have|couldve|could|wanted to|want to|wanna|gonna|going to|was going to|will|would|i will|ill|id) )?(?:die|died) (?:of|from) (?:embarrassment|boredom|laughter|laughing|cringe|curiosity|hunger|thirst|heat|cuteness|shame)|(?:im|i m|i am) (?:literally |actually |so |fully |dead )*(?:dead|deceased|dying|ded) (?:lol|lmao|lmfao|haha\\w*|rofl|x+d|af|😂)|(?:im|i m|i am) (?:literally |actually |so )?(?:dead|deceased|dying|ded)(?= \\||$)',
    },
    {
      id: 'die-idioms',
      pattern:
        '(?:is|are|was|were|looks?|looked|tastes?|tasted|smells?|smelled|sounds?|absolutely|simply|literally|totally|honestly) to die for|(?:id|i would|i d|i ll|ill|i will)? ?rather (?:die|be dead|d[iy]e) than (?!(?:live|go on|feel|be (?:alive|here)|wake up|keep)\\b)\\w+|punishable by death|death (?:penalty|row|sentence)|sentenced to death|dying to (?:know|see|meet|try|go|hear|get|have|tell|find out|read|watch|visit|eat|taste|ask|talk|show|play|hug)|dying for (?:a |an |some |the |my )?(?:coffee|tea|drink|beer|wine|snack|nap|holiday|vacation|break|cigarette|smoke|pizza|burger|food|bite|sleep|rest|shower|pee|wee|chance|weekend|friday|summer|chocolate)|do or die|die ?hard(?: fans?)?|never say die|die is cast|(?:scared|frightened|terrified|worried|sick|freezing|starving|tickled|loved|annoyed|stressed|talked|beaten|bored|worked|bore|love) (?:me |him |her |them |us |you |it )?to death|death by (?:chocolate|powerpoint|meetings?|a thousand cuts)|death (?:metal|star|stranding|note|stare|grip|trap|valley)|sudden death|near death experience|grim reaper|dying (?:art|breed|light|language|trend|star|embers)|(?:ill|i will|i would|id|i d) (?:literally )?die (?:if|when|of|before|without)(?! (?:i|my|they|nobody|no one|anyone)\\b)|(?:could|would) (?:literally )?(?:die|have died) (?:happy|right now of|of)|dying inside (?:lol|lmao|haha)',
    },
    {
      id: 'dye-typo',
      pattern: `(?:${WANT_TO} |going to |gonna |will |to )?d[iy]e(?:d|ing)? (?:my|her|his|their|your|the) (?:hair|beard|eyebrows|roots|clothes|shirt|jeans|fringe|tips)`,
    },
    {
      id: 'dead-idioms',
      pattern:
        'dead (?:tired|beat|serious|seriously|sure|certain|on|wrong|right|end|ends|set|last|center|centre|heat|weight|silence|quiet|easy|simple|good|funny|boring|bored|busy|slow|broke|cheap|ringer|giveaway|zone|line|battery|air|ahead|straight|asleep|cold|calm|still|lucky|gorgeous|loss|spot|stop|pixels?|skin|leaves|wood|bolt|reckoning|drunk|inside lol)|drop dead (?:gorgeous|beautiful|handsome|sexy|stunning)|(?:flog|flogging|beat|beating) a dead horse|dead (?:to|on) (?:the )?world|walking dead|dead mans|dead poets?|grateful dead|dead or alive|red dead|dead space|dead by daylight|dead ?pool|dead sea|day of the dead|over my dead body|(?:knock|knocked|knocks) (?:em|them|\\w+) dead|stone dead|dead to me|deadline|dead week|brain dead|(?:my )?(?:legs?|feet|arms?) (?:are|is|feel|feels) dead',
    },
    {
      id: 'kill-idioms',
      pattern:
        'k[iy]*l+(?:ed|ing|s)? (?:it|time|the (?:lights?|engine|mood|vibe|game|music|power|conversation|app|process|bug|task|bottle|presentation|interview|exam|test)|two birds|a bottle|the spider|a spider|the fly|weeds|germs|bacteria|my (?:buzz|vibe))|(?:could|would|d) (?:literally )?(?:kill|murder) (?:for|a|an|someone for)|killer (?:app|feature|deal|workout|heels|look|outfit|song|view|smile|idea|combo|instinct|queen|sudoku|whale|bee)|dressed to kill|kill(?:ed|ing)? (?:\\w+ )?with kindness|kill ?joy|k[iy]*l+(?:ing|s)? me(?! ?s[ea]?l+f)|(?:my|the) (?:back|feet|head|knees?|legs?|neck|shoulders?|boss|kids|job|commute|traffic|heat|cold|exam|homework) (?:is|are|has been|have been|was|were) k[iy]*l+ing (?:me|us)|(?:mum|mom|dad|mother|father|wife|husband|boss|teacher|she|he|they)(?:ll| will| is going to| gonna| would) (?:literally )?(?:kill|murder) me|murder(?:ed|ing)? (?:me|it|that|this|the)|(?:just )?k[iy]*l+ me now',
    },
    {
      id: 'killing-myself-overwork',
      pattern: `(?:ive been|i have been|been|im|i am|was|i was|were|keep|kept) k[iy]*l+ing ${MYSELF} (?:trying to|to (?:finish|get|meet|make|keep up|hit|please|pass|study)|(?:at|for) (?:work|the gym|the office|practice|training|school|uni|university|college|this job|my job|this project)(?! (?:today|tonight|tomorrow|this|on|when|after|before|with)\\b)|over (?:this|that|the|my) (?:project|report|deadline|essay|assignment|exam|thesis|work|job)|working|studying)|(?:almost|nearly|practically|basically) k[iy]*l+ed ${MYSELF} (?:tripping|falling|slipping|on the stairs|in the shower|driving|skiing|on my bike|on the ice|at the gym|doing|trying|running|carrying|lifting|with|on)`,
    },
    {
      id: 'cut-slack',
      pattern: `cut(?:ting)? (?:${MYSELF}|me|yourself|ourselves) (?:some |a (?:little |bit of )?)?(?:slack|break)|cut(?:ting|s)? (?:${MYSELF}|me|yourself|ourselves) (?:off|out|loose|free|short|in(?= on\\b))(?! \\w+ (?:arm|wrist|leg|skin))|(?:hurt|burn(?:ed|t)?|cut) ${MYSELF} (?:cooking|shaving|chopping|slicing|baking|ironing|gardening|on (?:a|the) (?:\\w+ )?(?:knife|nail|glass|stove|oven|pan|iron|kettle|tin|can|paper|fence|door|table|grill|hob|tray)|at (?:the gym|football|practice|training|work)|playing|running|lifting|skiing|climbing|falling|when i fell|in the kitchen|by accident|accidentally)(?![\\s\\S]{0,40}?(?:on purpose|deliberately|purposely|intentionally|to feel (?:something|better|pain)|to punish|felt (?:good|better)))|hurt ${MYSELF} (?:at|playing|lifting|running|when|while|skiing|in|on|doing)(?! (?:purpose)\\b)`,
    },
    {
      id: 'accidental-injury',
      pattern: `(?:^|i|ive|i have|i had) (?:just |accidentally |accidently |kind of |sort of |really |badly |totally )*(?:cut|burn(?:ed|t)?|hurt|injured|scratched|stabbed|sliced) (?:${MYSELF}|my (?:finger|fingers|thumb|hand|arm|leg|knee|foot|toe|back|ankle|head|lip|chin|face|shoulder|elbow|neck|wrist|hip)) (?:(?!not\\b|again\\b|deliberately\\b|intentionally\\b|purposely\\b|on purpose\\b)\\w+ ){0,3}(?:by accident|accidentally|shaving|cooking|chopping|slicing|baking|ironing|gardening|while (?:cooking|shaving|chopping|cutting|gardening|working|playing|running|baking|ironing|climbing|cleaning|lifting|moving)|on (?:a|the) (?:knife|nail|glass|stove|oven|pan|iron|kettle|tin|can|paper|fence|door|table|grill|hob)|at (?:the gym|football|practice|training|work)|playing|running|lifting|skiing|climbing|falling|when i fell|in the kitchen|opening)|(?:accidentally|accidently|by accident) (?:cut|burn(?:ed|t)?|hurt|injured|scratched) (?:${MYSELF}|my (?:finger|fingers|thumb|hand|knee|foot|toe|back|ankle|head|lip|chin|face))`,
    },
    {
      id: 'suicide-idioms',
      pattern:
        's[uiy]{1,3}[cs]{1,2}[iy]{0,2}de (?:squad|doors?|squeeze|sprints?|drills?|runs?|lane|king|bombers?|bombings?|attacks?|missions?|blonde|silence|wings|pass|move|burpees)|(?:career|political|social|commercial|electoral|financial|fashion|academic|culinary|professional|brand) s[uiy]{1,3}[cs]{1,2}[iy]{0,2}de|(?:that|this|it|thatd|thats|it would be|it d be|its) (?:would be |is |was )?(?:basically |literally |pure |social |career )?s[uiy]{1,3}[cs]{1,2}[iy]{0,2}de(?: for (?:my|your|the) (?:career|grades|budget|wallet|diet|team|sleep))',
    },
    {
      id: 'cut-contexts',
      pattern:
        'cut(?:ting|s)? (?:back|down|out|off|in|corners|ties|class|classes|school|carbs|sugar|costs?|calories|coupons|loose|a deal|it close|the (?:cake|grass|lawn|hedge|cord|crap|line|queue|mustard|bread)|my (?:hair|nails|fringe|bangs|beard|losses|hours|spending|budget|toenails|fingernails)|(?:his|her|their|our|your) (?:hair|nails)|onions?|vegetables|veggies|veg|fruit|meat|bread|fabric|paper|wood|grass|hair)|(?:paper|onion|shaving) cut',
    },
    {
      id: 'overdose-idioms',
      pattern:
        '(?:overdos(?:e|ed|ing)|od(?:ed|d|ing)?) on (?:caffeine|coffee|sugar|chocolate|candy|sweets|netflix|tv|carbs|cake|pizza|cookies|cheese|memes|tiktok|youtube|social media|junk food|ice cream|christmas|cuteness|love|work|nostalgia|reality tv|anime|k ?dramas?|dramas?|drama|true crime|podcasts|music|sunshine|vitamin c|garlic|cinnamon|spice|chilli|pumpkin spice|fun|screen time|games|gaming|shopping)|(?:caffeine|sugar|vitamin|cuteness|information|data|nostalgia|serotonin|dopamine|carb|cheese|meme) overdose|od (?:tired|long|hungry|funny|good|bad|cold|hot|late|early|busy|annoying|boring)|(?:thats|that is|its|it is|so|proper) od',
    },
    {
      id: 'self-delete-tech',
      pattern:
        'self ?delet(?:e|ed|es|ing)(?: \\w+)? (?:messages?|texts?|tweets?|posts?|emails?|photos?|pictures?|files?|chats?|stories|story|timer|feature|setting|option)',
    },
    {
      id: 'medication-adherence',
      // Not an intent ("going to take all my tablets tonight") nor followed by what says it was all at once.
      pattern: `(?<!(?:going to|gonna|gunna|will|ill|i ll|want to|wanna|plan to|planning to|about to|ready to) )(?:tak(?:e|en|ing)|took|had|remembered|forgot|forget|missed|skipped) (?:all )?(?:of )?my (?:meds|medication|medications|pills|tablets|antidepressants|prescription) (?:today|this morning|tonight|this evening|on time|as prescribed|like (?:im|i am|i was) supposed to|with (?:food|breakfast|dinner|lunch)|before bed|at (?:\\d+|night|bedtime|breakfast))(?! (?:and (?:not|never|wont|dont)|at once|all at once|in one go)\\b)(?![\\s\\S]{0,20}?all of them)`,
    },
    {
      id: 'jump-contexts',
      pattern: 'jump(?:ed|ing)? (?:off|from|into|out of) (?:a |the )?(?:diving board|plane|boat|pier|dock|rocks?|swing|trampoline|pool|lake|river|sea)(?: (?:for fun|with|at|on holiday|into the water))?|(?:bungee|sky ?div\\w*|parachut\\w*|cliff jumping|cliff diving)|jump(?:ed|ing)? off (?:a |the )?(?:bridge|cliff|plane|tower|crane)(?![^|]{0,60}(?:without|no|not even) (?:a |the |any )?(?:bungee|bungy|parachute|harness|rope))(?= [^|]{0,60}(?:bungee|bungy|parachute|harness|sky ?div\\w*|paraglid\\w*))[^|]{0,60}(?:bungee|bungy|parachute|harness|sky ?div\\w*|paraglid\\w*)',
    },
    {
      id: 'blade-contexts',
      pattern: '(?:razor|razors|blade|blades) (?:for|to) (?:shav\\w*|my (?:legs|face|beard)|the (?:kitchen|box cutter|craft)|crafts?|cutting (?:paper|fabric|the))|(?:new|bought|buy|got) (?:a )?(?:razor|razors|blades?) (?:for|to) (?:shav\\w*|my (?:legs|beard)|work)',
    },
  ],
  thirdPartyContexts: [
    {
      // A call-out or a case at work: "we had a call for a suicide attempt tonight", "two ODs on my shift".
      id: 'work-call',
      pattern: `(?:a |an |the |two |three |\\d+ )?(?:call|calls|callout|call out|job|jobs|case|cases|shout|shouts)(?: out)? (?:for|about|to|with) (?:a |an |another |two |three |\\d+ )?(?:suicide attempt|attempted suicide|suicide|overdose|od|ods|self harm|hanging|jumper)s?|(?:a |an |the |another )?(?:suicide|overdose|od|self harm|jumper|hanging) (?:call|calls|callout|call out|job|jobs|shout|shouts)|there (?:was|has been|s been) (?:a|another) (?:suicide|jumper|person under a train|one under) (?:on|at) the (?:tube|line|tracks|railway|underground|metro|train|station|bridge)`,
    },
    {
      id: 'noticed-on-someone',
      // Someone else's act, then the writer seeing its traces: "my coworker cuts herself and I noticed the marks".
      pattern: `(?:him|her|them)sel(?:f|ves)[^|]{0,15}(?:and|so|when|then) i (?:found|saw|noticed|spotted|discovered|see|notice)[^|]{0,30}|s[uiy]+cide is painless`,
    },
    {
      id: 'counted-cases',
      pattern: `(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|lots of|loads of|multiple|countless) (?:overdoses|ods|suicides|suicide attempts|self harm (?:cases|patients|admissions))`,
    },
    {
      id: 'work-about',
      pattern: `(?:speech|scene|chapter|play|poem|lesson|book|film|movie|song|episode|novel|story|article|essay|documentary|soliloquy|lecture|module)[^|]{0,30}? (?:is|was|are|were) (?:all |partly |really |basically |mostly )?about (?:\\w+ ){0,2}(?:s[uiy]+cid\\w*|self ?harm\\w*|overdos\\w*)`,
    },
    {
      id: 'died-by-suicide',
      pattern:
        '(?:died|dead|death|passed|passed away|lost (?:him|her|them)) (?:by|of|from|through|to) (?:s[uiy]+cide|an? overdose|overdose|self harm)|(?:lost|losing) (?:my |his |her |their |a |our )?(?:\\w+ ){0,5}to (?:s[uiy]+cide|an? overdose|overdose|addiction)|(?:his|her|their|my \\w+s) (?:s[uiy]+cide|overdose|death)(?: (?:was|is|in|last|when|anniversary))',
    },
    {
      id: 'suicide-topic',
      pattern:
        '(?:s[uiy]+cid\\w*|self ?harm\\w*|overdos\\w*|self ?injur\\w*|crisis|mental health) (?:prevention|awareness|hotline|helpline|crisis line|lifeline|line|text line|rates?|statistics|stats|research|training|first aid|risk assessment|intervention|watch|survivors?|loss|bereavement|support group|postvention|screening|module|course|month|week|day|walk|charity|fundraiser|ribbon)|(?:article|documentary|doc|essay|paper|podcast|movie|film|book|novel|show|series|episode|song|lyrics|lecture|class|course|module|training|talk|presentation|research|study|report|news|headline|story|post|video|thread|poem|seminar|workshop|webinar|campaign) (?:about|on|regarding|covering|discussing|dealing with|where|in which|that mentions?|mentioning)(?: (?:a|the|teen|youth|male|veteran|rising|how))? [^|]{0,30}?(?:s[uiy]+cid\\w*|self ?harm\\w*|overdos\\w*|self ?injur\\w*|od)|(?:volunteer\\w*|work\\w*|train\\w*|shift) (?:at|for|with|on) (?:a |the )?(?:s[uiy]+cide|crisis|samaritans|lifeline|hotline|helpline)|(?:listen(?:ed|ing)? to|song|songs|album|band|track|playlist|gig|concert|tour|lyrics|by (?:metallica|nirvana|linkin park)) [^|]{0,30}?s[uiy]+cid\\w*|s[uiy]+cid\\w* [^|]{0,30}?(?:by (?:metallica|\\w+ \\w+)|(?:is|are) playing|album|song|tour|gig|concert)|(?:suicidal tendencies|suicide silence|suicide squad|suicideboys|uicideboy|suicide season|escuadron suicida)|(?:dissertation|thesis|project|assignment|coursework|research|novel|story|screenplay|script|character|poem) (?:on|about|where|who|that) [^|]{0,30}?(?:s[uiy]+cid\\w*|self ?harm\\w*|overdos\\w*|cut\\w*)|(?:overdos\\w*|s[uiy]+cid\\w*|self ?harm\\w*|attempts) (?:this|on my|during my|last|every|each) (?:shift|rotation|placement|week at work)|(?:spoke|speak|talked|talking|preached|preaching|lecture|sermon|homily|speech|assembly|discussion|discussed) (?:about|on) s[uiy]+cide(?! (?:thoughts|ideation|attempts?|urges)\\b)|(?:research\\w*|report\\w*|guidelines for|study\\w*|statistics|stat|stats|figures|rates?) (?:\\w+ ){0,3}(?:s[uiy]+cid\\w*|self ?harm\\w*|overdos\\w*)|(?:s[uiy]+cid\\w*|self ?harm\\w*|overdos\\w*) (?:stat|stats|statistic|statistics|figures|numbers|rates?)|(?:posted|wrote|left|sent|shared) (?:a |his |her |their )?(?:s[uiy]+cide |goodbye )?(?:note|text|message|post)|(?:13 reasons why|romeo and juliet|hamlet|ophelia|virgin suicides|dead poets society)|(?:the )?s[uiy]+cide (?:of|by) (?:a |the )?(?:character|protagonist|main character)',
    },
    {
      id: 'learning-about',
      pattern:
        '(?:learn(?:ed|t|ing)?|taught|teach(?:ing)?|study(?:ing)?|studied|read(?:ing)?|lecture|lectures|module|modules|course|class|unit|training|trained|placement|rotation|exam|essay|assignment|dissertation|presentation) (?:about|on|in|for) (?:\\w+ ){0,3}(?:s[uiy]+cid\\w*|self ?harm\\w*|overdos\\w*|self ?injur\\w*|risk assessment)',
    },
    {
      id: 'therapist-screening',
      pattern:
        '(?:therapist|counsellor|counselor|psychiatrist|doctor|gp|nurse|psych|she|he|they) (?:asked|asks|always asks|checked|checks|screened|screens) (?:me )?(?:if|whether|about) (?:i (?:had|have|was|am|ever) )?(?:\\w+ ){0,3}(?:s[uiy]+cid\\w*|self ?harm\\w*|thoughts of|hurting myself|killing myself)',
    },
  ],
  negation: {
    cues: '(?:0 (?:10 )?(?:on|for)|zero (?:on|for)|scored (?:0|zero) (?:on|for)|not|never|no|no longer|nor|dont|do not|didnt|did not|doesnt|does not|wont|will not|wouldnt|would not|cant|cannot|can not|couldnt|could not|shouldnt|should not|isnt|is not|arent|are not|wasnt|was not|aint|havent|have not|hadnt|had not|hardly|without|zero|denies|denied|deny|nothing like|far from)',
    fillers:
      '(?:really|ever|once|actually|even|at all|seriously|honestly|currently|right now|now|anymore|any more|going to|gonna|goin to|want to|wanna|wanting to|plan(?:ning)? (?:to|on)|plans? to|intend(?:ing)? to|try(?:ing)? to|about to|think(?:ing)? (?:of|about)|thought (?:of|about)|thoughts? (?:of|about)|consider(?:ing)?|feel(?:ing)?|felt|like|be|been|being|become|becoming|a|an|any|that|so|very|too|to|of|about|do|did|have|had|having|get|getting|ever going to|some|the|this|in|kind of|sort of|person|would|will|could|should|might|at risk of|risk of|urges? to|desire to|intention (?:to|of)|intentions (?:to|of)|i|im|i am|me|my|myself|the type to|someone who would|one to|that kind of person|thinking|thoughts|had any|telling me to|telling me|tell me to|saying|making me|asking me to|in danger of|in danger|likely to|scale|the scale|on the scale|take|taking|took|attempt|attempting|commit|committing|try it|do anything|do that|go through with)',
    doubleNegatives:
      '(?:cant|cannot|can not|couldnt|could not|cnt) (?:stop|help|shake|get rid of|get over|get out of|escape|quit|resist|keep|fight)|(?:dont|do not|didnt|did not) (?:know how to stop|stop|know if i can (?:stop|resist|keep))|not (?:sure|certain) (?:i can|if i can|whether i can|how long i can)|never (?:stop|stopped|stops)|(?:wont|will not) (?:stop|go away|leave)|no (?:one|body)|nobody|nothing (?:helps|works|stops)|not (?:just|only)|no matter|reasons? not to|(?:why|reason) i shouldnt|(?:doesnt|does not|dont|do not) (?:scare|frighten|bother|worry) me',
    trailing:
      '(?:(?:thoughts?|ideation|urges?|feelings?|plans?|intent|risk|behaviou?rs?|today|this week|this month|lately|recently|tonight|rn|right now|score|level|rating|count|since (?:the |my |our )?(?:last|previous) (?:session|appointment|visit|time|week|check ?in)|in the (?:past|last) (?:\\w+ )?(?:days?|weeks?|months?)) ){0,3}(?:no|none|nope|never|nil|zero|0|denied|denies|negative|not really|nah|n a|na|not at all|not today|not lately|none at all|none today|none this week|nothing|absolutely not|definitely not|of course not|hell no|no way)',
  },
  historical:
    '(?:(?:was|were|back in|around|since) (?:19|20)\\d\\d|(?:scars|marks)(?: (?:from|of)(?: \\w+){1,3})? (?:are |have |has )?(?:fading|faded|healed|healing)|used to|use to|in the past(?! (?:few|couple|\\d+|several|two|three|week|weeks|days?|night|nights|hours?|months?|fortnight|24))|back then|back when|back in (?:the|my|our) (?:\\w+ ){0,2}days|(?:from|when) (?:i|we) first (?:got|was|were|found|heard|moved|started|came|went|lost|had|met)|from when (?:i|we) (?:was|were|wanted|used|had|tried|did|felt|thought)|(?:the|those) (?:days|times?|years|months|period|phase)(?: of my life)? (?:when|where) (?:i|we) (?:was|were|wanted|used|had|tried|did|felt|thought)|(?:years|months|ages|decades) ago|(?:years|months) back|as a teen(?:ager)?|at (?:1[0-9]|uni|school|college)|in (?:19|20)\\d\\d|back in (?:the day|high school|school|college|uni|\\d+)|(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|many|several|a couple of|couple) (?:years?|months?|weeks?) ago|a (?:long )?(?:while|time) ago|years back|last (?:year|summer|winter|spring|autumn|fall)|when i was (?:younger|little|a kid|a teen(?:ager)?|in (?:high )?school|at uni|in college|\\d+)|as a (?:kid|child|teen(?:ager)?)|in my (?:teens|twenties|youth)|history of|(?:my )?past(?! (?:few|couple|\\d+|several|two|three|week|weeks|days?|night|nights|hour|hours|month|months|year|while))|previous(?:ly)?|formerly|former|old (?:\\w+ ){0,2}(?:scars|habit|habits|me|self|marks)|(?:faded|healed|silver|white) (?:\\w+ ){0,2}(?:scars|marks|lines)|(?:scars|marks) (?:dont|do not|no longer) (?:bother|define)|remember (?:the|my|when|how)|white lines|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|few|many|several|couple of) (?:days?|weeks?|months?|years?|yrs?) (?:clean|free|sober|without|since|of recovery)|(?:self ?harm|sh|cutting|suicide attempt|relapse|overdose|self harm) free|clean (?:from|of|for|since)|in recovery|recovered|survivor|survived|(?:scars|marks) (?:are )?(?:fading|healed|healing|faded|from years ago)|talked (?:about|through)|(?:its|it s|it has|has) been (?:ages|years|months|a long time|a while|forever) since|when i was (?:drinking|using|young|in (?:hospital|the unit|rehab|my teens))|(?:\\d+|two|three|four|five|six|ten) (?:years?|months?|weeks?) sober|(?:for|during|throughout) (?:most|much|all|some|part|the whole) of my (?:teens|20s|twenties|30s|thirties|childhood|youth|school years|adolescence)|remember (?:being|myself at|myself as) (?:1[0-9]|a teen\\w*|a kid|a child|young|younger|little)|in (?:year|grade|form) (?:[1-9]|1[0-3])(?! (?:of|at)\\b)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\\d+) (?:decades?|years?) (?:since|after|on from) (?:my|that|the)|(?:marks|is|makes) (?:the )?(?:\\w+ )?anniversary of|(?:in|through|during|all through) my (?:teens|20s|twenties|30s|thirties|childhood|youth|school years)|last \\w+ (?:thought|episode|attempt|time|urge) was|in (?:19|20)\\d\\d|came and went|(?:didnt|did not|never) act on (?:it|them)|(?:hasnt|has not|havent|have not) come back|rode (?:it|the urge) out|(?:it|they|that|those|the urges?|the thoughts?) (?:went away|went|stopped|passed|faded|disappeared|ended|eased)|a phase of|old (?:\\w+ ){0,2}(?:notes|letters|thoughts|diaries|journals)|person i used to be|remember when|(?:not|no longer) in that (?:place|headspace|space|dark place|state)|(?:called|texted|rang|messaged|reached out to|talked to|went to|used|did|grabbed) (?:my |a |the |some )?\\w+(?: \\w+)? instead|(?:since|after) (?:my|the) (?:attempt|overdose|hospital stay|admission)|in remission|(?:feel|feeling|am|im|doing|i feel) (?:so |much |a lot |way |loads |heaps |a bit |so much )?better (?:now|these days|than (?:i was|before|back then)|since)|proud of (?:myself|me|how far)|(?:havent|have not|hasnt|has not|hadnt) (?:\\w+ ){0,5}(?:in|since|for) (?:months|years|weeks|a (?:while|year|long time|few months)|ages|\\d+|over a|more than|the last|a long|(?:the )?(?:summer|spring|winter|autumn|fall|christmas|easter|new year|january|february|march|april|may|june|july|august|september|october|november|december)|last (?:year|summer|winter|spring|autumn|christmas))|no longer (?:feel|have|think|want|self harm|cut|am)|not (?:felt|had|done) (?:that|this|it) (?:in|for|since))',
  current:
    '(?:after (?:\\w+ ){0,2}(?:days?|weeks?|months?|years?) (?:clean|free|without)|broke (?:my|the) (?:streak|clean streak)|again|still (?:want|feel|think|have|cut|do)|right now|rn|at the moment|atm|currently|lately|recently|these days|(?<!ago |as of )(?:tonight|tonite|this (?:week|morning|evening|afternoon|weekend))(?! (?:marks|makes|is) (?:\\w+ ){0,3}(?:years?|months?|decades?|anniversary|since)\\b)|relaps\\w*(?! (?:prevention|plan)\\b)(?! (?:\\w+ ){0,5}?(?:in (?:19|20)\\d\\d|in year \\d+|(?:\\w+ )?years? ago|months ago|back in|last year|in (?:high school|school|college|uni|my (?:teens|twenties|20s))))|started (?:again|back)|(?:went|going|gone|go) back to (?:cutting|self harm|sh|it|old habits|the old habit|hurting myself)|slipped|broke my|(?:want|wanna|going|gonna|urge|urges|tempted|itching|craving) (?:to )?(?:do it|cut|again|try))',
  urgent:
    '(?:tonight|tonite|2nite|right now|this (?:evening|afternoon|weekend)|in (?:a few|an|a couple of|\\d+|ten|five|twenty) (?:minutes?|mins|hours?|hrs)|(?:before|by) (?:morning|sunrise|the morning|the weekend|tomorrow|midnight|christmas|friday|monday)|(?:when|once|after) (?:everyone|they|my (?:\\w+ ){0,2})(?:is|are|goes|go) (?:asleep|to sleep|to bed|gone|out|at work)|by the time (?:you|anyone|someone|they|u) (?:read|see|get|find)|this is it|its time|final decision|made up my mind|soon(?:er)? rather than later|for real this time|no turning back)',
  recent:
    '(?:right now|rn|today|tonight|just now|just|earlier|this (?:morning|evening|afternoon)|last night|(?:an?|\\d+|a few|few|couple of|ten|five|twenty) (?:minutes?|mins|hours?|hrs) ago|going to|gonna|about to|im ready|get it right|this time|again|currently|at the moment)',
  resolvedAfter:
    '(?:(?:hasnt|has not|havent|have not|hadnt) (?:come back|returned|been back)|(?:thoughts? |urges? |feelings? )?(?:(?:have|has|had) )?(?:(?:mostly|all|finally|completely|largely|pretty much|really|totally|almost) )?(?:been gone|gone|disappeared|left me|stopped|ended|gone away|went away|is gone|are gone|passed|faded|eased off|eased|are over|is over|are behind me|is behind me|are in the past|is in the past|was (?:years|months|a long time) ago|(?:isnt|is not|not|arent|are not) (?:on the table|an option|something i(?:d| would)? (?:ever )?(?:do|consider|think about))(?: (?:for me )?any ?more)?))',
  // A later sentence saying it is over for the writer now: the feeling gone, the old words read as
  // someone else's, that time behind them. Never "I'm better now", "I don't want this anymore" or
  // "I don't need them anymore", which people also say in a crisis, nor a clean streak ("I cut
  // myself. I haven't done it in 2 years", "i wanna die. 6 months sh free and it doesnt matter").
  resolvedLater:
    '(?:(?:i )?(?:dont|do not|no longer|dont really|do not really) (?:feel|think) (?:like )?(?:that|this|those things|that stuff)(?: way)? (?:now|anymore|any more|these days|nowadays)'
    + '|(?:it|that|this|they|reading it|reading that|reading them)(?: \\w+)? (?:feels?|felt|seems?|reads?|sounds?) like (?:a )?(?:different|another|other|someone elses|somebody elses) (?:life|lifetime|person|world|me|version of me|girl|guy|woman|man)'
    + '|(?:another|a different|someone else|somebody else) (?:person )?(?:wrote|said|lived) (?:it|that|this|them)'
    + '|(?:those|these|that|the) (?:days|times|thoughts|feelings|urges|years) (?:are|were|is|have been) (?:all |long |well |finally )?(?:over|gone|behind me|in the past|done|a memory)'
    + '|(?:that|this|the) (?:chapter|part of my life|period|phase) (?:is|was) (?:all |long |well |finally )?(?:over|closed|behind me|in the past|done)'
    + '|(?:ive|i have|i ve) come (?:such |a |so )?(?:long|far) (?:way)?)',
  continued:
    '(?:still (?:do|am|does|feel (?:it|that|like that|the same)|want to|wanna|have (?:it|them))|(?:its|it s|they re|theyre|(?:the )?(?:thoughts?|urges?|feelings?|plans?|voices?|it|they) (?:is|are|has come|have come|came|come|are coming|is coming)) back|never (?:really )?(?:left|went away|stopped|ended|goes away|go away)|to this day|(?:its|it s|it is) not over)',
  pastSelf:
    '(?:(?:when|after|before|since|while|back when|the time|the night|the day|the year) (?:i|we) (?:was|were|had|tried|wanted|attempted|first|felt|went|spent)|(?:i|we) (?:was|were|had(?! to)|wanted|tried|attempted|felt|thought|survived|spent|came in|went through)|after (?:trying|attempting|wanting)|(?:my|an|the|that|a) (?:old|former|previous|past|first|younger|teenage|last) (?:\\w+ )?(?:self|me|journal|diary|posts?|notes?|entries|tracker|thought record|account|attempt))',
  selfSubject: '(?:i|im|ive|id|ill|i m|i ve|i d|i ll|myself|meself)',
  objects:
    '(?:(?:(?:my|the|our|his|her|your|this|that|a) )?(?:phone|phones|battery|laptop|computer|pc|tablet|ipad|iphone|car|cars|engine|printer|plant|plants|houseplants|flowers|internet|wifi|router|tv|telly|remote|mouse|keyboard|charger|headphones|earbuds|airpods|torch|bulb|watch|fridge|boiler|kettle|toaster|hoover|hard drive|server|app|game|console|controller|legs|feet|arms|knees|calves|thighs|back|shoulders|brain cells|ears|eyes|stomach|liver|lungs|character|sims?|avatar|squirrels?|pigeons?|birds|cat|dog|hamster|goldfish|fish|band|crowd|audience|team|meeting|party|joke|meme|vibe|mood|conversation|signal|pen|printer cartridge|screen|bike|van|truck|sofa|couch|fan|heater))(?= (?:is|was|s|has|had|just|keeps|kept|finally|literally|totally|will|wants|want|took|went|about|going|gonna|completely|died|dies|dying|is dying|always|seems|looks))',
  otherBody: '(?:on|in|to|across) (?:his|her|their|hes|shes) (?:\\w+ )?(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|body|face|hands?)',
  firstPerson: '(?:i|im|ive|id|ill|me|my|myself|mine|meself|mysel|we|us|our|ourselves|i m|i ve|i d|i ll)',
  thirdPerson:
    // …also with "'s" as written without the apostrophe, when a verb follows ("my partner's relapsed",
    // "my sister's been cutting"), never before a thing ("my mum's sleeping pills").
    '(?:my|our|his|her|their) (?:best |little |big |older |younger |ex )?(?:partner|friend|mate|sister|brother|mum|mom|dad|mother|father|son|daughter|wife|husband|bf|gf|boyfriend|girlfriend|cousin|flatmate|roommate|housemate|sponsee|client|patient|colleague|coworker|niece|nephew|aunt|uncle|nan|gran|grandma|grandad)s(?= (?:been|relapsed|started|cutting|cut|taken|took|tried|done|gone|going|back|always|never|not|just|self|sh|overdosed|attempted|in hospital|in a&e|in a and e)\\b)|(?:shed|hed|theyd|she d|he d|they d|shell|hell)|(?:my|our|his|her|their|a|an|the|your|this|that|one of my|some) (?:\\w+ )?(?:customer|customers|caller|callers|guest|visitor|stranger|lady|bloke|resident|service user|inmate|pupil|pupils|friend|friends|bf|gf|boyfriend|girlfriend|partner|husband|wife|ex|brother|bro|sister|sis|sibling|mom|mum|mother|dad|father|parent|parents|son|daughter|kid|kids|child|children|cousin|uncle|aunt|auntie|grandma|grandpa|grandmother|grandfather|nan|nana|niece|nephew|classmate|coworker|co worker|colleague|boss|neighbou?r|roommate|flatmate|client|clients|patient|patients|student|students|teacher|family|guy|girl|man|woman|boy|teen|teenager|person|celebrity|actor|actress|singer|rapper|character|player|streamer|youtuber|influencer|athlete|musician|comedian|author|writer|veteran|veterans|soldier|soldiers|teammate|mate|pal|buddy|relative|stepdad|stepmom|stepmum|bestie|bff|ppl|people|guys|girls|lads|regular|regulars|punter|punters|residents|service users|attendees|members|mentee|mentees|learners|sponsee|sponsees)|he|she|they|hes|shes|theyre|theyve|him|her|(?<!(?:of|took|take|takes|taking|taken|swallowed|swallow|swallowing|popped|pop|had|have|downed|need|used|use|counted|count|saved|saving) )them|his|their|someone|somebody|people|everyone|anyone|celebrities|(?:robin williams|anthony bourdain|kurt cobain|chester bennington|avicii|marilyn monroe|sylvia plath|virginia woolf|ernest hemingway|van gogh|amy winehouse|whitney houston|heath ledger|matthew perry|mac miller|juice wrld|lil peep|kate spade|caroline flack|aaron swartz|alan turing)',
  clauseBreaks: '(?:but|however|though|although|except|whereas|even so|that said|anyway|on the other hand)',
  patternClause: '(?:when|whenever|if|once|as soon as|every time|each time|usually|sometimes|often|the moment|before)',
  jokes: {
    humour: '(?:lol+|lmf?ao+|rofl|lulz|(?:ha){2,}h?|(?:he){2,}|a?ha ?ha|jk|j k|xd+|kidding|just kidding|joke|joking|jokes|(?:the )?drama)',
    serious:
      '(?:not (?:even |a |one of my \\w+ )?(?:joking|kidding|a joke|a bit|lying)|no joke|not joke|(?:i )?mean(?:t)? it|serious|seriously|for real|fr|actually|but really|honestly|not ok(?:ay)?|im not (?:ok(?:ay)?|fine)|not lol|except not|no lol|this time'
        // …or the trigger is no trifle: life itself, being left, hurt or alone, failing, voices.
        + '|life|living|alive|anymore|any more|everyone|everybody|nobody|no one|noone|alone|lonely|asleep|leaves? me|left me|leaving me|dumps? me|dumped me|breaks? up|broke up|hits? me|hit me|hurts? me|beats? me|touch(?:es)? me|fail|fails|failed|failing|flunk\\w*|voices|hate (?:myself|me|my)|cant (?:take|cope|do this)|tired of (?:everything|it all|this|being)|sick of everything|exhausted by everything|find out|get into|dont get|didnt get|not get|rejected|rejection|lose (?:my|him|her|them)|lost (?:my|him|her|them)|divorc\\w*|separat\\w*|funeral|passed away|cancer|diagnos\\w*|hospital|abus\\w*|assault\\w*|raped?|fired|laid off|evict\\w*|homeless|bullied|bullying|cheated on me)',
    trigger:
      '(?:if|when|whenever|every ?time|each time|the (?:moment|minute|second)|as soon as|unless|makes? me|made me|making me|enough to make|could make|would make|rather|sooner|for (?!(?:good|ever|real|the (?:last|final) time)\\b)(?:a|an|that|the|this|those|these|one|him|her)|so (?:\\w+ ){1,2}(?:that|i|id|ill|im)|such (?:a|an))',
  },
  vocabulary: [
    'burned',
    'purpose',
    'life',
    'tablets',
    'again',
    'again',
    'bottle',
    'hurting',
    'without',
    'everyone',
    'suicide',
    'suicidal',
    'suicidality',
    'myself',
    'overdose',
    'overdosed',
    'overdosing',
    'unalive',
    'paracetamol',
    'acetaminophen',
    'tylenol',
    'ibuprofen',
    'painkillers',
    'antidepressants',
    'benadryl',
    'insulin',
    'xanax',
    'sleeping',
    'tablets',
    'pills',
    'medication',
    'medications',
    'bleeding',
    'wrists',
    'goodbye',
    'anymore',
    'disappear',
    'hopeless',
    'worthless',
    'burden',
    'swallowed',
    'stockpiling',
    'killing',
    'harming',
    'cutting',
    'self',
    'kill',
    'harm',
    'alive',
    'living',
    'reason',
    'hanging',
    'lethal',
    'painless',
    'fastest',
    'quickest',
    'bridge',
    'noose',
  ],
  spellings: {
    b: 'be', '4ever': 'forever', porpose: 'purpose', purpos: 'purpose', wo: 'without', wud: 'would', wuld: 'would', woud: 'would', wld: 'would', cud: 'could', culd: 'could', cld: 'could', shud: 'should', shld: 'should', u: 'you', ur: 'your', r: 'are', ppl: 'people', bc: 'because', cuz: 'because', coz: 'because', cos: 'because', tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', '2moro': 'tomorrow', '2nite': 'tonight', tonite: 'tonight', tn: 'tonight', agn: 'again', agen: 'again', wanna: 'want to', gonna: 'going to', gunna: 'going to', wana: 'want to', hole: 'whole', nite: 'night', pils: 'pills', pilz: 'pills', kil: 'kill', kilin: 'killing', killin: 'killing', myslf: 'myself', meself: 'myself', mysef: 'myself', dyin: 'dying', lyf: 'life', lyfe: 'life', tok: 'took', wen: 'when', wit: 'with', wat: 'what', evry: 'every', evryone: 'everyone', every1: 'everyone', everyi: 'everyone', evryi: 'everyone', evry1: 'everyone', aever: 'forever', disapear: 'disappear', dissapear: 'disappear', any1: 'anyone', some1: 'someone', no1: 'nobody', noone: 'nobody', nobdy: 'nobody', dnt: 'dont', cnt: 'cant', wont: 'wont', im: 'im', ded: 'dead', dieing: 'dying', sucide: 'suicide', cuttin: 'cutting', hurtin: 'hurting', bleedin: 'bleeding', nothin: 'nothing', somethin: 'something', livin: 'living', goin: 'going',
  },
  stopwords: ['the', 'a', 'an', 'and', 'or', 'but', 'i', 'im', 'im', 'me', 'my', 'you', 'your', 'is', 'are', 'was', 'were', 'it', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'not', 'no', 'dont', 'dont', 'this', 'that', 'just', 'so', 'have', 'has', 'had', 'do', 'did', 'be', 'been', 'what', 'when', 'how', 'why', 'feel', 'like', 'want', 'can', 'cant', 'will', 'would'],
  notTypos: [
    'overdoes',
    'overdone',
    'bills',
    'hills',
    'fills',
    'mills',
    'kills',
    'spills',
    'billing',
    'filling',
    'killings',
    'sleeping',
    'breeding',
    'heeding',
    'feeding',
    'reading',
    'putting',
    'gutting',
    'hunting',
    'hurting',
    'farming',
    'charming',
    'alike',
    'aliens',
    'giving',
    'diving',
    'loving',
    'moving',
    'having',
    'leaving',
    'lying',
    'seasons',
    'reasons',
    'reason',
    'banging',
    'changing',
    'ranging',
    'bride',
    'bridges',
    'ridge',
    'fridge',
    'painless',
    'painters',
    'fasted',
    'tablet',
    'tables',
    'tablespoons',
    'goodbyes',
    'burdens',
    'hopeful',
    'hopefully',
    'worthy',
    'swallow',
    'burger',
    'wrist',
    'writs',
    'dying',
    'dyeing',
    'drying',
    'eying',
    'lining',
    'liking',
    'lifting',
    'lights',
    'medical',
    'medicated',
    'meditation',
    'meditations',
    'meditating',
    'moose',
    'loose',
    'goose',
    'noise',
    'nose',
    'leather',
    'lethargy',
    'cuttings',
    'selfie',
    'selfies',
    'shelf',
    'sell',
    'sale',
    'kilt',
    'skill',
    'hams',
    'harp',
    'hare',
    'harms',
    'harmony',
    'living',
    'anyone',
    'anywhere',
    'mystery',
    'myth',
  ],
};
