# Between — English: onboarding (/start for someone new) and enrollment codes.
# Register: warm, plain, second person ("you").

flow-title-onboarding = set-up
onboarding-welcome-title = Welcome to Between.
onboarding-welcome = I help you keep up with the work you do in therapy between sessions: short daily check-ins, thought records and the homework your therapist gives you.
onboarding-consent = To do this I store your answers, encrypted. Only you — and, if you link one, your therapist, at the level of detail you agree to — can see them. You can export or delete everything at any time (/export, /delete).
onboarding-consent-question = Is that okay?
onboarding-consent-yes = Yes, I agree
onboarding-consent-no = No
onboarding-has-code = Did your therapist give you an enrollment code?
onboarding-has-code-yes = Yes, I have a code
onboarding-has-code-no = No
onboarding-code-cannot-skip = An enrollment code comes from your therapist: it links you to them, so they get summaries of your check-ins and are alerted if you’re ever in crisis. No code, or not now? Choose No — everything works without one, and you can add it later in /settings.
onboarding-code = Please type the code (letters and numbers; dashes and spaces don’t matter).
onboarding-declined = That’s completely okay — I haven’t stored anything about you. If you change your mind, type /start.
onboarding-done-title = You’re all set.
# $timezone: "Berlin (UTC+01:00)"; $time: "20:00"
onboarding-done-schedule = Timezone: { $timezone }. Daily check-in: { $time }.
onboarding-done-country = Country: { $place } — /helplines shows its crisis lines.
onboarding-done-next = Try a check-in now with /checkin, or write a thought record with /thought. /help lists everything.

## Enrollment codes (onboarding and /settings)

enrollment-set-up-first = Please finish setting up first (/start), then enter your code.
enrollment-malformed = That doesn’t look like an enrollment code (8–16 letters and numbers). You can add it later in /settings.
enrollment-too-many = Too many codes were tried in the last hour, so I’ve paused code checks for a while. Please try again later in /settings, or ask your therapist for a new code.
enrollment-linked = Your therapist is now linked. They’ll see summaries of your check-ins and homework (never more than you agree to in /settings), and they’ll be alerted if you’re ever in crisis.
enrollment-expired = That code has expired. Please ask your therapist for a new one; you can enter it in /settings.
enrollment-used = That code has already been used. Please ask your therapist for a new one; you can enter it in /settings.
enrollment-not-found = I couldn’t find that code. Please check it with your therapist; you can enter it in /settings at any time.
