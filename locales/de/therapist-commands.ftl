# Between — Deutsch: die Befehle der Therapieseite (/between …), ihre Antworten und Ablehnungen, die
# Sitzungstermine und die Freigabe-Nachrichten an Admins. In der Sprache der Praxis (THERAPIST_LOCALE).
# Anrede: Sie (professionell, sachlich, knapp); Klient:innen nur mit ihrem Alias genannt.
# Markup: *fett*, _kursiv_, `Code`; Werte kommen maskiert an. /between, seine Unterbefehle und ihre Wörter (tue, weekly, clear, digest on) bleiben unübersetzt.

## /between help

therapist-help-title = Between für Therapeut:innen
therapist-help =
    `/between register` — als Therapeut:in registrieren (die erste Person eines Workspace sofort, sonst nach Freigabe durch einen Admin)
    `/between invite [alias]` — ein Einmal-Code für eine Klientin oder einen Klienten (ohne Alias: „Client N“)
    `/between clients` — Ihre Klient:innen, offene Risikohinweise zuerst
    `/between assign [alias]` — eine Hausaufgabe vergeben
    `/between summary <alias> [7d|30d]` — eine Zusammenfassung mit Stimmungsdiagramm, in Ihre Direktnachrichten
    `/between export <alias> fhir` — Fragebögen und Check-ins als FHIR-R4-Datei für Ihr Dokumentationssystem, im Rahmen der Einwilligung
    `/between session <alias> <wann>` — die nächste Sitzung: `2026-12-10 15:00`, `tue 15:00 weekly`, `clear` (eine Zeitzone kann folgen); die Vorbereitung kommt vorher
    `/between prep <alias>` — die Sitzungsvorbereitung sofort: was sich seit der letzten Sitzung verändert hat
    `/between unlink <alias>` — die Verknüpfung mit einer Klientin oder einem Klienten beenden
    `/between level <minimal|clinical|full>` — wie viel Detail die Zusammenfassungen enthalten
    `/between target <0–100|default>` — Ihr Hausaufgabenziel (%): Wer darunter liegt, wird als „nicht auf Kurs“ markiert
    `/between schedule <mon…sun> <HH:MM> [digest on|off] [zeitzone]` — Zeitpunkt der wöchentlichen Zusammenfassung
    `/between pair <alias>, <alias>` — zwei Ihrer Klient:innen als Unterstützungspartner vorschlagen (beide müssen zustimmen)
    `/between approve @user` — (Admins) eine Therapeutin oder einen Therapeuten freigeben
therapist-unknown-command = „{ $command }“ kenne ich nicht.

## Registrierung und Freigabe

therapist-already-registered = Sie sind bereits registriert. Mit `/between help` sehen Sie, was möglich ist.
therapist-pending-admins-told = Danke — Ihre Registrierung wartet auf die Freigabe durch einen Workspace-Admin; die Admins sind informiert, und ich melde mich, sobald sie freigegeben ist.
therapist-pending-no-admins = Danke — Ihre Registrierung wartet auf Freigabe, aber für diesen Workspace sind noch keine Between-Admins eingerichtet (SLACK\_ADMIN\_USER\_IDS). Bitte wenden Sie sich an die Person, die Between betreibt.
therapist-registered-title = Sie sind registriert.
therapist-registered = Zusammenfassungen und dringende Risikohinweise kommen in Ihre Direktnachrichten mit mir. Als Nächstes: `/between invite`, um eine Klientin oder einen Klienten anzumelden.
therapist-approve-usage = Bitte nennen Sie die Person: `/between approve @name`.
therapist-approve-done = Freigegeben. Sie kann jetzt Klient:innen einladen.
therapist-awaiting-approval-title = Eine Registrierung wartet auf Ihre Freigabe.
therapist-awaiting-approval = Workspace-Nutzer:in `{ $user }` hat sich bei Between registriert. Zur Freigabe: `/between approve { $user }` (oder `/between approve @name`).
therapist-approved-title = Ihre Registrierung bei Between ist freigegeben.
therapist-approved = Als Nächstes: `/between invite`, um eine Klientin oder einen Klienten anzumelden; `/between help` zeigt alles.
therapist-only-admins = Nur Workspace-Admins, die in SLACK\_ADMIN\_USER\_IDS stehen, können Therapeut:innen freigeben.
therapist-not-registered-yet = Diese Person hat `/between register` noch nicht ausgeführt.
therapist-already-approved = Diese Person ist bereits freigegeben.
therapist-not-registered = Sie sind noch nicht als Therapeut:in registriert. Geben Sie `/between register` ein.
therapist-pending-approval = Ihre Registrierung wartet auf die Freigabe durch einen Workspace-Admin (`/between approve @Sie`).

