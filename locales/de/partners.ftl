# Between — Deutsch: Unterstützungspartner (/partner, /cheer, die Einladung, das Verbinden mit einem
# Code und die tägliche Übersicht). Jede Nachricht steht in der Sprache der Person, die sie liest.
# Anrede: du (warm, persönlich), durchgehend; nie beschämend.

flow-title-partner-invite = Partner-Einladung
flow-title-partner-join = Partner-Verbindung
flow-title-cheer = Ermutigung

## Was jede Stufe zeigt: der Person, die teilt (-mine), und ihrem Partner (-theirs)

partner-share-done = Nur „eingecheckt ✓“
partner-share-done-mine = nur, ob du heute eingecheckt hast
partner-share-done-theirs = nur, ob die Person heute eingecheckt hat
partner-share-mood = Check-in + Stimmung
partner-share-mood-mine = ob du heute eingecheckt hast und deine Stimmung (0–10)
partner-share-mood-theirs = ob die Person heute eingecheckt hat und ihre Stimmung (0–10)
partner-share-note = Check-in + Stimmung + eine Notiz
partner-share-note-mine = ob du eingecheckt hast, deine Stimmung und eine kurze Notiz, die du für deinen Partner schreibst (/partner note)
partner-share-note-theirs = ob die Person eingecheckt hat, ihre Stimmung und eine kurze Notiz, die sie für dich schreibt
partner-share-never = Nie geteilt: deine Gedankenprotokolle, Fragebogen-Ergebnisse, alles über deine Therapeutin oder deinen Therapeuten und welche App du nutzt.

## /partner

partner-status-title = Unterstützungspartner
partner-none-yet = Du hast noch keinen Unterstützungspartner.
partner-waiting = • { $name } – wartet auf Bestätigung
partner-sharing = • { $name } teilt: { $theirs }. Du teilst: { $mine }.
partner-options =
    /partner invite – hol dir einen Code für eine Person deiner Wahl
    /partner join CODE – nutze den Code deines Partners
    /partner update <Text> – schick deinem Partner jetzt ein Update
    /partner note <Text> – die heutige Notiz für deinen Partner (wenn du Notizen teilst)
    /cheer – schick Ermutigung
    /partner end – beende die Partnerschaft · /partner block – beende sie und verhindere eine neue Verbindung
partner-unknown-subcommand = „/partner { $typed }“ kenne ich nicht. Schreib /partner, dann siehst du die Möglichkeiten.

## Mit einem Code verbinden

partner-type-the-code = Schreib bitte den Code, den dir dein Partner gegeben hat, etwa so: /partner join ABCD-2345.
partner-too-many-codes = In der letzten Stunde wurden zu viele Codes ausprobiert. Warte bitte eine Weile und versuch es dann noch einmal.
partner-code-not-found = Diesen Code habe ich nicht gefunden. Prüf ihn bitte mit deinem Partner.
partner-code-used = Dieser Code wurde schon benutzt. Bitte deinen Partner um einen neuen (/partner invite).
partner-code-expired = Dieser Code ist abgelaufen. Bitte deinen Partner um einen neuen (/partner invite).
partner-own-code = Das ist dein eigener Code – gib ihn der Person, die du dir als Partner wünschst.
partner-code-refused = Dieser Code kann nicht verwendet werden.
partner-already = Ihr zwei seid schon Partner (oder wartet auf die Bestätigung).
partner-at-limit =
    Du hast schon { $limit ->
        [one] einen Partner
       *[other] { $limit } Partner
    }. Beende zuerst eine Partnerschaft (/partner end), um eine neue zu beginnen.

## Eine Partnerschaft beenden

partner-none = Du hast gerade keinen Partner.
partner-which = Du hast mehrere Partner ({ $names }). Sag bitte, welchen: /partner { $verb } <Name>.
partner-ended-for-partner = Deine Partnerschaft mit { $name } ist beendet. Danke, dass ihr euch gegenseitig unterstützt habt.
partner-blocked = Erledigt. Die Partnerschaft mit { $name } ist beendet, und ihr werdet nicht wieder verbunden. Die Person erfährt nur, dass sie beendet ist.
partner-ended = Erledigt. Die Partnerschaft mit { $name } ist beendet; die Person erfährt nur, dass sie beendet ist, sonst nichts.

## Updates, Ermutigungen und Notizen

partner-add-update = Schreib bitte dein Update dazu, etwa so: /partner update War heute spazieren.
partner-write-encouragement = Schreib bitte deine Ermutigung.
partner-message-too-long = Das sind { $length } Zeichen; Nachrichten an deinen Partner dürfen bis zu { $max } lang sein. Kannst du sie kürzen?
partner-message-held = Diese Nachricht habe ich nicht an deinen Partner weitergegeben. Bitte pass zuerst auf dich auf – die Hilfsangebote oben sind jederzeit für dich da.
partner-no-active = Du hast gerade keinen aktiven Partner.
partner-no-active-invite = Du hast gerade keinen aktiven Partner. Mit /partner invite bekommst du einen Code zum Weitergeben.
partner-daily-limit =
    Du hast heute schon { $limit } { $kind ->
        [cheer] Ermutigungen
       *[update] Updates
    } geschickt – das ist das Tageslimit. Versuch es morgen wieder.
