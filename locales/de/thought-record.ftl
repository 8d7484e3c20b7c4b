# Between — Deutsch: das Gedankenprotokoll (/thought) und die Denkfallen, die es anbietet.
# Anrede: du (warm, persönlich), durchgehend.

flow-title-thought = Gedankenprotokoll
thought-record-intro = Lass uns gemeinsam auf einen schwierigen Moment schauen.
thought-record-situation = *Situation:* Wo warst du, was ist passiert, wer war dabei?
thought-record-moods = *Gefühle:* Was hast du gefühlt? Wähl alle aus, die passen, und dann „Fertig“.
thought-record-other-mood = Wie würdest du das andere Gefühl nennen? (ein, zwei Wörter)
thought-record-mood-before = Wie stark war „{ $mood }“, von 0 bis 100?
thought-record-thoughts-first = *Automatische Gedanken:* Was ist dir durch den Kopf gegangen? Schick einen Gedanken pro Nachricht – ich frage dann, ob es noch einen gab.
thought-record-thoughts-so-far = *Automatische Gedanken* bisher:
thought-record-another-thought = Gab es noch einen Gedanken? Schick ihn mir, oder wähl „Das war’s“.
thought-record-thats-all = Das war’s
thought-record-type-a-thought = Schreib bitte, was dir durch den Kopf gegangen ist – ein paar Wörter reichen.
thought-record-number-not-thought = „{ $typed }“ ist keine der Auswahlmöglichkeiten. Wenn das alle Gedanken waren, schreib 1 oder „das war’s“; sonst schreib den nächsten Gedanken in Worten.
thought-record-too-long =
    { $kept ->
        [0] Dieser Gedanke hat { $length } Zeichen; für einen Gedanken kann ich bis zu { $max } speichern. Magst du ihn kürzen?
       *[other] Dieser Gedanke hat { $length } Zeichen; für einen Gedanken kann ich bis zu { $max } speichern. Magst du ihn kürzen? Die Gedanken, die du vorher geschickt hast, bleiben gespeichert.
    }
thought-record-repeated = Diesen Gedanken hast du schon geschickt. Schick einen anderen, oder wähl „Das war’s“.
thought-record-repeated-left-out = Einen, den du schon geschickt hattest, habe ich weggelassen.
thought-record-enough = Das sind { $max } Gedanken – mehr passen nicht in ein Protokoll –, also machen wir mit diesen weiter.
thought-record-hot-question = Welcher dieser Gedanken ist der „heiße“ – der, an dem das stärkste Gefühl hängt?
thought-record-hot-line = Dein heißer Gedanke: _„{ $thought }“_
thought-record-traps = Passt dieser Gedanke zu einer dieser Denkfallen? Wähl alle aus, die passen, und dann „Fertig“ – oder einfach „Fertig“, wenn keine passt.
thought-record-whats-this = Was ist das?
thought-record-evidence-for = *Was dafür spricht:* Welche Fakten stützen diesen Gedanken?
thought-record-evidence-against = *Was dagegen spricht:* Welche Fakten passen nicht dazu, oder was würdest du einer Freundin oder einem Freund mit diesem Gedanken sagen?
thought-record-balanced = *Ausgewogener Gedanke:* Wenn du alles zusammennimmst, wie könntest du es ausgewogener sehen?
thought-record-belief = Wie sehr glaubst du dem ausgewogenen Gedanken, von 0 bis 100?
thought-record-mood-after = *Bewerte deine Gefühle neu:* Wie stark ist „{ $mood }“ jetzt, von 0 bis 100?
thought-record-saved-title = Gedankenprotokoll gespeichert.
thought-record-saved-balanced = Ausgewogener Gedanke ({ $belief }/100): „{ $thought }“
thought-record-saved-moods = Deine Gefühle, vorher → nachher:
thought-record-well-done = Gut gemacht, dass du das durchgearbeitet hast.
thought-record-counts-toward-homework = Das zählt für deine Hausaufgabe ✓

## Burns’ Denkfallen: die Button-Beschriftung und eine Erklärung in einer Zeile (-explanation)

distortion-all-or-nothing = Schwarz-Weiß-Denken
distortion-all-or-nothing-explanation = Alles in Schwarz und Weiß sehen: Wenn es nicht perfekt ist, ist es ein Versagen.
distortion-overgeneralization = Verallgemeinern
distortion-overgeneralization-explanation = Aus einem schlechten Erlebnis wird „immer“ oder „nie“.
distortion-mental-filter = Mentaler Filter
distortion-mental-filter-explanation = An einem negativen Detail hängen bleiben, bis es alles einfärbt.
distortion-disqualifying-positive = Positives abwerten
distortion-disqualifying-positive-explanation = Gute Dinge „zählen nicht“ – aus irgendeinem Grund.
distortion-jumping-to-conclusions = Voreilige Schlüsse
distortion-jumping-to-conclusions-explanation = Gedankenlesen oder Wahrsagen, ohne die Fakten zu kennen.
distortion-magnification = Übertreiben / Kleinreden
distortion-magnification-explanation = Probleme aufblasen, die eigenen Stärken kleinmachen (Katastrophisieren).
distortion-emotional-reasoning = Emotionale Beweisführung
distortion-emotional-reasoning-explanation = „Ich fühle es, also muss es stimmen.“
distortion-should-statements = Muss- und Sollte-Sätze
distortion-should-statements-explanation = Starre „sollte“, „muss“ und „darf nicht“ – für dich selbst oder für andere.
distortion-labeling = Etikettieren
distortion-labeling-explanation = Ein Etikett statt einer Beschreibung: „Ich bin unfähig“ statt „Mir ist ein Fehler passiert“.
distortion-personalization = Personalisieren / Schuld zuweisen
distortion-personalization-explanation = Die Schuld für Dinge übernehmen, die du nicht in der Hand hast – oder sie ganz bei anderen suchen.
