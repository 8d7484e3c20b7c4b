# Between — español: la configuración inicial (/start para alguien nuevo) y los códigos de inscripción.
# Registro: tú (cálido, informal), español latinoamericano neutro.

flow-title-onboarding = configuración inicial
onboarding-welcome-title = Te doy la bienvenida a Between.
onboarding-welcome = Te ayudo a seguir con el trabajo de tu terapia entre una sesión y otra: registros diarios breves, registros de pensamientos y las tareas que te deja tu terapeuta.
onboarding-consent = Para eso guardo tus respuestas, cifradas. Solo las ves tú y, si te vinculas con tu terapeuta, también esa persona, con el nivel de detalle que aceptes. Puedes exportar o borrar todo cuando quieras (/export, /delete).
onboarding-consent-question = ¿Te parece bien?
onboarding-consent-yes = Sí, acepto
onboarding-consent-no = No
onboarding-has-code = ¿Tu terapeuta te dio un código de inscripción?
onboarding-has-code-yes = Sí, tengo un código
onboarding-has-code-no = No
onboarding-code-cannot-skip = El código de inscripción te lo da tu terapeuta: te vincula con esa persona, así recibe resúmenes de tus registros y se le avisa si algún día estás en crisis. ¿No tienes código, o no ahora? Elige No: todo funciona sin él, y puedes agregarlo después en /settings.
onboarding-code = Escribe el código, por favor (letras y números; los guiones y espacios no importan).
onboarding-declined = Está perfectamente bien: no guardé nada sobre ti. Si cambias de opinión, escribe /start.
onboarding-done-title = ¡Todo listo!
onboarding-done-schedule = Zona horaria: { $timezone }. Registro diario: { $time }.
onboarding-done-country = País: { $place }. /helplines te muestra sus líneas de crisis.
onboarding-done-next = Prueba ahora un registro con /checkin, o escribe un registro de pensamientos con /thought. /help tiene la lista completa.

## Códigos de inscripción (configuración inicial y /settings)

enrollment-set-up-first = Primero termina la configuración (/start) y luego escribe tu código, por favor.
enrollment-malformed = Eso no parece un código de inscripción (de 8 a 16 letras y números). Puedes agregarlo después en /settings.
enrollment-too-many = Se probaron demasiados códigos en la última hora, así que pausé la verificación por un rato. Vuelve a intentarlo más tarde en /settings, o pídele un código nuevo a tu terapeuta.
enrollment-linked = Listo: tu cuenta ya está vinculada con tu terapeuta. Verá resúmenes de tus registros y tareas (nunca más de lo que aceptes en /settings), y recibirá un aviso si algún día estás en crisis.
enrollment-expired = Ese código ya venció. Pídele uno nuevo a tu terapeuta; puedes escribirlo en /settings.
enrollment-used = Ese código ya se usó. Pídele uno nuevo a tu terapeuta; puedes escribirlo en /settings.
enrollment-not-found = No encontré ese código. Revísalo con tu terapeuta; puedes escribirlo en /settings cuando quieras.
