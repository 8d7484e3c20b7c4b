# Between — Deutsch: /settings und die Fragen, die die Einrichtung mit den Einstellungen teilt
# (Zeitzone, Land, Check-in-Zeit). Anrede: du (warm, persönlich), durchgehend.

flow-title-settings = Einstellungen
settings-title = Deine Einstellungen
settings-timezone = Zeitzone: { $timezone }
settings-prompt-time = Täglicher Check-in: { $time } Uhr
settings-quiet = Ruhezeiten: { $quiet }
settings-quiet-none = keine
settings-country = Land (für Krisentelefone): { $country }
settings-country-not-set = nicht gewählt
settings-language = Sprache: { $language }
settings-therapist-sees = Deine Therapeutin oder dein Therapeut sieht: { $sees }.
settings-question = Was möchtest du ändern?
settings-item-timezone = Zeitzone
settings-item-promptTime = Check-in-Zeit
settings-item-quiet = Ruhezeiten
settings-item-country = Land (für Krisentelefone)
settings-item-language = Sprache
settings-item-code = Anmeldecode
settings-item-partnerShare = Was mein Partner sieht
settings-item-therapistShare = Was meine Therapeutin / mein Therapeut sieht
settings-item-done = Fertig
settings-quiet-question = Ruhezeiten: In diesem Zeitraum schicke ich dir keine Erinnerungen. Wähl einen aus, oder schreib einen Zeitraum wie 22:00-07:00 (oder „keine“).
settings-quiet-choice-none = Keine
settings-quiet-invalid = Bitte gib einen Zeitraum wie 22:00-07:00 an, oder schreib „keine“.
settings-code-question = Bitte schreib den Anmeldecode, den du von deiner Therapeutin oder deinem Therapeuten bekommen hast.
settings-therapist-share-question = Was darf deine Therapeutin oder dein Therapeut in den Zusammenfassungen bekommen? (Risikohinweise kommen immer an.)
settings-therapist-share-minimal = Nur, was ich gemacht habe
settings-therapist-share-clinical = Dazu Werte und Verläufe
settings-therapist-share-full = Dazu, was ich schreibe
settings-therapist-share-minimal-description = ob du Check-ins und Hausaufgaben gemacht hast, und Risikohinweise – keine Werte, nichts, was du schreibst
settings-therapist-share-clinical-description = ob du Check-ins und Hausaufgaben gemacht hast, Risikohinweise, Stimmung und Fragebogenergebnisse (Werte, Hinweise und deine Antwort darauf, wie sehr dich Probleme im Alltag einschränken) mit ihren Verläufen, deine Bewertungen in Übungen und ob du einen Unterstützungspartner hast (ja oder nein) – nichts, was du schreibst
settings-therapist-share-full-description = ob du Check-ins und Hausaufgaben gemacht hast, Risikohinweise, Werte und Verläufe, Bewertungen in Übungen, ob du einen Unterstützungspartner hast (ja oder nein), und den Text deiner Gedankenprotokolle
settings-partner-share-question = Was soll dein Unterstützungspartner jeden Tag sehen?
settings-saved-title = Gespeichert.
settings-saved = { $timezone } · täglicher Check-in um { $time } Uhr · Ruhezeiten: { $quiet }.
settings-language-saved = Sprache: { $language }.
settings-country-saved = Du bekommst jetzt die Krisentelefone { gram-in-place } – /helplines zeigt sie dir.
settings-therapist-share-saved = Deine Therapeutin oder dein Therapeut bekommt jetzt höchstens: { $description }.
settings-therapist-share-no-therapist = Es ist noch niemand aus deiner Therapie verknüpft; deine Wahl gilt, sobald du jemanden verknüpfst (gib den Code hier ein).
settings-partner-share-saved = Dein Partner sieht jetzt { $share }.
settings-partner-share-no-partner = Du hast noch keinen Unterstützungspartner; du wählst noch einmal, wenn ihr euch verbindet (/partner invite).

## Land (für Krisentelefone)

country-from-timezone = { $place } (nach deiner Zeitzone)
country-guess = Es sieht so aus, als wärst du { gram-in-place } – stimmt das? Ich nutze dein Land nur, um dir die richtigen Krisentelefone zu zeigen.
country-guess-yes = Ja
country-guess-other = Anderes Land wählen
country-keep = { $place } behalten
country-now = Aktuell: { $description }.
country-question = In welchem Land lebst du? Schreib seinen Namen – auf Deutsch oder in der Landessprache – oder seinen zweistelligen Code (z. B. „Österreich“, „Schweiz“ oder „AT“). Ich nutze es nur, um dir die richtigen Krisentelefone zu zeigen.
country-unknown = Ein Land namens „{ $typed }“ kenne ich nicht. Magst du seinen Namen auf Deutsch oder in der Landessprache schreiben (z. B. „Spanien“ oder „España“), oder seinen zweistelligen Code (z. B. „ES“)?
country-ambiguous = Meinst du { $first } oder { $last }? Bitte schreib den vollständigen Namen.
country-norway = Wenn du Norwegen meinst, schreib „Norwegen“. Sonst schreib bitte den Namen deines Landes.

## Zeitzone und Check-in-Zeit

timezone-question = In welcher Zeitzone bist du? Wähl eine aus, oder schreib deine Stadt oder den Namen einer Zeitzone (z. B. „Wien“ oder „Europe/Berlin“).
timezone-unknown = Für „{ $typed }“ habe ich keine Zeitzone gefunden. Versuch es mit einer größeren Stadt in der Nähe oder mit einem Namen wie „Europe/Berlin“ oder „Europe/Zurich“.
timezone-choice-america-los-angeles = USA Pazifik
timezone-choice-america-denver = USA Mountain
timezone-choice-america-chicago = USA Central
timezone-choice-america-new-york = USA Ostküste
timezone-choice-europe-london = UK / Irland
timezone-choice-europe-berlin = Mitteleuropa (DE, AT, CH)
timezone-choice-australia-sydney = Australien Ost
timezone-choice-utc = UTC
prompt-time-question = Wann soll ich dir deinen täglichen Check-in schicken? Wähl eine Uhrzeit oder schreib eine (z. B. 19:30 oder 19.30 Uhr) – es ist deine Ortszeit, { $timezone }.
prompt-time-invalid = Bitte gib eine Uhrzeit an, z. B. 20:00, 20 Uhr oder 19.30 Uhr.
