# Between — English: the homework library (/exercise, /triggers), its exercises, their follow-ups,
# the follow-up time question and the exercise lines of /history.
# Register: warm, plain, second person ("you").

## Each exercise: its name (menus, buttons), a line for the /exercise menu, its title in messages
## and, where it has a second part, that part's title and button. Ids: exercise-<kind>-…

exercise-behavioral-experiment-label = Behavioral experiment
exercise-behavioral-experiment-description = Test a worrying belief in real life, then look at what happened
flow-title-exercise-behavioral-experiment = behavioral experiment
flow-title-exercise-behavioral-experiment-followup = experiment follow-up
exercise-behavioral-experiment-button = Tell me how it went
exercise-mindfulness-label = Mindfulness practice
exercise-mindfulness-description = Box breathing, 5-4-3-2-1 grounding or a body scan, paced for you
flow-title-exercise-mindfulness = mindfulness practice
flow-title-exercise-mindfulness-followup = practice
exercise-mindfulness-button = Done
exercise-journal-label = Reflective journaling
exercise-journal-description = Write freely in answer to a reflective prompt
flow-title-exercise-journal = reflective journaling
exercise-routine-label = Routine and wellness
exercise-routine-description = A quick log of sleep, meals, movement, water and self-care
flow-title-exercise-routine = routine and wellness
exercise-trigger-map-label = Trigger map
exercise-trigger-map-description = Map a trigger, its early warning signs, what helps and who to contact
flow-title-exercise-trigger-map = trigger map
exercise-communication-label = Communication practice
exercise-communication-description = Build an I-statement for a difficult conversation, then reflect on how it went
flow-title-exercise-communication = communication practice
flow-title-exercise-communication-followup = communication reflection
exercise-communication-button = Reflect on it
exercise-group-prep-label = Group discussion prep
exercise-group-prep-description = Note a question or topic to bring to your next group session
flow-title-exercise-group-prep = group discussion prep

## /exercise, /triggers and the exercise buttons
# $label: an exercise's name; $typed: what the person typed (escaped); $example: an exercise's id
# $day: a short day ("Mon 7 Dec"); $line: a line from the entry (escaped); $count: how many entries

exercise-unknown-kind = That button is from an earlier version. /exercise shows the exercises.
exercise-entry-gone = I couldn’t find that exercise any more. /exercise shows the exercises.
exercise-already-done = You’ve already completed that { $label } — thank you. /history shows your week.
exercise-no-such = I don’t know an exercise called “{ $typed }”. Here are the ones I have:
exercise-which = Which exercise would you like to do?
exercise-menu-hint =
    { $buttons ->
        [yes] Press a button
       *[no] Type the number or the name of one
    }, or type /exercise and a name (e.g. /exercise { $example }).
exercise-waiting = Waiting for you:
exercise-open-entry = { $label } from { $day }
exercise-open-entry-line = { $label } from { $day }: { $line }
exercise-open-button = { $button } ({ $label })
exercise-no-triggers = Your trigger map is empty. Mapping a trigger — what sets things off, the early signs, what helps and who to contact — takes a few minutes.
exercise-triggers-title = Your trigger map ({ $count })
exercise-add-trigger = Add a trigger
exercise-map-trigger = Map a trigger

## Saving an exercise
# $when: when the follow-up comes ("tomorrow at 20:00")

exercise-homework-done = That counts toward your homework ✓
exercise-already-completed = That exercise was already completed, so I’ve left it as it was.
exercise-lost-track = I lost track of which exercise this was — /exercise lists the ones waiting for you; choose it there again.
exercise-continue = Continue
exercise-check-back = I’ll check back { $when } to hear how it went.
# $day: today, tomorrow or other; $date: the weekday and date ("Sunday 18 January"); $time: "20:00"
exercise-when =
    { $day ->
        [today] today at { $time }
        [tomorrow] tomorrow at { $time }
       *[other] on { $date } at { $time }
    }

## When should I check back? (the follow-up time question)
# $time: the evening time ("20:00"); $example: a date and time a week ahead ("2026-03-14 19:00")
# $typed: what the person typed (escaped); $hint: exercise-when-hint; $days: the most days ahead

exercise-when-tonight = This evening { $time }
exercise-when-tomorrow = Tomorrow { $time }
exercise-when-in-3-days = In 3 days ({ $time })
exercise-when-hint =
    { $buttons ->
        [yes] Choose a button
       *[no] Type the number of a choice
    }, or type a day and time like “tomorrow 18:30”, “friday 9am” or “{ $example }”.
exercise-when-unreadable = I couldn’t read “{ $typed }” as a day and time. { $hint }
exercise-when-passed = That time has already passed (or is only minutes away) — please choose a later one.
exercise-when-too-far = Please choose a time within the next { $days } days.
exercise-no-reminder = No reminder

## /history
# $label: an exercise's name; $count: how many this week

