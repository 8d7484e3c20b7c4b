# Between — English: the daily check-in (/checkin and the daily prompt).
# Register: warm, plain, second person ("you").

flow-title-checkin = check-in
check-in-mood = How is your mood right now, from 0 (very low) to 10 (very good)?
check-in-emotions = Which emotions are you feeling? Choose all that fit, then Done.
check-in-other-emotion = What would you call the other emotion? (a word or two)
# $emotion: an emotion as named in a sentence (emotion-…-name), or the person's own word
check-in-intensity = How strong is “{ $emotion }”, from 0 to 100?
check-in-trigger = What happened, or what set it off? (optional)
check-in-coping = What have you done to cope? Choose all that fit, then Done.
check-in-other-coping = What else helped? (optional)
check-in-note = Anything else you want to note? (optional)
check-in-saved-title = Saved.
check-in-saved-feeling = { $emotion } { $intensity }
# $feelings: "sad 70, anxious 30"; $coped: "breathing, a walk", or none
check-in-saved =
    { $coped ->
        [none] Mood { $mood }/10 · { $feelings }.
       *[other] Mood { $mood }/10 · { $feelings } · coped with { $coped }.
    }
check-in-counts-toward-homework = That counts toward your homework ✓
check-in-thanks = Thank you for checking in. /history shows your week.

## Emotions: the button label, and the word in a sentence (-name)

emotion-sad = Sad
emotion-sad-name = sad
emotion-anxious = Anxious
emotion-anxious-name = anxious
emotion-angry = Angry
emotion-angry-name = angry
emotion-ashamed = Ashamed
emotion-ashamed-name = ashamed
emotion-lonely = Lonely
emotion-lonely-name = lonely
emotion-calm = Calm
emotion-calm-name = calm
emotion-happy = Happy
emotion-happy-name = happy
emotion-hopeful = Hopeful
emotion-hopeful-name = hopeful
emotion-other = Other
emotion-other-name = other

## Ways of coping

coping-breathing = Breathing
coping-breathing-name = breathing
coping-walk = A walk
coping-walk-name = a walk
coping-talked = Talked to someone
coping-talked-name = talked to someone
coping-mindfulness = Mindfulness
coping-mindfulness-name = mindfulness
coping-journaling = Journaling
coping-journaling-name = journaling
coping-other = Other
coping-other-name = other
coping-none = None
coping-none-name = none

## The daily prompt and its one gentle follow-up (never a word about a missed day)

prompt-title = Time for your daily check-in.
prompt-text = How are you doing today? It takes about 30 seconds.
prompt-start = Check in now
prompt-snooze = In an hour
prompt-later = Not today
prompt-snoozed-reminder = Here’s the reminder you asked for: a check-in takes about 30 seconds whenever you’re ready.
prompt-follow-up = A gentle nudge, in case you have a moment today: a check-in takes about 30 seconds. If today isn’t the day, that’s okay too.
# The answers to the prompt's buttons (and /snooze)
prompt-nothing-to-snooze = There’s no reminder to snooze right now. /checkin works whenever you like.
prompt-snooze-in-quiet-hours = An hour from now falls in your quiet hours, so I won’t remind you today. /checkin is here whenever you like.
prompt-snoozed = Okay — I’ll remind you in an hour.
prompt-skipped-today = No problem. Take care of yourself — I’ll check in tomorrow.
