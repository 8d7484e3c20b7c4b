# Between — español: los comandos inmediatos (/history y sus líneas de progreso, /homework, /pause, /resume, /export).
# Registro: tú (cálido, informal), español latinoamericano neutro; amable con el progreso, nunca culpabiliza.

## /history

commands-history-title = Tu ánimo, últimos 7 días
commands-history-day-check-ins = ({ $count } registros)
commands-history-counts =
    { $checkIns ->
        [one] { $checkIns } registro diario
       *[other] { $checkIns } registros diarios
    } y { $thoughts ->
        [one] { $thoughts } registro de pensamientos
       *[other] { $thoughts } registros de pensamientos
    } esta semana.
commands-history-no-check-ins = Cuando quieras, /checkin te toma unos 30 segundos.
commands-chart-title = Tu ánimo (0–10)
commands-chart-alt = { $title } por día: { $days }.
commands-chart-alt-day =
    { $mood ->
        [none] { $day }: sin registro
       *[other] { $day }: { $mood }
    }
commands-progress-scores-title = Lo que muestran tus puntajes
commands-progress-compared = { $name }: { $from } el { $fromDate }, { $to } el { $toDate }.
commands-progress-better = Un cambio de este tamaño es más que la variación de un día a otro: es una mejora real.
commands-progress-better-out-of-range = Un cambio de este tamaño es más que la variación de un día a otro: es una mejora real, y tu puntaje ya está fuera del rango en el que este cuestionario sugiere apoyo adicional.
commands-progress-worse = Un cambio de este tamaño es más que la variación de un día a otro. Podría ayudarte hablarlo con tu terapeuta.
commands-progress-steady = Un cambio de este tamaño está dentro de la variación normal de un día a otro.
commands-progress-first = { $name }: { $total } el { $date }, tu primera vez. La próxima mostrará cómo van las cosas.
commands-progress-homework-title = Tu tarea
commands-progress-streak = Llevas { $days } días seguidos haciendo tu tarea. ¡Muy bien!
commands-progress-done-one-day =
    { $when ->
        [today] Hoy hiciste tu tarea. ¡Gracias!
       *[yesterday] Ayer hiciste tu tarea. ¡Gracias!
    }
commands-progress-some-days = Hiciste tu tarea { $days } de los últimos { $of } días. Todo suma.
commands-progress-when-ready = Tu tarea te espera cuando quieras: /homework.

## /homework

commands-no-homework = Ahora mismo no tienes tareas asignadas. Tu terapeuta puede asignarte alguna; mientras tanto, /checkin y /thought siempre están aquí.
commands-homework-title = Tu tarea
commands-homework-done-today = hecha hoy
commands-homework-cadence =
    { $cadence ->
        [daily] a diario
        [weekdays] de lunes a viernes
        [once] una vez
        [days] { $days }
       *[other] { $days }
    }
commands-homework-ended = Esa tarea ya terminó o ya no es tuya. /homework te muestra las actuales.
commands-homework-already-done = { $label } ya está hecha por hoy ✓
commands-homework-marked-done = { $label }: hecha por hoy ✓ Cuenta para tu tarea.

## Tareas que asigna tu terapeuta: el mensaje al asignarla y el recordatorio diario; el fin del vínculo

commands-homework-assigned = *Nueva tarea de tu terapeuta:* { $label } — { $cadence }{ $time ->
        [none] .
       *[other] , y te la recuerdo a las { $time }.
    }
commands-homework-instructions = _Indicaciones:_ { $text }
commands-homework-assigned-whenever = Hazla cuando mejor te venga; cuenta en cuanto la termines.
commands-homework-reminder-title = Un recordatorio de tu tarea de hoy:
commands-homework-reminder-line = • { $label } ({ $cadence })
commands-homework-reminder-whenever = Cuando mejor te venga: cuenta en cuanto la termines.
commands-therapist-unlinked = Tu terapeuta terminó el vínculo con Between, así que ya no recibe resúmenes desde aquí. Todo lo demás funciona como antes; puedes volver a vincularte con un código nuevo en /settings.

## /pause y /resume

commands-pause-days = Indica un número de días del 1 al { $max }, por ejemplo /pause 3, o simplemente /pause para una semana.
commands-paused = En pausa. No te mando recordatorios diarios hasta el { $until }. Con /resume los vuelves a activar antes. Todo lo demás sigue funcionando cuando quieras.
commands-resumed = ¡Qué bueno tenerte de vuelta! Los recordatorios diarios están activos otra vez (a las { $time }).

## /export

commands-export-json = Aquí está todo lo que guardaste en Between. Este archivo JSON lo tiene todo, completo (con las horas en tu zona horaria, { $timezone }).
commands-export-csv = Un CSV para hojas de cálculo: una fila por cada registro diario, registro de pensamientos (con lo que escribiste), cuestionario y ejercicio.
commands-export-report = Y un informe legible de «mi progreso»: tu gráfico de ánimo, registros de pensamientos, cuestionarios, ejercicios, tareas y acompañante. Ábrelo en cualquier navegador, imprímelo o llévalo a una sesión.
commands-export-fhir = Por último, tus cuestionarios y registros diarios en FHIR R4, el formato que importan los sistemas de historias clínicas: dale este archivo a una clínica que te lo pida. Te identifica con un código, nunca con tu nombre.
