# Between — English: /delete, and the readable progress report and the words of the JSON file that
# /export sends. Register: warm, plain, second person ("you"); never shaming.

flow-title-delete = deletion

## /delete

delete-no-data = I don’t have any data stored for you.
delete-first-title = Delete everything?
delete-first = This permanently removes your check-ins, thought records, exercises, questionnaire answers, homework, settings, and any links to a therapist or partner. It can’t be undone. (Want a copy first? Use /export.)
# $period: how long the log is kept (delete-retention-years / -days), or "none" when it is kept indefinitely
delete-kept =
    What stays: a log of actions (such as “data exported”, “summary viewed by your therapist”, “data deleted”) with dates and counts — never anything you wrote, and no longer linked to you. It lets the practice show who did what with your data{ $period ->
        [none] , and is kept indefinitely
       *[other] , and is deleted after { $period }
    }.
delete-retention-years =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }
delete-retention-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
delete-yes = Yes, delete everything
delete-no = No, keep my data
delete-second = Last check: are you sure? Everything will be gone for good.
delete-permanently = Delete permanently
delete-cancel = Cancel
delete-cancelled = Okay — nothing was deleted.
delete-done = Everything you stored with Between has been deleted.
delete-restart = If you want to start again, type /start. Take care.

## The readable progress report (/export). Plain text: the report escapes it when it writes the HTML.

report-document-title = My progress with Between
report-heading = My progress
report-prepared-for = For { $name }
# $date: the export's day; $zone: the person's timezone ("Europe/Berlin")
report-prepared = Prepared on { $date }. Times are in your timezone, { $zone }.
report-intro = This is a summary of what you’ve recorded with Between. You could bring it to a session, or simply keep it for yourself. It is yours: nobody sees it unless you share it.
report-complete = Everything you’ve stored, in full, is in the JSON file that came with this report.
report-mood-title = Check-ins and mood over time
report-mood-chart-title = Mood (0–10), daily average
report-mood-chart-caption =
    Your mood over the last { $days ->
        [one] { $days } day
       *[other] { $days } days
    } (the average of each day’s check-ins; gaps are days without one).
report-mood-chart-missing = The chart could not be drawn this time; every check-in is listed below.
report-no-check-ins = No check-ins yet. Whenever you’re ready, /checkin takes about 30 seconds.
# $average: the average mood, with at most one decimal
report-check-in-summary =
    { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    } in all, with an average mood of { $average } out of 10.
report-column-when = When
report-column-mood = Mood
report-column-emotions = Emotions
report-column-coping = Coping
report-column-trigger = What happened
report-column-note = Note
report-thought-title = Thought records
report-no-thoughts = No thought records yet. /thought walks you through one, step by step.
report-situation = Situation
report-moods = Moods (before → after)
report-thoughts = Automatic thoughts
report-hot-thought = the hot thought
report-traps = Thinking traps
report-no-traps = none chosen
report-evidence-for = Evidence for
report-evidence-against = Evidence against
report-balanced = Balanced thought
report-belief = (believed { $percent }%)
report-assessment-title = Questionnaires
report-no-assessments = No questionnaires yet.
report-column-questionnaire = Questionnaire
report-column-score = Score
report-column-range = Range
report-score = { $total } of { $max }
# a score without a maximum
report-score-only = { $total }
report-exercise-title = Exercises
report-no-exercises = No exercises yet. /exercise shows the library.
report-exercise-done = done
report-exercise-open = waiting for its second part
report-homework-title = Homework
report-no-homework = No homework so far.
report-homework-checkin = Emotion check-in
report-homework-thought = Thought record
report-homework-assessment = Questionnaire
report-homework-custom = Task
report-cadence-daily = every day
report-cadence-weekdays = on weekdays
report-cadence-once = once
report-homework-line = { $kind }, { $cadence }
report-homework-done =
    { $count ->
        [0] not done yet
        [one] done on { $count } day
       *[other] done on { $count } days
    }
report-homework-ended = finished
report-partner-title = Accountability partner
report-no-partner = No accountability partner.
report-partner-pending = waiting to be confirmed
report-partner-active = partners
report-partner-ended = ended
report-partner-blocked = ended
# $you: the name the person chose; $partner: the partner's
report-partner-line = You (as { $you }) and { $partner }: { $status }
report-footer = Made with Between. This report was made for you, on your request.

## The JSON file's words

export-times = Every time is in your timezone ({ $zone }), written as ISO 8601 with its offset from UTC.
export-left-out-as = left out: { $reason }
export-left-out-OutboxMessage = Messages Between sends you, waiting for delivery (sent ones are forgotten after 7 days): what Between said, not what you stored.
export-left-out-ProcessedUpdate = Ids of chat updates already handled (forgotten after 3 days), kept to ignore duplicates; they name no person.
export-left-out-RateLimitHit = Times of attempts (codes tried, cheers sent, snoozes) counted to limit abuse: ids and times only, nothing you wrote.
