# Between — Deutsch: die Sofort-Befehle (/history mit den Fortschrittszeilen, /homework, /pause, /resume, /export).
# Anrede: du (warm, persönlich), durchgehend; freundlich beim Fortschritt, nie beschämend.

## /history

commands-history-title = Deine Stimmung, letzte 7 Tage
commands-history-day-check-ins = ({ $count } Check-ins)
commands-history-counts =
    { $checkIns ->
        [one] { $checkIns } Check-in
       *[other] { $checkIns } Check-ins
    } und { $thoughts ->
        [one] { $thoughts } Gedankenprotokoll
       *[other] { $thoughts } Gedankenprotokolle
    } diese Woche.
commands-history-no-check-ins = Wann immer du so weit bist: /checkin dauert etwa 30 Sekunden.
commands-chart-title = Deine Stimmung (0–10)
commands-chart-alt = { $title } nach Tagen: { $days }.
commands-chart-alt-day =
    { $mood ->
        [none] { $day }: kein Check-in
       *[other] { $day }: { $mood }
    }
commands-progress-scores-title = Was deine Werte zeigen
commands-progress-compared = { $name }: { $from } (am { $fromDate }), { $to } (am { $toDate }).
commands-progress-better = Eine Veränderung dieser Größe ist mehr als die übliche Schwankung von Tag zu Tag – eine echte Verbesserung.
commands-progress-better-out-of-range = Eine Veränderung dieser Größe ist mehr als die übliche Schwankung von Tag zu Tag – eine echte Verbesserung, und dein Wert liegt jetzt außerhalb des Bereichs, in dem dieser Fragebogen zusätzliche Unterstützung nahelegt.
commands-progress-worse = Eine Veränderung dieser Größe ist mehr als die übliche Schwankung von Tag zu Tag. Es könnte helfen, mit deiner Therapeutin oder deinem Therapeuten darüber zu sprechen.
commands-progress-steady = Eine Veränderung dieser Größe liegt im Rahmen der üblichen Schwankung von Tag zu Tag.
commands-progress-first = { $name }: { $total } am { $date } – dein erster Wert. Der nächste zeigt, wohin es geht.
commands-progress-homework-title = Deine Hausaufgaben
commands-progress-streak = Du hast { $days } Tage hintereinander Hausaufgaben gemacht. Super!
commands-progress-done-one-day =
    { $when ->
        [today] Du hast heute deine Hausaufgabe gemacht – danke.
       *[yesterday] Du hast gestern deine Hausaufgabe gemacht – danke.
    }
commands-progress-some-days = Du hast an { $days } der letzten { $of } Tage Hausaufgaben gemacht. Jedes bisschen zählt.
commands-progress-when-ready = Deine Hausaufgaben sind da, wann immer du so weit bist: /homework.

## /homework

commands-no-homework = Du hast gerade keine Hausaufgaben. Deine Therapeutin oder dein Therapeut kann dir welche geben; bis dahin sind /checkin und /thought immer für dich da.
commands-homework-title = Deine Hausaufgaben
commands-homework-done-today = heute erledigt
commands-homework-cadence =
    { $cadence ->
        [daily] täglich
        [weekdays] werktags
        [once] einmal
        [days] { $days }
       *[other] { $days }
    }
commands-homework-ended = Diese Hausaufgabe ist beendet oder gehört nicht mehr zu dir. /homework zeigt, was aktuell ist.
commands-homework-already-done = { $label } ist für heute schon erledigt ✓
commands-homework-marked-done = { $label }: für heute erledigt ✓ Das zählt für deine Hausaufgabe.

## Hausaufgaben von deiner Therapeutin oder deinem Therapeuten: die Nachricht dazu und die tägliche Erinnerung; das Ende der Verbindung

commands-homework-assigned = *Neue Hausaufgabe von deiner Therapeutin oder deinem Therapeuten:* { $label } – { $cadence }{ $time ->
        [none] .
       *[other] , und ich erinnere dich um { $time } Uhr daran.
    }
commands-homework-instructions = _Anleitung:_ { $text }
commands-homework-assigned-whenever = Mach sie, wann es dir passt – sie zählt, sobald du fertig bist.
commands-homework-reminder-title = Eine kleine Erinnerung an deine Hausaufgaben für heute:
commands-homework-reminder-line = • { $label } ({ $cadence })
commands-homework-reminder-whenever = Wann immer es dir passt – jede Aufgabe zählt, sobald du sie erledigt hast.
commands-therapist-unlinked = Deine Therapeutin oder dein Therapeut hat die Verbindung mit Between beendet und bekommt von hier keine Zusammenfassungen mehr. Alles andere funktioniert wie bisher; mit einem neuen Code kannst du dich in /settings wieder verbinden.

## /pause und /resume

commands-pause-days = Gib bitte eine Anzahl von Tagen zwischen 1 und { $max } an, z. B. /pause 3 – oder einfach /pause für eine Woche.
commands-paused = Pausiert. Bis { $until } schicke ich dir keine täglichen Erinnerungen. Mit /resume schaltest du sie früher wieder ein. Alles andere funktioniert weiterhin, wann immer du willst.
commands-resumed = Schön, dass du wieder da bist – die täglichen Erinnerungen sind wieder an (um { $time } Uhr).

## /export

commands-export-json = Hier ist alles, was du bei Between gespeichert hast. Diese JSON-Datei enthält alles, vollständig (Zeiten in deiner Zeitzone, { $timezone }).
commands-export-csv = Eine CSV-Datei für Tabellen: eine Zeile pro Check-in, Gedankenprotokoll (mit dem, was du geschrieben hast), Fragebogen und Übung.
commands-export-report = Und ein lesbarer Bericht „Mein Fortschritt“: deine Stimmungskurve, Gedankenprotokolle, Fragebögen, Übungen, Hausaufgaben und dein Partner. Öffne ihn in einem beliebigen Browser, druck ihn aus oder bring ihn zu einer Sitzung mit.
commands-export-fhir = Zum Schluss deine Fragebögen und Check-ins in FHIR R4, dem Format, das Systeme für Gesundheitsakten importieren: Gib diese Datei einer Praxis oder Klinik, die danach fragt. Sie nennt dich über einen Code, nie mit Namen.
