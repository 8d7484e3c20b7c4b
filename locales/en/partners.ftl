# Between — English: accountability partners (/partner, /cheer, the invitation and join flows, the
# daily partner digest). Every message is rendered in the language of the person who reads it.
# Register: warm, plain, second person ("you"); never shaming.
# $name: the display name a partner chose; $message / $note: what a partner wrote (quoted as is).

flow-title-partner-invite = partner invitation
flow-title-partner-join = partner set-up
flow-title-cheer = cheer

## What each share level shows: to the person sharing (-mine) and to their partner (-theirs)

partner-share-done = Just “checked in ✓”
partner-share-done-mine = only whether you checked in today
partner-share-done-theirs = only whether they checked in today
partner-share-mood = Check-in + mood
partner-share-mood-mine = whether you checked in today and your mood (0–10)
partner-share-mood-theirs = whether they checked in today and their mood (0–10)
partner-share-note = Check-in + mood + a note
partner-share-note-mine = whether you checked in, your mood, and a short note you write for them (/partner note)
partner-share-note-theirs = whether they checked in, their mood, and a short note they write for you
partner-share-never = Never shared: your thought records, questionnaire results, anything about your therapist, or which app you use.

## /partner

partner-status-title = Accountability partner
partner-none-yet = You have no partner yet.
partner-waiting = • { $name } — waiting for confirmation
partner-sharing = • { $name } shares { $theirs }. You share { $mine }.
partner-options =
    /partner invite — get a code for someone you choose
    /partner join CODE — use a partner’s code
    /partner update <text> — send your partner an update now
    /partner note <text> — today’s note for your partner (if you share notes)
    /cheer — send encouragement
    /partner end — end the partnership · /partner block — end it and prevent re-pairing
partner-unknown-subcommand = I don’t know “/partner { $typed }”. Type /partner to see the options.

## Joining with a code

partner-type-the-code = Please type the code your partner gave you, like /partner join ABCD-2345.
partner-too-many-codes = Too many codes were tried in the last hour. Please wait a while and try again.
partner-code-not-found = I couldn’t find that code. Please check it with your partner.
partner-code-used = That code has already been used. Ask your partner for a new one (/partner invite).
partner-code-expired = That code has expired. Ask your partner for a new one (/partner invite).
partner-own-code = That’s your own code — give it to the person you’d like as a partner.
partner-code-refused = That code can’t be used.
partner-already = You two are already partners (or waiting to confirm).
partner-at-limit =
    You already have { $limit ->
        [one] a partner
       *[other] { $limit } partners
    }. End a partnership first (/partner end) to start a new one.

## Ending a partnership

partner-none = You don’t have a partner at the moment.
# $verb: the subcommand, "end" or "block" (a command word, not translated)
partner-which = You have several partners ({ $names }). Please say which: /partner { $verb } <name>.
partner-ended-for-partner = Your accountability partnership with { $name } has ended. Thank you for supporting each other.
partner-blocked = Done. The partnership with { $name } has ended, and you won’t be paired again. They were told only that it ended.
partner-ended = Done. The partnership with { $name } has ended; they were told it ended, nothing more.

## Updates, cheers and notes

partner-add-update = Please add your update, like /partner update Went for a walk today.
partner-write-encouragement = Please write your encouragement.
partner-message-too-long = That’s { $length } characters; partner messages can be up to { $max }. Could you shorten it?
partner-message-held = I haven’t passed that message on to your partner. Please look after yourself first — the resources above are there any time.
partner-no-active = You don’t have an active partner at the moment.
partner-no-active-invite = You don’t have an active partner at the moment. /partner invite gets you a code to share.
# $kind: cheer or update
partner-daily-limit =
    You’ve sent { $limit } { $kind ->
        [cheer] cheers
       *[update] updates
    } today — that’s the daily limit. Try again tomorrow.
