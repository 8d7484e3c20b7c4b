# Between — Deutsch: die wöchentliche Zusammenfassung, die tägliche Übersicht, die Sitzungsvorbereitung,
# „nicht auf Kurs“ und die Veränderung seit dem ersten Wert. In der Sprache der Praxis (THERAPIST_LOCALE).
# Anrede: Sie (professionell, sachlich, knapp); Fachbegriffe wie in der Literatur (RCI, Jacobson–Truax).
# Markup: *fett*, _kursiv_; Werte kommen maskiert an. $alias: der Alias, den die Therapeutin oder der Therapeut vergeben hat.

## Zusammenfassung und Vorbereitung

therapist-summary-language = Sprache: { $language }
therapist-summary-not-on-track = ⚑ Nicht auf Kurs:
therapist-summary-open-alerts =
    { $count ->
        [one] ⚠ { $count } unbestätigter Risikohinweis
       *[other] ⚠ { $count } unbestätigte Risikohinweise
    }
# The title of the mood chart in summaries and briefs (its days and alt text follow the same language)
therapist-chart-title = Stimmung (0–10)
therapist-summary-mood =
    Stimmung: Mittelwert { $mean }/10 aus { $checkIns ->
        [one] { $checkIns } Check-in
       *[other] { $checkIns } Check-ins
    }
therapist-summary-mood-change = erster bis letzter Tag { $change }
therapist-summary-no-mood = Stimmung: keine Check-ins in diesem Zeitraum
therapist-summary-thoughts = Gedankenprotokolle: { $count }
therapist-summary-thoughts-intensity = Intensität der Gefühle { $before } → { $after }
therapist-summary-thoughts-distortions = häufigste Denkfallen: { $distortions }
therapist-summary-no-thoughts = Gedankenprotokolle: keine in diesem Zeitraum
therapist-summary-since-previous = { $change } seit dem vorigen
therapist-summary-level = Detailstufe: { $level }
therapist-summary-hot-thought = Heißer Gedanke:
therapist-summary-balanced = Ausgewogen:

## Zusammenfassung

therapist-summary-title = { $alias } — letzte { $days } Tage
therapist-summary-adherence = Beantwortete Nachfragen: { $prompts } · Erledigte Hausaufgaben: { $homework }
therapist-summary-by-kind = Hausaufgaben nach Art: { $kinds }
therapist-summary-newest = (der neueste am { $when })
therapist-summary-flags =
    Risikosignale in diesem Zeitraum: { $count ->
        [0] keine
       *[other] { $count }
    }
therapist-summary-flags-recent = , die { $shown } neuesten:
therapist-summary-emotions = Gefühle (mittlere Intensität): { $emotions }
therapist-summary-change-title = Veränderung seit dem ersten Wert
therapist-summary-first-score = { $name } { $total } ({ $date }): der erste Wert — Veränderung wird ab dem zweiten eingestuft
therapist-summary-thought-texts = Gedankenprotokolle (Worte der Person)
therapist-summary-situation = Situation:
therapist-summary-open-30 = 30-Tage-Zusammenfassung

## Risikosignale in Zusammenfassung und Vorbereitung

therapist-flag-no-alert = kein Hinweis (nur hier aufgeführt)
therapist-flag-acknowledged = bestätigt nach { $duration }
therapist-flag-not-acknowledged = noch nicht bestätigt
therapist-flag-escalated = , eskaliert

## Veränderung seit dem ersten Wert ($name: der Fragebogen, $method: wie die Veränderung beurteilt wurde)

therapist-change-improvement = reliable Verbesserung
therapist-change-deterioration = reliable Verschlechterung
therapist-change-none = keine reliable Veränderung
therapist-change-rci = { $method }, RCI { $rci }
therapist-change-points = { $method }, ≥ { $points } Punkte
therapist-change-recovered = klinisch bedeutsam: nicht mehr im klinischen Bereich
therapist-change-still-case = noch im klinischen Bereich ({ $cutoff })
therapist-change-response = Response (≥ 50 % niedriger)
therapist-change-remission = Remission (unter { $below })
therapist-change-apart = { $months } Monate auseinander
therapist-change-version = Fragebogenversion geändert ({ $from } → { $to }): mit Vorsicht vergleichen

