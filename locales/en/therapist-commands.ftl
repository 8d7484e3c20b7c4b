# Between — English: the therapist side's commands (/between …), their replies and refusals, the
# session times and the admins' approval messages. Rendered in the practice's THERAPIST_LOCALE.
# Register: professional, plain and brief; addressed to a clinician ("you"); clients named only by alias.
# Markup: *bold*, _italic_, `code`; values arrive escaped. /between and its sub-commands stay untranslated.

## /between help

therapist-help-title = Between for therapists
therapist-help =
    `/between register` — register as a therapist (the first in a workspace, or approved by an admin)
    `/between invite [alias]` — a single-use code for a client (alias defaults to “Client N”)
    `/between clients` — your clients, open risk alerts first
    `/between assign [alias]` — assign homework
    `/between summary <alias> [7d|30d]` — a summary with a mood chart, sent to your messages
    `/between export <alias> fhir` — the client’s questionnaires and check-ins as a FHIR R4 file for your record system, within their consent
    `/between session <alias> <when>` — the next session: `2026-12-10 15:00`, `tue 15:00 weekly`, `clear` (a timezone may follow); its brief comes before it
    `/between prep <alias>` — the pre-session brief now: what changed since the last session
    `/between unlink <alias>` — end the link with a client
    `/between level <minimal|clinical|full>` — how much detail summaries carry
    `/between target <0–100|default>` — your homework target (%): a client below it is flagged “not on track”
    `/between schedule <mon…sun> <HH:MM> [digest on|off] [timezone]` — weekly summary time
    `/between pair <alias>, <alias>` — suggest two of your clients as accountability partners (both must accept)
    `/between approve @user` — (admins) approve a therapist
therapist-unknown-command = I don’t know “{ $command }”.

## Registration and approval

therapist-already-registered = You are already registered. Type `/between help` to see what you can do.
therapist-pending-admins-told = Thanks — your registration is waiting for a workspace admin to approve it; the admins have been told, and I’ll message you once it is approved.
therapist-pending-no-admins = Thanks — your registration is waiting for approval, but no Between admins are set up for this workspace yet (SLACK\_ADMIN\_USER\_IDS). Please ask whoever runs Between to add one.
therapist-registered-title = You are registered.
therapist-registered = Summaries and urgent risk alerts will come to your direct messages with me. Next: `/between invite` to enroll a client.
therapist-approve-usage = Please name the therapist: `/between approve @name`.
therapist-approve-done = Approved. They can now invite clients.
# $user: the workspace user id (U…).
therapist-awaiting-approval-title = A therapist is waiting for your approval.
therapist-awaiting-approval = Workspace user `{ $user }` registered with Between. To approve: `/between approve { $user }` (or `/between approve @their-name`).
therapist-approved-title = Your Between registration is approved.
therapist-approved = Next: `/between invite` to enroll a client; `/between help` shows everything.
therapist-only-admins = Only a workspace admin listed in SLACK\_ADMIN\_USER\_IDS can approve therapists.
therapist-not-registered-yet = That person has not run `/between register` yet.
therapist-already-approved = That therapist is already approved.
therapist-not-registered = You are not registered as a therapist yet. Type `/between register`.
therapist-pending-approval = Your registration is waiting for a workspace admin’s approval (`/between approve @you`).

## Clients: invite, roster, unlink

