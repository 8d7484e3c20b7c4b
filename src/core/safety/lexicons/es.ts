import type { CrisisLexicon } from '../crisis-types.js';

/**
 * Spanish crisis language (Spain and Latin America), as data. Same conventions as ./en.ts: patterns
 * are matched against normalised text — lower case, WITHOUT accents ("jamás" → "jamas", "ñ" → "n",
 * so "tomé" and "tomó" are both "tome"/"tomo"), punctuation and emoji as spaces (risk emoji as the
 * English words "pills", "knife", "rope"…), sentence ends as ` | `. Write patterns without accents.
 *
 * How this lexicon generalises (add to the building blocks, not phrases):
 * - Verbs are written as stems with every tense and person the writer uses about themselves:
 *   enclitic infinitive/gerund ("matarme", "cortandome"), reflexive present, preterite, perfect,
 *   future and conditional ("me mato", "me mate", "me he matado", "me matare", "me mataria"), and
 *   periphrasis with an auxiliary between ("me voy a / quiero / pienso / tengo ganas de … matar").
 *   Third-person reflexives ("se mato", "se corta") are never matched by the self patterns: the
 *   `es-terceros-actos` pattern records them as `low`.
 * - Quantity + substance (`QTY` × `DRUG`/`POISON`/`ALCOHOL`) for ingestion, hoarding and
 *   means-seeking questions ("cuantas … hacen falta", "desde que altura", "forma mas rapida").
 * - Chat spellings and regional slang (Spain, Mexico, the Southern Cone, the Andes, the Caribbean)
 *   live in `spellings`, `vocabulary` and the slang alternatives of each block.
 * - A pattern that carries its own negation ("no quiero vivir") starts with it.
 */

/** The writer wanting, needing or thinking of something (all persons the writer uses about themself). */
const WANT =
  '(?:quiero|quisiera|queria|kiero|qiero|kisiera|deseo|desearia|tengo ganas de|me dan ganas de|me entran ganas de|ganas de|necesito|me gustaria|preferiria|prefiero|ojala pudiera|ojala|deberia|debería|quiza deberia|solo quiero|pienso en|estoy pensando en|ando pensando en|he pensado en|pense en|se me pasa por la cabeza|sueno con|me tienta|estoy por|estoy re para|estoy para)';
/** Auxiliaries between a reflexive "me" and the verb ("me VOY A matar"). */
const AUX =
  '(?:(?:acabo de|voy a|vas a|quiero|kiero|qiero|quisiera|pienso|puedo|podria|deberia|debo|tengo que|necesito|tendria que|acabare|terminare|termino|acabo|dan ganas de|entran ganas de|estoy por|ire a|vuelvo a|volvi a|he vuelto a|he intentado|intente|intento|trate de|voy a tener que|puro|ya|de verdad|en serio|neta|re|hoy|manana|esta noche|un dia de estos) )';
/** Any medicine, by class, chat word or brand (Spain and Latin America); risk emoji 💊 read as "pills". */
const DRUG_NAME =
  '(?:dosis|pastillas|pastilla|pastiyas|pastis|pastas|pepas|pildoras|comprimidos|capsulas|tabletas|grageas|blisters?|blisteres|medicamentos|medicacion|medicinas|remedios|antidepresivos|ansioliticos|somniferos|tranquilizantes|calmantes|analgesicos|relajantes|benzos|benzodiacepinas|opioides|laxantes|antihistaminicos|antipsicoticos|clonas|rivos|rivotriles|rivotril|roches|rohipnol|alplax|tafil(?:es)?|trankimazin|tranquimazin|lexatin|orfidal|valium|diazepam(?:es|s)?|lorazepam|alprazolam|clonazepam|zolpidem|zopiclona|stilnox|quetiapina|seroquel|litio|sertralina|fluoxetina|prozac|paroxetina|escitalopram|citalopram|venlafaxina|amitriptilina|mirtazapina|trazodona|olanzapina|risperidona|paracetamol(?:es)?|gelocatil(?:es)?|tylenol|acetaminofen|ibuprofeno(?:s)?|dalsy|advil|aspirinas?|nolotil|metamizol|tramadol|codeina|morfina|fentanilo|oxicodona|insulina|jarabe|gotas|pastillas (?:de|para) (?:dormir|la ansiedad|los nervios)|las (?:de|para) (?:dormir|la ansiedad|los nervios|la depre)|mi medicacion|sus pastillas|pills)';
const POISON =
  '(?:limpiador|desinfectante|lejia|lavandina|cloro|clorox|amoniaco|salfuman|agua ?fuerte|desatascador|sosa caustica|matarratas|raticida|veneno|insecticida|pesticida|herbicida|glifosato|anticongelante|acido|gasolina|alcohol de quemar|alcohol etilico|alcohol isopropilico|alcohol de 96)';
const ALCOHOL =
  '(?:alcohol|vino|vodka|ron|whisky|wiski|guisqui|cerveza|cervezas|chelas|birras|caguama|pisco|fernet|tequila|mezcal|ginebra|gin|aguardiente|guaro|botella|cubatas|pomo)';
/** Enough of something to matter: numbers from five, "todas", "una caja", "un punado", "de mas"… */
const QTY =
  '(?:(?:como |unas |unos |mas de |casi |por lo menos |al menos )?(?:[5-9]|[1-9]\\d+|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien|sesenta|setenta|ochenta|noventa)|todas?|todos?|toda la|todo el|todo lo que (?:me )?(?:quedaba|tenia|habia)|lo que (?:me )?quedaba|(?:una|la|dos|tres|\\d+|varias|media) cajas?(?: entera)?|toda la caja|(?:un|el|medio|todo el) (?:frasco|bote|blister|paquete|tubo|sobre)(?: entero)?|(?:un|el) (?:punado|monton|chingo|mogollon|buen)|una banda de|un monton de|un punado de|(?:un|una) (?:puno|punito|mano llena|bocha|pila|mazo|putero|porron|chingo|pilon)(?: de)?|(?:una|uno) (?:por|tras|detras de) (?:una|uno|otra|otro)|de a (?:una|uno|dos)|(?:veinti|treinti)\\w+|\\w+ y (?:pico|tantas|tantos)|muchas|muchos|demasiad[oa]s|varias|doble|triple|mas de la cuenta|de mas)';
/** Swallowing, first person, all tenses ("me tome", "me he tomado", "acabo de tragarme", "me meti"). */
const TAKE =
  '(?<!\\bse )(?<!\\ble )(?:(?:ya |y )?(?:me )?(?:acabo de |he |estoy |voy a )?)(?:pon(?:go|er|dre)|puse|inyect(?:o|e|ar|are)|tom(?:e|o|ar|are|ara|ado|arme|andome|ando)|trag(?:ue|o|ar|ado|arme|andome|ando)|beb(?:i|o|er|ido|erme|iendo)|met(?:i|o|er|ido|erme|iendo)|acabe|baje|zampe|empine|inyecte|chute|empastille|ingeri|ingerido|comi|mezcle|avente|aviente|aventar(?:me)?|aventando(?:me)?|mande|mandarme|eche|echarme|clave|clavarme|empuje|jale)';
/** Swallowing already done (no infinitives, futures or questions): "me tome", "me he bebido", "acabo de tomarme". */
const TAKEN =
  '(?<!\\bse )(?<!\\ble )(?:(?:ya |y )?me )?(?:acabo de (?:tomar|tragar|beber|meter)(?:me)?|tome|he tomado|trague|he tragado|bebi|he bebido|meti|he metido|baje|acabe|zampe|empine|inyecte|mezcle|estoy tomando|tomandome|he mezclado|mezclado|avente|aviente|he aventado|mande|eche|clave|empuje)';
const BODY =
  '(?:brazos?|antebrazos?|munecas?|muslos?|piernas?|piel|venas?|panza|barriga|abdomen|estomago|cuello|manos?|palmas?|tobillos?|cuerpo|cara|cabeza|pecho|caderas?|dedos?|hombros?|espalda)';
/** Where people jump or fall from, or in front of. */
const PLACE =
  '(?:segundo|tercer|tercero|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|ultimo piso|puente|puentes|edificio|balcon|ventana|azotea|terraza|techo|tejado|tren|trenes|metro|subte|via|vias|rieles|anden|acantilado|precipicio|barranco|barranca|cornisa|mirador|piso|planta|rio|mar|vacio|autopista|carretera|coche|auto|carro|camion|bus|autobus|bondi|micro|colectivo|camioneta|trailer|presa|represa|pozo|magdalena|parking|estacionamiento|torre|faro)';
/** Self-harm verbs, first person, all tenses ("me corte", "cortarme", "me he cortado", "me voy a cortar"). */
const HURT_STEM = '(?:cort|quem|golpe|peg|aran|rasgun|rasc|pellizc|mord|clav|lastim|raj|castig|lesion|her|mutil|ray|rasp|taj|pinch|punz|apunal)';
/** What people hurt themselves with (not kitchen knives, glass or hot oil: those are accidents as often). */
const TOOL =
  '(?:cuchillas?|navajas?|cuter|cutter|tijeras|mechero|encendedor|cigarr\\w+|colillas?|compas|agujas?|hojas? de afeitar|sacapuntas|alfiler(?:es)?|clavos?|cinturon|knife|razor)';
const SELF_HURT = `(?:me (?:${AUX}){0,2}(?:muerdo|arranque|arranco|pellizque|rasque|castigue|pegue|golpee|arane|rasgune|mordi|queme|clave|lastime|raje|heri)|${HURT_STEM}(?:arme|andome)|me (?:${AUX}){0,2}${HURT_STEM}(?:e|o|ar|are|aria|ando|aba)|me he ${HURT_STEM}(?:ado|ido)|me (?:estoy|estaba) ${HURT_STEM}(?:ando|iendo)|me di (?:golpes|punetazos|cabezazos|con)|me doy (?:golpes|punetazos|cabezazos)|me hice (?:dano|sangre|heridas|marcas|moratones|cortes)|me hago (?:dano|sangre|heridas|cortes)|hacerme (?:dano|sangre|heridas|cortes))`;
/** Words that say a hurt was deliberate or severe. */
const ON_PURPOSE =
  '(?:a proposito|adrede|aposta|queriendo|apropo|una y otra vez|varias veces seguidas|hasta que (?:me )?(?:\\w+ )?(?:sangr\\w+|(?:salen|salgan|salieron|quedan|queden|quedaron) (?:sangre|moratones|marcas|heridas)|doli\\w+|duel\\w+)|hasta (?:sangrar|que sangr\\w+|hacerme sangre|dejarme \\w+|que (?:me )?doli\\w+|abrir\\w*|sentir algo|quedarme|que salio sangre)|hasta (?:\\w+ ){0,2}(?:sangr\\w+|sangre)|no (?:podia|pude|puedo) parar|sin poder parar|necesitaba sentir|para (?:sentir algo|sentir dolor|castigarme|no llorar|calmarme|que doliera|que duela|desahogarme)|en carne viva|no pude parar|no puedo parar)';

