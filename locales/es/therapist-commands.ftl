# Between — español: los comandos del lado terapéutico (/between …), sus respuestas y rechazos, las
# sesiones y los mensajes de aprobación a los administradores. En el idioma de la práctica (THERAPIST_LOCALE).
# Registro: usted (profesional, claro y breve), español latinoamericano neutro; a los consultantes solo por su alias.
# Markup: *negrita*, _cursiva_, `código`; los valores llegan escapados. /between, sus subcomandos y sus palabras (tue, weekly, clear, digest on) no se traducen.

## /between help

therapist-help-title = Between para terapeutas
therapist-help =
    `/between register` — registrarse como terapeuta (la primera persona de un workspace, o con la aprobación de un administrador)
    `/between invite [alias]` — un código de un solo uso para un consultante (sin alias: “Client N”)
    `/between clients` — sus consultantes, primero las alertas de riesgo abiertas
    `/between assign [alias]` — asignar una tarea
    `/between summary <alias> [7d|30d]` — un resumen con gráfico del ánimo, enviado a sus mensajes
    `/between export <alias> fhir` — los cuestionarios y registros diarios del consultante como archivo FHIR R4 para su sistema de historias clínicas, dentro de su consentimiento
    `/between session <alias> <cuándo>` — la próxima sesión: `2026-12-10 15:00`, `tue 15:00 weekly`, `clear` (puede seguir una zona horaria); antes llega su resumen previo
    `/between prep <alias>` — el resumen previo a la sesión ahora: qué cambió desde la última sesión
    `/between unlink <alias>` — terminar el vínculo con un consultante
    `/between level <minimal|clinical|full>` — cuánto detalle llevan los resúmenes
    `/between target <0–100|default>` — su meta de tareas (%): un consultante por debajo se marca “fuera de lo esperado”
    `/between schedule <mon…sun> <HH:MM> [digest on|off] [zona horaria]` — hora del resumen semanal
    `/between pair <alias>, <alias>` — sugerir a dos de sus consultantes como compañeros de apoyo (ambos deben aceptar)
    `/between approve @user` — (administradores) aprobar el registro de un terapeuta
therapist-unknown-command = No conozco “{ $command }”.

## Registro y aprobación

therapist-already-registered = Su registro ya existe. Escriba `/between help` para ver lo que puede hacer.
therapist-pending-admins-told = Gracias — su registro espera la aprobación de un administrador del workspace; ya se les avisó, y le escribiré en cuanto quede aprobado.
therapist-pending-no-admins = Gracias — su registro espera aprobación, pero este workspace todavía no tiene administradores de Between (SLACK\_ADMIN\_USER\_IDS). Pida a quien administra Between que agregue uno.
therapist-registered-title = Registro completado.
therapist-registered = Los resúmenes y las alertas de riesgo urgentes le llegarán por mensaje directo conmigo. Siguiente paso: `/between invite` para inscribir a un consultante.
therapist-approve-usage = Indique a quién aprobar: `/between approve @nombre`.
therapist-approve-done = Aprobado. Ya puede invitar consultantes.
therapist-awaiting-approval-title = Hay un registro de terapeuta esperando su aprobación.
therapist-awaiting-approval = La cuenta `{ $user }` del workspace se registró en Between. Para aprobarla: `/between approve { $user }` (o `/between approve @su-nombre`).
therapist-approved-title = Su registro en Between fue aprobado.
therapist-approved = Siguiente paso: `/between invite` para inscribir a un consultante; `/between help` muestra todo.
therapist-only-admins = Solo un administrador del workspace incluido en SLACK\_ADMIN\_USER\_IDS puede aprobar terapeutas.
therapist-not-registered-yet = Esa persona todavía no ejecutó `/between register`.
therapist-already-approved = Esa persona ya está aprobada.
therapist-not-registered = Todavía no tiene un registro como terapeuta. Escriba `/between register`.
therapist-pending-approval = Su registro espera la aprobación de un administrador del workspace (`/between approve @usted`).

## Consultantes: invitación, lista, fin del vínculo

