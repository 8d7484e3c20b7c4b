# Between — español: las palabras propias de Slack en el workspace terapéutico: el formulario de tareas,
# App Home, la disculpa tras un error inesperado. En el idioma de la práctica (THERAPIST_LOCALE).
# Registro: usted (profesional, claro y breve); etiquetas cortas (Slack corta los títulos de formulario a los 24 caracteres).

## El formulario de tareas

therapist-slack-assign-title = Asignar tarea
therapist-slack-assign-submit = Asignar
therapist-slack-assign-close = Cancelar
therapist-slack-assign-client = Consultante
therapist-slack-assign-kind = Tarea
therapist-slack-assign-cadence = Con qué frecuencia
therapist-slack-cadence-daily = Diaria
therapist-slack-cadence-weekdays = Días hábiles
therapist-slack-cadence-days = Los días de abajo
therapist-slack-cadence-once = Una vez
therapist-slack-assign-days = Días (para “Los días de abajo”)
therapist-slack-assign-due-time = Hora del recordatorio (hora local del consultante)
therapist-slack-assign-instructions = Instrucciones para el consultante
therapist-slack-assign-instructions-hint = Obligatorias para: { $kinds }. En “{ $journal }”, son la consigna de escritura del consultante.
therapist-slack-assign-setting = { $kind }: { $setting }
therapist-slack-assign-setting-hint = Solo para { $kind }.
therapist-slack-assigned-title = Tarea asignada
therapist-slack-assigned-close = Listo
therapist-slack-assigned = Asignada a { $alias }. Se le avisó en su chat.

## App Home

therapist-slack-home-title = Between — sus consultantes
therapist-slack-home-not-registered = Todavía no tiene un registro como terapeuta aquí. Escriba `/between register` en cualquier canal o en la pestaña Mensajes de esta app.
therapist-slack-home-no-clients = Todavía no hay consultantes vinculados. `/between invite` crea un código de un solo uso para un consultante.
therapist-slack-home-more = Más consultantes: `/between clients`
therapist-slack-home-footer = /between help — todos los comandos · participación de los últimos 7 días

## Mensajes

therapist-slack-shortened = … (acortado)
therapist-slack-apology = Lo sentimos — algo falló de nuestro lado. Vuelva a intentarlo en un momento.
