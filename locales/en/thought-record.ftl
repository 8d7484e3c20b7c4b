# Between — English: the thought record (/thought), and the thinking traps it offers.
# Register: warm, plain, second person ("you").

flow-title-thought = thought record
thought-record-intro = Let’s look at a difficult moment together.
thought-record-situation = *Situation:* where were you, what was happening, who was there?
thought-record-moods = *Moods:* what did you feel? Choose all that fit, then Done.
thought-record-other-mood = What would you call the other mood? (a word or two)
# $mood: an emotion as named in a sentence (emotion-…-name), or the person's own word
thought-record-mood-before = How strong was “{ $mood }”, from 0 to 100?
thought-record-thoughts-first = *Automatic thoughts:* what went through your mind? Send one thought per message — I’ll ask whether there was another.
thought-record-thoughts-so-far = *Automatic thoughts* so far:
thought-record-another-thought = Was there another thought? Send it, or choose “That’s all”.
thought-record-thats-all = That’s all
thought-record-type-a-thought = Please type what went through your mind — a few words are enough.
# $typed: the number the person typed
thought-record-number-not-thought = “{ $typed }” isn’t one of the choices. If that was every thought, type 1 or “that’s all”; otherwise type the next thought in words.
# $length: characters sent; $max: the most kept; $kept: thoughts already in the list
thought-record-too-long =
    { $kept ->
        [0] That thought is { $length } characters; I can keep up to { $max } for one thought. Could you shorten it?
       *[other] That thought is { $length } characters; I can keep up to { $max } for one thought. Could you shorten it? The thoughts you sent before are kept.
    }
thought-record-repeated = You’ve already sent that thought. Send another one, or choose “That’s all”.
thought-record-repeated-left-out = I left out one you’d already sent.
thought-record-enough = That’s { $max } thoughts — the most one record holds — so let’s go on with these.
thought-record-hot-question = Which of these thoughts is the “hot” one — the one that carries the strongest feeling?
# $thought: the person's hot thought
thought-record-hot-line = Your hot thought: _“{ $thought }”_
thought-record-traps = Does this thought fit any of these thinking traps? Choose any that fit, then Done — or just Done if none fit.
thought-record-whats-this = What’s this?
thought-record-evidence-for = *Evidence for:* what facts support this thought?
thought-record-evidence-against = *Evidence against:* what facts don’t fit it, or what would you tell a friend who thought this?
thought-record-balanced = *Balanced thought:* taking all the evidence into account, what is a more balanced way to see it?
thought-record-belief = How much do you believe the balanced thought, from 0 to 100?
thought-record-mood-after = *Re-rate your moods:* how strong is “{ $mood }” now, from 0 to 100?
thought-record-saved-title = Thought record saved.
# $belief: 0–100; $thought: the balanced thought
thought-record-saved-balanced = Balanced thought ({ $belief }/100): “{ $thought }”
thought-record-saved-moods = Your moods, before → after:
thought-record-well-done = Well done for working through it.
thought-record-counts-toward-homework = That counts toward your homework ✓

## Burns' thinking traps: the button label, and a one-line explanation (-explanation)

distortion-all-or-nothing = All-or-nothing
distortion-all-or-nothing-explanation = Seeing things in black and white: if it isn’t perfect, it’s a failure.
distortion-overgeneralization = Overgeneralizing
distortion-overgeneralization-explanation = One bad event becomes “always” or “never”.
distortion-mental-filter = Mental filter
distortion-mental-filter-explanation = Dwelling on one negative detail until it colours everything.
distortion-disqualifying-positive = Discounting positives
distortion-disqualifying-positive-explanation = Good things “don’t count” for some reason.
distortion-jumping-to-conclusions = Jumping to conclusions
distortion-jumping-to-conclusions-explanation = Mind-reading or fortune-telling without the facts.
distortion-magnification = Magnifying / minimizing
distortion-magnification-explanation = Blowing up problems, shrinking your strengths (catastrophizing).
distortion-emotional-reasoning = Emotional reasoning
distortion-emotional-reasoning-explanation = “I feel it, so it must be true.”
distortion-should-statements = Should statements
distortion-should-statements-explanation = Rigid “shoulds”, “musts” and “oughts” for yourself or others.
distortion-labeling = Labeling
distortion-labeling-explanation = A label instead of a description: “I’m a loser” rather than “I made a mistake”.
distortion-personalization = Personalization / blame
distortion-personalization-explanation = Taking the blame for things outside your control — or blaming others entirely.
