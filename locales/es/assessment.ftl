# Between — español: las frases propias del flujo de cuestionarios (/assessment). Las preguntas,
# respuestas, instrucciones y atribución son la traducción validada de cada instrumento (src/core/assessments/).
# Registro: tú (cálido, informal), español latinoamericano neutro; un puntaje es una foto, nunca un veredicto.

flow-title-assessment = cuestionario
assessment-number-hint = Elige una respuesta o escribe su número: 1 = { $first } … { $count } = { $last }.
assessment-optional-hint = Esta no cuenta para el puntaje, y puedes saltarla.
assessment-required-hint = Esta no cuenta para el puntaje.
assessment-no-such-number =
    { $optional ->
        [yes] «{ $typed }» no es una de las respuestas; aquí van numeradas del 1 al { $count }: { $numbered }. O escribe { $skip } (o «saltar») para saltarla.
       *[no] «{ $typed }» no es una de las respuestas; aquí van numeradas del 1 al { $count }: { $numbered }.
    }
assessment-not-understood =
    { $optional ->
        [yes] No te entendí bien. Elige la respuesta que más se acerque a cómo has estado, o escribe su número: { $numbered }. También puedes saltar esta.
       *[no] No te entendí bien. Elige la respuesta que más se acerque a cómo has estado, o escribe su número: { $numbered }.
    }
assessment-chooser = ¿Qué cuestionario quieres responder? Cada uno toma un par de minutos.
assessment-chooser-line =
    { $count ->
        [one] { $name }: { $topic } ({ $count } pregunta)
       *[other] { $name }: { $topic } ({ $count } preguntas)
    }
assessment-choose-one-of = Elige uno de los cuestionarios, por favor: { $names }.
assessment-substituted = El { $asked } no está activado aquí, así que te muestro el { $given } en su lugar.
assessment-unknown = No conozco ningún cuestionario llamado «{ $typed }».
assessment-not-scored = Faltaron algunas respuestas, así que no califiqué ni guardé este cuestionario. Escribe /assessment para empezar de nuevo.
assessment-done = Gracias, terminaste el { $name }.
assessment-score =
    { $higherIsBetter ->
        [yes] Tu puntaje es { $total } de { $max } (más alto es mejor), lo que está en el rango de { $band }.
       *[no] Tu puntaje es { $total } de { $max }, lo que está en el rango de { $band }.
    }
assessment-same-as-last = Es igual que la vez anterior ({ $date }).
assessment-changed =
    { $direction ->
        [higher] La vez anterior ({ $date }) fue { $before }, así que ahora está { $change } más alto.
       *[lower] La vez anterior ({ $date }) fue { $before }, así que ahora está { $change } más bajo.
    }
assessment-unscored-answer = { $question }: { $answer } (no cuenta para el puntaje).
assessment-discuss = Sería bueno hablarlo con tu terapeuta; podrías llevarlo a tu próxima sesión.
assessment-snapshot = Un cuestionario es una foto del momento, no un diagnóstico; sirve sobre todo para ver cómo cambian las cosas con el tiempo. /history te muestra tus puntajes.
assessment-counts-toward-homework = Cuenta para tu tarea ✓
assessment-history-title = Tus cuestionarios
assessment-history-since = { $change } desde el anterior

## Sobre qué pregunta cada cuestionario, en una palabra

assessment-topic-mood = ánimo
assessment-topic-anxiety = ansiedad
assessment-topic-wellbeing = bienestar

## Rangos de puntaje (los puntos de corte publicados), tal como se nombran en una frase

assessment-band-minimal = síntomas mínimos
assessment-band-mild = síntomas leves
assessment-band-moderate = síntomas moderados
assessment-band-moderately-severe = síntomas moderadamente graves
assessment-band-severe = síntomas graves
assessment-band-poor = bienestar bajo
assessment-band-adequate = bienestar adecuado

## Notas sobre un resultado: lo que se le dice a la persona y la etiqueta corta de /history

assessment-note-likely-depression = Puntajes así de bajos suelen ir de la mano con la depresión, que tiene muy buen tratamiento.
assessment-note-likely-depression-label = probable depresión (28 o menos)
assessment-note-low-item = Al menos una respuesta fue «De vez en cuando» o «Nunca». Sea cual sea el total, la guía del WHO-5 recomienda mirarlo con más atención.
assessment-note-low-item-label = una respuesta con 0 o 1: vale la pena hacer seguimiento
