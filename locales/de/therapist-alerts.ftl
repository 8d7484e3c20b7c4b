# Between — Deutsch: Risikohinweise, Erinnerungen, Eskalationen und ihre bestätigte Fassung; wo ein
# Risikosignal auftrat (die Quelle) und wie schwer es ist. In der Sprache der Praxis (THERAPIST_LOCALE).
# Anrede: Sie (professionell, sachlich, knapp). Nie, was die Person geschrieben hat.
# Markup: *fett*, _kursiv_; Werte kommen maskiert an.

## Hinweise ($alias: der Alias bzw. die Aliasse, die die Therapeut:innen vergeben haben)

therapist-alert-urgent = Dringend: mögliches Risiko — { $alias }
therapist-alert-reminder = Erinnerung — noch nicht bestätigt: mögliches Risiko — { $alias }
therapist-alert-noted = Vermerkt, kein Hinweis: mögliches Risiko (niedrig) — { $alias }
therapist-alert-escalation = Eskalation — Risikohinweis nicht bestätigt: { $alias }
therapist-alert-acknowledged-title = ✓ Bestätigt: mögliches Risiko — { $alias }
therapist-alert-details = Quelle: { $source } · Schweregrad: { $severity } · aufgetreten { $raised }
therapist-alert-action = Der Person wurden Krisenangebote angezeigt. Bitte folgen Sie dem Risikoprotokoll Ihrer Praxis und drücken Sie dann „Bestätigen“.
therapist-alert-low-action = Nur in Ihren Zusammenfassungen aufgeführt; es gibt nichts zu bestätigen.
therapist-alert-unacknowledged-for = Nach { $duration } nicht bestätigt.
therapist-alert-alerted = Benachrichtigt: { $therapists }.
therapist-alert-alerted-therapist = { $name } (als { $alias })
therapist-alert-nobody-linked = Mit dieser Person ist keine Therapeutin und kein Therapeut mehr verknüpft.
therapist-alert-escalation-action = Bitte stellen Sie sicher, dass jetzt jemand dem Risikoprotokoll der Praxis folgt, und drücken Sie dann „Bestätigen“.
# $after steht im Dativ („nach 2 Tagen“, „nach weniger als einer Minute“), wie überall.
therapist-alert-acknowledged-by = Bestätigt von { $name } am { $when }, nach { $after }.
therapist-alert-acknowledge = Bestätigen
therapist-alert-open-summary = Zusammenfassung öffnen
therapist-alert-some-client = eine Klientin oder ein Klient
therapist-alert-someone = jemandem

## Wo das Signal auftrat

therapist-risk-source-free-text = eine freie Nachricht
therapist-risk-source-checkin = ein Check-in
therapist-risk-source-thought = ein Gedankenprotokoll
therapist-risk-source-assessment = ein Fragebogen
therapist-risk-source-onboarding = eine Nachricht bei der Einrichtung
therapist-risk-source-settings = eine Nachricht in den Einstellungen
therapist-risk-source-delete = eine Nachricht beim Löschen der eigenen Daten
therapist-risk-source-partner = eine Nachricht an den Unterstützungspartner
therapist-risk-source-partner-invite = eine Nachricht beim Einladen eines Unterstützungspartners
therapist-risk-source-partner-join = eine Nachricht beim Verbinden mit einem Unterstützungspartner
therapist-risk-source-cheer = eine Ermutigung für den Unterstützungspartner
therapist-risk-source-safety-plan = der Sicherheitsplan
therapist-risk-source-exercise = die Übung „{ $exercise }“
therapist-risk-source-follow-up = { $source } (Nachbesprechung)
therapist-risk-source-item = { $instrument }, Item { $item }
therapist-risk-source-unknown = ein anderer Teil des Chats

## Schweregrad

therapist-severity-high = hoch
therapist-severity-medium = mittel
therapist-severity-low = niedrig
therapist-severity-unrated = nicht eingestuft

## Dauer (bis ein Hinweis bestätigt wurde)

therapist-duration-under-a-minute = weniger als einer Minute
therapist-duration-minutes = { $minutes } Min.
therapist-duration-hours = { $hours } Std.
therapist-duration-hours-minutes = { $hours } Std. { $minutes } Min.
therapist-duration-days = { $days } Tagen
therapist-duration-days-hours = { $days } Tagen { $hours } Std.
