# Between — español: el plan de seguridad (/safetyplan, los pasos de Stanley–Brown), cómo se muestra
# y sus líneas dentro de la respuesta de crisis.
# Registro: tú (cálido, informal), español latinoamericano neutro; formas sin género gramatical.

flow-title-exercise-safety-plan = plan de seguridad
exercise-safety-plan-label = Plan de seguridad
exercise-safety-plan-description = Tu plan para los momentos difíciles, en seis pasos (Stanley–Brown)

## Los seis pasos: un título (en el plan) y una pregunta (al escribirlo)

safety-plan-warning-signs-heading = Señales de alerta
safety-plan-warning-signs-prompt = ¿Qué te indica que podría estar empezando una crisis? Pensamientos, imágenes, estados de ánimo, situaciones o cosas que haces.
safety-plan-coping-heading = Cosas que puedo hacer por mi cuenta
safety-plan-coping-prompt = ¿Qué puedes hacer por tu cuenta para distraerte o sentirte un poco más en calma? (una caminata, música, una ducha, un ejercicio de respiración…)
safety-plan-distractions-heading = Personas y lugares que me ayudan a sentirme mejor
safety-plan-distractions-prompt = ¿Qué personas y espacios sociales te ayudan a distraerte? (alguien a quien escribirle, un café, un lugar de culto, una clase…)
safety-plan-helpers-heading = Personas a las que puedo pedir ayuda
safety-plan-helpers-prompt = ¿A quién podrías pedirle ayuda cuando las cosas se ponen difíciles? Nombres y números de teléfono, si quieres.
safety-plan-professionals-heading = Profesionales y líneas de crisis
safety-plan-professionals-prompt = ¿Con qué profesionales o servicios puedes comunicarte en una crisis? Tu terapeuta, tu médico, una línea de crisis local.
safety-plan-environment-heading = Hacer más seguro mi entorno
safety-plan-environment-prompt = ¿Qué podrías hacer para que tu entorno sea más seguro cuando las cosas están difíciles? Por ejemplo, pedirle a alguien de confianza que te guarde ciertas cosas por un tiempo.

## Escribir el plan
# $number: el número del paso; $heading: su título; $answer: lo que la persona escribió antes (escapado)
# $line: el nombre y el número de una línea de crisis de donde está la persona

safety-plan-intro = Un plan de seguridad es una lista corta que escribes ahora, mientras las cosas están más tranquilas, para usarla cuando no lo estén. Responde lo que puedas; puedes saltar lo que quieras por ahora.
safety-plan-step = Paso { $number }: { $heading }
safety-plan-currently =
    Ahora dice: { $answer }
    Escribe una respuesta nueva, o elige Saltar para dejarla como está.
safety-plan-crisis-line = Una línea de crisis de donde estás: { $line } (/helplines te muestra más).
safety-plan-crisis-line-none = En findahelpline.com encuentras las líneas de crisis de donde estás.
safety-plan-saved = Tu plan de seguridad está guardado.
safety-plan-saved-note = Puedes verlo cuando quieras con /safetyplan y cambiarlo cuando lo necesites. Si algún día estás en crisis, te mostraré los pasos 2 a 5 junto con las líneas de crisis.

## Mostrar el plan (/safetyplan)
# $day: el día en que se guardó por última vez, ya con el formato del idioma

safety-plan-not-filled = todavía sin completar
safety-plan-title = Tu plan de seguridad
safety-plan-last-updated = Última actualización: { $day }
safety-plan-edit = Editar mi plan