export const SPANISH_CRISIS_LEXICON: CrisisLexicon = {
  locale: 'es',
  version: 'es-2026.12s',
  patterns: [
    // --- Suicide, killing oneself: every tense and person the writer uses about themself ----------
    {
      id: 'es-suicidio',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern:
        `(?<!\\bse )(?<!\\bsu )su[iy]?[cs]{1,2}[iy]?d(?:io|ios|a|as|arme|andome|ar|are|aria|o)(?! (?:al volante|de (?:la|las) (?:carretera|rotonda)))|me (?:${AUX}){0,2}su[iy]?[cs]{1,2}[iy]?d(?:e|o|are|aria|aba)|suicidad[oa]|ideas? suicidas?|pensamientos? suicidas?|autoelimin\\w+|desvivirme|quitarme de en medio|s icid\\w+|sewer ?slide|un ?alive\\w*|(?<=(?:en|de|quiero|voy a|ganas de|pensando) )(?:kill(?:ing)? myself|end(?:ing)? my life)|(?:pensamientos|ideas) (?:sui|s)(?= \\||$| otra| de nuevo)`,
    },
    {
      id: 'es-matarme',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `matarme|matandome|me (?:${AUX}){0,3}(?:mato|mate|matar|matare|mataria|mataba|he matado|habria matado|hubiera matado)(?! (?:a|estudiando|trabajando|de risa|haciendo|en el gym|en el gimnasio|corriendo|entrenando|por|con)\\b)(?! (?:el|la|los|las|mi|mis|tu|su|ese|esa) (?!(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|noche|semana|finde|fin)\\b)\\w)|que me mate(?! (?:a|de|estudiando|trabajando)\\b)|(?:quitar(?:me)?|quite|quito|quitare|quitaria|quitando(?:me)?) la vida(?! de encima)|me (?:${AUX}){0,2}quit(?:o|e|ar|are|aria) la vida(?! de encima)|(?:acabar|terminar|poner fin) con (?:mi vida|mi existencia|todo(?! (?:el|la|lo|esto|eso) \\w)|esto de una vez)|ponerle fin a (?:mi vida|todo)|dejar de (?:existir|vivir|respirar)|darme (?:cuello|piso|matarile|de baja de (?:la vida|este mundo))|me (?:${AUX}){0,3}(?:doy|di|dare|daria|dar) (?:cuello|piso|matarile|de baja de (?:la vida|este mundo))|(?:meterme|pegarme|darme|me (?:${AUX}){0,3}(?:meto|pego|doy|meti|pegue|di|meter|pegar|dar|pegare|metere)) (?:un|una) (?:tiro|balazo|plomazo|plomo|bala|disparo)|me (?:${AUX}){0,3}(?:quito|quite|quitar|quitare) de en medio|me (?:${AUX}){0,3}desvivir|volarme (?:la cabeza|los sesos|la tapa)|me (?:${AUX}){0,3}(?:volar|vuelo) (?:la cabeza|los sesos|la tapa)|me (?:${AUX}){0,3}(?:corto|corte|cortar|cortare|abro|abri|abrir) las venas|dispararme|(?:colgarme|ahorcarme|me (?:${AUX}){0,2}(?:ahorco|ahorcar|ahorcare|colgar|colgare|cuelgo))(?! (?:la|el|los|las|del telefono|al telefono) )|hacerme (?:un|una) rope|me hago (?:un|una) rope|alt f4 a (?:mi|la) vida|(?:que )?me sacrifique(?! por)|sacrificarme(?! por| para)|palmarla|petatear(?:me)?|criar malvas|irme al otro barrio|colgar los tenis|(?:abrirme|cortarme) las venas|envenenarme|desangrarme|electrocutarme|degollarme|apunalarme|acuchillarme|prenderme fuego|ahogarme(?= \\||$| en (?:el|la) (?:rio|mar|lago|banera|pantano))|para (?:tirarme|aventarme|lanzarme|ahorcarme|colgarme)(?! (?:a la piscina|al agua|al mar a|en (?:el|la) (?:sofa|cama)))|para cortarme(?= \\||$| las venas| otra vez)|(?:para|a) ver si (?:no despierto|me muero|me mata|no vuelvo a despertar)|para (?:morirme|matarme|suicidarme|no despertar|no volver a despertar|acabar con (?:todo|mi vida)|quitarme la vida|no sobrevivir)`,
    },
    {
      id: 'es-quiero-morir',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'high',
      pattern: `${WANT} (?:\\w+ )?(?:morir(?:me)?|estar muert[oa]|dejar de vivir|no existir|no vivir|irme de este mundo|irme (?:\\w+ )?para siempre)(?! (?:de|del|por) (?:risa|la risa|verguenza|la verguenza|hambre|sueno|frio|calor|ganas|aburrimiento|pena|envidia|amor|asco|nervios|miedo|celos|ternura|curiosidad|un|una|ver|verte|comer|el|la|lo|los|las|tu|su)\\b)|no (?:merezco|me merezco) (?:vivir|estar viv[oa]|existir|seguir viv[oa])|(?:me )?merezco (?:morir(?:me)?|estar muert[oa]|la muerte)|(?:deberia|tendria que|debo) (?:estar muert[oa]|morir(?:me)?)(?! (?:de|del|por)\\b)|me (?:quiero|kiero|qiero|quisiera|queria|quiera) (?:\\w+ )?morir(?! (?:de|del|por) (?!una vez|verdad|tristeza|pena)\\w)|me (?:quiero|kiero) ir (?:\\w+ ){0,3}de este mundo|me (?:\\w+ ){0,2}(?:voy|ire|vaya|iria) (?:\\w+ ){0,2}de este mundo|(?:dejar|dejo|dejare|abandonar|abandono) este mundo|(?:que|q) me muera(?: \\w+){0,2} (?:ya|de una vez|por favor|x favor)`,
    },

    // --- Passive ideation -------------------------------------------------------------------------
    {
      id: 'es-no-quiero-vivir',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        '(?:no|tampoco|ya no|ni) (?:quiero|kiero|qiero|deseo|tengo ganas de|me dan ganas de) (?:\\w+ )?(?:seguir )?(?:(?:vivir|viviendo)(?! (?:aqui|alli|ahi|en|con|cerca|lejos|solo|sola|juntos|de alquiler|asi de mal|a costa)\\b)|existir|existiendo|estar aqui(?! en\\b)|estar en (?:este mundo|esta vida)|estar viv[oa]|(?:despertar(?:me)?|despertandome|amanecer)(?! (?:temprano|pronto|tarde|a las|antes|mas tarde|para|tan temprano|a (?:mi|mis|los|la|el)|al)\\b)|seguir (?:aqui|viv[oa]|en esta vida|en este mundo|adelante|con esta vida|con (?:esto|todo esto|mi vida)(?= \\||$))|seguir(?= \\||$| asi| ya| mas| de verdad| luchando| existiendo))',
    },
    {
      id: 'es-ojala-morir',
      category: 'passive_ideation',
      kind: 'thought',
      severity: 'medium',
      pattern:
        'ojala (?:que )?se (?:cayera|caiga|estrellara|estrelle|hundiera|hunda) (?:el avion|el techo|el barco|el edificio|encima)|ojala (?:que )?se (?:cayera|caiga|estrellara|estrelle|hundiera|hunda)(?: \\w+){0,3} (?:y )?me da (?:paz|alivio|gusto|igual)|ojala (?:que )?(?:la palme|la palmara|palme|estire la pata|estirara la pata|me petatee)|ojala (?:que )?(?:me )?(?:muriera|muera|muero|no despertara|no despierte|no me despierte|no me despertara|no amaneciera|no amanezca|atropell\\w+|arroll\\w+|pill\\w+|pasara algo|pase algo|diera algo|diera un infarto|llevara|lleve|estrellara|estrelle|choque|chocara|matara|mate|no hubiera nacido|nunca hubiera nacido|desapareciera|desaparezca)(?! (?:la loteria|el gordo|tiempo)\\b)|(?:deseo|pido|rezo|espero|quisiera|esperando) (?:\\w+ ){0,3}que (?:me )?(?:atropell\\w+|pill\\w+|arroll\\w+|mate|matara|lleve|llevara|toque a mi)|(?:dormir(?:me)?|dormirme) y no (?:volver a )?despertar(?:me)?(?: nunca| jamas| mas)?|no (?:volver a )?despertar(?:me)? (?:nunca|mas|manana|jamas)|(?:no|nunca) (?:haber|hubiera|hubiese|debi|deberia haber) nacido(?: nunca| jamas)?|(?:alguien|nadie|quien) (?:\\w+ ){0,2}(?:lloraria|vendria|iria|ira|vendra|llorara) (?:a |en )?mi (?:funeral|entierro|velorio)|no veo el momento de (?:morirme|irme de este mundo|que todo se acabe|desaparecer)|sin ganas de (?:vivir|seguir viv[oa]|existir)|no me (?:importaria|molestaria|preocuparia|afectaria) (?:morir(?:me)?|no despertar\\w*|que me pasara algo|desaparecer|que me atropell\\w+)|me da (?:igual|lo mismo) (?:vivir o morir|morir(?:me)?|si me muero|lo que me pase|si vivo|que me pase algo|estar viv[oa])|(?:estarian|estaria|estarias|estan|estamos|estariamos|seria|seriamos|vivirian|viviria|les iria|tendrian una vida) (?:\\w+ ){0,2}(?:mejor|mas tranquil[oa]s?|mas facil|mas felices|bien) sin (?:mi|una (?:madre|hija|hermana|mujer|persona) como yo|un (?:padre|hijo|hermano) como yo)|(?:mejor|mas facil|mas felices|igual) sin mi|(?:el mundo|todo|nada) (?:seguiria|seria) (?:igual|mejor) sin mi|si yo no (?:estuviera|existiera|hubiera nacido)|(?:mejor|bien|felices|tranquil\\w+) si (?:yo )?(?:me muriera|muriera|no estuviera|desapareciera|me fuera para siempre|me muero)|(?:pensamientos|ideas) (?:de (?:muerte|morir(?:me)?|matarme)|suicidas?)|mejor (?:muert[oa]|no estar|no existir|desaparecer|no despertar)|soy (?:una|un) (?:carga|estorbo|lastre)|ser (?:una|un) (?:carga|estorbo) para|nadie (?:me )?(?:extranaria|echaria de menos|se daria cuenta|notaria|lloraria|vendria a mi (?:funeral|entierro|velorio))|si (?:yo )?(?:me muero|me muriera|muriera|desapareciera|desaparezco|no despierto|no me despierto|no despertara|ya no estoy|me pasara algo) (?:\\w+ ){0,4}(?:nadie|tampoco pasa nada|no pasa nada|mejor|da igual|al menos|seguro de vida|cobraria\\w*|se darian cuenta|lo notaria)|que (?:todo|mi vida|esta vida|todo esto) (?:se )?(?:acabe|termine)|(?:siento que )?sobro(?= \\||$| en (?:este mundo|esta vida|esta familia|todas partes))|estoy de mas en (?:este mundo|esta vida|esta familia)|que me toque (?:a mi )?(?:de una vez|ya)|seria (?:tan |muy |mas )?facil (?:caerme|tirarme|saltar|dejarme caer|acabar|no estar|desaparecer)|(?:caerme|tirarme) sin querer|dejar de estar|envidia (?:a |de )?(?:la gente que se muere|los muertos|los que se mueren)|(?:cruzo|cruzar) (?:la calle )?sin mirar|(?:morir(?:me)?|la muerte) (?:\\w+ ){0,2}no me (?:daria|da|importaria|importa) (?:ninguna )?(?:pena|miedo|nada)|(?:lo )?mejor (?:seria|es) (?:irme|morirme|desaparecer|no estar|no despertar\\w*|irme con (?:ella|el|mi \\w+))|(?:ya )?solo estorbo|no hago mas que estorbar|ojala no me hubiera despertado|no (?:me )?hubiera despertado|descansar para siempre|dormir para siempre|apagarme para siempre',
    },
    {
      id: 'es-desesperanza',
      category: 'hopelessness',
      kind: 'thought',
      severity: 'medium',
      pattern:
        'no (?:le |me )?(?:hay|tengo|veo|encuentro|queda|quedan|tiene) (?:ninguna |ningun |ni una |ni un |ni una sola |ni un solo |mucho )?(?:razon|razones|motivo|motivos|sentido|para que|caso|futuro|esperanza|salida|solucion|ganas) (?:(?:a|para|de|en) )?(?:\\w+ )?(?:seguir(?! (?!viviendo|luchando|intentando|aqui|asi)\\w+(?:ando|iendo)\\b)|vivir|bibir|estar aqui|existir|seguir viv[oa]|la vida|esta vida|mi vida|nada|levantarme|luchar)|(?:para|por) (?:que|lo que) (?:seguir(?! (?!viviendo|luchando|intentando|aqui|asi)\\w+(?:ando|iendo)\\b)|vivir|sigo|levantarme|luchar|despertarme|despertar|existir|seguir intentando)|no se (?:para que|por que) (?:sigo|vivo|existo|me levanto)|(?:cansad[oa]|hart[oa]|agotad[oa]|podrid[oa]|mamad[oa]|jart[oa]|reventad[oa]|quemad[oa]|hasta la madre) de (?:sobrevivir|vivir|la vida|existir|seguir(?: viv[oa])?|luchar|estar viv[oa]|esta vida|intentarlo|todo(?! (?:el|la|los|las|esto|eso|lo|este|esta|estos|estas|ese|esa|mi|tu|su) \\w)|mi vida)|no (?:creo que )?(?:vale|valga|merece) la pena (?:seguir )?(?:vivir|viviendo|seguir|existir|levantarme|intentarlo)|(?:ya )?nada (?:tiene sentido|vale la pena|importa|me importa|va a (?:mejorar|cambiar))(?! (?:en|de) (?:esta|este|la|el|esa|ese|estas|estos) \\w)|nunca va a (?:mejorar|cambiar)|no (?:va a|vaya a) mejorar nunca|todo esta perdido|no tiene caso (?:seguir|vivir|nada)|ya no tiene caso|(?:mi vida|esta vida|la vida|vivir(?: asi)?|existir|seguir viv[oa]) (?:\\w+ )?(?:no vale nada|no tiene (?:ningun |mucho )?sentido|es un error|es una mierda|es una basura|no sirve (?:de|para) nada|no tiene arreglo|no vale la pena)|(?:esto|yo|lo mio) no (?:tiene|tengo) (?:arreglo|solucion|remedio)|ya no espero nada|no espero nada de la vida|sin esperanzas?|(?:no hay|perdi (?:la|toda)) esperanza|(?:ya )?no (?:aguanto|puedo|doy|soporto) mas(?! (?:de|con|por|en|que|a|el|la|los|las|este|esta|sin|tiempo|rato|horas|dias) (?!(?:esta |la |mi )?vida\\b|todo\\b|esto\\b|nada\\b))|ya no puedo (?:seguir|con (?:la|mi|esta) vida|con todo)|no puedo seguir(?: asi| viviendo| con esta vida)?(?! (?:con|en) (?:el|la|este|esta|mi) (?!vida)\\w)|no tengo fuerzas para (?:seguir|vivir|nada)|ya no me quedan fuerzas|(?:no (?:hay|tengo|queda) )?nada que me (?:ate|retenga|mantenga)|no tengo futuro|no (?:hay|tengo) futuro para mi|no veo (?:ninguna )?(?:salida|futuro)|(?:la )?unica salida (?:que (?:veo|me queda) )?(?:es|seria)|la unica (?:\\w+ )?(?:es|seria) (?:morir\\w*|matarme|suicid\\w+|desaparecer|no estar)|todo es inutil|me (?:rindo|rendi)(?= (?:\\| )?(?:con (?:la vida|todo)|de (?:vivir|luchar)))|ya me (?:rindo|rendi)(?= \\||$)|(?:ya )?me (?:canse|harte|aburri) de (?:vivir|la vida|existir|luchar|seguir|esta vida|estar viv[oa])|no quiero (?:saber )?nada (?:mas )?(?:con|de) (?:la|esta) vida|que se (?:acabe|termine) (?:todo|ya todo|mi vida|esto de una vez)|tirar la toalla con (?:la vida|todo)|(?:estoy|me siento) vaci[oa] (?:y )?sin esperanza|(?:estoy|me siento) (?:muert[oa]|vaci[oa]) por dentro',
    },

    // --- Self-harm ---------------------------------------------------------------------------------
    {
      id: 'es-corte',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `(?:cortarme|cortandome|me (?:${AUX}){0,2}(?:corte|corto|cortar|cortare|cortaria)|me he cortado|me (?:estoy|estuve|sigo|he estado|ando) cortando)(?! (?:el|la|las|los|un|una|mi|mis|flequillo|pelo|coleta|unas|barba|puntas|con (?:\\w+ )?(?:papel|folio|hoja de papel|lata|cristal|vaso|abrelatas|cuchillo|tijeras de cocina)|cocinando|pelando|picando|afeitando\\w*|jugando|haciendo|entrenando|trabajando|en la cocina|en el trabajo|sin querer|sin darme cuenta|al|de|del)\\b)|me corte (?:el|los|la|las|un|una|mis) ${BODY}|me he cortado (?:el|los|la|las|mis) ${BODY}|cortarme (?:el|los|la|las|mis) ${BODY}|me hice (?:un )?codigo de barras|haciendome (?:cortes|dano|heridas)|autolesion(?:arme|andome|e|o|ado|ada|arme)|me autolesion\\w+|lastimarme|hacerme (?:dano|heridas|cortes|sangre)(?! (?:en|al|jugando|entrenando|corriendo)\\b)|me (?:hice|hago|he hecho|estoy haciendo) (?:dano|cortes|heridas)(?! (?:en (?:el|la|los|las) (?!${BODY}|bano|cuarto|habitacion|recamara|regadera|ducha)\\w+|al|jugando|entrenando|corriendo|cayendome|bajando|subiendo)\\b)|me (?:hice|he hecho) dano a proposito|me merezco (?:sangrar|sufrir|dolor|el dolor)|(?:quiero|necesito) sentir dolor|no para de sangrar|(?:abrirme|me abri|me abro|me he abierto|me (?:vuelvo|volvi|he vuelto) a abrir) (?:\\w+ )?(?:la piel|las heridas|los cortes|las munecas|los brazos|las venas|las cicatrices)|(?:me )?(?:raj|taj|rasgun|mutil|apunal)(?:e|o|ar|are|aria|arme|andome|ado) (?:\\w+ )?(?:la|las|el|los|mis) ${BODY}|(?:los|mis) cortes (?:\\w+ ){0,3}(?:manga larga|nadie se va a enterar|nadie lo sabe|los tape|los escondo)|me (?:limpie|cure|tape|vende) (?:los|mis) cortes|(?:llen[oa]s|cubiert[oa]s) de cortes|(?:tengo|con) (?:\\w+ )?cortes (?:nuevos|frescos|en (?:el|los|la|las|mis) ${BODY})`,
    },
    {
      id: 'es-autolesion-proposito',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern: `${SELF_HURT} (?:\\w+ ){0,6}?${ON_PURPOSE}|${SELF_HURT} (?:\\w+ ){0,3}?con (?:el |la |un |una |unos |unas |mi |mis |los |las )?${TOOL}|${SELF_HURT} (?:\\w+ ){0,3}?(?:en|contra) (?:el|la|los|las|mi|mis) (?:${BODY}|pared|puerta|suelo|espejo|mesa|piso)|${SELF_HURT} (?:el|la|los|las|mis) ${BODY} (?:con|contra) (?:el|la|un|una) (?:cuchilla|navaja|cuter|cutter|tijeras|mechero|encendedor|cigarro|cigarrillo|compas|cristal|vidrio|pared|cinturon|aguja|hoja de afeitar|sacapuntas|knife|razor)|me (?:queme|quemo|he quemado) (?:\\w+ ){0,3}con (?:el|un|una|la) (?:mechero|encendedor|cigarr\\w+|cerillo|fosforo|plancha a proposito)`,
    },
    {
      id: 'es-recaida',
      category: 'self_harm',
      kind: 'act',
      severity: 'high',
      pattern:
        '(?:se (?:me )?rompio|rompi) (?:mi|la) racha|(?:\\d+|un|una|dos|tres) (?:dias|semanas|meses) (?:limpi[oa]|sin (?:cortarme|autolesion\\w+|hacerme dano)) (?:\\w+ ){0,2}(?:y )?(?:hoy|ayer|anoche) (?:otra vez|volvi|recai|de nuevo)',
    },

    // --- Ingestion, overdose ----------------------------------------------------------------------
    {
      id: 'es-sobredosis',
      category: 'ingestion',
      kind: 'act',
      severity: 'high',
      // Quantity or purpose with a named drug: see the proximity rules es-near-take-* (one drug list, read once).
      pattern: `sobredosis|${TAKE} (?:\\w+ ){0,3}?${QTY}(?: mas)? (?:de )?(?:\\w+ ){0,2}?(?:${POISON}|de (?:las|los) (?:de|para|que))|${TAKE} (?:\\w+ ){0,2}?(?:(?:el|la|un|una) )?(?:\\w+ )?${POISON}|${TAKE} (?:\\w+ ){0,2}?(?:todas|todos) (?:las|los) (?:de|que)|(?:le )?(?:di|pegue|eche|he dado|di) un trago(?: largo)? (?:a|de) (?:la |el )?${POISON}|(?:pastillas|pills) (?:\\w+ ){0,4}(?:en mi estomago|en mi cuerpo)|${TAKE} (?:\\w+ ){0,2}?${QTY} (?:\\w+ ){0,2}?(?:de una|de golpe|de un trago|juntas?|a la vez)|(?:estan|las tengo|los tengo) en mi (?:estomago|cuerpo|sangre)|(?:pills|pastillas)(?: \\w+){0,5} para siempre|(?:esta noche|hoy|ahora|ya|manana) me (?:lo|la|los|las) (?:voy a )?(?:tomo|tomar|bebo|beber|trago|tragar|meto)|empastill\\w+|${TAKE} (?:\\w+ ){0,2}?(?:todo el|toda la|el|la|medio|un|una) (?:frasco|bote|blister|caja|tableta|tubo)(?: enter[oa])?(?= \\||$)|me (?:he )?sobremedic\\w+`,
    },

    // --- Means: seeking, holding, places ----------------------------------------------------------
    {
      id: 'es-medios',
      category: 'means',
      kind: 'act',
      severity: 'high',
      pattern: `(?:veneno|matarratas|raticida) (?:\\w+ ){0,4}(?:no es|no son|no era) para (?:las |los )?(?:ratas|ratones|cucarachas|plagas|hormigas)|(?:ya )?(?:se|elegi|decidi|tengo pensado) (?:desde )?(?:que|cual) (?:puente|edificio|piso|azotea|balcon)|(?:encontre|tengo|consegui|agarre|robe) (?:\\w+ )?(?:la llave|las llaves|la combinacion|el codigo) (?:del|de la) (?:armero|caja fuerte|vitrina de (?:las )?armas)|para que (?:sea|resulte) (?:letal|mortal)|cuant[oa]s? (?:\\w+ ){0,3}(?:son|serian) demasiad[oa]s para (?:un cuerpo|una persona|el cuerpo|morir)|como (?:\\w+ )?(?:ahorcarse|ahorcarme|envenenarse|envenenarme|suicidarse|suicidarme|desangrarse|desangrarme)(?! (?:a|al|alguien)\\b)|(?:cuant[oa]s?|que cantidad de|que dosis de|cual es la dosis de) (?:\\w+ ){0,6}?(?:(?:hace falta|hacen falta|harian falta|haria falta|necesito|necesitaria|se necesita|se necesitan)(?= \\||$| para (?:morir|matar\\w*|no despertar|no volver|no sobrevivir|palmarla|suicid\\w+|acabar|que sea mortal))|me matarian|me mataria|te matarian|matarian a alguien|es mortal|son mortales|es letal|son letales|es suficiente|son suficientes|serian suficientes|seria suficiente|matan|te matan|mata|para (?:morir|matar\\w*|no despertar|no volver a despertar|no sobrevivir|palmarla|suicid\\w+|que sea mortal|acabar|que me mate))|dosis (?:letal|mortal)|${POISON} (?:\\w+ ){0,3}(?:es|son|seria|serian) (?:letal|letales|mortal|mortales)|(?:donde|como) (?:puedo |se puede |podria )?(?:comprar|conseguir|venden|compro|consigo|se compra|se consigue) (?:una |un |el |la )?(?:pistola|arma|cianuro|veneno|pentobarbital|soga|escopeta|revolver)(?! para (?:las |los )?(?:hormigas|cucarachas|plagas|ratas|ratones|moscas|caracoles|topos))|(?:coche|auto|carro|motor) (?:\\w+ ){0,3}(?:encendido|en marcha|prendido) (?:\\w+ ){0,4}(?:garaje|cochera)|estoy (?:en el borde|al borde|en la cornisa|en la barandilla|al otro lado de la barandilla) (?:de |del )(?:la |el )?(?:azotea|puente|edificio|balcon|acantilado|terraza|tejado|vias|ventana)|(?:ahorcarse|colgarse|tirarse|envenenarse|cortarse las venas|suicidarse|matarse|ahorcarme|colgarme|envenenarme) (?:\\w+ ){0,3}(?:o (?:ahorcarse|colgarse|tirarse|envenenarse|pastillas|cortarse)|es mas (?:rapido|facil)|duele|sin dolor)|(?:mas rapido|mas facil|menos doloroso|duele mas|duele menos) (?:\\w+ ){0,2}(?:ahorcarse|colgarse|tirarse|envenenarse|cortarse|suicidarse|matarse|morir)|(?:metodo|forma|manera) (?:mas|menos) (?:doloros[oa]|rapid[oa]|facil|efectiv[oa]|segur[oa])(?= \\||$)|(?:compre|he comprado|consegui|he conseguido|me consegui) (?:una |un |la |el )?(?:pistola|arma de fuego|revolver|escopeta|soga)|todo (?:preparado|listo|planeado) para esta noche|(?:cuant[oa]s?|que cantidad de) (?:\\w+ ){0,6}?(?:se dana el higado|dano (?:irreversible|hepatico)|sin vuelta atras|falla (?:el higado|los rinones))|(?:para|como) no sobrevivir|(?:donde|desde que (?:parte|lado|punto)) (?:\\w+ ){0,3}(?:puente|edificio|balcon|acantilado|azotea) (?:\\w+ ){0,2}(?:mas altura|mas alto)|mirando (?:la|el|las|los) (?:cuerda|soga|pastillas|cuchilla|cuchillas|cuchillo|navaja|pistola|arma|veneno|vias)|(?:pensando en|pienso en|ganas de|quiero|quisiera|pense en|voy a) (?:\\w+ )?(?:tirarme|aventarme|lanzarme|saltar)(?= \\||$)|(?![^|]*(?:paracaidas|parapente|trampolin|puenting|piscina|clavado|bungee))(?:desde |a partir de )?(?:que|cuanta|cual) (?:altura|piso|planta)(?: \\w+){0,8}? (?:morir|muere|mueres|muera|matarse|matarte|matarme|sobrevivir|seguro|mortal|letal|tirarse|tirarme|saltar|caer)|cuantos pisos (?:hacen falta|para|tiene que)|(?:forma|manera|metodo|modo|formas|maneras|metodos) (?:\\w+ ){0,2}?(?:mas |menos )?(?:rapid[oa]s?|facil(?:es)?|indolor[oa]s?|dolorosas?|segur[oa]s?|efectiv[oa]s?|sin dolor|tranquil[oa]s?) (?:\\w+ ){0,2}?(?:de |para )?(?:morir(?:me|se|te)?|matarme|matarse|suicid\\w+|acabar con todo|irse|irme|no despertar|dejar de vivir)|(?:metodos?|formas?|maneras?) (?:de|para) (?:morir|suicid\\w+|matarme|matarse)|(?:como|cual es la forma de) (?:\\w+ )?(?:morir|matarse|matarme|suicidarse|suicidarme) (?:sin dolor|rapido|sin sufrir|sin que duela)|cuanto (?:tiempo )?(?:se tarda|tarda|tardas|tardaria|tarda uno) en (?:morir\\w*|desangrar\\w*|ahogar\\w*)|(?:que pasa|que me pasa|me muero|moriria) si (?:me |te )?(?:tomo|tomas|tomara|mezclo|bebo|trago|pongo|inyecto|tomo|meto) (?:\\w+ ){0,4}?(?:${QTY}|${POISON})|si me (?:tomo|tomara|trago|bebo|meto|inyecto|pongo) (?:\\w+ ){0,5}?(?:seria suficiente|es suficiente|me muero|moriria|me mata|me mataria|no despierto|no despertaria)|mezcl\\w* (?:\\w+ ){0,2}${POISON} (?:con|y) (?:\\w+ ){0,2}${POISON}|${POISON} (?:\\w+ ){0,2}mata rapido|(?:sabes|cual es|donde (?:esta|hay|queda)) (?:\\w+ ){0,2}(?:puente|edificio|azotea|acantilado|mirador|torre) mas alt[oa]|(?:tirarme|aventarme|echarme|lanzarme|arrojarme|botarme|saltar|saltare|saltaria|tirandome|aventandome|me (?:${AUX}){0,3}(?:(?:tir|avent|ech|arroj|bot)(?:o|e|ar|are|aria|ara)|lanzo|lance|lanzar|lanzare|lanzaria)) (?:(?:ya|hoy|manana|mismo|ahora|directamente|esta noche|yo|de una vez) ){0,2}(?:de|del|desde|al|a la|a las|a los|a un|a una|por|bajo|abajo del|abajo de|delante del|delante de|frente al|debajo del|debajo de) (?:\\w+ ){0,2}?${PLACE}|me voy a tirar(?= \\||$)|(?:cuerda|soga) (?:\\w+ ){0,4}(?:para (?:ahorcarme|colgarme)|preparada|lista|en la viga|al cuello|(?:hoy|esta noche|manana|ya) la (?:uso|voy a usar)|de donde colgarla|en el armario|(?:a|en) (?:la|una) (?:viga|barra)|al (?:techo|arbol))|(?:una |la |mi )?(?:pistola|arma|escopeta|revolver) (?:\\w+ ){0,6}(?:en (?:el|la|mi) (?:cajon|mano|cuarto|recamara|habitacion|pieza|almohada|mesa|mesilla|mesita|mesa de noche|buro|armario|ropero|closet|mochila|bolso|coche)|cargada)|(?:tengo|guardo|guarde|escondi|escondo) (?:\\w+ ){0,2}guardad[oa]s (?:\\w+ ){0,2}(?:(?:las |mis |sus )?(?:pastillas|medicinas|medicamentos|pills)|balas|cuchillas|veneno|pistola)|ya tengo (?:${QTY}|\\d+) (?:cajas|blisters?|frascos)|(?:se|ya se) donde (?:esta|estan|guarda|guardan|deja|dejo|tiene|esconde|escondio) (?:\\w+ ){0,2}(?:la llave|las llaves|la pistola|el arma|la escopeta|las balas|el veneno|(?:las |mis |sus )?(?:pastillas|medicinas|medicamentos|pills))|nudo (?:\\w+ ){0,4}(?:no se suelte|corredizo|de horca|aguante mi peso)|(?:brasero|carbon|monoxido) (?:\\w+ ){0,6}(?:bano|cerrad\\w+|encerrad\\w+|encerrar\\w*|sellar\\w*|no te das cuenta|te dormis|te duermes)|(?:cuchilla|navaja|cuchillo|cutter|cuter|hoja de afeitar|knife|razor|tijeras|mechero|encendedor) (?:\\w+ ){0,3}en la mano|me (?:lo|la|los|las) (?:voy a )?(?:tomar|tragar|beber|meter) (?:todas?|todos?|de una vez|de golpe)|(?:me |ya me )?compre (?:una |la )?(?:cuerda|soga|pistola|cuchilla|navaja) (?:para (?:ahorcarme|colgarme|matarme|hacerlo|cortarme))|rope (?:\\w+ ){0,2}(?:esta noche|hoy|ya|lista|preparada)|me hago (?:un|una) rope`,
    },

    {
      id: 'es-medios-pregunta',
      category: 'means',
      kind: 'act',
      severity: 'high',
      // Looking up a method, how long it takes, whether something kills: the writer's question whoever
      // else it names ("alguien sabe si el cloro mata si te lo tomas", "busqué cómo ahorcarse").
      subject: 'self',
      pattern: `(?:busque|buscando|busco|googlee|googleando|investigue|investigando|lei|leyendo|estuve (?:viendo|leyendo|buscando)|he (?:buscado|leido|investigado|estado viendo)|ando (?:viendo|buscando)) (?:\\w+ ){0,3}(?:como|formas? de|maneras? de|metodos? (?:de|para)|cuant[oa]s?) (?:\\w+ ){0,3}(?:ahorcar\\w*|colgar(?:se|me)|suicid\\w+|matar(?:se|me)|morir(?:se|me)?|envenenar\\w*|cortar(?:se|me) las venas|tirar(?:se|me)|sobredosis|dosis letal|no despertar|desangrar\\w*)|cuanto (?:tiempo )?(?:tarda|tardan|tardaria|tarda uno|se tarda) (?:\\w+ ){0,4}en (?:matar\\w*|morir\\w*|desangrar\\w*|ahogar\\w*)|(?:se puede|puede uno|uno se puede|me puedo|te puedes|puedes) morir (?:uno )?(?:con|si|tomando|bebiendo|mezclando)|(?:mata|matan|te mata|me mata|es mortal|es letal|me muero|te mueres|se muere|uno se muere|moriria|moririas) si (?:me |te |uno se |se )?(?:lo |la |los |las )?(?:tomo|tomas|toma|bebo|bebes|bebe|trago|tragas|traga|inyecto|inyectas|mezclo|mezclas)`,
    },

    {
      id: 'es-medios-acceso',
      category: 'means',
      kind: 'act',
      severity: 'high',
      // "se donde esta" is the writer whoever owns the means ("mi papa tiene una pistola y se donde esta la llave").
      subject: 'self',
      // The means named up to ten words before: read backwards from "se donde" (cheap: tried only where "se donde" occurs).
      pattern: `se (?:donde|de donde) (?:esta|estan|lo guarda|la guarda|las guarda|los guarda|guarda|guardan|tiene|deja|dejo|colgarla|colgarlo)(?<=(?:${POISON}|pistola|arma|escopeta|revolver|balas|cuerda|soga|${DRUG_NAME})(?: \\w+){0,10} (?:y )?(?:ya )?se (?:donde|de donde) \\w+(?: \\w+)?)|(?:ya )?se (?:donde|de donde) (?:esta|estan|guarda|guardan|deja|dejo|tiene|esconde|escondio|colgar\\w*) (?:\\w+ ){0,2}(?:la llave|las llaves|la pistola|el arma|la escopeta|las balas|el veneno|la cuerda|(?:las |mis |sus )?(?:pastillas|medicinas|medicamentos|pills))|se de donde colgar(?:la|lo|me)`,
    },

    // --- Intent, plans, farewells ------------------------------------------------------------------
    {
      id: 'es-despedida',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      pattern:
        'cuando (?:leas|leais|lean|leeis|veas|vean) esto|(?:este|esta) es (?:mi|el|la) ultim[oa] (?:mensaje|vez que (?:te|les|os) escribo|carta)|mi ultimo mensaje|adios para siempre|me (?:estoy )?(?:despid\\w+|despedi\\w*) de (?:todos|todo|ustedes|vosotros|ti|mi familia|mi perro|mi gato|la vida)(?= \\||$| para siempre| perdon| gracias por todo| los quiero| os quiero| te quiero| sin que)|me despido(?= \\||$| de todos| para siempre)|despedirme de (?:todos|todo|ustedes|vosotros|la vida|mi familia)|ya no (?:voy a|vamos a) estar(?! (?:en|con|ahi|alli|para|disponible|juntos)\\b)|no voy a estar (?:aqui|mas)(?! (?:en|con|para|el|la)\\b)|(?:no voy a|no pienso|no creo que) llegar (?:viv[oa]|al (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana|ano nuevo|verano)|a (?:navidad|manana|fin de ano|mi cumple|los \\d+))|(?:manana|pronto|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|para entonces|esta noche|despues de hoy) ya no (?:estoy|estare|voy a estar|existo)(?! (?:en|con|aqui en|por|para|de|hasta|disponible|conectad[oa])\\b)|(?:esta noche|a las \\d+|cuando (?:todos|todo el mundo|mis \\w+|ellos|los demas) (?:duerman|se duerman|esten dormidos|se vayan|salgan|no esten)) (?:\\w+ ){0,3}lo (?:hago|hare|voy a hacer)(?= \\||$| ya| de verdad| en serio)|lo (?:hago|hare|voy a hacer) (?:\\w+ ){0,2}(?:esta noche|a las \\d+|cuando (?:todos|ellos|se vayan|duerman))(?= \\||$)|lo (?:hago|voy a hacer) (?:\\w+ ){0,3}ya (?:esta|lo tengo) decidido|ya (?:esta|lo tengo) decidido(?: \\w+){0,3} lo (?:hago|hare)|ya (?:decidi|tengo decidido) (?:como|cuando|el dia|la fecha)|(?:ya )?(?:elegi|escogi|decidi|tengo (?:pensad[oa]|elegid[oa])) (?:el|la) (?:dia|fecha|sitio|lugar|hora|metodo|forma|manera)(?! (?:de|del|para) (?:la|el|mi|las|los|nuestra|nuestro) (?:boda|viaje|vacaciones|examen|mudanza|fiesta|cita|entrevista|cumple\\w*|reunion|comida|cena|curso|evento|boda)\\b)|(?:tengo|ya tengo) un plan (?:para (?:matarme|morir|hacerlo|acabar)|y (?:lo|la) voy a)|(?:carta|cartas|nota|mensaje) de despedida|(?:escribi|deje|tengo escritas|he escrito|hice|ya escribi) (?:las|unas|mis|varias|dos|tres) cartas(?! (?:de (?:presentacion|motivacion|amor|recomendacion)|a los reyes|para los reyes|del trabajo)\\b)|ya no (?:los|las|lo|la|me|te|os|les) (?:voy a|van a|vas a) (?:necesitar|hacer falta)|ya no (?:lo|la|los|las) necesitare|(?:ya )?no (?:os|te|les|los|las|lo|la) (?:voy a|vais a tener que|van a tener que) (?:molestar|aguantar|soportar)(?: (?:nunca )?mas)|(?:despues|a partir) del? (?:\\w+ ){0,2}ya no (?:importa|importara|hara falta|voy a estar|estare)|(?:que|los que|las que|el que|la que|quien|quienes) me (?:encuentre|encuentren)(?! (?:en (?:la|el) (?:estacion|puerta|aeropuerto|bar|parque|salida|entrada|esquina))\\b)|(?:como|que) quiero que sea mi (?:entierro|funeral|velorio|cremacion)|(?:quiero|queria) que (?:sepas|sepan|sepais|alguien supiera|alguien sepa) que (?:no (?:fue|es) culpa de (?:nadie|nadie mas|ustedes|vosotros)|los quiero|te quiero|os quiero)|no (?:es|fue) culpa (?:tuya|de nadie|vuestra|de ustedes) (?:lo que|que) (?:voy a|vaya a|haga|hice|hare)|(?:es|sera|seria) (?:la|el|mi) ultim[oa] (?:noche|dia)(?= \\||$| que| de mi vida| en este mundo| en esta casa)(?! que (?:como|voy a|trabajo|hago|salgo)\\b)|(?:esta noche|hoy|manana) se acaba todo|me voy(?: de verdad)?(?: \\w+){0,2}? para siempre(?! (?:a|de|del|al) \\w)|pero me voy de verdad|voy a (?:hacer|cometer) una (?:locura|tonteria)(?! de)|(?:no pienso|no voy a) llegar(?= \\||$)|(?:esta vez )?(?:no pienso|no voy a) (?:volver|regresar)(?= \\||$)|no me esperen(?: mas)?(?= \\||$)|si (?:manana|el \\w+|pronto|un dia) (?:ya )?no estoy|(?:esta|este) es mi despedida|(?:ya )?(?:regale|he regalado|di|he dado) (?:todas )?mis cosas(?! de)|ya tengo (?:el|la) (?:metodo|fecha|dia|sitio|lugar|forma|hora|manera)(?: (?:elegid[oa]|decidid[oa]|pensad[oa]))?(?= \\||$)|(?:lo tengo (?:todo )?(?:planeado|decidido|pensado)|esta decidido)(?: \\w+){0,3} lo (?:hago|hare|voy a hacer)|(?:deje|escribi|he dejado|he escrito) (?:una |unas |mi |mis )?(?:carta|cartas|nota|notas) (?:\\w+ ){0,4}(?:explicando\\w* (?:todo|por que)|para cuando|para despues|despidiendome)|ya no (?:me )?(?:hacen|hace|haran|hara|van a hacer|va a hacer) falta|(?:deje|he dejado|reparti|he repartido) (?:todas )?mis cosas|(?:decidle|diganle|dile|decile|decirle) a (?:mi|mis) \\w+ que (?:la|lo|los|las) quiero|termino con todo|en paz con (?:la|mi) decision|(?:esta|tengo|ya esta|ya tengo) todo (?:listo|preparado|planeado|organizado) para (?:el |este |esta )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana|manana|hoy|esta noche)(?= \\||$)|(?:hoy|este|esta|manana) es (?:mi|el) ultimo dia(?! (?:de|del|en|con|antes|laboral|habil)\\b)|(?:esta|esta es|sera|es) la ultima vez que (?:hablamos|nos vemos|te escribo|me ves|me oyes|me lees|les escribo)|(?:ya )?no (?:me |os |te |les |los |las )?(?:van|vas|vais|va) a tener que (?:aguantar(?:me)?|soportar(?:me)?|cuidar(?:me)?|preocupar(?:se|te|os)? por mi|lidiar conmigo|cargar conmigo)|lo (?:hago|hare|voy a hacer)(?: \\w+){0,3} (?:ya no hay|no hay) (?:vuelta|marcha) atras|(?:ya no hay|no hay) (?:vuelta|marcha) atras(?: \\w+){0,3} lo (?:hago|hare|voy a hacer)|(?:voy a hacerlo|lo voy a hacer|lo hago|lo hare) (?:\\w+ ){0,2}(?:esta noche|hoy|manana|despues de (?:la cena|comer|clase|que se \\w+)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana))|(?:ya )?tengo (?:el|la) (?:metodo|fecha|dia|sitio|lugar|forma|hora|manera) y (?:el|la) (?:metodo|fecha|dia|sitio|lugar|forma|hora|manera)|no (?:me )?(?:van|vas|vais|va) a (?:encontrar|volver a ver)(?:me)? (?:nunca|jamas)|nunca (?:me )?(?:van|vas|vais) a (?:encontrar|volver a ver)|no (?:llego|llegare|voy a llegar|creo que llegue) (?:viv[oa] )?(?:al|a) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|finde|fin de semana|ano nuevo|navidad|manana|mi cumple\\w*)(?![^|]*(?:dinero|plata|lana|pasta|sueldo|quincena|entrega|examen|trabajo))|(?:cuando|en cuanto|apenas|nomas|ni bien) (?:(?:todos|ellos|mis \\w+|todo el mundo|los demas|mi \\w+) )?(?:se )?(?:duerman|vayan|salgan|esten dormidos|no esten|duerma|vaya|salga|quede sol[oa])(?: todos| todo el mundo| ellos)? (?:\\w+ ){0,2}(?:lo hago|lo hare|lo voy a hacer|me mato|me tomo (?:todo|todas|todos|las pastillas)|me (?:tiro|aviento|lanzo|cuelgo|ahorco|corto))|(?:lo hago|lo hare|lo voy a hacer|me mato|me tomo (?:todo|todas|todos|las pastillas)|me (?:tiro|aviento|lanzo|cuelgo|ahorco|corto)) (?:\\w+ ){0,2}(?:cuando|en cuanto|apenas|nomas|ni bien) (?:(?:todos|ellos|mis \\w+|todo el mundo|los demas|mi \\w+) )?(?:se )?(?:duerman|vayan|salgan|esten dormidos|no esten|duerma|vaya|salga|quede sol[oa])(?: todos| todo el mundo| ellos)?|(?:meterme|me (?:\\w+ ){0,2}meter|me meto|adentrarme|caminar|entrar|irme) (?:\\w+ ){0,2}(?:al|en el|a la|en la) (?:mar|rio|lago|agua|monte|bosque) (?:\\w+ ){0,2}(?:y )?(?:ya )?no (?:voy a |pienso |vuelvo a |quiero )?(?:volver|regresar|salir)|nadie me va a (?:detener|parar|convencer)',
    },

    {
      id: 'es-despedida-yo',
      category: 'intent_plan',
      kind: 'act',
      severity: 'high',
      // First person by the verb ("voy", "estoy", "me he ido"): the writer, whoever else the message names.
      subject: 'self',
      pattern:
        'ya no (?:voy a|vamos a) estar(?! (?:en|con|ahi|alli|para|disponible|juntos)\\b)|no voy a estar (?:aqui|mas)(?! (?:en|con|para|el|la)\\b)|(?:manana|pronto|para entonces|esta noche|despues de hoy)(?: a esta hora| por la noche| temprano)? ya no (?:estoy|estare|voy a estar|existo|existire)(?! (?:en|con|aqui en|por|para|de|hasta|disponible|conectad[oa])\\b)|cuando no (?:este|estemos)(?= \\||$)|cuando (?:yo )?ya no (?:este|estemos)(?= \\||$| aqui| con (?:ustedes|vosotros|ellos|mi familia))|cuando yo no (?:este|estemos)(?= \\||$| aqui| con (?:ustedes|vosotros|ellos|mi familia))|si (?:manana|pronto|un dia) (?:ya )?no estoy|no me (?:esperen|espereis|busqueis|busquen|busques)(?= \\||$| mas| ya| por favor)|(?:ya )?me (?:he ido|fui) para siempre|perdon(?:adme|ame|enme|a|en)? por lo que (?:voy a hacer|estoy a punto de hacer|hare)|(?:he decidido|decidi|tengo decidido|tengo pensado|ya se) como (?:lo voy a hacer|hacerlo|me voy a matar)(?= \\||$| y)',
    },

    // --- Someone else, not the writer: always low -------------------------------------------------
    {
      id: 'es-terceros-actos',
      category: 'active_ideation',
      kind: 'thought',
      severity: 'medium',
      subject: 'other',
      pattern:
        'se (?:\\w+ ){0,2}?(?:suicid\\w+|quit[oa] la vida|quitaba la vida|mato|mata|matan|mataron|tiro|tira|tiraron|corto|corta|cortaba|cortan|autolesion\\w*|lastima|ahorco|colgo|tomo (?:\\w+ ){0,3}(?:pastillas|caja|frasco)|hizo dano|hace dano|quiere (?:morir|matar|suicidar|ir de este mundo)|queria morir)|(?:intento|quiso|quiere|queria|trato de|piensa en|pensaba en|dice que (?:se )?quiere) (?:\\w+ )?(?:matarse|suicidarse|quitarse la vida|morirse|cortarse|ahorcarse|tirarse|morir)|(?:sus|su) (?:intento|intentos) de suicidio',
    },
  ],
  concepts: {
    death: `morir(?:me|se)?|muero|muriera|muera|muerte|muert[oa]|suicid\\w*|matarme|quitarme la vida|no despertar\\w*|no amanecer|no existir|desaparecer(?: del mapa| para siempre| de este mundo)?(?! (?:un|una|unos|unas|el|este|esta|de|del|por|a|al|en|con|hasta)\\b)|irme de este mundo|irme para siempre|acabar con (?:todo|mi vida)|dejar de (?:vivir|existir|estar)|descansar para siempre|la otra vida|el mas alla|tumba|funeral|velorio|entierro|dormir para siempre|palmarla|la palm(?:e|o|ara|are|aria|ase)|petatear\\w*|estirar la pata|criar malvas|el otro barrio|colgar los tenis|no haber nacido|no estar aqui|no estar viv[oa]|enfermedad (?:terminal|grave|incurable)|un accidente|se apague para siempre|no volver|apagarme|hasta morir(?:me)?|(?:ir|irme) (?:\\w+ ){0,5}al cielo|(?:con|donde esta) (?:mi|mis) \\w+ (?:que (?:murio|murieron|fallecio)|en el cielo)|dormir(?:me)? para siempre|reunirme con (?:\\w+ ){0,3}(?:en el cielo|al otro lado)`,
    desire: `no veo el momento de|estoy deseando|quiero|quisiera|queria|kiero|qiero|deseo|desearia|ojala|ganas|pienso en|pensando en|necesito|me gustaria|seria (?:un alivio|mejor|mas facil)|alivio|prefiero|preferiria|listo para|lista para|en paz|suen[oa] con|imagino|me tienta|tentad[oa]|envidia|envidio|pido|rezo|me da paz|lo estoy esperando|esperando`,
    intent: `esta noche|manana|hoy mismo|este finde|ya lo decidi|lo tengo decidido|decidido|planeado|por fin|de una vez`,
    act: `matarme|morirme|suicid(?:arme|io)|cortarme|tirarme|aventarme|ahorcarme|colgarme|tomar(?:me)? todas|acabar con todo|quitarme la vida`,
    harm: `cort(?:e|es|arme|andome)|cortes|sangr\\w+|cuchilla|cuchillas|navaja|hoja de afeitar|sacapuntas|cicatrices|heridas|autolesion\\w*|quemaduras|knife|blood|razor|cutter|cuter`,
    harmAct: `otra vez|de nuevo|anoche|esta noche|volvi|recai\\w*|mas hondo|mas profundo|ganas|necesito|me castigue|castigarme|en el brazo|en los brazos|en la muneca|en las munecas|en el muslo|en los muslos|en las piernas|en la pierna|no aguante|no pude|en la mano|a proposito`,
    means: `${DRUG_NAME}|${POISON}|cuerda|soga|pistola|arma|escopeta|revolver|balas|puente|azotea|balcon|via del tren|vias del tren|acantilado|cuchillo|cuchilla|navaja|rope|gun|knife|pills`,
    meansAction: `escondid[oa]s?|guardad[oa]s?|he guardado|guardado|juntado|escondido|acumulado|ahorrado|juntad[oa]s|agarrando|guardando|ahorrando|conte|he contado|cuento|tengo (?:mas de )?(?:[2-9]\\d|\\d{3}|cien|cincuenta|cuarenta|treinta)|en el bolsillo|lo estoy mirando|guardad[oa]s|juntando|junte|acumulando|apartando|escondid[oa]s|escondiendo|suficientes|letal|mortal|al lado de (?:la cama|mi)|en la mano|preparad[oa]s?|contando|de golpe|para no despertar|para matarme|para hacerlo|por si acaso|lo estoy mirando|las estoy mirando|mirandol[oa]s?|me animo|esta noche|no dejo de (?:verl\\w*|mirarl\\w*|pensar en (?:ell[oa]s?|usarl\\w*))|para cuando (?:me decida|lo haga|llegue el momento|me anime|no pueda mas)|para el dia (?:que|en que)|abiert[oa]s?|destapad[oa]s?|junto|acumulo|escondo`,
    place: `estoy (?:en|arriba de|encima de|sentad[oa] en|subid[oa] a) (?:la|el|lo alto de la|lo alto del) (?:azotea|cornisa|borde|barandilla|puente|vias|tejado|techo|acantilado|ultimo piso|balcon)|puente|azotea|cornisa|borde|barandilla|vias|via del tren|acantilado|terraza|ultimo piso|balcon|tejado|techo`,
    gaze: `son \\d+ pisos|\\d+ pisos de altura|mirando (?:abajo|hacia abajo|los coches|el agua|el vacio|al vacio|las vias|el rio|el mar|los trenes|pasar)|pensando en (?:saltar|tirarme)`,
    hopeless: `sin sentido|no tiene sentido|no hay razon|no hay motivo|inutil|sin esperanza|una carga|rendirme|me rindo|no puedo mas|no aguanto|cansad[oa] de|hart[oa] de|no vale la pena|nada que`,
    life: `vivir|bibir|viviendo|la vida|esta vida|mi vida|existir|seguir viv[oa]|estar aqui|futuro|despertar|respirar|este mundo`,
    farewell: `no me esperen|adios|chau|chao|me despido|despedirme|me despedi|ultimo mensaje|perdon por todo|cuiden a|cuida a|cuidad a|cuidate mucho|hasta siempre`,
    farewellCue: `hoy termino|termino con|acabo con|hoy es el dia|se acaba|se acabo|no es culpa de nadie|para siempre|a todos|esta noche|ya no|cuando leas|gracias por todo|los quiero|te quiero|no es tu culpa|no fue culpa de nadie|fuiste (?:de las|la|el|lo)|perdon por todo|cuida(?:d)? a`,
    affairs: `claves|claves del banco|contrasenas|escrituras|testamento|papeles del seguro|seguro de vida|mis cuentas|quien se (?:queda|quede) con`,
    affairsCue: `por si acaso|ya esta todo|deje todo|dejo todo|en orden|ordenad[oa]s?|tienen que saber|cuando (?:yo )?no|no le falte nada|para que no`,
    condDeath: `si me (?:da|diera|agarra|agarrara|pega|pegara) (?:un |una )?(?:cancer|algo|infarto|enfermedad|covid)|si (?:yo )?(?:manana )?(?:me |no me )?(?:muero|muriera|moriria|estrellara|estrello|chocara|choco|atropellaran|atropellara|despertara|despierto|diera algo|diera un infarto|pasara algo|desapareciera|desaparezco|matara|cayera|caigo)`,
    consequence: `se acabaria todo|se acaba todo|se acabaria (?:esta|este|la|el|mi) \\w+|(?:seria|es) (?:lo )?mejor|seria un alivio|un alivio|me daria (?:gusto|paz|igual)|no pasa nada|tampoco pasa nada|nadie|al menos|por lo menos|mejor para todos|descansaria|descanso|no me parece tan mala`,
    ingested: `(?:me )?(?:tome|trague|meti|bebi|acabe)(?: \\w+){0,3} ${DRUG_NAME}`,
    ingestCue: `no voy a decir cuant[oa]s|que alguien lo supiera|no (?:llames|le digas|se lo digas|avises|digas nada)|ya esta hecho|no hay vuelta atras|solo queda esperar|me da igual|demasiad[oa]s|mareado|mareada|no siento`,
    selfHurt: `me castigue|castigarme|me castigo|me lastime|me hice dano|me di (?:golpes|con)`,
    tool: `cuchilla|cuchillas|navaja|cuchillo|cuter|cutter|tijeras|mechero|encendedor|cinturon|knife|razor|sacapuntas|vidrio|cristal roto`,
    drug: `${DRUG_NAME}`,
    take: TAKEN,
    takeQty: `${TAKE} (?:\\w+ ){0,3}?${QTY}|(?:ya )?(?:van|llevo|voy por|voy en|ya son) (?:la |el )?${QTY}`,
    amount: QTY,
    ingestPurpose: `de golpe|de una|de un trago|juntas|enteras?|todas|todos|a la vez|a proposito|para no despertar|de a (?:uno|una|dos)|un[oa] (?:tras|detras de) otr[oa]|voy por (?:el |la )?\\d+|no (?:llames|le digas|se lo digas|avises|digas nada)|ya esta hecho|no hay vuelta atras|de mi (?:padre|madre|mama|papa|abuel[oa]|abuelita|vieja|viejo|herman[oa]|pareja|novi[oa]|marido|mujer)`,
    alcohol: ALCOHOL,
    doneCue: `ya esta hecho|no hay vuelta atras|solo queda esperar|no llames a nadie|no le digas a nadie`,
    relapse: `recai\\w*|volvi a (?:hacerlo|caer)|otra vez|de nuevo`,
    streak: `dias limpi[oa]|semanas limpi[oa]|meses limpi[oa]|sin cortarme|sin autolesion\\w+|sin hacerme dano|racha`,
  },
  proximity: [
    { id: 'es-near-desire-death', category: 'passive_ideation', kind: 'thought', severity: 'medium', near: ['death', 'desire'], within: 5 },
    { id: 'es-near-intent-act', category: 'intent_plan', kind: 'act', severity: 'high', near: ['act', 'intent'], within: 4 },
    { id: 'es-near-harm', category: 'self_harm', kind: 'act', severity: 'high', near: ['harm', 'harmAct'], within: 6 },
    { id: 'es-near-means', category: 'means', kind: 'act', severity: 'high', near: ['means', 'meansAction'], within: 7 },
    { id: 'es-near-place', category: 'means', kind: 'act', severity: 'high', near: ['place', 'gaze'], within: 8, acrossSentences: true },
    { id: 'es-near-take-qty-drug', category: 'ingestion', kind: 'act', severity: 'high', near: ['takeQty', 'drug'], within: 4 },
    { id: 'es-near-drug-amount-taken', category: 'ingestion', kind: 'act', severity: 'high', near: ['drug', 'amount', 'take'], within: 6 },
    { id: 'es-near-take-drug-purpose', category: 'ingestion', kind: 'act', severity: 'high', near: ['take', 'drug', 'ingestPurpose'], within: 7 },
    { id: 'es-near-take-drug-alcohol', category: 'ingestion', kind: 'act', severity: 'high', near: ['take', 'drug', 'alcohol'], within: 8 },
    { id: 'es-near-drug-done', category: 'ingestion', kind: 'act', severity: 'high', near: ['doneCue', 'drug'], within: 10, acrossSentences: true },
    { id: 'es-near-if-i-died', category: 'passive_ideation', kind: 'thought', severity: 'medium', near: ['condDeath', 'consequence'], within: 12 },
    { id: 'es-near-ingested', category: 'ingestion', kind: 'act', severity: 'high', near: ['ingested', 'ingestCue'], within: 8, acrossSentences: true },
    { id: 'es-near-hurt-tool', category: 'self_harm', kind: 'act', severity: 'high', near: ['selfHurt', 'tool'], within: 6, acrossSentences: true },
    { id: 'es-near-hopeless-life', category: 'hopelessness', kind: 'thought', severity: 'medium', near: ['hopeless', 'life'], within: 5 },
    { id: 'es-near-farewell', category: 'intent_plan', kind: 'act', severity: 'high', near: ['farewell', 'farewellCue'], within: 8, acrossSentences: true },
    { id: 'es-near-affairs', category: 'intent_plan', kind: 'act', severity: 'high', near: ['affairs', 'affairsCue'], within: 15, acrossSentences: true },
    { id: 'es-near-relapse', category: 'self_harm', kind: 'act', severity: 'high', near: ['relapse', 'streak'], within: 6, acrossSentences: true },
  ],
  combinations: [],
  safeContexts: [
    { id: 'es-algo-me-mato', pattern: `(?:examen|meme|video|chiste|clase|entrenamiento|trabajo|calor|frio|partido|jefe|jefa|profe|serie|capitulo|gimnasio|gym) (?:\\w+ ){0,2}me mato(?! (?:a mi|a mí)\\b)` },
    // Games, memes, kitchen accidents and similes: "me mató un niño de 12 años en el fortnite",
    // "mátame camión", "me corté cortando cebolla", "se tira del sofá como un suicida".
    { id: 'es-juego-me-mato', pattern: `me (?:mato|mataron|matan|han matado) (?:\\w+ ){0,5}(?:en|jugando(?: al?)?) (?:el |la |al )?(?:fortnite|minecraft|cod|call of duty|fifa|valorant|free ?fire|roblox|lol|warzone|apex|juego|partida|server|servidor|videojuego)` },
    { id: 'es-matame-camion', pattern: `matar?me camion` },
    // Stock hyperbole and everyday words: "me corto las venas con una galletita de agua / una hoja de
    // lechuga", maple syrup, dead inside after a day of training, "si me ves con crocs, mátame".
    { id: 'es-venas-con-galletitas', pattern: `(?:me )?(?:corto|cortaria|voy a cortar|cortarme|cortar) las venas con (?:una |un |unas |unos )?(?:galletitas?|galletas?|hojas? de lechuga|lechuga|cucharas?|cucharitas?|papel|fideos?|espaguetis?|tallarines|chupetin\\w*|gomitas?|pan|tortillas?|queso|manteca|mantequilla|flan|gelatina|algodon)(?: de agua)?` },
    { id: 'es-jarabe-de-comida', pattern: `jarabe de (?:arce|maple|agave|chocolate|fresa|frutilla|maiz|glucosa|caramelo|granadina|menta|goma)` },
    { id: 'es-muerto-por-dentro-tras', pattern: `(?:(?:estoy|estaba|me siento|ando|quede|termine|acabe) )?muert[oa]s? (?:por dentro|en vida) (?:despues de|tras|luego de|de tanto|por culpa de|con) (?:\\w+ ){0,4}(?:horas?|reunion(?:es)?|clases?|capacitacion|curso|examen(?:es)?|turno|trabajo|oficina|tarea|fiesta|resaca|viaje|entrenamiento|gym|gimnasio|zoom|llamadas?)` },
    { id: 'es-si-me-ves-matame', pattern: `si (?:alguna vez |algun dia |un dia )?(?:me (?:ves|vez|ven|veis|pillas|pillan|escuchas|oyes|encuentras|encuentran|compro|pongo)) [^|]{0,50}(?:matame|matarme|matenme|pegame un tiro|peguenme un tiro|disparame|disparenme)|(?:matame|matarme|matenme|pegame un tiro|peguenme un tiro|disparame|disparenme) si (?:alguna vez |algun dia |un dia )?(?:me (?:ves|vez|ven|veis|pillas|pillan|escuchas|oyes|compro|pongo))` },
    { id: 'es-corte-cocinando', pattern: `me (?:corte|queme) (?!(?:\\w+ ){0,8}(?:a proposito|adrede|queriendo|aposta|intencional\\w*|no fue (?:un )?accidente|venas?|munecas?|brazos?|piernas?|muslos?)\\b)(?:\\w+ ){0,5}(?:cortando|picando|pelando|rebanando|cocinando|abriendo (?:las |una |un |el |la |unas |unos )?(?:cajas?|latas?|paquetes?|sobres?|botes?|frascos?|bolsas?)|desempacando|afeitandome|rasurandome|planchando|arreglando|con el cuchillo de (?:la )?cocina|con (?:una|la) lata)(?: \\w+){0,2}` },
    { id: 'es-como-un-suicida', pattern: `como (?:si fuera |si fueras |un |una )+suicida` },
    // Idioms and everyday hyperbole found by the dev8–dev10 and benign8–9 writers, by family.
    { id: 'es-soga-al-cuello', pattern: `(?:con )?la soga al cuello` },
    { id: 'es-matarse-a-algo', pattern: `matando(?:me|nos|te|se) (?:a|de) \\w+(?:ar|er|ir)\\b` },
    { id: 'es-accidente-bici', pattern: `me mate (?:en|con) (?:la |el |mi )?(?:bici|bicicleta|moto|patinete|patineta|skate|monopatin|escalera|escaleras)` },
    {
      // A farewell to a thing or a company: "chau para siempre, Movistar", "despedirme de mi Nokia".
      id: 'es-adios-cosas',
      pattern: `(?:adios|chau|chao|bye) (?:para siempre|por siempre)[^|]{0,3}(?:\\| )?(?:\\w+ ){0,2}(?:movistar|telefonica|claro|vodafone|netflix|tarjeta|nokia|movil|celular|telefono|compania|gimnasio|gym|trabajo|oficina|piso|depa|departamento|coche|carro)|(?:despedirme|me despedi|me despido) (?:para siempre )?de (?:mi |el |la )?(?:nokia|movil|celular|telefono|coche|carro|piso|depa|tarjeta)`,
    },
    // Anything "es un suicidio" (madness), never the one way out ("mi única salida es un suicidio").
    { id: 'es-es-un-suicidio', pattern: `(?<!(?:salida|opcion|solucion|camino|queda|mejor|unica|unico|pienso|quiero|planeo|decidi)(?: \\w+)? )(?:es|fue|era|seria|sera) (?:un|todo un) (?:verdadero |autentico |puro |total )?suicidio(?! (?:y |lo |la )?(?:voy|lo voy|quiero|hare|planeo|pienso))|(?:es|fue) el suicidio (?:mas|menos) \\w+` },
    { id: 'es-suicidio-figurado', pattern: `(?:examen|prueba|plan|idea|trafico|horario|partido|ruta|eso|esto) (?:\\w+ )?(?:fue|es|era|seria|sera) (?:un |una |el )?(?:verdadero |autentico |puro |total )?suicidio|suicidio (?:politico|social|academico|laboral|digital|electoral|financiero)` },
    { id: 'es-ex-me-corto', pattern: `(?:ex|novi[oa]|pareja|chic[oa]|morr[oa]|pibe|piba|jev[oa]|gf|bf) (?:\\w+ ){0,2}me corto(?! (?:las venas|los brazos|el brazo|las munecas|la piel))` },
    { id: 'es-cada-vez-que', pattern: `(?:tirarme|aventarme|lanzarme) por la ventana cada vez que (?:el|la|los|las|mi|mis) (?:vecin\\w*|jefe|jefa|profe\\w*|suegr\\w*|radio|cancion|musica|alarma|taladro|perro|grupo|chat)[^|]{0,60}` },
    { id: 'es-soga-para-algo', pattern: `(?:(?:ya )?(?:compre|tengo|consegui|traje|busque|encontre|saque) (?:la |una |unas |las |el |un )?)?(?:soga|cuerda|cuerdas) (?:\\w+ ){0,2}para (?:el |la |un |una |los |las )?(?:columpio|hamaca|tendedero|ropa|escalada|escalar|barco|velero|tienda|carpa|mudanza|perro)` },
    // A farewell to a thing, a tooth or a place: "adiós para siempre a las muelas del juicio".
    { id: 'es-adios-a-cosas', pattern: `adios (?:para siempre |por siempre )?a (?:las? |los? |mis? |mi |este |esta )?(?:muelas del juicio|muela|amigdalas|brackets|frenos|yeso|puntos|pelo|barba|flequillo|piso|depa|departamento|casa|trabajo|oficina|gimnasio|gym|celular|movil|coche|carro|auto|uni|universidad|colegio|escuela|dieta|azucar|cafe)(?! (?:y a (?:todos|todas|ustedes|mi familia)|familia|mundo|vida))` },
    {
      // Waking or getting up at an hour: "no quiero despertarme temprano mañana", "madrugar para ir al curro".
      id: 'es-despertar-hora',
      pattern: `(?:despertar(?:me|se|te)?|levantar(?:me|se|te)|madrugar) (?:tan |muy |mas |bien )?(?:temprano|pronto|a las \\d+|de madrugada|para (?:ir|trabajar|clase|el trabajo|la escuela|la uni|el curro|la chamba))`,
    },
    {
      // Money or time running out: "no llego al lunes con la plata que me queda", "no llego a fin de mes".
      id: 'es-no-llego-dinero',
      pattern: `no (?:llego|llegamos|voy a llegar|vamos a llegar|llegare|llegaria) (?:a |al |hasta )(?:fin de mes|(?:\\w+ ){0,3}(?:con|sin) (?:la |el |mi |lo |tanta |tan poca )?(?:plata|dinero|lana|pasta|sueldo|guita|feria|quincena|aguinaldo|paga|que me queda|que queda))`,
    },
    {
      // A dose asked for a named ailment or person: "¿cuánto paracetamol le doy para la fiebre?".
      id: 'es-dosis-medica',
      pattern: `(?:cuant[oa]s?|que dosis|cada cuanto|se puede|puedo)[^|]{0,60}? (?:para|pa|contra) (?:(?:la|el|mi|una|un|los|las|bajar|quitar|quitarme|calmar) )*(?:fiebre|dolor\\w*|cabeza|muelas?|regla|gripe|resfriado|migranas?|tos|alergias?|garganta|nin[oa]|hij[oa]|bebe|cole|espalda)`,
    },
    {
      id: 'es-figurado',
      pattern: [
        // morir(se) de / por algo: risa, ganas, hambre, verguenza, "por un cafe", "por verte"…
        `(?:me |nos |te )?(?:muero|mori|moria|morire|moriria|voy a morir|vamos a morir|quiero morir|queria morir|estoy muriendo|estaba muriendo|muera|muriera|morir|morirme|casi me muero|casi me mori) (?:de|del|por) (?!(?:una vez|verdad|tristeza|dolor|sobredosis|cancer|pena de amor)\\b)(?:la |el |un |una )?\\w+`,
        `muert[oa]s? de (?:risa|cansancio|hambre|sueno|frio|calor|miedo|verguenza|aburrimiento|envidia|sed|ganas|asco|susto|celos)`,
        `(?:ando|estoy|quede|llegue|acabe|termine|voy|estaba) (?:\\w+ )?muert[oa]s?(?! (?:por dentro|en vida|de (?:pena|tristeza))\\b)`,
        `(?:hasta|a) (?:la )?muerte|hasta que la muerte|morir en el intento|(?:me )?(?:pegue|pego|pegar|pegarme|di|doy|dar) un tiro en el pie|de muerte|(?:es|fue|estuvo|esta|era|sera) mortal|meme (?:es )?mortal`,
        // matar(se) figurado: "me mato a estudiar", "mi jefe me va a matar", "ese chiste me mato"
        `me (?:mato|mate|matare|voy a matar|estoy matando|mataba) (?:a |estudiando|trabajando|haciendo|en el gym|en el gimnasio|entrenando|corriendo|cocinando|limpiando|bailando|cargando|escribiendo|leyendo|preparando|organizando|pintando|arreglando|ordenando|lavando|planchando|practicando|repasando)\\w*(?![^|]{0,50}(?:vias|tren|puente|azotea|techo|edificio|pastill\\w*|cuchill\\w*|navaja|soga|pistola|balcon|ventana|rio|mar|veneno|carro|auto|coche))`,
        `matarme (?:a(?! (?:cada|veces|diario|todas|toda|menudo|solas|la (?:noche|manana|madrugada))\\b)|estudiando|trabajando|entrenando) \\w+`,
        `(?:el|la|los|las|ese|esa|este|esta|esos|esas|eso|esto|lo|tu|su|mi|mis|tus) (?:(?!(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|finde|fin|ano|mes|proximo|otro|noche|manana|semana|hoy|ahora|ya|temprano|tarde|madrugada|luego|pronto|y|e|ahi|alli|entonces|despues|si|asi|pues|cuando|porque|pero)\\b)\\w+ ){0,5}(?:me|nos) (?:mato|mataron|mata|matan|esta matando|estan matando|va a matar|van a matar|mataria|ha matado)`,
        `me (?:mata|matan|esta matando|estan matando) (?:el|la|los|las|de) \\w+`,
        `(?:me|nos) (?:va|van) a matar|mataria por|voy a matar a (?:mi|mis|el|la|ese|esa|este|esta|tu|su)`,
        `(?:bateria|movil|celular|telefono|planta|plantas|portatil|compu|computadora|ordenador|coche|auto|carro|moto|fiesta|conversacion|tomates|impresora|tele|wifi|cargador) (?:\\w+ ){0,3}(?:murio|murieron|muerto|muerta|se murio|se me murio|esta muert[oa])|se me (?:murio|murieron) (?:la|el|los|las|otra|mi)`,
        `casi me (?:mato|mata|matan|muero|mori)|por poco me (?:mato|muero)|(?:me lance|lanzarme|me voy a lanzar|me tire|tirarme|saltar|salte|di el salto) al vacio (?:y|con|a|de|para|por)`,
        // Hyperbole about a trivial condition: "me tiro por la ventana si me vuelven a…", "si tengo que escuchar otra vez… me pego un tiro".
        // …never where the condition is being left, hit, failing or life itself ("me mato si me deja").
        `(?:me (?:tiro|pego un tiro|mato|corto las venas|muero)) (?:\\w+ ){0,4}si (?!(?:\\w+ ){0,5}(?:dej\\w*|pega\\w*|peg\\w*|golpe\\w*|lastim\\w*|abandon\\w*|repruebo|reprobar\\w*|repruebe|suspend\\w*|vida|vivir|nadie|viol\\w*|toca(?:n)? (?:otra vez|de nuevo)? ?(?:a mi|mi cuerpo))(?![\\p{L}\\p{N}]))(?:me |tengo que |vuelve|vuelven|otra vez|alguien|\\w+ (?:otra vez|de nuevo))\\w*|si (?!(?:\\w+ ){0,5}(?:dej\\w*|pega\\w*|peg\\w*|golpe\\w*|lastim\\w*|abandon\\w*|repruebo|reprobar\\w*|repruebe|suspend\\w*|vida|vivir|nadie|viol\\w*|toca(?:n)? (?:otra vez|de nuevo)? ?(?:a mi|mi cuerpo))(?![\\p{L}\\p{N}]))(?:tengo que|me vuelven a|vuelve a|vuelven a|me hacen|me toca) (?:\\w+ ){0,8}me (?:pego un tiro|mato|tiro por la ventana|corto las venas)`,
        `estoy que (?:me )?(?:tiro|muero|mato|exploto|trino|reviento|subo)(?: \\w+){0,5}`,
        `me (?:(?:voy a|quiero) )?(?:tiro por la ventana|pego un tiro|mato|matar|corto las venas|ahorco|ahorcar|cuelgo|colgar|suicido|suicidar) (?:\\w+ ){0,2}(?:con|de|por) (?:este|esta|estos|estas|tanto|tanta|tantos|tantas) (?!${DRUG_NAME}|cuchillas?|navaja|cuerda|soga|pistola|arma)\\w+`,
        `me \\w+ (?:\\w+ ){0,8}?(?:sin querer|por accidente|sin darme cuenta)`,
        // Embarrassment and laughter: "qué oso, me quería morir ahí mismo", "me voy a matar de la risa".
        `me (?:queria|quise) morir (?:\\w+ ){0,2}(?:ahi mismo|alli mismo|en ese (?:momento|instante)|ahi|de (?:la )?verguenza)|me (?:queria|quise) morir (?:cuando|al) [^|]{0,80}(?:que oso|que verguenza|que pena|que corte|trag\\w+ la tierra)|(?:que oso|que verguenza|que pena|que corte|(?:me )?trag\\w+ la tierra)(?: \\w+){0,4} me (?:queria|quise|quiero) morir`,
        `me (?:\\w+ ){0,3}?mat\\w* (?:de|del) (?:la |un |una )?(?:risa|hambre|sed|pena|verguenza|cansancio|aburrimiento|susto|frio|calor|ganas|gusto|amor|disgusto|infarto|nervios|celos)`,
        `(?:cuchillas?|navajas?|hojas?) (?:\\w+ ){0,3}(?:de|para) (?:afeitar\\w*|rasurar\\w*|depilar\\w*|la maquinilla|el cuter|la rasuradora|cocina)`,
        // cortar(se) figurado y accidentes
        `me (?:corte|he cortado|queme|he quemado|golpee|di un golpe) (?:\\w+ ){0,5}?(?:sin querer|por accidente|en el trabajo|en la cocina|cocinando|trabajando|jugando|entrenando|afeitandome|pelando|picando)`,
        `me (?:corte|corto|he cortado|cortare) (?:el|la|las|los|un|mi|mis) (?:flequillo|pelo|coleta|cabello|unas|barba|puntas|melena|dedo|rollo)`,
        `me (?:corte|he cortado) (?:\\w+ ){0,2}(?:con (?:un|una|el|la) (?:papel|folio|hoja de papel|lata|cristal|vaso|abrelatas|cuchillo (?:de|del) (?:pan|jamon|cocina))|cocinando|pelando|picando|afeitandome|sin querer)`,
        `cortarme (?:el|la|las|los) (?:pelo|puntas|flequillo|unas|barba|coleta)|(?:me )?corto (?:un|el) brazo (?:antes|a que)|me corto la coleta|me corto el rollo|corte con (?:el|la|mi)|cortamos|cortar (?:el|la|las|los|con)`,
        // otras expresiones
        `me ahogo en un vaso de agua|me estoy ahogando en|asesin[oa] de (?:plantas|potus)|(?:calor|trafico|examen) (?:es )?asesin[oa]|fue suicida|(?:adelantamiento|conductor|mision|maniobra|atentado|escuadron|comando) suicida|un suicida al volante|suicidal tendencies|suicide squad|suicideboys`,
        `(?:tirarme|me tire|me tiro|me lance|lanzarme|saltar|salte) (?:de cabeza|de bomba|a nadar|a banarme)(?: \\w+){0,2}|me quede frit[oa]|me tire (?:en|al|a|de) (?:el |la )?(?:sofa|cama|suelo|piscina|cabeza)|tirarme (?:en|a) (?:el |la )?(?:sofa|cama|piscina)|me tiro de los pelos|desaparecer (?:del|de la|de las|de los) (?:grupo|reunion|fiesta|cena|redes|oficina|chat|trabajo|whatsapp)|desaparecer de (?:las redes|whatsapp|instagram)`,
        `voy a explotar|me da un infarto|casi me da un infarto|me dejo muert[oa]|me colgo (?:el telefono)?|(?:para|pa) pegarse un tiro|(?:con|de) (?:este|esta|ese|esa|tanto|tanta) \\w+ (?:me )?(?:voy a pegar|pego) un tiro|me desvivo por|sobredosis de (?!${DRUG_NAME}|heroina|cocaina|droga)\\w+|hasta la madre de (?!vivir|la vida|todo\\b)\\w+`,
        // dosis y rutinas de medicación, cuerdas de tender
        `${TAKE} (?:\\w+ ){0,5}(?:al dia|por dia|diarias|cada (?:\\w+ )?horas|con (?:la|las) comidas?|en ayunas|en el desayuno)`,
        `cuant[oa]s? (?:\\w+ ){0,6}(?:al dia|por dia|diari[oa]s?|cada \\w+ horas|me puedo tomar|puedo tomar|se puede tomar|tengo que tomar|debo tomar)(?![^|]*(?:mortal|letal|morir|matar|no despertar|sobredosis))`,
        `(?:cuerda|soga) (?:\\w+ ){0,2}para (?:tender|la ropa|colgar la ropa|saltar|escalar|el camping|la tienda|atar|amarrar|la mudanza)`,
      ].join('|'),
    },
  ],
  thirdPartyContexts: [
    {
      // A call-out at work: "soy paramédico y hoy tuvimos una sobredosis", "atendimos un intento de suicidio".
      id: 'es-aviso-trabajo',
      pattern: `(?:tuvimos|atendimos|atendi|nos llego|nos llamaron por|aviso por|llamada por|guardia con) (?:una?|otra|otro) (?:sobredosis|intento de suicidio|suicidio|intoxicacion)|(?:una?|otra) (?:llamada|aviso|salida) por (?:una? )?(?:sobredosis|intento de suicidio|suicidio)`,
    },
    {
      id: 'es-terceros',
      pattern:
        '(?:murio|muere|mueren|fallecio|se quito la vida) (?:por|de) (?:suicidio|sobredosis)|(?:(?:prevencion|tasa|tasas|estadisticas|dia mundial|linea|telefono|cifras|numero|voluntari[oa]s?|campana) (?:del |de |de la |de los |para (?:la )?)?){1,3}(?:suicidio|suicidios|autolesiones|prevencion)|(?:sus|su) (?:\\w+ )?(?:ideas|pensamientos|intentos?|planes) (?:suicidas?|de (?:suicid\\w+|matarse|morir\\w*|quitarse la vida|autolesion\\w*|hacerse dano|cortarse))|(?:documental|serie|libro|novela|pelicula|peli|charla|exposicion|articulo|noticia|noticiero|clase|trabajo|tesis|taller|podcast|reportaje|poema|cancion) (?:\\w+ ){0,2}(?:sobre|de|acerca de|que habla de|trata de) (?:el |la |las |los |un |una )?(?:\\w+ ){0,2}(?:suicidio|suicida|autolesiones|sobredosis|se suicida)|(?:enfermera|enfermero|medico|medica|psicologa|psicologo|trabajo) (?:en|de) urgencias|intoxicaciones con pastillas|muere mas gente por suicidio|retos? (?:virales? )?de autolesiones|(?:escala|cuestionario|test|formulario|pregunta|item)(?: \\w+){0,5} (?:puse|marque|saque|conteste|respondi|di) (?:un |que )?(?:0|cero|no|nunca|nada)|(?:la |mi )?(?:psicologa|psicologo|psiquiatra|terapeuta|medica|medico|doctora|doctor|enfermera) me (?:pregunto|pregunta|ha preguntado) (?:si|por) (?:\\w+ ){0,4}(?:suicidio|suicidas|matarme|hacerme dano|autolesion\\w*|muerte)|(?:(?:ideas|pensamientos|ganas|intentos?|planes) (?:de )?)?(?:suicidio|suicidas?|autolesiones|autolesion|muerte|hacerme dano|cortes|matarme|sobredosis) \\| (?:no|nunca|nada|cero|ninguna|ninguno|negativo|tampoco|jamas)(?= \\||$| para nada| nunca| tranqui\\w*| gracias| en absoluto| ninguna| cero)',
    },
  ],
  negation: {
    cues: '(?:no|nunca|jamas|ni|tampoco|cero|sin|nada de|ningun|ninguna|ni de broma|ni loca|ni loco|para nada)',
    fillers:
      '(?:me|te|se|lo|la|le|voy a|vas a|va a|quiero|quiera|quisiera|pienso|pensar en|pensando en|estoy|estoy pensando en|es que|es|soy|he|ha|hay|he tenido|tengo|tenia|tuve|ganas de|ganas|intencion de|ideas de|pensamientos de|hacerme|a|de|en|que|hoy|ahora|ya|mas|en serio|para nada|nunca|jamas|realmente|he vuelto a|volvi a|vuelto a|volver a|he pensado en|pensado en|se me ocurre|se me pasa por la cabeza|tengo pensado|intento|planes de|plan de|un plan para|ningun plan|ninguna intencion de|tomado|hecho|ningun|ninguna|el|los|las|un|una|mi|mis|ser|tan|muy|estar|ese|eso|esa|esos|esas|toque|tocado|use|usado|cogido|agarre|nadie|otra vez|de nuevo|creo que|desde hace|desde|hace|mucho|tiempo|meses|anos|semanas)',
    doubleNegatives: '(?:no (?:puedo|pude) (?:dejar de|parar de|evitar)|no (?:para|paro|paraba) de|no se si (?:puedo|podre) (?:aguantar|resistir|seguir)|no (?:puedo|pude) (?:mas|parar)|sin (?:querer|parar)|no me (?:queda|quedan) (?:mas )?(?:que|remedio))',
    // Ends with an optional space: the text after a match is read up to, not across, the ` | ` of a sentence end.
    trailing: '(?:no|nunca|nada|cero|negativo|ninguno|ninguna|ningun|tampoco|para nada|no para nada|ni una|ni uno|jamas)(?: (?:esta|este|la|el) (?:semana|mes|dia|ano))? ?',
  },
  historical:
    '(?:(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|muchos|muchas|varios|varias) (?:anos|meses|semanas) desde (?:la ultima vez|que)|en otra epoca|(?<!cuanto |lo )antes(?! que| posible)|solia|hace (?:\\w+ )?(?:anos|meses|mucho|tiempo|un ano|ano|semanas)|el (?:ano|invierno|verano|otono|mes|curso) pasado|la primavera pasada|en (?:la )?(?:secundaria|secu|prepa)|cuando (?:era|tenia|estaba en|iba a|estudiaba|vivia)|en el pasado|en (?:mi|la) (?:adolescencia|juventud|infancia|ninez)|hace (?:una eternidad|siglos|un monton)|(?:deje|he dejado|ya deje) de (?:cortarme|autolesionarme|hacerme dano|pensar en)|de (?:adolescente|joven|chic[oa]|pequen[oa]|nin[oa]|peque|chaval|chavo|chava|cria)|en (?:la uni|la universidad|el insti|el instituto|la prepa|el cole|el colegio|la secundaria|la facu|el liceo)(?! (?:hoy|ahora))|a los \\d+(?: anos)?|(?:\\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce) (?:meses|anos|semanas|dias|ano|mes) (?:sin|limpi[oa]|libre)|(?:cumplo|cumpli|hoy cumplo) (?:\\w+ ){0,2}(?:meses|anos|ano|mes|dias|semanas)|limpi[oa] de|sin (?:cortarme|autolesionarme|lastimarme|hacerme dano)|cicatrices|marcas|eso ya paso|ya paso|se fueron|ya no (?:pienso en (?:eso|ello|matarme|morirme|suicid\\w+|hacerme dano|cortarme)|tengo (?:esos|esas|pensamientos|ideas|ganas de (?:matarme|morirme|cortarme|hacerme))|me corto|lo hago|aparecen)|me acorde de|me acuerdo de|recuerdo (?:la|el|cuando|que|aquella|esa)|fue hace|en (?:19|20)\\d\\d|de (?:19|20)\\d\\d|recuperad[oa]|hubo una epoca|en (?:una|esa|aquella) epoca|esa epoca|por aquel entonces|en aquel entonces|quedo atras|quedaron atras|supere|superado|superada|sobrevivi|desde entonces|mi (?:ultimo|primer|antiguo) intento|tuve un intento|en terapia (?:repasamos|hablamos|trabajamos)|lo he trabajado|ya lo trabaje|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(?! (?:de )?(?:este|esta))|me ingresaron|estuve ingresad[oa])',
  jokes: {
    humour: '(?:ja(?:ja)+|je(?:je)+|js(?:js)+\\w*|xd+|lol|jk|es (?:broma|un decir|chiste)|(?:de|en) broma|bromeando|es coña|de coña)',
    serious:
      '(?:en serio|no es (?:broma|chiste|joke|meme|coña)|no estoy bromeando|no bromeo|de verdad|neta|sin broma|fuera de broma|ahora si|esta vez|no jaja|ya no'
      // …or the trigger is no trifle: life itself, being left, hurt or alone, failing, voices.
      + '|vida|vivir|viva|nadie|todos|(?:estoy|me siento|me quede|me quedo|sigo) sol[oa]|me deja\\w*|me dejo|dejarme|(?:me|a) (?:pega|pegan|pegar|pegarme|golpea|golpean|golpear|golpearme|lastima|lastiman|lastimar|lastimarme)|cansad[oa]s? de (?:todo|vivir|la vida)|hart[oa]s? de todo|agotad[oa]s? de todo|reprob\\w*|repruebo|suspend\\w*|voces|me odio|no puedo mas|se enteran?|divorci\\w*|separa\\w*|se murio|murio|funeral|cancer|hospital|abus\\w*|violad\\w*|violaron|despid\\w*|desahuci\\w*|bullying|acoso|me engan\\w*)',
    // A condition, a repetition, a cause ("tan aburrida que…", "porque…") or a mishap ("se me quemó el flan").
    trigger: '(?:si|cuando|cada vez que|en cuanto|apenas|me dan ganas|me entran ganas|dan ganas|antes que|prefiero|otra vez|de nuevo|me vuelve\\w* a|vuelve\\w* a|tan|tanto|tanta|porque|por que|xq|pq|por culpa de|se me|me olvide|me quede|me quedo|me pase|me equivoque)',
  },
  current: '(?:otra vez|de nuevo|volvi|he vuelto|hoy volvi|ahora mismo|esta noche|anoche|todavia (?:pienso|quiero|tengo|me)|aun (?:pienso|quiero|tengo|me)|sigo (?:pensando|queriendo|con ganas|cortandome)|hace (?:un rato|unas horas|una hora|\\d+ (?:minutos|horas))|esta manana|esta tarde)',
  urgent:
    '(?:esta noche|ahora mismo|ya mismo|ahorita(?: mismo)?|orita|manana|este fin de semana|este finde|en (?:una|unas|un par de) horas?|cuando (?:leas|lean) esto|ya lo decidi|lo decidi|lo tengo decidido|esta decidido|ya esta decidido|a las \\d+|cuando (?:todos|ellos) (?:duerman|se vayan)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|de una vez|por fin|ya no hay (?:vuelta|marcha) atras|no hay (?:vuelta|marcha) atras|(?:mi|la) decision esta tomada|ya tome la decision)',
  recent: '(?:ahora|ahorita|orita|hoy|esta noche|recien|anoche|ayer|esta semana|estos dias|hace (?:una|un|\\d+|unos|unas) (?:hora|horas|minutos|rato)|voy a|ya|otra vez|acabo de|me acabo de)',
  resolvedAfter:
    '(?:se fue|se fueron|se paso|se me paso|ya paso|paso rapido|paro|pararon|termino|terminaron|quedo atras|quedaron atras|ya no (?:aparece|aparecen|estan|esta|vuelven|vienen|las tengo|lo tengo|lo siento)|pero ya no|ya no (?:lo|la|los|las) necesito)',
  selfSubject: '(?:yo|me|conmigo)',
  objects: '(?:(?:mi|el|la|su|tu) )?(?<!(?:en|del|al|de|con|desde|dentro de|arriba de|encima de) (?:(?:mi|el|la|su|tu) )?)(?:movil|celular|telefono|bateria|portatil|compu|computadora|ordenador|coche|auto|carro|moto|planta|plantas|fiesta|impresora|tele|wifi|cargador|tomates|potus|monstera|orquidea|cactus|suculenta|suculentas|albahaca|helecho|bonsai|flores)',
  otherBody: '(?:en|a) (?:sus|su) (?:\\w+ )?(?:brazo|brazos|muneca|munecas|piernas|piel|muslos)',
  firstPerson: '(?:yo|me|mi|mis|conmigo|m[ei]o|mia)',
  thirdPerson:
    '(?:mi|su|sus|tu|un|una|el|la|este|ese|esa|esta|al|del|nuestr[oa]) (?:\\w+ ){0,2}?(?:amig[oa]s?|herman[oa]s?|madre|padre|mama|papa|vieja|viejo|hij[oa]s?|prim[oa]s?|ti[oa]s?|abuel[oa]s?|novi[oa]|pareja|marido|mujer|espos[oa]|companer[oa]s?|vecin[oa]s?|jefe|jefa|paciente|pacientes|alumn[oa]s?|estudiante|ex|chic[oa]|chavo|chava|pibe|piba|nin[oa]|hombre|senor|senora|persona|cantante|actor|actriz|famos[oa]|personaje|protagonista|compa|roomie|suegr[oa]|cunad[oa]|sobrin[oa]|niet[oa]|padrastro|madrastra|pololo|polola|cliente|clienta|conocid[oa]|colega|muchach[oa])|ella|ellos|ellas|alguien|la gente|otra persona',
  clauseBreaks: '(?:pero|aunque|sin embargo|en cambio|mientras que|la verdad es que|luego(?! de)|despues(?! de)|entonces|asi que|porque|total|al final|y encima|y ahora|y hoy)',
  // Distinctive words only: every word here is tried against every unknown token (cost grows with the list).
  vocabulary: ['suicidio', 'suicidarme', 'matarme', 'morirme', 'pastillas', 'sobredosis', 'cortarme', 'autolesion', 'paracetamol', 'ibuprofeno', 'despertar', 'desaparecer', 'cuchilla', 'quisiera', 'ahorcarme', 'antidepresivos', 'clonazepam'],
  stopwords: ['el', 'la', 'los', 'las', 'un', 'una', 'y', 'o', 'pero', 'yo', 'me', 'mi', 'mis', 'tu', 'te', 'es', 'son', 'era', 'fue', 'que', 'de', 'del', 'en', 'con', 'por', 'para', 'no', 'ya', 'lo', 'le', 'se', 'esto', 'eso', 'muy', 'como', 'cuando', 'porque', 'quiero', 'estoy', 'tengo', 'hoy', 'todo', 'nada', 'esta', 'este', 'mas', 'hay', 'al', 'ni', 'si', 'q', 'pq', 'xq', 'voy', 'vamos', 'vemos', 'estar', 'ser'],
  notTypos: ['suicidar', 'suicidare', 'suicidaria', 'suicidara', 'suicidaste', 'pilas', 'pillas', 'pildora', 'suicido', 'suicidas', 'suicida', 'suicidal', 'suicidado', 'suicidarse', 'suicidaron', 'suicidan', 'suicidarte', 'matarte', 'matarse', 'morirte', 'morirse', 'pasillos', 'castillas', 'cortarte', 'cortarse', 'despertad', 'puentes', 'fuente', 'puesto', 'cuchara', 'cortes', 'coste', 'norte', 'corta', 'corto', 'certe', 'cortez', 'tirarte', 'tirarse', 'aguanta', 'aguantas', 'navajas', 'navega'],
  spellings: {
    kiero: 'quiero', keria: 'queria', kitar: 'quitar', kitarme: 'quitarme', kiere: 'quiere', porke: 'porque', ke: 'que', kien: 'quien', ves: 'vez', qiero: 'quiero', kisiera: 'quisiera', qisiera: 'quisiera', q: 'que', k: 'que', xq: 'porque', pq: 'porque', porq: 'porque', tb: 'tambien', tmb: 'tambien', toy: 'estoy', estoi: 'estoy', voi: 'voy', boy: 'voy', boi: 'voy', pastiyas: 'pastillas', pastiya: 'pastilla', suisidarme: 'suicidarme', suisidio: 'suicidio', suisida: 'suicida', morirrme: 'morirme', ize: 'hice', ise: 'hice', braso: 'brazo', brasos: 'brazos', nd: 'nada', msj: 'mensaje', bn: 'bien', bibir: 'vivir', bivir: 'vivir', beo: 'veo', noxe: 'noche', nohe: 'noche', aki: 'aqui', aqi: 'aqui', nunk: 'nunca', nunka: 'nunca', gans: 'ganas', tdas: 'todas', tds: 'todos', tdo: 'todo', bolvi: 'volvi', bolbi: 'volvi', volbi: 'volvi', e: 'he', matr: 'matar', matal: 'matar', matalme: 'matarme', moril: 'morir', morilme: 'morirme', cortalme: 'cortarme', vivil: 'vivir', nesecito: 'necesito', nesesito: 'necesito', nececito: 'necesito', benas: 'venas', bena: 'vena', nabaja: 'navaja', otravez: 'otra vez', estranaria: 'extranaria', x: 'por', pa: 'para', pal: 'para el', mñn: 'manana', mnn: 'manana', xfa: 'por favor', desapareser: 'desaparecer', kuchilla: 'cuchilla', bida: 'vida', mimo: 'mismo', aora: 'ahora', ahorita: 'ahora', yaa: 'ya', nadien: 'nadie', pss: 'pues', cortarmee: 'cortarme', tomee: 'tome', puenet: 'puente', morirr: 'morir', muerir: 'morir',
  },
};
