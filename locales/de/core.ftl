# Between — Deutsch: allgemeine Antworten, die Fragen-Engine, Fehlermeldungen der Schritte, /help.
# Anrede: du (warm, persönlich), durchgehend; klar und kurz wie im Englischen, nie beschämend.
# /Befehle bleiben unübersetzt.

## Grammatische Formen der Abläufe (bekommen $flow und $title von der Nachricht, die sie nutzt)

gram-flow-acc =
    { $flow ->
        [checkin] den Check-in
        [onboarding] die Einrichtung
        [settings] die Einstellungen
       *[other] „{ $title }“
    }
gram-flow-dat =
    { $flow ->
        [checkin] beim Check-in
        [onboarding] bei der Einrichtung
        [settings] bei den Einstellungen
       *[other] bei „{ $title }“
    }
gram-flow-your =
    { $flow ->
        [checkin] deinem Check-in
        [onboarding] deiner Einrichtung
        [settings] deinen Einstellungen
       *[other] „{ $title }“
    }

## Allgemeine Antworten

apology = Entschuldige, bei mir ist etwas schiefgegangen. Was du bisher eingegeben hast, ist gespeichert; versuch es bitte gleich noch einmal.
not-an-emergency-service = Between ist kein Notdienst, und niemand liest diese Nachrichten in Echtzeit. Wenn du in Gefahr bist oder daran denkst, dir das Leben zu nehmen, ruf die örtliche Notrufnummer oder ein Krisentelefon an – /helplines zeigt dir die Nummern für deinen Ort.
not-an-emergency-service-lines = Between ist kein Notdienst, und niemand liest diese Nachrichten in Echtzeit. Wenn du in Gefahr bist oder daran denkst, dir das Leben zu nehmen, { $lines }. /helplines zeigt sie dir jederzeit.
unknown-command = Den Befehl /{ $name } kenne ich nicht. Schreib /help, dann siehst du die, die ich kenne.
cannot-read =
    Ich kann bisher nur geschriebenen Text lesen, deshalb konnte ich { $kind ->
        [photo] dein Foto
        [sticker] deinen Sticker
        [voice-message] deine Sprachnachricht
        [video] dein Video
        [video-message] deine Videonachricht
        [audio-file] deine Audiodatei
        [file] deine Datei
        [GIF] dein GIF
        [location] deinen Standort
        [contact] deinen Kontakt
        [poll] deine Umfrage
        [dice] deinen Würfel
       *[other] das
    } nicht aufnehmen – davon wurde nichts gespeichert. Schreib deine Antwort bitte als Text.
empty-message = Bei mir ist eine leere Nachricht angekommen. Schreib /help, dann siehst du, was ich kann.
empty-answer = Bei mir ist eine leere Nachricht angekommen.
free-text-outside-flow = Danke für deine Nachricht. Damit sie an einem guten Ort landet, probier /checkin (wie es dir geht) oder /thought (ein Gedankenprotokoll). /help zeigt dir alles.
free-text-before-start = Hallo! Ich bin Between. Schreib /start, um loszulegen.
menu-out-of-range =
    { $count ->
        [one] Hier gibt es nur eine Option, { $number } passt also nicht – schreib 1 oder ihren Namen, oder /help für alles andere.
       *[other] Eine Option { $number } gibt es hier nicht – die Optionen gehen von 1 bis { $count }. Schreib eine dieser Zahlen oder den Namen der Option:
    }
too-long = Diese Nachricht ist { $length } Zeichen lang; ich kann bis zu { $limit } speichern. Magst du sie kürzen oder in mehrere Teile aufteilen? Nichts von dem, was du vorher eingegeben hast, ist verloren.
set-up-first = Lass uns dich zuerst einrichten – schreib /start.
welcome-back = Schön, dass du wieder da bist! Du bist schon eingerichtet – hier sind deine Einstellungen.
in-the-middle-of = Du bist gerade mitten { gram-flow-dat }. Antworte unten, oder schreib abbrechen, um zuerst aufzuhören.
already-in-it = Da sind wir schon mittendrin:
already-checking-in = Wir sind schon mitten in einem Check-in:
back-to = Zurück zu { gram-flow-your }:
nothing-to =
    { $action ->
        [back] Gerade gibt es nichts, wohin du zurückgehen kannst. Schreib /help, dann siehst du, was ich kann.
        [skip] Gerade gibt es nichts zu überspringen. Schreib /help, dann siehst du, was ich kann.
       *[cancel] Gerade gibt es nichts abzubrechen. Schreib /help, dann siehst du, was ich kann.
    }
stale-button-outside-flow = Dieser Button gehört zu einer früheren Frage. Schreib /help, dann siehst du, was ich kann.

## /help

help-title = Was ich kann
help-group-reflect = Einchecken und nachdenken
help-group-homework = Hausaufgaben und Übungen
help-group-partner = Unterstützungspartner
help-group-settings = Erinnerungen und Einstellungen
help-group-data = Hilfe und deine Daten
help-group-more = Mehr
help-navigation = Während ich Fragen stelle, kannst du *zurück*, *überspringen* (bei freiwilligen Fragen) oder *abbrechen* schreiben.
command-start = Loslegen oder deine Einstellungen ändern
command-checkin = Gefühls-Check-in (etwa 30 Sekunden)
command-thought = Ein Gedankenprotokoll (KVT) durchgehen
command-assessment = Fragebögen (PHQ-8/9, GAD-7, WHO-5)
command-settings = Zeitzone, Check-in-Zeit, Ruhezeiten, Code deiner Therapeutin oder deines Therapeuten
command-delete = Alles löschen, was du gespeichert hast
command-language = Sprache wählen, z. B. /language de (English, Español, Deutsch)
command-help = Was ich kann
command-history = Deine Stimmungskurve, Werte und Hausaufgaben
command-homework = Deine Hausaufgaben und was erledigt ist
command-pause = Tägliche Erinnerungen pausieren, z. B. /pause 3 (Tage)
command-resume = Tägliche Erinnerungen wieder einschalten
command-export = Alles herunterladen, was du gespeichert hast (JSON, CSV und ein lesbarer Bericht)
command-helplines = Krisentelefone für deinen Ort
command-snooze = Erinnere mich in einer Stunde an den heutigen Check-in
command-exercise = Angeleitete Übungen: Sicherheitsplan, Verhaltensexperimente, Achtsamkeit, Tagebuch…
command-safetyplan = Deinen Sicherheitsplan ansehen oder bearbeiten
command-triggers = Deine Auslöser-Landkarte
command-partner = Unterstützungspartner: einladen, beitreten, aktualisieren, beenden
command-cheer = Deinem Partner etwas Ermutigung schicken

