# Between — Deutsch: die Übungsbibliothek (/exercise, /triggers), ihre Übungen, ihre Nachfragen,
# die Frage, wann ich mich wieder melde, und die Übungszeilen von /history.
# Anrede: du (warm, persönlich), durchgehend.

## Jede Übung: ihr Name (Menüs, Buttons), eine Zeile fürs /exercise-Menü, ihr Titel in Nachrichten
## und, wo es einen zweiten Teil gibt, dessen Titel und Button.

exercise-behavioral-experiment-label = Verhaltensexperiment
exercise-behavioral-experiment-description = Prüf eine belastende Annahme im echten Leben und schau dir an, was passiert ist
flow-title-exercise-behavioral-experiment = Verhaltensexperiment
flow-title-exercise-behavioral-experiment-followup = Nachbesprechung des Experiments
exercise-behavioral-experiment-button = Erzähl mir, wie es lief
exercise-mindfulness-label = Achtsamkeitsübung
exercise-mindfulness-description = Box-Atmung, 5-4-3-2-1-Erdung oder ein Body-Scan, in deinem Tempo angeleitet
flow-title-exercise-mindfulness = Achtsamkeitsübung
flow-title-exercise-mindfulness-followup = Übung
exercise-mindfulness-button = Fertig
exercise-journal-label = Tagebuch zum Nachdenken
exercise-journal-description = Schreib frei zu einer Frage, die zum Nachdenken anregt
flow-title-exercise-journal = Tagebuch
exercise-routine-label = Alltag und Wohlbefinden
exercise-routine-description = Ein kurzer Eintrag zu Schlaf, Mahlzeiten, Bewegung, Trinken und Selbstfürsorge
flow-title-exercise-routine = Alltag und Wohlbefinden
exercise-trigger-map-label = Auslöser-Landkarte
exercise-trigger-map-description = Halte einen Auslöser fest, seine ersten Warnzeichen, was hilft und wen du erreichen kannst
flow-title-exercise-trigger-map = Auslöser-Landkarte
exercise-communication-label = Kommunikationsübung
exercise-communication-description = Formulier eine Ich-Botschaft für ein schwieriges Gespräch und denk danach darüber nach, wie es lief
flow-title-exercise-communication = Kommunikationsübung
flow-title-exercise-communication-followup = Rückblick aufs Gespräch
exercise-communication-button = Darüber nachdenken
exercise-group-prep-label = Vorbereitung auf die Gruppe
exercise-group-prep-description = Notier eine Frage oder ein Thema für deine nächste Gruppensitzung
flow-title-exercise-group-prep = Vorbereitung auf die Gruppe

## /exercise, /triggers und die Buttons der Übungen

exercise-unknown-kind = Dieser Button stammt aus einer früheren Version. /exercise zeigt dir die Übungen.
exercise-entry-gone = Diese Übung finde ich nicht mehr. /exercise zeigt dir die Übungen.
exercise-already-done = Diese Übung ({ $label }) hast du schon abgeschlossen – danke dir. /history zeigt dir deine Woche.
exercise-no-such = Eine Übung namens „{ $typed }“ kenne ich nicht. Diese habe ich:
exercise-which = Welche Übung möchtest du machen?
exercise-menu-hint =
    { $buttons ->
        [yes] Drück einen Button
       *[no] Schreib die Nummer oder den Namen einer Übung
    } oder schreib /exercise und einen Namen (z. B. /exercise { $example }).
exercise-waiting = Wartet auf dich:
exercise-open-entry = { $label } vom { $day }
exercise-open-entry-line = { $label } vom { $day }: { $line }
exercise-open-button = { $button } ({ $label })
exercise-no-triggers = Deine Auslöser-Landkarte ist noch leer. Einen Auslöser festzuhalten – was etwas in Gang setzt, die ersten Anzeichen, was hilft und wen du erreichen kannst – dauert ein paar Minuten.
exercise-triggers-title = Deine Auslöser-Landkarte ({ $count })
exercise-add-trigger = Einen Auslöser hinzufügen
exercise-map-trigger = Einen Auslöser festhalten

## Beim Speichern einer Übung

exercise-homework-done = Das zählt für deine Hausaufgabe ✓
exercise-already-completed = Diese Übung war schon abgeschlossen, deshalb habe ich sie so gelassen.
exercise-lost-track = Ich weiß nicht mehr, um welche Übung es ging – /exercise zeigt dir, was auf dich wartet; wähl sie dort noch einmal aus.
exercise-continue = Weiter
exercise-check-back = Ich melde mich { $when }, um zu hören, wie es gelaufen ist.
exercise-when =
    { $day ->
        [today] heute um { $time }
        [tomorrow] morgen um { $time }
       *[other] am { $date } um { $time }
    }

