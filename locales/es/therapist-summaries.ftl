# Between — español: el resumen semanal, el resumen diario, el resumen previo a la sesión, “fuera de lo
# esperado” y el cambio desde el primer puntaje. En el idioma de la práctica (THERAPIST_LOCALE).
# Registro: usted (profesional, claro y breve), español latinoamericano neutro; términos clínicos como en la literatura (RCI, Jacobson–Truax).
# Markup: *negrita*, _cursiva_; los valores llegan escapados. $alias: el alias que el terapeuta dio al consultante.

## El resumen y el resumen previo

therapist-summary-language = Idioma: { $language }
therapist-summary-not-on-track = ⚑ Fuera de lo esperado:
therapist-summary-open-alerts =
    { $count ->
        [one] ⚠ { $count } alerta de riesgo sin confirmar
       *[other] ⚠ { $count } alertas de riesgo sin confirmar
    }
# The title of the mood chart in summaries and briefs (its days and alt text follow the same language)
therapist-chart-title = Estado de ánimo (0–10)
therapist-summary-mood =
    Ánimo: promedio { $mean }/10 en { $checkIns ->
        [one] { $checkIns } registro diario
       *[other] { $checkIns } registros diarios
    }
therapist-summary-mood-change = del primer al último día { $change }
therapist-summary-no-mood = Ánimo: sin registros diarios en este periodo
therapist-summary-thoughts = Registros de pensamientos: { $count }
therapist-summary-thoughts-intensity = intensidad emocional { $before } → { $after }
therapist-summary-thoughts-distortions = distorsiones más frecuentes: { $distortions }
therapist-summary-no-thoughts = Registros de pensamientos: ninguno en este periodo
therapist-summary-since-previous = { $change } desde el anterior
therapist-summary-level = Nivel de detalle: { $level }
therapist-summary-hot-thought = Pensamiento caliente:
therapist-summary-balanced = Alternativo:

## El resumen

therapist-summary-title = { $alias } — últimos { $days } días
therapist-summary-adherence = Recordatorios respondidos: { $prompts } · Tareas hechas: { $homework }
therapist-summary-by-kind = Tareas por tipo: { $kinds }
therapist-summary-newest = (la más reciente: { $when })
therapist-summary-flags =
    Señales de riesgo en este periodo: { $count ->
        [0] ninguna
       *[other] { $count }
    }
therapist-summary-flags-recent = ; las { $shown } más recientes:
therapist-summary-emotions = Emociones (intensidad promedio): { $emotions }
therapist-summary-change-title = Cambio desde el primer puntaje
therapist-summary-first-score = { $name } { $total } ({ $date }): el primer puntaje — el cambio se clasifica a partir del segundo
therapist-summary-thought-texts = Registros de pensamientos (palabras del consultante)
therapist-summary-situation = Situación:
therapist-summary-open-30 = Resumen de 30 días

## Señales de riesgo en un resumen

therapist-flag-no-alert = sin alerta (solo aparece aquí)
therapist-flag-acknowledged = confirmada después de { $duration }
therapist-flag-not-acknowledged = sin confirmar todavía
therapist-flag-escalated = , escalada

## Cambio desde el primer puntaje ($name: el cuestionario, $method: cómo se juzgó el cambio)

therapist-change-improvement = mejoría confiable
therapist-change-deterioration = empeoramiento confiable
therapist-change-none = sin cambio confiable
therapist-change-rci = { $method }, RCI { $rci }
therapist-change-points = { $method }, ≥ { $points } puntos
therapist-change-recovered = clínicamente significativo: fuera del rango clínico
therapist-change-still-case = todavía en el rango clínico ({ $cutoff })
therapist-change-response = respuesta (≥ 50 % menos)
therapist-change-remission = remisión (menos de { $below })
therapist-change-apart = con { $months } meses de diferencia
therapist-change-version = cambió la versión del cuestionario ({ $from } → { $to }): compare con cuidado

## “Fuera de lo esperado” (solo números, nunca lo que escribió el consultante)

therapist-not-on-track-deterioration = { $name } empeoró de forma confiable: { $from } → { $to } desde { $since } ({ $method })
therapist-not-on-track-no-improvement = { $name } aplicado { $count } veces, sin mejoría confiable: { $from } → { $to } desde { $since }
therapist-not-on-track-mood-falling = Ánimo en descenso en { $days } días: { $slope } por día (mínimos cuadrados, { $withCheckIns } días con registro)
therapist-not-on-track-homework = Tareas { $done }/{ $due } ({ $percent } %) en { $days } días, por debajo de la meta de { $target } %

## El encabezado del resumen semanal y el resumen diario

therapist-weekly-title = Resumen semanal — { $date }
therapist-weekly-counts =
    { $clients ->
        [one] { $clients } consultante
       *[other] { $clients } consultantes
    } · { $alerts ->
        [one] { $alerts } alerta de riesgo sin confirmar
       *[other] { $alerts } alertas de riesgo sin confirmar
    }
therapist-weekly-no-clients = Todavía no tiene consultantes vinculados. `/between invite` crea un código.
therapist-digest-title = Resumen diario — { $date }
therapist-digest-open-alerts =
    { $count ->
        [one] ⚠ { $count } alerta abierta
       *[other] ⚠ { $count } alertas abiertas
    }
therapist-digest-line = { $alias } · recordatorios { $prompts } · tareas { $homework }
therapist-digest-no-clients = No hay consultantes vinculados.

## El resumen previo a la sesión

therapist-brief-title = Resumen previo a la sesión — { $alias }
therapist-brief-session = Sesión: { $when } ({ $zone })
therapist-brief-no-session = No hay sesión fijada (`/between session` fija una)
therapist-brief-since-last =
    Qué cambió desde la última sesión ({ $date }, { $days ->
        [0] hoy
        [one] hace { $days } día
       *[other] hace { $days } días
    })
therapist-brief-since-capped = La última sesión fue el { $date }; esto abarca sus últimos { $days } días
therapist-brief-last-days = Los últimos { $days } días (no hay una sesión anterior registrada)
therapist-brief-homework = Tareas
therapist-brief-no-homework = Ninguna tarea suya en este periodo.
therapist-brief-assignment = • { $label } ({ $cadence }): { $doneDue } hechas
therapist-brief-quantity =
    { $count ->
        [one] { $count } entrada
       *[other] { $count } entradas
    }
therapist-brief-rating-change = su propia valoración ({ $rating }): { $before } → { $after }/{ $max }
therapist-brief-rating-mean = su propia valoración ({ $rating }): promedio { $after }/{ $max }
therapist-brief-rating-answers = ({ $count } respuestas)
therapist-brief-rating-mood = ánimo
therapist-brief-rating-mood-intensity = intensidad emocional
therapist-brief-risk = Señales de riesgo
therapist-brief-no-flags = Sin señales de riesgo en este periodo.
therapist-brief-chart-below = (gráfico abajo)
therapist-brief-scores = Cuestionarios
therapist-brief-no-scores = Cuestionarios: ninguno en este periodo
therapist-brief-highlights = Lo más destacado de los registros de pensamientos (palabras del consultante)
therapist-brief-partner =
    Compañero de apoyo: { $partner ->
        [yes] sí
       *[no] no
    }

## Con qué frecuencia (las tareas del resumen previo)

therapist-cadence-daily = diaria
therapist-cadence-weekdays = días hábiles
therapist-cadence-once = una vez