therapist-numbered-client = Client { $number }
therapist-client = Client
therapist-alias-too-long = Un alias puede tener como máximo { $max } caracteres.
therapist-alias-taken = Ya tiene un consultante con ese alias; elija otro, por favor.
therapist-invite-title = Código de invitación para
therapist-invite = De un solo uso, válido hasta el { $expires }. El consultante lo ingresa en Between (/settings → Código de inscripción, o durante /start).
therapist-invite-note = Compártalo en privado. El alias es cómo usted ve al consultante; Between nunca le muestra su nombre.
therapist-no-clients = Todavía no tiene consultantes vinculados. Escriba `/between invite` para crear un código.
therapist-no-such-client = No encontré a ningún consultante suyo con ese nombre. Escriba `/between clients` para ver su lista.
therapist-no-such-alert = Esa alerta no es suya, o ya no existe.
therapist-unlink-usage = Indique al consultante: `/between unlink Client 7`.
therapist-unlinked = Terminó el vínculo con { $alias }; las tareas que usted le asignó se detuvieron y se le avisó.
therapist-roster-title = Sus consultantes ({ $count })
therapist-roster-period = — últimos 7 días
therapist-roster-open-alerts =
    { $count ->
        [one] { $count } alerta de riesgo abierta
       *[other] { $count } alertas de riesgo abiertas
    }
therapist-roster-never = nunca
therapist-roster-no-chat = sin chat
therapist-roster-line = ({ $platform }) · última actividad { $last } · recordatorios { $prompts } · tareas { $homework }
therapist-roster-next-session = próxima sesión { $when } ({ $zone })
therapist-not-on-track = ⚑ Fuera de lo esperado:

## Compañeros de apoyo

therapist-pair-usage = Indique dos consultantes, separados por una coma: `/between pair Client 1, Client 2`.
therapist-pair-suggested = Se le sugirió primero a { $first }; si acepta, se le pregunta después a { $second }. Cada uno elige qué compartir y lo confirma en su propio chat. No se le informará si aceptan.
therapist-pair-two-different = Indique dos consultantes distintos.
therapist-pair-refused = No puedo sugerir esa pareja.

## Resúmenes, exportaciones, niveles de detalle, horario

therapist-summary-usage = Indique al consultante: `/between summary Client 7 30d`.
therapist-summary-on-its-way = El resumen de { $alias } va en camino a sus mensajes.
therapist-summary-30-on-its-way = El resumen de 30 días de { $alias } va en camino a sus mensajes.
therapist-summary-days = Los resúmenes abarcan 7d o 30d.
therapist-export-usage = Indique al consultante y el formato: `/between export Client 7 fhir`.
therapist-export-on-its-way = La exportación FHIR de { $alias } va en camino a sus mensajes.
therapist-export-withheld-note = Los puntajes y registros diarios quedan fuera por el nivel de detalle que usted recibe de esta persona.
therapist-fhir-title = Exportación FHIR R4 — { $alias }
therapist-fhir = Resultados de cuestionarios y registros diarios como paquete FHIR R4 (JSON), para su sistema de historias clínicas. El consultante aparece con un código, nunca con su nombre.
therapist-fhir-withheld = Quedan fuera por el nivel de detalle que usted recibe de este consultante (su consentimiento y su configuración): los puntajes de cuestionarios y los registros diarios. El archivo también lo indica.
therapist-levels-title = Niveles de detalle:
therapist-level-set = Nivel de detalle: { $level }. El consentimiento de cada consultante puede reducirlo más.
therapist-level-invalid = El nivel de detalle es minimal, clinical o full.
therapist-full-detail-off = El detalle completo (texto libre del consultante) está desactivado en este workspace: requiere SLACK\_PHI\_ALLOWED=true, que exige un plan de Slack cubierto por un BAA.
# Meta de tareas (/between target). $percent: número entero 0–100; $own: yes (la propia) o no (la de la práctica).
therapist-target-set = { $percent ->
        [0] Meta de tareas: 0 %. Las tareas ya no marcan a sus consultantes como “fuera de lo esperado”.
       *[other] Meta de tareas: { $percent } %. Un consultante que haga menos de eso de sus tareas en los últimos 14 días se marca “fuera de lo esperado”.
    }
therapist-target-default = La meta de tareas vuelve a ser la de la práctica: { $percent } %.
therapist-target-usage = Su meta de tareas es { $percent } % ({ $own ->
        [yes] la suya
       *[no] la de la práctica
    }). Cámbiela con `/between target 70` (un número entero de 0 a 100; con 0 nunca se marca) o vuelva a la de la práctica con `/between target default`.
therapist-target-invalid = “{ $word }” no es una meta que pueda usar: indique un número entero de 0 a 100 (con 0 nunca se marca), por ejemplo `/between target 70`, o `/between target default` para la de la práctica.
therapist-schedule-not-understood = No entendí “{ $word }”. Ejemplo: `/between schedule mon 08:00 digest off America/Mexico\_City`.
therapist-schedule =
    Resumen semanal: { $day } a las { $time } ({ $zone }) · resumen diario { $digest ->
        [on] activado
       *[off] desactivado
    }.

