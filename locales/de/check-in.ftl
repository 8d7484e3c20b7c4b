# Between — Deutsch: der tägliche Check-in (/checkin und die tägliche Erinnerung).
# Anrede: du (warm, persönlich), durchgehend.

flow-title-checkin = Check-in
check-in-mood = Wie ist deine Stimmung gerade, von 0 (sehr schlecht) bis 10 (sehr gut)?
check-in-emotions = Welche Gefühle spürst du? Wähl alle aus, die passen, und dann „Fertig“.
check-in-other-emotion = Wie würdest du das andere Gefühl nennen? (ein, zwei Wörter)
check-in-intensity = Wie stark ist „{ $emotion }“, von 0 bis 100?
check-in-trigger = Was ist passiert, oder was hat es ausgelöst? (freiwillig)
check-in-coping = Was hast du getan, um damit umzugehen? Wähl alles aus, was passt, und dann „Fertig“.
check-in-other-coping = Was hat dir sonst geholfen? (freiwillig)
check-in-note = Möchtest du noch etwas festhalten? (freiwillig)
check-in-saved-title = Gespeichert.
check-in-saved-feeling = { $emotion } { $intensity }
check-in-saved =
    { $coped ->
        [none] Stimmung { $mood }/10 · { $feelings }.
       *[other] Stimmung { $mood }/10 · { $feelings } · geholfen hat: { $coped }.
    }
check-in-counts-toward-homework = Das zählt für deine Hausaufgabe ✓
check-in-thanks = Danke fürs Einchecken. /history zeigt dir deine Woche.

## Gefühle: die Button-Beschriftung und das Wort im Satz (-name)

emotion-sad = Traurigkeit
emotion-sad-name = Traurigkeit
emotion-anxious = Angst
emotion-anxious-name = Angst
emotion-angry = Wut
emotion-angry-name = Wut
emotion-ashamed = Scham
emotion-ashamed-name = Scham
emotion-lonely = Einsamkeit
emotion-lonely-name = Einsamkeit
emotion-calm = Ruhe
emotion-calm-name = Ruhe
emotion-happy = Freude
emotion-happy-name = Freude
emotion-hopeful = Hoffnung
emotion-hopeful-name = Hoffnung
emotion-other = Anderes
emotion-other-name = anderes Gefühl

## Was geholfen hat

coping-breathing = Atmen
coping-breathing-name = Atmen
coping-walk = Spazierengehen
coping-walk-name = Spazierengehen
coping-talked = Mit jemandem geredet
coping-talked-name = mit jemandem reden
coping-mindfulness = Achtsamkeit
coping-mindfulness-name = Achtsamkeit
coping-journaling = Tagebuch schreiben
coping-journaling-name = Tagebuch schreiben
coping-other = Anderes
coping-other-name = anderes
coping-none = Nichts
coping-none-name = nichts

## Die tägliche Erinnerung und ihre eine sanfte Nachfrage (nie ein Wort über einen verpassten Tag)

prompt-title = Zeit für deinen täglichen Check-in.
prompt-text = Wie geht es dir heute? Es dauert etwa 30 Sekunden.
prompt-start = Jetzt einchecken
prompt-snooze = In einer Stunde
prompt-later = Heute nicht
prompt-snoozed-reminder = Hier ist die Erinnerung, um die du gebeten hast: Ein Check-in dauert etwa 30 Sekunden, wann immer du so weit bist.
prompt-follow-up = Eine sanfte Erinnerung, falls du heute einen Moment hast: Ein Check-in dauert etwa 30 Sekunden. Wenn heute nicht der Tag ist, ist das auch okay.
# Die Antworten auf die Buttons der Erinnerung (und /snooze)
prompt-nothing-to-snooze = Gerade gibt es keine Erinnerung zum Verschieben. /checkin geht, wann immer du magst.
prompt-snooze-in-quiet-hours = In einer Stunde sind deine Ruhezeiten, deshalb erinnere ich dich heute nicht mehr. /checkin ist da, wann immer du magst.
prompt-snoozed = Alles klar – ich erinnere dich in einer Stunde.
prompt-skipped-today = Kein Problem. Pass gut auf dich auf – morgen melde ich mich wieder.
