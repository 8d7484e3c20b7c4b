# Between — Deutsch: die Einrichtung (/start für neue Personen) und Anmeldecodes.
# Anrede: du (warm, persönlich), durchgehend.

flow-title-onboarding = Einrichtung
onboarding-welcome-title = Willkommen bei Between.
onboarding-welcome = Ich helfe dir, zwischen den Sitzungen an dem dranzubleiben, woran du in deiner Therapie arbeitest: kurze tägliche Check-ins, Gedankenprotokolle und die Hausaufgaben von deiner Therapeutin oder deinem Therapeuten.
onboarding-consent = Dafür speichere ich deine Antworten, verschlüsselt. Nur du kannst sie sehen – und, falls du dich mit deiner Therapeutin oder deinem Therapeuten verknüpfst, auch sie oder er, in dem Umfang, dem du zustimmst. Du kannst jederzeit alles exportieren oder löschen (/export, /delete).
onboarding-consent-question = Ist das in Ordnung für dich?
onboarding-consent-yes = Ja, einverstanden
onboarding-consent-no = Nein
onboarding-has-code = Hast du von deiner Therapeutin oder deinem Therapeuten einen Anmeldecode bekommen?
onboarding-has-code-yes = Ja, ich habe einen Code
onboarding-has-code-no = Nein
onboarding-code-cannot-skip = Ein Anmeldecode kommt von deiner Therapeutin oder deinem Therapeuten: Er verknüpft euch, sodass sie oder er Zusammenfassungen deiner Check-ins bekommt und benachrichtigt wird, falls du einmal in einer Krise bist. Kein Code, oder gerade nicht? Wähl „Nein“ – alles funktioniert auch ohne, und du kannst ihn später in /settings eingeben.
onboarding-code = Bitte schreib den Code (Buchstaben und Zahlen; Bindestriche und Leerzeichen sind egal).
onboarding-declined = Das ist völlig in Ordnung – ich habe nichts über dich gespeichert. Wenn du es dir anders überlegst, schreib /start.
onboarding-done-title = Alles eingerichtet.
onboarding-done-schedule = Zeitzone: { $timezone }. Täglicher Check-in: { $time } Uhr.
onboarding-done-country = Land: { $place } – /helplines zeigt dir die Krisentelefone dort.
onboarding-done-next = Probier gleich einen Check-in mit /checkin, oder schreib ein Gedankenprotokoll mit /thought. /help zeigt dir alles.

## Anmeldecodes (Einrichtung und /settings)

enrollment-set-up-first = Bitte schließ zuerst die Einrichtung ab (/start) und gib dann deinen Code ein.
enrollment-malformed = Das sieht nicht nach einem Anmeldecode aus (8–16 Buchstaben und Zahlen). Du kannst ihn später in /settings eingeben.
enrollment-too-many = In der letzten Stunde wurden zu viele Codes ausprobiert, deshalb prüfe ich eine Weile keine Codes. Versuch es bitte später in /settings noch einmal, oder frag nach einem neuen Code.
enrollment-linked = Deine Therapeutin oder dein Therapeut ist jetzt verknüpft und sieht Zusammenfassungen deiner Check-ins und Hausaufgaben (nie mehr, als du in /settings erlaubst) – und wird benachrichtigt, falls du einmal in einer Krise bist.
enrollment-expired = Dieser Code ist abgelaufen. Bitte frag nach einem neuen; du kannst ihn in /settings eingeben.
enrollment-used = Dieser Code wurde schon benutzt. Bitte frag nach einem neuen; du kannst ihn in /settings eingeben.
enrollment-not-found = Diesen Code habe ich nicht gefunden. Bitte prüf ihn mit deiner Therapeutin oder deinem Therapeuten; du kannst ihn jederzeit in /settings eingeben.
