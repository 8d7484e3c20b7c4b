/**
 * Crisis lines and emergency numbers by country, as data. Every number here was checked against a
 * stored copy of the source named beside it on the `checked` date; nothing is from memory.
 *
 * To add or re-verify a country (see docs/operations.md, "Crisis resources"):
 * 1. Find the national suicide/crisis line on its own site, the government's health site,
 *    findahelpline.com or a well-maintained list, and the emergency number on an official page.
 * 2. Add an entry: `country` (ISO 3166-1 alpha-2), its `lines` (name, numbers exactly as dialled
 *    there, hours, call/text/WhatsApp/web, `free` only when the source says so), `emergency`, the
 *    `sources` of each, and today's date in `checked`.
 * 3. If the line cannot be verified, ship `lines: []` and a `note`: people there get the emergency
 *    number and findahelpline.com. Never guess a number.
 * 4. If the country's own name differs from its English one, add it to src/core/country.ts.
 * 5. `npx vitest run test/unit/crisis-resources.test.ts`.
 */

/** `hours` of a line that answers around the clock. */
export const ANY_TIME = 'any time';

export interface CrisisLineData {
  /** The line's own name. */
  name: string;
  /** Numbers to call, as dialled in the country. */
  call?: readonly string[];
  /** A menu option to choose after calling (Peru's 113: option 5). */
  menuOption?: string;
  /** Numbers to text (SMS). */
  text?: readonly string[];
  whatsapp?: readonly string[];
  /** Where to chat or write, without the scheme. */
  web?: string;
  /** When it answers: {@link ANY_TIME} or e.g. "daily 10:00–24:00". */
  hours: string;
  /** Free to call (only where the source says so). */
  free?: boolean;
  /** Whom it serves within the country ("in French"). */
  scope?: string;
  sources: readonly string[];
}

export type EmergencyService = 'ambulance' | 'police';

export interface EmergencyData {
  /** The first is the one to call; a service names what a further number reaches. */
  numbers: readonly { number: string; service?: EmergencyService }[];
  sources: readonly string[];
}

export interface CountryCrisisData {
  country: string;
  /** Empty where no line could be verified: the emergency number and findahelpline.com are shown. */
  lines: readonly CrisisLineData[];
  emergency: EmergencyData;
  /** ISO date the numbers were last checked against the sources. */
  checked: string;
  /** For maintainers: why something is missing. Not shown. */
  note?: string;
}

const CHECKED = '2026-12-07';

/** The European Commission: 112 works in every EU member state, free (all states since 2008). */
const EU_112 = 'https://www.digitalhealth.net/2008/12/pan-european-112-emergency-number-a-reality/';
const EU_112_NEWS = 'https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12';
const emergency112 = (...more: string[]): EmergencyData => ({ numbers: [{ number: '112' }], sources: [EU_112, ...more] });

const EU_WITHOUT_VERIFIED_LINE = ['BG', 'HR', 'CY', 'CZ', 'EE', 'GR', 'HU', 'LV', 'LT', 'LU', 'MT', 'RO', 'SK', 'SI'];

