# Between — Deutsch: /delete sowie der lesbare Fortschrittsbericht und die Wörter der JSON-Datei,
# die /export schickt. Anrede: du (warm, persönlich), durchgehend.

flow-title-delete = Löschen

## /delete

delete-no-data = Ich habe keine Daten von dir gespeichert.
delete-first-title = Alles löschen?
delete-first = Damit werden deine Check-ins, Gedankenprotokolle, Übungen, Fragebogen-Antworten, Hausaufgaben und Einstellungen sowie jede Verbindung zu einer Therapeutin, einem Therapeuten oder einem Partner dauerhaft gelöscht. Das lässt sich nicht rückgängig machen. (Möchtest du vorher eine Kopie? Nutze /export.)
delete-kept =
    Was bleibt: ein Protokoll der Vorgänge (etwa „Daten exportiert“, „Zusammenfassung von deiner Therapeutin oder deinem Therapeuten angesehen“, „Daten gelöscht“) mit Datum und Anzahl – nie etwas, das du geschrieben hast, und nicht mehr mit dir verknüpft. Damit kann die Praxis zeigen, wer was mit deinen Daten gemacht hat{ $period ->
        [none] ; es wird unbegrenzt aufbewahrt
       *[other] ; es wird nach { $period } gelöscht
    }.
delete-retention-years =
    { $count ->
        [one] { $count } Jahr
       *[other] { $count } Jahren
    }
delete-retention-days =
    { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    }
delete-yes = Ja, alles löschen
delete-no = Nein, meine Daten behalten
delete-second = Letzte Rückfrage: Bist du sicher? Dann ist alles endgültig weg.
delete-permanently = Endgültig löschen
delete-cancel = Abbrechen
delete-cancelled = Okay – es wurde nichts gelöscht.
delete-done = Alles, was du bei Between gespeichert hast, ist gelöscht.
delete-restart = Wenn du noch einmal anfangen möchtest, schreib /start. Pass gut auf dich auf.

## Der lesbare Fortschrittsbericht (/export). Reiner Text: Der Bericht maskiert ihn beim Schreiben des HTML.

report-document-title = Mein Fortschritt mit Between
report-heading = Mein Fortschritt
report-prepared-for = Für { $name }
report-prepared = Erstellt am { $date }. Die Zeiten sind in deiner Zeitzone, { $zone }.
report-intro = Das ist eine Zusammenfassung dessen, was du bei Between festgehalten hast. Du kannst sie zu einer Sitzung mitbringen oder einfach für dich behalten. Sie gehört dir: Niemand sieht sie, außer du teilst sie.
report-complete = Alles, was du gespeichert hast, steht vollständig in der JSON-Datei, die mit diesem Bericht kam.
report-mood-title = Check-ins und Stimmung im Verlauf
report-mood-chart-title = Stimmung (0–10), Tagesdurchschnitt
report-mood-chart-caption =
    Deine Stimmung { $days ->
        [one] am letzten Tag
       *[other] in den letzten { $days } Tagen
    } (der Durchschnitt der Check-ins jedes Tages; Lücken sind Tage ohne Check-in).
report-mood-chart-missing = Die Kurve konnte diesmal nicht gezeichnet werden; unten stehen alle Check-ins.
report-no-check-ins = Noch keine Check-ins. Wann immer du so weit bist: /checkin dauert etwa 30 Sekunden.
report-check-in-summary =
    { $count ->
        [one] { $count } Check-in
       *[other] { $count } Check-ins
    } insgesamt, mit einer durchschnittlichen Stimmung von { $average } von 10.
report-column-when = Wann
report-column-mood = Stimmung
report-column-emotions = Gefühle
report-column-coping = Was geholfen hat
report-column-trigger = Was passiert ist
report-column-note = Notiz
report-thought-title = Gedankenprotokolle
report-no-thoughts = Noch keine Gedankenprotokolle. /thought führt dich Schritt für Schritt durch eins.
report-situation = Situation
report-moods = Gefühle (vorher → nachher)
report-thoughts = Automatische Gedanken
report-hot-thought = der zentrale Gedanke
report-traps = Denkfallen
report-no-traps = keine ausgewählt
report-evidence-for = Was dafür spricht
report-evidence-against = Was dagegen spricht
report-balanced = Ausgewogener Gedanke
report-belief = (zu { $percent } % geglaubt)
report-assessment-title = Fragebögen
report-no-assessments = Noch keine Fragebögen.
report-column-questionnaire = Fragebogen
report-column-score = Wert
report-column-range = Bereich
report-score = { $total } von { $max }
report-score-only = { $total }
report-exercise-title = Übungen
report-no-exercises = Noch keine Übungen. /exercise zeigt dir die Sammlung.
report-exercise-done = erledigt
report-exercise-open = wartet auf den zweiten Teil
report-homework-title = Hausaufgaben
report-no-homework = Bisher keine Hausaufgaben.
report-homework-checkin = Gefühls-Check-in
report-homework-thought = Gedankenprotokoll
report-homework-assessment = Fragebogen
report-homework-custom = Aufgabe
report-cadence-daily = jeden Tag
report-cadence-weekdays = an Werktagen
report-cadence-once = einmal
report-homework-line = { $kind }, { $cadence }
report-homework-done =
    { $count ->
        [0] noch nicht erledigt
        [one] an { $count } Tag erledigt
       *[other] an { $count } Tagen erledigt
    }
report-homework-ended = abgeschlossen
report-partner-title = Unterstützungspartner
report-no-partner = Kein Unterstützungspartner.
report-partner-pending = wartet auf Bestätigung
report-partner-active = Partner
report-partner-ended = beendet
report-partner-blocked = beendet
report-partner-line = Du (als { $you }) und { $partner }: { $status }
report-footer = Erstellt mit Between. Dieser Bericht wurde für dich erstellt, auf deinen Wunsch.

## Die Wörter der JSON-Datei

export-times = Alle Zeiten sind in deiner Zeitzone ({ $zone }), geschrieben nach ISO 8601 mit ihrem Abstand zu UTC.
export-left-out-as = nicht enthalten: { $reason }
export-left-out-OutboxMessage = Nachrichten, die Between dir schickt und die auf die Zustellung warten (gesendete werden nach 7 Tagen vergessen): was Between gesagt hat, nicht was du gespeichert hast.
export-left-out-ProcessedUpdate = Kennungen bereits verarbeiteter Chat-Nachrichten (nach 3 Tagen vergessen), aufbewahrt, um Doppeltes zu erkennen; sie nennen keine Person.
export-left-out-RateLimitHit = Zeitpunkte von Versuchen (ausprobierte Codes, gesendete Ermutigungen, verschobene Erinnerungen), gezählt, um Missbrauch zu begrenzen: nur Kennungen und Zeiten, nichts, was du geschrieben hast.
