# Between — Deutsch: was die Plattform-Anbindungen selbst sagen (Hinweise zu Nachrichten, die der
# Kern nie sieht, das Formular für lange Antworten). Anrede: du (warm, persönlich), durchgehend.

adapter-group-chat = Ich schreibe nur in privaten Chats, damit das, was du teilst, unter uns bleibt. Schreib mir privat: { $link }
adapter-dm-only = Between funktioniert in Direktnachrichten – öffne eine Direktnachricht mit mir und schreib /start.
adapter-write-answer = ✍️ Meine Antwort schreiben
adapter-your-answer = Deine Antwort
adapter-command-failed = Entschuldige, da ist etwas schiefgegangen. Versuch es bitte gleich noch einmal.
