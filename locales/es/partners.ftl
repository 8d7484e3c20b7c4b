# Between — español: compañeros de apoyo (/partner, /cheer, la invitación, la unión con un código y
# el resumen diario). Cada mensaje se escribe en el idioma de quien lo lee.
# Registro: tú (cálido, informal), español latinoamericano neutro; nunca culpabilizar.

flow-title-partner-invite = invitación de compañero
flow-title-partner-join = conexión con tu compañero
flow-title-cheer = ánimo

## Lo que muestra cada nivel: a quien comparte (-mine) y a su compañero (-theirs)

partner-share-done = Solo «hice mi registro ✓»
partner-share-done-mine = solo si hiciste tu registro hoy
partner-share-done-theirs = solo si hizo su registro hoy
partner-share-mood = Registro + ánimo
partner-share-mood-mine = si hiciste tu registro hoy y tu ánimo (0–10)
partner-share-mood-theirs = si hizo su registro hoy y su ánimo (0–10)
partner-share-note = Registro + ánimo + una nota
partner-share-note-mine = si hiciste tu registro, tu ánimo y una nota breve que escribes para tu compañero (/partner note)
partner-share-note-theirs = si hizo su registro, su ánimo y una nota breve que escribe para ti
partner-share-never = Nunca se comparte: tus registros de pensamientos, los resultados de tus cuestionarios, nada sobre tu terapeuta ni qué aplicación usas.

## /partner

partner-status-title = Compañero de apoyo
partner-none-yet = Todavía no tienes compañero de apoyo.
partner-waiting = • { $name }: esperando confirmación
partner-sharing = • { $name } comparte { $theirs }. Tú compartes { $mine }.
partner-options =
    /partner invite: obtén un código para la persona que elijas
    /partner join CÓDIGO: usa el código de tu compañero
    /partner update <texto>: mándale ahora una novedad a tu compañero
    /partner note <texto>: la nota de hoy para tu compañero (si compartes notas)
    /cheer: manda ánimo
    /partner end: termina la conexión · /partner block: termínala y evita que los vuelvan a conectar
partner-unknown-subcommand = No conozco «/partner { $typed }». Escribe /partner para ver las opciones.

## Unirse con un código

partner-type-the-code = Escribe el código que te dio tu compañero, así: /partner join ABCD-2345.
partner-too-many-codes = Se probaron demasiados códigos en la última hora. Espera un rato y vuelve a intentarlo, por favor.
partner-code-not-found = No encontré ese código. Revísalo con tu compañero, por favor.
partner-code-used = Ese código ya se usó. Pídele uno nuevo a tu compañero (/partner invite).
partner-code-expired = Ese código ya venció. Pídele uno nuevo a tu compañero (/partner invite).
partner-own-code = Ese es tu propio código: dáselo a la persona que quieras como compañero.
partner-code-refused = Ese código no se puede usar.
partner-already = Ustedes dos ya son compañeros (o están esperando confirmar).
partner-at-limit =
    Ya tienes { $limit ->
        [one] un compañero
       *[other] { $limit } compañeros
    }. Termina primero una conexión (/partner end) para empezar una nueva.

## Terminar una conexión

partner-none = Por ahora no tienes compañero.
partner-which = Tienes varios compañeros ({ $names }). Dime cuál, por favor: /partner { $verb } <nombre>.
partner-ended-for-partner = Tu conexión de apoyo con { $name } terminó. Gracias por apoyarse mutuamente.
partner-blocked = Listo. La conexión con { $name } terminó y no los volverán a conectar. Solo le avisé que terminó.
partner-ended = Listo. La conexión con { $name } terminó; le avisé que terminó, nada más.

## Novedades, ánimos y notas

partner-add-update = Agrega tu novedad, así: /partner update Hoy salí a caminar.
partner-write-encouragement = Escribe tu mensaje de ánimo, por favor.
partner-message-too-long = Son { $length } caracteres; los mensajes para tu compañero pueden tener hasta { $max }. ¿Podrías acortarlo?
partner-message-held = No le pasé ese mensaje a tu compañero. Primero cuídate tú, por favor; los recursos de arriba están ahí cuando los necesites.
partner-no-active = Por ahora no tienes un compañero activo.
partner-no-active-invite = Por ahora no tienes un compañero activo. Con /partner invite obtienes un código para compartir.
partner-daily-limit =
    Hoy ya mandaste { $limit } { $kind ->
        [cheer] mensajes de ánimo
       *[update] novedades
    }: es el límite diario. Vuelve a intentarlo mañana.
