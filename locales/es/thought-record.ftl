# Between — español: el registro de pensamientos (/thought) y las trampas de pensamiento que ofrece.
# Registro: tú (cálido, informal), español latinoamericano neutro.

flow-title-thought = registro de pensamientos
thought-record-intro = Veamos juntos un momento difícil.
thought-record-situation = *Situación:* ¿dónde estabas, qué estaba pasando, quién estaba ahí?
thought-record-moods = *Estados de ánimo:* ¿qué sentiste? Elige todos los que correspondan y luego Listo.
thought-record-other-mood = ¿Cómo llamarías a ese otro estado de ánimo? (una o dos palabras)
thought-record-mood-before = ¿Qué tan fuerte era «{ $mood }», del 0 al 100?
thought-record-thoughts-first = *Pensamientos automáticos:* ¿qué se te pasó por la mente? Manda un pensamiento por mensaje; después te pregunto si hubo otro.
thought-record-thoughts-so-far = *Pensamientos automáticos* hasta ahora:
thought-record-another-thought = ¿Hubo algún otro pensamiento? Mándalo, o elige «Eso es todo».
thought-record-thats-all = Eso es todo
thought-record-type-a-thought = Escribe lo que se te pasó por la mente, por favor; con unas pocas palabras basta.
thought-record-number-not-thought = «{ $typed }» no es una de las opciones. Si esos fueron todos tus pensamientos, escribe 1 o «eso es todo»; si no, escribe el siguiente pensamiento con palabras.
thought-record-too-long =
    { $kept ->
        [0] Ese pensamiento tiene { $length } caracteres; puedo guardar hasta { $max } por pensamiento. ¿Podrías acortarlo?
       *[other] Ese pensamiento tiene { $length } caracteres; puedo guardar hasta { $max } por pensamiento. ¿Podrías acortarlo? Los pensamientos que mandaste antes siguen guardados.
    }
thought-record-repeated = Ya me mandaste ese pensamiento. Manda otro, o elige «Eso es todo».
thought-record-repeated-left-out = Dejé fuera uno que ya me habías mandado.
thought-record-enough = Ya son { $max } pensamientos, lo máximo que cabe en un registro, así que sigamos con estos.
thought-record-hot-question = ¿Cuál de estos pensamientos es el «caliente», el que trae el sentimiento más fuerte?
thought-record-hot-line = Tu pensamiento caliente: _«{ $thought }»_
thought-record-traps = ¿Este pensamiento encaja con alguna de estas trampas de pensamiento? Elige las que encajen y luego Listo, o solo Listo si ninguna encaja.
thought-record-whats-this = ¿Qué es esto?
thought-record-evidence-for = *Evidencia a favor:* ¿qué hechos apoyan este pensamiento?
thought-record-evidence-against = *Evidencia en contra:* ¿qué hechos no encajan con él, o qué le dirías a una amistad que pensara esto?
thought-record-balanced = *Pensamiento equilibrado:* teniendo en cuenta toda la evidencia, ¿cuál sería una forma más equilibrada de verlo?
thought-record-belief = ¿Cuánto crees en el pensamiento equilibrado, del 0 al 100?
thought-record-mood-after = *Vuelve a calificar tus estados de ánimo:* ¿qué tan fuerte es «{ $mood }» ahora, del 0 al 100?
thought-record-saved-title = Registro de pensamientos guardado.
thought-record-saved-balanced = Pensamiento equilibrado ({ $belief }/100): «{ $thought }»
thought-record-saved-moods = Tus estados de ánimo, antes → después:
thought-record-well-done = Qué bien que lo hayas trabajado hasta el final.
thought-record-counts-toward-homework = Cuenta para tu tarea ✓

## Las trampas de pensamiento de Burns: la etiqueta del botón y una explicación de una línea (-explanation)

distortion-all-or-nothing = Todo o nada
distortion-all-or-nothing-explanation = Ver las cosas en blanco y negro: si no es perfecto, es un fracaso.
distortion-overgeneralization = Generalizar de más
distortion-overgeneralization-explanation = Algo malo que pasó una vez se vuelve «siempre» o «nunca».
distortion-mental-filter = Filtro mental
distortion-mental-filter-explanation = Quedarte en un solo detalle negativo hasta que lo tiñe todo.
distortion-disqualifying-positive = Descartar lo positivo
distortion-disqualifying-positive-explanation = Las cosas buenas «no cuentan» por alguna razón.
distortion-jumping-to-conclusions = Sacar conclusiones apresuradas
distortion-jumping-to-conclusions-explanation = Leer la mente o adivinar el futuro sin tener los hechos.
distortion-magnification = Exagerar / minimizar
distortion-magnification-explanation = Agrandar los problemas y achicar tus fortalezas (catastrofizar).
distortion-emotional-reasoning = Razonamiento emocional
distortion-emotional-reasoning-explanation = «Lo siento, así que debe ser verdad».
distortion-should-statements = Los «debería»
distortion-should-statements-explanation = «Debería», «tengo que» y «hay que» rígidos, para ti o para los demás.
distortion-labeling = Poner etiquetas
distortion-labeling-explanation = Una etiqueta en lugar de una descripción: «soy un fracaso» en vez de «cometí un error».
distortion-personalization = Personalizar / culpar
distortion-personalization-explanation = Cargar con la culpa de cosas que no dependen de ti, o culpar por completo a los demás.
