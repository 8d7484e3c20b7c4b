# Between — español: lo que dicen las propias integraciones con cada plataforma (avisos para
# mensajes que el núcleo no ve, el formulario para respuestas largas).
# Registro: tú (cálido, informal), español latinoamericano neutro.

adapter-group-chat = Solo hablo en chats privados, para que lo que compartes quede entre nosotros. Escríbeme en privado: { $link }
adapter-dm-only = Between funciona en mensajes directos: abre un mensaje directo conmigo y escribe /start.
adapter-write-answer = ✍️ Escribir mi respuesta
adapter-your-answer = Tu respuesta
adapter-command-failed = Perdón, algo salió mal. Vuelve a intentarlo en un momento, por favor.
