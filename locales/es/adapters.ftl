# Between — español: lo que dicen las propias integraciones con cada plataforma (avisos para
# mensajes que el núcleo no ve, el formulario para respuestas largas).
# Registro: tú (cálido, informal), español latinoamericano neutro.

adapter-group-chat = Solo hablo en chats privados, para que lo que compartes quede entre nosotros. Escríbeme en privado: { $link }
adapter-dm-only = Between funciona en mensajes directos: abre un mensaje directo conmigo y escribe /start.
adapter-write-answer = ✍️ Escribir mi respuesta
adapter-your-answer = Tu respuesta
adapter-command-failed = Perdón, algo salió mal. Vuelve a intentarlo en un momento, por favor.
adapter-type-number = Escribe un número.
adapter-type-number-or-answer = Escribe un número o tu respuesta.
adapter-type-numbers-then-done = Escribe los números de todas las que correspondan (por ejemplo, 1 3) y después el número de «{ engine-done }».
adapter-type-numbers-or-names = Escribe los números o los nombres de todas las que correspondan, por ejemplo, 1 3.
adapter-type-word = { $label }: escribe «{ $word }»
adapter-command-option = Lo que quieras añadir después del comando
adapter-console-image = [imagen: { $alt }]
adapter-console-file = [archivo]
adapter-console-saved =
    { $what } guardado en { $file }
    Contiene tus datos, así que lo borro en { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } o cuando salgas; cópialo a otro lugar si quieres conservarlo.
adapter-console-not-saved = { $what } no se guardó: el chat se estaba cerrando. Vuelve a pedirlo la próxima vez.
