# Between — English: risk alerts, re-alerts, escalations and their acknowledged forms; where a risk
# flag was seen (its source) and its severity. Rendered in the practice's THERAPIST_LOCALE.
# Register: professional, plain and brief; addressed to a clinician. Never what the client wrote.
# Markup: *bold*, _italic_; values arrive escaped.

## Alerts ($alias: the alias(es) the therapists gave the client)

therapist-alert-urgent = Urgent: possible risk — { $alias }
therapist-alert-reminder = Reminder — not yet acknowledged: possible risk — { $alias }
therapist-alert-noted = Noted, no alert: possible risk (low) — { $alias }
therapist-alert-escalation = Escalation — risk alert not acknowledged: { $alias }
therapist-alert-acknowledged-title = ✓ Acknowledged: possible risk — { $alias }
# $source: therapist-risk-source-…; $severity: therapist-severity-…; $raised: date, time and zone.
therapist-alert-details = Source: { $source } · severity: { $severity } · raised { $raised }
therapist-alert-action = The client was shown crisis resources. Please follow your practice’s risk protocol, then press Acknowledge.
therapist-alert-low-action = Listed in your summaries only; there is nothing to acknowledge.
# $duration: therapist-duration-….
therapist-alert-unacknowledged-for = Not acknowledged after { $duration }.
therapist-alert-alerted = Alerted: { $therapists }.
therapist-alert-alerted-therapist = { $name } (as { $alias })
therapist-alert-nobody-linked = No therapist is linked to this client any more.
therapist-alert-escalation-action = Please make sure someone follows the practice’s risk protocol now, then press Acknowledge.
therapist-alert-acknowledged-by = Acknowledged by { $name } at { $when }, { $after } after it was raised.
therapist-alert-acknowledge = Acknowledge
therapist-alert-open-summary = Open summary
therapist-alert-some-client = a client
therapist-alert-someone = someone

## Where a flag was seen

therapist-risk-source-free-text = a free-text message
therapist-risk-source-checkin = a check-in
therapist-risk-source-thought = a thought record
therapist-risk-source-assessment = a questionnaire
therapist-risk-source-onboarding = a message during set-up
therapist-risk-source-settings = a message in the settings
therapist-risk-source-delete = a message while deleting their data
therapist-risk-source-partner = a message to their accountability partner
therapist-risk-source-partner-invite = a message while inviting an accountability partner
therapist-risk-source-partner-join = a message while joining an accountability partner
therapist-risk-source-cheer = a cheer for their accountability partner
therapist-risk-source-safety-plan = the safety plan
# $exercise: the homework kind's name (lower-case inside an English sentence).
therapist-risk-source-exercise = the { $exercise } exercise
# $source: the exercise's source label (therapist-risk-source-exercise or -safety-plan).
therapist-risk-source-follow-up = the follow-up of { $source }
# $instrument: the questionnaire's short name (PHQ-9); $item: the item's number.
therapist-risk-source-item = { $instrument } item { $item }
therapist-risk-source-unknown = another part of the chat

## Severity

therapist-severity-high = high
therapist-severity-medium = medium
therapist-severity-low = low
therapist-severity-unrated = unrated

## Durations (how long until an alert was acknowledged)

therapist-duration-under-a-minute = less than a minute
therapist-duration-minutes = { $minutes } min
therapist-duration-hours = { $hours } h
therapist-duration-hours-minutes = { $hours } h { $minutes } min
therapist-duration-days = { $days } days
therapist-duration-days-hours = { $days } days { $hours } h