## Klient:innen: Einladung, Übersicht, Verknüpfung beenden

therapist-numbered-client = Client { $number }
therapist-client = Client
therapist-alias-too-long = Ein Alias darf höchstens { $max } Zeichen lang sein.
therapist-alias-taken = Diesen Alias verwenden Sie schon für eine andere Person; bitte wählen Sie einen anderen.
therapist-invite-title = Einladungscode für
therapist-invite = Einmalig gültig bis { $expires }. Die Person gibt ihn in Between ein (/settings → Anmeldecode, oder bei /start).
therapist-invite-note = Geben Sie den Code vertraulich weiter. Der Alias ist, wie die Person Ihnen angezeigt wird; ihren Namen zeigt Between Ihnen nie.
therapist-no-clients = Sie haben noch keine verknüpften Klient:innen. Mit `/between invite` erstellen Sie einen Code.
therapist-no-such-client = Unter diesem Namen finde ich keine Ihrer Klient:innen. Mit `/between clients` sehen Sie Ihre Übersicht.
therapist-no-such-alert = Dieser Hinweis gehört nicht zu Ihnen, oder es gibt ihn nicht mehr.
therapist-unlink-usage = Bitte nennen Sie die Person: `/between unlink Client 7`.
therapist-unlinked = Die Verknüpfung mit { $alias } ist beendet; Ihre Hausaufgaben für die Person sind gestoppt, und sie wurde informiert.
therapist-roster-title = Ihre Klient:innen ({ $count })
therapist-roster-period = — letzte 7 Tage
therapist-roster-open-alerts =
    { $count ->
        [one] { $count } offener Risikohinweis
       *[other] { $count } offene Risikohinweise
    }
therapist-roster-never = nie
therapist-roster-no-chat = kein Chat
therapist-roster-line = ({ $platform }) · zuletzt aktiv { $last } · Nachfragen { $prompts } · Hausaufgaben { $homework }
therapist-roster-next-session = nächste Sitzung { $when } ({ $zone })
therapist-not-on-track = ⚑ Nicht auf Kurs:

## Unterstützungspartner

therapist-pair-usage = Bitte nennen Sie zwei Personen, durch Komma getrennt: `/between pair Client 1, Client 2`.
therapist-pair-suggested = Zuerst wird { $first } gefragt; wenn gewünscht, danach { $second }. Beide wählen selbst, was sie teilen, und bestätigen im eigenen Chat. Ob sie zustimmen, erfahren Sie nicht.
therapist-pair-two-different = Bitte nennen Sie zwei verschiedene Personen.
therapist-pair-refused = Diese Paarung kann ich nicht vorschlagen.

## Zusammenfassungen, Exporte, Detailstufen, Zeitplan