## Sprache

language-question = In welcher Sprache soll ich dir schreiben? Du kannst sie jederzeit mit /language oder in /settings ändern.
language-not-understood = Bitte wähle English, Español oder Deutsch.
language-command-usage =
    In welcher Sprache soll ich dir schreiben? Schreib eine davon:
    { $choices }
language-changed = Alles klar – ab jetzt schreibe ich dir auf Deutsch.

## Die Fragen-Engine (zurück, überspringen, abbrechen, Entwürfe)

engine-stale-button = Dieser Button gehört zu einer früheren Frage. Hier sind wir gerade:
engine-version-changed = Ich habe seit deinem Start etwas an diesem Ablauf geändert, deshalb fangen wir noch einmal von vorn an. Entschuldige bitte.
engine-cannot-skip = Diese Frage lässt sich leider nicht überspringen.
engine-nothing-before = Das ist die erste Frage – davor gibt es nichts.
engine-stopped = Okay, ich habe { gram-flow-acc } beendet.
engine-stopped-with-draft = Okay, ich habe { gram-flow-acc } beendet. Deine Antworten bleiben 24 Stunden gespeichert – fang einfach wieder an, dann machst du dort weiter, wo du aufgehört hast.
engine-carry-on = Gut – dann machen wir weiter.
engine-yes-or-no = Bitte wähle Ja oder Nein.
engine-resumed = Schön, dass du wieder da bist – hier hattest du aufgehört.
engine-continue-or-restart = Bitte wähle, ob du weitermachen oder neu anfangen möchtest.
engine-yes-stop = Ja, beenden
engine-no-keep-going = Nein, weitermachen
engine-start-over = Neu anfangen
engine-done = Fertig
engine-skip = Überspringen
engine-continue = Weitermachen
engine-stop-for-now = Für jetzt aufhören
engine-confirm-stop = Möchtest du { gram-flow-acc } beenden?
engine-confirm-stop-with-draft = Möchtest du { gram-flow-acc } beenden? Deine Antworten bleiben 24 Stunden gespeichert.
engine-unfinished = Du hast von vorhin noch etwas offen: { $title }. Möchtest du dort weitermachen, wo du aufgehört hast?
engine-were-in-the-middle = Du warst gerade mitten { gram-flow-dat } – weitermachen oder für jetzt aufhören?
engine-continue-or-stop = Bitte wähle „Weitermachen“ oder „Für jetzt aufhören“.
engine-progress = { $title } · { $position }/{ $total }

## Antworten, die ein Schritt nicht verstanden hat

step-choose-an-option = Bitte wähle eine der Optionen (einen Button, seine Nummer oder seinen Namen).
step-choose-at-least-then-done =
    { $min ->
        [one] Bitte wähle mindestens eine aus und dann „Fertig“.
       *[other] Bitte wähle mindestens { $min } aus und dann „Fertig“.
    }
step-choose-at-least =
    { $min ->
        [one] Bitte wähle mindestens eine aus.
       *[other] Bitte wähle mindestens { $min } aus.
    }
step-not-recognised =
    { $buttons ->
        [no] Das habe ich nicht erkannt. Du kannst Nummern oder Namen schreiben: { $labels }.
       *[yes] Das habe ich nicht erkannt. Du kannst die Buttons antippen oder Nummern oder Namen schreiben: { $labels }.
    }
number-empty = Bitte schreib eine ganze Zahl von { $min } bis { $max }.
number-not-a-number =
    { $buttons ->
        [no] „{ $typed }“ ist keine Zahl, mit der ich etwas anfangen kann – bitte schreib eine ganze Zahl von { $min } bis { $max }.
       *[yes] „{ $typed }“ ist keine Zahl, mit der ich etwas anfangen kann – bitte schreib eine ganze Zahl von { $min } bis { $max } oder tippe einen Button an.
    }
number-decimals = Bitte nimm eine ganze Zahl von { $min } bis { $max } (ohne Kommastellen).
number-out-of-range = { $value } liegt außerhalb der Skala – bitte nimm eine ganze Zahl von { $min } bis { $max }.
text-type-your-answer = Bitte schreib deine Antwort.
text-empty = Bitte schreib deine Antwort – ein paar Worte reichen.
text-empty-optional = Bitte schreib deine Antwort, oder überspring die Frage.
text-too-long = Das sind { $length } Zeichen; hier kann ich bis zu { $limit } speichern. Magst du es kürzen? Nichts davor ist verloren.

## Dauer: wie lange etwas gedauert hat, abgerundet

duration-under-a-minute = weniger als eine Minute
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std.
duration-hours-minutes = { $hours } Std. { $minutes } Min.
duration-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
duration-days-hours = { duration-days } { $hours } Std.
