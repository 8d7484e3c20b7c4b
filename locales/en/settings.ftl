# Between — English: /settings, and the questions onboarding shares with it (timezone, country,
# check-in time). Register: warm, plain, second person ("you").

flow-title-settings = settings
settings-title = Your settings
settings-timezone = Timezone: { $timezone }
settings-prompt-time = Daily check-in: { $time }
settings-quiet = Quiet hours: { $quiet }
settings-quiet-none = none
settings-country = Country (for crisis lines): { $country }
settings-country-not-set = not set
settings-language = Language: { $language }
# $sees: what the linked therapist receives (from the therapist side)
settings-therapist-sees = Your therapist sees: { $sees }.
settings-question = What would you like to change?
settings-item-timezone = Timezone
settings-item-promptTime = Check-in time
settings-item-quiet = Quiet hours
settings-item-country = Country (for crisis lines)
settings-item-language = Language
settings-item-code = Enrollment code
settings-item-partnerShare = Partner sharing
settings-item-therapistShare = What my therapist sees
settings-item-done = Done
settings-quiet-question = Quiet hours: I won’t send prompts or reminders in this window. Choose one, or type a range like 22:00-07:00 (or “none”).
settings-quiet-choice-none = None
settings-quiet-invalid = Please give a range like 22:00-07:00, or type none.
settings-code-question = Please type the enrollment code your therapist gave you.
settings-therapist-share-question = What may your therapist receive in their summaries? (Risk alerts always reach them.)
settings-therapist-share-minimal = Only what I did
settings-therapist-share-clinical = Plus scores and trends
settings-therapist-share-full = Plus what I write
# What each level carries, in the client's words
settings-therapist-share-minimal-description = whether check-ins and homework were done, and risk alerts — no scores, nothing you write
settings-therapist-share-clinical-description = whether check-ins and homework were done, risk alerts, mood and questionnaire results (scores, notes, and your answer on how much problems get in the way) and trends, the ratings you give in exercises, and whether you have an accountability partner (yes or no) — nothing you write
settings-therapist-share-full-description = whether check-ins and homework were done, risk alerts, scores and trends, exercise ratings, whether you have an accountability partner (yes or no), and the text of your thought records
settings-partner-share-question = What should your accountability partner see each day?
settings-saved-title = Saved.
settings-saved = { $timezone } · daily check-in { $time } · quiet hours { $quiet }.
settings-language-saved = Language: { $language }.
settings-country-saved = Your crisis lines now follow { $place } — /helplines shows them.
settings-therapist-share-saved = Your therapist now receives at most: { $description }.
settings-therapist-share-no-therapist = No therapist is linked yet; your choice will apply when you link one (enter their code here).
settings-partner-share-saved = Your partner now sees { $share }.
settings-partner-share-no-partner = You have no partner yet; you’ll choose again when you pair (/partner invite).

## Country (for crisis lines)
# $place: the country's name; $country: its ISO code, for grammar

country-from-timezone = { $place } (from your timezone)
country-guess = It looks like you’re in { $place } — is that right? I use your country only to show you the right crisis lines.
country-guess-yes = Yes
country-guess-other = Choose another
country-keep = Keep { $place }
country-now = Now: { $description }.
country-question = Which country do you live in? Type its name — in English or in its own language — or its two-letter code (e.g. “Germany”, “Deutschland” or “DE”). I use it only to show you the right crisis lines.
country-unknown = I don’t know a country called “{ $typed }”. Could you type its name in English or in its own language (e.g. “Germany” or “Deutschland”), or its two-letter code (e.g. “DE”)?
country-ambiguous = Did you mean { $first } or { $last }? Please type the full name.
country-norway = If you mean Norway, type “Norway”. Otherwise, type the name of your country.

## Timezone and check-in time

timezone-question = Which timezone are you in? Choose one, or type your city or a timezone name (e.g. “Chicago” or “Europe/Berlin”).
timezone-unknown = I couldn’t find a timezone for “{ $typed }”. Try a nearby big city, or a name like “America/Chicago” or “Europe/Berlin”.
timezone-choice-america-los-angeles = US Pacific
timezone-choice-america-denver = US Mountain
timezone-choice-america-chicago = US Central
timezone-choice-america-new-york = US Eastern
timezone-choice-europe-london = UK / Ireland
timezone-choice-europe-berlin = Central Europe
timezone-choice-australia-sydney = Australia East
timezone-choice-utc = UTC
# $timezone: "Berlin (UTC+01:00)"
prompt-time-question = When should I send your daily check-in? Choose a time or type one (e.g. 19:30 or 7:30pm) — it’s your local time, { $timezone }.
prompt-time-invalid = Please give a time of day like 20:00, 8pm or 7:30 am.
