# Between — español: /delete, y el informe de progreso legible y las palabras del archivo JSON que
# envía /export. Registro: tú (cálido, informal), español latinoamericano neutro.

flow-title-delete = eliminación

## /delete

delete-no-data = No tengo ningún dato guardado tuyo.
delete-first-title = ¿Borrar todo?
delete-first = Esto elimina para siempre tus registros diarios, registros de pensamientos, ejercicios, respuestas a cuestionarios, tareas, tu configuración y cualquier vínculo con un terapeuta o un compañero. No se puede deshacer. (¿Quieres una copia antes? Usa /export.)
delete-kept =
    Lo que queda: un registro de acciones (como «datos exportados», «resumen visto por tu terapeuta», «datos borrados») con fechas y cantidades; nunca nada de lo que escribiste, y ya sin relación contigo. Le permite al consultorio mostrar quién hizo qué con tus datos{ $period ->
        [none] , y se conserva indefinidamente
       *[other] , y se borra después de { $period }
    }.
delete-retention-years =
    { $count ->
        [one] { $count } año
       *[other] { $count } años
    }
delete-retention-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
delete-yes = Sí, borrar todo
delete-no = No, conservar mis datos
delete-second = Última comprobación: ¿de verdad quieres hacerlo? Todo desaparecerá para siempre.
delete-permanently = Borrar para siempre
delete-cancel = Cancelar
delete-cancelled = De acuerdo, no se borró nada.
delete-done = Se borró todo lo que guardaste en Between.
delete-restart = Si quieres empezar de nuevo, escribe /start. Cuídate.

## El informe de progreso legible (/export). Texto sin formato: el informe lo escapa al escribir el HTML.

report-document-title = Mi progreso con Between
report-heading = Mi progreso
report-prepared-for = Para { $name }
report-prepared = Preparado el { $date }. Las horas están en tu zona horaria, { $zone }.
report-intro = Este es un resumen de lo que registraste en Between. Puedes llevarlo a una sesión o simplemente guardarlo para ti. Es tuyo: nadie lo ve a menos que lo compartas.
report-complete = Todo lo que guardaste, completo, está en el archivo JSON que vino con este informe.
report-mood-title = Registros y ánimo a lo largo del tiempo
report-mood-chart-title = Ánimo (0–10), promedio diario
report-mood-chart-caption =
    Tu ánimo { $days ->
        [one] del último día
       *[other] de los últimos { $days } días
    } (el promedio de los registros de cada día; los huecos son días sin registro).
report-mood-chart-missing = Esta vez no se pudo dibujar el gráfico; abajo aparecen todos tus registros.
report-no-check-ins = Todavía no hay registros. Cuando quieras, /checkin toma unos 30 segundos.
report-check-in-summary =
    { $count ->
        [one] { $count } registro
       *[other] { $count } registros
    } en total, con un ánimo promedio de { $average } de 10.
report-column-when = Cuándo
report-column-mood = Ánimo
report-column-emotions = Emociones
report-column-coping = Qué te ayudó
report-column-trigger = Qué pasó
report-column-note = Nota
report-thought-title = Registros de pensamientos
report-no-thoughts = Todavía no hay registros de pensamientos. /thought te guía paso a paso.
report-situation = Situación
report-moods = Emociones (antes → después)
report-thoughts = Pensamientos automáticos
report-hot-thought = el pensamiento central
report-traps = Trampas del pensamiento
report-no-traps = ninguna elegida
report-evidence-for = Evidencia a favor
report-evidence-against = Evidencia en contra
report-balanced = Pensamiento equilibrado
report-belief = (lo creías en un { $percent } %)
report-assessment-title = Cuestionarios
report-no-assessments = Todavía no hay cuestionarios.
report-column-questionnaire = Cuestionario
report-column-score = Puntaje
report-column-range = Rango
report-score = { $total } de { $max }
report-score-only = { $total }
report-exercise-title = Ejercicios
report-no-exercises = Todavía no hay ejercicios. /exercise te muestra la biblioteca.
report-exercise-done = hecho
report-exercise-open = esperando su segunda parte
report-homework-title = Tareas
report-no-homework = Hasta ahora no hay tareas.
report-homework-checkin = Registro de emociones
report-homework-thought = Registro de pensamientos
report-homework-assessment = Cuestionario
report-homework-custom = Tarea
report-cadence-daily = todos los días
report-cadence-weekdays = de lunes a viernes
report-cadence-once = una vez
report-homework-line = { $kind }, { $cadence }
report-homework-done =
    { $count ->
        [0] todavía sin hacer
        [one] hecha { $count } día
       *[other] hecha { $count } días
    }
report-homework-ended = terminada
report-partner-title = Compañero de apoyo
report-no-partner = Sin compañero de apoyo.
report-partner-pending = esperando confirmación
report-partner-active = compañeros
report-partner-ended = terminada
report-partner-blocked = terminada
report-partner-line = Tú (como { $you }) y { $partner }: { $status }
report-footer = Hecho con Between. Este informe se preparó para ti, a tu pedido.

## Las palabras del archivo JSON

export-times = Todas las horas están en tu zona horaria ({ $zone }), escritas en ISO 8601 con su diferencia respecto de UTC.
export-left-out-as = no incluido: { $reason }
export-left-out-OutboxMessage = Mensajes que Between te envía y que esperan entrega (los enviados se olvidan después de 7 días): lo que dijo Between, no lo que guardaste.
export-left-out-ProcessedUpdate = Identificadores de mensajes del chat ya procesados (se olvidan después de 3 días), guardados para ignorar duplicados; no nombran a nadie.
export-left-out-RateLimitHit = Momentos de intentos (códigos probados, ánimos enviados, recordatorios pospuestos) que se cuentan para limitar abusos: solo identificadores y horas, nada de lo que escribiste.
