# Between — Deutsch: Slacks eigene Worte im Therapie-Workspace: das Hausaufgaben-Formular, App Home,
# die Entschuldigung nach einem unerwarteten Fehler. In der Sprache der Praxis (THERAPIST_LOCALE).
# Anrede: Sie (professionell, sachlich, knapp); Beschriftungen kurz (Slack kürzt Formulartitel nach 24 Zeichen).

## Das Hausaufgaben-Formular

therapist-slack-assign-title = Hausaufgabe vergeben
therapist-slack-assign-submit = Vergeben
therapist-slack-assign-close = Abbrechen
therapist-slack-assign-client = Person
therapist-slack-assign-kind = Hausaufgabe
therapist-slack-assign-cadence = Wie oft
therapist-slack-cadence-daily = Täglich
therapist-slack-cadence-weekdays = Werktags
therapist-slack-cadence-days = An den Tagen unten
therapist-slack-cadence-once = Einmal
therapist-slack-assign-days = Tage (für „An den Tagen unten“)
therapist-slack-assign-due-time = Erinnerungszeit (Ortszeit der Person)
therapist-slack-assign-instructions = Anleitung für die Person
therapist-slack-assign-instructions-hint = Erforderlich für: { $kinds }. Bei „{ $journal }“ ist das die Schreibanregung für die Person.
therapist-slack-assign-setting = { $kind }: { $setting }
therapist-slack-assign-setting-hint = Nur für { $kind }.
therapist-slack-assigned-title = Hausaufgabe vergeben
therapist-slack-assigned-close = Fertig
therapist-slack-assigned = An { $alias } vergeben. Die Person wurde in ihrem Chat informiert.

## App Home

therapist-slack-home-title = Between — Ihre Klient:innen
therapist-slack-home-not-registered = Sie sind hier noch nicht als Therapeut:in registriert. Geben Sie `/between register` in einem beliebigen Kanal oder im Nachrichten-Tab dieser App ein.
therapist-slack-home-no-clients = Noch keine verknüpften Klient:innen. `/between invite` erstellt einen Einmal-Code für eine Person.
therapist-slack-home-more = Weitere Klient:innen: `/between clients`
therapist-slack-home-footer = /between help — alle Befehle · Beteiligung der letzten 7 Tage

## Nachrichten

therapist-slack-shortened = … (gekürzt)
therapist-slack-apology = Entschuldigung — bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.
