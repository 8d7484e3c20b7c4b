# Between — Deutsch: die Krisenantwort, die Krisentelefone und die Auswahl nach einer Krisenantwort
# mitten in einer Frage. Freundlich, klar, ohne je die Worte der Person zu wiederholen.
# Anrede: du (warm, persönlich), durchgehend.

## Ortsangaben (bekommen $place und $country von der Nachricht, die sie nutzt)

gram-in-place =
    { $country ->
        [CH] in der Schweiz
        [US] in den USA
        [NL] in den Niederlanden
        [GB] im Vereinigten Königreich
        [PH] auf den Philippinen
        [TR] in der Türkei
       *[other] in { $place }
    }
gram-in-place-start =
    { $country ->
        [CH] In der Schweiz
        [US] In den USA
        [NL] In den Niederlanden
        [GB] Im Vereinigten Königreich
        [PH] Auf den Philippinen
        [TR] In der Türkei
       *[other] In { $place }
    }

crisis-opening = Ich bin wirklich froh, dass du es mir erzählt hast.
crisis-acknowledge = Es klingt, als würdest du gerade etwas sehr Schmerzhaftes durchmachen. Du verdienst Unterstützung, und du musst das nicht allein tragen.
crisis-not-monitored = Between ist kein Notdienst, und niemand liest diesen Chat in Echtzeit.
crisis-not-monitored-therapist-told = Between ist kein Notdienst, und niemand liest diesen Chat in Echtzeit. Ich habe deiner Therapeutin oder deinem Therapeuten Bescheid gegeben, damit sie oder er sich bei dir melden kann.
crisis-carry-on-or-stop = Wenn du so weit bist, können wir dort weitermachen, wo wir waren – oder hier aufhören, das ist auch okay.
crisis-own-plan-heading = Dein eigener Sicherheitsplan:
crisis-no-plan-yet = Du hast noch keinen Sicherheitsplan geschrieben. Wenn es ruhiger ist, hilft dir /safetyplan dabei – eine kurze Liste, was dir hilft und wen du in schweren Momenten erreichen kannst.
crisis-show-plan = Meinen Sicherheitsplan zeigen
crisis-make-plan = Einen Sicherheitsplan erstellen

## Mitten in einer Frage, nach einer Krisenantwort

hold-choice-safe = Ich bin sicher – weiter
hold-choice-stop = Für jetzt aufhören
hold-choice-plan = Meinen Sicherheitsplan zeigen
hold-prompt = Wenn du so weit bist, wähl eine Option – die Krisentelefone oben sind jederzeit für dich da.
hold-again = Lass dir Zeit. Ich bin da, wenn du so weit bist.
hold-resumed = Danke, dass du mir Bescheid gibst. Hier waren wir:
hold-stopped = Okay, ich habe { gram-flow-acc } für jetzt beendet. Pass bitte gut auf dich auf.
hold-stopped-with-draft = Okay, ich habe { gram-flow-acc } für jetzt beendet. Deine bisherigen Antworten bleiben 24 Stunden gespeichert – fang einfach wieder an, dann machst du dort weiter, wo du aufgehört hast. Pass bitte gut auf dich auf.

## Krisentelefone (Nummern und Namen sind Daten: src/core/safety/crisis-resources-data.ts)

crisis-way =
    { $way ->
        [call] Telefon { $numbers }{ $option }
        [call-or-text] Telefon oder SMS { $numbers }{ $option }
        [text] SMS { $numbers }
       *[whatsapp] WhatsApp { $numbers }
    }
crisis-option = , Taste { $option }
crisis-either = { $first } oder { $last }
crisis-any-time = rund um die Uhr
crisis-line = { $who }: { $how }, { $when }.
crisis-line-free = { $who }: { $how }, { $when }, kostenlos.
crisis-online = Online: { $web }.
crisis-in-place = { gram-in-place-start } – { $line }
crisis-service =
    { $service ->
        [ambulance] { $number } (Rettungsdienst)
       *[police] { $number } (Polizei)
    }
crisis-danger = Wenn du in akuter Gefahr bist, ruf { $numbers } an.
crisis-danger-in = Wenn du in akuter Gefahr bist, ruf { gram-in-place } { $numbers } an, anderswo die örtliche Notrufnummer.
crisis-danger-local = Wenn du in akuter Gefahr bist, ruf die örtliche Notrufnummer an.
crisis-directory-elsewhere = Anderswo: Auf findahelpline.com findest du kostenlose, vertrauliche Hilfetelefone in deinem Land.
crisis-directory-in = Auf findahelpline.com findest du kostenlose, vertrauliche Hilfetelefone { gram-in-place }.
crisis-directory-yours = Auf findahelpline.com findest du kostenlose, vertrauliche Hilfetelefone in deinem Land.
crisis-local-emergency = die örtliche Notrufnummer
crisis-summary = ruf { $emergency } oder ein Krisentelefon an ({ $line })
crisis-summary-no-line = ruf { $emergency } oder ein Krisentelefon an (findahelpline.com listet sie auf)
crisis-summary-in =
    { $emergency ->
        [none] ruf die örtliche Notrufnummer
       *[other] ruf die örtliche Notrufnummer ({ $emergency } { gram-in-place })
    } oder ein Krisentelefon an ({ $line ->
        [none] findahelpline.com listet sie auf
       *[other] { gram-in-place }: { $line }; anderswo listet findahelpline.com sie auf
    })
crisis-summary-local = ruf die örtliche Notrufnummer oder ein Krisentelefon an (findahelpline.com listet sie auf)

## /helplines

helplines-heading = Krisentelefone
helplines-heading-place = Krisentelefone { gram-in-place }
helplines-change-country = Nicht dein Ort? Ändere dein Land in /settings.
helplines-set-country = Sobald du eingerichtet bist (/start), kann ich dir die Nummern für dein Land zeigen.
