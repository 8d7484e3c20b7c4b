# Between — español: respuestas generales, el motor de preguntas, errores de los pasos, /help.
# Registro: tú (cálido, informal), español latinoamericano neutro: sin vosotros ni regionalismos.
# Cercano y sencillo como el inglés; nunca culpabiliza. Los /comandos no se traducen.

## Formas gramaticales de los flujos (reciben $flow y $title del mensaje que las usa)

gram-flow-the =
    { $flow ->
        [checkin] el registro diario
        [onboarding] la configuración inicial
        [settings] la configuración
       *[other] «{ $title }»
    }
gram-flow-of-the =
    { $flow ->
        [checkin] del registro diario
        [onboarding] de la configuración inicial
        [settings] de la configuración
       *[other] de «{ $title }»
    }
gram-flow-your =
    { $flow ->
        [checkin] tu registro diario
        [onboarding] tu configuración inicial
        [settings] tu configuración
       *[other] «{ $title }»
    }

## Respuestas generales

apology = Perdón, algo falló de mi lado. Lo que ya escribiste está guardado; vuelve a intentarlo en un momento, por favor.
not-an-emergency-service = Between no es un servicio de emergencias y nadie lee estos mensajes en tiempo real. Si estás en peligro o piensas en quitarte la vida, llama al número de emergencias de tu país o a una línea de crisis: /helplines te muestra las de donde vives.
not-an-emergency-service-lines = Between no es un servicio de emergencias y nadie lee estos mensajes en tiempo real. Si estás en peligro o piensas en quitarte la vida, { $lines }. /helplines te las muestra cuando quieras.
unknown-command = No conozco el comando /{ $name }. Escribe /help para ver los que conozco.
cannot-read =
    Por ahora solo puedo leer texto escrito, así que no pude recibir { $kind ->
        [photo] esa foto
        [sticker] ese sticker
        [voice-message] ese mensaje de voz
        [video] ese video
        [video-message] ese videomensaje
        [audio-file] ese audio
        [file] ese archivo
        [GIF] ese GIF
        [location] esa ubicación
        [contact] ese contacto
        [poll] esa encuesta
        [dice] ese dado
       *[other] eso
    }; no se guardó nada. Escribe tu respuesta, por favor.
empty-message = Me llegó un mensaje vacío. Escribe /help para ver lo que puedo hacer.
empty-answer = Me llegó un mensaje vacío.
free-text-outside-flow = Gracias por escribir. Para guardarlo donde te sirva, prueba /checkin (cómo te sientes) o /thought (un registro de pensamientos). /help tiene la lista completa.
free-text-before-start = ¡Hola! Soy Between. Escribe /start para empezar.
menu-out-of-range =
    { $count ->
        [one] Aquí hay una sola opción, así que { $number } no coincide: escribe 1 o su nombre, o /help para ver todo lo demás.
       *[other] Aquí no hay opción { $number }: las opciones van del 1 al { $count }. Escribe uno de esos números o el nombre de la opción:
    }
too-long = Ese mensaje tiene { $length } caracteres y puedo guardar hasta { $limit }. ¿Podrías acortarlo o dividirlo en partes? No se perdió nada de lo que escribiste antes.
set-up-first = Primero vamos a configurar todo: escribe /start.
welcome-back = ¡Qué bueno verte de nuevo! Ya tienes todo configurado; aquí está tu configuración.
in-the-middle-of = Estás en medio { gram-flow-of-the }. Responde abajo, o escribe cancelar para salir primero.
already-in-it = Ya estamos en eso:
already-checking-in = Ya estamos haciendo un registro diario:
back-to = Volvamos a { gram-flow-your }:
nothing-to =
    { $action ->
        [back] Ahora no hay nada a qué volver. Escribe /help para ver lo que puedo hacer.
        [skip] Ahora no hay nada que saltar. Escribe /help para ver lo que puedo hacer.
       *[cancel] Ahora no hay nada que cancelar. Escribe /help para ver lo que puedo hacer.
    }
stale-button-outside-flow = Ese botón es de una pregunta anterior. Escribe /help para ver lo que puedo hacer.

## /help

