# Between — English: the crisis response, the crisis lines, and the choices after a crisis
# response in the middle of a question. Kind, plain, never quoting the person's words back.
# Register: warm, plain, second person ("you").

crisis-opening = I’m really glad you told me.
crisis-acknowledge = It sounds like you may be going through something very painful right now. You deserve support, and you don’t have to carry this alone.
crisis-not-monitored = Between is not an emergency service, and nobody reads this chat in real time.
crisis-not-monitored-therapist-told = Between is not an emergency service, and nobody reads this chat in real time. I’ve let your therapist know, so they can reach out.
crisis-carry-on-or-stop = When you’re ready, we can carry on where we were — or stop here, that’s okay too.
crisis-own-plan-heading = Your own safety plan:
crisis-no-plan-yet = You haven’t written a safety plan yet. When things are calmer, /safetyplan helps you write one — a short list of what helps and who to contact in hard moments.
crisis-show-plan = Show my safety plan
crisis-make-plan = Make a safety plan

## In the middle of a question, after a crisis response
# $title: the flow's name in messages; $flow: its id, for grammar

hold-choice-safe = I’m safe — continue
hold-choice-stop = Stop for now
hold-choice-plan = Show my safety plan
hold-prompt = When you’re ready, choose one — the crisis lines above are there any time.
hold-again = Take your time. I’m here when you’re ready.
hold-resumed = Thank you for letting me know. Here’s where we were:
hold-stopped = Okay, I’ve stopped the { $title } for now. Please look after yourself.
hold-stopped-with-draft = Okay, I’ve stopped the { $title } for now. Your answers so far are kept for 24 hours — start it again to pick up where you left off. Please look after yourself.

## Crisis lines (the numbers and names are data: src/core/safety/crisis-resources-data.ts)
# $place: the country's name ("the United States"); $country: its ISO code, for grammar

crisis-way =
    { $way ->
        [call] call { $numbers }{ $option }
        [call-or-text] call or text { $numbers }{ $option }
        [text] text { $numbers }
       *[whatsapp] WhatsApp { $numbers }
    }
crisis-option = , option { $option }
crisis-either = { $first } or { $last }
crisis-any-time = any time
# $how: "call *988*"; $who: the line's name; $when: "any time" or its hours
crisis-line = { $how } ({ $who }), { $when }.
crisis-line-free = { $how } ({ $who }), { $when }, free.
crisis-online = Online: { $web }.
crisis-in-place = In { $place }: { $line }
crisis-service =
    { $service ->
        [ambulance] { $number } (ambulance)
       *[police] { $number } (police)
    }
crisis-danger = If you are in immediate danger, call { $numbers }.
crisis-danger-in = If you are in immediate danger, call { $numbers } in { $place }, or your local emergency number elsewhere.
crisis-danger-local = If you are in immediate danger, call your local emergency number.
crisis-directory-elsewhere = Elsewhere: findahelpline.com lists free, confidential helplines in your country.
crisis-directory-in = findahelpline.com lists free, confidential helplines in { $place }.
crisis-directory-yours = findahelpline.com lists free, confidential helplines in your country.
crisis-local-emergency = your local emergency number
# Short clauses after "If you are in danger or thinking about ending your life, …"
crisis-summary = call { $emergency } or a crisis line ({ $line })
crisis-summary-no-line = call { $emergency } or a crisis line (findahelpline.com lists them)
# $emergency and $line are "none" when there is none
crisis-summary-in =
    { $emergency ->
        [none] call your local emergency number
       *[other] call your local emergency number ({ $emergency } in { $place })
    } or a crisis line ({ $line ->
        [none] findahelpline.com lists them
       *[other] in { $place }: { $line }; elsewhere findahelpline.com lists them
    })
crisis-summary-local = call your local emergency number or a crisis line (findahelpline.com lists them)

## /helplines

helplines-heading = Crisis lines
helplines-heading-place = Crisis lines for { $place }
helplines-change-country = Not where you are? Change your country in /settings.
helplines-set-country = Once you’re set up (/start), I can show the lines for your country.