## Wann soll ich mich wieder melden? (die Frage nach der Nachfrage)

exercise-when-tonight = Heute Abend { $time }
exercise-when-tomorrow = Morgen { $time }
exercise-when-in-3-days = In 3 Tagen ({ $time })
exercise-when-hint =
    { $buttons ->
        [yes] Wähl einen Button
       *[no] Schreib die Nummer einer Auswahl
    } oder schreib einen Tag und eine Uhrzeit wie „morgen 18:30“, „Freitag 9 Uhr“ oder „{ $example }“.
exercise-when-unreadable = „{ $typed }“ konnte ich nicht als Tag und Uhrzeit lesen. { $hint }
exercise-when-passed = Diese Zeit ist schon vorbei (oder nur noch ein paar Minuten entfernt) – bitte wähl eine spätere.
exercise-when-too-far = Bitte wähl eine Zeit innerhalb der nächsten { $days } Tage.
exercise-no-reminder = Keine Erinnerung

## /history

exercise-history-heading = Übungen dieser Woche
exercise-history-count = { $label } { $count }

## Die Worte der einzelnen Übungen
exercise-quoted = „{ $text }“

## Verhaltensexperiment

exercise-experiment-rating = Überzeugung vom geprüften Gedanken
exercise-experiment-intro = Lass uns ein kleines Experiment planen.
exercise-experiment-belief = *Die Annahme, die du prüfst:* Was erwartest oder befürchtest du? (z. B. „Wenn ich Nein sage, ist meine Freundin sauer auf mich.“)
exercise-experiment-belief-before = Wie stark glaubst du das gerade, von 0 bis 100?
exercise-experiment-plan = *Das Experiment:* Was wirst du tun, um sie zu prüfen? Wo, wann, mit wem?
exercise-experiment-prediction = *Deine Vorhersage:* Was wird deiner Meinung nach passieren? Woran wirst du es merken?
exercise-experiment-when = Wann soll ich mich melden, um zu hören, wie es gelaufen ist?
exercise-experiment-planned = Experiment geplant.
exercise-experiment-summary-belief = Annahme: { $belief } ({ $rating }/100)
exercise-experiment-summary-plan = Experiment: { $experiment }
exercise-experiment-summary-prediction = Vorhersage: { $prediction }
exercise-experiment-reminder-title = Zeit für einen Blick zurück auf dein Experiment.
exercise-experiment-you-planned = Dein Plan: { $experiment }
exercise-experiment-you-predicted = Deine Vorhersage: { $prediction }
exercise-experiment-reminder-ready = Wann immer du so weit bist, erzähl mir, wie es lief – es dauert nur ein paar Minuten.
exercise-experiment-outcome = *Was ist tatsächlich passiert?*
exercise-experiment-learned = *Was hast du gelernt?* Wie passt das zu der Annahme, die du geprüft hast?
exercise-experiment-belief-after = Vorher hast du das zu { $before }/100 geglaubt. Wie stark glaubst du es jetzt, von 0 bis 100?
exercise-experiment-complete = Experiment abgeschlossen – toll, dass du es ausprobiert hast.
exercise-experiment-result-belief = Annahme: { $belief }
exercise-experiment-result-change = Vorher → nachher: { $before } → { $after }
exercise-experiment-result-happened = Was passiert ist: { $outcome }
exercise-experiment-result-learned = Was du gelernt hast: { $learned }

## Achtsamkeitsübung (eine Nachricht je Schritt, im gleichen Tempo in jeder Sprache)

exercise-mindfulness-rating = Stress
exercise-mindfulness-done-line =
    { $buttons ->
        [yes] Wenn du so weit bist, drück auf Fertig und erzähl mir, wie es dir geht.
       *[no] Wenn du so weit bist, schreib 1 (Fertig) und erzähl mir, wie es dir geht.
    }