therapist-summary-usage = Bitte nennen Sie die Person: `/between summary Client 7 30d`.
therapist-summary-on-its-way = Die Zusammenfassung für { $alias } ist unterwegs in Ihre Direktnachrichten.
therapist-summary-30-on-its-way = Die 30-Tage-Zusammenfassung für { $alias } ist unterwegs in Ihre Direktnachrichten.
therapist-summary-days = Zusammenfassungen umfassen 7d oder 30d.
therapist-export-usage = Bitte nennen Sie die Person und das Format: `/between export Client 7 fhir`.
therapist-export-on-its-way = Der FHIR-Export für { $alias } ist unterwegs in Ihre Direktnachrichten.
therapist-export-withheld-note = Werte und Check-ins fehlen darin, entsprechend der Detailstufe, die Sie für diese Person erhalten.
therapist-fhir-title = FHIR-R4-Export — { $alias }
therapist-fhir = Fragebogenergebnisse und Check-ins als FHIR-R4-Bundle (JSON) für Ihr Dokumentationssystem. Die Person erscheint darin nur über einen Code, nie mit Namen.
therapist-fhir-withheld = Ausgelassen wegen der Detailstufe, die Sie für diese Person erhalten (ihre Einwilligung und Ihre Einstellung): Fragebogenwerte und Check-ins. Die Datei vermerkt das ebenfalls.
therapist-levels-title = Detailstufen:
therapist-level-set = Detailstufe auf { $level } gesetzt. Die Einwilligung jeder Person kann sie weiter senken.
therapist-level-invalid = Die Detailstufe ist minimal, clinical oder full.
therapist-full-detail-off = Die volle Detailstufe (Freitext der Klient:innen) ist in diesem Workspace aus: Dafür ist SLACK\_PHI\_ALLOWED=true nötig, also ein Slack-Tarif, der durch ein BAA abgedeckt ist.
# Hausaufgabenziel (/between target). $percent: ganze Zahl 0–100; $own: yes (das eigene) oder no (das der Praxis).
therapist-target-set = { $percent ->
        [0] Hausaufgabenziel auf 0 % gesetzt: Hausaufgaben markieren Ihre Klient:innen nicht mehr als „nicht auf Kurs“.
       *[other] Hausaufgabenziel auf { $percent } % gesetzt: Wer in den letzten 14 Tagen weniger davon erledigt, wird als „nicht auf Kurs“ markiert.
    }
therapist-target-default = Das Hausaufgabenziel ist wieder das der Praxis: { $percent } %.
therapist-target-usage = Ihr Hausaufgabenziel ist { $percent } % ({ $own ->
        [yes] Ihr eigenes
       *[no] das der Praxis
    }). Ändern Sie es mit `/between target 70` (eine ganze Zahl von 0 bis 100; 0 markiert nie) oder kehren Sie mit `/between target default` zu dem der Praxis zurück.
therapist-target-invalid = „{ $word }“ kann ich nicht als Ziel verwenden: Bitte geben Sie eine ganze Zahl von 0 bis 100 an (0 markiert nie), zum Beispiel `/between target 70`, oder `/between target default` für das Ziel der Praxis.
therapist-schedule-not-understood = „{ $word }“ habe ich nicht verstanden. Beispiel: `/between schedule mon 08:00 digest off Europe/Berlin`.
therapist-schedule =
    Wöchentliche Zusammenfassung: { $day } um { $time } ({ $zone }) · tägliche Übersicht { $digest ->
        [on] an
       *[off] aus
    }.

## Schaltflächen

therapist-alert-already-acknowledged = Dieser Hinweis zu { $alias } wurde bereits bestätigt.
therapist-alert-acknowledged = Bestätigt — der Hinweis zu { $alias } ist als von Ihnen gesehen vermerkt. Erinnerungen entfallen.
therapist-unknown-button = Diese Schaltfläche kenne ich nicht. Geben Sie `/between help` ein.

## Sitzungen (/between session, /between prep)

