# Between — English: the core's general replies, the flow engine, step errors, /help.
# Register: warm, plain, second person ("you"), short sentences; never shaming.
# Markup: *bold*, _italic_; /commands stay as they are in every language.

## General replies

apology = Sorry — something went wrong on my side. What you've entered so far is saved; please try that again in a moment.
not-an-emergency-service = Between is not an emergency service and nobody watches these messages in real time. If you are in danger or thinking about ending your life, call your local emergency number or a crisis line — /helplines shows the ones for where you are.
# $lines: a clause naming the crisis lines for where the person is ("call *112* or a crisis line (…)")
not-an-emergency-service-lines = Between is not an emergency service and nobody watches these messages in real time. If you are in danger or thinking about ending your life, { $lines }. /helplines shows them any time.
# $name: the command typed, without its slash
unknown-command = I don’t know the command /{ $name }. Type /help to see the ones I know.
# $kind: what was sent instead of text (photo, sticker, voice-message, video, video-message, audio-file, file, GIF, location, contact, poll, dice, attachment)
cannot-read =
    I can only read typed text for now, so I couldn’t take in that { $kind ->
        [voice-message] voice message
        [video-message] video message
        [audio-file] audio file
       *[other] { $kind }
    } — nothing of it was saved. Please type your answer instead.
empty-message = I got an empty message. Type /help to see what I can do.
empty-answer = I got an empty message.
free-text-outside-flow = Thanks for writing. To put it somewhere useful, try /checkin (how you feel) or /thought (a thought record). /help lists everything.
free-text-before-start = Hi! I’m Between. Type /start to begin.
menu-out-of-range =
    { $count ->
        [one] There’s only one option here, so { $number } doesn’t match it — type 1 or its name, or /help to see everything else.
       *[other] There’s no option { $number } here — the options go from 1 to { $count }. Type one of those numbers or the option’s name:
    }
too-long = That message is { $length } characters long; I can keep up to { $limit }. Could you shorten it or split it into parts? Nothing you entered before was lost.
set-up-first = Let’s get you set up first — type /start.
welcome-back = Welcome back! You’re already set up — here are your settings.
# $flow: the flow's name (checkin, onboarding, settings, …), for grammar; $title: how it is called
in-the-middle-of = You’re in the middle of a { $title }. Answer below, or type cancel to stop it first.
already-in-it = We’re in the middle of that already:
already-checking-in = We’re in the middle of a check-in already:
back-to = Back to your { $title }:
# $action: back, skip or cancel
nothing-to =
    { $action ->
        [back] There’s nothing to go back to right now. Type /help to see what I can do.
        [skip] There’s nothing to skip right now. Type /help to see what I can do.
       *[cancel] There’s nothing to cancel right now. Type /help to see what I can do.
    }
stale-button-outside-flow = That button is from an earlier question. Type /help to see what I can do.

## /help

help-title = What I can do
help-group-reflect = Check in and reflect
help-group-homework = Homework and exercises
help-group-partner = Accountability partner
help-group-settings = Reminders and settings
help-group-data = Help and your data
help-group-more = More
help-navigation = While I’m asking questions you can type *back*, *skip* (for optional questions) or *cancel*.
command-start = Begin, or change your settings
command-checkin = Emotion check-in (about 30 seconds)
command-thought = Work through a CBT thought record
command-assessment = Questionnaires (PHQ-8/9, GAD-7, WHO-5)
command-settings = Timezone, check-in time, quiet hours, therapist code
command-delete = Delete everything you’ve stored
command-language = Choose your language, e.g. /language es (English, Español, Deutsch)
command-help = What I can do
command-history = Your mood chart, scores and homework
command-homework = Your homework and what’s done
command-pause = Pause daily prompts, e.g. /pause 3 (days)
command-resume = Turn daily prompts back on
command-export = Download everything you’ve stored (JSON, CSV and a readable report)
command-helplines = Crisis lines for where you are
command-snooze = Remind me about today’s check-in in an hour
command-exercise = Guided exercises: safety plan, experiments, mindfulness, journaling…
command-safetyplan = See or edit your safety plan
command-triggers = Your trigger map
command-partner = Accountability partner: invite, join, update, end
command-cheer = Send your partner some encouragement