exercise-practice-box = Box-Atmung
exercise-practice-box-intro = 4 Takte ein, 4 halten, 4 aus, 4 halten. Setz dich bequem hin und lass die Schultern sinken. Ich begleite dich durch vier Runden.
exercise-practice-box-round = Runde { $round } von { $rounds }: einatmen… 2… 3… 4 · halten… 2… 3… 4 · ausatmen… 2… 3… 4 · halten… 2… 3… 4
exercise-practice-box-end = Das waren { $rounds } Runden. Lass deinen Atem wieder in seinen eigenen Rhythmus finden.
exercise-practice-grounding = 5-4-3-2-1-Erdung
exercise-practice-grounding-intro = Sie bringt dich über deine Sinne zurück ins Hier und Jetzt. Nimm dir für jeden Sinn Zeit.
exercise-practice-grounding-1 = Schau dich um und nenne *5 Dinge, die du sehen kannst*.
exercise-practice-grounding-2 = Jetzt *4 Dinge, die du spüren kannst* – deine Füße auf dem Boden, den Stuhl, deine Kleidung, die Luft.
exercise-practice-grounding-3 = Lausch auf *3 Dinge, die du hören kannst*, nah oder fern.
exercise-practice-grounding-4 = Nimm *2 Dinge wahr, die du riechen kannst* – oder erinnere dich an zwei Gerüche, die du magst.
exercise-practice-grounding-5 = Und *1 Sache, die du schmecken kannst*, oder etwas Freundliches, das du dir selbst sagen kannst.
exercise-practice-grounding-6 = Du bist wieder im gegenwärtigen Moment angekommen.
exercise-practice-bodyscan = Body-Scan
exercise-practice-bodyscan-intro = Wir wandern mit der Aufmerksamkeit langsam von den Füßen bis zum Kopf. Nichts verändern – einfach nur wahrnehmen.
exercise-practice-bodyscan-1 = Schließ die Augen, wenn du magst. Richte deine Aufmerksamkeit auf *deine Füße*: Wärme, Druck, Kribbeln oder gar nichts.
exercise-practice-bodyscan-2 = Geh weiter nach oben zu *deinen Beinen und Hüften*. Spür, wo sie den Stuhl oder den Boden berühren.
exercise-practice-bodyscan-3 = Jetzt *dein Bauch und dein Rücken*. Spür, wie sich dein Atem dort bewegt, ohne ihn zu verändern.
exercise-practice-bodyscan-4 = *Deine Brust, deine Schultern und Arme*. Wenn da Anspannung ist, lass sie da sein oder weicher werden.
exercise-practice-bodyscan-5 = Zum Schluss *dein Nacken, dein Kiefer und dein Gesicht*. Lass den Kiefer ein wenig locker.
exercise-practice-bodyscan-6 = Atme einmal langsamer und öffne die Augen.
exercise-mindfulness-which = Welche Übung möchtest du machen?
exercise-mindfulness-stress-before = Bevor wir anfangen: Wie gestresst fühlst du dich gerade, von 0 (gar nicht) bis 10 (extrem)?
exercise-mindfulness-follow = Ich schicke dir die Schritte einzeln über die nächsten ein, zwei Minuten – mach einfach mit.
exercise-mindfulness-stress-after = Wie gestresst fühlst du dich jetzt, von 0 bis 10?
exercise-mindfulness-practice-done = { $practice } geschafft.
exercise-mindfulness-stress-change = Stress { $before } → { $after }.
exercise-mindfulness-lighter = Ein bisschen leichter.
exercise-mindfulness-harder = An manchen Tagen fällt das Üben schwerer – das zu bemerken gehört auch dazu.
exercise-mindfulness-showing-up = Was zählt, ist, dass du dir die Zeit zum Üben genommen hast.

## Tagebuch (die Fragen selbst: journal.ftl)

exercise-journal-prompt-heading =
    { $source ->
        [therapist] Die Frage deiner Therapeutin oder deines Therapeuten:
       *[library] Die Frage für heute:
    }
exercise-journal-write = Schreib so viel oder so wenig du möchtest, in einer Nachricht.
exercise-journal-saved = Tagebucheintrag gespeichert.
exercise-journal-thanks = Danke, dass du dir die Zeit zum Nachdenken genommen hast.

## Alltag und Wohlbefinden

exercise-routine-sleep = Schlaf
exercise-routine-meals = Regelmäßige Mahlzeiten
exercise-routine-movement = Bewegung
exercise-routine-hydration = Genug getrunken
exercise-routine-selfcare = Selbstfürsorge
exercise-routine-setting-items = Was festgehalten wird
exercise-routine-setting-hint = Leer lassen, um alles festzuhalten.
exercise-routine-sleep-prompt = Wie viele Stunden hast du letzte Nacht geschlafen? (eine ganze Zahl)
exercise-routine-habits-prompt = Was davon hast du heute geschafft? Kreuz alles Passende an, dann Fertig.
exercise-routine-logged = Eingetragen.
exercise-routine-sleep-hours = Schlaf { $hours } h
exercise-routine-steady = Kleine, regelmäßige Gewohnheiten machen einen echten Unterschied.

