import type { ConfirmedTranslation, LanguageTranslations } from './types.js';

/**
 * Spanish: the Spanish-for-the-USA forms distributed by Pfizer (phqscreeners.com) for the PHQ-9,
 * PHQ-8 and GAD-7, and the official Spanish WHO-5 of the Psychiatric Research Unit (who-5.org).
 * Copied as published (usted, the forms' "(a)" endings); see docs/measurement.md for the sources.
 */

const CHECKED = '2026-12-07';

const PHQ_OPTIONS = ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'];
const DIFFICULTY_OPTIONS = ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'];
const PHQ_FRAMING = 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';
const PFIZER_ATTRIBUTION =
  'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.';

const PHQ9_ES: ConfirmedTranslation = {
  status: 'confirmed',
  version: 'es-2',
  intro: PHQ_FRAMING,
  items: {
    q1: 'Poco interés o placer en hacer cosas',
    q2: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
    q3: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    q4: 'Se ha sentido cansado(a) o con poca energía',
    q5: 'Sin apetito o ha comido en exceso',
    q6: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    q7: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    q8: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    q9: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
  },
  options: PHQ_OPTIONS,
  unscored: {
    difficulty: {
      text: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
      options: DIFFICULTY_OPTIONS,
    },
  },
  attribution: PFIZER_ATTRIBUTION,
  source: 'Pfizer, “Cuestionario sobre la salud del paciente-9 (PHQ-9)”, PHQ-9 Spanish for the USA (phqscreeners.com).',
  compared: [
    'https://es.studenta.com/content/129686767/patient-health-questionnaire-9-spanish — a transcription of the Pfizer form: framing, items, options, difficulty question and attribution',
    'jarturocastan/tamizajes-documentation, docs/formularios/phq9.md — framing and items 1–9 (abridged in its table)',
    'public code found by exact-string search (a PHP clinical record, a React survey, a pdfmake report, an Angular diary): items 1–9, the difficulty question and its four answers',
  ],
  checked: CHECKED,
  differences:
    'Other Spanish wordings circulate (medicalspanish.org/phq9: “No del todo”, “Sintiéndose decaído/a…”; therapyworkscounseling.com: “¿qué tan seguido le han afectado…?”); they are other adaptations, not the Pfizer US form, and were not used. Some copies write “ver la TV” in item 7 or drop the “(a)” endings; the form’s wording is kept.',
};

export const ES: LanguageTranslations = {
  language: 'es',
  instruments: {
    phq9: PHQ9_ES,
    // The PHQ-8 is the PHQ-9 form without item 9 and without the difficulty question (Kroenke et al. 2009).
    phq8: {
      ...PHQ9_ES,
      items: Object.fromEntries(Object.entries(PHQ9_ES.items).filter(([id]) => id !== 'q9')),
      unscored: {},
    },
    gad7: {
      status: 'confirmed',
      version: 'es-2',
      intro: PHQ_FRAMING,
      items: {
        q1: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
        q2: 'No ha sido capaz de parar o controlar su preocupación',
        q3: 'Se ha preocupado demasiado por motivos diferentes',
        q4: 'Ha tenido dificultad para relajarse',
        q5: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
        q6: 'Se ha molestado o irritado fácilmente',
        q7: 'Ha tenido miedo de que algo terrible fuera a pasar',
      },
      options: PHQ_OPTIONS,
      // The GAD-7 form's own Spanish difficulty question could not be confirmed: asked in English, with the note.
      unscored: {},
      attribution: PFIZER_ATTRIBUTION,
      source: 'Pfizer, GAD-7 Spanish for the USA (phqscreeners.com).',
      compared: [
        'public code found by exact-string search: at least six independent projects (a PHP clinical record, a Kotlin voice app marked “texto oficial”, a React Native app, an Android app, a PHP survey, a Node report) carry items 1–7 word for word',
        'the same Kotlin app and a second Spanish screening app: the framing “Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?” and the answers “Ningún día … Casi todos los días”',
      ],
      checked: CHECKED,
      differences:
        'Framing and answers disagree between copies: several give “¿con qué frecuencia le han molestado los siguientes problemas?” with “Nunca”, but those copies paraphrase the items too; the copies that carry the items word for word use the PHQ form’s framing and answers, which are kept. The difficulty question was found only in an Android app that mixes English into it, so it is not confirmed (asked in English, with the note). The attribution is the Pfizer line of the Spanish PHQ-9 form (the same programme); the GAD-7 form’s own line was not seen.',
    },
    who5: {
      status: 'confirmed',
      version: 'es-2',
      intro: 'Por favor, indique para cada una de las cinco afirmaciones cuál define mejor cómo se ha sentido usted durante las últimas dos semanas.',
      items: {
        q1: 'Me he sentido alegre y de buen humor',
        q2: 'Me he sentido tranquilo y relajado',
        q3: 'Me he sentido activo y enérgico',
        q4: 'Me he despertado fresco y descansado',
        q5: 'Mi vida cotidiana ha estado llena de cosas que me interesan',
      },
      options: ['Todo el tiempo', 'La mayor parte del tiempo', 'Más de la mitad del tiempo', 'Menos de la mitad del tiempo', 'De vez en cuando', 'Nunca'],
      unscored: {},
      attribution: '© Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital.',
      source: 'Psychiatric Research Unit, WHO Collaborating Centre in Mental Health: “OMS (cinco) Índice de Bienestar (versión 1998)”, the official Spanish WHO-5 (who-5.org).',
      compared: [
        'public code found by exact-string search: a Supabase app quoting the official Spanish version (“OMS (cinco) Índice de Bienestar”, 1998) — instruction, items and answers',
        'a questionnaire catalogue marked “Traducción española oficial (WHO-5, versión 1998)” — items; a Java desktop form — items; a Python service — the six answers',
        'a React questionnaire — the instruction line',
      ],
      checked: CHECKED,
      differences:
        'Other copies read “calmado”, “con energía”, “sintiéndome fresco”, “vida diaria”, “Alguna vez”/“En ningún momento”, or add “/a” endings; they are adaptations. The official wording as in the copies that name the 1998 Spanish version is kept. The copyright line is the Psychiatric Research Unit’s, as on every WHO-5 form.',
    },
  },
  copy: {
    englishInstrument: 'Este cuestionario aparece en inglés: no pudimos confirmar su traducción oficial al español.',
    englishQuestion: 'Esta pregunta aparece en inglés: no pudimos confirmar su traducción oficial al español.',
  },
};