exercise-history-heading = Exercises this week
exercise-history-count = { $label } { $count }

## The exercises' own words
# $text: what the person wrote, escaped, in the language's quotation marks
exercise-quoted = “{ $text }”

## Behavioral experiment
# $belief, $experiment, $prediction, $outcome, $learned: what the person wrote (escaped, quoted where shown so)
# $rating, $before, $after: 0–100

exercise-experiment-rating = belief in the tested thought
exercise-experiment-intro = Let’s set up a small experiment.
exercise-experiment-belief = *The belief to test:* what do you expect or fear will happen? (e.g. “If I say no, my friend will be angry with me.”)
exercise-experiment-belief-before = How strongly do you believe this right now, from 0 to 100?
exercise-experiment-plan = *The experiment:* what will you do to test it? Where, when, with whom?
exercise-experiment-prediction = *Your prediction:* what do you think will happen? How will you know?
exercise-experiment-when = When should I check back to hear how it went?
exercise-experiment-planned = Experiment planned.
exercise-experiment-summary-belief = Belief: { $belief } ({ $rating }/100)
exercise-experiment-summary-plan = Experiment: { $experiment }
exercise-experiment-summary-prediction = Prediction: { $prediction }
exercise-experiment-reminder-title = Time to look back at your experiment.
exercise-experiment-you-planned = You planned: { $experiment }
exercise-experiment-you-predicted = You predicted: { $prediction }
exercise-experiment-reminder-ready = Whenever you’re ready, tell me how it went — it takes a couple of minutes.
exercise-experiment-outcome = *What actually happened?*
exercise-experiment-learned = *What did you learn?* How does it fit with the belief you were testing?
exercise-experiment-belief-after = Before, you believed this { $before }/100. How strongly do you believe it now, from 0 to 100?
exercise-experiment-complete = Experiment complete — well done for trying it.
exercise-experiment-result-belief = Belief: { $belief }
exercise-experiment-result-change = Before → after: { $before } → { $after }
exercise-experiment-result-happened = What happened: { $outcome }
exercise-experiment-result-learned = What you learned: { $learned }

## Mindfulness practice (timed guidance: one message each, the same pacing in every language)
# $round, $rounds: the box-breathing round and how many; $practice: the practice's name
# $before, $after: stress 0–10

exercise-mindfulness-rating = stress
exercise-mindfulness-done-line =
    { $buttons ->
        [yes] When you’re ready, press Done and tell me how you feel.
       *[no] When you’re ready, type 1 (Done) and tell me how you feel.
    }
exercise-practice-box = Box breathing
exercise-practice-box-intro = In for 4, hold for 4, out for 4, hold for 4. Sit comfortably and let your shoulders drop. I’ll guide you through four rounds.
exercise-practice-box-round = Round { $round } of { $rounds }: breathe in… 2… 3… 4 · hold… 2… 3… 4 · out… 2… 3… 4 · hold… 2… 3… 4
exercise-practice-box-end = That’s { $rounds } rounds. Let your breathing return to its own rhythm.
exercise-practice-grounding = 5-4-3-2-1 grounding
exercise-practice-grounding-intro = It brings you back to the here and now through your senses. Take your time with each one.
exercise-practice-grounding-1 = Look around and name *5 things you can see*.
exercise-practice-grounding-2 = Now *4 things you can feel* — your feet on the floor, the chair, your clothes, the air.
exercise-practice-grounding-3 = Listen for *3 things you can hear*, near or far.
exercise-practice-grounding-4 = Notice *2 things you can smell* — or remember two smells you like.
exercise-practice-grounding-5 = And *1 thing you can taste*, or one kind thing you can say to yourself.
exercise-practice-grounding-6 = You’ve come back to the present moment.
exercise-practice-bodyscan = Body scan
exercise-practice-bodyscan-intro = We’ll move attention slowly from your feet to your head. Nothing to change — just notice.
exercise-practice-bodyscan-1 = Close your eyes if you like. Bring your attention to *your feet*: warmth, pressure, tingling, or nothing at all.
exercise-practice-bodyscan-2 = Move up to *your legs and hips*. Notice where they meet the chair or the floor.
exercise-practice-bodyscan-3 = Now *your belly and back*. Feel your breath moving there, without changing it.
exercise-practice-bodyscan-4 = *Your chest, shoulders and arms*. If there is tension, let it be there, or let it soften.
exercise-practice-bodyscan-5 = Finally *your neck, jaw and face*. Let your jaw loosen a little.
exercise-practice-bodyscan-6 = Take one slower breath and open your eyes.
exercise-mindfulness-which = Which practice would you like to do?
exercise-mindfulness-stress-before = Before we start: how stressed do you feel right now, from 0 (not at all) to 10 (extremely)?
exercise-mindfulness-follow = I’ll send the steps one at a time over the next minute or two — just follow along.
exercise-mindfulness-stress-after = How stressed do you feel now, from 0 to 10?
exercise-mindfulness-practice-done = { $practice } done.
exercise-mindfulness-stress-change = Stress { $before } → { $after }.
exercise-mindfulness-lighter = A little lighter.
exercise-mindfulness-harder = Some days practice feels harder — noticing that is part of it too.
exercise-mindfulness-showing-up = Showing up for the practice is what counts.

