# Between — Deutsch: die eigenen Sätze des Fragebogen-Ablaufs (/assessment). Fragen, Antworten,
# Anleitung und Quellenangabe sind die validierte Übersetzung des jeweiligen Instruments (src/core/assessments/).
# Anrede: du (warm, persönlich), durchgehend; ein Wert ist eine Momentaufnahme, nie ein Urteil.

flow-title-assessment = Fragebogen
assessment-number-hint = Wähl eine Antwort oder schreib ihre Nummer: 1 = { $first } … { $count } = { $last }.
assessment-optional-hint = Diese Frage zählt nicht zum Wert, und du kannst sie überspringen.
assessment-required-hint = Diese Frage zählt nicht zum Wert.
assessment-no-such-number =
    { $optional ->
        [yes] „{ $typed }“ ist keine der Antworten – sie sind hier von 1 bis { $count } nummeriert: { $numbered }. Oder schreib { $skip } (oder „überspringen“), um sie zu überspringen.
       *[no] „{ $typed }“ ist keine der Antworten – sie sind hier von 1 bis { $count } nummeriert: { $numbered }.
    }
assessment-not-understood =
    { $optional ->
        [yes] Das habe ich nicht ganz verstanden. Wähl bitte die Antwort, die am ehesten beschreibt, wie es dir ging, oder schreib ihre Nummer: { $numbered }. Du kannst diese Frage auch überspringen.
       *[no] Das habe ich nicht ganz verstanden. Wähl bitte die Antwort, die am ehesten beschreibt, wie es dir ging, oder schreib ihre Nummer: { $numbered }.
    }
assessment-chooser = Welchen Fragebogen möchtest du ausfüllen? Jeder dauert ein paar Minuten.
assessment-chooser-line =
    { $count ->
        [one] { $name } – { $topic } ({ $count } Frage)
       *[other] { $name } – { $topic } ({ $count } Fragen)
    }
assessment-choose-one-of = Wähl bitte einen der Fragebögen: { $names }.
assessment-substituted = Der { $asked } ist hier nicht eingeschaltet, deshalb bekommst du stattdessen den { $given }.
assessment-unknown = Einen Fragebogen namens „{ $typed }“ kenne ich nicht.
assessment-not-scored = Es fehlten einige Antworten, deshalb habe ich diesen Fragebogen weder ausgewertet noch gespeichert. Schreib /assessment, um neu anzufangen.
assessment-done = Danke – der { $name } ist geschafft.
assessment-score =
    { $higherIsBetter ->
        [yes] Dein Wert ist { $total } von { $max } (höher ist besser) und liegt im Bereich { $band }.
       *[no] Dein Wert ist { $total } von { $max } und liegt im Bereich { $band }.
    }
assessment-same-as-last = Das ist derselbe Wert wie beim letzten Mal ({ $date }).
assessment-changed =
    { $direction ->
        [higher] Beim letzten Mal ({ $date }) war er { $before }, jetzt ist er also { $change } höher.
       *[lower] Beim letzten Mal ({ $date }) war er { $before }, jetzt ist er also { $change } niedriger.
    }
assessment-unscored-answer = { $question }: { $answer } (zählt nicht zum Wert).
assessment-discuss = Darüber könntest du gut mit deiner Therapeutin oder deinem Therapeuten sprechen – vielleicht in eurer nächsten Sitzung.
assessment-snapshot = Ein Fragebogen ist eine Momentaufnahme, keine Diagnose; am hilfreichsten ist er, um zu sehen, wie sich Dinge mit der Zeit verändern. /history zeigt dir deine Werte.
assessment-counts-toward-homework = Das zählt für deine Hausaufgabe ✓
assessment-history-title = Deine Fragebögen
assessment-history-since = { $change } seit dem vorigen

## Worum es in jedem Fragebogen geht, in einem Wort

assessment-topic-mood = Stimmung
assessment-topic-anxiety = Angst
assessment-topic-wellbeing = Wohlbefinden

## Wertebereiche (die veröffentlichten Grenzwerte), wie sie im Satz genannt werden

assessment-band-minimal = „minimal“
assessment-band-mild = „leicht“
assessment-band-moderate = „mittelgradig“
assessment-band-moderately-severe = „mittelschwer“
assessment-band-severe = „schwer“
assessment-band-poor = „geringes Wohlbefinden“
assessment-band-adequate = „ausreichendes Wohlbefinden“

## Hinweise zu einem Ergebnis: was die Person liest, und die kurze Beschriftung in /history

assessment-note-likely-depression = So niedrige Werte gehen oft mit einer Depression einher – und die ist gut behandelbar.
assessment-note-likely-depression-label = mögliche Depression (28 oder weniger)
assessment-note-low-item = Mindestens eine Antwort war „Ab und zu“ oder „Zu keinem Zeitpunkt“. Egal wie hoch der Gesamtwert ist: Laut der Auswertungsanleitung des WHO-5 lohnt es sich, da genauer hinzuschauen.
assessment-note-low-item-label = eine Antwort mit 0 oder 1 – lohnt einen genaueren Blick
