# Between — English: the instant commands (/history and its progress lines, /homework, /pause, /resume, /export).
# Register: warm, plain, second person ("you"); kind about progress, never shaming.

## /history

commands-history-title = Your mood, last 7 days
# More than one check-in on a day
commands-history-day-check-ins = ({ $count } check-ins)
commands-history-counts =
    { $checkIns ->
        [one] { $checkIns } check-in
       *[other] { $checkIns } check-ins
    } and { $thoughts ->
        [one] { $thoughts } thought record
       *[other] { $thoughts } thought records
    } this week.
commands-history-no-check-ins = Whenever you’re ready, /checkin takes about 30 seconds.
commands-chart-title = Your mood (0–10)
# The chart in words, for screen readers and chats without images (also the export's chart). $title: the chart's title; $days: every day's commands-chart-alt-day
commands-chart-alt = { $title } by day: { $days }.
# $day: "Mon 7 Dec"; $mood: that day's mean mood, or none
commands-chart-alt-day =
    { $mood ->
        [none] { $day } no check-in
       *[other] { $day } { $mood }
    }
commands-progress-scores-title = What your scores show
# $name: the questionnaire (PHQ-9, GAD-7…); $fromDate, $toDate: short dates
commands-progress-compared = { $name }: { $from } on { $fromDate }, { $to } on { $toDate }.
commands-progress-better = A change this size is more than day-to-day variation — a real improvement.
commands-progress-better-out-of-range = A change this size is more than day-to-day variation — a real improvement, and your score is now outside the range where this questionnaire suggests extra support.
commands-progress-worse = A change this size is more than day-to-day variation. It could help to talk it over with your therapist.
commands-progress-steady = A change this size is within ordinary day-to-day variation.
commands-progress-first = { $name }: { $total } on { $date } — your first one. The next will show how things are moving.
commands-progress-homework-title = Your homework
commands-progress-streak = You’ve done homework { $days } days in a row. Nice going.
# $when: today or yesterday
commands-progress-done-one-day =
    { $when ->
        [today] You did your homework today — thank you.
       *[yesterday] You did your homework yesterday — thank you.
    }
commands-progress-some-days = You did homework on { $days } of the last { $of } days. Every bit counts.
commands-progress-when-ready = Your homework is here whenever you’re ready: /homework.

## /homework

commands-no-homework = You have no homework assigned right now. Your therapist can assign some; meanwhile /checkin and /thought are always here.
commands-homework-title = Your homework
commands-homework-done-today = done today
# $cadence: daily, weekdays, once, days (then $days: "Mon, Wed"), or what the therapist set
commands-homework-cadence =
    { $cadence ->
        [daily] daily
        [weekdays] weekdays
        [once] once
        [days] { $days }
       *[other] { $days }
    }
commands-homework-ended = That homework has ended or isn’t yours any more. /homework shows what’s current.
# $label: the homework's name
commands-homework-already-done = { $label } is already done for today ✓
commands-homework-marked-done = { $label }: done for today ✓ That counts toward your homework.

## Homework a therapist assigns: the message telling the client, and the daily reminder; the link ended

# $label: the homework's name; $cadence: commands-homework-cadence; $time: the reminder's time (18:30), or none
commands-homework-assigned = *New homework from your therapist:* { $label } — { $cadence }{ $time ->
        [none] .
       *[other] , I’ll remind you at { $time }.
    }
# $text: what the therapist wrote
commands-homework-instructions = _Instructions:_ { $text }
commands-homework-assigned-whenever = Do it whenever suits you; it counts as soon as you finish it.
commands-homework-reminder-title = A reminder of your homework for today:
# $label: the homework's name; $cadence: commands-homework-cadence
commands-homework-reminder-line = • { $label } ({ $cadence })
commands-homework-reminder-whenever = Whenever suits you — it counts as soon as you finish.
# The therapist ended the link (their homework ends with it)
commands-therapist-unlinked = Your therapist has ended the link with Between, so they no longer receive summaries from here. Everything else works as before; you can link again with a new code in /settings.

## /pause and /resume

commands-pause-days = Please give a number of days from 1 to { $max }, e.g. /pause 3 — or just /pause for a week.
# $until: a weekday and date, "Monday 7 December"
commands-paused = Paused. No daily prompts until { $until }. /resume turns them back on sooner. Everything else still works whenever you want it.
commands-resumed = Welcome back — daily prompts are on again (at { $time }).

## /export

commands-export-json = Here is everything you’ve stored with Between. This JSON file holds all of it, complete (times in your timezone, { $timezone }).
commands-export-csv = A CSV for spreadsheets: one row per check-in, thought record (with what you wrote), questionnaire and exercise.
commands-export-report = And a readable “my progress” report: your mood chart, thought records, questionnaires, exercises, homework and partner. Open it in any browser, print it, or bring it to a session.
commands-export-fhir = Last, your questionnaires and check-ins in FHIR R4, the format health record systems import: give this file to a clinic that asks for it. It names you by a code, never by name.