## Botones

therapist-alert-already-acknowledged = Esta alerta sobre { $alias } ya estaba confirmada.
therapist-alert-acknowledged = Confirmada — la alerta sobre { $alias } quedó registrada como vista por usted. Los recordatorios se detienen.
therapist-unknown-button = No reconozco ese botón. Escriba `/between help`.

## Sesiones (/between session, /between prep)

therapist-session-usage = Indique al consultante y la hora: `/between session Client 1 2026-12-10 15:00`, `/between session Client 1 tue 15:00 weekly` o `/between session Client 1 clear`. Puede seguir una zona horaria (`America/Mexico\_City`); si no, se usa la suya.
therapist-prep-usage = Indique al consultante: `/between prep Client 1`.
therapist-session-not-understood = No entendí “{ $word }” como hora de sesión. Ejemplos: `2026-12-10 15:00`, `tue 15:00 weekly`, `clear`.
therapist-session-no-such-date = “{ $text }” no es una fecha del calendario. Use AAAA-MM-DD, por ejemplo `2026-12-10`.
therapist-session-in-the-past = Esa hora ya pasó: *{ $when }* ({ $zone }) fue { $ago }. Indique la fecha y hora de la próxima sesión — o un horario semanal, por ejemplo `tue 15:00 weekly`.
therapist-session-set = *Próxima sesión con* *{ $alias }*: { $when } ({ $zone }).
therapist-session-set-weekly = *Sesiones con* *{ $alias }*: cada { $day } a las { $time } ({ $zone }); la próxima es { $next }.
therapist-session-your-time = Es decir, { $when } en su zona horaria ({ $zone }).
therapist-session-gap = Las { $time } no existen el { $date } en { $zone }: el reloj se adelanta. La sesión queda a las { $actual }, cuando cambia la hora.
therapist-session-twice = Las { $time } ocurren dos veces el { $date } en { $zone }: el reloj se atrasa. La sesión queda en la primera, { $time } { $first } (la segunda sería { $time } { $second }).
therapist-session-brief =
    { $hours ->
        [one] El resumen previo a la sesión le llega { $hours } hora antes; `/between prep { $alias }` lo envía ahora.
       *[other] El resumen previo a la sesión le llega { $hours } horas antes; `/between prep { $alias }` lo envía ahora.
    }
therapist-session-brief-on-demand = `/between prep { $alias }` envía el resumen previo a la sesión cuando usted lo necesite (aquí los resúmenes programados están desactivados).
therapist-session-cleared = Ya no hay próxima sesión para { $alias }; no llegará ningún resumen previo hasta que fije una.
therapist-session-none = No hay sesión fijada para { $alias }. Ejemplo: `/between session { $alias } tue 15:00 weekly`.
therapist-brief-on-its-way = El resumen previo a la sesión de { $alias } va en camino a sus mensajes.
therapist-already-passed = ya

## Rechazos del formulario de tareas (campo por campo)

therapist-assign-choose-kind = Elija un tipo de tarea.
therapist-assign-choose-cadence = Elija con qué frecuencia.
therapist-assign-needs-instructions = “{ $label }” necesita instrucciones.
therapist-assign-instructions-too-long = Las instrucciones pueden tener como máximo { $max } caracteres.
therapist-assign-due-time = Indique una hora como 18:00.
therapist-assign-days = Elija al menos un día.
therapist-assign-not-an-option = Elija “{ $label }” de la lista.
therapist-assign-only-one = Elija una sola respuesta para “{ $label }”.
therapist-assign-other-kind = Esto es solo para { $kind } — déjelo vacío, o elija { $kind } como tarea.

## Niveles de detalle vistos por el terapeuta (/between level)

therapist-level-minimal = si se hicieron los registros diarios y las tareas, y las alertas de riesgo — sin puntajes ni nada de lo que escribe el consultante
therapist-level-clinical = si se hicieron los registros diarios y las tareas, las alertas de riesgo, el ánimo y los resultados de cuestionarios (puntajes, notas y la respuesta del consultante sobre cuánto le afectan los problemas) con su evolución, las calificaciones que da en los ejercicios y si tiene compañero de apoyo (sí o no) — nada de lo que escribe el consultante
therapist-level-full = si se hicieron los registros diarios y las tareas, las alertas de riesgo, los puntajes y su evolución, las calificaciones de los ejercicios, si tiene compañero de apoyo (sí o no) y el texto de sus registros de pensamientos