therapist-session-usage = Bitte nennen Sie die Person und die Zeit: `/between session Client 1 2026-12-10 15:00`, `/between session Client 1 tue 15:00 weekly` oder `/between session Client 1 clear`. Eine Zeitzone kann folgen (`Europe/Berlin`); ohne sie gilt Ihre.
therapist-prep-usage = Bitte nennen Sie die Person: `/between prep Client 1`.
therapist-session-not-understood = „{ $word }“ habe ich nicht als Sitzungszeit verstanden. Beispiele: `2026-12-10 15:00`, `tue 15:00 weekly`, `clear`.
therapist-session-no-such-date = „{ $text }“ ist kein Kalenderdatum. Bitte verwenden Sie JJJJ-MM-TT, z. B. `2026-12-10`.
therapist-session-in-the-past = Dieser Zeitpunkt ist schon vorbei: *{ $when }* ({ $zone }) war { $ago }. Bitte geben Sie Datum und Uhrzeit der nächsten Sitzung an — oder einen wöchentlichen Termin, z. B. `tue 15:00 weekly`.
therapist-session-set = *Nächste Sitzung mit* *{ $alias }*: { $when } ({ $zone }).
therapist-session-set-weekly = *Sitzungen mit* *{ $alias }*: jeden { $day } um { $time } ({ $zone }); die nächste ist { $next }.
therapist-session-your-time = Das ist { $when } in Ihrer Zeitzone ({ $zone }).
therapist-session-gap = { $time } gibt es am { $date } in { $zone } nicht: Die Uhren werden vorgestellt. Die Sitzung ist auf { $actual } gesetzt, den Moment der Zeitumstellung.
therapist-session-twice = { $time } gibt es am { $date } in { $zone } zweimal: Die Uhren werden zurückgestellt. Die Sitzung ist auf das erste Mal gesetzt, { $time } { $first } (das zweite wäre { $time } { $second }).
therapist-session-brief =
    { $hours ->
        [one] Die Sitzungsvorbereitung kommt { $hours } Stunde vorher in Ihre Direktnachrichten; `/between prep { $alias }` schickt sie sofort.
       *[other] Die Sitzungsvorbereitung kommt { $hours } Stunden vorher in Ihre Direktnachrichten; `/between prep { $alias }` schickt sie sofort.
    }
therapist-session-brief-on-demand = `/between prep { $alias }` schickt die Sitzungsvorbereitung, wann immer Sie sie brauchen (geplante Vorbereitungen sind hier aus).
therapist-session-cleared = Für { $alias } ist keine nächste Sitzung mehr eingetragen; bis Sie eine setzen, kommt keine Vorbereitung.
therapist-session-none = Für { $alias } ist keine Sitzung eingetragen. Beispiel: `/between session { $alias } tue 15:00 weekly`.
therapist-brief-on-its-way = Die Sitzungsvorbereitung für { $alias } ist unterwegs in Ihre Direktnachrichten.
therapist-already-passed = bereits

## Ablehnungen im Hausaufgaben-Formular (Feld für Feld)

therapist-assign-choose-kind = Bitte wählen Sie eine Art von Hausaufgabe.
therapist-assign-choose-cadence = Bitte wählen Sie, wie oft.
therapist-assign-needs-instructions = „{ $label }“ braucht eine Anleitung.
therapist-assign-instructions-too-long = Die Anleitung darf höchstens { $max } Zeichen lang sein.
therapist-assign-due-time = Bitte geben Sie eine Uhrzeit wie 18:00 an.
therapist-assign-days = Bitte wählen Sie mindestens einen Tag.
therapist-assign-not-an-option = Bitte wählen Sie „{ $label }“ aus der Liste.
therapist-assign-only-one = Bitte wählen Sie eine Antwort für „{ $label }“.
therapist-assign-other-kind = Das gilt nur für { $kind } — leeren Sie das Feld oder wählen Sie { $kind } als Hausaufgabe.

## Detailstufen aus Sicht der Therapeut:innen (/between level)

therapist-level-minimal = ob Check-ins und Hausaufgaben erledigt wurden, und Risikohinweise — keine Werte, nichts, was die Person schreibt
therapist-level-clinical = ob Check-ins und Hausaufgaben erledigt wurden, Risikohinweise, Stimmung und Fragebogenergebnisse (Werte, Hinweise und die Antwort der Person, wie sehr Probleme sie im Alltag einschränken) mit Verlauf, ihre Bewertungen in Übungen und ob sie einen Unterstützungspartner hat (ja oder nein) — nichts, was die Person schreibt
therapist-level-full = ob Check-ins und Hausaufgaben erledigt wurden, Risikohinweise, Werte und Verläufe, Bewertungen in Übungen, ob die Person einen Unterstützungspartner hat (ja oder nein), und der Text ihrer Gedankenprotokolle