# An alias given when the therapist gives none (stored; shown to them only).
therapist-numbered-client = Client { $number }
therapist-client = Client
therapist-alias-too-long = An alias can be at most { $max } characters.
therapist-alias-taken = You already have a client with that alias; please choose another.
therapist-invite-title = Invite code for
# $expires: a date (YYYY-MM-DD).
therapist-invite = Single use, valid until { $expires }. The client enters it in Between (/settings → Enrollment code, or during /start).
therapist-invite-note = Share it privately. The alias is how the client appears to you; Between never shows you their name.
therapist-no-clients = You have no linked clients yet. Type `/between invite` to create a code.
therapist-no-such-client = I couldn’t find a client of yours by that name. Type `/between clients` to see your roster.
therapist-no-such-alert = That alert isn’t one of yours, or it no longer exists.
therapist-unlink-usage = Please name the client: `/between unlink Client 7`.
therapist-unlinked = The link with { $alias } has ended; their homework from you stopped and they were told.
therapist-roster-title = Your clients ({ $count })
therapist-roster-period = — last 7 days
therapist-roster-open-alerts =
    { $count ->
        [one] { $count } open risk alert
       *[other] { $count } open risk alerts
    }
therapist-roster-never = never
therapist-roster-no-chat = no chat
# $platform: telegram, discord…; $last: a date or therapist-roster-never; $prompts, $homework: done/due.
therapist-roster-line = ({ $platform }) · last active { $last } · prompts { $prompts } · homework { $homework }
therapist-roster-next-session = next session { $when } ({ $zone })
therapist-not-on-track = ⚑ Not on track:

## Pairing

therapist-pair-usage = Please name two clients, separated by a comma: `/between pair Client 1, Client 2`.
therapist-pair-suggested = Suggested to { $first } first; if they’d like to, { $second } is asked next. Both choose what to share and confirm in their own chat. You won’t be told whether they accept.
therapist-pair-two-different = Please name two different clients.
therapist-pair-refused = I can’t suggest that pairing.

## Summaries, exports, detail levels, schedule

therapist-summary-usage = Please name the client: `/between summary Client 7 30d`.
therapist-summary-on-its-way = The summary of { $alias } is on its way to your messages.
therapist-summary-30-on-its-way = The 30-day summary of { $alias } is on its way to your messages.
therapist-summary-days = Summaries cover 7d or 30d.
therapist-export-usage = Please name the client and the format: `/between export Client 7 fhir`.
therapist-export-on-its-way = The FHIR export of { $alias } is on its way to your messages.
therapist-export-withheld-note = Scores and check-ins are left out at the detail level you get for them.
therapist-fhir-title = FHIR R4 export — { $alias }
therapist-fhir = Questionnaire results and check-ins as a FHIR R4 bundle (JSON), for your record system. The client appears in it by a code, never by name.
therapist-fhir-withheld = Left out at the detail level you get for this client (their consent and your setting): questionnaire scores and check-ins. The file says so too.
therapist-levels-title = Detail levels:
therapist-level-set = Detail level set to { $level }. Each client’s consent can lower it further.
therapist-level-invalid = The detail level is minimal, clinical or full.
therapist-full-detail-off = Full detail (client free text) is off for this workspace: it needs SLACK\_PHI\_ALLOWED=true, which requires a Slack plan covered by a BAA.
# Homework target (/between target). $percent: a whole number 0–100; $own: yes (the therapist's own) or no (the practice's).
therapist-target-set = { $percent ->
        [0] Homework target set to 0%: homework no longer flags your clients “not on track”.
       *[other] Homework target set to { $percent }%: a client who does less than that of their homework over the last 14 days is flagged “not on track”.
    }
therapist-target-default = Homework target back to the practice’s: { $percent }%.
therapist-target-usage = Your homework target is { $percent }% ({ $own ->
        [yes] your own
       *[no] the practice’s
    }). Set it with `/between target 70` (a whole number from 0 to 100; 0 never flags), or go back to the practice’s with `/between target default`.
therapist-target-invalid = “{ $word }” is not a target I can use: please give a whole number from 0 to 100 (0 never flags), for example `/between target 70`, or `/between target default` for the practice’s.
therapist-schedule-not-understood = I didn’t understand “{ $word }”. Example: `/between schedule mon 08:00 digest off Europe/London`.
# $day: mon…sun as typed in the command; $digest: on or off.
therapist-schedule =
    Weekly summary: { $day } at { $time } ({ $zone }) · daily digest { $digest ->
        [on] on
       *[off] off
    }.

