import type { ConfirmedTranslation, LanguageTranslations } from './types.js';

/**
 * German: the authorised German version of the PHQ (PHQ-D; Löwe, Spitzer, Zipfel & Herzog,
 * Pfizer 2002) for the PHQ-9 and PHQ-8, its GAD-7 module (Löwe et al. 2008), distributed by Pfizer
 * (phqscreeners.com), and the official German WHO-5 (“WHO-Fragebogen zum Wohlbefinden”, version
 * 1998, Psychiatric Research Unit). Copied as published (Sie); see docs/measurement.md.
 */

const CHECKED = '2026-12-07';

const PHQ_OPTIONS = ['Überhaupt nicht', 'An einzelnen Tagen', 'An mehr als der Hälfte der Tage', 'Beinahe jeden Tag'];
const PHQ_FRAMING = 'Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?';
const PHQ_D_ATTRIBUTION =
  'Autorisierte deutsche Version des „Prime MD Patient Health Questionnaire (PHQ)“: B. Löwe, R. L. Spitzer, S. Zipfel, W. Herzog, Gesundheitsfragebogen für Patienten (PHQ-D). © 2002 Pfizer.';

const PHQ9_DE: ConfirmedTranslation = {
  status: 'confirmed',
  version: 'de-2',
  intro: PHQ_FRAMING,
  items: {
    q1: 'Wenig Interesse oder Freude an Ihren Tätigkeiten',
    q2: 'Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit',
    q3: 'Schwierigkeiten ein- oder durchzuschlafen oder vermehrter Schlaf',
    q4: 'Müdigkeit oder Gefühl, keine Energie zu haben',
    q5: 'Verminderter Appetit oder übermäßiges Bedürfnis zu essen',
    q6: 'Schlechte Meinung von sich selbst; Gefühl, ein Versager zu sein oder die Familie enttäuscht zu haben',
    q7: 'Schwierigkeiten, sich auf etwas zu konzentrieren, z. B. beim Zeitunglesen oder Fernsehen',
    q8: 'Waren Ihre Bewegungen oder Ihre Sprache so verlangsamt, dass es auch anderen auffallen würde? Oder waren Sie im Gegenteil „zappelig“ oder ruhelos und hatten dadurch einen stärkeren Bewegungsdrang als sonst?',
    q9: 'Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten',
  },
  options: PHQ_OPTIONS,
  unscored: {
    difficulty: {
      text: 'Wenn eines oder mehrere dieser Probleme bei Ihnen vorliegen, geben Sie bitte an, wie sehr diese Probleme es Ihnen erschwert haben, Ihre Arbeit zu erledigen, Ihren Haushalt zu regeln oder mit anderen Menschen zurecht zu kommen',
      options: ['Überhaupt nicht erschwert', 'Etwas erschwert', 'Relativ stark erschwert', 'Sehr stark erschwert'],
    },
  },
  attribution: PHQ_D_ATTRIBUTION,
  source:
    'Löwe, Spitzer, Zipfel & Herzog: Gesundheitsfragebogen für Patienten (PHQ-D), Komplettversion und Kurzform, 2. Aufl., Pfizer, Karlsruhe 2002; PHQ-9 German for Germany (phqscreeners.com).',
  compared: [
    'Medizininformatik-Initiative, FHIR IG “Modul PRO” (Questionnaire mii-qst-pro-phq-9, with the LOINC German answer texts) — framing, items, answers, difficulty question and its answers',
    'https://www.studienplattform.eu/de/demo/allgemeine-fragen/phq-und-aqol-frageboegen/phq-9-test — answers and items 1–9',
    'https://doczz.fr/doc/1487985/gesundheitsfragebogen-f%C3%BCr-patienten--phq- — the PHQ-D complete form (question 2 a–i)',
    'https://studylibde.com/doc/1881597/phq-manual and https://nlp.eu/cgi-bin/exp_com/depression.cgi?action=phq_info — the manual’s title and authors (attribution)',
    'public code found by exact-string search (R, Python, TypeScript, Flutter projects): items, answers and the difficulty answers',
  ],
  checked: CHECKED,
  differences:
    'Punctuation differs between copies: the PHQ-D complete form writes “Schwierigkeiten, ein- oder durchzuschlafen, oder vermehrter Schlaf”, the PHQ-9 form (MII IG, studienplattform.eu) no commas — the PHQ-9 form is kept; some copies write “Zeitungslesen” for the forms’ “Zeitunglesen”. One copy ends the difficulty question with a colon. The attribution line quotes the manual’s title page; the PHQ-9 form’s own footer was not seen.',
};

