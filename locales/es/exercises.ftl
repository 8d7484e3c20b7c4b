# Between — español: la biblioteca de tareas (/exercise, /triggers), sus ejercicios, sus seguimientos,
# la pregunta de cuándo volver a escribirte y las líneas de ejercicios de /history.
# Registro: tú (cálido, informal), español latinoamericano neutro; formas sin género gramatical.

## Cada ejercicio: su nombre (menús, botones), una línea para el menú de /exercise, su título en
## los mensajes y, si tiene una segunda parte, el título y el botón de esa parte.

exercise-behavioral-experiment-label = Experimento conductual
exercise-behavioral-experiment-description = Pon a prueba una creencia que te preocupa en la vida real y luego mira qué pasó
flow-title-exercise-behavioral-experiment = experimento conductual
flow-title-exercise-behavioral-experiment-followup = seguimiento del experimento
exercise-behavioral-experiment-button = Cuéntame cómo te fue
exercise-mindfulness-label = Práctica de mindfulness
exercise-mindfulness-description = Respiración cuadrada, anclaje 5-4-3-2-1 o un escaneo corporal, a tu ritmo
flow-title-exercise-mindfulness = práctica de mindfulness
flow-title-exercise-mindfulness-followup = práctica
exercise-mindfulness-button = Listo
exercise-journal-label = Diario reflexivo
exercise-journal-description = Escribe libremente a partir de una pregunta para reflexionar
flow-title-exercise-journal = diario reflexivo
exercise-routine-label = Rutina y bienestar
exercise-routine-description = Un registro rápido de sueño, comidas, movimiento, agua y autocuidado
flow-title-exercise-routine = rutina y bienestar
exercise-trigger-map-label = Mapa de detonantes
exercise-trigger-map-description = Describe un detonante, sus primeras señales, lo que te ayuda y a quién contactar
flow-title-exercise-trigger-map = mapa de detonantes
exercise-communication-label = Práctica de comunicación
exercise-communication-description = Arma un mensaje en primera persona para una conversación difícil y luego reflexiona sobre cómo te fue
flow-title-exercise-communication = práctica de comunicación
flow-title-exercise-communication-followup = reflexión sobre la conversación
exercise-communication-button = Reflexionar
exercise-group-prep-label = Preparación para el grupo
exercise-group-prep-description = Anota una pregunta o un tema para llevar a tu próxima sesión de grupo
flow-title-exercise-group-prep = preparación para el grupo

## /exercise, /triggers y los botones de los ejercicios

exercise-unknown-kind = Ese botón es de una versión anterior. /exercise te muestra los ejercicios.
exercise-entry-gone = Ya no encuentro ese ejercicio. /exercise te muestra los ejercicios.
exercise-already-done = Ya completaste ese ejercicio ({ $label }), gracias. /history te muestra tu semana.
exercise-no-such = No conozco ningún ejercicio llamado «{ $typed }». Estos son los que tengo:
exercise-which = ¿Qué ejercicio te gustaría hacer?
exercise-menu-hint =
    { $buttons ->
        [yes] Toca un botón
       *[no] Escribe el número o el nombre de uno
    }, o escribe /exercise y un nombre (por ejemplo, /exercise { $example }).
exercise-waiting = Te están esperando:
exercise-open-entry = { $label } del { $day }
exercise-open-entry-line = { $label } del { $day }: { $line }
exercise-open-button = { $button } ({ $label })
exercise-no-triggers = Tu mapa de detonantes está vacío. Describir un detonante (qué lo desata, las primeras señales, qué te ayuda y a quién contactar) toma unos minutos.
exercise-triggers-title = Tu mapa de detonantes ({ $count })
exercise-add-trigger = Agregar un detonante
exercise-map-trigger = Describir un detonante

## Al guardar un ejercicio

exercise-homework-done = Esto cuenta para tu tarea ✓
exercise-already-completed = Ese ejercicio ya estaba completo, así que lo dejé como estaba.
exercise-lost-track = Perdí la pista de qué ejercicio era: /exercise te muestra los que te esperan; elígelo ahí otra vez.
exercise-continue = Continuar
exercise-check-back = Te escribo { $when } para saber cómo te fue.
exercise-when =
    { $day ->
        [today] hoy a las { $time }
        [tomorrow] mañana a las { $time }
       *[other] el { $date } a las { $time }
    }

