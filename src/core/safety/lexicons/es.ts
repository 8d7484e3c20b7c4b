import type { CrisisLexicon } from '../crisis-types.js';

/**
 * Spanish crisis language (Spain and Latin America), as data. Same conventions as ./en.ts: patterns
 * are matched against normalised text — lower case, WITHOUT accents ("jamás" → "jamas", "ñ" → "n"),
 * punctuation and emoji as spaces, sentence ends as ` | `. Write patterns without accents.
 */

const WANT = '(?:quiero|quisiera|queria|quería|kiero|qiero|deseo|desearia|tengo ganas de|ganas de|necesito|me gustaria|ojala pudiera|ojala|quiza deberia|deberia)';
const DRUG =
  '(?:pastillas|pastiyas|pastis|pastiis|tabletas|pildoras|comprimidos|capsulas|medicamentos|medicacion|medicinas|remedios|paracetamol(?:es)?|ibuprofeno|aspirinas?|clonazepam|rivotril|alprazolam|trankimazin|lorazepam|orfidal|diazepam|valium|tramadol|nolotil|metamizol|antidepresivos|ansioliticos|somniferos|pastillas para dormir|insulina|litio|quetiapina|sertralina|fluoxetina|jarabe|benzos|opioides|fentanilo|lexatin|tafil)';
const POISON = '(?:lejia|cloro|lavandina|veneno|raticida|matarratas|limpiador|desatascador|salfuman|amoniaco|anticongelante|insecticida|alcohol etilico|alcohol de quemar)';
const BODY = '(?:brazos?|munecas?|muslos?|piernas?|piel|venas?|panza|abdomen|cuello|manos?|tobillos?|cuerpo)';

