# Between — Deutsch: der Sicherheitsplan (/safetyplan, die Schritte nach Stanley–Brown), seine
# Anzeige und seine Zeilen in der Krisenantwort.
# Anrede: du (warm, persönlich), durchgehend.

flow-title-exercise-safety-plan = Sicherheitsplan
exercise-safety-plan-label = Sicherheitsplan
exercise-safety-plan-description = Dein Plan für schwere Momente, in sechs Schritten (Stanley–Brown)

## Die sechs Schritte: eine Überschrift (im Plan) und eine Frage (beim Schreiben)

safety-plan-warning-signs-heading = Warnzeichen
safety-plan-warning-signs-prompt = Woran merkst du, dass eine Krise beginnen könnte? Gedanken, Bilder, Stimmungen, Situationen oder Dinge, die du tust.
safety-plan-coping-heading = Was ich selbst tun kann
safety-plan-coping-prompt = Was kannst du selbst tun, um dich abzulenken oder etwas ruhiger zu werden? (ein Spaziergang, Musik, eine Dusche, eine Atemübung…)
safety-plan-distractions-heading = Menschen und Orte, die mir guttun
safety-plan-distractions-prompt = Welche Menschen und Orte helfen dir, auf andere Gedanken zu kommen? (jemand, dem du schreiben kannst, ein Café, ein Ort des Glaubens, ein Kurs…)
safety-plan-helpers-heading = Menschen, die ich um Hilfe bitten kann
safety-plan-helpers-prompt = Wen könntest du um Hilfe bitten, wenn es schwer wird? Gern mit Namen und Telefonnummern.
safety-plan-professionals-heading = Fachleute und Krisentelefone
safety-plan-professionals-prompt = An welche Fachleute oder Dienste kannst du dich in einer Krise wenden? Deine Therapeutin oder dein Therapeut, deine Ärztin oder dein Arzt, ein Krisentelefon in deiner Nähe.
safety-plan-environment-heading = Meine Umgebung sicherer machen
safety-plan-environment-prompt = Was könntest du tun, damit deine Umgebung sicherer ist, wenn es dir schlecht geht? Zum Beispiel jemanden, dem du vertraust, bitten, bestimmte Dinge eine Weile für dich aufzubewahren.

## Den Plan schreiben
# $number: die Nummer des Schritts; $heading: seine Überschrift; $answer: was die Person vorher geschrieben hat (maskiert)
# $line: Name und Nummer eines Krisentelefons dort, wo die Person ist

safety-plan-intro = Ein Sicherheitsplan ist eine kurze Liste, die du jetzt schreibst, solange es ruhiger ist, für die Momente, in denen es das nicht ist. Beantworte, was du kannst; alles andere kannst du vorerst überspringen.
safety-plan-step = Schritt { $number } – { $heading }
safety-plan-currently =
    Bisher: { $answer }
    Schreib eine neue Antwort, oder wähle Überspringen, um sie zu behalten.
safety-plan-crisis-line = Ein Krisentelefon in deiner Nähe: { $line } (/helplines zeigt dir weitere).
safety-plan-crisis-line-none = Auf findahelpline.com findest du die Krisentelefone in deiner Nähe.
safety-plan-saved = Dein Sicherheitsplan ist gespeichert.
safety-plan-saved-note = Du kannst ihn jederzeit mit /safetyplan ansehen und ändern, wann immer du möchtest. Falls du einmal in einer Krise bist, zeige ich dir die Schritte 2–5 zusammen mit den Krisentelefonen.

## Den Plan zeigen (/safetyplan)
# $day: der Tag, an dem er zuletzt gespeichert wurde, schon im Format der Sprache

safety-plan-not-filled = noch nicht ausgefüllt
safety-plan-title = Dein Sicherheitsplan
safety-plan-last-updated = Zuletzt geändert: { $day }
safety-plan-edit = Meinen Plan bearbeiten
