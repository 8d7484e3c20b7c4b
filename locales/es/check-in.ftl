# Between — español: el registro diario (/checkin y el recordatorio diario).
# Registro: tú (cálido, informal), español latinoamericano neutro.

flow-title-checkin = registro diario
check-in-mood = ¿Cómo está tu ánimo ahora, del 0 (muy bajo) al 10 (muy bien)?
check-in-emotions = ¿Qué emociones sientes? Elige todas las que correspondan y luego Listo.
check-in-other-emotion = ¿Cómo llamarías a esa otra emoción? (una o dos palabras)
check-in-intensity = ¿Qué tan fuerte es «{ $emotion }», del 0 al 100?
check-in-trigger = ¿Qué pasó, o qué lo desencadenó? (opcional)
check-in-coping = ¿Qué hiciste para sobrellevarlo? Elige todo lo que corresponda y luego Listo.
check-in-other-coping = ¿Qué más te ayudó? (opcional)
check-in-note = ¿Algo más que quieras anotar? (opcional)
check-in-saved-title = Guardado.
check-in-saved-feeling = { $emotion } { $intensity }
check-in-saved =
    { $coped ->
        [none] Ánimo { $mood }/10 · { $feelings }.
       *[other] Ánimo { $mood }/10 · { $feelings } · te ayudó: { $coped }.
    }
check-in-counts-toward-homework = Cuenta para tu tarea ✓
check-in-thanks = Gracias por hacer tu registro de hoy. /history te muestra tu semana.

## Emociones (sustantivos: sin género gramatical): la etiqueta del botón y la palabra dentro de una frase (-name)

emotion-sad = Tristeza
emotion-sad-name = tristeza
emotion-anxious = Ansiedad
emotion-anxious-name = ansiedad
emotion-angry = Enojo
emotion-angry-name = enojo
emotion-ashamed = Vergüenza
emotion-ashamed-name = vergüenza
emotion-lonely = Soledad
emotion-lonely-name = soledad
emotion-calm = Calma
emotion-calm-name = calma
emotion-happy = Alegría
emotion-happy-name = alegría
emotion-hopeful = Esperanza
emotion-hopeful-name = esperanza
emotion-other = Otra
emotion-other-name = otra

## Formas de sobrellevarlo

coping-breathing = Respirar
coping-breathing-name = respirar
coping-walk = Caminar
coping-walk-name = caminar
coping-talked = Hablé con alguien
coping-talked-name = hablar con alguien
coping-mindfulness = Mindfulness
coping-mindfulness-name = mindfulness
coping-journaling = Escribir un diario
coping-journaling-name = escribir un diario
coping-other = Otra cosa
coping-other-name = otra cosa
coping-none = Nada
coping-none-name = nada

## El recordatorio diario y su único recordatorio suave (nunca una palabra sobre un día sin registro)

prompt-title = Es hora de tu registro diario.
prompt-text = ¿Cómo te va hoy? Te toma unos 30 segundos.
prompt-start = Registrar ahora
prompt-snooze = En una hora
prompt-later = Hoy no
prompt-snoozed-reminder = Aquí está el recordatorio que pediste: un registro toma unos 30 segundos, cuando tú quieras.
prompt-follow-up = Un recordatorio suave, por si tienes un momento hoy: un registro toma unos 30 segundos. Si hoy no es el día, también está bien.
# Las respuestas a los botones del recordatorio (y /snooze)
prompt-nothing-to-snooze = Ahora no hay ningún recordatorio para posponer. /checkin funciona cuando quieras.
prompt-snooze-in-quiet-hours = Dentro de una hora estarás en tus horas de silencio, así que hoy no te lo recuerdo. /checkin está aquí cuando quieras.
prompt-snoozed = Listo, te lo recuerdo en una hora.
prompt-skipped-today = No hay problema. Cuídate mucho; mañana te vuelvo a escribir.
