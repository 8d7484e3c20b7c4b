import { PSEUDO_LOCALE, type Locale, type RenderLocale } from './locale.js';

/**
 * The words people type instead of pressing a button, per language: yes/no and the flow engine's
 * navigation. Matched after folding (case, accents and punctuation ignored; German umlauts as ä or
 * ae), and English words are understood in every language, since people mix.
 */
/**
 * `stop` and the navigation words are taken at any question; `later` ("not now") only where the
 * question is whether to go on (after a crisis response, after a pause), since elsewhere it may be
 * an answer.
 */
export type TypedMeaning = 'yes' | 'no' | 'back' | 'skip' | 'cancel' | 'stop' | 'later' | 'continue' | 'done' | 'enough' | 'none' | 'plan';

const WORDS: Record<Locale, Record<TypedMeaning, readonly string[]>> = {
  en: {
    yes: ['yes', 'y', 'yeah', 'yep', 'ok', 'okay'],
    no: ['no', 'n', 'nope'],
    back: ['back'],
    skip: ['skip'],
    cancel: ['cancel'],
    stop: ['stop'],
    later: ['stop for now', 'later', 'not now'],
    continue: ['continue', 'go on', 'carry on', 'resume', 'im safe', 'i am safe', 'safe'],
    done: ['done'],
    enough: ['that’s all', 'thats all', 'that is all', 'that’s it', 'thats it', 'that is it', 'no more', 'nothing else', 'all done', 'finished'],
    none: ['none', 'none of these', 'none of them', 'nothing'],
    plan: ['plan', 'safety plan', 'my plan', 'show my plan', 'show my safety plan'],
  },
  es: {
    yes: ['sí', 'si', 'claro', 'vale', 'dale', 'de acuerdo', 'ok'],
    no: ['no', 'nop'],
    back: ['atrás', 'atras', 'volver', 'anterior'],
    skip: ['saltar', 'omitir', 'pasar'],
    cancel: ['cancelar'],
    stop: ['parar', 'detener', 'basta'],
    later: ['parar por ahora', 'más tarde', 'ahora no'],
    continue: ['continuar', 'seguir', 'sigamos', 'estoy a salvo', 'estoy bien'],
    done: ['listo', 'hecho', 'ya'],
    enough: ['eso es todo', 'es todo', 'eso era todo', 'nada más', 'ya está', 'ya terminé', 'terminé', 'no hay más'],
    none: ['ninguna', 'ninguno', 'nada', 'ninguna de estas'],
    plan: ['plan', 'mi plan', 'plan de seguridad', 'mi plan de seguridad'],
  },
  de: {
    yes: ['ja', 'j', 'jo', 'jep', 'klar', 'okay', 'ok', 'genau', 'stimmt'],
    no: ['nein', 'ne', 'nee', 'nö'],
    back: ['zurück', 'zurueck'],
    skip: ['überspringen', 'ueberspringen', 'weiter ohne'],
    cancel: ['abbrechen'],
    stop: ['stopp', 'aufhören', 'beenden'],
    later: ['für jetzt aufhören', 'später', 'jetzt nicht'],
    continue: ['weiter', 'weitermachen', 'fortsetzen', 'ich bin sicher', 'mir gehts gut'],
    done: ['fertig'],
    enough: ['das war’s', 'das wars', 'das war es', 'das ist alles', 'das war alles', 'nichts mehr', 'sonst nichts', 'mehr nicht'],
    none: ['keine', 'keins', 'nichts', 'keine davon'],
    plan: ['plan', 'mein plan', 'sicherheitsplan', 'mein sicherheitsplan', 'notfallplan'],
  },
};

/**
 * Agreeing or not with "It looks like you're in Germany — is that right?", besides yes/no, in any
 * of the languages (typed lower-case, apostrophes as spaces).
 */
export const COUNTRY_GUESS_WORDS = {
  yes: ['right', 'correct', 'that s right', 'oui', 'sim', 'correcto', 'richtig'],
  no: ['wrong', 'not right', 'other', 'another', 'choose another', 'non', 'não', 'nao', 'otro', 'otra', 'anderes', 'falsch'],
} as const;

/** Foldings of `text` to compare typed answers with: accents dropped, and German umlauts as ae/oe/ue ("März", "Maerz" and "Marz" meet). */
export function foldVariants(text: string): string[] {
  const base = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}\s:/+-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const strip = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
  const transliterated = base.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return [...new Set([strip(base), strip(transliterated)])];
}

