import type { CrisisLexicon } from '../crisis-types.js';

/**
 * German crisis language (Germany, Austria, Switzerland; chat spelling), as data. Same conventions
 * as ./en.ts: patterns are matched against normalised text — lower case, umlauts folded ("ä" → "a",
 * "ß" → "ss"), punctuation and emoji as spaces, sentence ends as ` | `. Chat spellings with "ae",
 * "oe", "ue" are allowed for with {@link U}, {@link O}, {@link A}. German compounds are common
 * ("Suizidgedanken", "ritzfrei"): many patterns allow a word to continue (`\w*`).
 *
 * Building blocks rather than phrases:
 * - verbs in every tense and person, with Bavarian/Austrian and Swiss forms ("gschluckt",
 *   "umbringa", "nümme läbe");
 * - {@link GAP}: up to three words between the parts of a phrase ("mich heute nacht einfach
 *   umbringen") that are never a negation, so "ich will mich NICHT umbringen" does not match;
 * - {@link NOT_NEGATED}: a risk word right after "nicht"/"nie" is no risk word ("will nicht sterben");
 * - overdoses as drug + amount + taking, in any order (proximity); poisons + drinking;
 * - means-seeking questions as question word + lethality (proximity).
 */

const U = '(?:u|ue)';
const O = '(?:o|oe)';
const A = '(?:a|ae)';
const MICH = '(?:mich|mi|mir|mia)';
/** Negation words, standard and regional ("ned", "nid", "nöd", "ka"). */
const NEG = '(?:nicht|nich|nie|niemals|nimmer|nimma|nummer|numme|kein|keine|keinen|keiner|keinesfalls|ned|net|nid|nod|nit|ka|ohne)';
/** Up to three words that are not a negation (nor "mit": "schluss machen MIT IHM"). */
/** A risk word answered with a denial in the next sentence ("Suizidgedanken? Nein."). */
const DENIED_NEXT = `(?! \\| (?:nein|ne|nope|keine?|nix|nichts|null|nie|auch nicht|gar nicht|garnicht|niemals)(?: |$))`;
/** The negations a gap word must not be (short: these regexes are compiled in many places). */
const NEG_GAP = '(?:nicht|nich|nie|niemals|kein\\w*|ned|net|nid|nimma|nimmer|ohne|mit)';
const GAP = `(?:(?!${NEG_GAP} )\\w+ ){0,3}`;
const GAP2 = `(?:(?!${NEG_GAP} )\\w+ ){0,2}`;
/** A word that is not right after a negation ("nicht sterben"). */
const NOT_NEGATED = `(?<!(?:nicht|nich|nie|niemals|ned|net|nid|nod|nit|kein|keinen|keine) )`;
/** "want": will, möchte, wünsche, mag, Bavarian "wui"/"wü", Swiss "wott", "hab bock". */
const WANT = `(?:will|wil|wollte|wollt|wolte|willst|m${O}chte|m${O}cht|mag|mog|w${U}nsch\\w*|wui|wu|wott|wett|hab (?:echt )?bock|hab lust|h${A}tte? (?:gern|lieber)|w${U}rde? (?:gern|lieber|am liebsten)|sehne mich)`;
/** Dying, being dead, not living any more (standard and regional). */
const DIE = `(?:sterben|sterbn|sterbe|sterbm|storbn|tot sein|tod sein|tot|nicht mehr (?:leben|lebn|labe|lebe|da sein|do sein|da sei|do sei|hier sein|existieren|sein|aufwachen|am leben sein|am leben)|nimma (?:leben|lebn|do sein|do sei|da sei|sein)|nimmer leben|numme (?:labe|lebe|leben|(?:da|do) si+)|stirbn|stirben|weg sein|abkratzen|krepieren|verrecken|erl${O}st sein)`;
/** Killing oneself, every form ("umbringen", "umzubringen", "bring mich um", "umbringa"). */
const KILL_SELF = `(?:(?:vom|von der|von dem|aus dem|vor den|vor einen|vor die|in den) (?:\\w+ )?(?:balkon|br${U}cke|dach|fenster|hochhaus|zug|bahn|lkw|tod|abgrund|tiefe) (?:zu )?(?:st${U}rzen|werfen|springen|schmeissen|fallen lassen)|umbringen|umbringa|umbringe|umzubringen|umbring|t${O}ten|zu t${O}ten|erh${A}ngen|aufh${A}ngen|aufh${A}nga|aufkn${U}pfen|vergiften|erschiessen|erschiassn|ertr${A}nken|abmurksen|abzumurksen|wegmachen|wegzumachen|weg machen|hinmachen|umnieten|umzunieten|abstechen|abzustechen|aufzuh${A}ngen|zu erh${A}ngen|zu vergiften|zu erschiessen|kaltmachen|kaltzumachen|abknallen|abzuknallen|wegknallen|wegzuknallen|umlegen|umzulegen|opfern|opfere|kill(?:en)?|killa|die kugel geben|die kugel gebn|vor den zug werfen|vor die bahn werfen|vor (?:den|einen|nen|die) (?:zug|bahn|lkw|laster|u ?bahn|s ?bahn) (?:werfen|schmeissen|springen|legen|stellen))`;
/** What could end the writer's life in a wish ("dass mich ein Auto überfährt"). */
const VICTIM = `(?:${U}berf${A}hrt|${U}berfahren|${U}berfahrt|erwischt|t${O}tet|umbringt|abst${U}rzt|runterf${A}llt|sterbe|sterb|stirbt|tot|krank werde|krebs|t${O}dliche krankheit|nicht mehr aufwach\\w*|nimma aufwach\\w*|aus w${A}re?|vorbei w${A}re?)`;
const DRUG_NAME =
  `(?:\\w*tabletten|\\w*tablette|tablettn|tablette|tablet|tabs|\\w*pillen|pille|medis|meds|medikament\\w*|(?:schmerz|schlaf|beruhigungs|novalgin|baldrian|tilidin|tramal|valoron)?tropfen|(?:schlaf|schmerz|beruhigungs|abf${U}hr|bet${A}ubungs)mittel|antidepressiva|psychopharmaka|neuroleptika|antipsychotika|paracetamol|paracetamoll|ibuprofen|ibus?|aspirin|novalgin|novaminsulfon|metamizol|dafalgan|mexalen|thomapyrin|tavor|lorazepam|diazepam|valium|xanax|alprazolam|oxazepam|benzos|insulin|lithium|hoggar(?: night)?|vivinox|zopiclon|zolpidem|stilnox|quetiapin|seroquel|amitriptylin|mirtazapin|trimipramin|citalopram|sertralin|venlafaxin|fluoxetin|opiate|fentanyl|tramadol|tilidin|oxycodon|morphin|methadon|subutex|codein|heroin|pregabalin|lyrica|gabapentin|melatonin|pills)`;
/** Common drugs, for patterns (the full list is in the `drug` concept). */
const DRUG_SHORT = `(?:\\w*tabletten|\\w*tablette|\\w*pillen|pills|psychopharmaka|medikament\\w*|medis|meds|\\w*tropfen|schlafmittel|schmerzmittel|insulin|paracetamol|ibuprofen|ibus?|tavor|benzos|antidepressiva)`;
const POISON =
  '(?:bleiche|chlorbleiche|\\w*reiniger|\\w*gift|gift|frostschutz\\w*|putzmittel|waschmittel|spiritus|benzin|lauge|natronlauge|pestizid\\w*|unkrautvernichter|unkrautex|domestos|essigessenz|lampen(?:o|oe)l|terpentin)';
/** Containers and amounts of pills ("die ganze Packung", "2 Streifen", "alle"). */
const AMOUNT = `(?:(?:ne|eine|einen|nen|a|e) (?:ganze\\w* )?(?:packung|schachtel|blister|flasche|dose|streifen|packerl)|zu sp${A}t|alle|alli|halbe flasche|halbe packung|halbe schachtel|alles|allen|ganze\\w*|ganzi|ganzn|gonze\\w*|gaunze\\w*|komplett\\w*|gesamte\\w*|(?:ne |eine |a )?hand ?voll|(?:einen |nen |ganzen )?haufen|jede menge|massenhaft|unmengen|(?<!(?:um|ab|bis|seit|vor|nach|gegen|von|am|auf) )(?:\\d{2,}|[5-9])(?! ?(?:mg|mcg|ml|milligramm|prozent|uhr|euro|minuten|stunden|tage|jahre|kilo|kg)\\b)|viele|viel|zu viel\\w*|vorrat|auf einmal|auf ex|auf ein mal|mit absicht|absichtlich|(?:\\d+|zwei|drei|vier|f${U}nf|sechs|ein paar|mehrere) (?:streifen|packungen|packerl|blister|schachteln|schachtle|flaschen|dosen|r${O}hrchen)|dutzend\\w*|hundert|zwanzig|dreissig|vierzig|f${U}nfzig|sechzig|achtzig|doppelte|dreifache)`;
/** Took, swallowed, injected… (past and present, regional). */
const TAKEN = `(?:drin|genommen|genomen|gnumma|gnomme|gno|gnoh|eingenommen|geschluckt|gschluckt|gschlickt|eingeworfen|eigworfa|reingezogen|reingehauen|reingeschoben|reingepfiffen|reingeworfen|runtergesp${U}lt|abigspuit|gespritzt|gspritzt|ged${U}ckt|gedr${U}ckt|getrunken|ausgetrunken|gesoffen|rein|intus|auf ex)`;
const ALCOHOL = '(?:wodka|vodka|alkohol|alk|schnaps|wein|wii|bier|whisky|whiskey|rum|gin|korn|obstler|jagermeister|jaegermeister|sekt|likor|flasche)';