## Buttons

therapist-alert-already-acknowledged = This alert about { $alias } was already acknowledged.
therapist-alert-acknowledged = Acknowledged — the alert about { $alias } is recorded as seen by you. Re-alerts stop.
therapist-unknown-button = That button is not one I know. Type `/between help`.

## Sessions (/between session, /between prep)

therapist-session-usage = Please name the client and the time: `/between session Client 1 2026-12-10 15:00`, `/between session Client 1 tue 15:00 weekly`, or `/between session Client 1 clear`. A timezone may follow (`Europe/London`); without one, yours.
therapist-prep-usage = Please name the client: `/between prep Client 1`.
therapist-session-not-understood = I didn’t understand “{ $word }” as a session time. Examples: `2026-12-10 15:00`, `tue 15:00 weekly`, `clear`.
therapist-session-no-such-date = “{ $text }” is not a date on the calendar. Please use YYYY-MM-DD, e.g. `2026-12-10`.
# $when: the date and time; $ago: how long ago ("2 days ago").
therapist-session-in-the-past = That time has already passed: *{ $when }* ({ $zone }) was { $ago }. Please give the next session’s date and time — or a weekly slot, e.g. `tue 15:00 weekly`.
therapist-session-set = *Next session with* *{ $alias }*: { $when } ({ $zone }).
# $day: a weekday's name (therapist-weekday-…); $next: the next occurrence.
therapist-session-set-weekly = *Sessions with* *{ $alias }*: every { $day } at { $time } ({ $zone }); the next is { $next }.
therapist-session-your-time = That is { $when } in your timezone ({ $zone }).
therapist-session-gap = { $time } does not exist on { $date } in { $zone }: the clocks go forward over it. The session is set for { $actual }, when the clocks jump.
therapist-session-twice = { $time } happens twice on { $date } in { $zone }: the clocks go back. The session is set for the first, { $time } { $first } (the second would be { $time } { $second }).
therapist-session-brief =
    { $hours ->
        [one] The pre-session brief comes to your messages { $hours } hour before; `/between prep { $alias }` sends it now.
       *[other] The pre-session brief comes to your messages { $hours } hours before; `/between prep { $alias }` sends it now.
    }
therapist-session-brief-on-demand = `/between prep { $alias }` sends the pre-session brief whenever you want it (scheduled briefs are off here).
therapist-session-cleared = No next session is set for { $alias } any more; no brief will come until you set one.
therapist-session-none = No session is set for { $alias }. Example: `/between session { $alias } tue 15:00 weekly`.
therapist-brief-on-its-way = The pre-session brief for { $alias } is on its way to your messages.
therapist-already-passed = already

## The homework form's refusals (field by field)

therapist-assign-choose-kind = Please choose a kind of homework.
therapist-assign-choose-cadence = Please choose how often.
therapist-assign-needs-instructions = { $label } needs instructions.
therapist-assign-instructions-too-long = Instructions can be at most { $max } characters.
therapist-assign-due-time = Please give a time like 18:00.
therapist-assign-days = Please choose at least one day.
therapist-assign-not-an-option = Please choose “{ $label }” from the list.
therapist-assign-only-one = Please choose one answer for “{ $label }”.
therapist-assign-other-kind = This is for { $kind } only — clear it, or choose { $kind } as the homework.

## Detail levels, as a therapist reads them (/between level)

therapist-level-minimal = whether check-ins and homework were done, and risk alerts — no scores, nothing the client writes
therapist-level-clinical = whether check-ins and homework were done, risk alerts, mood and questionnaire results (scores, notes, and the client’s answer on how much problems get in the way) and trends, the ratings the client gives in exercises, and whether they have an accountability partner (yes or no) — nothing the client writes
therapist-level-full = whether check-ins and homework were done, risk alerts, scores and trends, exercise ratings, whether the client has an accountability partner (yes or no), and the text of their thought records
