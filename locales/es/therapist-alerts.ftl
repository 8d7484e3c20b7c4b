# Between — español: alertas de riesgo, recordatorios, escalamientos y su forma ya confirmada; dónde se
# detectó una señal de riesgo (su origen) y su gravedad. En el idioma de la práctica (THERAPIST_LOCALE).
# Registro: usted (profesional, claro y breve), español latinoamericano neutro. Nunca lo que escribió el consultante.
# Markup: *negrita*, _cursiva_; los valores llegan escapados.

## Alertas ($alias: el alias o los alias que los terapeutas dieron al consultante)

therapist-alert-urgent = Urgente: posible riesgo — { $alias }
therapist-alert-reminder = Recordatorio — sin confirmar: posible riesgo — { $alias }
therapist-alert-noted = Registrado, sin alerta: posible riesgo (bajo) — { $alias }
therapist-alert-escalation = Escalamiento — alerta de riesgo sin confirmar: { $alias }
therapist-alert-acknowledged-title = ✓ Confirmada: posible riesgo — { $alias }
therapist-alert-details = Origen: { $source } · gravedad: { $severity } · detectada { $raised }
therapist-alert-action = Al consultante se le mostraron recursos de crisis. Siga el protocolo de riesgo de su práctica y luego presione Confirmar.
therapist-alert-low-action = Aparece solo en sus resúmenes; no hay nada que confirmar.
therapist-alert-unacknowledged-for = Sin confirmar después de { $duration }.
therapist-alert-alerted = Se avisó a: { $therapists }.
therapist-alert-alerted-therapist = { $name } (como { $alias })
therapist-alert-nobody-linked = Ya no hay ningún terapeuta vinculado a este consultante.
therapist-alert-escalation-action = Asegúrese de que alguien siga ahora el protocolo de riesgo de la práctica y luego presione Confirmar.
therapist-alert-acknowledged-by = Confirmada por { $name } el { $when }, { $after } después de detectarse.
therapist-alert-acknowledge = Confirmar
therapist-alert-open-summary = Abrir resumen
therapist-alert-some-client = un consultante
therapist-alert-someone = alguien

## Dónde se detectó la señal

therapist-risk-source-free-text = un mensaje libre
therapist-risk-source-checkin = un registro diario
therapist-risk-source-thought = un registro de pensamientos
therapist-risk-source-assessment = un cuestionario
therapist-risk-source-onboarding = un mensaje durante la configuración inicial
therapist-risk-source-settings = un mensaje en la configuración
therapist-risk-source-delete = un mensaje al borrar sus datos
therapist-risk-source-partner = un mensaje a su compañero de apoyo
therapist-risk-source-partner-invite = un mensaje al invitar a un compañero de apoyo
therapist-risk-source-partner-join = un mensaje al unirse a un compañero de apoyo
therapist-risk-source-cheer = un mensaje de ánimo para su compañero de apoyo
therapist-risk-source-safety-plan = el plan de seguridad
therapist-risk-source-exercise = el ejercicio “{ $exercise }”
therapist-risk-source-follow-up = el seguimiento de { $source }
therapist-risk-source-item = { $instrument }, ítem { $item }
therapist-risk-source-unknown = otra parte del chat

## Gravedad

therapist-severity-high = alta
therapist-severity-medium = media
therapist-severity-low = baja
therapist-severity-unrated = sin clasificar

## Duraciones (cuánto tardó en confirmarse una alerta)

therapist-duration-under-a-minute = menos de un minuto
therapist-duration-minutes = { $minutes } min
therapist-duration-hours = { $hours } h
therapist-duration-hours-minutes = { $hours } h { $minutes } min
therapist-duration-days = { $days } días
therapist-duration-days-hours = { $days } días { $hours } h