partner-cheer-from = 💛 { $name } schickt dir etwas Ermutigung: „{ $message }“
partner-update-from = 📣 Ein Update von { $name }: „{ $message }“
partner-cheer-sent = Gesendet. 💛
partner-update-sent = An deinen Partner geschickt.
partner-add-note = Schreib bitte die Notiz dazu, etwa so: /partner note Harter Morgen, jetzt geht’s besser.
partner-note-too-long = Notizen dürfen bis zu { $max } Zeichen lang sein; deine hat { $length }.
partner-note-held = Das habe ich nicht als Notiz für deinen Partner gespeichert. Bitte pass zuerst auf dich auf.
partner-note-saved = Gespeichert – dein Partner sieht sie in der heutigen Übersicht.
partner-note-saved-not-shared = Gespeichert. (Du teilst gerade nur deine Check-ins, deshalb sieht dein Partner keine Notizen; das kannst du in /settings ändern.)

## Eine Partnerschaft bestätigen

partner-stale-confirm = Dieser Button gehört zu einer früheren Frage oder gilt nicht mehr.
partner-declined-for-partner = { $name } möchte gerade keine Partnerschaft beginnen. Das ist in Ordnung – es liegt nicht an dir.
partner-declined = Okay, es wurde keine Partnerschaft begonnen.
partner-most = Du hast schon so viele Partner, wie möglich sind. Beende zuerst eine Partnerschaft (/partner end).
partner-started-title = Ihr seid jetzt Partner!
partner-started-for-inviter = { $name } hat bestätigt. Jeden Abend siehst du, was die Person teilt; mit /cheer schickst du Ermutigung.
partner-started = Jeden Abend siehst du, was { $name } teilt; mit /cheer schickst du Ermutigung.

## Ein Vorschlag deiner Therapeutin oder deines Therapeuten

partner-not-started = Okay – es wurde nichts begonnen. Deine Therapeutin oder dein Therapeut erfährt so oder so nichts davon.
partner-suggestion-gone = Dieser Vorschlag ist nicht mehr verfügbar.
partner-suggested-title = Deine Therapeutin oder dein Therapeut schlägt dir einen Unterstützungspartner vor.
partner-suggested = Eine andere Person aus derselben Praxis möchte sich mit dir verbinden, als „{ $name }“, und würde Folgendes teilen: { $share }.
partner-suggested-terms = Partner ermutigen sich gegenseitig und sehen nur, was jede Person teilen möchte – nie etwas über deine Therapie. Es liegt ganz bei dir; deine Therapeutin oder dein Therapeut erfährt so oder so nichts davon. Diese Einladung gilt 48 Stunden.
partner-suggested-who = Es wäre eine andere Person aus derselben Praxis. Partner ermutigen sich gegenseitig und sehen nur, was jede Person teilen möchte – nie etwas über deine Therapie.
partner-suggested-how = Wenn du möchtest, tipp auf Starten, um den Namen zu wählen, den dein Partner sieht, und was du teilst; danach wird die andere Person gefragt. Es liegt ganz bei dir; deine Therapeutin oder dein Therapeut erfährt so oder so nichts davon.
partner-start = Starten
partner-set-up = Einrichten
partner-no-thanks = Nein, danke
partner-suggestion-sent = Danke – ich habe die andere Person gefragt. Wenn sie möchte, seht ihr beide, was die andere Person teilt, und bestätigt, bevor etwas beginnt.

## /partner invite und /partner join

partner-name-question = Welchen Namen soll dein Partner von dir sehen? (einen Vornamen oder Spitznamen – sonst wird nichts über dich geteilt)
partner-invited-by = { $name } wünscht sich dich als Unterstützungspartner.
partner-share-question = Was soll dein Partner jeden Tag sehen?
partner-invite-at-limit =
    Du hast schon { $limit ->
        [one] einen Partner
       *[other] so viele Partner, wie möglich sind
    }. Beende zuerst eine Partnerschaft (/partner end).
partner-code-title = Dein Partner-Code: { $code }
partner-code-how-to = Gib ihn der Person, die du dir als Unterstützungspartner wünschst. Sie schreibt: /partner join { $code }
partner-code-terms = Er funktioniert einmal und läuft nach 48 Stunden ab. Ihr seht beide, was die andere Person teilt, und bestätigt, bevor etwas beginnt.
partner-join-not-started = Okay – es wurde nichts begonnen. Der Code funktioniert noch, falls du es dir anders überlegst.
partner-code-used-meanwhile = Dieser Code wurde inzwischen benutzt. Bitte deinen Partner um einen neuen.
partner-join-summary-theirs = Dein Partner teilt: { $theirs }.
partner-join-summary-yours = Du teilst als „{ $name }“: { $yours }.
partner-start-question = Partnerschaft beginnen?
partner-join-confirm-yes = Ja, um Bestätigung bitten
partner-join-confirm-no = Nein
partner-accepted-for-inviter = { $name } hat deine Einladung angenommen. Die Person teilt: { $theirs }; du teilst: { $yours }.
partner-yes-start = Ja, beginnen
partner-not-now = Jetzt nicht
partner-asked-to-confirm = Danke! Ich habe { $name } um Bestätigung gebeten und sage dir Bescheid.

## /cheer

partner-cheer-question = Was möchtest du deinem Partner schicken?
partner-cheer-c0 = Du schaffst das 💪
partner-cheer-c1 = Ich denke heute an dich 💛
partner-cheer-c2 = Stolz auf dich, dass du dranbleibst
partner-cheer-c3 = Schritt für Schritt 🌱
partner-cheer-own = Selbst schreiben
partner-cheer-own-question = Schreib deine Ermutigung (bis zu { $max } Zeichen):

## Die tägliche Übersicht

partner-digest-title = Dein Partner heute
partner-digest-cheer = Schick mit /cheer etwas Ermutigung.
partner-view-checked-in = eingecheckt ✓
partner-view-no-update = noch kein Update
partner-view-mood = Stimmung { $mood }/10
partner-view-note = „{ $note }“
