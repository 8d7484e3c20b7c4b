# Between — español: la respuesta de crisis, las líneas de crisis y las opciones después de una
# respuesta de crisis en medio de una pregunta. Amable, claro, sin repetir nunca las palabras de la persona.
# Registro: tú (cálido, informal), español latinoamericano neutro; formas sin género gramatical.

crisis-opening = Me alegra mucho que me lo hayas contado.
crisis-acknowledge = Parece que estás pasando por algo muy doloroso en este momento. Mereces apoyo, y no tienes que cargar con esto sin ayuda.
crisis-not-monitored = Between no es un servicio de emergencias, y nadie lee este chat en tiempo real.
crisis-not-monitored-therapist-told = Between no es un servicio de emergencias, y nadie lee este chat en tiempo real. Le avisé a tu terapeuta para que pueda contactarte.
crisis-carry-on-or-stop = Cuando quieras, podemos seguir donde estábamos, o parar aquí; eso también está bien.
crisis-own-plan-heading = Tu propio plan de seguridad:
crisis-no-plan-yet = Todavía no escribiste un plan de seguridad. Cuando las cosas estén más tranquilas, /safetyplan te ayuda a escribirlo: una lista corta de lo que te ayuda y a quién contactar en los momentos difíciles.
crisis-show-plan = Ver mi plan de seguridad
crisis-make-plan = Hacer un plan de seguridad

## En medio de una pregunta, después de una respuesta de crisis

hold-choice-safe = Estoy a salvo: continuar
hold-choice-stop = Parar por ahora
hold-choice-plan = Ver mi plan de seguridad
hold-prompt = Cuando quieras, elige una opción; las líneas de crisis de arriba están ahí siempre.
hold-again = Tómate tu tiempo. Aquí estoy cuando quieras.
hold-resumed = Gracias por contármelo. Aquí es donde estábamos:
hold-stopped = Listo, detuve { gram-flow-the } por ahora. Cuídate mucho, por favor.
hold-stopped-with-draft = Listo, detuve { gram-flow-the } por ahora. Guardo tus respuestas durante 24 horas: empieza de nuevo para seguir donde te quedaste. Cuídate mucho, por favor.

## Líneas de crisis (los números y nombres son datos: src/core/safety/crisis-resources-data.ts)

crisis-way =
    { $way ->
        [call] llama al { $numbers }{ $option }
        [call-or-text] llama o manda un mensaje al { $numbers }{ $option }
        [text] manda un mensaje de texto al { $numbers }
       *[whatsapp] WhatsApp { $numbers }
    }
crisis-option = , opción { $option }
crisis-either = { $first } o { $last }
crisis-any-time = las 24 horas
crisis-line = { $how } ({ $who }), { $when }.
crisis-line-free = { $how } ({ $who }), { $when }, gratis.
crisis-online = En línea: { $web }.
crisis-in-place = En { $place }: { $line }
crisis-service =
    { $service ->
        [ambulance] { $number } (ambulancia)
       *[police] { $number } (policía)
    }
crisis-danger = Si estás en peligro inmediato, llama al { $numbers }.
crisis-danger-in = Si estás en peligro inmediato, llama al { $numbers } en { $place }, o al número de emergencias local si estás en otro lugar.
crisis-danger-local = Si estás en peligro inmediato, llama al número de emergencias local.
crisis-directory-elsewhere = En otros países: findahelpline.com tiene una lista de líneas de ayuda gratuitas y confidenciales.
crisis-directory-in = findahelpline.com tiene una lista de líneas de ayuda gratuitas y confidenciales en { $place }.
crisis-directory-yours = findahelpline.com tiene una lista de líneas de ayuda gratuitas y confidenciales en tu país.
crisis-local-emergency = número de emergencias local
crisis-summary = llama al { $emergency } o a una línea de crisis ({ $line })
crisis-summary-no-line = llama al { $emergency } o a una línea de crisis (findahelpline.com tiene la lista)
crisis-summary-in =
    { $emergency ->
        [none] llama al número de emergencias local
       *[other] llama al número de emergencias local ({ $emergency } en { $place })
    } o a una línea de crisis ({ $line ->
        [none] findahelpline.com tiene la lista
       *[other] en { $place }: { $line }; en otros países, findahelpline.com tiene la lista
    })
crisis-summary-local = llama al número de emergencias local o a una línea de crisis (findahelpline.com tiene la lista)

## /helplines

helplines-heading = Líneas de crisis
helplines-heading-place = Líneas de crisis en { $place }
helplines-change-country = ¿No estás ahí? Cambia tu país en /settings.
helplines-set-country = Cuando termines la configuración (/start), puedo mostrarte las líneas de tu país.
