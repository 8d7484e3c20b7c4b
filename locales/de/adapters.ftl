# Between — Deutsch: was die Plattform-Anbindungen selbst sagen (Hinweise zu Nachrichten, die der
# Kern nie sieht, das Formular für lange Antworten). Anrede: du (warm, persönlich), durchgehend.

adapter-group-chat = Ich schreibe nur in privaten Chats, damit das, was du teilst, unter uns bleibt. Schreib mir privat: { $link }
adapter-dm-only = Between funktioniert in Direktnachrichten – öffne eine Direktnachricht mit mir und schreib /start.
adapter-write-answer = ✍️ Meine Antwort schreiben
adapter-your-answer = Deine Antwort
adapter-command-failed = Entschuldige, da ist etwas schiefgegangen. Versuch es bitte gleich noch einmal.
adapter-type-number = Gib eine Zahl ein.
adapter-type-number-or-answer = Gib eine Zahl oder deine Antwort ein.
adapter-type-numbers-then-done = Gib die Nummern von allem ein, was zutrifft (z. B. 1 3), danach die Nummer von „{ engine-done }“.
adapter-type-numbers-or-names = Gib die Nummern oder Namen von allem ein, was zutrifft, z. B. 1 3.
adapter-type-word = { $label }: „{ $word }“ eingeben
adapter-command-option = Was nach dem Befehl kommt
adapter-console-image = [Bild: { $alt }]
adapter-console-file = [Datei]
adapter-console-saved =
    { $what } gespeichert unter { $file }
    Sie enthält deine Daten, deshalb lösche ich sie in { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } oder wenn du den Chat beendest – kopier sie woandershin, wenn du sie behalten willst.
adapter-console-not-saved = { $what } nicht gespeichert: Der Chat wurde gerade beendet. Frag beim nächsten Mal noch einmal.