## „Nicht auf Kurs“ (nur Zahlen, nie etwas, das die Person geschrieben hat)

therapist-not-on-track-deterioration = { $name } reliabel verschlechtert: { $from } → { $to } seit { $since } ({ $method })
therapist-not-on-track-no-improvement = { $name } { $count }-mal erhoben, keine reliable Verbesserung: { $from } → { $to } seit { $since }
therapist-not-on-track-mood-falling = Stimmung sinkt über { $days } Tage: { $slope } pro Tag (kleinste Quadrate, { $withCheckIns } Tage mit Check-ins)
therapist-not-on-track-homework = Hausaufgaben { $done }/{ $due } ({ $percent } %) über { $days } Tage, unter dem Ziel von { $target } %

## Kopf der wöchentlichen Zusammenfassung und die tägliche Übersicht

therapist-weekly-title = Wöchentliche Zusammenfassung — { $date }
therapist-weekly-counts =
    { $clients ->
        [one] { $clients } Person
       *[other] { $clients } Personen
    } · { $alerts ->
        [one] { $alerts } unbestätigter Risikohinweis
       *[other] { $alerts } unbestätigte Risikohinweise
    }
therapist-weekly-no-clients = Sie haben noch keine verknüpften Klient:innen. `/between invite` erstellt einen Code.
therapist-digest-title = Tägliche Übersicht — { $date }
therapist-digest-open-alerts =
    { $count ->
        [one] ⚠ { $count } offener Hinweis
       *[other] ⚠ { $count } offene Hinweise
    }
therapist-digest-line = { $alias } · Nachfragen { $prompts } · Hausaufgaben { $homework }
therapist-digest-no-clients = Keine verknüpften Klient:innen.

## Sitzungsvorbereitung

therapist-brief-title = Sitzungsvorbereitung — { $alias }
therapist-brief-session = Sitzung: { $when } ({ $zone })
therapist-brief-no-session = Keine Sitzung eingetragen (`/between session` trägt eine ein)
therapist-brief-since-last =
    Was sich seit der letzten Sitzung verändert hat ({ $date }, { $days ->
        [0] heute
        [one] vor { $days } Tag
       *[other] vor { $days } Tagen
    })
therapist-brief-since-capped = Die letzte Sitzung war am { $date }; hier stehen die letzten { $days } Tage davon
therapist-brief-last-days = Die letzten { $days } Tage (keine frühere Sitzung eingetragen)
therapist-brief-homework = Hausaufgaben
therapist-brief-no-homework = Keine Hausaufgaben von Ihnen in diesem Zeitraum.
therapist-brief-assignment = • { $label } ({ $cadence }): { $doneDue } erledigt
therapist-brief-quantity =
    { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }
therapist-brief-rating-change = eigene Einschätzung ({ $rating }): { $before } → { $after }/{ $max }
therapist-brief-rating-mean = eigene Einschätzung ({ $rating }): Mittelwert { $after }/{ $max }
therapist-brief-rating-answers = ({ $count } Antworten)
therapist-brief-rating-mood = Stimmung
therapist-brief-rating-mood-intensity = Intensität der Gefühle
therapist-brief-risk = Risikosignale
therapist-brief-no-flags = Keine Risikosignale in diesem Zeitraum.
therapist-brief-chart-below = (Diagramm unten)
therapist-brief-scores = Fragebögen
therapist-brief-no-scores = Fragebögen: keine in diesem Zeitraum
therapist-brief-highlights = Aus den Gedankenprotokollen (Worte der Person)
therapist-brief-partner =
    Unterstützungspartner: { $partner ->
        [yes] ja
       *[no] nein
    }

## Wie oft (Hausaufgaben in der Vorbereitung)

therapist-cadence-daily = täglich
therapist-cadence-weekdays = werktags
therapist-cadence-once = einmal
