# Between — español: las preguntas para el diario reflexivo, ofrecidas por turno. Abiertas, amables y
# sobre la propia experiencia; tu terapeuta puede poner su propia pregunta en las instrucciones.
# Registro: tú (cálido, informal), español latinoamericano neutro; formas sin género gramatical.

journal-prompt-1 = ¿Qué es lo que más has tenido en mente hoy, y qué notas en la forma en que lo estás llevando?
journal-prompt-2 = Describe un momento de esta semana en el que te sentiste aunque sea un poco más a gusto. ¿Qué fue diferente?
journal-prompt-3 = ¿Qué has manejado mejor de lo que lo habrías hecho hace un año?
journal-prompt-4 = Si alguien muy cercano estuviera pasando por lo mismo que tú, ¿qué te gustaría que escuchara?
journal-prompt-5 = ¿Qué te quitó energía esta semana, y qué te devolvió un poco?
journal-prompt-6 = ¿Qué sentimiento te ha visitado más seguido últimamente? ¿Qué crees que podría estar tratando de decirte?
journal-prompt-7 = Escribe sobre algo pequeño que esperas con ganas, y por qué es importante para ti.
journal-prompt-8 = ¿Qué creencia sobre ti empiezas a cuestionar?
journal-prompt-9 = Piensa en alguien que hizo tu día un poco mejor hace poco. ¿Qué hizo, y cómo te llegó?
journal-prompt-10 = ¿Cómo sería un “suficientemente bien” para ti mañana?
journal-prompt-11 = ¿De qué necesitas más en este momento, y cuál sería una forma pequeña de conseguirlo?
journal-prompt-12 = Mirando los últimos días, ¿qué te da un orgullo tranquilo?