## ¿Cuándo te vuelvo a escribir? (la pregunta del seguimiento)

exercise-when-tonight = Esta noche { $time }
exercise-when-tomorrow = Mañana { $time }
exercise-when-in-3-days = En 3 días ({ $time })
exercise-when-hint =
    { $buttons ->
        [yes] Elige un botón
       *[no] Escribe el número de una opción
    }, o escribe un día y una hora, como «mañana 18:30», «viernes 9:00» o «{ $example }».
exercise-when-unreadable = No pude entender «{ $typed }» como un día y una hora. { $hint }
exercise-when-passed = Esa hora ya pasó (o falta muy poco): elige una más adelante, por favor.
exercise-when-too-far = Elige una hora dentro de los próximos { $days } días, por favor.
exercise-no-reminder = Sin recordatorio

## /history

exercise-history-heading = Ejercicios de esta semana
exercise-history-count = { $label } { $count }

## Las palabras de cada ejercicio
exercise-quoted = «{ $text }»

## Experimento conductual

exercise-experiment-rating = creencia en el pensamiento puesto a prueba
exercise-experiment-intro = Preparemos un pequeño experimento.
exercise-experiment-belief = *La creencia a poner a prueba:* ¿qué esperas o temes que pase? (por ejemplo: «Si digo que no, mi amiga se va a enojar conmigo»).
exercise-experiment-belief-before = ¿Qué tanto lo crees en este momento, del 0 al 100?
exercise-experiment-plan = *El experimento:* ¿qué vas a hacer para ponerla a prueba? ¿Dónde, cuándo, con quién?
exercise-experiment-prediction = *Tu predicción:* ¿qué crees que va a pasar? ¿Cómo lo vas a saber?
exercise-experiment-when = ¿Cuándo te escribo para saber cómo te fue?
exercise-experiment-planned = Experimento planeado.
exercise-experiment-summary-belief = Creencia: { $belief } ({ $rating }/100)
exercise-experiment-summary-plan = Experimento: { $experiment }
exercise-experiment-summary-prediction = Predicción: { $prediction }
exercise-experiment-reminder-title = Es momento de repasar tu experimento.
exercise-experiment-you-planned = Planeaste: { $experiment }
exercise-experiment-you-predicted = Predijiste: { $prediction }
exercise-experiment-reminder-ready = Cuando quieras, cuéntame cómo te fue: toma un par de minutos.
exercise-experiment-outcome = *¿Qué pasó en realidad?*
exercise-experiment-learned = *¿Qué aprendiste?* ¿Cómo encaja con la creencia que estabas poniendo a prueba?
exercise-experiment-belief-after = Antes lo creías { $before }/100. ¿Qué tanto lo crees ahora, del 0 al 100?
exercise-experiment-complete = Experimento terminado: bien hecho por intentarlo.
exercise-experiment-result-belief = Creencia: { $belief }
exercise-experiment-result-change = Antes → después: { $before } → { $after }
exercise-experiment-result-happened = Lo que pasó: { $outcome }
exercise-experiment-result-learned = Lo que aprendiste: { $learned }

## Práctica de mindfulness (un mensaje por paso, con el mismo ritmo en cada idioma)

exercise-mindfulness-rating = estrés
exercise-mindfulness-done-line =
    { $buttons ->
        [yes] Cuando quieras, toca Listo y cuéntame cómo te sientes.
       *[no] Cuando quieras, escribe 1 (Listo) y cuéntame cómo te sientes.
    }