## Auslöser-Landkarte

exercise-trigger-prompt = *Auslöser:* Welche Situation, welches Gefühl, welche Person oder welcher Ort kann bei dir etwas in Gang setzen?
exercise-trigger-signs-prompt = *Frühe Warnzeichen:* Was bemerkst du an dir, wenn es losgeht – Gedanken, Gefühle, Impulse, Dinge, die du tust?
exercise-trigger-coping-prompt = *Umgang damit:* Was wirst du stattdessen tun, oder was hilft dir, es durchzustehen?
exercise-trigger-contact-prompt = *Ansprechperson:* An wen kannst du dich wenden, wenn das passiert? (freiwillig)
exercise-trigger-added = Zu deiner Auslöser-Landkarte hinzugefügt.
exercise-trigger-whole-map = /triggers zeigt dir deine ganze Landkarte.
exercise-trigger-signs = Frühe Anzeichen: { $signs }
exercise-trigger-helps = Was hilft: { $coping }
exercise-trigger-contact = Ansprechperson: { $contact }

## Kommunikationsübung

exercise-communication-statement = Ich fühle mich { $feeling }, wenn { $situation }, weil { $reason }. Ich wünsche mir { $request }.
exercise-communication-intro = Lass uns eine Ich-Botschaft formulieren – eine Art, zu sagen, wie etwas auf dich wirkt, ohne Vorwürfe.
exercise-communication-feeling = *Ich fühle mich…* (ein, zwei Gefühlswörter, z. B. „verletzt“, „besorgt“, „außen vor“)
exercise-communication-situation = Ich fühle mich { $feeling }, *wenn…* – was passiert? Beschreib, was die andere Person tut, nicht, wie sie ist.
exercise-communication-reason = *…weil…* – warum ist dir das wichtig?
exercise-communication-request = *Ich wünsche mir…* – was soll stattdessen passieren?
exercise-communication-here = Hier ist deine Ich-Botschaft:
exercise-communication-try = Sprich sie einmal laut aus. Wann wirst du sie verwenden? Ich kann mich danach melden, um zu hören, wie es lief.
exercise-communication-yours = Deine Ich-Botschaft:
exercise-communication-reminder-title = Wie ist dein Gespräch gelaufen?
exercise-communication-your-statement = Deine Ich-Botschaft: { $statement }
exercise-communication-reminder-ready = Wann immer du so weit bist, nimm dir eine Minute, um darüber nachzudenken.
exercise-communication-how = *Wie ist es gelaufen?* Was hast du gesagt, und wie hat die andere Person reagiert?
exercise-communication-next-prompt = *Beim nächsten Mal:* Gibt es etwas, das du beibehalten oder ändern würdest? (freiwillig)
exercise-communication-reflection-saved = Rückblick gespeichert.
exercise-communication-courage = Für das einzustehen, was du brauchst, braucht Mut – gut gemacht.
exercise-communication-next-time = Beim nächsten Mal: { $next }

## Vorbereitung auf die Gruppe

exercise-group-topic-prompt = Welche Frage oder welches Thema möchtest du in deine nächste Gruppensitzung mitbringen?
exercise-group-why-prompt = Was macht es gerade für dich wichtig? (freiwillig)
exercise-group-saved = Für deine nächste Gruppensitzung gespeichert:

## Hausaufgaben: die Arten, die Therapeutinnen und Therapeuten vergeben, so wie die Person sie sieht
# Die Beschreibungen sind die Liste der therapeutischen Seite (standardmäßig Englisch).

exercise-homework-checkin = Gefühls-Check-in
exercise-homework-checkin-description = Stimmung, Gefühle und was geholfen hat, in etwa einer Minute
exercise-homework-thought = Gedankenprotokoll
exercise-homework-thought-description = Einen schwierigen Gedanken Schritt für Schritt durchgehen
exercise-homework-assessment = Fragebogen
exercise-homework-assessment-description = Ein Standardfragebogen (PHQ-8/9, GAD-7, WHO-5)
exercise-homework-instrument = Welcher Fragebogen
exercise-homework-instrument-hint = Leer lassen, damit die Person selbst wählt.
exercise-homework-custom = Eigene Aufgabe
exercise-homework-custom-description = Deine eigenen Anweisungen; die Person hakt sie selbst ab
exercise-homework-start = Starten: { $label }
exercise-homework-mark-done = Erledigt: { $label }
exercise-homework-setting = { $setting }: { $values }
