# Between — English: Slack's own words for the therapist workspace: the homework form, App Home,
# the apology after an unexpected error. Rendered in the practice's THERAPIST_LOCALE.
# Register: professional, plain and brief; labels short (Slack cuts modal titles at 24 characters).

## The homework form (modal)

therapist-slack-assign-title = Assign homework
therapist-slack-assign-submit = Assign
therapist-slack-assign-close = Cancel
therapist-slack-assign-client = Client
therapist-slack-assign-kind = Homework
therapist-slack-assign-cadence = How often
therapist-slack-cadence-daily = Daily
therapist-slack-cadence-weekdays = Weekdays
therapist-slack-cadence-days = On the days below
therapist-slack-cadence-once = Once
therapist-slack-assign-days = Days (for “On the days below”)
therapist-slack-assign-due-time = Reminder time (client’s local time)
therapist-slack-assign-instructions = Instructions for the client
# $kinds: the kinds that need instructions; $journal: the reflective journaling kind's name.
therapist-slack-assign-instructions-hint = Required for: { $kinds }. For { $journal }, this is the client’s prompt.
therapist-slack-assign-setting = { $kind }: { $setting }
therapist-slack-assign-setting-hint = Only for { $kind }.
therapist-slack-assigned-title = Homework assigned
therapist-slack-assigned-close = Done
therapist-slack-assigned = Assigned to { $alias }. They were told in their chat.

## App Home

therapist-slack-home-title = Between — your clients
therapist-slack-home-not-registered = You are not a registered therapist here yet. Type `/between register` in any channel or in this app’s Messages tab.
therapist-slack-home-no-clients = No linked clients yet. `/between invite` creates a single-use code for a client.
therapist-slack-home-more = More clients: `/between clients`
therapist-slack-home-footer = /between help — all commands · adherence over the last 7 days

## Messages

therapist-slack-shortened = … (shortened)
therapist-slack-apology = Sorry — something went wrong on our side. Please try again in a moment.