help-title = Lo que puedo hacer
help-group-reflect = Registrar y reflexionar
help-group-homework = Tareas y ejercicios
help-group-partner = Compañero de apoyo
help-group-settings = Recordatorios y configuración
help-group-data = Ayuda y tus datos
help-group-more = Más
help-navigation = Mientras te hago preguntas puedes escribir *atrás*, *saltar* (en las preguntas opcionales) o *cancelar*.
command-start = Empezar, o cambiar tu configuración
command-checkin = Registro de emociones (unos 30 segundos)
command-thought = Hacer un registro de pensamientos (TCC)
command-assessment = Cuestionarios (PHQ-8/9, GAD-7, WHO-5)
command-settings = Zona horaria, hora del registro, horas de silencio, código de terapeuta
command-delete = Borrar todo lo que guardaste
command-language = Elegir tu idioma, p. ej. /language es (English, Español, Deutsch)
command-help = Lo que puedo hacer
command-history = Tu gráfico de ánimo, puntajes y tareas
command-homework = Tus tareas y lo que ya hiciste
command-pause = Pausar los recordatorios diarios, p. ej. /pause 3 (días)
command-resume = Volver a activar los recordatorios diarios
command-export = Descargar todo lo que guardaste (JSON, CSV y un informe legible)
command-helplines = Líneas de crisis de donde vives
command-snooze = Recordarme el registro de hoy en una hora
command-exercise = Ejercicios guiados: plan de seguridad, experimentos, mindfulness, diario…
command-safetyplan = Ver o editar tu plan de seguridad
command-triggers = Tu mapa de detonantes
command-partner = Compañero de apoyo: invitar, unirte, actualizar, terminar
command-cheer = Mandarle ánimo a tu compañero

## Idioma

language-question = ¿En qué idioma prefieres que te escriba? Puedes cambiarlo cuando quieras con /language o en /settings.
language-not-understood = Elige English, Español o Deutsch, por favor.
language-command-usage =
    ¿En qué idioma prefieres que te escriba? Escribe uno de estos:
    { $choices }
language-changed = Listo, a partir de ahora te escribo en español.

## El motor de preguntas (atrás, saltar, cancelar, borradores)

engine-stale-button = Ese botón es de una pregunta anterior. Aquí es donde estamos:
engine-version-changed = Cambié cómo funciona esto desde que empezaste, así que empecemos de nuevo. Perdón por la molestia.
engine-cannot-skip = Esta no se puede saltar, perdón.
engine-nothing-before = Esta es la primera pregunta: no hay nada antes.
engine-stopped = Listo, detuve { gram-flow-the }.
engine-stopped-with-draft = Listo, detuve { gram-flow-the }. Guardo tus respuestas durante 24 horas: empieza de nuevo para seguir donde te quedaste.
engine-carry-on = Bien, sigamos.
engine-yes-or-no = Elige sí o no, por favor.
engine-resumed = Qué bueno verte de nuevo. Aquí es donde te quedaste.
engine-continue-or-restart = Elige si quieres continuar o empezar de nuevo, por favor.
engine-yes-stop = Sí, detener
engine-no-keep-going = No, seguir
engine-start-over = Empezar de nuevo
engine-done = Listo
engine-skip = Saltar
engine-continue = Continuar
engine-stop-for-now = Parar por ahora
engine-confirm-stop = ¿Detener { gram-flow-the }?
engine-confirm-stop-with-draft = ¿Detener { gram-flow-the }? Guardo tus respuestas durante 24 horas.
engine-unfinished = Dejaste { gram-flow-the } a medias. ¿Quieres seguir donde te quedaste?
engine-were-in-the-middle = Estabas en medio { gram-flow-of-the }. ¿Continuamos o paramos por ahora?
engine-continue-or-stop = Elige Continuar o Parar por ahora, por favor.
engine-progress = { $title } · { $position }/{ $total }

## Respuestas que un paso no entendió

step-choose-an-option = Elige una de las opciones (un botón, su número o su nombre), por favor.
step-choose-at-least-then-done =
    { $min ->
        [one] Elige al menos una y luego Listo, por favor.
       *[other] Elige al menos { $min } y luego Listo, por favor.
    }
step-choose-at-least =
    { $min ->
        [one] Elige al menos una, por favor.
       *[other] Elige al menos { $min }, por favor.
    }
step-not-recognised =
    { $buttons ->
        [no] No entendí eso. Puedes escribir números o nombres: { $labels }.
       *[yes] No entendí eso. Puedes tocar los botones, o escribir números o nombres: { $labels }.
    }
number-empty = Escribe un número entero del { $min } al { $max }, por favor.
number-not-a-number =
    { $buttons ->
        [no] «{ $typed }» no es un número que pueda usar. Escribe un número entero del { $min } al { $max }, por favor.
       *[yes] «{ $typed }» no es un número que pueda usar. Escribe un número entero del { $min } al { $max }, o toca un botón.
    }
number-decimals = Usa un número entero del { $min } al { $max } (sin decimales), por favor.
number-out-of-range = { $value } está fuera de la escala. Usa un número entero del { $min } al { $max }, por favor.
text-type-your-answer = Escribe tu respuesta, por favor.
text-empty = Escribe tu respuesta, por favor; con unas pocas palabras basta.
text-empty-optional = Escribe tu respuesta, o salta esta pregunta.
text-too-long = Son { $length } caracteres y aquí puedo guardar hasta { $limit }. ¿Podrías acortarlo? No se perdió nada de lo anterior.

## Duraciones: cuánto tardó algo, redondeado hacia abajo

duration-under-a-minute = menos de un minuto
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
duration-days =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
duration-days-hours = { duration-days } { $hours } h