exercise-practice-box = Respiración cuadrada
exercise-practice-box-intro = Inhala en 4, sostén 4, exhala en 4, sostén 4. Siéntate con comodidad y deja caer los hombros. Te acompaño durante cuatro rondas.
exercise-practice-box-round = Ronda { $round } de { $rounds }: inhala… 2… 3… 4 · sostén… 2… 3… 4 · exhala… 2… 3… 4 · sostén… 2… 3… 4
exercise-practice-box-end = Esas fueron { $rounds } rondas. Deja que tu respiración vuelva a su propio ritmo.
exercise-practice-grounding = Anclaje 5-4-3-2-1
exercise-practice-grounding-intro = Te trae de vuelta al aquí y ahora a través de tus sentidos. Tómate tu tiempo con cada uno.
exercise-practice-grounding-1 = Mira a tu alrededor y nombra *5 cosas que puedes ver*.
exercise-practice-grounding-2 = Ahora *4 cosas que puedes sentir*: los pies en el piso, la silla, tu ropa, el aire.
exercise-practice-grounding-3 = Escucha *3 cosas que puedes oír*, cerca o lejos.
exercise-practice-grounding-4 = Nota *2 cosas que puedes oler*, o recuerda dos olores que te gusten.
exercise-practice-grounding-5 = Y *1 cosa que puedes saborear*, o algo amable que puedas decirte.
exercise-practice-grounding-6 = Volviste al momento presente.
exercise-practice-bodyscan = Escaneo corporal
exercise-practice-bodyscan-intro = Vamos a llevar la atención despacio desde los pies hasta la cabeza. No hay nada que cambiar: solo observa.
exercise-practice-bodyscan-1 = Cierra los ojos si quieres. Lleva tu atención a *tus pies*: calor, presión, cosquilleo, o nada en absoluto.
exercise-practice-bodyscan-2 = Sube a *tus piernas y caderas*. Nota dónde se apoyan en la silla o en el piso.
exercise-practice-bodyscan-3 = Ahora *tu abdomen y tu espalda*. Siente cómo se mueve ahí la respiración, sin cambiarla.
exercise-practice-bodyscan-4 = *Tu pecho, tus hombros y tus brazos*. Si hay tensión, deja que esté ahí, o que se suavice.
exercise-practice-bodyscan-5 = Por último, *tu cuello, tu mandíbula y tu cara*. Deja que la mandíbula se afloje un poco.
exercise-practice-bodyscan-6 = Haz una respiración más lenta y abre los ojos.
exercise-mindfulness-which = ¿Qué práctica te gustaría hacer?
exercise-mindfulness-stress-before = Antes de empezar: ¿cuánto estrés sientes en este momento, del 0 (nada) al 10 (muchísimo)?
exercise-mindfulness-follow = Te voy a mandar los pasos uno por uno durante el próximo minuto o dos: solo sígueme.
exercise-mindfulness-stress-after = ¿Cuánto estrés sientes ahora, del 0 al 10?
exercise-mindfulness-practice-done = Terminaste: { $practice }.
exercise-mindfulness-stress-change = Estrés { $before } → { $after }.
exercise-mindfulness-lighter = Un poco más liviano.
exercise-mindfulness-harder = Hay días en que la práctica cuesta más, y notarlo también es parte de ella.
exercise-mindfulness-showing-up = Lo que cuenta es que te diste el espacio para practicar.

## Diario reflexivo (las preguntas: journal.ftl)

exercise-journal-prompt-heading =
    { $source ->
        [therapist] La pregunta de tu terapeuta:
       *[library] La pregunta de hoy:
    }
exercise-journal-write = Escribe tanto o tan poco como quieras, en un solo mensaje.
exercise-journal-saved = Entrada del diario guardada.
exercise-journal-thanks = Gracias por tomarte el tiempo de reflexionar.

## Rutina y bienestar

exercise-routine-sleep = Sueño
exercise-routine-meals = Comidas regulares
exercise-routine-movement = Movimiento
exercise-routine-hydration = Suficiente agua
exercise-routine-selfcare = Autocuidado
exercise-routine-setting-items = Qué registrar
exercise-routine-setting-hint = Déjalo vacío para registrar todo.
exercise-routine-sleep-prompt = ¿Cuántas horas dormiste anoche? (un número entero)
exercise-routine-habits-prompt = ¿Cuáles de estas lograste hoy? Marca todas las que correspondan y luego Listo.
exercise-routine-logged = Registrado.
exercise-routine-sleep-hours = Sueño { $hours } h
exercise-routine-steady = Las rutinas pequeñas y constantes hacen una gran diferencia.