## Language

language-question = Which language should I use? You can change it any time with /language or in /settings.
language-not-understood = Please choose English, Español or Deutsch.
# $choices: one line per language, "/language es — Español"
language-command-usage =
    Which language should I use? Type one of these:
    { $choices }
language-changed = Okay — I’ll write in English from now on.

## The flow engine (questions, back/skip/cancel, drafts)
# $title: the flow's name in messages; $flow: its id (checkin, onboarding, settings, …) for grammar

engine-stale-button = That button is from an earlier question. Here is where we are:
engine-version-changed = I’ve changed how this works since you started, so let’s begin that again. Sorry about that.
engine-cannot-skip = This one can’t be skipped, sorry.
engine-nothing-before = This is the first question — there is nothing before it.
engine-stopped = Okay, I’ve stopped the { $title }.
engine-stopped-with-draft = Okay, I’ve stopped the { $title }. Your answers are kept for 24 hours — start it again to pick up where you left off.
engine-carry-on = Good — let’s carry on.
engine-yes-or-no = Please choose yes or no.
engine-resumed = Welcome back — here is where you left off.
engine-continue-or-restart = Please choose whether to continue or start over.
engine-yes-stop = Yes, stop
engine-no-keep-going = No, keep going
engine-start-over = Start over
engine-done = Done
engine-skip = Skip
engine-continue = Continue
engine-stop-for-now = Stop for now
engine-confirm-stop = Stop the { $title }?
engine-confirm-stop-with-draft = Stop the { $title }? I’ll keep your answers for 24 hours.
engine-unfinished = You have an unfinished { $title } from earlier. Continue where you left off?
engine-were-in-the-middle = You were in the middle of your { $title } — continue, or stop for now?
engine-continue-or-stop = Please choose Continue or Stop for now.
# The progress counter above a question: "check-in · 2/6"
engine-progress = { $title } · { $position }/{ $total }

## Answers the steps did not understand

step-choose-an-option = Please choose one of the options (a button, its number, or its name).
step-choose-at-least-then-done =
    { $min ->
        [one] Please choose at least one, then Done.
       *[other] Please choose at least { $min }, then Done.
    }
step-choose-at-least =
    { $min ->
        [one] Please choose at least one.
       *[other] Please choose at least { $min }.
    }
# $buttons: yes when the chat shows buttons; $labels: "1 Sad, 2 Anxious, …"
step-not-recognised =
    { $buttons ->
        [no] I didn’t recognise that. You can type numbers or names: { $labels }.
       *[yes] I didn’t recognise that. You can press the buttons, or type numbers or names: { $labels }.
    }
number-empty = Please type a whole number from { $min } to { $max }.
number-not-a-number =
    { $buttons ->
        [no] “{ $typed }” isn’t a number I can use — please type a whole number from { $min } to { $max }.
       *[yes] “{ $typed }” isn’t a number I can use — please type a whole number from { $min } to { $max }, or press a button.
    }
number-decimals = Please use a whole number from { $min } to { $max } (no decimals).
number-out-of-range = { $value } is outside the scale — please use a whole number from { $min } to { $max }.
text-type-your-answer = Please type your answer.
text-empty = Please type your answer — a few words are enough.
text-empty-optional = Please type your answer, or skip.
text-too-long = That’s { $length } characters; I can keep up to { $limit } here. Could you shorten it? Nothing before this was lost.

## Durations: how long something took, rounded down ($days, $hours, $minutes are numbers)

duration-under-a-minute = less than a minute
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
duration-days-hours = { duration-days } { $hours } h
