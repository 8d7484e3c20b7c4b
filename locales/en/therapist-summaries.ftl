# Between — English: the weekly summary, the daily digest, the pre-session brief, "not on track"
# flags and change since the first score. Rendered in the practice's THERAPIST_LOCALE.
# Register: professional, plain and brief; clinical terms as in the literature (RCI, Jacobson–Truax).
# Markup: *bold*, _italic_; values arrive escaped. $alias: the alias the therapist gave the client.

## Both the summary and the brief

# $language: the client's language, named in the therapist's ("Spanish (es)").
therapist-summary-language = Language: { $language }
therapist-summary-not-on-track = ⚑ Not on track:
therapist-summary-open-alerts =
    { $count ->
        [one] ⚠ { $count } unacknowledged risk alert
       *[other] ⚠ { $count } unacknowledged risk alerts
    }
# $mean: mean mood 0–10; $change: first to last day, signed (+1, −2), or absent.
# The title of the mood chart in summaries and briefs (its days and alt text follow the same language)
therapist-chart-title = Mood (0–10)
therapist-summary-mood =
    Mood: mean { $mean }/10 over { $checkIns ->
        [one] { $checkIns } check-in
       *[other] { $checkIns } check-ins
    }
therapist-summary-mood-change = first to last day { $change }
therapist-summary-no-mood = Mood: no check-ins in this period
therapist-summary-thoughts = Thought records: { $count }
therapist-summary-thoughts-intensity = mood intensity { $before } → { $after }
therapist-summary-thoughts-distortions = top distortions: { $distortions }
therapist-summary-no-thoughts = Thought records: none in this period
therapist-summary-since-previous = { $change } since previous
therapist-summary-level = Detail level: { $level }
therapist-summary-hot-thought = Hot thought:
therapist-summary-balanced = Balanced:

## The summary

therapist-summary-title = { $alias } — last { $days } days
therapist-summary-adherence = Prompts answered: { $prompts } · Homework done: { $homework }
therapist-summary-by-kind = Homework by kind: { $kinds }
therapist-summary-newest = (newest { $when })
therapist-summary-flags =
    Risk flags in this period: { $count ->
        [0] none
       *[other] { $count }
    }
therapist-summary-flags-recent = , the { $shown } most recent:
therapist-summary-emotions = Emotions (mean intensity): { $emotions }
therapist-summary-change-title = Change since the first score
therapist-summary-first-score = { $name } { $total } ({ $date }): the first score — change is classified from the second
therapist-summary-thought-texts = Thought records (client’s words)
therapist-summary-situation = Situation:
therapist-summary-open-30 = 30-day summary

## Risk flags in a summary or brief

therapist-flag-no-alert = no alert (listed here only)
therapist-flag-acknowledged = acknowledged after { $duration }
therapist-flag-not-acknowledged = not acknowledged yet
therapist-flag-escalated = , escalated

## Change since the first score ($name: the questionnaire, $method: how change was judged)

therapist-change-improvement = reliable improvement
therapist-change-deterioration = reliable deterioration
therapist-change-none = no reliable change
therapist-change-rci = { $method }, RCI { $rci }
therapist-change-points = { $method }, ≥ { $points } points
therapist-change-recovered = clinically significant: out of the clinical range
therapist-change-still-case = not yet out of the clinical range ({ $cutoff })
therapist-change-response = response (≥ 50% lower)
therapist-change-remission = remission (below { $below })
therapist-change-apart = { $months } months apart
therapist-change-version = questionnaire version changed ({ $from } → { $to }): compare with care

## "Not on track" (numbers only, never anything the client wrote)

therapist-not-on-track-deterioration = { $name } reliably worse: { $from } → { $to } since { $since } ({ $method })
therapist-not-on-track-no-improvement = { $name } given { $count } times, no reliable improvement: { $from } → { $to } since { $since }
# $slope: change a day, signed with a real minus sign (−0.15).
therapist-not-on-track-mood-falling = Mood falling over { $days } days: { $slope } a day (least-squares, { $withCheckIns } days with check-ins)
therapist-not-on-track-homework = Homework { $done }/{ $due } ({ $percent }%) over { $days } days, below the { $target }% target

## The weekly summary's header and the daily digest

therapist-weekly-title = Weekly summary — { $date }
therapist-weekly-counts =
    { $clients ->
        [one] { $clients } client
       *[other] { $clients } clients
    } · { $alerts ->
        [one] { $alerts } unacknowledged risk alert
       *[other] { $alerts } unacknowledged risk alerts
    }
therapist-weekly-no-clients = You have no linked clients yet. `/between invite` creates a code.
therapist-digest-title = Daily digest — { $date }
therapist-digest-open-alerts =
    { $count ->
        [one] ⚠ { $count } open alert
       *[other] ⚠ { $count } open alerts
    }
therapist-digest-line = { $alias } · prompts { $prompts } · homework { $homework }
therapist-digest-no-clients = No linked clients.

## The pre-session brief

therapist-brief-title = Pre-session brief — { $alias }
therapist-brief-session = Session: { $when } ({ $zone })
therapist-brief-no-session = No session set (`/between session` sets one)
therapist-brief-since-last =
    What changed since the last session ({ $date }, { $days ->
        [0] today
        [one] { $days } day ago
       *[other] { $days } days ago
    })
therapist-brief-since-capped = The last session was { $date }; this covers its last { $days } days
therapist-brief-last-days = The last { $days } days (no earlier session recorded)
therapist-brief-homework = Homework
therapist-brief-no-homework = No homework from you in this period.
therapist-brief-assignment = • { $label } ({ $cadence }): { $doneDue } done
therapist-brief-quantity =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
# $rating: what the client rated (therapist-brief-rating-…, or an exercise's own rating's name).
therapist-brief-rating-change = their own { $rating }: { $before } → { $after }/{ $max }
therapist-brief-rating-mean = their own { $rating }: mean { $after }/{ $max }
therapist-brief-rating-answers = ({ $count } answers)
therapist-brief-rating-mood = mood
therapist-brief-rating-mood-intensity = mood intensity
therapist-brief-risk = Risk flags
therapist-brief-no-flags = No risk flags in this period.
therapist-brief-chart-below = (chart below)
therapist-brief-scores = Questionnaires
therapist-brief-no-scores = Questionnaires: none in this period
therapist-brief-highlights = Thought-record highlights (client’s words)
therapist-brief-partner =
    Accountability partner: { $partner ->
        [yes] yes
       *[no] no
    }

## How often (the brief's homework lines)

therapist-cadence-daily = daily
therapist-cadence-weekdays = weekdays
therapist-cadence-once = once