## Mapa de detonantes

exercise-trigger-prompt = *Detonante:* ¿qué situación, sentimiento, persona o lugar puede desatar las cosas para ti?
exercise-trigger-signs-prompt = *Primeras señales:* ¿qué notas en ti cuando empieza? Pensamientos, sentimientos, impulsos, cosas que haces.
exercise-trigger-coping-prompt = *Cómo afrontarlo:* ¿qué vas a hacer en su lugar, o qué te ayuda a atravesarlo?
exercise-trigger-contact-prompt = *A quién contactar:* ¿a quién puedes acudir cuando pase? (opcional)
exercise-trigger-added = Agregado a tu mapa de detonantes.
exercise-trigger-whole-map = /triggers te muestra todo tu mapa.
exercise-trigger-signs = Primeras señales: { $signs }
exercise-trigger-helps = Lo que ayuda: { $coping }
exercise-trigger-contact = A quién contactar: { $contact }

## Práctica de comunicación

exercise-communication-statement = Me siento { $feeling } cuando { $situation } porque { $reason }. Me gustaría { $request }.
exercise-communication-intro = Armemos un mensaje en primera persona: una forma de decir cómo te afecta algo sin culpar a nadie.
exercise-communication-feeling = *Me siento…* (una o dos palabras de sentimiento, por ejemplo «triste», «impotente», «fuera de lugar»)
exercise-communication-situation = Me siento { $feeling } *cuando…* ¿qué pasa? Describe lo que hace la otra persona, no cómo es.
exercise-communication-reason = *…porque…* ¿por qué te importa?
exercise-communication-request = *Me gustaría…* ¿qué te gustaría que pasara en su lugar?
exercise-communication-here = Este es tu mensaje en primera persona:
exercise-communication-try = Intenta decirlo en voz alta una vez. ¿Cuándo lo vas a usar? Puedo escribirte después para saber cómo te fue.
exercise-communication-yours = Tu mensaje en primera persona:
exercise-communication-reminder-title = ¿Cómo te fue en la conversación?
exercise-communication-your-statement = Tu mensaje en primera persona: { $statement }
exercise-communication-reminder-ready = Cuando quieras, tómate un minuto para reflexionar sobre cómo te fue.
exercise-communication-how = *¿Cómo te fue?* ¿Qué dijiste, y cómo respondió la otra persona?
exercise-communication-next-prompt = *La próxima vez:* ¿hay algo que mantendrías o cambiarías? (opcional)
exercise-communication-reflection-saved = Reflexión guardada.
exercise-communication-courage = Hablar de lo que necesitas requiere valor: bien hecho.
exercise-communication-next-time = La próxima vez: { $next }

## Preparación para el grupo

exercise-group-topic-prompt = ¿Qué pregunta o tema te gustaría llevar a tu próxima sesión de grupo?
exercise-group-why-prompt = ¿Por qué es importante para ti en este momento? (opcional)
exercise-group-saved = Guardado para tu próxima sesión de grupo:

## Tareas: los tipos que asigna tu terapeuta, como los ve la persona
# Las descripciones son la lista de quien da terapia (en inglés por defecto).

exercise-homework-checkin = Registro de emociones
exercise-homework-checkin-description = Ánimo, emociones y lo que ayudó, en más o menos un minuto
exercise-homework-thought = Registro de pensamientos
exercise-homework-thought-description = Trabajar un pensamiento difícil paso a paso
exercise-homework-assessment = Cuestionario
exercise-homework-assessment-description = Un cuestionario estándar (PHQ-8/9, GAD-7, WHO-5)
exercise-homework-instrument = Qué cuestionario
exercise-homework-instrument-hint = Déjalo vacío para que la persona elija.
exercise-homework-custom = Tarea personalizada
exercise-homework-custom-description = Tus propias instrucciones; la persona la marca como hecha
exercise-homework-start = Empezar: { $label }
exercise-homework-mark-done = Hecho: { $label }
exercise-homework-setting = { $setting }: { $values }
