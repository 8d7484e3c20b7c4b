import type { CrisisLexicon } from '../crisis-types.js';

/**
 * German crisis language (Germany, Austria, Switzerland; chat spelling), as data. Same conventions
 * as ./en.ts: patterns are matched against normalised text — lower case, umlauts folded ("ä" → "a",
 * "ß" → "ss"), punctuation and emoji as spaces, sentence ends as ` | `. Chat spellings with "ae",
 * "oe", "ue" are allowed for with {@link U}, {@link O}, {@link A}. German compounds are common
 * ("Suizidgedanken", "ritzfrei"): many patterns allow a word to continue (`\w*`).
 */

const U = '(?:u|ue)';
const O = '(?:o|oe)';
const A = '(?:a|ae)';
const MICH = '(?:mich|mi|mir)';
const DRUG =
  '(?:tabletten|tablettn|pillen|medikamente|medis|schlaftabletten|paracetamol|ibuprofen|ibu|aspirin|tavor|lorazepam|diazepam|valium|insulin|lithium|antidepressiva|hoggar(?: night)?|vivinox|zopiclon|zolpidem|quetiapin|seroquel|opiate|fentanyl|tramadol|novalgin|dafalgan|dafalgan|benzos|tropfen|beruhigungsmittel|schmerzmittel|schlafmittel)';
const POISON = '(?:bleiche|chlorreiniger|abflussreiniger|rattengift|gift|frostschutz|frostschutzmittel|putzmittel|reiniger|waschmittel)';

