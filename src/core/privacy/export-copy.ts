/**
 * What the FHIR bundle says in words (titles, displays, why a section is empty): clinical
 * interchange for the care team's records, English by design like the therapist side. The client's
 * own words of /export (the readable report, the JSON file's sentences) are in locales/<lang>/privacy.ftl.
 */
export const FHIR_COPY = {
  questionnairesTitle: 'Questionnaire results',
  checkInsTitle: 'Emotion check-ins',
  totalScore: (instrument: string) => `${instrument} total score`,
  mood: 'Mood (0–10), emotion check-in',
  intensityUnit: 'intensity (0–100)',
  withheld: 'Left out: the detail level this export was made at (the client’s consent and the therapist’s setting) does not include mood or questionnaire scores.',
  none: 'None recorded.',
} as const;
