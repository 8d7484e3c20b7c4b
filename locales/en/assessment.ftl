# Between — English: the questionnaire flow's own sentences (/assessment). The items, answers,
# framing and attribution are the instruments' validated wording (src/core/assessments/), not here.
# Register: warm, plain, second person ("you"); a score is a snapshot, never a verdict.

flow-title-assessment = questionnaire
# $first, $last: the first and last answers' labels; $count: how many answers
assessment-number-hint = Choose an answer, or type its number: 1 = { $first } … { $count } = { $last }.
assessment-optional-hint = This one isn’t part of the score, and you can skip it.
assessment-required-hint = This one isn’t part of the score.
# $numbered: "1 = Not at all, 2 = Several days, …"; $optional: yes or no; $skip: the number that skips
assessment-no-such-number =
    { $optional ->
        [yes] “{ $typed }” isn’t one of the answers — they’re numbered 1 to { $count } here: { $numbered }. Or type { $skip } (or “skip”) to skip it.
       *[no] “{ $typed }” isn’t one of the answers — they’re numbered 1 to { $count } here: { $numbered }.
    }
assessment-not-understood =
    { $optional ->
        [yes] I didn’t quite catch that. Please choose the answer closest to how it’s been, or type its number: { $numbered }. You can also skip this one.
       *[no] I didn’t quite catch that. Please choose the answer closest to how it’s been, or type its number: { $numbered }.
    }
assessment-chooser = Which questionnaire would you like to fill in? Each takes a couple of minutes.
# $name: PHQ-8, GAD-7…; $topic: assessment-topic-…
assessment-chooser-line = { $name } — { $topic } ({ $count } questions)
# $names: "PHQ-8, GAD-7, WHO-5"
assessment-choose-one-of = Please choose one of the questionnaires: { $names }.
assessment-substituted = The { $asked } isn’t switched on here, so here is the { $given } instead.
assessment-unknown = I don’t know a questionnaire called “{ $typed }”.
assessment-not-scored = Some answers were missing, so I haven’t scored or saved this questionnaire. Type /assessment to start again.
assessment-done = Thank you — that’s the { $name } done.
# $band: assessment-band-…; $higherIsBetter: yes or no
assessment-score =
    { $higherIsBetter ->
        [yes] Your score is { $total } out of { $max } (higher is better), which is in the { $band } range.
       *[no] Your score is { $total } out of { $max }, which is in the { $band } range.
    }
assessment-same-as-last = That’s the same as last time ({ $date }).
# $direction: higher or lower; $change: how much, a positive number
assessment-changed =
    { $direction ->
        [higher] Last time ({ $date }) it was { $before }, so it’s { $change } higher now.
       *[lower] Last time ({ $date }) it was { $before }, so it’s { $change } lower now.
    }
# $question: the unscored question's short label; $answer: the answer chosen
assessment-unscored-answer = { $question }: { $answer } (not part of the score).
assessment-discuss = This would be a good thing to talk through with your therapist — you could bring it to your next session.
assessment-snapshot = A questionnaire is a snapshot, not a diagnosis; it’s most useful for seeing how things change over time. /history shows your scores.
assessment-counts-toward-homework = That counts toward your homework ✓
assessment-history-title = Your questionnaires
# $change: "+3", "−2", "±0"
assessment-history-since = { $change } since the one before

## What each questionnaire asks about, in a word

assessment-topic-mood = mood
assessment-topic-anxiety = anxiety
assessment-topic-wellbeing = wellbeing

## Score ranges (the instruments' published cut-offs), as named in a sentence

assessment-band-minimal = minimal
assessment-band-mild = mild
assessment-band-moderate = moderate
assessment-band-moderately-severe = moderately severe
assessment-band-severe = severe
assessment-band-poor = poor wellbeing
assessment-band-adequate = adequate wellbeing

## Notes on a result: what the person is told, and the short label /history shows

assessment-note-likely-depression = Scores this low often go along with depression, which is very treatable.
assessment-note-likely-depression-label = likely depression (28 or below)
assessment-note-low-item = At least one answer was “some of the time” or “at no time”. Whatever the total, the WHO-5’s guidance is to look at that more closely.
assessment-note-low-item-label = an item scored 0 or 1 — worth following up