export const GERMAN_CRISIS_LEXICON: CrisisLexicon = {
  locale: 'de',
  version: 'de-2026.12',
  patterns: [
    { id: 'de-suizid', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: `su[iy]?zid\\w*|selbstmord\\w*|freitod|sui ?gedanken|sui ?gedankn|lebensm${U}de?|unaliven|${U}nalive\\w*` },
    { id: 'de-umbringen', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: `${MICH} (?:\\w+ ){0,3}(?:umbringen|umzubringen|t${O}ten|zu t${O}ten|umbring|erh${A}ngen|aufh${A}ngen|aufkn${U}pfen|vergiften|erschiessen|erschießen)|bring(?:e)? ${MICH} (?:\\w+ ){0,3}um(?= \\||$| \\w)|ichwillmichumbringen|${MICH} das leben nehmen|mir das leben (?:zu )?nehmen|mein(?:em)? leben ein ende (?:setzen|machen)|schluss machen mit (?:allem|dem leben|meinem leben)|allem ein ende (?:setzen|machen)|den l${O}ffel abgeben|${MICH} (?:\\w+ ){0,2}ausloggen(?: f${U}r immer)?|f${U}r immer ausloggen` },
    { id: 'de-sterben-wollen', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: `(?:will|wollte|m${O}chte|mocht|m${O}cht|w${U}nsch|w${U}nsche|w${U}nschte) (?:\\w+ ){0,3}(?:sterben|sterbn|tot sein|nicht mehr (?:leben|da sein|aufwachen|existieren)|nimma leben|weg sein(?: f${U}r immer)?)` },
    { id: 'de-passiv', category: 'passive_ideation', kind: 'thought', severity: 'medium', pattern: `einschlafen und (?:nicht mehr|nie wieder|nie mehr|nimmer) aufwachen|(?:nicht|nie) mehr aufwach\\w*|w${U}nsch\\w* (?:\\w+ ){0,4}(?:${U}berf${A}hrt|tot|sterben|nicht aufwache)|(?:alle|jeder|die welt|meine familie) w${A}r(?:e|en|n)? (?:\\w+ )?(?:besser dran|bess?er drann|gl${U}cklicher) ohne mich|ohne mich (?:besser dran|gl${U}cklicher)|(?:nur |bloss )?eine last f${U}r (?:alle|jeden|meine familie)|w${U}rd(?:e|s)? (?:es |s )?keiner merken|aufh${O}ren zu existieren|nicht mehr existieren|(?:w${A}r|w${A}re) (?:\\w+ )?eine erl${O}sung|w${A}r mir egal,? wenn ich|wenns passiert,? dann passierts|w${A}r (?:gern |lieber )?(?:einfach )?weg(?! (?:vom|von|aus|in|am|auf)\\b)|f${U}r immer weg|w${A}r (?:lieber |besser )?tot` },
    { id: 'de-hoffnungslos', category: 'hopelessness', kind: 'thought', severity: 'medium', pattern: `kein(?:en)? (?:grund|sinn) mehr (?:zu leben|zum leben|weiterzumachen)|(?:wozu|wof${U}r|warum) (?:noch |des ganze |das ganze )?(?:weitermachen|leben|weiterleben)|keine kraft mehr (?:weiterzuleben|zu leben|weiterzumachen)|(?:das )?leben (?:sich )?(?:so einfach |einfach )?nicht (?:mehr )?lohnt|lohnt sich nicht mehr|mich h${A}lt nichts mehr|kann nicht mehr leben|i mog nimma|halt(?:e)? das (?:alles )?nicht mehr aus|kein ausweg|es wird nie besser|nix wir[dt] besser|m${U}de vom leben|leben ist sinnlos|hat alles keinen sinn` },
    { id: 'de-ritzen', category: 'self_harm', kind: 'act', severity: 'high', pattern: `\\w*ritz(?:en|e|t|n|druck|drang|)|geritzt|geritz|selbstverletz\\w*|svv|${MICH} (?:\\w+ ){0,3}(?:verletzen|verletzt|schneiden|geschnitten|aufgeschnitten|aufgekratzt|kratzen|verbrennen|verbrannt)|wehgetan|weh getan|(?:bis|das) es blutet|zu bluten|blut(?:en|et)? (?:nicht|nich) (?:mehr )?(?:aufh${O}r|auf)|schnitt ist tiefer|clean ?(?:z${A}hler|counter)|in den arm geritzt|handgelenke (?:\\w+ )?aufge\\w+` },
    { id: 'de-einnahme', category: 'ingestion', kind: 'act', severity: 'high', pattern: `${U}berdosis|(?:hab|habe|ha|hab grad|hab gerade|grad) (?:\\w+ ){0,4}(?:alle|\\d+|viele|die ganze packung|ganze packung|meine ganzen?) (?:\\w+ ){0,2}${DRUG}? ?(?:genommen|gnoh|gno|geschluckt|eingeworfen|gespritzt|runtergesp${U}lt)|${DRUG} (?:\\w+ )?(?:mit|und) (?:wodka|alkohol|schnaps|wein|bier) (?:\\w+ )?(?:runtergesp${U}lt|genommen|geschluckt)|(?:alle|mein ganzes?) (?:\\w+ )?(?:insulin|tabletten|medikamente) (?:\\w+ )?(?:gespritzt|genommen|geschluckt)|nehm(?:e)? jetzt alle ${DRUG}|packung (?:\\w+ ){0,2}ist leer,? alle|(?:getrunken|geschluckt) (?:\\w+ )?${POISON}|${POISON} (?:getrunken|geschluckt)|hab tabletten genommen(?= \\||$| viele)|alles was noch da war` },
    { id: 'de-mittel', category: 'means', kind: 'act', severity: 'high', pattern: `wie viele ${DRUG}? ?(?:braucht man|muss man|sind t${O}dlich|bis man)|ab wie viel(?:en)? (?:\\w+ ){0,3}(?:t${O}dlich)|t${O}dliche dosis|wie hoch muss (?:eine |ein |die )?(?:br${U}cke|geb${A}ude|haus)|damit man (?:sicher )?tot ist|(?:tabletten|pillen) gesammelt|\\d+ tabletten (?:gesammelt|gebunkert|versteckt)|gebunkert|(?:jagdgewehr|gewehr|pistole|waffe) (?:im|in der|unterm)|weiss,? wo der schl${U}ssel|(?:stehe?|steh) (?:\\w+ )?(?:auf dem|auf der|am) (?:dach|parkhausdach|br${U}cke|gleis|gleisen|hochhaus)|wie man ohne schmerzen stirbt|rasierklingen liegen|(?:das )?seil (?:liegt|h${A}ngt)|vor den zug|vor einen zug|von der br${U}cke springen|runterspringen|vom dach springen|methoden (?:zu )?googeln|schmerzlos sterben` },
    { id: 'de-abschied', category: 'intent_plan', kind: 'act', severity: 'high', pattern: `wenn du das liest,? bin ich (?:nicht mehr da|weg|tot)|meine letzte nachricht|danke f${U}r alles\\W* (?:tsch${U}ss|ade|adieu|lebwohl|machts gut)|(?:heute|heut) nacht mach ich(?:s| es)|ich mach es heute nacht|ich weiss jetzt wie und wann|verabschieden|es ist soweit|es ist entschieden|ich hab alles geplant|hab mi entschiedn|is vorbei|erleb ich nicht mehr|dafur sorg ich|daf${U}r sorg ich|beend ich das|beende ich (?:das|alles|mein leben)|abschiedsbrief|sachen verteilt|sachen verschenkt|accounts gel${O}scht` },
  ],
  concepts: {
    death: `sterben|sterbn|tot|tod|sterb|umbringen|umzubringen|suizid\\w*|selbstmord\\w*|nicht mehr (?:leben|da sein|aufwachen|existieren)|aufh${O}ren zu existieren|weg sein|einschlafen|ende|erl${O}sung`,
    desire: `will|wollte|m${O}chte|w${U}nsch\\w*|hoffe|sehne|sehnsucht|lieber|besser|erl${O}sung|sch${O}n|denke an|denk an|gedanken an|${U}berlegt|ruhe`,
    intent: `heute|heut|jetzt|gleich|morgen|nacht|werd|werde|mach ich|entschieden|geplant|bald|endlich`,
    act: `umbringen|sterben|ritzen|springen|nehmen|schlucken|machs|mach es|beenden|beend`,
    harm: `ritz\\w*|geritzt|klinge\\w*|rasierklinge\\w*|schnitt\\w*|blut\\w*|narben|wunden|svv|verletz\\w*`,
    harmAct: `wieder|schon wieder|heute|gestern|tiefer|druck|drang|nicht aufh${O}ren|arm|arme|handgelenk\\w*|oberschenkel|beine|haut`,
    means: `${DRUG}|${POISON}|seil|strick|pistole|gewehr|waffe|br${U}cke|dach|gleis\\w*|zug|hochhaus|klinge\\w*|messer`,
    meansAction: `gesammelt|gebunkert|versteckt|bereit|liegen|liegt|wie viele|wie hoch|t${O}dlich|genug|gegoogelt|googeln|gekauft|neben mir|stehe|steh`,
    hopeless: `sinnlos|kein sinn|keinen sinn|kein grund|keinen grund|hoffnungslos|wozu|last|aufgeben|kraft mehr|halt das nicht|kann nicht mehr|nimma|m${U}de|ausweg`,
    life: `leben|weiterleben|weitermachen|existieren|zukunft|aufwachen|hier`,
    farewell: `tsch${U}ss|lebwohl|abschied\\w*|verabschied\\w*|letzte nachricht|danke f${U}r alles`,
    farewellCue: `f${U}r immer|alle|heute|nacht|nicht mehr da|weg|soweit`,
  },
  proximity: [
    { id: 'de-near-desire-death', category: 'passive_ideation', kind: 'thought', severity: 'medium', near: ['death', 'desire'], within: 5 },
    { id: 'de-near-intent-act', category: 'intent_plan', kind: 'act', severity: 'high', near: ['act', 'intent'], within: 4 },
    { id: 'de-near-harm', category: 'self_harm', kind: 'act', severity: 'high', near: ['harm', 'harmAct'], within: 6 },
    { id: 'de-near-means', category: 'means', kind: 'act', severity: 'high', near: ['means', 'meansAction'], within: 5 },
    { id: 'de-near-hopeless-life', category: 'hopelessness', kind: 'thought', severity: 'medium', near: ['hopeless', 'life'], within: 5 },
    { id: 'de-near-farewell', category: 'intent_plan', kind: 'act', severity: 'high', near: ['farewell', 'farewellCue'], within: 6 },
  ],
  combinations: [],
  safeContexts: [
    {
      id: 'de-bildlich',
      pattern: `(?:lach|lache|lachen) (?:${MICH} )?tot|totgelacht|totlachen|totm${U}de|todm${U}de|(?:akku|handy|batterie|laptop|auto|pflanze|basilikum|orchidee|party|club) (?:\\w+ ){0,3}(?:tot|gestorben|den geist aufgegeben)|zum sterben (?:langweilig|sch${O}n|m${U}de)|tote hose|(?:bringt|bringen|bring) (?:${MICH}|uns|mi) (?:\\w+ )?(?:noch )?um(?! \\w)|(?:hitze|stau|wetter|arbeit|chef|schule|klausur|des wetter) (?:\\w+ ){0,3}(?:bringt|killt|macht) (?:${MICH}|uns|mi) (?:\\w+ )?(?:um|fertig|kaputt)|(?:chef|mama|mutter|vater|papa|freundin|freund|lehrer)(?:in)? (?:killt|bringt) ${MICH}|hat ${MICH} gekillt|gekillt|tausend tode|sterbe? vor (?:hunger|langeweile|lachen|angst|neugier|hitze|k${A}lte)|(?:sterb|sterbe) ich(?= \\||$)|meine beine sterben|${U}berdosis (?:netflix|serien|zucker|kaffee)|zucker${U}berdosis|koffein${U}berdosis|ins eigene fleisch geschnitten|haare (?:\\w+ )?(?:abschneiden|geschnitten)|erschiessen,? (?:schl${U}ssel|wenn)|k${O}nnt(?:e)? ${MICH} erschiess\\w*|bist du lebensm${U}de|lebensm${U}de[?]|im boden versinken|tauch\\w* (?:\\w+ ){0,3}ab|verschwinde (?:mal )?f${U}r|hau mich (?:jetzt )?hin|m${O}rderisch|auf dem gewissen|den geist aufgegeben|abgest${U}rzt`,
    },
  ],
  thirdPartyContexts: [
    {
      id: 'de-dritte',
      pattern: `(?:doku|film|serie|tatort|buch|roman|referat|artikel|nachrichten|vortrag|seminar) (?:\\w+ ){0,4}(?:${U}ber|um) (?:\\w+ ){0,3}(?:suizid\\w*|selbstmord\\w*|selbstverletz\\w*|${U}berdosis)|selbstmordanschlag|suicide squad|werther\\w*|suizidrate|tablettenvergiftung\\w*|(?:pfleger|pflegerin|arzt|${A}rztin|sanit${A}ter\\w*) (?:auf|in) (?:der )?(?:intensiv|notaufnahme|station)|mit selbstmord gedroht`,
    },
  ],
  negation: {
    cues: `(?:nicht|nie|niemals|kein|keine|keinen|keiner|nein|ne|nix|nichts|ka)`,
    fillers: `(?:mehr|vor|wirklich|ernsthaft|daran|dran|gedanken|zu|mich|mir|was|etwas|an|heute|jetzt|wieder|ich|will|werde|w${U}rde|hab|habe|thema|mi|mehr zu)`,
    doubleNegatives: `(?:kann nicht (?:aufh${O}ren|anders)|h${O}rt nicht auf|nicht mehr aufh${O}ren)`,
    trailing: `(?:nein|ne|nix|nichts|kein thema|keine|null)`,
  },
  historical: `(?:fr${U}her|damals|vor (?:\\w+ )?(?:jahren|monaten|einem jahr|drei jahren|zwei jahren)|letztes jahr|als ich (?:jung|klein|teenager|in der schule)|seit (?:\\d+|einem|einer|zwei|drei|sechs|dem|'?m) (?:\\w+ )?(?:monaten|jahren|jahr|wochen|sommer)|\\w*frei(?= \\||$| heute| seit)|das ist vorbei|ist vorbei,? wirklich|lange her|alten (?:\\w+ )?(?:gedanken|narben)|narben verblassen|ging (?:aber )?(?:schnell )?vorbei|an fr${U}her denken|nach dem suizidversuch|20\\d\\d war ich)`,
  current: `(?:wieder|schon wieder|heute nacht|jetzt|grad|gerade|immer noch|noch immer)`,
  urgent: `(?:heute nacht|heut nacht|heut auf d nacht|heute abend|heut abend|jetzt gleich|sofort|morgen fr${U}h|wenn du das liest|es ist soweit|es ist entschieden)`,
  recent: `(?:heute|heut|jetzt|grad|gerade|eben|vorhin|vor (?:einer|\\d+|ein paar) (?:stunde|stunden|minuten)|gleich|nacht|mach ich|werd)`,
  resolvedAfter: `(?:ist vorbei|sind vorbei|ging vorbei|hat aufgeh${O}rt|haben aufgeh${O}rt)`,
  selfSubject: `(?:ich|mich|mir|i|mi)`,
  objects: `(?:(?:mein|meine|das|der|die) )?(?:handy|akku|batterie|laptop|computer|auto|pflanze|pflanzen|basilikum|orchidee|party|drucker|wlan|fernseher)`,
  otherBody: `(?:an|am|auf) (?:seinen|seinem|ihren|ihrem|seine|ihre) (?:\\w+ )?(?:arm|armen|arme|handgelenk|handgelenken|beinen|haut)`,
  firstPerson: `(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|i|mi|ma)`,
  thirdPerson: `(?:mein|meine|meinem|meinen|sein|seine|ihr|ihre|ein|eine|der|die) (?:\\w+ )?(?:freund|freundin|kumpel|bruder|schwester|mutter|vater|mama|papa|sohn|tochter|cousin|cousine|onkel|tante|oma|opa|kollege|kollegin|ex|nachbar|nachbarin|chef|chefin|patient|patientin|sch${U}ler|sch${U}lerin|mann|frau|partner|partnerin)|er|sie|jemand|leute|man`,
  clauseBreaks: `(?:aber|jedoch|trotzdem|obwohl|allerdings|sondern)`,
  vocabulary: ['umbringen', 'selbstmord', 'tabletten', 'schlaftabletten', 'sterben', 'ritzen', 'geritzt', 'lebensmude', 'uberdosis', 'suizid', 'suizidgedanken'],
  stopwords: ['der', 'die', 'das', 'ein', 'eine', 'und', 'oder', 'aber', 'ich', 'mich', 'mir', 'mein', 'meine', 'du', 'dich', 'dein', 'ist', 'sind', 'war', 'nicht', 'kein', 'keine', 'zu', 'von', 'mit', 'auf', 'fur', 'für', 'im', 'in', 'es', 'das', 'so', 'wie', 'wenn', 'weil', 'will', 'hab', 'habe', 'bin', 'heute', 'alles', 'nix'],
  notTypos: ['umbringt', 'tablette', 'sterbe', 'ritze', 'stirbt'],
  spellings: { nich: 'nicht', nimma: 'nicht mehr', nimmer: 'nicht mehr', hab: 'habe', hob: 'habe', wieda: 'wieder', tablettn: 'tabletten', genomen: 'genommen', ritzn: 'ritzen', sterbn: 'sterben', umm: 'um', drann: 'dran', lebenn: 'leben', wirt: 'wird', bess: 'besser', heit: 'heute', i: 'ich', mi: 'mich', ned: 'nicht', net: 'nicht', nix: 'nichts', grad: 'gerade', n: 'ein', ne: 'eine', nen: 'einen' },
};
