# Between — español: /settings y las preguntas que comparte con la configuración inicial (zona
# horaria, país, hora del registro). Registro: tú (cálido, informal), español latinoamericano neutro.

flow-title-settings = configuración
settings-title = Tu configuración
settings-timezone = Zona horaria: { $timezone }
settings-prompt-time = Registro diario: { $time }
settings-quiet = Horas de silencio: { $quiet }
settings-quiet-none = ninguna
settings-country = País (para las líneas de crisis): { $country }
settings-country-not-set = sin elegir
settings-language = Idioma: { $language }
settings-therapist-sees = Tu terapeuta ve: { $sees }.
settings-question = ¿Qué te gustaría cambiar?
settings-item-timezone = Zona horaria
settings-item-promptTime = Hora del registro
settings-item-quiet = Horas de silencio
settings-item-country = País (para las líneas de crisis)
settings-item-language = Idioma
settings-item-code = Código de inscripción
settings-item-partnerShare = Lo que comparto con mi compañero
settings-item-therapistShare = Lo que ve mi terapeuta
settings-item-done = Listo
settings-quiet-question = Horas de silencio: en ese horario no te mando recordatorios. Elige una opción, o escribe un rango como 22:00-07:00 (o «ninguna»).
settings-quiet-choice-none = Ninguna
settings-quiet-invalid = Escribe un rango como 22:00-07:00, o «ninguna», por favor.
settings-code-question = Escribe el código de inscripción que te dio tu terapeuta, por favor.
settings-therapist-share-question = ¿Qué puede recibir tu terapeuta en sus resúmenes? (Las alertas de riesgo siempre le llegan.)
settings-therapist-share-minimal = Solo lo que hice
settings-therapist-share-clinical = Además, puntajes y tendencias
settings-therapist-share-full = Además, lo que escribo
settings-therapist-share-minimal-description = si hiciste tus registros diarios y tus tareas, y las alertas de riesgo; ningún puntaje ni nada de lo que escribes
settings-therapist-share-clinical-description = si hiciste tus registros diarios y tus tareas, las alertas de riesgo, tu ánimo y los resultados de los cuestionarios (puntajes, notas y tu respuesta sobre cuánto te afectan los problemas en el día a día) con sus tendencias, las calificaciones que das en los ejercicios y si tienes compañero de apoyo (sí o no); nada de lo que escribes
settings-therapist-share-full-description = si hiciste tus registros diarios y tus tareas, las alertas de riesgo, los puntajes y sus tendencias, las calificaciones de los ejercicios, si tienes compañero de apoyo (sí o no) y el texto de tus registros de pensamientos
settings-partner-share-question = ¿Qué debería ver tu compañero de apoyo cada día?
settings-saved-title = Guardado.
settings-saved = { $timezone } · registro diario a las { $time } · horas de silencio: { $quiet }.
settings-language-saved = Idioma: { $language }.
settings-country-saved = Tus líneas de crisis ahora son las de { $place }; /helplines te las muestra.
settings-therapist-share-saved = Ahora tu terapeuta recibe como máximo: { $description }.
settings-therapist-share-no-therapist = Todavía no hay terapeuta vinculado a tu cuenta; tu elección se aplicará cuando agregues su código (puedes escribirlo aquí).
settings-partner-share-saved = Ahora tu compañero ve { $share }.
settings-partner-share-no-partner = Todavía no tienes compañero de apoyo; vas a elegir de nuevo cuando se conecten (/partner invite).

## País (para las líneas de crisis)

country-from-timezone = { $place } (según tu zona horaria)
country-guess = Parece que estás en { $place }, ¿es así? Uso tu país solo para mostrarte las líneas de crisis correctas.
country-guess-yes = Sí
country-guess-other = Elegir otro
country-keep = Mantener { $place }
country-now = Ahora: { $description }.
country-question = ¿En qué país vives? Escribe su nombre, en español o en su propio idioma, o su código de dos letras (p. ej., «México», «Estados Unidos» o «MX»). Lo uso solo para mostrarte las líneas de crisis correctas.
country-unknown = No conozco ningún país llamado «{ $typed }». ¿Podrías escribir su nombre en español o en su propio idioma (p. ej., «Alemania» o «Deutschland»), o su código de dos letras (p. ej., «DE»)?
country-ambiguous = ¿Te refieres a { $first } o a { $last }? Escribe el nombre completo, por favor.
country-norway = Si te refieres a Noruega, escribe «Noruega». Si no, escribe el nombre de tu país.

## Zona horaria y hora del registro

timezone-question = ¿En qué zona horaria estás? Elige una, o escribe tu ciudad o el nombre de una zona horaria (p. ej., «Chicago» o «America/Mexico_City»).
timezone-unknown = No encontré una zona horaria para «{ $typed }». Prueba con una ciudad grande cercana, o con un nombre como «America/Chicago» o «America/Mexico_City».
timezone-choice-america-los-angeles = EE. UU. Pacífico
timezone-choice-america-denver = EE. UU. Montaña
timezone-choice-america-chicago = EE. UU. Centro
timezone-choice-america-new-york = EE. UU. Este
timezone-choice-europe-london = Reino Unido / Irlanda
timezone-choice-europe-berlin = Europa Central / España
timezone-choice-australia-sydney = Australia Este
timezone-choice-utc = UTC
prompt-time-question = ¿A qué hora te mando el registro diario? Elige una hora o escríbela (p. ej., 19:30 o 7:30 p. m.); es tu hora local, { $timezone }.
prompt-time-invalid = Escribe una hora del día, como 20:00, 8 p. m. o 19:30 h, por favor.