const folded = new Map<string, Map<string, TypedMeaning>>();
function lookupFor(locale: Locale): Map<string, TypedMeaning> {
  let map = folded.get(locale);
  if (!map) {
    map = new Map();
    for (const language of locale === 'en' ? (['en'] as const) : (['en', locale] as const)) {
      for (const [meaning, words] of Object.entries(WORDS[language]) as [TypedMeaning, readonly string[]][]) {
        for (const word of words) for (const variant of foldVariants(word)) if (!map.has(variant) || language !== 'en') map.set(variant, meaning);
      }
    }
    folded.set(locale, map);
  }
  return map;
}

/** What a typed word means in `locale` (English understood too), or undefined. */
export function typedMeaning(text: string, locale: RenderLocale): TypedMeaning | undefined {
  const map = lookupFor(locale === PSEUDO_LOCALE ? 'en' : locale);
  for (const variant of foldVariants(text)) {
    const meaning = map.get(variant);
    if (meaning) return meaning;
  }
  return undefined;
}

/**
 * Days and times typed for a follow-up ("tomorrow 18:30", "mañana 18:30", "Freitag 9 Uhr", "in 2
 * hours", "en 2 horas", "in 2 Stunden"), every language's words understood in every language.
 * Compared lower-case with accents dropped ("miercoles" = "miércoles", "manana" = "mañana").
 */
export const DATE_WORDS = {
  today: ['today', 'tonight', 'this', 'hoy', 'esta', 'heute'],
  tomorrow: ['tomorrow', 'manana', 'morgen'],
  /** Monday first; a typed word of three letters or more that starts one names it ("fri", "vie", "fr" is too short). */
  weekdays: [
    ['monday', 'lunes', 'montag'],
    ['tuesday', 'martes', 'dienstag'],
    ['wednesday', 'miercoles', 'mittwoch'],
    ['thursday', 'jueves', 'donnerstag'],
    ['friday', 'viernes', 'freitag'],
    ['saturday', 'sabado', 'samstag'],
    ['sunday', 'domingo', 'sonntag'],
  ],
  /** Words around the day and time that change nothing ("tomorrow at 9", "mañana a las 9", "morgen um 9", "this evening"). */
  filler: ['at', 'evening', 'night', 'a', 'las', 'la', 'por', 'noche', 'tarde', 'um', 'abend', 'abends'],
  /** "in" before an amount ("in 2 hours", "en 2 horas"). */
  in: ['in', 'en'],
  units: {
    minute: ['minute', 'minutes', 'min', 'mins', 'minuto', 'minutos', 'minuten'],
    hour: ['hour', 'hours', 'hora', 'horas', 'stunde', 'stunden', 'std'],
    day: ['day', 'days', 'dia', 'dias', 'tag', 'tage', 'tagen'],
    week: ['week', 'weeks', 'semana', 'semanas', 'woche', 'wochen'],
  },
} as const;

/**
 * Short names typed after /exercise in Spanish and German (besides each exercise's name in every
 * language, from the catalogs, and its English aliases), by exercise kind.
 */
export const EXERCISE_WORDS: Record<string, readonly string[]> = {
  safety_plan: ['plan de seguridad', 'seguridad', 'sicherheitsplan', 'notfallplan'],
  behavioral_experiment: ['experimento', 'verhaltensexperiment', 'experiment'],
  mindfulness: ['mindfulness', 'atención plena', 'respiración', 'respiracion cuadrada', 'anclaje', 'escaneo corporal', 'achtsamkeit', 'atmung', 'atemübung', 'box-atmung', 'erdung', 'body-scan'],
  journal: ['diario', 'escribir', 'tagebuch', 'schreiben'],
  routine: ['rutina', 'bienestar', 'alltag', 'wohlbefinden'],
  trigger_map: ['detonantes', 'detonante', 'mapa de detonantes', 'auslöser', 'auslöser-landkarte'],
  communication: ['comunicación', 'mensaje en primera persona', 'kommunikation', 'ich-botschaft'],
  group_prep: ['grupo', 'gruppe', 'gruppensitzung'],
};

/**
 * What people type in Spanish and German to name a built-in questionnaire, after /assessment or at
 * its chooser (besides its id and name, "PHQ-9", "gad7", and its English aliases in the
 * instrument's data), by instrument id. Mood words name the PHQ-8 and the PHQ-9 alike: whichever
 * is switched on is given.
 */
export const INSTRUMENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  phq8: ['ánimo', 'estado de ánimo', 'depresión', 'tristeza', 'stimmung', 'depression', 'niedergeschlagenheit'],
  phq9: ['ánimo', 'estado de ánimo', 'depresión', 'tristeza', 'stimmung', 'depression', 'niedergeschlagenheit'],
  gad7: ['ansiedad', 'angustia', 'nervios', 'preocupación', 'angst', 'ängste', 'unruhe', 'sorgen'],
  who5: ['bienestar', 'wohlbefinden', 'wohlergehen'],
};