export const CRISIS_DATA: readonly CountryCrisisData[] = [
  {
    country: 'US',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        call: ['988'],
        text: ['988'],
        web: '988lifeline.org',
        hours: ANY_TIME,
        free: true,
        sources: ['https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline', 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline'],
      },
    ],
    emergency: { numbers: [{ number: '911' }], sources: ['https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline'] },
    checked: CHECKED,
  },
  {
    country: 'CA',
    lines: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        call: ['988'],
        text: ['988'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://connectfm.ca/news/post/988-suicide-crisis-helpline-launches-across-canada', 'https://www.napaneebeaver.ca/canadas-9-8-8-suicide-crisis-helpline-now-available/'],
      },
    ],
    emergency: { numbers: [{ number: '911' }], sources: ['https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/'] },
    checked: CHECKED,
  },
  {
    country: 'MX',
    lines: [
      {
        name: 'Línea de la Vida',
        call: ['800 911 2000'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/', 'https://almomento.mx/?p=1169021'],
      },
    ],
    emergency: { numbers: [{ number: '911' }], sources: ['https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado?idiom=es'] },
    checked: CHECKED,
  },
  {
    country: 'BR',
    lines: [
      {
        name: 'CVV – Centro de Valorização da Vida',
        call: ['188'],
        web: 'cvv.org.br',
        hours: ANY_TIME,
        free: true,
        sources: [
          'https://www.portalnmt.com.br/post/centro-de-valoriza%C3%A7%C3%A3o-da-vida-atende-2-5-milh%C3%B5es-que-buscam-desabafo',
          'http://www.jd1noticias.com/geral/ligacao-para-centro-de-valorizacao-da-vida-passa-a-ser-gratuita/53507/',
          'https://pt.m.wikipedia.org/wiki/Centro_de_Valoriza%C3%A7%C3%A3o_da_Vida',
        ],
      },
    ],
    emergency: { numbers: [{ number: '192' }, { number: '190', service: 'police' }], sources: ['https://mdbf.com.br/blog/quais-os-numeros-de-emergencia'] },
    checked: CHECKED,
  },
  {
    country: 'AR',
    lines: [
      {
        name: 'Línea de Salud Mental del Ministerio de Salud',
        call: ['0800 999 0091'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.cba24n.com.ar/sociedad/se-habilito-linea-telefonica-nacional-y-gratuita-para-urgencias-de-salud-mental_a631b4db37e12b42cd076b8cf', 'https://lapostacomodorense.com.ar/2025/09/03/septiembre-mes-de-la-prevencion-del-suicidio-la-importancia-de-escuchar-acompanar-y-abrazar/'],
      },
    ],
    emergency: {
      numbers: [{ number: '911' }, { number: '107', service: 'ambulance' }],
      sources: [
        'https://www.latercera.com/nacional/noticia/la-ultima-apuesta-del-gobierno-en-seguridad-publica-tener-un-acceso-unico-similar-al-911-y-crear-un-sistema-de-proteccion-integrado/',
        'https://www.lagaceta.com.ar/nota/1102321/lg-play/nunca-hay-minimizar-pedidos-ayuda-especialista-explico-como-funciona-linea-asistencia-al-suicidio.html',
      ],
    },
    checked: CHECKED,
    note: 'Línea 135 (Centro de Asistencia al Suicida) is free only in Buenos Aires city and area; not shipped.',
  },
  {
    country: 'CO',
    lines: [],
    emergency: { numbers: [{ number: '123' }], sources: ['https://wradio.com.co/2023/08/25/numero-para-llamar-a-emergencias-es-el-mismo-en-toda-colombia/?outputType=amp'] },
    checked: CHECKED,
    note: 'No national line verified: Línea 192 option 4 (MinSalud) has sources from 2020–21 only; 106 is the short code of local lines (Bogotá, Medellín, Cali, Boyacá), called national by one 2026 article but described as city services by the others.',
  },
  {
    country: 'CL',
    lines: [
      {
        name: 'Línea de Prevención del Suicidio',
        call: ['*4141'],
        hours: ANY_TIME,
        free: true,
        scope: 'from mobile phones',
        sources: ['https://www.radiopolar.com/salud-mental-prevencion-suicidio-foco-especialistas-refuerzan-linea-4141-region', 'https://www.latercera.com/nacional/noticia/fono-4141-de-prevencion-del-suicidio-mas-de-227000-llamadas-atendidas-en-tres-anos/'],
      },
    ],
    emergency: {
      numbers: [{ number: '131' }, { number: '133', service: 'police' }],
      sources: ['https://www.latercera.com/nacional/noticia/la-ultima-apuesta-del-gobierno-en-seguridad-publica-tener-un-acceso-unico-similar-al-911-y-crear-un-sistema-de-proteccion-integrado/'],
    },
    checked: CHECKED,
  },
  {
    country: 'PE',
    lines: [
      {
        name: 'Línea 113 – Minsa',
        call: ['113'],
        menuOption: '5',
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.infobae.com/peru/2025/08/16/crisis-silenciosa-jovenes-de-18-a-29-anos-son-quienes-mas-buscan-ayuda-por-ansiedad-y-depresion/', 'https://panamericana.pe/salud/466160-minsa-refuerza-lineas-gratuitas-atencion-salud-mental-nivel-nacional'],
      },
    ],
    emergency: {
      numbers: [{ number: '106' }, { number: '105', service: 'police' }],
      sources: ['https://www.infobae.com/peru/2026/01/06/linea-106-del-samu-atendio-casi-10-mil-llamadas-de-emergencia-en-navidad-2025-y-ano-nuevo-2026/', 'https://www.exitosanoticias.pe/actualidad/ano-nuevo-2026-estos-son-numeros-emergencia-debes-conocer-viajas-carretera-n165718'],
    },
    checked: CHECKED,
  },
  {
    country: 'GB',
    lines: [
      {
        name: 'Samaritans',
        call: ['116 123'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.samaritans.org/news/samaritans-in-northern-ireland-answer-one-million-calls-during-10-years-of-freephone', 'https://www.samaritans.org/how-we-can-help/contact-samaritan/'],
      },
    ],
    emergency: { numbers: [{ number: '999' }, { number: '112' }], sources: ['https://www.devon-cornwall.police.uk/youth/8-10/phoning-999/'] },
    checked: CHECKED,
  },
  {
    country: 'IE',
    lines: [
      {
        name: 'Samaritans',
        call: ['116 123'],
        hours: ANY_TIME,
        free: true,
        sources: ['http://www.newstalk.com/reader/47.301/69999/0/', 'https://www.samaritans.org/news/samaritans-in-northern-ireland-answer-one-million-calls-during-10-years-of-freephone'],
      },
    ],
    emergency: { numbers: [{ number: '112' }, { number: '999' }], sources: [EU_112, 'https://studyabroad.co.jp/blog/study-abroad/201609090000.html'] },
    checked: CHECKED,
  },
  {
    country: 'DE',
    lines: [
      {
        name: 'TelefonSeelsorge',
        call: ['0800 111 0 111', '0800 111 0 222'],
        web: 'telefonseelsorge.de',
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.domradio.de/glossar/telefonseelsorge-0', 'http://kirche-hochstadt.de/willkommen-neu/aktuelles/4260-das-angebot-der-telefonseelsorge'],
      },
    ],
    emergency: emergency112('https://studyabroad.co.jp/blog/study-abroad/201609090000.html'),
    checked: CHECKED,
  },
  {
    country: 'AT',
    lines: [
      {
        name: 'TelefonSeelsorge',
        call: ['142'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://burgenland.orf.at/stories/3207209/', 'https://www.katholisch.at/telefonseelsorge'],
      },
    ],
    emergency: { numbers: [{ number: '112' }, { number: '144', service: 'ambulance' }], sources: [EU_112, 'https://burgenland.orf.at/stories/3027145/'] },
    checked: CHECKED,
  },
  {
    country: 'CH',
    lines: [
      {
        name: 'Die Dargebotene Hand / La Main Tendue / Telefono Amico',
        call: ['143'],
        hours: ANY_TIME,
        sources: ['https://www.swissinfo.ch/ger/alternde-gesellschaft/die-dargebotene-hand/3335124', 'https://de-academic.com/dic.nsf/dewiki/331633'],
      },
    ],
    emergency: {
      numbers: [{ number: '144' }, { number: '112' }],
      sources: ['https://srf.ch/sendungen/kassensturz-espresso/services/espresso-aha/schlauer-i-d-wuche-wohin-fuehrt-die-nummer-112', 'https://stadt-zuerich.ch/web/de/stadtleben/notfall/notrufe/notruf-144.html'],
    },
    checked: CHECKED,
    note: 'Tel 143 charges a small flat fee per call (20 Rappen in the FAQ found); not called free.',
  },
  {
    country: 'FR',
    lines: [
      {
        name: '3114, numéro national de prévention du suicide',
        call: ['3114'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.service-public.fr/particuliers/actualites/A15206', 'https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide'],
      },
    ],
    emergency: { numbers: [{ number: '112' }, { number: '15', service: 'ambulance' }], sources: [EU_112, 'https://studyabroad.co.jp/blog/study-abroad/201609090000.html'] },
    checked: CHECKED,
  },
  {
    country: 'ES',
    lines: [
      {
        name: 'Línea 024 de atención a la conducta suicida',
        call: ['024'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml', 'https://www.elnacional.cat/es/sociedad/telefono-024-detecta-585-suicidios-curso-primeros-meses-funcionamiento_852759_102.html'],
      },
    ],
    emergency: emergency112('https://www.elnacional.cat/es/sociedad/telefono-024-detecta-585-suicidios-curso-primeros-meses-funcionamiento_852759_102.html'),
    checked: CHECKED,
  },
  {
    country: 'IT',
    lines: [
      {
        name: 'Telefono Amico Italia',
        call: ['02 2327 2327'],
        whatsapp: ['324 011 7252'],
        hours: 'daily 10:00–24:00',
        sources: ['https://www.agenziacomunica.net/2025/10/10/giornata-mondiale-della-salute-mentale-ogni-giorno-300-richieste-di-aiuto-a-telefono-amico-italia/', 'https://www.fanpage.it/attualita/cose-e-come-funziona-telefono-amico-portato-sul-palco-di-sanremo-da-la-sad/'],
      },
    ],
    emergency: { numbers: [{ number: '112' }, { number: '118', service: 'ambulance' }], sources: [EU_112, 'https://studyabroad.co.jp/blog/study-abroad/201609090000.html'] },
    checked: CHECKED,
    note: 'Italy has no national 24-hour suicide line (Telefono Amico asks for one, 2025); calls to 02 numbers cost a normal call.',
  },
  {
    country: 'NL',
    lines: [
      {
        name: '113 Zelfmoordpreventie',
        call: ['113', '0800 0113'],
        web: '113.nl',
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt', 'https://www.nu.nl/binnenland/6062813/hulplijn-113-nu-ook-rechtstreeks-bereikbaar-voor-zelfmoordpreventie.html?redirect=1'],
      },
    ],
    emergency: emergency112(EU_112_NEWS),
    checked: CHECKED,
  },
  {
    country: 'BE',
    lines: [
      {
        name: 'Zelfmoordlijn 1813',
        call: ['1813'],
        web: 'zelfmoord1813.be',
        hours: ANY_TIME,
        free: true,
        scope: 'in Dutch',
        sources: ['https://www.hbvl.be/cnt/dmf20211130_93272468', 'https://www.online-hulpverlening.be/blog/tag/tele-onthaal/'],
      },
      {
        name: 'Centre de Prévention du Suicide',
        call: ['0800 32 123'],
        hours: ANY_TIME,
        free: true,
        scope: 'in French',
        sources: ['https://bx1.be/categories/news/la-reine-mathilde-visite-le-centre-de-prevention-du-suicide-a-ixelles/'],
      },
    ],
    emergency: emergency112(EU_112_NEWS),
    checked: CHECKED,
  },
  {
    country: 'PT',
    lines: [
      {
        name: 'Linha Nacional de Prevenção do Suicídio',
        call: ['1411'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas', 'https://www.dn.pt/sociedade/linha-de-apoio-%C3%A0-preven%C3%A7%C3%A3o-do-suic%C3%ADdio-entrou-em-funcionamento-e-tem-o-n%C3%BAmero-1411'],
      },
    ],
    emergency: emergency112('https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas'),
    checked: CHECKED,
  },
  {
    country: 'SE',
    lines: [
      {
        name: 'Mind Självmordslinjen',
        call: ['90101'],
        web: 'mind.se',
        hours: ANY_TIME,
        sources: ['http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html', 'https://www.sosalarm.se/pressrum/nyheter/2020/kanslan-av-att-bara-finnas-och-lyssna-gor-jattestor-skillnad/'],
      },
    ],
    emergency: emergency112(EU_112_NEWS),
    checked: CHECKED,
  },
  {
    country: 'NO',
    lines: [
      {
        name: 'Mental Helse hjelpetelefonen',
        call: ['116 123'],
        web: 'sidetmedord.no',
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352', 'https://www.tv2.no/a/11115544'],
      },
      {
        name: 'Kirkens SOS',
        call: ['22 40 00 40'],
        hours: ANY_TIME,
        sources: ['https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352', 'https://www.tv2.no/a/11115544'],
      },
    ],
    emergency: { numbers: [{ number: '113' }], sources: ['https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352'] },
    checked: CHECKED,
  },
  {
    country: 'DK',
    lines: [
      {
        name: 'Livslinien',
        call: ['70 201 201'],
        hours: 'not around the clock — opening hours at livslinien.dk',
        sources: ['https://cphpost.dk/2015-10-26/news/suicide-prevention-lifeline-gets-funding-to-stay-open-at-night/', 'https://www.socialtindblik.dk/kun-et-ud-af-ti-opkald-bliver-besvaret-hos-livslinien-den-selvmordsforebyggende-indsats-halter-fortsat-bagud-i-danmark/'],
      },
    ],
    emergency: emergency112(EU_112_NEWS),
    checked: CHECKED,
    note: 'Livslinien’s current hours could not be verified (night opening depended on yearly funding); the message says so.',
  },
  {
    country: 'FI',
    lines: [
      {
        name: 'MIELI Kriisipuhelin',
        call: ['09 2525 0111'],
        hours: ANY_TIME,
        scope: 'in Finnish',
        sources: ['https://mentalhealth.fi/where-to-go-in-an-emergency', 'https://www.karjalainen.fi/uutiset/uutis-alueet/kotimaa/item/271836'],
      },
    ],
    emergency: emergency112('http://mieli.fi/helpline'),
    checked: CHECKED,
  },
  {
    country: 'PL',
    lines: [
      {
        name: 'Centrum Wsparcia dla Osób w Stanie Kryzysu Psychicznego',
        call: ['800 70 2222'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://zdrowie.pap.pl/psyche/na-kryzys-telefon-800-70-2222', 'https://zdrowie.pap.pl/psyche/znalazles-sie-w-kryzysie-skorzystaj-z-centrum-wsparcia'],
      },
    ],
    emergency: emergency112(EU_112_NEWS),
    checked: CHECKED,
  },
  {
    country: 'AU',
    lines: [
      {
        name: 'Lifeline',
        call: ['13 11 14'],
        text: ['0477 13 11 14'],
        hours: ANY_TIME,
        sources: ['https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7', 'https://www.9news.com.au/national/lifeline-launches-247-text-service-as-record-numbers-of-australians-seek-support/51f2cf15-e2ba-40be-830f-a7d80a49f740'],
      },
    ],
    emergency: { numbers: [{ number: '000' }], sources: ['https://wikimili.com/en/000_(emergency_telephone_number)', 'https://citiesinsider.com/country/australia/CountryWide/emergency-contact-numbers'] },
    checked: CHECKED,
  },
  {
    country: 'NZ',
    lines: [
      {
        name: '1737, Need to talk?',
        call: ['1737'],
        text: ['1737'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy', 'https://www.pegasus.health.nz/?p=6300'],
      },
    ],
    emergency: { numbers: [{ number: '111' }], sources: ['https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/'] },
    checked: CHECKED,
  },
  {
    country: 'IN',
    lines: [
      {
        name: 'Tele-MANAS',
        call: ['14416', '1-800-891-4416'],
        hours: ANY_TIME,
        free: true,
        scope: 'in 20 languages',
        sources: ['https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/', 'https://crackittoday.com/current-affairs/tele-manas/'],
      },
    ],
    emergency: { numbers: [{ number: '112' }], sources: ['https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/'] },
    checked: CHECKED,
  },
  {
    country: 'ZA',
    lines: [
      {
        name: 'SADAG mental health helpline',
        call: ['0800 456 789'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach-out-amid-world-suicide-prevention-day/', 'http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737'],
      },
    ],
    emergency: {
      numbers: [{ number: '112' }, { number: '10177', service: 'ambulance' }, { number: '10111', service: 'police' }],
      sources: ['https://statuscheck.co.za/?p=14569', 'https://gauteng.news/2024/10/16/sa-emergency-numbers-kids-should-know/'],
    },
    checked: CHECKED,
    note: 'SADAG’s suicide crisis line 0800 567 567 is well sourced, but not its hours; the 24-hour 0800 456 789 is shipped.',
  },
  {
    country: 'JP',
    lines: [
      {
        name: 'Yorisoi Hotline (よりそいホットライン)',
        call: ['0120-279-338'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://kotobank.jp/word/%E3%82%88%E3%82%8A%E3%81%9D%E3%81%84%E3%81%BB%E3%81%A4%E3%81%A8%E3%82%89%E3%81%84%E3%82%93-3193813', 'http://279338.jp/yorisoi/'],
      },
    ],
    emergency: { numbers: [{ number: '119' }, { number: '110', service: 'police' }], sources: ['https://citiesinsider.com/country/japan/CountryWide/emergency-numbers'] },
    checked: CHECKED,
    note: 'From Iwate, Miyagi and Fukushima the Yorisoi Hotline is 0120-279-226.',
  },
  {
    country: 'KR',
    lines: [
      {
        name: 'Suicide prevention line 109 (자살예방 상담전화)',
        call: ['109'],
        hours: ANY_TIME,
        sources: ['https://newspim.com/news/view/20240102000281', 'https://m.hankookilbo.com/News/Read/Amp/A2024010316570003218'],
      },
    ],
    emergency: { numbers: [{ number: '119' }, { number: '112', service: 'police' }], sources: ['https://www.chosun.com/national/welfare-medical/2023/10/23/7FAR6H2VNVGDHMRGOEFS2PEPUA/?outputType=amp'] },
    checked: CHECKED,
  },
  {
    country: 'PH',
    lines: [
      {
        name: 'NCMH Crisis Hotline',
        call: ['1553', '0919 057 1553', '0917 899 8727'],
        hours: ANY_TIME,
        free: true,
        sources: ['https://www.sunstar.com.ph/cebu/nearly-700-call-ncmh-during-the-holidays', 'https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/'],
      },
    ],
    emergency: { numbers: [{ number: '911' }], sources: ['https://philstar.com/the-freeman/cebu-news/2021/02/22/2079544/911-emergency-hotline-nationwide/amp'] },
    checked: CHECKED,
  },
  {
    country: 'SG',
    lines: [
      {
        name: 'Samaritans of Singapore',
        call: ['1767'],
        whatsapp: ['9151 1767'],
        hours: ANY_TIME,
        sources: ['https://www.daily8.com/en/hashtag/SamaritansOfSingapore', 'https://mothership.sg/2022/09/sos-24h-whatsapp-service'],
      },
      {
        name: 'National Mindline',
        call: ['1771'],
        whatsapp: ['6669 1771'],
        hours: ANY_TIME,
        sources: ['https://www.daily8.com/en/hashtag/SamaritansOfSingapore'],
      },
    ],
    emergency: {
      numbers: [{ number: '995' }, { number: '999', service: 'police' }],
      sources: ['https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services', 'https://expat.com/en/guide/asia/singapore/34166-accidents-and-emergency-in-singapore.html'],
    },
    checked: CHECKED,
  },
  ...EU_WITHOUT_VERIFIED_LINE.map(
    (country): CountryCrisisData => ({
      country,
      lines: [],
      emergency: emergency112(EU_112_NEWS),
      checked: CHECKED,
      note: 'EU member state: 112 verified; national crisis line not verified yet.',
    }),
  ),
];