export const GERMAN_CRISIS_LEXICON: CrisisLexicon = {
  locale: 'de',
  version: 'de-2026.12p',
  patterns: [
    // --- Direct suicide language ----------------------------------------------------------------
    {
      id: 'de-suizid',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:su[iy]?[sz]i+d(?!pr${A}vention|praevention|rate|forsch|hotline|telefon|${A}ss?e|hilfe|pr${A}v)\\w*|selbs?t?mor[dt](?!anschlag|attent|rate|pr${A}v)\\w*|freitod|sui ?gedank\\w*|s ?gedanken|todesgedank\\w*|lebensm${U}d\\w*|unalive\\w*|${U}nalive\\w*)${DENIED_NEXT}`,
    },
    {
      id: 'de-umbringen',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `${MICH} ${GAP}${KILL_SELF}|(?:bring|bringe|brings|bring i|bring ich) (?:${MICH}|ich ${MICH}|i mi) ${GAP}(?:um|ume|om)(?= \\||$| \\w)|(?:h${A}ng|h${A}nge|haeng|h${A}ngen) (?:ich |i )?(?:${MICH}) (?:\\w+ )?auf(?! (?:dem|der|den|die|das|m|ner|nem|einem|einer)\\b)|(?:mach|mache|moch) (?:ich |i )?(?:mich|mi) (?:\\w+ )?hin(?= \\||$)|(?:mir|mia) (?:\\w+ ){0,2}(?:die|a|ne|eine) kugel (?:zu )?(?:geben|gebn|jagen|verpassen)|(?:geb|gebe) (?:ich |i )?(?:mir|mia) (?:\\w+ )?(?:die|a) kugel|(?:geb|gebe|gib|gibt) (?:\\w+ ){0,3}den l${O}ffel ab|kms|sewer ?slide|(?:werd|werde|bin|wird) (?:\\w+ ){0,2}(?:zum|ein|n) personenschaden|verdien\\w* (?:es )?(?:\\w+ )?(?:zu sterben|tot zu sein|nicht zu leben)|ichwillmichumbringen|(?:${MICH}|mein|meinem|mei) (?:\\w+ ){0,2}(?:das leben|leben|s leben) ${GAP2}(?:nehmen|nehma|n${A}hme|genommen|z${U} nehmen)|mir das leben|(?:mein|meinem|mei) leben ${GAP2}(?:beenden|beende|beendn|ein ende (?:setzen|machen|bereiten)|wegwerfen|wegschmeissen)|(?:beende|beend|beendige) (?:ich |i )?(?:\\w+ )?(?:mein leben|mei lebn|alles)|(?:allem|dem ganzen|dem allen|dem) ein ende (?:setzen|machen|bereiten)|ein ende machen|den l${O}ffel abgeben|${MICH} ${GAP}(?:ausloggen|abmelden|deleten|l${O}schen)(?: (?:vom|aus dem) leben| f${U}r immer)?|vom leben abmelden|(?:den )?stecker ziehen|(?:lebens|life|rage) ?quit|den abgang machen|(?:mach|mache|machen) (?:heut |heute |bald )?(?:den|nen|einen) (?:abgang|abflug)(?: \\w+)?(?! (?:nach|in|zu|zum|richtung|ins)\\b)|(?:endg${U}ltig|f${U}r immer) (?:abtreten|gehen|einschlafen)|(?:kill|kille|killa) (?:${MICH}|mi) (?:\\w+ )?(?:selbst|bald|heut|heute|jetzt)|selbst ?t${O}tung|${MICH} (?:\\w+ )?(?:selbst|selber) (?:t${O}ten|umbringen|erl${O}sen)|(?:beschlossen|entschieden|entschluss)\\w* (?:\\w+ ){0,3}(?:zu sterben|mich umzubringen|mir das leben zu nehmen|schluss zu machen|es zu beenden|zu gehen,? f${U}r immer)|leben (?:\\w+ ){0,4}(?:es|das|ihn) (?:\\w+ )?beenden|(?:werf|werfe|schmeiss|schmeisse|leg|lege|stell|stelle) (?:ich |i )?(?:mich|mi) (?:\\w+ )?vor (?:den|einen|nen|an|a|die|eine) (?:zug|bahn|lkw|laster|auto|bus|u ?bahn|s ?bahn)|(?:mach|mache|moch) (?:ich |i )?(?:mich|mi) (?:\\w+ )?weg(?= \\||$)|(?:${U}berleg\\w*|denk\\w* dr${U}ber nach|frag mich),? ob (?:ich|i) (?:\\w+ )?(?:springe|spring|runterspringe|mich umbringe|es tue|es mache|sterben will|die tabletten nehme|alle nehme)`,
    },
    {
      id: 'de-sterben-wollen',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `${WANT} ${GAP}${DIE}|(?:will|wil|wui|wu|wott|mag|mog) (?:\\w+ ){0,2}(?:nicht|nimma|nimmer|numme|ned|net|nid|nod|nit) (?:mehr |meh |me )?(?:leben|lebn|labe|lebe|labe|weiterleben)|(?:keine|kein|ka|kan|koa|koan|null) (?:lust|bock|bog|kraft|motivation) mehr (?:\\w+ )?(?:zu leben|zum leben|zum lebn|aufs leben|auf das leben|auf mein leben|zu existieren|weiterzuleben)|(?:kein|ka|keinen) bock mehr (?:\\w+ )?(?:zu leben|aufs leben|auf leben|auf das leben|auf mein leben|auf des lebn|zum leben)|keinbockmehrzuleben|${WANT} ${GAP2}(?:${MICH} )?(?:umbringen|sterben|erh${A}ngen)|(?:hab|habe) (?:keine lust|kein bock|ka lust) mehr (?:zu leben|aufs leben|auf leben)`,
    },
    // --- Recorded, never an alert ---------------------------------------------------------------
    // `subject: 'other'` makes these always `low`: denials whose negation sits inside the phrase
    // ("ich will mich NICHT umbringen", "keine Gedanken mehr ans Sterben"), someone else's acts
    // written with "sich" ("hat sich umgebracht"), and mentions of the topic (scars, an attempt).
    {
      id: 'de-erwaehnung',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'medium',
      subject: 'other',
      pattern: `${NEG} (?:\\w+ ){0,4}(?:${KILL_SELF}|sterben|sterbe|tot sein|suizid\\w*|selbstmord\\w*|suizidal|todesgedank\\w*|verletzen|verletzt|ritzen|geritzt|schneiden|geschnitten|antun|anzutun|angetan|was an|nix an|nichts an|tabletten|genommen|geschluckt|springen|runter|dummes|dummheiten|plan)|sich (?:\\w+ ){0,4}(?:umgebracht|umbringen|umzubringen|erh${A}ngt|erschossen|erschiessen|vergiftet|das leben (?:genommen|nehmen|zu nehmen)|um(?= \\||$)|geritzt|ritzt|verletzt|selbst verletzt)|(?:narben|suizidversuch\\w*|selbstmordversuch\\w*|sterbehilfe|\\w*seelsorge|(?:ist|sind|war) (?:\\w+ ){0,3}gesprungen|hat (?:\\w+ ){0,4}(?:gesprungen|genommen|geschluckt)(?= \\||$| und| als)|tod von \\w+|an (?:ihr|sein) ende)`,
    },
    // --- Passive ideation ----------------------------------------------------------------------
    {
      id: 'de-passiv',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:einschlafen|einschlaf|einpennen) (?:\\w+ ){0,3}(?:und|u) (?:\\w+ ){0,2}(?:nicht mehr|nie wieder|nie mehr|nimmer|nimma|numme|nicht) (?:\\w+ )?(?:aufwachen|aufwach|aufwacha)|(?:nicht|nie|nimmer|nimma) (?:mehr |wieder )?aufwach\\w*|(?:w${A}re?|war|wr) (?:\\w+ )?(?:besser|lieber|schoner|sch${O}ner) (?:\\w+ ){0,3}nie geboren|nie geboren (?:worden )?(?:w${A}re?|worden)|(?:w${A}r|w${A}re) (?:\\w+ ){0,2}(?:besser|leichter|einfacher|gl${U}cklicher)(?:,)? (?:\\w+ ){0,2}(?:(?:wenn|wen) (?:ich|i) (?:\\w+ ){0,2}(?:tot|sterbe|sterb|weg|nicht mehr|nimma|nie geboren|nicht da|nicht existier\\w*|verschwinde|verschwinden w${U}rde)|wenn es mich|ohne mich)|(?:besser|leichter|einfacher) w${A}r(?:e|s)?,? (?:\\w+ ){0,2}(?:wenn|wen) (?:ich|i) (?:\\w+ ){0,2}(?:sterbe|sterb|tot|weg|nicht mehr|nimma|nie)|ohne (?:mich|so (?:ne|eine|einen) \\w+ wie mich) (?:\\w+ ){0,3}(?:besser dran|bess?er drann|besser|gl${U}cklicher|leichter|leichteres|einfacher|schlechter)|(?:nur |bloss |eh |doch |doch eh |eh nur )?(?:eine |ne |a )?(?:last|belastung) f${U}r (?:alle|jeden|euch|meine \\w+|die anderen|meine familie|alle anderen)|(?:keiner|niemand|koana|neamd|niemert) (?:w${U}rde?|w${U}rd|tat|tät|wird|wurd) (?:\\w+ ){0,3}(?:vermissen|merken|trauern)|(?:w${A}r|w${A}re|waer|w${A}rs|w${A}re es|isch) (?:\\w+ )?(?:mir )?(?:egal|nicht schlimm|ned schlimm|net schlimm|okay|ok|in ordnung|recht)(?:,)? (?:\\w+ ){0,3}(?:wenn|falls) (?:\\w+ ){0,4}(?:sterb\\w*|tot|nicht mehr|nimma|aufwach\\w*|${U}berf${A}hrt|abst${U}rzt|umfall\\w*|unfall|aus w${A}re|aus waer|vorbei)|wenns? (?:morgen |heute )?(?:aus|vorbei) w${A}re?|(?:aufh${O}ren|aufhoern) zu existieren|nicht mehr (?:existieren|da sein|hier sein)|(?:w${A}r|w${A}re) (?:\\w+ )?eine erl${O}sung|wenns passiert,? dann passierts|(?:w${A}r(?:e|n) (?:gern |lieber |am liebsten )?|w${A}r (?:gern |lieber |am liebsten |so gern ))(?:einfach )?(?:weg|tot)(?! (?:vom|von|aus|in|am|auf|nach|bei|zu)\\b)|f${U}r immer (?:weg|verschwinden|verschwindn)|(?:verschwinden|verschwindn) (?:\\w+ ){0,2}(?:f${U}r immer|fuer imma|f${U}r imma|und nie wieder|f${U}r immer und)|t${O}dliche krankheit|${NOT_NEGATED}(?:sehn\\w*|sehnsucht) (?:\\w+ ){0,3}(?:tod|sterben|nicht mehr)|beneide (?:\\w+ ){0,3}(?:die sterben|tote|die tot)|(?:meine|meiner) (?:eigene\\w* )?(?:beerdigung|begr${A}bnis) (?:\\w+ ){0,4}(?:vor|vorstellen|beruhig\\w*)|(?:alles|es) aufh${O}rt(?:,)? (?:auch ich|und ich auch|mit mir)|(?:vorbei|aus) (?:ist |is |isch )?mit mir|(?:hoff|hoffe|w${U}nsch\\w*) (?:\\w+ ){0,4}(?:sterbe|sterb|krank werde|${U}berfahren|abst${U}rzt|tot umfall\\w*|nicht mehr aufwach\\w*|krebs)|der gedanke (?:\\w+ ){0,3}(?:nicht mehr|tot|sterben)|(?:existieren|leben) (?:ist|is|isch) (?:eine |a )?(?:qual|folter|zu anstrengend)|(?:nicht|nie|nimmer|nimma) (?:mehr |wieder )?aufzuwachen|(?:h${A}tt\\w*|hab|habe|hatte|h${A}t) (?:\\w+ ){0,2}(?:nix|nichts) dagegen(?:,)? (?:\\w+ ){0,2}(?:wenn|falls|zu sterben|tot|nimmer|nicht mehr) (?:\\w+ ){0,5}${VICTIM}?|(?:aus|vorbei) w${A}re?,? (?:\\w+ ){0,2}(?:nix|nichts) dagegen|(?:w${U}nsch\\w*|hoff|hoffe|hoffentlich) (?:\\w+ ){0,7}${VICTIM}|einschlaf\\w* (?:\\w+ )?und (?:das wars|das wars dann|es ist vorbei|weg bin|weg)|wenn (?:es )?mich nicht (?:mehr )?g${A}b\\w*|wenn ich nicht (?:mehr )?(?:da|hier|do) w${A}r\\w*|(?:wenn|wen|falls) ich (?:\\w+ )?(?:tot|tod|weg|nicht mehr da|nimma do) (?:w${A}r\\w*|bin)|w${A}r(?:e|en|n)? (?:\\w+ ){0,2}(?:besser|bess?er|leichter|gl${U}cklicher|einfacher) (?:\\w+ ){0,2}(?:ohne mich|wenn ich|wen ich)|(?:besser|leichter|gl${U}cklicher|einfacher) (?:dran |drann |\\w+ )?ohne mich|w${U}rd\\w* (?:es |s )?(?:keiner|niemand|koana) (?:\\w+ )?(?:merken|vermissen)|w${A}r(?:e)? (?:ich )?(?:\\w+ )?(?:schon |l${A}ngst )(?:tot|weg)|aufwachen (?:\\w+ ){0,2}(?:will|mag|m${O}chte) (?:ich |i )?(?:auch )?(?:nicht|nimma|nie) mehr|(?:wenn|falls) ich (?:\\w+ ){0,3}(?:sterb|sterbe|sterben w${U}rde|tot w${A}re?|draufgeh\\w*)(?:,)? (?:\\w+ ){0,4}(?:wenigstens|endlich|besser|egal)|(?:alles|es) aufh${O}rt (?:\\| )?(?:auch ich|und ich auch|mit mir)|(?:nur|bloss|eh nur|nur mehr|nur noch|doch nur) (?:\\w+ )?(?:eine |ne |a )?(?:last|belastung)(?= \\||$| f${U}r)|(?:bin|sei|w${A}r|w${A}re) (?:\\w+ ){0,3}(?:eine |ne |a )(?:last|belastung) f${U}r (?:alle|jeden|euch|dich|sie|andere|die anderen|alle anderen|die welt|die familie|die kinder|meine (?:familie|eltern|kinder|freunde|frau|freundin|mutter|mama|lieben)|meinen (?:mann|freund|vater|papa|partner)|mein (?:umfeld|team))|(?:zu (?:ihr|ihm|ihnen|papa|mama|oma|opa|\\w+) |bald |endlich )nachkomm\\w*|dann w${A}r(?:e|s|es)? (?:\\w+ )?(?:halt |einfach |endlich )?(?:vorbei|aus|ruhe)|dann (?:ist|is|isch|hab ich|h${A}tt ich) (?:\\w+ )?endlich (?:ruhe|frieden)|(?:ein |so ein |so a )?(?:stilles|sanftes|friedliches) ende|bis (?:mein (?:k${O}rper|herz)|ich) (?:\\w+ ){0,2}(?:aufgibt|aufh${O}rt|stehen bleibt|stehenbleibt|umfalle|umkippe|tot bin|sterbe)|(?:denk\\w*|gedanken) (?:\\w+ ){0,4}an (?:den|meinen) tod|(?:an|ans) (?:sterben|den tod|meinen tod|suizid|selbstmord) (?:\\w+ ){0,2}(?:denken|gedacht|denke|denk)|(?:will|m${O}chte|wui|wott) (?:\\w+ ){0,2}nur noch weg(?= \\||$)|(?:ich )?will (?:einfach |eigentlich )?nicht mehr(?= \\||$)|(?:bin|f${U}hl\\w* mich) (?:\\w+ )?(?:so |total |v${O}llig |einfach )?(?:hoffnungslos|verzweifelt)(?= \\||$| und| aber| ich| weil| echt| total| wie| alles)|besser (?:\\w+ ){0,2}(?:ich|i) w${A}r(?:e)? (?:\\w+ )?(?:tot|nicht da|nie geboren|weg)|(?:nicht|ned|net) (?:\\w+ )?wert,? (?:zu leben|am leben zu sein|hier zu sein|zu existieren)|(?:hoff|hoffe|hoffentlich|w${U}nsch\\w*) (?:\\w+ ){0,3}wach\\w* (?:\\w+ ){0,2}(?:nicht|nie|nimma|nimmer) (?:mehr )?auf|(?:w${U}nsch\\w*|will|m${O}chte|wui) (?:\\w+ ){0,4}(?:verschwinden|verschwindn)(?! (?:aus|von|nach|in|zu|f${U}r ein|f${U}r eine|kurz|mal|im)\\b)|(?:durch|fertig|abgeschlossen) mit (?:dem|meinem) leben|mit dem leben (?:\\w+ )?(?:abgeschlossen|fertig|durch)|w${A}r(?:e)? (?:\\w+ ){0,2}(?:nicht mehr|nimma) (?:am leben|da|hier|do)(?= \\||$| zu sein)|(?:sch${O}n|besser|leichter|sch${O}ner) (?:\\w+ )?(?:nicht mehr|nimma) (?:zu existieren|zu leben|da zu sein|aufzuwachen|am leben zu sein)|(?:ewige|f${U}r immer) ruhe|(?:ruhe|frieden) (?:\\w+ )?f${U}r immer|(?:will|wünsch\\w*|m${O}chte|wui) (?:\\w+ ){0,3}(?:dass )?(?:es|alles) (?:\\w+ )?vorbei (?:ist|is|isch)(?:,)? (?:f${U}r immer|endg${U}ltig)|(?:warum|wieso|wozu|wof${U}r) (?:\\w+ )?(?:lebe|leb|existiere) (?:ich|i) (?:\\w+ )?(?:noch|${U}berhaupt|eigentlich)|(?:genauso gut|genau so gut|eh) (?:\\w+ )?tot sein|(?:sch${O}n|besser|leichter|angenehm|friedlich),? (?:\\w+ )?(?:einfach )?(?:tot zu sein|nicht (?:mehr )?zu leben|weg zu sein|zu sterben|nicht mehr da zu sein)|(?:alles|es) (?:soll |muss )?(?:einfach )?aufh${O}ren(?: \\| \\w+)?(?: \\|)? f${U}r immer|(?:mich|mi) (?:w${U}rde?|w${U}rd|wird) (?:\\w+ ){0,2}(?:keiner|niemand|koana|neamd) (?:\\w+ )?(?:vermissen|merken)|(?:komm|komme) (?:\\w+ )?(?:nicht|nie|nimma) (?:mehr |wieder )?(?:raus|zur${U}ck)(?= \\||$)|(?:ausweg|l${O}sung)\\w* (?:\\w+ ){0,3}(?:der |den |ist der )?tod|einzige\\w* (?:ausweg|l${O}sung) (?:\\w+ ){0,3}(?:tod|sterben|nicht mehr da)|(?:ich|i) (?:sollte|soll|sollt|muss|m${U}sste) (?:\\w+ )?(?:einfach |besser |lieber |eigentlich )?(?:sterben|tot sein|mich umbringen|nicht mehr leben|nicht mehr da sein|nicht existieren)(?= \\||$| und)|(?:will|m${O}chte) (?:\\w+ )?(?:einfach |nur |einfach nur )?weg(?= \\||$)|(?:in luft auf(?:l${O}sen|gel${O}st)|verschwinden|weg sein|einschlafen),? (?:\\w+ )?f${U}r immer|(?:in (?:einer|ner|zwei|drei|\\d+) (?:woche|wochen|tagen|tag|stunden|stunde|monat)|bald|morgen|heute nacht|am \\w+) (?:bin|ist) (?:ich|i|es) (?:\\w+ )?(?:tot|erl${O}st|nicht mehr da|nicht mehr am leben)(?= \\||$)`,
    },
    // --- Hopelessness ---------------------------------------------------------------------------
    {
      id: 'de-hoffnungslos',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:kein|keinen|ka|null|koan) (?:einzigen |einzige )?(?:grund|sinn|hoffnung|zukunft|perspektive|ausweg) mehr|(?:seh|sehe|find|finde|gibt|gibts) (?:\\w+ ){0,2}(?:kein|keinen|keine|ka|null) (?:\\w+ )?(?:sinn|grund|zukunft|ausweg|perspektive|hoffnung)(?! (?:darin|dabei|dafur|daf${U}r|f${U}r (?!mich|mi|uns)|mit|bei|beim|an|am|dass|in (?!meinem leben|allem|dem leben)|im (?!leben))\\b)|(?:hat|hot|het) (?:doch |eh |einfach )?(?:alles|des alles|das alles|des ois|alles nix|des ganze|das ganze|mein leben|das leben|des lebn) (?:\\w+ )?(?:keinen|kein|ka|null) sinn(?: mehr)?(?= \\||$)|(?:hat|hot|het) (?:doch |eh |einfach )?(?:alles|des alles|das alles|des ois|das ganze|mein leben|das leben) (?:\\w+ )?(?:keinen|kein|ka|null) sinn mehr|(?:null|kein|keinen) sinn (?:\\w+ ){0,2}(?:leben|lebn|so zu leben|weiterzumachen|hier)|(?:leben|lebn|labe|existenz|alles) (?:\\w+ ){0,2}(?:ist |is |isch |wird )?(?:\\w+ )?(?:sinnlos|hoffnungslos|aussichtslos|verbii|vorbei)|(?:^|\\| |(?:es|s|alles|das|des|da|ois|eh|doch|das ganze|des ganze|mein leben|meine lage|meine situation|mei lebn) )(?:is|ist|isch) (?:doch |eh |alles |einfach |echt |total |so |halt )?(?:aussichtslos|hoffnungslos)|(?:wozu|wof${U}r|warum|wieso|fur was|f${U}r was) (?:soll ich |soll i )?(?:\\w+ ){0,2}(?:weitermachen|leben|weiterleben|aufstehen|k${A}mpfen|das alles|des ois|noch da sein|noch hier)|(?:keine|ka) kraft mehr(?= \\||$| zu (?:leben|k${A}mpfen|weiterleben)| f${U}r (?:das leben|irgendwas|nichts)| weiter\\w*| zum (?:leben|k${A}mpfen))|(?:das |des )?leben (?:\\w+ ){0,3}nicht (?:mehr )?(?:lohnt|lebenswert)|lohnt (?:sich )?(?:doch |einfach |eh )?(?:nicht|nix|nichts) mehr|nicht mehr lebenswert|(?:mich|mi) h${A}lt (?:\\w+ )?(?:nichts|nix) mehr(?! (?:in|an|bei|im|auf|hier in|zuhause|daheim)\\b)|kann nicht mehr leben|(?:i|ich) (?:mog|mag|pack|pack des|pack das|schaff des|schaff das) (?:\\w+ )?(?:nimma|nimmer|numme|nicht mehr)(?: \\w+)?|halt(?:e)? (?:das |des |es )?(?:alles |ois )?(?:einfach )?(?:nicht|ned|nimma|net) (?:mehr )?aus|(?:es |des )?wird (?:\\w+ )?nie (?:mehr )?besser(?= \\||$| f${U}r mich| mit mir| bei mir| egal| das weiss)|(?:nix|nichts) (?:\\w+ )?wir[dt] (?:\\w+ )?besser|m${U}de vom leben|lebensm${U}d\\w*|(?:geb|gebe|hab|habe) (?:\\w+ ){0,2}(?:auf|aufgegeben)(?: \\||$| mit allem| mit mir| mit dem leben)|aufgegeben mit allem|erwarte (?:\\w+ )?(?:nix|nichts) mehr (?:vom|von meinem) leben|nicht mehr zu (?:retten|helfen)|nix mehr zu retten|(?:ich bin|bin) (?:\\w+ )?(?:komplett |total |v${O}llig |einfach )?am ende(?! (?:mit meinem latein|des|das|der|vom|von|meiner kr${A}fte f${U}r heute)\\b)|(?:gefangen|in der falle) (?:\\w+ ){0,4}(?:ausweg|raus)|einzige\\w* ausweg|(?:mein|das|des) leben (?:ist|is|isch) (?:ein |a )?(?:\\w+ )?(?:fehler|nix mehr|vorbei|verbii|kaputt|sinnlos)|(?:bringt|bringts) (?:doch |eh )?(?:alles )?(?:nix|nichts|nuet|n${U}t) (?:mehr|meh)|es wird sich (?:\\w+ )?nie (?:\\w+ )?(?:${A}ndern|bessern)|nichts wird sich (?:\\w+ )?${A}ndern|kein\\w* (?:einzig\\w* )?(?:hoffnung|zukunft|perspektive|ausweg|grund) mehr(?!,? dass (?!es|sich|ich|das|mein))|(?:leben|lebn|weitermachen|so zu leben|existenz) (?:\\w+ ){0,2}(?:hat|hot) (?:doch |eh |einfach )?(?:null|keinen|kein|ka) sinn|(?:leben|lebn|weitermachen|k${A}mpfen|weiterleben) (?:\\w+ )?lohnt (?:sich )?(?:\\w+ ){0,4}(?:nicht|nix|nichts|kaum) mehr|lohnt (?:sich )?(?:\\w+ ){0,3}(?:nicht|nix|nichts) mehr (?:zu leben|weiterzumachen)|(?:glaub|glaube) (?:nicht|kaum),? dass (?:sich )?(?:\\w+ ){0,2}(?:leben|weitermachen) (?:\\w+ ){0,3}(?:noch )?lohnt|wird (?:\\w+ )?(?:nicht|nie|nimmer|nimma) (?:mehr )?besser(?= \\||$| das weiss| egal)|(?:kein\\w*|null|ka) lebenswille\\w*|lebenswille\\w* (?:ist |is )?(?:\\w+ )?(?:weg|verschwunden|futsch|aufgebraucht|am ende)|(?:kann|will|mag|m${O}chte) (?:\\w+ ){0,2}(?:nicht|ned|net|nimma|nid) (?:mehr )?(?:so )?weiterleben|(?:nichts|nix|kein\\w*) (?:\\w+ ){0,6}(?:zu leben|weiterzuleben|weiterzumachen) lohnt|(?:nichts|nix) (?:macht|hat|ergibt) (?:mehr |noch )?(?:einen )?sinn`,
    },
    // --- Self-harm ------------------------------------------------------------------------------
    {
      id: 'de-ritzen',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:\\w*(?<![s][p]|[f]|[m][o]|[b])ritz(?:en|e|t|n|st|te|ten|druck|drang|en\\w*)?|geritzt|geritz|gritzt|aufgeritzt|selbst ?verle(?:tz|z|ts)\\w*|svv|ssv)${DENIED_NEXT}|(?:mich|mi) ${GAP}(?:verletzen|verletzt|verletze|schneiden|schneide|schneid|schnitten|geschnitten|geschnittn|gschnitten|gschnittn|aufgeschnitten|aufgekratzt|verbrennen|verbrannt|verbrenne|verbrennt|gebrannt|geschlagen|schlage|bestraft|bestrafe|bestrafen|gekniffen|verst${U}mmeln|verst${U}mmelt)|(?:mir|mia|mi) (?:(?!(?:nicht|nie|kein\\w*|ned|net|nid|nix|nichts) )\\w+ ){0,4}(?:wehgetan|weh getan|wehtun|weh tun|weh zu tun|wehzutun|(?:was|etwas|wos|eppes) an(?:tun|tue|tu|zutun|tut)|(?:was|etwas) angetan(?= \\||$))|(?:mir|mia|mi) ${GAP}(?:in den |in die |den |die |am |an den |an der |ins |in )?(?:arm|arme|armen|handgelenk\\w*|oberschenkel|bein|beine|haut|unterarm\\w*|bauch|h${U}fte|pulsader\\w*|brust|knie) (?:\\w+ ){0,3}(?:geschnitten|gschnittn|aufgeschnitten|geritzt|aufgekratzt|verbrannt|aufgerieben|gekratzt|gestochen)|(?:${MICH}|ich|i) (?:\\w+ )?(?:wieder |schon wieder |jeden abend |jeden tag )?am (?:schneiden|ritzen|kratzen)|bin (?:\\w+ )?(?:wieder )?am schneiden|(?:bis|das|dass) es (?:\\w+ )?(?:blutet|geblutet|blut|weh tut|wehtut|weh getan)|(?:bis|dass) (?:\\w+ ){0,2}(?:blau|offen|aufgeplatzt|blutig) (?:war|waren|sind|ist)|blut(?:en|et)? (?:nicht|nich) (?:mehr )?(?:aufh${O}r|auf)|h${O}ren nicht auf zu bluten|schnitt\\w* ist tiefer|(?:schnitte|schnitt) (?:\\w+ )?(?:am|an den|an der|am linken|am rechten) (?:arm|armen|oberschenkel|bein|beinen|handgelenk|bauch)|clean ?(?:z${A}hler|counter)|in den arm geritzt|(?:handgelenk|pulsader|unterarm|oberschenkel|arm|arme)\\w* (?:\\w+ ){0,2}(?:aufge\\w+|aufgeritzt|aufgeschnitten|aufgerieben|angeritzt)|barcode (?:am|an|auf)|(?:klinge|rasierklinge|cutter|teppichmesser|zirkel\\w*|scherbe)\\w* (?:\\w+ ){0,3}(?:in der hand|geholt|brauch|rausgeholt|gegen|angesetzt)|brauch (?:\\w+ )?(?:ne|eine|a|die) klinge|(?:will|muss|brauch) (?:${MICH} )?${GAP2}(?:wehtun|weh tun|verletzen|bestrafen)|(?:schneide|schneid|ritze|ritz|verletze|verletz|verbrenne|verbrenn|bestrafe|kratze|kratz|schlage) (?:ich |i )?(?:mich|mi)(?! (?:an|am|beim|in den finger|aus versehen|nicht|nie|ned|net)\\b)|(?:verdient|verdien|verdiene) (?:\\w+ ){0,3}(?:zu bluten|schmerzen|weh zu tun)|(?:r${U}ckfall|r${U}ckf${A}llig) (?:\\w+ ){0,4}(?:geritzt|ritzen|geschnitten|klinge|svv)|(?:bin |wurde |wieder )r${U}ckf${A}llig(?: geworden)?|(?:tage|wochen) (?:\\w+ )?(?:clean|frei) (?:\\w+ ){0,3}(?:und jetzt|jetzt) wieder|(?:kopf|faust|hand) (?:\\w+ ){0,3}gegen die wand (?:\\w+ ){0,3}(?:bis|geschlagen|gehauen|geknallt|schlag\\w*)|(?:zigarette|feuerzeug|herdplatte|b${U}geleisen|heissem wasser|heisse\\w* tee|heisse\\w* wasser) (?:\\w+ ){0,4}(?:verbrannt|gedr${U}ckt|gekippt|gehalten)|verbrannt (?:\\w+ ){0,3}(?:absichtlich|mit absicht)|absichtlich (?:\\w+ ){0,4}(?:verbrannt|geschnitten|geschlagen|gekippt|verletzt)|(?:pflaster|verb${A}nde|langarm) (?:\\w+ ){0,3}(?:versteckt|verstecken)(?:,)? (?:\\w+ ){0,6}(?:wieder|nix merken)|(?:selber|selbst) (?:\\w+ ){0,3}(?:geschlagen|gekratzt|geschnitten|verbrannt|verletzt|gebissen|gekniffen|aufgekratzt)|(?:zirkel\\w*|scherbe\\w*|nadel|cutter\\w*|teppichmesser|rasierklinge\\w*|klinge|klingen) (?:\\w+ ){0,7}(?:gekratzt|geritzt|geschnitten|gestochen|striche|aufgekratzt)|in (?:den|die|meinen|meine|mein) (?:oberschenkel|arm|arme|unterarm|handgelenk\\w*|bauch|bein|beine|haut|h${U}fte) (?:\\w+ )?(?:geschnitten|geritzt|gestochen|gschnittn)|(?:pulsader|adern|ader|venen|handgelenk|handgelenke)\\w* (?:\\w+ ){0,2}(?:aufgeschnitten|aufgeritzt|aufschneiden|aufzuschneiden|durchgeschnitten|durchschneiden)|(?:mich|mir|mi) (?:\\w+ ){0,2}(?:blutig|wund) (?:gekratzt|geschlagen|gebissen|gerieben)|(?:gekratzt|geschnitten|verbrannt|geschlagen|verletzt|gebissen|gekniffen|gestochen),? (?:\\w+ )?(?:absichtlich|mit absicht)|(?:narben|wunden|schorf|schnitte) (?:\\w+ ){0,2}(?:wieder )?(?:aufgekratzt|aufgerissen|aufgeschnitten|aufgemacht|aufgeritzt)|(?:zu tief|tiefer) (?:\\w+ )?(?:geschnitten|geritzt)`,
    },
    // --- Ingestion / overdose -------------------------------------------------------------------
    {
      // A drug injected in an amount that kills, or decided on ("hab mir die ganze Insulinpatrone
      // gespritzt", "beschlossen, mir was aus dem Medikamentenschrank zu spritzen"), and asking
      // how much it takes. Never a jab one has given ("Grippeimpfung spritzen lassen").
      id: 'de-spritzen',
      category: 'ingestion',
      kind: 'act',
      severity: 'high',
      pattern:
        `(?:mir|mi) (?:\\w+ ){0,6}?(?:die ganze\\w*|den ganzen|das ganze|ganze\\w*|alles|alle|komplett\\w*|gesamte\\w*|zu viel|viel zu viel|doppelt\\w*|dreifach\\w*|\\d+ einheiten) (?:\\w+ ){0,4}?(?:gespritzt|zu spritzen|spritzen|spritz|injiziert|zu injizieren)(?! lassen\\b)`
        + `|(?:beschlossen|entschieden|vorgenommen|uberlegt|ueberlegt|plane|werde|will|geh)[^|]{0,20}(?:mir|mi) (?:\\w+ ){0,8}?(?:zu spritzen|spritzen|zu injizieren)(?! lassen\\b)`
        + `|(?:wie ?viel|wieviele?) (?:\\w+ ){0,4}(?:spritzen|injizieren) (?:muss|musste|muesste|m${U}sste|sollte|br${A}uchte)[^|]{0,40}(?:nicht mehr aufzuwachen|nicht mehr aufwacht|sterben|tot|tod|stirbt)`,
    },
    {
      id: 'de-einnahme',
      category: 'ingestion',
      kind: 'act',
      severity: 'high',
      pattern: `${U}berdosis(?! (?:netflix|serien|zucker|kaffee|koffein|sonne|liebe|arbeit|kitsch|s${U}sses|schokolade)\\b)|${U}berdosiert|(?:getrunken|geschluckt|gschluckt|gesoffen|ausgetrunken|trink|trinke) (?:\\w+ ){0,3}${POISON}|${POISON} (?:\\w+ ){0,4}(?:getrunken|geschluckt|gschluckt|ausgetrunken|gesoffen|trinken|runter)|(?:nehm|nehme|nimm|schluck|schlucke|werf) (?:ich |i )?(?:jetzt |grad |gleich |heute |heut )?(?:alle|die ganze\\w*|ganze\\w*|gonze\\w*|den ganzen) (?:\\w+ ){0,2}${DRUG_SHORT}|(?:alle|ganze\\w*) (?:\\w+ )?(?:tabletten|pillen|medikamente|medis)(?: \\w+){0,3} (?:auf einmal|aufeinmal)|${DRUG_SHORT} (?:\\w+ ){0,2}mit (?:\\w+ ){0,2}${ALCOHOL} (?:\\w+ ){0,2}(?:runtergesp${U}lt|geschluckt|genommen|eingeworfen|gemischt)|mit ${ALCOHOL} (?:\\w+ ){0,2}${DRUG_SHORT} (?:\\w+ )?(?:runtergesp${U}lt|geschluckt|genommen|eingeworfen)|(?:soll|sollte) (?:\\w+ ){0,2}alle ${DRUG_SHORT} nehmen (?:\\w+ ){0,2}(?:habs|hab es|gemacht)|hab (?:\\w+ ){0,3}alles (?:\\w+ ){0,2}(?:genommen|geschluckt) was (?:\\w+ )?(?:da|im schrank|noch da) war|alles was noch da war|pills (?:\\w+ ){0,6}(?:coffin|grave)`,
    },
    // --- Means ----------------------------------------------------------------------------------
    {
      id: 'de-mittel',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `t${O}dliche\\w* (?:dosis|menge)|letale\\w* dosis|damit (?:man|ich) (?:\\w+ )?(?:sicher |auch )?(?:tot|stirbt|sterbe|nicht ${U}berleb\\w*)|(?:wie|ab wann) (?:\\w+ )?(?:man|ich) (?:am )?(?:schnellsten |schmerzlos |sicher )?(?:stirbt|sterbe|sterben kann|verblutet)|schmerzlos\\w* (?:\\w+ )?(?:art|weg|methode|tod|sterben|zu sterben)|(?:art|methode|weg) (?:\\w+ )?zu sterben|schmerzlos (?:sterben|abtreten|gehen)|(?:${U}berlebt|${U}berlebe|${U}berleben) man (?:\\w+ )?(?:nicht|nid|ned) (?:mehr)?|(?:sicher|garantiert) (?:\\w+ )?(?:nicht|nid|ned) ${U}berleb\\w*|(?:tabletten|pillen|medikamente|medis|schlaftabletten|\\w*tabletten) (?:\\w+ ){0,2}(?:gesammelt|gebunkert|gehortet|zusammengespart|angesammelt|zusammengesucht|zusammengekratzt|zusammengetragen|zusammengeklaubt|zusammengesammelt|zur seite gelegt|zur seite geschafft)|(?:gesammelt|gebunkert|gehortet|zusammen) (?:\\w+ ){0,3}(?:tabletten|pillen|medikamente|medis)|(?:\\d{2,}|[5-9]|genug|gen${U}gend|viele) (?:\\w+ )?(?:tabletten|pillen|schlaftabletten) (?:\\w+ ){0,3}(?:besorgt|gekauft|geholt|organisiert|gesammelt|gebunkert|versteckt|zusammen|vor mir|liegen bereit|bereit)|gebunkert|(?:jagdgewehr|gewehr|pistole\\w*|pistoln|waffe|dienstwaffe|revolver|flinte) (?:\\w+ ){0,4}(?:im|in der|unterm|unter dem|geladen|tresor|schrank|schublade|nachttisch\\w*|keller|zuhause|daheim)|(?:weiss|kenn|kenne|kenn i|hab) (?:\\w+ )?(?:wo der schl${U}ssel|den code|die kombination|die zahlenkombi)|(?:steh|stehe|sitz|sitze|bin|hock|hocke) (?:grad |gerade |jetzt |schon |hier |wieder |grade |grod )*(?:auf|an|am|oben auf|ganz oben auf|bei) (?:dem |der |den |einem |einer |m |nem |ner )?(?:dach|dachkante|\\w*dach|\\w*br${U}cke|bruke|gleis(?! \\d)\\w*|schienen|bahngleis\\w*|klippe|hochhaus\\w*|gel${A}nder|fensterbrett|fenstersims|sims|staumauer|aussichtsturm|abgrund|bahnsteig(?! \\d)(?= [^|]*(?:zug|durch|kommt)))|(?:fahr|fahre|geh|gehe|lauf|laufe) (?:\\w+ )?(?:jetzt |grad |gleich )?(?:zur|zum|auf die|aufs|an die) (?:br${U}cke|dach|gleisen|gleis|hochhaus|klippe|schienen)(?= \\||$| und)|(?:wie hoch|welche\\w* stock\\w*|welche\\w* h${O}he|ab welche\\w* (?:h${O}he|stock\\w*)) (?:\\w+ ){0,6}(?:${U}berleb\\w*|sterb\\w*|tot|t${O}dlich)|(?:ich )?(?:steh|stehe|schau|sitz) (?:\\w+ ){0,3}(?:runter|hinunter|in die tiefe)(?= \\||$)|wie man (?:\\w+ )?(?:ohne schmerzen|schnell|sicher|am besten) stirbt|wie man sich (?:\\w+ ){0,2}(?:umbringt|t${O}tet|erh${A}ngt|das leben nimmt)|rasierklingen (?:\\w+ ){0,2}(?:liegen|ausgebaut|gekauft|besorgt|versteckt)|klingen (?:\\w+ ){0,3}(?:ausgebaut|rausgebrochen|rausgeholt)|(?:das |ein |nen |den |einen )?(?:seil|strick|kabel)(?![^|]*\\b(?:f${U}r|zum|zur|schaukel|klettern|boot|camping|w${A}sche|hund|garten|zelt)) (?:\\w+ ){0,3}(?:liegt|h${A}ngt|bereit|gekauft|geholt|besorgt|geknotet|festgemacht)|(?:haken|balken|dachbalken) (?:\\w+ ){0,4}(?:h${A}lt|aushalt|aush${A}lt|tr${A}gt)|vor den zug|vor einen zug|vor die bahn|von der br${U}cke (?:springen|spring|stuerzen|st${U}rzen)|(?:runterspringen|runterzuspringen|runter springen|runterh${U}pfen|springen werde|spring ich)|vom dach (?:springen|spring|st${U}rzen)|(?:methoden|wege|m${O}glichkeiten) (?:\\w+ ){0,2}(?:zu )?(?:googeln|gegoogelt|gesucht|recherchiert)|(?:gegoogelt|gesucht|recherchiert|nachgelesen|nachgeschaut) (?:\\w+ ){0,4}(?:wie man (?:\\w+ )?(?:stirbt|sich umbringt|sich t${O}tet)|t${O}dlich\\w*|${U}berdosis|t${O}dliche dosis)|(?:gift|gifte|giften)\\w* (?:\\w+ ){0,8}(?:nicht )?nachweis\\w*|(?:geschlossene\\w*|zue) garage (?:\\w+ ){0,4}motor|laufende\\w* motor (?:\\w+ ){0,4}garage|(?:garage|auto) (?:\\w+ ){0,5}mit laufendem motor|(?:wann|um wieviel uhr|wie oft) (?:\\w+ ){0,2}(?:der zug|die z${U}ge|zug) (?:\\w+ ){0,3}(?:durch|hier vorbei)|gleise (?:\\w+ ){0,4}(?:nachts|befahren)|(?:messer|klinge) (?:liegt |liegen )?(?:\\w+ ){0,2}(?:neben meinem bett|neben mir|unterm kissen|unter dem kissen|bereit)|rasierklinge\\w* (?:\\w+ ){0,6}(?:gelegt|versteckt|geholt|genommen|ausgebaut|bereit|rausgeholt)|(?:welcher|wann|welche) (?:zug|z${U}ge|g${U}terzug) (?:\\w+ ){0,3}(?:am schnellsten|schnell|ohne (?:zu )?halt\\w*)|(?:zug|z${U}ge) (?:\\w+ ){0,3}(?:am schnellsten|mit voller geschwindigkeit|ohne (?:zu )?halten) (?:\\w+ )?durch|(?:zug|z${U}ge) (?:\\w+ ){0,5}durch(?: \\w+){0,4} (?:steh|stehe|bin|warte) (?:\\w+ )?(?:am|an den|auf dem|bei den) (?:bahnsteig|gleis\\w*|schienen)|(?:verschiedenen|mehreren|\\d+|drei|vier|f${U}nf) (?:\\w+ )?apotheken (?:\\w+ ){0,3}(?:gekauft|geholt|besorgt)|(?:waffe|pistole|knarre|gewehr|revolver)\\w* (?:\\w+ ){0,8}(?:an den kopf|an die schl${A}fe|in den mund|an die stirn)|(?:an den kopf|an die schl${A}fe|in den mund) gehalten|ob (?:ich|i) abdr${U}ck\\w*|wie (?:\\w+ )?(?:erh${A}ngt|t${O}tet|vergiftet|erschiesst|bringt|ertr${A}nkt) man sich|(?:br${U}cke|haus|geb${A}ude|dach|stockwerk|balkon|hochhaus|turm)\\w* (?:\\w+ ){0,2}hoch genug|wo (?:\\w+ ){0,3}(?:eine |ne |a )?(?:waffe|pistole|knarre|gift|zyankali|strick) (?:\\w+ )?(?:her|kaufen|bekommen|besorgen)|(?:sitz|sitze|lieg|liege|steh|stehe|hock|hocke) (?:\\w+ )?mit (?:den |meinen |der |dem |nem |einem |ner |einer )?(?:tabletten|pillen|klinge|messer|strick|seil|waffe|pistole|rasierklinge)\\w*|(?:messer|klinge|rasierklinge|pistole|waffe|strick|tabletten)\\w* (?:schon |grad |gerade )?in der hand(?= \\||$)|(?:gegen|in) (?:einen|nen|den|die|eine) (?:baum|wand|mauer|br${U}ckenpfeiler|pfeiler|lkw|gegenverkehr) (?:zu )?(?:fahren|rasen|steuern|lenken)|(?:fahr|fahre|rase|steuer|lenke) (?:\\w+ ){0,4}(?:gegen|in) (?:einen|nen|den|die|eine) (?:baum|wand|mauer|br${U}ckenpfeiler|pfeiler|gegenverkehr)|(?:wie|wo) (?:\\w+ ){0,3}(?:schneidet|schneiden) (?:\\w+ ){0,3}(?:am tiefsten|tief genug|damit|pulsader|ader|verblut\\w*)|(?:waffe|pistole|knarre|gewehr|revolver)\\w* (?:\\w+ )?(?:besorgt|gekauft|organisiert|geholt)|(?:von|vom|aus) (?:der |einer |ner |dem |einem |nem |m )?(?:\\w+ )?(?:br${U}cke|dach|hochhaus|balkon|fenster|turm|klippe|parkhaus|staumauer|stockwerk)\\w* (?:\\w+ )?(?:springen|spring|springe|st${U}rzen|h${U}pfen)(?! (?:ins|in den|in die) (?:wasser|see|meer|pool|fluss))|vor (?:den|einen|nen|die|ein|e) (?:zug|bahn|lkw|laster|auto|bus|u ?bahn|s ?bahn|z${U}ge) (?:zu )?(?:laufen|rennen|springen|werfen|legen|gehen|stellen|springe|spring|laufe|lauf)|(?:spring|springe|springen|st${U}rz\\w*) ${GAP}(?:von|vom) (?:der |einer |ner |dem |einem |nem )?(?:\\w+ )?(?:br${U}cke|bruke|dach|hochhaus|balkon|fenster|turm|klippe|parkhaus|staumauer)(?! (?:\\w+ )?(?:ins|in den|in die) (?:wasser|see|meer|pool|fluss))|um (?:\\w+ )?zu sterben|um (?:mich|mi) (?:\\w+ )?umzubringen|um (?:\\w+ )?tot zu sein|(?:strick|schlinge)\\w* (?:\\w+ ){0,3}(?:h${A}lt|tr${A}gt|reisst|mein gewicht)|(?:steh|stehe|sitz|sitze) (?:\\w+ ){0,3}(?:fenster|balkon|dach|gel${A}nder|fensterbrett) (?:\\w+ ){0,2}im (?:\\d+ (?:\\| )?|\\w+ten )(?:stock|og|stockwerk)|(?:im wald|am baum|im keller|auf dem dachboden) (?:\\w+ ){0,3}mit (?:einem |nem |dem |nen |a )?(?:seil|strick)|(?:seil|strick) (?:\\w+ ){0,3}(?:im wald|am baum|am ast)|motor (?:l${A}uft|lauft) (?:\\w+ ){0,3}(?:in der|in die) garage|garage (?:\\w+ ){0,3}motor (?:l${A}uft|lauft|an)|(?:sitz|sitze|hock|hocke) (?:\\w+ ){0,2}(?:im auto|in der garage) (?:\\w+ ){0,5}(?:motor|abgase|schlauch)`,
    },
    // --- Intent, plans, farewells ---------------------------------------------------------------
    {
      id: 'de-abschied',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `wenn (?:du|ihr|sie) (?:das|des|dies) (?:\\w+ )?(?:liest|lest|lesen|lests),? (?:\\w+ )?(?:bin ich|bin i|ist es|bin) (?:schon )?(?:nicht mehr da|nimma do|weg|tot|gestorben|vorbei)|meine letzte\\w* (?:nachricht|worte)|das ist (?:mein|meine) (?:abschied|letzte nachricht)|(?:heute|heut|heit) (?:nacht|abend|auf d nacht) (?:mach|mache|moch|tu) (?:ich|i) ?(?:s|es|schluss)|(?:mach|mache|moch|tu|mach es|machs) (?:ich |i )?(?:es |s )?(?:heute|heut|heit) (?:nacht|abend)|ich weiss jetzt wie und wann|es ist (?:jetzt )?soweit|es ist entschieden|(?:hab|habe) (?:alles|es) (?:\\w+ )?(?:geplant|vorbereitet|geregelt|organisiert|durchgeplant)(?: \\||$|,)|hab mi entschiedn|(?:erleb|erlebe) (?:ich )?(?:\\w+ )?nicht mehr|dafur sorg ich|daf${U}r sorg ich|(?:beend|beende) ich (?:das|des|alles|es)|abschiedsbrief\\w*|abschiedsnachricht\\w*|(?:die |meine )?(?:briefe|brief) (?:\\w+ ){0,2}(?:sind |ist |hab ich )?(?:alle )?(?:geschrieben|fertig)(?: \\||$|,)|(?:sachen|zeug|sach) (?:\\w+ )?(?:verteilt|verschenkt|vermacht)|accounts gel${O}scht|(?:bin ich|bin i|bin) (?:dann |morgen |bald |schon )?(?:nicht mehr|nimma|nimmer|numme) (?:da|do|hier|am leben)(?![^|]*(?:urlaub|verreist|reise|umzug|umgezogen|weggezogen|schicht|b${U}ro|arbeit|job|zuhause|daheim|online))|(?:gibts|gibt es|gibt's) mich (?:\\w+ )?(?:nicht mehr|nimma|nimmer)|(?:seid|sind|bist|werdet|wirst|sind sie) mich (?:\\w+ )?los|(?:mach|mache|moch) (?:ich |i )?(?:\\w+ )?(?:heute |heut |heit |jetzt |bald |morgen )(?:ernst|schluss)(?! mit (?:der|dem (?!leben)|ihm|ihr|den|meiner|meinem (?!leben)|ner|nem|arbeit)|f${U}r heute| und| f${U}r)|(?:will|werd\\w*|wollte|muss) (?:\\w+ )?schluss machen(?! mit (?:ihm|ihr|der|dem (?!leben)|den|meinem (?!leben)|meiner|nem|ner))(?: \\||$| mit (?:allem|mir|dem leben|meinem leben|allem))|schluss (?:machen |mit )?(?:mit allem|mit mir|mit dem leben|mit meinem leben)|(?:ist|is|isch) (?:dann |endlich |am \\w+ )?(?:fertig|schluss|aus|vorbei) mit mir|(?:fertig|schluss) mit mir(?= \\||$)|(?:aufgeschrieben|geplant|organisiert|festgelegt) (?:\\w+ ){0,3}(?:meine|meiner|mein) (?:\\w+ )?(?:beerdigung|begr${A}bnis|trauerfeier)|(?:meine|meiner|mein) (?:\\w+ )?(?:beerdigung|begr${A}bnis|trauerfeier) (?:\\w+ ){0,4}(?:geplant|aufgeschrieben|organisiert)|(?:mein |das )?testament (?:\\w+ )?(?:gemacht|geschrieben|fertig)|damit (?:\\w+ ){0,2}(?:nicht )?(?:sie|er|die kinder|meine \\w+|mama|papa) mich (?:nicht )?(?:finden|findet|finde)|wenn ich (?:mal )?(?:nicht mehr da|tot|nimma do|weg f${U}r immer|gestorben) (?:bin|bi)|(?:brauch|brauche) (?:ich |i )?(?:die |das |den |des )?(?:eh |ja |dann |bald )?(?:nicht|nimma|nie|nimmer) mehr(?= [^|]*(?:samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|morgen|wochenende|bald|nach|geschenkt|verschenkt))|(?:geschenkt|verschenkt|vermacht)(?:,)? (?:\\w+ ){0,3}(?:brauch|brauche) (?:ich |i )?(?:eh |ja |dann )?(?:nicht|nimma|nie) mehr|(?:verabschied\\w*|verabschiede mich) (?:\\w+ ){0,2}(?:von euch|von dir|von allen|von ihnen|f${U}r immer|hiermit)|(?:hiermit|f${U}r immer) (?:\\w+ )?verabschied\\w*|(?:mach|mache|moch) (?:heut |heute |heit )?(?:ne|eine|a) (?:rope|seil)|(?:hab|habe|hob|ha|han) (?:${MICH}) entschied\\w*(?= \\||$)|(?:heute|heut|heit) (?:auf d |auf die )?(?:nacht|abend) (?:ist|is|isch) (?:es )?(?:vorbei|aus|schluss)|plan,? wie (?:ich|i) (?:es|s|mich|mir|das) (?:\\w+ )?(?:mache|mach|tu|tue|umbringe|beende|anstelle)(?= \\||$)|(?:ein|das|den|einen|nen) (?:datum|tag|ort|zeitpunkt) (?:hab ich |habe ich )?(?:mir )?(?:schon )?(?:ausgesucht|festgelegt|gew${A}hlt)(?= \\||$)|(?:ist es|is es|isch es) (?:\\w+ )?soweit(?= \\||$)|(?:bin ich|bin i|bin) (?:\\w+ )?weg,? (?:f${U}r immer|endg${U}ltig)|bin (?:dann )?raus (?:\\| )?(?:endg${U}ltig|f${U}r immer)|(?:nach|ab) (?:\\w+ )?(?:samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|morgen|heute|dem wochenende|dem \\w+) (?:\\w+ ){0,2}brauch\\w* (?:ich |i )?(?:\\w+ )?(?:eh|sowieso) (?:nicht|nimma|nie|nix) mehr|mein(?:e|en)? letzte[rn]? (?:abend|tag|nacht|stunden|atemz${U}ge)(?= \\||$)|(?:von euch|von dir|von allen|von ihnen) (?:allen )?(?:schon )?verabschiedet(?= \\||$)|(?:werdet|wirst|werden sie|werdet ihr) (?:mich )?(?:\\w+ )?(?:nicht mehr|nie mehr|nie wieder|nimma) (?:sehen|h${O}ren|sehn)|(?:mich|mi) (?:\\w+ )?(?:nie wieder|nie mehr|nimma) (?:sehen|h${O}ren|sehn)|(?:ist es|es ist|is es) (?:\\w+ )?soweit(?:,)? (?:\\w+ ){0,2}(?:bin ich|bin i) (?:\\w+ )?(?:weg|tot|nicht mehr da)|(?:meine|mei|all meine|alle meine) (?:sachen|sach|zeug|besitz|wertsachen) (?:\\w+ ){0,3}(?:verschenkt|verteilt|vermacht|weggegeben)|(?:ich|i) (?:bald |dann |morgen |schon )?(?:nicht mehr|nimma|nimmer) (?:da|do|hier|am leben) (?:bin|bi|sein werde)(?![^|]*(?:urlaub|verreist|reise|umzug|umgezogen|weggezogen|schicht|b${U}ro|arbeit|job|zuhause|daheim|online))|(?:${U}berlegt|geplant|weiss|entschieden) (?:\\w+ ){0,2}(?:wo|wie|wann) (?:ich|i) (?:es|s|mich) (?:\\w+ )?(?:mache|mach|tu|tue|umbringe)(?= \\||$)|(?:tag|nacht|abend)\\w* (?:\\w+ ){0,3}(?:ich|i) (?:es|alles|mein leben) (?:\\w+ )?(?:beende|beenden werde|mache|tue)(?= \\||$)|letzte\\w* (?:\\w+ ){0,4}von mir (?:h${O}rt|h${O}rst|lest|lesen|h${O}ren)|(?:nie wieder|nie mehr|nichts mehr|nix mehr) von mir (?:h${O}ren|h${O}rt|h${O}rst|lesen)|das wars? (?:dann )?(?:f${U}r mich|mit mir)(?= \\||$| macht| tsch| lebt| ciao)|(?:mach|mache|setz|setze|bereite) (?:ich |i )?(?:dem ganzen|allem|dem allen|meinem leben|dem leben) (?:\\w+ )?(?:jetzt |heute |bald |endlich )?ein ende|(?:tu|tue|tua) (?:ich |i )?(?:mir|ma|mia) (?:\\w+ ){0,2}(?:was|etwas|wos|eppes) an(?= \\||$)`,
    },
    // --- More general blocks (dev4): separable verbs, zu-infinitives, tools, questions -------------
    {
      id: 'de-einnahme-folge',
      category: 'ingestion',
      kind: 'act',
      severity: 'high',
      // One after another, or everything that was there ("i hab ois gnumma wos im Kastl woa"), finishing
      // oneself off with pills ("geb mir den Rest mit den Tabletten"), downing it all "and then it's quiet".
      pattern: `(?:den rest|die kante|die volle dosis) (?:\\w+ ){0,2}mit (?:\\w+ ){0,2}${DRUG_SHORT}|(?:totsaufen|tot saufen|zu tode saufen|schiess (?:mich|mi) (?:\\w+ ){0,3}ab) (?:\\w+ ){0,3}mit (?:\\w+ ){0,2}${DRUG_SHORT}|(?:kipp|kippe|hau|haue|pfeif|pfeife|werf|werfe|knall|knalle|schmeiss|schmeisse) (?:ich |i )?(?:mir|mia) (?:\\w+ ){0,2}(?:alles|alle\\w*) (?:\\w+ )?rein (?:\\w+ ){0,2}(?:dann|und dann) (?:is|ist|isch|hab ich) (?:\\w+ )?(?:gut|ruhe|schluss|vorbei)|(?:nehm|nehme|schluck|schlucke|nimm|werf|werfe) (?:ich |i )?(?:\\w+ ){0,2}(?:eine|eins|einen|ne|oane|oans) nach (?:der|dem) (?:anderen|andern|andren)|(?:alles|ois|olles) (?:\\w+ ){0,2}(?:genommen|geschluckt|gnumma|gschluckt|eingeworfen) (?:was|wos|des|das) (?:\\w+ ){0,3}(?:war|woa|da)`,
    },
    {
      id: 'de-selbstverletzung',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      // A body part and a hurt with a tool in between ("mir MIT DEM CUTTERMESSER die Beine aufgeschnitten"),
      // fetching the blade, cigarettes on the skin, hitting until it shows, a sharpener taken apart.
      pattern: `(?:mir|mia|mi|mich) (?:(?!(?:nicht|nich|nie|niemals|kein\\w*|ned|net|nid) )\\w+ ){0,5}(?:arm|arme|armen|handgelenk\\w*|oberschenkel|bein|beine|beinen|haut|unterarm\\w*|bauch|pulsader\\w*|brust|knie|h${U}fte|hand|h${A}nde|finger|gesicht|hals) (?:\\w+ ){0,2}(?:geschnitten|gschnittn|aufgeschnitten|geritzt|aufgeritzt|aufgekratzt|zerkratzt|verbrannt|verbr${U}ht|gehauen|geschlagen|gestochen|aufgerissen)|(?:hol|hole|holte|such|suche|greif|greife) (?:ich |i )?(?:\\w+ ){0,2}(?:die |meine |ne |eine |den |das )?(?:klinge|rasierklinge|cutter|cuttermesser|teppichmesser|scherbe)|(?:anspitzer|spitzer|einwegrasierer) (?:\\w+ ){0,3}(?:auseinander\\w*|zerlegt|aufgebrochen|aufgeschraubt)|(?:auseinander\\w*|zerlegt|aufgebrochen) (?:\\w+ ){0,2}(?:anspitzer|spitzer|einwegrasierer)|(?:dr${U}ck|dr${U}cke|dr${U}ckte) (?:ich |i )?(?:mir|mia) (?:\\w+ ){0,2}(?:zigarette\\w*|kippe\\w*) (?:\\w+ ){0,4}aus|(?:zigarette\\w*|kippe\\w*) (?:\\w+ ){0,4}(?:auf|an) (?:der |meiner |die |meine |den |meinen |dem |meinem )?(?:haut|arm|arme|armen|hand|bein|beinen|handgelenk) (?:\\w+ )?(?:ausgedr${U}ckt|aus)|(?:mir|mich|mia|mi) (?:\\w+ ){0,10}bis (?:\\w+ ){0,3}(?:striemen|blaue flecken|bluterg${U}ss\\w*|blut (?:kam|kommt|lief)|blutig|aufgeplatzt)|(?:mich|mi) (?:\\w+ ){0,3}(?:verbr${U}ht|verbrannt|verbr${U}he) (?:\\w+ ){0,2}(?:mit absicht|absichtlich|extra)|(?:brauch|brauche) (?:\\w+ )?(?:den |diesen )?schmerz(?= \\||$| um| damit| sonst| ich)|(?:mir|mia) (?:\\w+ ){0,3}(?:wunden|schnitte|schnittwunden|brandwunden|cuts) (?:\\w+ ){0,4}(?:gemacht|zugef${U}gt|beigebracht|geritzt)|(?:arme|arm|beine|oberschenkel|handgelenke?|haut|bauch) (?:\\w+ ){0,2}(?:voller|voll mit|voll von|${U}bers${A}t mit) (?:\\w+ )?(?:schnitte\\w*|schnittwunden|cuts|(?:frische\\w*|neue\\w*) (?:wunden|kratzer|narben))|(?:klinge|scherbe|cutter|teppichmesser) (?:\\w+ ){0,2}(?:benutzt|benutze|verwendet|angesetzt)|(?:bis|dass) es (?:\\w+ )?(?:blutete|bluteten)`,
    },
    {
      id: 'de-mittel-frage',
      category: 'means',
      kind: 'act',
      severity: 'high',
      // Means-seeking questions are the writer's whoever else they name ("weiss jemand ob man stirbt…").
      subject: 'self',
      pattern: `wo (?:krieg|kriege|bekomm|bekomme|kauf|kaufe|find|finde|bekommt|kriegt|kauft|besorg|besorge) (?:\\w+ ){0,2}(?:ne |eine |einen |nen )?(?:waffe|pistole|knarre|gewehr|revolver|zyankali|schusswaffe)|ob man (?:\\w+ ){0,2}(?:stirbt|sterben kann|tot ist|draufgeht|drauf geht)|(?:stirbt|stirbst) man (?:\\w+ ){0,3}(?:wenn|an|von|davon)|(?:braucht|brauch|brauche|reicht|reichen) (?:man )?(?:\\w+ ){0,2}um (?:nicht mehr aufzuwachen|zu sterben|tot zu sein|nicht aufzuwachen|es nicht zu ${U}berleben)|(?:welche|wo ist die|wo gibt es die|was ist die)\\w* (?:\\w+ )?(?:br${U}cke|hochhaus|geb${A}ude|parkhaus|turm|klippe)\\w* (?:\\w+ ){0,5}(?:am h${O}chsten|h${O}chste\\w*)|(?:hab|habe) (?:\\w+ ){0,2}(?:gegoogelt|nachgelesen|recherchiert|gesucht|nachgeschaut) (?:\\w+ ){0,2}(?:wie|wieviel|wie viel|wie viele|ob|womit) (?:\\w+ ){0,4}(?:stirbt|sterben|umbringt|erh${A}ngt|t${O}dlich|nicht mehr aufwach\\w*|aufzuwachen|${U}berleb\\w*)`,
    },
    {
      id: 'de-mittel-besitz',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:schl${U}ssel|code|kombination|zahlenkombi)\\w* (?:zum|f${U}r den|vom|von dem|zu dem) (?:\\w+ )?(?:waffenschrank|waffentresor|tresor|medikamentenschrank|giftschrank)|(?:sammle|sammel|horte|bunker|bunkere|hamstere) (?:\\w+ ){0,4}(?:\\w*tabletten|pillen|medikamente|medis|rasierklingen|klingen)|(?:pistole\\w*|waffe|gewehr|revolver|knarre|dienstwaffe) (?:\\w+ ){0,4}(?:liegt|ist|steht|h${A}ngt) (?:\\w+ )?(?:in meinem|in meiner|unter meinem|neben meinem|auf meinem) (?:zimmer|bett|schrank|schublade|tasche|nachttisch)|(?:alles|es) (?:\\w+ ){0,2}(?:vorbereitet|bereitgelegt|parat|zurechtgelegt)(?: \\w+){0,3} (?:die |den |das |meine |mein )?(?:tabletten|brief|abschiedsbrief|seil|strick|klinge|pistole)`,
    },
    {
      id: 'de-vorhaben',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern: `(?:(?:ist|is|isch|hab|habe) (?:\\w+ )?alles|alles (?:ist|is|isch)) (?:\\w+ )?(?:geregelt|vorbereitet|geplant|organisiert|erledigt|bereit) f${U}r (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute nacht|heute abend|das wochenende|wochenende)(?= \\||$)|(?:m${U}sst|musst|m${U}ssen|muss) (?:\\w+ )?(?:mich|mi) (?:\\w+ )?(?:(?:bald|dann|nie|nicht|nimma|nimmer) )+(?:mehr )?(?:ertragen|aushalten|ausstehen|durchf${U}ttern)|(?:kohle|grillkohle|holzkohle) (?:\\w+ ){0,2}(?:gekauft|besorgt|geholt)(?: \\w+){0,5} (?:zimmer|bad|badezimmer|auto|garage|fenster zu|abgedichtet|t${U}r zu)|(?:ich|i) (?:komm|komme) (?:nicht|nie|nimma) (?:mehr )?wieder(?= \\||$)|(?:hab|habe) (?:jetzt |schon )?(?:den|die|das) (?:ort|platz|stelle|tag|datum|uhrzeit|zeit|methode|plan) und (?:den|die|das) (?:ort|platz|stelle|tag|datum|uhrzeit|zeit|methode)(?= \\||$)|(?:spring|springe|werf|werfe|schmeiss|schmeisse|leg|lege|stell|stelle) (?:ich |i )?(?:mich |mi )?(?:\\w+ ){0,2}vor (?:den|einen|nen|die|eine|ne|das) (?:\\w+ )?(?:zug|ice|ic|regio|bahn|lkw|laster|auto|bus|tram|strassenbahn|u ?bahn|s ?bahn|g${U}terzug)|(?:geh|gehe|fahr|fahre|lauf|laufe|schwimm|schwimme) (?:\\w+ ){0,3}(?:in den|ins|in die|zum|zur|an den|auf die|in) (?:\\w+ )?(?:see|meer|wasser|fluss|wald|berg|berge|rhein|donau|elbe) (?:\\w+ ){0,2}(?:und )?(?:komm|komme) (?:\\w+ )?(?:nicht|nie|nimma) (?:mehr |wieder )?(?:raus|zur${U}ck|heim)|(?:setz|setze|mach|mache|bereite) (?:ich |i )?(?:\\w+ ){0,3}(?:meinem|meim|mei) leben (?:\\w+ )?ein ende|mit (?:allem|dem leben|meinem leben|mir) (?:\\w+ )?schluss (?:machen|zu machen)|(?<!f${U}r )(?:heute|heut|heit|morgen) (?:nacht |abend )?(?:ist|is|isch) (?:endg${U}ltig )?schluss(?= \\||$| f${U}r immer| mit (?:mir|allem|dem leben))|(?:weiss|weis) (?:\\w+ ){0,2}wie (?:ich )?(?:es |s )?(?:mache|mach|tu|tue|machen werde)(?: \\w+){0,2} (?:und )?wann|weiss (?:\\w+ ){0,2}wann und wie|(?:leg|lege|stell|stelle) (?:ich |i )?(?:mich|mi) (?:\\w+ ){0,2}(?:auf|vor|zwischen) (?:die |den |das )?(?:gleise|schienen|bahngleise|autobahn)`,
    },
    {
      id: 'de-umbringen-mehr',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `(?:knall|knalle) (?:ich |i )?(?:mich|mi) (?:\\w+ )?(?:weg|ab)(?= \\||$| \\w)|(?:leg|lege) (?:ich |i )?(?:mich|mi) (?:\\w+ )?um(?= \\||$)|(?:mach|mache) (?:ich |i )?(?:mich|mi) (?:\\w+ )?kalt|(?:ich|i) (?:kratz|kratze|krepier|krepiere|verreck|verrecke) (?:\\w+ ){0,3}(?:ab|heute|heut|bald|jetzt)(?= \\||$| \\w)|(?:vom acker|aus dem staub) (?:\\w+ ){0,3}f${U}r immer|raus aus (?:dem|meinem) leben|aus dem leben (?:scheiden|gehen|treten|raus)|${WANT} ${GAP}(?:weg|raus) (?:von|aus) (?:dieser|der) welt|${WANT} ${GAP}(?:diese|die) welt (?:\\w+ )?verlassen|(?:puste|blase|pust|blas|schiess|schiesse|knall|knalle|jag|jage) (?:ich |i )?(?:mir|mia) (?:\\w+ ){0,2}(?:das hirn|den sch${A}del|die birne|den kopf)|(?:mir|mia) (?:\\w+ ){0,2}(?:das hirn|den sch${A}del|die birne) (?:weg|raus)|an (?:kys|kms)(?= \\||$| \\w)`,
    },
    {
      id: 'de-passiv-mehr',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern: `(?:w${A}r|w${A}re|w${A}rs|w${A}re es|f${A}nd ich es|f${A}nd ichs|isch|ist|is) (?:\\w+ )?(?:mir )?(?:doch )?(?:sch${O}n|schon|gut|praktisch|toll|besser|willkommen|egal|recht|okay|ok|nicht schlimm)(?:,)? (?:\\w+ ){0,2}(?:wenn|falls|ob|dass) (?:\\w+ ){0,4}(?:${VICTIM}|sterb\\w*|abkratz\\w*|verreck\\w*|krepier\\w*|draufgeh\\w*|umfall\\w*|unfall)|(?:w${A}r|w${A}re|bin|w${A}rs) (?:\\w+ ){0,2}(?:besser|lieber) tot|lieber tot als|w${A}re? (?:\\w+ ){0,2}nie geboren|(?:st${U}rz\\w*|abst${U}rz\\w*|crash\\w*|absturz|f${A}hrt|kracht) (?:\\w+ ){0,4}mit mir (?:drin|an bord)|(?:w${U}nsch\\w*|will|m${O}chte|wollte) (?:\\w+ ){0,4}nicht (?:mehr )?existier\\w*`,
    },
    {
      id: 'de-hoffnungslos-mehr',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern: `halt\\w* (?:dieses|das|mein|des) (?:leben|lebn|dasein|existenz) (?:\\w+ )?(?:nicht|ned|net|nimma) (?:mehr )?aus|(?:leben|lebn|dasein) (?:\\w+ ){0,2}satt|lebenssatt|satt (?:\\w+ )?zu leben|(?:das |mein )?leben (?:ist|is|isch) (?:es )?(?:\\w+ )?nicht (?:mehr )?wert`,
    },
  ],
  concepts: {
    death: `${NOT_NEGATED}(?:sterben|sterbn|sterbe|tot|tod|umbringen|umzubringen|nicht mehr (?:leben|da sein|aufwachen|existieren)|nimma leben|aufh${O}ren zu existieren|weg sein|erl${O}sung|abkratzen|krepieren)`,
    desire: `will|wollte|m${O}chte|w${U}nsch\\w*|hoffe|hoff|sehne|sehnsucht|lieber|am liebsten|erl${O}sung|denke an|denk an|gedanken an|${U}berlege|${U}berleg|wui|wott`,
    intent: `kein zur${U}ck|keinen weg zur${U}ck|heut|heit|jetzt|gleich|morgen|morgn|nacht|werd|werde|entschieden|beschlossen|geplant|bald|endlich|wenn alle schlafen|wenn alle weg sind|wenn ich allein bin|am wochenende|diese woche|um \\d+|samstag|sonntag|freitag`,
    secretTime: `wenn (?:ich|i) (?:\\w+ )?(?:allein|alleine|alloa)(?: bin| bi)?|(?:wenn|sobald|sowie|bis) alle (?:\\w+ )?(?:schlafen|pennen|weg sind|aus dem haus)|wenn (?:keiner|niemand) (?:\\w+ )?(?:da|daheim|zuhause) ist|wenn sie (?:\\w+ )?(?:weg|schlafen) (?:ist|sind)`,
    doIt: `(?:nehm|schluck) (?:ich |i )?(?:\\w+ )?(?:alle\\w*|alles)|spring (?:ich|i)|bring (?:ich|i) (?:mich|mi) um|(?:es|s|das) (?:\\w+ ){0,3}(?:machen|tun|durchziehen)|machs|mach ichs|mach ich es|mach es|es machen|es tun|tu ichs|tu es|es durchziehen|werd ichs|werd ich es|zieh ichs durch|es machen|mochs|moch is`,
    act: `ziehs durch|zieh es durch|mach es|mach ichs|tu es|tus|tu ichs|durchziehen|zieh es durch|zieh ichs durch|${MICH} umbringen|umbringen|spring(?:en|e)?(?! (?:in|ins|unter|auf|aufs|vom|von|ans|zum|zur|r${U}ber|kurz|schnell|mal)\\b)|ein ende machen|schluss machen|beenden|bring mich um|bring ich mich um|es machen|es tun|mach ich es|moch is`,
    drug: `${NOT_NEGATED}${DRUG_NAME}`,
    container: `${NOT_NEGATED}(?:packung|packerl|schachtel\\w*|schachtl\\w*|blister|streifen|dose|vorrat|flasche|r${O}hrchen)`,
    swallowed: `genommen|geschluckt|gschluckt|gschlickt|eingeworfen|eigworfa|eingenommen|runtergesp${U}lt`,
    amount: AMOUNT,
    takeInf: `zu nehmen|zu schlucken|einzunehmen|einzuwerfen|nehmen|schlucken|einwerfen|reinhauen|reinzuhauen`,
    wantTake: `dabei|grad|gerade|bin am|${U}berlege|${U}berleg|will|m${O}chte|werde|werd|gleich|jetzt|denke|denk|plane|vor zu|vorhaben|lust`,
    taken: TAKEN,
    alcohol: ALCOHOL,
    recentPast: `vor (?:einer|ner|na|\\d+|ein paar|zwei|zehn|zwanzig|dreissig) (?:stunde|stunden|minuten|min)|gerade eben|grad eben|vorhin|wart ich|warte ich|warte jetzt|jetzt wart\\w*|bin so m${U}de|mir ist (?:\\w+ )?(?:schwindelig|schlecht)`,
    poison: POISON,
    drink: `gegessen|genommen|eingenommen|getrunken|geschluckt|gschluckt|gesoffen|ausgetrunken|trinken|trink|trinke|runter|reingekippt|gekippt`,
    lethal: `\\w*gift|gifte|giften|t${O}dlich\\w*|stirbt|sterben|sterbe|tot ist|tot bin|sicher tot|${U}berlebt|${U}berleben|verblut\\w*|umbringt|umzubringen|letal\\w*|nicht nachweis\\w*`,
    askDrug: `kann man|wo muss man|wo (?:sollte|kann) man|wie ?viele?|wieviele?|ab wie ?viele?n?|welche\\w*|wie lang\\w*`,
    ask: `wie ?viele?|wieviele?|ab wie ?viele?n?|ab welche\\w*|welche\\w*|wie hoch|wie lang\\w*|wie tief|wie schnell|was ist die|was ist der|schnellste\\w*|sicherste\\w*|schmerzlos\\w*|am besten|am schnellsten|womit|mit was|wie stirbt|wie sterbe`,
    lethalWeak: `sterben|gef${A}hrlich\\w*|braucht man|kann man sterben|dran sterben|daran sterben|reicht|reichen|genug|zu viel|zuviel|${U}berdosis`,
    means: `tablettendose|pillendose|medikamentendose|${DRUG_SHORT}|${POISON}|seil|strick|pistole|gewehr|waffe|dienstwaffe|br${U}cke|dach|gleis\\w*|hochhaus|klinge\\w*|rasierklinge\\w*`,
    meansAction: `abgez${A}hlt|vorbereitet|offen\\w*|aufgemacht|(?:ich )?weiss (?:\\w+ )?(?:wof${U}r|wozu)|schau (?:\\w+ ){0,2}an|im keller|im schrank|unterm bett|im auto|in der garage|befestigt|festgemacht|aufgeh${A}ngt|gesammelt|gebunkert|gehortet|versteckt|bereitgelegt|liegt bereit|liegen bereit|vor mir|neben mir|gegoogelt|googeln|recherchiert|geladen|jackentasche|hosentasche|in der tasche|schau (?:\\w+ )?an|an(?= \\||$)|bereit|angestarrt|z${A}hle|gez${A}hlt|z${A}hlen`,
    hopeless: `sinnlos|kein sinn|keinen sinn|kein grund|keinen grund|hoffnungslos|aussichtslos|wozu|aufgeben|keine kraft|halt das nicht|kann nicht mehr|nimma|ausweg|keine zukunft|keine hoffnung`,
    life: `leben|lebn|weiterleben|weitermachen|existieren|zukunft|aufwachen|aufstehen|hier bleiben|am leben`,
    farewell: `verabschied\\w*|danke f${U}r (?:ois|alls|alles)|tsch${U}ss|lebwohl|leb wohl|lebt wohl|abschied\\w*|letzte nachricht|danke f${U}r alles|pass (?:gut )?auf dich auf|passt auf euch auf|passen sie auf sich auf|hab (?:dich|euch) lieb|machts gut|verzeiht mir|verzeih mir|tut mir leid f${U}r alles|sorry f${U}r alles|ciao|adieu|baba`,
    farewellCue: `(?:heute|heut|heit) (?:ist|is|isch) schluss|ist schluss|kann nicht mehr|es tut mir leid|tut mir leid|verzeiht mir|tsch${U}ss|lebwohl|adieu|machts gut|f${U}r immer|nicht mehr da|nimma do|nie mehr|nie wieder|nimmer|letzte\\w* (?:mal|tag|nacht|nachricht|worte)|abschied|bald los|mich los|nicht mehr kommen|wenn ich weg bin|soweit|ohne mich|einer der wenigen|eine der wenigen|wenigen die`,
    sliceSelf: `gedr${U}ckt|gespritzt|reingezogen|eingeworfen|reingehauen|reingepfiffen`,
    tooMuch: `viel mehr als|zu viel|zuviel|mit absicht|absichtlich|alles|\\d{2,}`,
  },
  proximity: [
    { id: 'de-near-desire-death', category: 'passive_ideation', kind: 'thought', severity: 'medium', near: ['death', 'desire'], within: 5 },
    { id: 'de-near-intent-act', category: 'intent_plan', kind: 'act', severity: 'high', near: ['act', 'intent'], within: 4 },
    { id: 'de-near-means', category: 'means', kind: 'act', severity: 'high', near: ['means', 'meansAction'], within: 7 },
    { id: 'de-near-hopeless-life', category: 'hopelessness', kind: 'thought', severity: 'medium', near: ['hopeless', 'life'], within: 5 },
    { id: 'de-near-farewell', category: 'intent_plan', kind: 'act', severity: 'high', near: ['farewell', 'farewellCue'], within: 8, acrossSentences: true },
    // Overdose: a drug (or a pack of it), an amount and taking it, in any order.
    { id: 'de-near-overdose', category: 'ingestion', kind: 'act', severity: 'high', near: ['drug', 'amount', 'taken'], within: 8, acrossSentences: true },
    { id: 'de-near-secret-time', category: 'intent_plan', kind: 'act', severity: 'high', near: ['doIt', 'secretTime'], within: 6 },
    { id: 'de-near-overdose-intent', category: 'ingestion', kind: 'act', severity: 'high', near: ['drug', 'amount', 'takeInf', 'wantTake'], within: 8 },
    { id: 'de-near-overdose-alcohol', category: 'ingestion', kind: 'act', severity: 'high', near: ['drug', 'amount', 'alcohol'], within: 8 },
    { id: 'de-near-overdose-recent', category: 'ingestion', kind: 'act', severity: 'high', near: ['drug', 'amount', 'recentPast'], within: 6 },
    { id: 'de-near-overdose-pack', category: 'ingestion', kind: 'act', severity: 'high', near: ['container', 'amount', 'swallowed'], within: 6 },
    { id: 'de-near-poison', category: 'ingestion', kind: 'act', severity: 'high', near: ['poison', 'drink'], within: 5 },
    { id: 'de-near-injected', category: 'ingestion', kind: 'act', severity: 'high', near: ['sliceSelf', 'tooMuch'], within: 8, acrossSentences: true },
    // Means-seeking questions: a question word and lethality; or a drug, a question and "enough".
    { id: 'de-near-ask-lethal', category: 'means', kind: 'act', severity: 'high', near: ['lethal', 'ask'], within: 7 },
    { id: 'de-near-ask-drug', category: 'means', kind: 'act', severity: 'high', near: ['drug', 'askDrug', 'lethalWeak'], within: 8 },
  ],
  combinations: [],
  safeContexts: [
    { id: 'de-jemand-will-mich-tot', pattern: `(?:der|die|das|mein|meine|dein|deine|sein|seine|unser|unsere) [\\w-]+ (?:will|wollte|wollen) (?:mich|uns) (?:\\w+ )?(?:umbringen|tot sehen|killen)` },
    // Idioms and everyday hyperbole found by the dev8–dev10 and benign8–9 writers, by family.
    { id: 'de-ueberdosis-dinge', pattern: `(?:netflix|serien?|staffeln|kekse|pl${A}tzchen|zucker|schokolade|kaffee|sonne|tiktok|youtube) (?:\\w+ ){0,3}${U}berdosiert|(?:an|mit) (?:\\w+ ){0,2}${U}berdosiert(?= \\||$| \\d| lol| haha)|${U}berdosis (?:an )?(?:weihnachts\\w*|pl${A}tzchen|kekse|zucker|schokolade|kaffee|koffein|sonne|serien|netflix|kitsch|weihnachten|romantik)`
      // …or of anything watched, heard or played ("eine Überdosis Tatort gegeben", "ne Überdosis Taylor Swift reingezogen").
      + `|${U}berdosis (?:an |von )?(?!(?:tabletten|pillen|schlaftabletten|medikament\\w*|insulin|heroin|drogen|paracetamol|ibuprofen|opiat\\w*|tilidin|morphin|fentanyl|alkohol|schnaps)\\b)(?:\\w+ ){1,3}(?:gegeben|gegoennt|gegonnt|reingezogen|reinziehen|geguckt|gucken|geschaut|schauen|geh${O}rt|h${O}ren|gezockt|zocken|gespielt|gesuchtet|gebinged|gebingt)` },
    { id: 'de-selbstmord-figurativ', pattern: `(?:politisch|digital|sozial|beruflich|finanziell|karriere)\\w* selbstmord|selbstmord(?:kommando|mission)|(?:pr${U}fung|klausur|plan|idee|verkehr|das|des) (?:\\w+ )?(?:war|ist|w${A}re) (?:der |das |ein |echt |absolute[rn]? |reine[rn]? |glatte[rn]? |der absolute |purer )*selbstmord` },
    { id: 'de-im-dreieck', pattern: `(?:im dreieck spring\\w*|spring\\w* (?:\\w+ ){0,2}im dreieck)` },
    {
      // "wenn ich noch einmal Last Christmas höre, spring ich aus dem Fenster": hyperbole about a repeated annoyance.
      id: 'de-noch-einmal',
      pattern: `(?:(?:wenn|falls) (?:ich )?noch (?:einmal|ein einziges mal|ein mal|ein(?:e|en)? (?:einzige[sn]? )?(?:excel|mail|meeting|lied|song|mal))|jedes mal wenn) [^|]{0,60}?(?:h${O}r\\w*|seh\\w*|sieht|spielt|l${A}uft|kommt|anf${A}ngt|schickt|muss)[^|]{0,20}(?:spring|erschie(?:ss|s)|geb ich mir die kugel|bring ich mich um|kill ich mich)[^|]{0,40}`,
    },
    { id: 'de-abschied-dinge', pattern: `(?:tsch${U}ss|tsch${U}s|ciao|adieu|servus|baba) f${U}r immer,? (?:du |mein |liebes? |altes? )?(?:\\w+ )?(?:iphone|handy|sky|netflix|abo|vertrag|auto|wohnung|job|b${U}ro|telefon)|(?:k${U}ndig\\w*|in rente|ausgemustert|verkauft|schluss mit)[^|]{0,60}(?:\\| )?[^|]{0,20}(?:tsch${U}ss|tsch${U}s|ciao) f${U}r immer` },
    { id: 'de-schlaf-wenn-tot', pattern: `schlaf\\w* (?:\\w+ )?wenn (?:ich|i|man) tot (?:bin|ist)` },
    { id: 'de-uns-umbringen', pattern: `(?:wollte|wollten|will|wollen|versucht\\w*) uns (?:\\w+ ){0,2}umbringen|uns (?:\\w+ ){0,2}umbringen (?:wollte|wollen)` },
    {
      // A dose asked for a named ailment: "wie viel Ibuprofen darf ich gegen Kopfschmerzen nehmen".
      id: 'de-dosis-medizinisch',
      pattern: `(?:wie ?viele?|welche dosis|darf (?:ich|man)|kann (?:ich|man))[^|]{0,60}? (?:gegen|bei|fur|zum) (?:(?:das|die|den|dem|meine?n?|starke?n?) )*(?:fieber|kopfschmerz\\w*|kopfweh|zahnschmerz\\w*|schmerz\\w*|regel\\w*|migrane|erkaltung|grippe|husten|allergie|rucken\\w*)`,
    },
    {
      id: 'de-bildlich',
      pattern: `todesangst|(?:ist|war|w${A}re|wird) (?:\\w+ )?(?:der |das |ein |eine )?(?:reinste[rn]?|reiner|glatter|purer|pure|politischer|sozialer|beruflicher|finanzieller|karriere)\\s?selbstmord|(?:ich )?bin (?:\\w+ )?am ende,? aber (?:es ist |morgen ist |morgen |heute ist |bald ist |bald )?(?:freitag|wochenende|urlaub|feierabend|ferien|zahltag)|(?:bring|bringe) (?:ich |i )?(?:mich|mi) (?:\\w+ )?um vor (?:lachen|freude|neugier|langeweile|hunger|scham|fremdscham)|(?:mama|mutter|vater|papa|chef\\w*|freundin|freund|lehrer\\w*|trainer\\w*|oma|opa|frau|mann|schwester|bruder|sie|er) (?:\\w+ ){0,2}(?:wird|werden|w${U}rde?|will|wollen|wollte) (?:\\w+ )?(?:mich|mi) (?:\\w+ ){0,2}(?:killen|umbringen|t${O}ten|erschlagen|kaltmachen)|(?:(?:will|m${O}chte|wollte|muss|w${U}rde?) (?:\\w+ ){0,2})?(?:aus|von) (?:der|dem|den|meiner|meinem|diesem|dieser|unserer|unserem) (?!welt\\b|erde\\b|leben\\b)(?:\\w+ ){1,2}verschwinden|gef${U}hl,? (?:\\w+ ){0,2}(?:ich|i) (?:muss|m${U}sste|werde) (?:\\w+ )?sterben|panik\\w* (?:\\w+ ){0,6}sterben|noch (?:ein|eine|einen|einmal|so ein|so eine|mal) (?:\\w+ ){0,3}und (?:ich|i) (?:\\w+ ){0,6}\\w+|halt\\w* (?:\\w+ ){0,4}aus vor (?:freude|vorfreude|lachen|spannung|neugier|hitze|k${A}lte|ungeduld|aufregung|langeweile)|spring\\w* (?:\\w+ )?vom (?:dreier|f${U}nfer|zehner|einer|brett|sprungturm|startblock|beckenrand)|(?:vergessen|verpasst|verloren|verschlafen|verkackt|kaputt gemacht|verbrannt|statt)(?: \\w+){0,6} (?:ich )?(?:bring|bringe) (?:mich|mi) um|ich bring mich um,? (?:hab|habe|weil|ich hab) (?:\\w+ ){0,6}(?:vergessen|statt|verpasst|verloren|verschlafen|verkackt|kaputt)|(?:lach|lache|lachen) (?:${MICH} )?(?:\\w+ )?(?:tot|kaputt|schlapp)|totgelacht|totlachen|totm${U}de|todm${U}de|halbtot|(?:akku|handy|batterie|laptop|auto|pflanze|pflanzen|basilikum|orchidee|party|club|drucker|projekt|wlan|router|fernseher|uhr|idee|kaktus|motor|computer)\\w* (?:\\w+ ){0,4}(?:tot|gestorben|den geist aufgegeben|verreckt|abgekratzt|eingegangen)|zum sterben (?:langweilig|sch${O}n|m${U}de|sch${O}n)|tote hose|(?:bringt|bringen|bringst|brachte) (?:${MICH}|uns|mi) (?:\\w+ ){0,2}(?:noch )?(?:um(?: den verstand| den schlaf)?|ins grab)|(?:hitze|stau|wetter|arbeit|chef\\w*|schule|klausur|pr${U}fung|des wetter|kinder|nachbarn|di${A}t|diaet|job|uni|mathe|kollege\\w*|mama|mutter|vater|papa|lehrer\\w*|freund\\w*|mann|frau|hund|baby|katze|serie|film|wlan|steuer\\w*) (?:\\w+ ){0,3}(?:bringt|bringen|killt|killen|macht|machen|bringt noch) (?:${MICH}|uns|mi) (?:\\w+ )?(?:noch )?(?:um|fertig|kaputt|ins grab)|(?:chef|mama|mutter|vater|papa|freundin|freund|lehrer|trainer)(?:in)? (?:\\w+ )?(?:killt|bringt) ${MICH}(?: \\w+){0,3} um|(?:hat|haben|hats) ${MICH} (?:\\w+ )?gekillt|gekillt|tausend tode|sterbe? (?:\\w+ )?vor (?:hunger|langeweile|lachen|angst|neugier|hitze|k${A}lte|durst|scham|fremdscham|m${U}digkeit)|gestorben vor (?:lachen|scham|fremdscham)|(?:sterb|sterbe) ich(?= \\||$)|oh gott ich sterbe|ich sterbe(?= \\||$| hast| hat| wie| das)|(?:beine|f${U}sse|arme|hand) sterben|${U}berdosis (?:netflix|serien|zucker|kaffee|koffein|sonne|liebe|arbeit|kitsch)|(?:zucker|koffein|kaffee|netflix|serien|sonnen|schoko\\w*|kitsch|liebes) ?${U}berdosis|zucker${U}berdosis|koffein${U}berdosis|ins eigene fleisch geschnitten|(?:haare|hecke|rasen|n${A}gel|fingern${A}gel|pony|bart|gras)\\w* (?!(?:\\w+ ){0,3}?(?:haut|arm|arme|unterarm|unterarme|bein|beine|handgelenk\\w*|brust|bauch|oberschenkel|schenkel|h${U}fte)\\b)(?:\\w+ ){0,3}(?:abschneiden|abgeschnitten|geschnitten|schneiden|schneide)|schneide (?:\\w+ ){0,2}(?:haare|hecke|rasen|n${A}gel|gem${U}se|zwiebel\\w*|brot|tomaten)|(?![^|]*(?:absichtlich|mit absicht))(?:${MICH}|ich|i) (?:\\w+ ){0,4}(?:am|beim|mit dem|mit der|an der|an dem|an einer|an nem|an ner|an einem|am bl${O}den|in den|im|in der|bei einem|bei nem) (?:\\w+ )?(?:papier|backofen|ofen|herd|kochen|backen|b${U}geln|rasieren|basteln|sonne|sport|training|fussball|joggen|laufen|wandern|skifahren|hinfallen|sturz|unfall|gem${U}se\\w*|zwiebel\\w*|brot\\w*|finger|daumen|dosendeckel|dose|pizza\\w*|blech|topf|grill\\w*|b${U}geleisen|werkeln|heimwerken)(?: \\w+){0,3} (?:geschnitten|verbrannt|verletzt|gestochen)|(?:geschnitten|verbrannt|verletzt) (?:\\w+ ){0,3}(?:beim|am) (?:kochen|backen|papier|backofen|ofen|herd|rasieren|basteln|gem${U}se\\w*|zwiebel\\w*|pizza\\w*|grillen|b${U}geln|sport|training|fussball|arbeiten|werkeln)|(?:aus versehen|ausversehen|ungeschickt|tollpatschig)\\w*|erschiessen,? (?:schl${U}ssel|wenn)|k${O}nnt(?:e)? ${MICH} (?:\\w+ )?(?:erschiess\\w*|ohrfeigen|treten)|bist du lebensm${U}de|lebensm${U}de[?]|im boden versinken|tauch\\w* (?:\\w+ ){0,3}ab|verschwinde (?:mal )?(?:kurz |schnell )?(?:f${U}r|aufs|auf die|ins|in die)|hau mich (?:jetzt )?hin|m${O}rderisch|auf dem gewissen|den geist aufgegeben|abgest${U}rzt|(?:geb|gebe|gab|gegeben) (?:\\w+ ){0,2}die kante(?! (?:mit|mit den|mit tabletten))(?: \\w+){0,4}|(?:mach|mache|machen|machte) (?:\\w+ ){0,2}(?:fr${U}her |fr${U}h |f${U}r heute |jetzt )?(?:schluss|feierabend) (?:mit der arbeit|f${U}r heute|und geh\\w*|mit dem lernen)|(?:hat|haben|hats|er|sie) (?:\\w+ ){0,3}schluss gemacht|spring\\w* (?:\\w+ ){0,3}(?:in|ins|unter|auf|aufs|ans) (?:den |die |das )?(?:pool|see|meer|wasser|becken|fluss|dusche|bus|auto|bett|taxi|bresche|kreis)|(?:k${O}nnt|k${O}nnte) (?:\\w+ )?tot umfallen|(?:im|in den) (?:erd)?boden (?:\\w+ )?versinken|(?:spring|springe|h${U}pf) (?:\\w+ ){0,3}(?:unter die dusche|ins wasser|in den see|ins becken|kurz|schnell)|(?:k${O}nnt|k${O}nnte|w${U}rde?|w${U}rd) (?:\\w+ ){0,3}sterben (?:f${U}r|vor)|(?:so sch${O}n|sooo sch${O}n),? (?:ich )?(?:k${O}nnt|k${O}nnte) (?:\\w+ )?sterben|ich sterb(?:e)? f${U}r|(?:kill|kille|killt) (?:dich|di|euch|ihn|sie)|halb(?:tot|totgelacht)|(?:bin|war|is) (?:so |voll |echt |komplett )?tot (?:nach|vom|von der|fur|f${U}rs)|tot f${U}rs sofa|am ende mit (?:meinem|meinen) (?:latein|nerven|kr${A}ften)|am ende des tages|(?:nerven|geduld|akku) (?:\\w+ )?am ende|(?:bring|bringe) (?:die kinder|den hund|das kind|den m${U}ll|die \\w+) (?:\\w+ ){0,3}(?:ins bett|raus|weg)(?: \\w+){0,5}|die pflanze (?:\\w+ )?totgegossen|totgegossen|wie tot geschlafen|wie ein toter|schlaf (?:\\w+ )?wie ein stein|\\w+ ist mein tod|mein tod(?= \\||$)`,
    },
    {
      id: 'de-alltag',
      pattern: `${DRUG_SHORT} (?:\\w+ ){0,4}(?:vom arzt|von der ${A}rztin|verschrieben|bekommen|abgeholt|aus der apotheke|verordnet)|(?:meine|die|unsere) (?:\\w+ )?tabletten (?:\\w+ ){0,3}(?:vergessen|nachgenommen|nach|f${U}r heute(?! nacht)|wie verschrieben)|wie (?:vom arzt )?verschrieben|(?:arzt|${A}rztin|doktor|doc) (?:\\w+ ){0,6}(?:verschrieben|gegeben|empfohlen|abgesetzt)|(?:seil|strick|messer|klinge)\\w* (?:(?!(?:nicht|nich|net|kein|keine|keinen)\\b)\\w+ ){0,4}(?:klettern|kletter\\w*|camping|bouldern|segeln|kochen|k${U}che|garten|abschleppen|w${A}sche\\w*|zelt\\w*|schaukel|boot|hund\\w*|leine)(?: \\w+){0,3}|(?:(?:alle|die|meine|meinen|ganzen) ){0,3}(?:tabletten|medikamente|pillen|medis) (?:\\w+ ){0,6}(?:verschrieben|verordnet|wie besprochen|wie vorgeschrieben)|(?:neues |neue )?(?:k${U}chen|brot|taschen)messer(?: \\w+){0,4}`
        // A cut while doing a chore ("beim Kartoffelschälen", "am Fliesenschneider") or one's own hair
        // cut: never "geritzt", never a knife, blade or scissors named alone.
        + `|(?!(?:\\w+ ){0,8}(?:absichtlich|mit absicht|extra|bewusst|kein unfall|kein versehen|nicht aus versehen|arm|arme|handgelenk\\w*|oberschenkel|pulsader\\w*|klinge|rasierklinge)\\b)(?:(?:mich|mi|mir|mia) (?:\\w+ ){0,2})?(?:beim|bei dem|am|an dem) (?:\\w+ )?(?:\\w*sch${A}len|\\w*schneiden|\\w*schnippeln|kochen|rasieren|basteln|heimwerken|werkeln|putzen|sp${U}len|abwaschen|aufr${A}umen|auspacken|${O}ffnen|reparieren|g${A}rtnern|rosenschneiden|\\w*schneider|dosendeckel|papier) (?:\\w+ ){0,3}(?:geschnitten|gschnitten|geschnittn|verbrannt|verletzt)`
        + `|(?!(?:\\w+ ){0,8}(?:absichtlich|mit absicht|arm|arme|handgelenk\\w*|oberschenkel|pulsader\\w*|haut|bein|beine)\\b)(?:mir|mia|mi) (?:\\w+ ){0,3}(?:den |die |das )?(?:pony|haare|fransen|spitzen|bart|n${A}gel|fingern${A}gel|zehenn${A}gel) (?:\\w+ ){0,2}(?:selbst |selber )?(?:geschnitten|gschnitten|geschnittn|abgeschnitten)`,
    },
  ],
  thirdPartyContexts: [
    {
      // A call-out at work: "heute Nacht Einsatz wegen Überdosis".
      id: 'de-einsatz',
      pattern: `(?:einsatz|eins${A}tze|notruf|alarmierung) (?:\\w+ ){0,2}(?:wegen|bei|mit|nach) (?:einer |einem |einem versuchten )?(?:${U}berdosis|suizid\\w*|selbstmord\\w*|intox\\w*)`,
    },
    {
      id: 'de-dritte',
      pattern: `(?:ihre|ihren|ihrer|seine|seinen|seiner|deren|dessen) (?:\\w+ )?(?:suizid\\w*|selbstmord\\w*|todesgedank\\w*|selbstverletzung\\w*)|(?:statistik\\w*|zahlen|daten|psychologie\\w*|vorlesung|klausur|unterrichtseinheit|ethik\\w*|bio\\w*) (?:\\w+ ){0,5}(?:${U}ber|zu|zum thema|von) (?:\\w+ ){0,2}(?:suizid\\w*|selbstmord\\w*|selbstverletz\\w*|${U}berdosis)|(?:einen|einem|ein) (?:suizid|selbstmord|suizidversuch|selbstmordversuch)(?:fall)?(?! (?:gedacht|begehen|machen|planen))|(?:zeitung|radio|bericht|meldung|post|insta|twitter|reddit|forum|gedicht|lied|song|doku|dokumentation|film|serie|tatort|buch|roman|referat|artikel|nachrichten|news|vortrag|seminar|podcast|video|reportage|studie|bachelorarbeit|masterarbeit|hausarbeit|arbeit|elternabend|unterricht|schule|kurs|fortbildung|schulung|workshop)\\w* (?:\\w+ ){0,5}(?:${U}ber|um|zu|zum thema|von|mit) (?:\\w+ ){0,4}(?:suizid\\w*|selbstmord\\w*|selbstverletz\\w*|${U}berdosis|ritzen|sterbehilfe|depression\\w*|todesgedanken)|(?:ging|gings|geht|gehts|ging es|redeten|sprachen|diskutiert\\w*) (?:\\w+ ){0,3}(?:um|${U}ber) (?:\\w+ ){0,4}(?:suizid|selbstmord|selbstverletz|ritz|${U}berdosis)\\w*|(?:gefragt|fragt|frage|fragen|fragte),? ob (?:ich|i) (?:\\w+ ){0,3}(?:suizid\\w*|selbstmord\\w*|todesgedank\\w*|mich (?:\\w+ )?(?:verletze|ritze|umbringen\\w*)|mir (?:\\w+ )?(?:was|etwas|eppes) an(?:zutun|tue|tun)|mir (?:\\w+ )?weh ?(?:zu ?tun|tue))|su[iy]?zid\\w* ?(?:item|frage|skala|fragebogen|rate|pr${A}vention|praevention|forschung|hotline|telefon|studie)\\w*|selbstmord ?(?:rate|anschlag|attentat)|selbstmordanschlag|suicide squad|werther\\w*|suizidrate|suizidpr${A}vention|suizidpraevention|tablettenvergiftung\\w*|(?:pfleger|pflegerin|arzt|${A}rztin|sanit${A}ter\\w*|notarzt|polizist\\w*) (?:\\w+ )?(?:auf|in|im) (?:der |dem )?(?:intensiv|notaufnahme|station|dienst|einsatz)|(?:arbeite|arbeit) (?:\\w+ ){0,2}(?:in der|auf der|im) (?:notaufnahme|intensiv|rettungsdienst|psychiatrie|klinik)|mit selbstmord gedroht|challenge\\w*|tiktok|(?:am|an|auf) (?:seinen|seinem|ihren|ihrem|seine|ihre) (?:\\w+ )?(?:arm|armen|arme|handgelenk\\w*|beinen|haut)|(?:die figur|der held|die heldin|der protagonist|die protagonistin|der charakter|der s${A}nger|die s${A}ngerin|der schauspieler|die schauspielerin|der rapper)\\w* (?:\\w+ ){0,6}(?:um|tot|gestorben|${U}berdosis|suizid\\w*)`,
    },
  ],
  negation: {
    cues: `(?:nicht|nich|nie|niemals|kein|keine|keinen|keiner|keinerlei|nein|nix|nichts|ka|ned|net|nid|nod|nit|ohne|null|garnicht|gar nicht|auf keinen fall)`,
    fillers: `(?:mehr|vor|wirklich|ernsthaft|daran|dran|drueber|dr${U}ber|gedanken|gedanke|zu|mich|mir|was|etwas|an|heute|jetzt|wieder|ich|i|will|wollen|werde|werd|w${U}rd\\w*|hab|habe|hatte|h${A}tte|thema|mi|mehr zu|je|jemals|im leben|niemals|das|es|so|auch|gar|wirklich|vorhaben|vorgehabt|plane|plan|absicht|drang|lust|bock|bed${U}rfnis|grund|sorge|sorgen|angst|keine sorge|mach dir|der|die|den|dem|einen|einem|dass|da|und|ehrlich|sicher|denk|denke|gedacht|dachte|mal|trotzdem|doch|mag|mog|wui|wollte|einzige\\w*|ans|am|ums|zum|vom|einmal|mal dran|ein|einen|so was|sowas|wie|mehr dran)`,
    doubleNegatives: `(?:(?:seh|sehe|weiss|wei|versteh|verstehe) (?:\\w+ )?(?:nicht|ned|net|nid|nod)|kann nicht (?:aufh${O}ren|anders)|h${O}rt nicht auf|nicht mehr aufh${O}ren|nicht mehr (?:leben|lebn|da sein|existieren|aufwachen)|nicht mehr weiter)`,
    trailing: `(?:(?:(?:war|ist|is|isch|sind|waren) (?:\\w+ ){0,2}(?:kein thema|keine option|kein problem|nie ein thema)|nein|ne|nope|nix|nichts|kein thema|keine|keiner|null|garnicht|gar nicht|auf keinen fall|keine sorge|(?:hab|habe|hatte) (?:ich|i) (?:\\w+ )?(?:keine|keinen|kein|nie|nicht)|(?:${MICH} |es |das |des |ich |i )?(?:auch |gar |ganz sicher )?(?:nicht|nie|ned|net|nid|nod|niemals)(?: mehr| vor| dran| daran)?(?: (?:und|oder|ich|i|will|werd\\w*|auch|das|es|keine sorge|ehrlich|versprochen|wirklich|nur)\\b[^|]*)?) ?)`,
  },
  historical: `(?:(?:die|der|eine|diese|jene) (?:zeit|phase|jahre|monate|wochen),? (?:\\w+ ){0,1}(?:in der|in dem|wo|als) (?:ich|i)|hinter mir|${U}berstanden|zur${U}ck(?:denk\\w*| denk\\w*)|hatte (?:\\w+ )?mal|(?:eine |ne )phase|war mal|fr${U}her|fr${U}her mal|damals|einst|vor (?:\\w+ ){0,2}(?:jahren|jahr|monaten|monat|wochen|ewigkeiten|langer zeit|zeiten)|letzte\\w* (?:jahr|sommer|winter|herbst|fr${U}hling)|(?:im|in der|in meiner) (?:jugend|pubert${A}t|schulzeit|teenagerzeit|studienzeit)|als (?:ich|i) (?:noch )?(?:\\w+ )?(?:jung|klein|teenager|in der schule|\\d+|zw${O}lf|dreizehn|vierzehn|f${U}nfzehn|sechzehn|siebzehn|achtzehn)(?: war| jahre)?|als teenager|als jugendliche\\w*|seitdem (?:nix|nichts|nie|kein\\w*)|seither|\\w*frei(?= \\||$| heute| seit| und)|(?:\\d+|hundert|zwei|drei|vier|f${U}nf|sechs|sieben|acht|neun|zehn|zw${O}lf|ein|einem|einen) (?:tage|tagen|wochen|monate|monaten|jahre|jahren|jahr|monat) (?:\\w+ )?(?:ohne|clean|frei|nicht mehr|symptomfrei)|(?:ist|is|isch|sind) (?:\\w+ ){0,2}(?:vorbei|lange her|vergangenheit|geschichte)(?! mit mir)|lange her|alte\\w* (?:\\w+ )?\\w*(?:gedanken|narben|wunden)|(?:narben|die narben) (?:\\w+ ){0,5}(?:verblass\\w*|kaum|nicht mehr|hell)|narben (?:vom|von der|von den|von)(?= )|ging (?:aber )?(?:schnell )?vorbei|an fr${U}her denken|nach dem suizidversuch|(?:19|20)\\d\\d|(?:von|im) (?:januar|februar|m${A}rz|april|mai|juni|juli|august|september|oktober|november|dezember) (?:\\d+ )?(?:hatte|war)|hatte ich (?:damals|fr${U}her|mal)|(?:die|diese) zeiten? (?:\\w+ ){0,3}vorbei|her(?= \\||$)|nicht mehr peinlich|hab (?:\\w+ ){0,3}zur apotheke gebracht|seit (?:\\w+ ){0,2}(?:monaten|jahren|jahr|wochen|sommer|winter|weihnachten|ostern|silvester|\\d{4}|dem \\w+|der klinik|der therapie) (?:\\w+ )?(?:nicht|nie|kein\\w*|nix|nichts|clean|frei|weg|vorbei|ruhe|besser))`,
  jokes: {
    humour: '(?:ha(?:ha)+\\w*|hihi\\w*|hehe\\w*|lol|xd+|jk|nur spass|war nur spass|spass beiseite|scherz|witz|kleiner scherz)',
    serious:
      '(?:kein (?:spass|witz|scherz|meme|joke)|nicht (?:lustig|witzig)(?: gemeint)?|im ernst|ernsthaft|ernst gemeint|echt jetzt|diesmal|dieses mal|wirklich'
      // …or the trigger is no trifle: life itself, being left, hurt or alone, failing, voices.
      + `|leben|niemand|keiner|alle|allein|einsam|verl${A}sst|verlassen|schl${A}gt|geschlagen|schlagen|durchfall\\w*|durchgefallen|sitzenbleib\\w*|stimmen|hasse mich|kann nicht mehr|kann nimmer|m${U}de von allem|so m${U}de|lebensm${U}de|ersch${O}pft von allem|keine kraft mehr|alles zu viel|scheid\\w*|getrennt|trennung|beerdigung|gestorben|krebs|krankenhaus|missbrauch\\w*|vergewaltig\\w*|gek${U}ndigt|rausgeschmissen|obdachlos|mobbing|gemobbt|betrogen)`,
    trigger: '(?:wenn|falls|jedes ?mal|sobald|als|eher|lieber|noch ?mal|nochmal|noch einer|noch eine|schon wieder|wieder)',
  },
  current: `(?:wieder|wida|wieda|schon wieder|heute nacht|jetzt gerade|grad|gerade eben|immer noch|noch immer|seit gestern|seit heute|seit tagen|jetzt wieder)`,
  urgent: `(?:heute nacht|heut nacht|heit nacht|heut auf d nacht|heute abend|heut abend|heit am abend|jetzt gleich|gleich jetzt|sofort|morgen fr${U}h|in der fr${U}h|wenn du das liest|es ist soweit|es ist entschieden|wenn alle schlafen|noch heute|heute noch)`,
  recent: `(?:nachdem ich|schreib (?:das|des|dir) (?:\\w+ )?(?:hier|jetzt)|heute|heut|heit|jetzt|grad|gerade|grod|eben|vorhin|vor (?:einer|ner|\\d+|ein paar) (?:stunde|stunden|minuten)|gleich|nacht|mach ich|werd|mittendrin|schon in meiner|in meiner jackentasche|seit ner stunde|seit einer stunde)`,
  resolvedAfter: `(?:ist vorbei|sind vorbei|ging vorbei|(?:ist|sind) (?:f${U}r mich )?(?:abgeschlossen|erledigt|geschichte)|hat aufgeh${O}rt|haben aufgeh${O}rt|(?:ist|sind) (?:(?!nicht |nie |ned |net |nid )\\w+ ){0,3}weg|(?:ist|is|isch) (?:schon )?lange her|(?:ist|sind) (?:schon )?(?:\\w+ )?(?:jahre|monate|wochen) her|hab ich (?:nicht mehr|keine mehr|nie mehr))`,
  selfSubject: `(?:ich|mich|mir|i|mi)`,
  objects: `(?:(?:mein|meine|das|der|die|des|mei) )?(?<!(?:im|in|ins|in meinem|in meiner|in dem|in der|in nem|aus dem|mit dem|mit meinem|vom|am|auf dem|beim|unterm|hinterm) (?:(?:mein|meine|das|der|die|des|mei) )?)(?:handy|akku|batterie|laptop|computer|auto|pflanze|pflanzen|basilikum|orchidee|party|drucker|wlan|router|fernseher|projekt|idee|motor|uhr|kaktus|monstera|zimmerpflanze|zimmerpflanzen|sukkulente|farn|bonsai|blumen|tomaten)`,
  otherBody: `(?:an|am|auf) (?:seinen|seinem|ihren|ihrem|seine|ihre) (?:\\w+ )?(?:arm|armen|arme|handgelenk|handgelenken|beinen|haut)`,
  firstPerson: `(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|i|mi|ma|mei)`,
  thirdPerson: `(?:mein|meine|meinem|meinen|meiner|mei|sein|seine|seinem|ihr|ihre|ihrem|ein|eine|einem|einer|der|die|dem|den|unser|unsere|unserem) (?:\\w+ )?(?:freund|freundin|kumpel|bruder|schwester|mutter|vater|mama|papa|sohn|tochter|cousin|cousine|onkel|tante|oma|opa|kollege|kollegin|ex|nachbar|nachbarin|chef|chefin|patient|patientin|patienten|sch${U}ler|sch${U}lerin|mann|frau|partner|partnerin|mitbewohner|mitbewohnerin|klassenkamerad\\w*|kind|kinder|figur|s${A}nger|s${A}ngerin|schauspieler\\w*|bekannte\\w*|influencer\\w*|promi|nachbarssohn)|er|sie|jemand|leute|ihm|patienten|patientin|kunden|menschen|jugendliche|promis|ihn|eam|ea|se`,
  clauseBreaks: `(?:(?:bringt|bringts|hilft|nutzt|n${U}tzt) (?:\\w+ ){0,2}(?:nix|nichts|nicht|n${U}t)(?: mehr)?|aber|jedoch|trotzdem|obwohl|allerdings|sondern|inzwischen|mittlerweile|heute (?:bin ich|gehts|geht es|sieht|weiss ich|lebe ich)|jetzt (?:bin ich|gehts|geht es))`,
  vocabulary: [
    'umbringen',
    'umzubringen',
    'selbstmord',
    'selbstmordgedanken',
    'tabletten',
    'schlaftabletten',
    'sterben',
    'ritzen',
    'geritzt',
    'lebensmude',
    'uberdosis',
    'suizid',
    'suizidgedanken',
    'geschnitten',
    'geschluckt',
    'verletzen',
    'abschiedsbrief',
    'paracetamol',
    'ibuprofen',
    'rasierklingen',
    'hoffnungslos',
    'sinnlos',
    'existieren',
    'verschwinden',
    'genommen',
  ],
  stopwords: ['der', 'die', 'das', 'ein', 'eine', 'und', 'oder', 'aber', 'ich', 'mich', 'mir', 'mein', 'meine', 'du', 'dich', 'dein', 'ist', 'sind', 'war', 'nicht', 'kein', 'keine', 'zu', 'von', 'mit', 'auf', 'fur', 'für', 'im', 'in', 'es', 'das', 'so', 'wie', 'wenn', 'weil', 'will', 'hab', 'habe', 'bin', 'heute', 'alles', 'nix', 'ned', 'nimma', 'des', 'isch', 'hob', 'bisschen', 'noch', 'mehr', 'auch', 'schon', 'nid', 'nöd', 'ois', 'han', 'nimmer', 'nümme', 'numme', 'scho', 'heit', 'gsi', 'vor', 'nach', 'aus', 'bei', 'sich', 'dir', 'dem', 'zum', 'zur', 'vom', 'beim', 'nur', 'doch', 'jetzt', 'dann', 'hier', 'gar', 'sehr', 'ganz', 'immer', 'wieder', 'einfach', 'echt'],
  notTypos: ['umbringt', 'tablette', 'sterbe', 'ritze', 'stirbt', 'streben', 'sterne', 'gestorben', 'verletzt', 'verletze', 'verletzung', 'schlaftablette', 'genommen', 'benommen', 'verschwunden', 'existiert', 'sinnvoll', 'geschnitzt', 'gewitzt', 'gesch\u00fcttelt'],
  spellings: {
    nich: 'nicht',
    nimma: 'nicht mehr',
    nimmer: 'nicht mehr',
    numme: 'nicht mehr',
    nuem: 'nicht mehr',
    nuemme: 'nicht mehr',
    nuemm: 'nicht mehr',
    num: 'nicht mehr',
    kan: 'keinen',
    nummer: 'nicht mehr',
    hab: 'habe',
    hob: 'habe',
    han: 'habe',
    wieda: 'wieder',
    wida: 'wieder',
    tablettn: 'tabletten',
    tabletn: 'tabletten',
    genomen: 'genommen',
    gnumma: 'genommen',
    gnomme: 'genommen',
    gschluckt: 'geschluckt',
    gschnittn: 'geschnitten',
    gschnitten: 'geschnitten',
    geschniten: 'geschnitten',
    geschnittn: 'geschnitten',
    gritzt: 'geritzt',
    ritzn: 'ritzen',
    sterbn: 'sterben',
    umbringa: 'umbringen',
    umbringe: 'umbringen',
    umm: 'um',
    drann: 'dran',
    lebenn: 'leben',
    lebn: 'leben',
    lebm: 'leben',
    labe: 'leben',
    laebe: 'leben',
    wirt: 'wird',
    bess: 'besser',
    heit: 'heute',
    heid: 'heute',
    i: 'ich',
    mi: 'mich',
    ned: 'nicht',
    net: 'nicht',
    nid: 'nicht',
    nod: 'nicht',
    nit: 'nicht',
    nix: 'nichts',
    grad: 'gerade',
    grod: 'gerade',
    n: 'ein',
    ne: 'eine',
    nen: 'einen',
    ois: 'alles',
    wui: 'will',
    wott: 'will',
    wil: 'will',
    mog: 'mag',
    mer: 'mehr',
    mea: 'mehr',
    meh: 'mehr',
    imma: 'immer',
    gestan: 'gestern',
    abnd: 'abend',
    morgn: 'morgen',
    fia: 'fur',
    hatt: 'hat',
    ka: 'kein',
    koa: 'kein',
    isch: 'ist',
    is: 'ist',
    des: 'das',
    verschwindn: 'verschwinden',
    gedanekn: 'gedanken',
    selbstmordgedanekn: 'selbstmordgedanken',
    bruke: 'brucke',
  },
};