partner-cheer-from = 💛 { $name } sent you some encouragement: “{ $message }”
partner-update-from = 📣 An update from { $name }: “{ $message }”
partner-cheer-sent = Sent. 💛
partner-update-sent = Sent to your partner.
partner-add-note = Please add the note, like /partner note Rough morning, better now.
partner-note-too-long = Notes can be up to { $max } characters; yours is { $length }.
partner-note-held = I haven’t saved that as a note for your partner. Please look after yourself first.
partner-note-saved = Saved — your partner will see it in today’s digest.
partner-note-saved-not-shared = Saved. (You share only check-ins right now, so your partner won’t see notes; change that in /settings.)

## Confirming a partnership

partner-stale-confirm = That button is from an earlier question, or no longer applies.
partner-declined-for-partner = { $name } decided not to start a partnership right now. That’s okay — it isn’t about you.
partner-declined = Okay, no partnership was started.
partner-most = You already have the most partners you can have. End one first (/partner end).
partner-started-title = You’re partners now!
partner-started-for-inviter = { $name } confirmed. Each evening you’ll see what they share; /cheer sends encouragement.
partner-started = Each evening you’ll see what { $name } shares; /cheer sends encouragement.

## A therapist's suggestion

partner-not-started = Okay — nothing was started. Your therapist isn’t told either way.
partner-suggestion-gone = That suggestion is no longer available.
partner-suggested-title = Your therapist suggested an accountability partner for you.
partner-suggested = Another client of theirs would like to pair up, as “{ $name }”, and would share { $share }.
partner-suggested-terms = Partners cheer each other on and see only what each chooses to share — never anything about your therapy. It’s entirely up to you; your therapist isn’t told either way. This invitation lasts 48 hours.
partner-suggested-who = It would be another client of theirs. Partners cheer each other on and see only what each chooses to share — never anything about your therapy.
partner-suggested-how = If you’d like to, press Start to choose the name your partner sees and what to share; then they are asked. It’s entirely up to you; your therapist isn’t told either way.
partner-start = Start
partner-set-up = Set up
partner-no-thanks = No thanks
partner-suggestion-sent = Thanks — I’ve asked the other person. If they’d like to, you’ll both see what the other shares and confirm before anything starts.

## /partner invite and /partner join

partner-name-question = What name should your partner see for you? (a first name or nickname — nothing else about you is shared)
partner-invited-by = { $name } would like you as their accountability partner.
partner-share-question = What would you like your partner to see each day?
partner-invite-at-limit =
    You already have { $limit ->
        [one] a partner
       *[other] the most partners you can have
    }. End a partnership first (/partner end).
partner-code-title = Your partner code: { $code }
partner-code-how-to = Give it to the person you’d like as your accountability partner. They type: /partner join { $code }
partner-code-terms = It works once and expires in 48 hours. You’ll both see what the other shares and confirm before anything starts.
partner-join-not-started = Okay — nothing was started. The code still works if you change your mind.
partner-code-used-meanwhile = That code was used in the meantime. Ask your partner for a new one.
partner-join-summary-theirs = Your partner will share { $theirs }.
partner-join-summary-yours = You will share { $yours }, as “{ $name }”.
partner-start-question = Start the partnership?
partner-join-confirm-yes = Yes, ask them to confirm
partner-join-confirm-no = No
partner-accepted-for-inviter = { $name } accepted your invitation. They will share { $theirs }; you will share { $yours }.
partner-yes-start = Yes, start
partner-not-now = Not now
partner-asked-to-confirm = Thanks! I’ve asked { $name } to confirm, and I’ll let you know.

## /cheer

partner-cheer-question = What would you like to send your partner?
partner-cheer-c0 = You’ve got this 💪
partner-cheer-c1 = Thinking of you today 💛
partner-cheer-c2 = Proud of you for showing up
partner-cheer-c3 = One step at a time 🌱
partner-cheer-own = Write my own
partner-cheer-own-question = Write your encouragement (up to { $max } characters):

## The daily digest

partner-digest-title = Your partner today
partner-digest-cheer = Send some encouragement with /cheer.
partner-view-checked-in = checked in ✓
partner-view-no-update = no update yet
partner-view-mood = mood { $mood }/10
partner-view-note = “{ $note }”