## Reflective journaling (the prompts themselves: journal.ftl)
# $source: therapist (their own prompt) or library

exercise-journal-prompt-heading =
    { $source ->
        [therapist] Your therapist’s prompt:
       *[library] Today’s prompt:
    }
exercise-journal-write = Write as much or as little as you like, in one message.
exercise-journal-saved = Journal entry saved.
exercise-journal-thanks = Thank you for taking the time to reflect.

## Routine and wellness
# $hours: hours slept

exercise-routine-sleep = Sleep
exercise-routine-meals = Regular meals
exercise-routine-movement = Movement
exercise-routine-hydration = Enough water
exercise-routine-selfcare = Self-care
exercise-routine-setting-items = What to track
exercise-routine-setting-hint = Leave empty to track all of them.
exercise-routine-sleep-prompt = How many hours did you sleep last night? (a whole number)
exercise-routine-habits-prompt = Which of these did you manage today? Tick all that apply, then Done.
exercise-routine-logged = Logged.
exercise-routine-sleep-hours = Sleep { $hours } h
exercise-routine-steady = Small, steady routines make a real difference.

## Trigger map
# $trigger, $signs, $coping, $contact: what the person wrote (escaped)

exercise-trigger-prompt = *Trigger:* what situation, feeling, person or place can set things off for you?
exercise-trigger-signs-prompt = *Early warning signs:* what do you notice in yourself when it starts — thoughts, feelings, urges, things you do?
exercise-trigger-coping-prompt = *Coping response:* what will you do instead, or what helps you ride it out?
exercise-trigger-contact-prompt = *Person to contact:* who can you reach out to when this happens? (optional)
exercise-trigger-added = Added to your trigger map.
exercise-trigger-whole-map = /triggers shows your whole map.
exercise-trigger-signs = Early signs: { $signs }
exercise-trigger-helps = What helps: { $coping }
exercise-trigger-contact = Who to contact: { $contact }

## Communication practice
# $feeling, $situation, $reason, $request: what the person wrote (the I-statement is saved as written)
# $statement: the I-statement, quoted; $next: what they would keep or change

exercise-communication-statement = I feel { $feeling } when { $situation } because { $reason }. I would like { $request }.
exercise-communication-intro = Let’s build an I-statement — a way to say how something affects you without blaming.
exercise-communication-feeling = *I feel…* (a feeling word or two, e.g. “hurt”, “worried”, “left out”)
exercise-communication-situation = I feel { $feeling } *when…* what happens? Describe what the other person does, not who they are.
exercise-communication-reason = *…because…* why does it matter to you?
exercise-communication-request = *I would like…* what would you like to happen instead?
exercise-communication-here = Here’s your I-statement:
exercise-communication-try = Try saying it out loud once. When will you use it? I can check back afterwards to hear how it went.
exercise-communication-yours = Your I-statement:
exercise-communication-reminder-title = How did your conversation go?
exercise-communication-your-statement = Your I-statement: { $statement }
exercise-communication-reminder-ready = Whenever you’re ready, take a minute to reflect on it.
exercise-communication-how = *How did it go?* What did you say, and how did the other person respond?
exercise-communication-next-prompt = *Next time:* anything you would keep or change? (optional)
exercise-communication-reflection-saved = Reflection saved.
exercise-communication-courage = Speaking up for what you need takes courage — well done.
exercise-communication-next-time = Next time: { $next }

## Group discussion prep

exercise-group-topic-prompt = What question or topic would you like to bring to your next group session?
exercise-group-why-prompt = What makes it important to you right now? (optional)
exercise-group-saved = Saved for your next group session:

## Homework: the kinds a therapist assigns, as the client sees them
# $label: the kind's name; $setting: a setting's name; $values: the chosen options, listed
# The descriptions are the therapist's list (English by default).

exercise-homework-checkin = Emotion check-in
exercise-homework-checkin-description = Mood, emotions and what helped, in about a minute
exercise-homework-thought = Thought record
exercise-homework-thought-description = Work through a difficult thought step by step
exercise-homework-assessment = Questionnaire
exercise-homework-assessment-description = A standard questionnaire (PHQ-8/9, GAD-7, WHO-5)
exercise-homework-instrument = Which questionnaire
exercise-homework-instrument-hint = Leave empty to let the client choose.
exercise-homework-custom = Custom task
exercise-homework-custom-description = Your own instructions; the client marks it done
exercise-homework-start = Start: { $label }
exercise-homework-mark-done = Done: { $label }
exercise-homework-setting = { $setting }: { $values }
