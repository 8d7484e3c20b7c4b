/** What the JSON file says in words (the rest of it is data). */
export const EXPORT_COPY = {
  times: (zone: string) => `Every time is in your timezone (${zone}), written as ISO 8601 with its offset from UTC.`,
  leftOutAs: (reason: string) => `left out: ${reason}`,
  /** Why a table's rows are not in the export. */
  leftOut: {
    OutboxMessage: 'Messages Between sends you, waiting for delivery (sent ones are forgotten after 7 days): what Between said, not what you stored.',
    ProcessedUpdate: 'Ids of chat updates already handled (forgotten after 3 days), kept to ignore duplicates; they name no person.',
    RateLimitHit: 'Times of attempts (codes tried, cheers sent, snoozes) counted to limit abuse: ids and times only, nothing you wrote.',
  },
} as const;

/**
 * What the readable "my progress" report says, in one place (ready for localisation). Plain text:
 * the report escapes every value, these sentences included, when it writes the HTML.
 */
export const REPORT_COPY = {
  documentTitle: 'My progress with Between',
  heading: 'My progress',
  preparedFor: (name: string) => `For ${name}`,
  prepared: (date: string, zone: string) => `Prepared on ${date}. Times are in your timezone, ${zone}.`,
  intro:
    'This is a summary of what you’ve recorded with Between. You could bring it to a session, or simply keep it for yourself. It is yours: nobody sees it unless you share it.',
  complete: 'Everything you’ve stored, in full, is in the JSON file that came with this report.',

  moodTitle: 'Check-ins and mood over time',
  moodChartTitle: 'Mood (0–10), daily average',
  moodChartCaption: (days: number) => `Your mood over the last ${days} day${days === 1 ? '' : 's'} (the average of each day’s check-ins; gaps are days without one).`,
  moodChartMissing: 'The chart could not be drawn this time; every check-in is listed below.',
  noCheckIns: 'No check-ins yet. Whenever you’re ready, /checkin takes about 30 seconds.',
  checkInSummary: (count: number, average: string) => `${count} check-in${count === 1 ? '' : 's'} in all, with an average mood of ${average} out of 10.`,
  checkInColumns: ['When', 'Mood', 'Emotions', 'Coping', 'What happened', 'Note'],

  thoughtTitle: 'Thought records',
  noThoughts: 'No thought records yet. /thought walks you through one, step by step.',
  situation: 'Situation',
  moods: 'Moods (before → after)',
  thoughts: 'Automatic thoughts',
  hotThought: 'the hot thought',
  traps: 'Thinking traps',
  noTraps: 'none chosen',
  evidenceFor: 'Evidence for',
  evidenceAgainst: 'Evidence against',
  balanced: 'Balanced thought',
  belief: (percent: number) => `(believed ${percent}%)`,

  assessmentTitle: 'Questionnaires',
  noAssessments: 'No questionnaires yet.',
  assessmentColumns: ['When', 'Questionnaire', 'Score', 'Range'],
  score: (total: number, max: number | null) => (max === null ? String(total) : `${total} of ${max}`),

  exerciseTitle: 'Exercises',
  noExercises: 'No exercises yet. /exercise shows the library.',
  exerciseStatus: { done: 'done', open: 'waiting for its second part' } as Record<string, string>,

  homeworkTitle: 'Homework',
  noHomework: 'No homework so far.',
  homeworkKinds: { checkin: 'Emotion check-in', thought: 'Thought record', assessment: 'Questionnaire', custom: 'Task' } as Record<string, string>,
  cadences: { daily: 'every day', weekdays: 'on weekdays', once: 'once' } as Record<string, string>,
  homeworkLine: (kind: string, cadence: string) => `${kind}, ${cadence}`,
  homeworkDone: (count: number) => (count === 0 ? 'not done yet' : `done on ${count} day${count === 1 ? '' : 's'}`),
  homeworkEnded: 'finished',

  partnerTitle: 'Accountability partner',
  noPartner: 'No accountability partner.',
  partnerStatus: { pending: 'waiting to be confirmed', active: 'partners', ended: 'ended', blocked: 'ended' } as Record<string, string>,
  partnerLine: (you: string, partner: string, status: string) => `You (as ${you}) and ${partner}: ${status}`,

  footer: 'Made with Between. This report was made for you, on your request.',
} as const;

/** What the FHIR bundle says in words (titles, displays, why a section is empty). */
export const FHIR_COPY = {
  questionnairesTitle: 'Questionnaire results',
  checkInsTitle: 'Emotion check-ins',
  totalScore: (instrument: string) => `${instrument} total score`,
  mood: 'Mood (0–10), emotion check-in',
  intensityUnit: 'intensity (0–100)',
  withheld: 'Left out: the detail level this export was made at (the client’s consent and the therapist’s setting) does not include mood or questionnaire scores.',
  none: 'None recorded.',
} as const;