export const DE: LanguageTranslations = {
  language: 'de',
  instruments: {
    phq9: PHQ9_DE,
    // The PHQ-8 is the PHQ-9 form without item 9 and without the difficulty question (Kroenke et al. 2009).
    phq8: {
      ...PHQ9_DE,
      items: Object.fromEntries(Object.entries(PHQ9_DE.items).filter(([id]) => id !== 'q9')),
      unscored: {},
    },
    gad7: {
      status: 'confirmed',
      version: 'de-2',
      intro: PHQ_FRAMING,
      items: {
        q1: 'Nervosität, Ängstlichkeit oder Anspannung',
        q2: 'Nicht in der Lage sein, Sorgen zu stoppen oder zu kontrollieren',
        q3: 'Übermäßige Sorgen bezüglich verschiedener Angelegenheiten',
        q4: 'Schwierigkeiten zu entspannen',
        q5: 'Rastlosigkeit, so dass Stillsitzen schwer fällt',
        q6: 'Schnelle Verärgerung oder Gereiztheit',
        q7: 'Gefühl der Angst, so als würde etwas Schlimmes passieren',
      },
      options: PHQ_OPTIONS,
      // The GAD-7 form's German difficulty question could not be confirmed: asked in English, with the note.
      unscored: {},
      attribution: 'GAD-7, deutsche Version: Löwe B, Decker O, Müller S, Brähler E, Schellberg D, Herzog W, Herzberg PY. Med Care 2008;46:266–274.',
      source: 'Löwe et al. 2008, “Validation and standardization of the Generalized Anxiety Disorder Screener (GAD-7) in the general population”, Med Care 46:266–274; GAD-7 German for Germany (phqscreeners.com).',
      compared: [
        'https://www.therapie.de/psyche/info/test/angst/generalisierte-angststoerung/ (Pro Psychotherapie e.V., citing Löwe et al.) — framing and items 1–7',
        'public code found by exact-string search: a C# practice system and a TypeScript assessment module — items and the answers “Überhaupt nicht … Beinahe jeden Tag”',
      ],
      checked: CHECKED,
      differences:
        'Several apps reword items (“Unfähigkeit, Sorgen zu stoppen…”, “Reizbarkeit”, “sodass”, “schwerfällt”) or use other answers (“nie/manchmal/öfter/fast täglich” on therapie.de); the wording that the copies citing Löwe et al. share is kept. The difficulty question was not found in German: asked in English, with the note. The attribution line is a citation of the German validation, not a line seen on the form.',
    },
    who5: {
      status: 'confirmed',
      version: 'de-2',
      intro:
        'Die folgenden Aussagen betreffen Ihr Wohlbefinden in den letzten zwei Wochen. Bitte markieren Sie bei jeder Aussage die Rubrik, die Ihrer Meinung nach am besten beschreibt, wie Sie sich in den letzten zwei Wochen gefühlt haben.',
      // The form's column head "In den letzten zwei Wochen …" joined to each statement, as one message asks one.
      items: {
        q1: 'In den letzten zwei Wochen war ich froh und guter Laune',
        q2: 'In den letzten zwei Wochen habe ich mich ruhig und entspannt gefühlt',
        q3: 'In den letzten zwei Wochen habe ich mich energisch und aktiv gefühlt',
        q4: 'In den letzten zwei Wochen habe ich mich beim Aufwachen frisch und ausgeruht gefühlt',
        q5: 'In den letzten zwei Wochen war mein Alltag voller Dinge, die mich interessieren',
      },
      options: ['Die ganze Zeit', 'Meistens', 'Etwas mehr als die Hälfte der Zeit', 'Etwas weniger als die Hälfte der Zeit', 'Ab und zu', 'Zu keinem Zeitpunkt'],
      unscored: {},
      attribution: '© Psychiatric Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital.',
      source: 'Psychiatric Research Unit, WHO Collaborating Centre in Mental Health: “WHO (Fünf) – Fragebogen zum Wohlbefinden (Version 1998)”, the official German WHO-5 (who-5.org).',
      compared: [
        'http://diabetes-psychologie.de/templates/main.php?SID=705 (Arbeitsgemeinschaft Diabetes und Psychologie der DDG) — instruction, column head, items and answers',
        'http://depressions-sprechstunde.de/Tests/WHO-Fragen-Wohlbefinden.htm (quoting cure4you.dk/354/WHO-5_German.pdf) — items and answers',
        'https://tanja-frost.de/praxis/psychotherapie-und-hypnose-in-frankfurt/who-5-test/ — instruction and items',
        'public code found by exact-string search (a JavaScript self-help programme, a React study, an R analysis, a TypeScript clinic app) — items and answers',
      ],
      checked: CHECKED,
      differences:
        'depressions-sprechstunde.de has “energetisch”, “bei Aufwachen”, “Über die Hälfte der Zeit”; academyofsports.de “gut gelaunt”; tanja-frost.de “die Antwort” for “die Rubrik”; flexikon.doccheck.com a different item set. The reading shared by the DDG page and the code copies is kept.',
    },
  },
  copy: {
    englishInstrument: 'Dieser Fragebogen erscheint auf Englisch: Wir konnten seine offizielle deutsche Übersetzung nicht bestätigen.',
    englishQuestion: 'Diese Frage erscheint auf Englisch: Wir konnten ihre offizielle deutsche Übersetzung nicht bestätigen.',
  },
};