partner-cheer-from = 💛 { $name } te mandó unas palabras de ánimo: «{ $message }»
partner-update-from = 📣 Una novedad de { $name }: «{ $message }»
partner-cheer-sent = Enviado. 💛
partner-update-sent = Se lo mandé a tu compañero.
partner-add-note = Agrega la nota, así: /partner note Mañana difícil, ya estoy mejor.
partner-note-too-long = Las notas pueden tener hasta { $max } caracteres; la tuya tiene { $length }.
partner-note-held = No guardé eso como nota para tu compañero. Primero cuídate tú, por favor.
partner-note-saved = Guardado: tu compañero la verá en el resumen de hoy.
partner-note-saved-not-shared = Guardado. (Por ahora solo compartes tus registros, así que tu compañero no verá las notas; puedes cambiarlo en /settings.)

## Confirmar una conexión

partner-stale-confirm = Ese botón es de una pregunta anterior o ya no aplica.
partner-declined-for-partner = { $name } decidió no empezar una conexión por ahora. Está bien: no tiene que ver contigo.
partner-declined = De acuerdo, no se empezó ninguna conexión.
partner-most = Ya tienes el máximo de compañeros posible. Termina primero una conexión (/partner end).
partner-started-title = ¡Ya son compañeros!
partner-started-for-inviter = { $name } confirmó. Cada noche verás lo que comparte; con /cheer le mandas ánimo.
partner-started = Cada noche verás lo que comparte { $name }; con /cheer le mandas ánimo.

## Una sugerencia de tu terapeuta

partner-not-started = De acuerdo, no se empezó nada. Tu terapeuta no se entera en ningún caso.
partner-suggestion-gone = Esa sugerencia ya no está disponible.
partner-suggested-title = Tu terapeuta te sugirió un compañero de apoyo.
partner-suggested = Otra persona que atiende quiere conectarse contigo, como «{ $name }», y compartiría { $share }.
partner-suggested-terms = Los compañeros se dan ánimo y solo ven lo que cada uno decide compartir; nunca nada sobre tu terapia. La decisión es completamente tuya; tu terapeuta no se entera en ningún caso. Esta invitación dura 48 horas.
partner-suggested-who = Sería otra persona que atiende. Los compañeros se dan ánimo y solo ven lo que cada uno decide compartir; nunca nada sobre tu terapia.
partner-suggested-how = Si quieres, toca Empezar para elegir el nombre que verá tu compañero y qué compartir; después le preguntamos a la otra persona. La decisión es completamente tuya; tu terapeuta no se entera en ningún caso.
partner-start = Empezar
partner-set-up = Configurar
partner-no-thanks = No, gracias
partner-suggestion-sent = Gracias, ya le pregunté a la otra persona. Si quiere, cada quien verá lo que comparte la otra persona y ambos confirmarán antes de empezar.

## /partner invite y /partner join

partner-name-question = ¿Qué nombre quieres que vea tu compañero? (un nombre de pila o un apodo; no se comparte nada más sobre ti)
partner-invited-by = A { $name } le gustaría que fueras su compañero de apoyo.
partner-share-question = ¿Qué te gustaría que viera tu compañero cada día?
partner-invite-at-limit =
    Ya tienes { $limit ->
        [one] un compañero
       *[other] el máximo de compañeros posible
    }. Termina primero una conexión (/partner end).
partner-code-title = Tu código de compañero: { $code }
partner-code-how-to = Dáselo a la persona que quieras como compañero de apoyo. Esa persona escribe: /partner join { $code }
partner-code-terms = Sirve una sola vez y vence en 48 horas. Cada quien verá lo que comparte la otra persona y ambos confirmarán antes de empezar.
partner-join-not-started = De acuerdo, no se empezó nada. El código sigue sirviendo si cambias de opinión.
partner-code-used-meanwhile = Mientras tanto, alguien usó ese código. Pídele uno nuevo a tu compañero.
partner-join-summary-theirs = Tu compañero compartirá { $theirs }.
partner-join-summary-yours = Tú compartirás { $yours }, como «{ $name }».
partner-start-question = ¿Empezamos la conexión?
partner-join-confirm-yes = Sí, pídele que confirme
partner-join-confirm-no = No
partner-accepted-for-inviter = { $name } aceptó tu invitación. Compartirá { $theirs }; tú compartirás { $yours }.
partner-yes-start = Sí, empezar
partner-not-now = Ahora no
partner-asked-to-confirm = ¡Gracias! Le pedí a { $name } que confirme y te aviso.

## /cheer

partner-cheer-question = ¿Qué te gustaría mandarle a tu compañero?
partner-cheer-c0 = ¡Tú puedes! 💪
partner-cheer-c1 = Hoy pienso en ti 💛
partner-cheer-c2 = Me enorgullece que sigas adelante
partner-cheer-c3 = Paso a paso 🌱
partner-cheer-own = Escribir el mío
partner-cheer-own-question = Escribe tu mensaje de ánimo (hasta { $max } caracteres):

## El resumen diario

partner-digest-title = Tu compañero hoy
partner-digest-cheer = Mándale ánimo con /cheer.
partner-view-checked-in = hizo su registro ✓
partner-view-no-update = todavía sin novedades
partner-view-mood = ánimo { $mood }/10
partner-view-note = «{ $note }»
