# Between — Deutsch: die Fragen fürs Tagebuch, der Reihe nach angeboten. Offen, behutsam und über
# das eigene Erleben; deine Therapeutin oder dein Therapeut kann eine eigene Frage in der Aufgabe stellen.
# Anrede: du (warm, persönlich), durchgehend.

journal-prompt-1 = Was hat dich heute am meisten beschäftigt, und was fällt dir daran auf, wie du damit umgehst?
journal-prompt-2 = Beschreib einen Moment aus dieser Woche, in dem du dich auch nur ein bisschen wohler gefühlt hast. Was war daran anders?
journal-prompt-3 = Was hast du besser gemeistert, als du es vor einem Jahr gekonnt hättest?
journal-prompt-4 = Wenn ein enger Freund oder eine enge Freundin durchmachen würde, was du gerade durchmachst – was würdest du ihnen sagen wollen?
journal-prompt-5 = Was hat dir diese Woche Energie geraubt, und was hat dir etwas davon zurückgegeben?
journal-prompt-6 = Welches Gefühl war in letzter Zeit am häufigsten bei dir zu Besuch? Was will es dir vielleicht sagen?
journal-prompt-7 = Schreib über eine Kleinigkeit, auf die du dich freust, und warum sie dir wichtig ist.
journal-prompt-8 = Welche Überzeugung über dich selbst fängst du an zu hinterfragen?
journal-prompt-9 = Denk an jemanden, der dir vor Kurzem den Tag ein bisschen schöner gemacht hat. Was hat diese Person getan, und wie kam das bei dir an?
journal-prompt-10 = Wie würde „gut genug“ morgen für dich aussehen?
journal-prompt-11 = Wovon brauchst du gerade mehr, und was wäre ein kleiner Weg, es zu bekommen?
journal-prompt-12 = Wenn du auf die letzten Tage zurückschaust: Worauf bist du im Stillen stolz?