export const SPANISH_CRISIS_LEXICON: CrisisLexicon = {
  locale: 'es',
  version: 'es-2026.12',
  patterns: [
    { id: 'es-suicidio', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: 'su[iy]?[cs]{1,2}[iy]?d(?:io|ios|a|as|arme|arse|arte|ar|al|ales|andome|arnos|ado|ada)|autoelimin\\w+|desvivir(?:me)?|quitarme de en medio' },
    { id: 'es-matarme', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: `matarme|me (?:voy a |quiero |kiero |pienso |puedo |podria |deberia |tengo que )?mat(?:o|ar|e)(?! (?:estudiando|trabajando|de risa|a trabajar|a estudiar|haciendo|en el gym|en el gimnasio|corriendo|entrenando)\\b)(?= \\||$| ya| hoy| esta| de verdad| en serio| posta| no es| lo juro|,)|quitarme la vida|quitar(?:me|se) la vida|acabar con mi vida|terminar con mi vida|poner fin a mi vida|acabar con todo|terminar con todo|terminar(?:lo)? todo|acabar(?:lo)? todo|dejar de existir|dejar de vivir` },
    { id: 'es-quiero-morir', category: 'active_ideation', kind: 'thought', severity: 'high', pattern: `${WANT} (?:\\w+ )?(?:morir(?:me)?|estar muert[oa]|dejar de vivir|desaparecer para siempre|no existir|no vivir|irme de este mundo|irme para siempre)|me (?:quiero|kiero|qiero) morir(?! de (?:risa|verguenza|hambre|sueno|frio|calor|ganas|aburrimiento|pena|envidia|amor)\\b)` },
    { id: 'es-no-quiero-vivir', category: 'passive_ideation', kind: 'thought', severity: 'medium', pattern: 'no (?:quiero|kiero|qiero|deseo|tengo ganas de) (?:seguir )?(?:vivir|viviendo|existir|estar aqui|estar viv[oa]|despertar(?:me)?|seguir)(?! (?:aqui|en|con|asi de mal en el trabajo)\\b)|ya no (?:quiero|kiero) (?:estar|vivir|seguir)' },
    { id: 'es-ojala-morir', category: 'passive_ideation', kind: 'thought', severity: 'medium', pattern: `ojala (?:me )?(?:muriera|me muera|no despertara|no despierte|me atropell\\w+|me pase algo|no hubiera nacido|desapareciera|me diera un infarto|todo se acabara)|(?:dormir(?:me)?|dormirme) y no (?:volver a )?despertar|no despertar(?:me)? (?:nunca|mas|manana)|no me importaria (?:morir(?:me)?|no despertar\\w*|que me pasara algo|desaparecer)|(?:estarian|estaria|estarias|estan|estamos) mejor sin mi|mejor (?:muert[oa]|no estar|no existir|desaparecer)|seria un alivio|soy una carga|ser una carga|nadie (?:me )?(?:extranaria|echaria de menos|se daria cuenta|notaria)|si me muriera` },
    { id: 'es-desesperanza', category: 'hopelessness', kind: 'thought', severity: 'medium', pattern: 'no (?:hay|tengo|veo) (?:ninguna |ni una )?(?:razon|motivo|sentido|para que) (?:para |de )?(?:seguir|vivir|estar aqui|existir)|para que seguir(?: viviendo)?|(?:cansad[oa]|harto|harta|agotad[oa]) de (?:vivir|la vida|existir|todo|luchar)|no vale la pena (?:seguir )?(?:vivir|viviendo|seguir)|no aguanto mas|ya no puedo mas|no puedo seguir(?: asi| viviendo)?|nada tiene sentido|no tengo fuerzas para seguir|nada que me ate|no tengo futuro|no veo (?:salida|futuro)|la vida no (?:vale|tiene sentido)|todo es inutil|me rindo|tirar la toalla con (?:la vida|todo)' },
    { id: 'es-corte', category: 'self_harm', kind: 'act', severity: 'high', pattern: `(?:cortarme|me (?:volvi a |he vuelto a |voy a |quiero |vuelvo a )?cort(?:e|o|ar)(?! (?:el|la|las|los|un|una|flequillo|pelo|coleta|unas|barba|el pelo)\\b)|me hice cortes|me he hecho cortes|me ize cortes|hacerme cortes|autolesi\\w+|lastimarme|lastimar(?:me|se)|hacerme dano|me hice dano|me hago dano|me hice dano a proposito|me rasque hasta|me rasco hasta|hasta sangrar|me quemo con|me queme con|me merezco (?:sangrar|sufrir|dolor)|sentir dolor fisico|no para de sangrar|cortes en (?:el |los |la |las |mis )?${BODY}|me (?:golpeo|golpee|pego) (?:la cabeza|contra la pared))` },
    { id: 'es-sobredosis', category: 'ingestion', kind: 'act', severity: 'high', pattern: `sobredosis|(?:me )?(?:tome|he tomado|tomo|trague|me trague|me bebi|bebi|me meti|me inyecte|mezcle|me estoy tomando) (?:\\w+ ){0,3}(?:todas? (?:las|los|mis)|toda la|todo el|\\d+|una caja|dos cajas|\\w+ cajas|un frasco|todo el frasco|el blister|un monton de|muchas|demasiad[oa]s) ${DRUG}?|(?:me )?(?:tome|trague|bebi|me bebi) (?:el |la |un |una )?(?:\\w+ )?${POISON}|mezcl\\w+ (?:las |los |mis )?${DRUG} con (?:alcohol|vino|vodka|ron|cerveza|una botella)|${DRUG} con (?:ron|vino|vodka|alcohol) ` },
    { id: 'es-medios', category: 'means', kind: 'act', severity: 'high', pattern: `cuant[oa]s ${DRUG}? ?(?:\\w+ )?(?:hacen falta|necesito|se necesitan|son mortales|son letales|para (?:morir|no despertar|matarme))|dosis (?:letal|mortal)|desde que altura|cuantos pisos|tirarme (?:de|del|desde|al|a la|por) (?:un |una |el |la )?(?:puente|edificio|balcon|ventana|azotea|tren|metro|via|vias|acantilado)|me voy a tirar|(?:tengo|guardo|tengo guardad[oa]s|voy juntando|estoy juntando|he juntado|junte) (?:\\w+ ){0,2}${DRUG}|(?:una |la )?(?:pistola|arma|escopeta) (?:en|de)|la (?:cuerda|soga) (?:esta|en)|ahorcarme|colgarme|pegarme un tiro|me voy a pegar un tiro|en la azotea|metodos? (?:para|de) (?:morir|suicid\\w+|matarme)|forma (?:facil|rapida|indolora) de (?:morir|matarme)` },
    { id: 'es-despedida', category: 'intent_plan', kind: 'act', severity: 'high', pattern: 'cuando (?:leas|leais|lean) esto|este es mi ultimo mensaje|mi ultimo mensaje|gracias por todo\\W* adios|adios para siempre|me despido|despedirme|ya no voy a estar|no voy a estar (?:aqui|mas)|esta noche lo hago|lo voy a hacer (?:esta noche|hoy|manana)|todo planeado|ya decidi (?:como|cuando)|no pienso llegar|termino con todo|dejé? (?:una )?carta|testamento|en paz con (?:la|mi) decision|carta de despedida' },
  ],
  concepts: {
    death: `morir(?:me|se)?|muero|muriera|muera|muerte|muert[oa]|suicid\\w*|matarme|quitarme la vida|no despertar\\w*|no existir|desaparecer|irme de este mundo|acabar con (?:todo|mi vida)|dejar de (?:vivir|existir)|descansar para siempre|la otra vida|el mas alla|tumba|funeral|velorio|dormir para siempre`,
    desire: `quiero|quisiera|kiero|qiero|deseo|ojala|ganas|pienso en|pensando en|necesito|me gustaria|seria (?:un alivio|mejor|mas facil)|alivio|prefiero|preferiria|listo para|lista para|en paz|suen[oa] con|imagino|me tienta|tentad[oa]`,
    intent: `voy a|me voy a|esta noche|hoy|manana|ya|decidi|decidido|planeado|pienso|por fin|de una vez`,
    act: `matar(?:me)?|morir(?:me)?|suicid\\w+|cortar(?:me)?|tirarme|ahorcarme|colgarme|tomar(?:me)? todas|hacerlo|lo hago|acabar con todo`,
    harm: `cort(?:e|es|arme|ado|ada|ando)|cortes|sangr\\w+|cuchilla|cuchillas|navaja|hoja de afeitar|sacapuntas|cicatrices|heridas|autolesion\\w*|quemaduras`,
    harmAct: `otra vez|de nuevo|anoche|esta noche|hoy|volvi|recai\\w*|mas hondo|mas profundo|ganas|necesito|brazo|brazos|muneca|munecas|muslo|muslos|piernas|piel`,
    means: `${DRUG}|${POISON}|cuerda|soga|pistola|arma|escopeta|puente|azotea|balcon|via del tren|vias|acantilado|cuchillo`,
    meansAction: `guardad[oa]s|juntando|junte|cuantas|cuantos|cuanto|suficientes|letal|mortal|al lado|en la mano|preparad[oa]s?|compre|tengo|contando|todas|todo el|caja|cajas|frasco|blister`,
    hopeless: `sin sentido|no tiene sentido|no hay razon|no hay motivo|inutil|sin esperanza|una carga|rendirme|me rindo|no puedo mas|no aguanto|cansad[oa] de|hart[oa] de|no vale la pena|vacio|vacia|nada que`,
    life: `vivir|viviendo|vida|existir|seguir|estar aqui|futuro|despertar|respirar|este mundo`,
    farewell: `adios|despedirme|me despido|ultimo mensaje|carta|cartas|perdon por todo|cuiden a|cuida a`,
    farewellCue: `para siempre|a todos|esta noche|ya no|cuando leas|gracias por todo|los quiero|te quiero|no es tu culpa`,
  },
  proximity: [
    { id: 'es-near-desire-death', category: 'passive_ideation', kind: 'thought', severity: 'medium', near: ['death', 'desire'], within: 5 },
    { id: 'es-near-intent-act', category: 'intent_plan', kind: 'act', severity: 'high', near: ['act', 'intent'], within: 4 },
    { id: 'es-near-harm', category: 'self_harm', kind: 'act', severity: 'high', near: ['harm', 'harmAct'], within: 6 },
    { id: 'es-near-means', category: 'means', kind: 'act', severity: 'high', near: ['means', 'meansAction'], within: 5 },
    { id: 'es-near-hopeless-life', category: 'hopelessness', kind: 'thought', severity: 'medium', near: ['hopeless', 'life'], within: 5 },
    { id: 'es-near-farewell', category: 'intent_plan', kind: 'act', severity: 'high', near: ['farewell', 'farewellCue'], within: 6 },
  ],
  combinations: [],
  safeContexts: [
    {
      id: 'es-figurado',
      pattern:
        'me (?:muero|mori|moria|morire|voy a morir|quiero morir|estoy muriendo) de (?:risa|ganas|hambre|sed|sueno|frio|calor|verguenza|aburrimiento|envidia|amor|pena|nervios|miedo|la risa)|muert[oa] de (?:risa|cansancio|hambre|sueno|frio|calor|miedo|verguenza|aburrimiento)|me mato (?:estudiando|trabajando|haciendo|en el gym|entrenando|corriendo)|me mate (?:estudiando|trabajando|haciendo|corriendo)|me (?:va|van) a matar|nos (?:va|van) a matar|mi (?:jefe|madre|mama|padre|papa|novio|novia|profe|profesor|pareja|mujer|marido) me (?:va a matar|mata|mato)|mataria por|me mato (?:el|la|este|esta|ese|esa)|(?:el|la) (?:\\w+ )?me mato|(?:bateria|movil|celular|telefono|planta|portatil|compu|coche|auto|moto|fiesta|conversacion) (?:\\w+ ){0,3}(?:murio|muerto|muerta|se murio|se me murio)|se me murio (?:la|el|otra)|me corte (?:el|la) (?:flequillo|pelo|coleta|cabello|unas|barba)|me corto la coleta|me ahogo en un vaso de agua|me estoy ahogando en|es mortal|meme (?:es )?mortal|asesin[oa] de (?:plantas|potus)|(?:calor|trafico|examen) (?:es )?asesin[oa]|fue suicida|adelantamiento suicida|me quede frito|me tire en el sofa|me tire (?:en|al) (?:el sofa|la cama|el suelo a)|desaparecer del grupo|voy a explotar|me da un infarto|casi me da un infarto|me dejo muert[oa]|me colgo el telefono|me colgo|cortar con (?:el|la|mi)|cortamos|cortar (?:el|la|las|los)|quiero desaparecer (?:del|de la|de las|de los) (?:grupo|reunion|fiesta|cena|redes)',
    },
  ],
  thirdPartyContexts: [
    {
      id: 'es-terceros',
      pattern:
        '(?:murio|muere|mueren|fallecio|se quito la vida) (?:por|de) (?:suicidio|sobredosis)|atentado suicida|escuadron suicida|(?:prevencion|tasa|tasas|estadisticas|dia mundial|linea|telefono) (?:del |de |de la )?(?:suicidio|autolesiones|prevencion)|(?:documental|serie|libro|novela|pelicula|charla|exposicion|articulo|noticia|noticiero|clase|trabajo) (?:sobre|de|acerca de) (?:el |la |las |los )?(?:suicidio|autolesiones|sobredosis)|(?:enfermera|medico|medica|psicologa|psicologo) (?:en|de) urgencias|intoxicaciones con pastillas|muere mas gente por suicidio',
    },
  ],
  negation: {
    cues: '(?:no|nunca|jamas|ni|tampoco|cero|sin|nada de)',
    fillers: '(?:me|te|se|lo|la|voy a|vas a|quiero|pienso|pensar en|he|he tenido|tengo|tuve|ganas de|intencion de|ideas de|pensamientos de|hacer|hacerme|a|de|que|hoy|ahora|ya|mas|en serio|para nada|nunca|jamas|realmente|nada)',
    doubleNegatives: '(?:no (?:puedo|pude) (?:dejar de|parar de|evitar)|no (?:para|paro) de|nadie|no se si (?:puedo|podre) (?:aguantar|resistir))',
    trailing: '(?:no|nunca|nada|cero|negativo|ninguno|ninguna)',
  },
  historical:
    '(?:antes|hace (?:\\w+ )?(?:anos|meses|mucho|tiempo|un ano)|el ano pasado|cuando (?:era|tenia|estaba en)|en el pasado|de adolescente|de joven|de chic[oa]|(?:\\d+|un|una|dos|tres|seis) (?:meses|anos|semanas|dias|ano|mes) (?:sin|limpi[oa]|libre)|limpi[oa] de|sin (?:cortarme|autolesionarme|lastimarme|hacerme dano)|cicatrices (?:se estan borrando|viejas)|eso ya paso|ya paso|se fueron|ya no (?:pienso|tengo|siento|me corto)|me acorde de cuando|fue hace mucho|en 20\\d\\d|recuperad[oa])',
  current: '(?:otra vez|de nuevo|volvi|hoy volvi|ahora|esta noche|todavia|aun|sigo|recai\\w*)',
  urgent: '(?:esta noche|ahora mismo|ya mismo|manana|este fin de semana|en (?:una|unas|un par de) horas?|cuando (?:leas|lean) esto|ya lo decidi|lo decidi|lo tengo decidido)',
  recent: '(?:ahora|hoy|esta noche|recien|hace (?:una|un|\\d+|unos|unas) (?:hora|horas|minutos|rato)|voy a|ya|otra vez)',
  resolvedAfter: '(?:se fue|se fueron|se paso|ya paso|paro|pararon|termino|terminaron|quedo atras|quedaron atras)',
  selfSubject: '(?:yo|me|conmigo)',
  objects: '(?:(?:mi|el|la|su) )?(?:movil|celular|telefono|bateria|portatil|compu|coche|auto|carro|moto|planta|plantas|fiesta|impresora|tele|wifi)',
  otherBody: '(?:en|a) (?:sus|su) (?:\\w+ )?(?:brazo|brazos|muneca|munecas|piernas|piel)',
  firstPerson: '(?:yo|me|mi|mis|conmigo|m[ei]o|mia)',
  thirdPerson:
    '(?:mi|su|sus|tu|el|la|un|una) (?:\\w+ )?(?:amig[oa]|herman[oa]|madre|padre|mama|papa|hij[oa]|prim[oa]|ti[oa]|abuel[oa]|novi[oa]|pareja|marido|mujer|espos[oa]|compañer[oa]|companer[oa]|vecin[oa]|jefe|jefa|paciente|alumn[oa]|ex)|el|ella|ellos|ellas|alguien|la gente|otra persona',
  clauseBreaks: '(?:pero|aunque|sin embargo|en cambio|igual)',
  vocabulary: ['suicidio', 'suicidarme', 'matarme', 'morirme', 'pastillas', 'sobredosis', 'cortarme', 'autolesion', 'paracetamol', 'despertar', 'desaparecer'],
  stopwords: ['el', 'la', 'los', 'las', 'un', 'una', 'y', 'o', 'pero', 'yo', 'me', 'mi', 'mis', 'tu', 'te', 'es', 'son', 'era', 'fue', 'que', 'de', 'del', 'en', 'con', 'por', 'para', 'no', 'ya', 'lo', 'le', 'se', 'esto', 'eso', 'muy', 'como', 'cuando', 'porque', 'quiero', 'estoy', 'tengo', 'hoy', 'todo', 'nada'],
  notTypos: ['suicidas', 'matarte', 'morirte', 'pasillos', 'castillas', 'cortarte', 'despertad'],
  spellings: { kiero: 'quiero', qiero: 'quiero', q: 'que', xq: 'porque', pq: 'porque', tb: 'tambien', toy: 'estoy', pastiyas: 'pastillas', suisidarme: 'suicidarme', suisidio: 'suicidio', morirrme: 'morirme', ize: 'hice', braso: 'brazo', nd: 'nada', msj: 'mensaje', bn: 'bien' },
};
