# Between — English: the safety plan (/safetyplan, the Stanley–Brown steps), its display and its
# lines inside the crisis response.
# Register: warm, plain, second person ("you").

flow-title-exercise-safety-plan = safety plan
exercise-safety-plan-label = Safety plan
exercise-safety-plan-description = Your plan for hard moments, in six steps (Stanley–Brown)

## The six steps: a heading (shown in the plan) and a question (asked while writing it)

safety-plan-warning-signs-heading = Warning signs
safety-plan-warning-signs-prompt = What tells you a crisis may be starting? Thoughts, images, moods, situations or things you do.
safety-plan-coping-heading = Things I can do on my own
safety-plan-coping-prompt = What can you do on your own to take your mind off things or feel a little calmer? (a walk, music, a shower, a breathing exercise…)
safety-plan-distractions-heading = People and places that help me feel better
safety-plan-distractions-prompt = Which people and social settings help take your mind off things? (a friend to text, a café, a place of worship, a class…)
safety-plan-helpers-heading = People I can ask for help
safety-plan-helpers-prompt = Who could you ask for help when things get hard? Names and phone numbers if you like.
safety-plan-professionals-heading = Professionals and crisis lines
safety-plan-professionals-prompt = Which professionals or services can you contact in a crisis? Your therapist, your doctor, a local crisis line.
safety-plan-environment-heading = Making my surroundings safer
safety-plan-environment-prompt = What could you do to make your surroundings safer when things are hard? For example, asking someone you trust to keep certain things for you for a while.

## Writing the plan
# $number: the step's number; $heading: its heading; $answer: what the person wrote before (escaped)
# $line: a crisis line's name and number where the person is

safety-plan-intro = A safety plan is a short list you write now, while things are calmer, to use when they are not. Answer what you can; skip anything for now.
safety-plan-step = Step { $number } — { $heading }
safety-plan-currently =
    Currently: { $answer }
    Type a new answer, or skip to keep it.
safety-plan-crisis-line = A crisis line where you are: { $line } (/helplines lists more).
safety-plan-crisis-line-none = findahelpline.com lists the crisis lines where you are.
safety-plan-saved = Your safety plan is saved.
safety-plan-saved-note = You can see it any time with /safetyplan, and change it whenever you like. If you are ever in crisis I’ll show you steps 2–5 alongside the crisis lines.

## Showing the plan (/safetyplan)
# $day: the day it was last saved, already formatted for the language

safety-plan-not-filled = not filled in yet
safety-plan-title = Your safety plan
safety-plan-last-updated = Last updated { $day }
safety-plan-edit = Edit my plan
