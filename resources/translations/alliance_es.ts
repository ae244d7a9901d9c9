<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../src/alliance/core/outcomes/change.py" line="+30"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliable improvement</source>
        <translation>Mejoría fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliable deterioration</source>
        <translation>Deterioro fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reliable change</source>
        <translation>Sin cambio fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not classified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reliable change: {value} points. Published value; source: {source}</source>
        <translation>Cambio fiable: {value} puntos. Valor publicado; fuente: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliable change: {value:.2f} points = 1.96 × SD {sd:.2f} × √(2 × (1 − reliability {r:.2f})) (Jacobson &amp; Truax 1991). Source of the inputs: {source}</source>
        <translation>Cambio fiable: {value:.2f} puntos = 1,96 × DE {sd:.2f} × √(2 × (1 − fiabilidad {r:.2f})) (Jacobson y Truax 1991). Fuente de los datos: {source}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No valid total, so no change can be computed.</source>
        <translation>No hay un total válido, así que no se puede calcular el cambio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First score with a valid total: the baseline ({total}).</source>
        <translation>Primera puntuación con un total válido: la línea base ({total}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{instrument} has no reliable change value, so change is not classified.</source>
        <translation>{instrument} no tiene valor de cambio fiable, así que el cambio no se clasifica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {baseline} to {total} ({change:+d}); reliable change needs {rc} points.</source>
        <translation>De {baseline} a {total} ({change:+d}); el cambio fiable requiere {rc} puntos.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/schedule.py" line="+100"/>
        <source>Already given in this session.</source>
        <translation>Ya se aplicó en esta sesión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Declined in this session: {reason}</source>
        <translation>Se rechazó en esta sesión: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue: it was due in session {number} ({date}) and was neither given nor declined.</source>
        <translation>Con retraso: correspondía en la sesión {number} ({date}) y no se aplicó ni se rechazó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due again: declined in session {number}.</source>
        <translation>Corresponde de nuevo: se rechazó en la sesión {number}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not due: next due on {date}.</source>
        <translation>No corresponde: próxima aplicación el {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due in this session.</source>
        <translation>No corresponde en esta sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined in session {number}; not due in this session.</source>
        <translation>Se rechazó en la sesión {number}; no corresponde en esta sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due: given every session.</source>
        <translation>Corresponde: se aplica en cada sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due: not given yet.</source>
        <translation>Corresponde: aún no se ha aplicado.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due: every %n week, last given on {date}.</source>
        <translation>
            <numerusform>Corresponde: cada %n semana, última aplicación el {date}.</numerusform>
            <numerusform>Corresponde: cada %n semanas, última aplicación el {date}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due: discharge session.</source>
        <translation>Corresponde: sesión de alta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due: intake measure.</source>
        <translation>Corresponde: medida de admisión.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/scoring.py" line="+105"/>
        <source>{instrument} has no item &apos;{item}&apos;.</source>
        <translation>{instrument} no tiene el ítem &apos;{item}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{instrument} item {number} must be a whole number from {low} to {high}.</source>
        <translation>El ítem {number} de {instrument} debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Pro-rated: %n item unanswered, total = mean of the answered items × {items}.</source>
        <translation>
            <numerusform>Prorrateado: %n ítem sin responder, total = media de los ítems respondidos × {items}.</numerusform>
            <numerusform>Prorrateado: %n ítems sin responder, total = media de los ítems respondidos × {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No total: %n item is unanswered and the manual allows at most {allowed}.</source>
        <translation>
            <numerusform>Sin total: hay %n ítem sin responder y el manual permite como máximo {allowed}.</numerusform>
            <numerusform>Sin total: hay %n ítems sin responder y el manual permite como máximo {allowed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No total: %n item is unanswered and the manual allows no pro-rating.</source>
        <translation>
            <numerusform>Sin total: hay %n ítem sin responder y el manual no permite prorratear.</numerusform>
            <numerusform>Sin total: hay %n ítems sin responder y el manual no permite prorratear.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{instrument} score must be from {low} to {high}.</source>
        <translation>La puntuación de {instrument} debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give either the item answers or the total score, not both or neither.</source>
        <translation>Indique las respuestas a los ítems o la puntuación total, no ambas ni ninguna.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{instrument} has no answers.</source>
        <translation>{instrument} no tiene respuestas.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/signals.py" line="+34"/>
        <source>rule-based, not a validated trajectory</source>
        <translation>basado en reglas, no en una trayectoria validada</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{instrument} item {number} answered above {above}: check safety now</source>
        <translation>Ítem {number} de {instrument} respondido por encima de {above}: evalúe la seguridad ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {number} was answered {value} in session {session}.</source>
        <translation>El ítem {number} se respondió con {value} en la sesión {session}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any answer above {above} on this item is a prompt to ask about risk in this session and to follow your local safety procedure. It is shown to you, not to the client.</source>
        <translation>Cualquier respuesta superior a {above} en este ítem es una indicación para preguntar por el riesgo en esta sesión y seguir su protocolo de seguridad local. Se le muestra a usted, no al paciente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{instrument}: reliable deterioration</source>
        <translation>{instrument}: deterioro fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{instrument} {total} in session {session}, {worse} points worse than the baseline.</source>
        <translation>{instrument} {total} en la sesión {session}, {worse} puntos peor que la línea base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change of {rc} points or more against the first score is larger than measurement error. Source: {source}</source>
        <translation>Un cambio de {rc} puntos o más respecto a la primera puntuación supera el error de medición. Fuente: {source}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{instrument}: not on track</source>
        <translation>{instrument}: fuera de lo esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reliable improvement on {instrument} by session {session} (configured: session {by}).</source>
        <translation>Sin mejoría fiable en {instrument} hasta la sesión {session} (configurado: sesión {by}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A simple rule with the session you set in Preferences ({by}), not a validated expected-recovery curve: no score so far has improved reliably on the first one. Worth reviewing the plan and the alliance with the client.</source>
        <translation>Una regla simple con la sesión que usted fijó en Preferencias ({by}), no una curva validada de recuperación esperada: ninguna puntuación ha mejorado hasta ahora de forma fiable respecto a la primera. Conviene revisar el plan y la alianza con el paciente.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{instrument}: deterioration after recovery</source>
        <translation>{instrument}: deterioro tras la recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{instrument} {total} in session {session}, {worse} points worse than {recovered} in session {recovered_session}, when the client had recovered.</source>
        <translation>{instrument} {total} en la sesión {session}, {worse} puntos peor que {recovered} en la sesión {recovered_session}, cuando el paciente se había recuperado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reliable worsening after a recovered score: a simple rule, not a validated trajectory.</source>
        <translation>Un empeoramiento fiable tras una puntuación de recuperación: una regla simple, no una trayectoria validada.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/sudden.py" line="+111"/>
        <source>stability cannot be tested with only two scores</source>
        <translation>la estabilidad no puede comprobarse con solo dos puntuaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the means before and after differ (t test, p &lt; .05)</source>
        <translation>las medias antes y después difieren (prueba t, p &lt; 0,05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudden gain</source>
        <translation>Ganancia súbita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sudden loss</source>
        <translation>Pérdida súbita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} of {size} points from session {s0} to {s1} ({pre} to {post}); at least the reliable change value and 25% of {pre}; {stability}.</source>
        <translation>{kind} de {size} puntos de la sesión {s0} a la {s1} ({pre} a {post}); al menos el valor de cambio fiable y el 25 % de {pre}; {stability}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} Provisional: fewer than 3 scores on one side.</source>
        <translation>{reason} Provisional: menos de 3 puntuaciones en uno de los lados.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/ratings.py" line="+26"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+20"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+192"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+20"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+99"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could the client feel physically and emotionally safe in the room; did their nervous system settle?</source>
        <translation>¿Pudo el paciente sentirse seguro física y emocionalmente en la sala? ¿Se calmó su sistema nervioso?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+0"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+0"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is trust growing through reliability: appointments kept, time honoured, hard material held?</source>
        <translation>¿Crece la confianza gracias a la fiabilidad: citas cumplidas, horarios respetados, material difícil contenido?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+0"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+1"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+1"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Attunement</source>
        <translation>Sintonía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did my tone, body language and timing tell the client they were seen and understood?</source>
        <translation>¿Mi tono, lenguaje corporal y ritmo transmitieron al paciente que se le veía y comprendía?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+0"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+0"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were topics, pace, distance and interruptions negotiated with mutual consent?</source>
        <translation>¿Se negociaron los temas, el ritmo, la distancia y las interrupciones con consentimiento mutuo?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly present</source>
        <translation>parcialmente presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fully present</source>
        <translation>plenamente presente</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{label} must be a whole number from {RATING_MIN} to {RATING_MAX}.</source>
        <translation>{label} debe ser un número entero de {RATING_MIN} a {RATING_MAX}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/alliance/core/signals/evaluate.py" line="+95"/>
        <source>This client&apos;s usual index: {mean:.2f} over their %n sessions before session {number}; spread {sd:.2f} over {m} sessions (at least {floor:.2f}); band {band:.2f}.</source>
        <translation>
            <numerusform>Índice habitual de este paciente: {mean:.2f} en su %n sesión anterior a la sesión {number}; dispersión {sd:.2f} en {m} sesiones (al menos {floor:.2f}); banda {band:.2f}.</numerusform>
            <numerusform>Índice habitual de este paciente: {mean:.2f} en sus %n sesiones anteriores a la sesión {number}; dispersión {sd:.2f} en {m} sesiones (al menos {floor:.2f}); banda {band:.2f}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only %n earlier session: its mean {mean:.2f}; a drop needs {early:.2f} or more.</source>
        <translation>
            <numerusform>Solo %n sesión anterior: su media es {mean:.2f}; una caída requiere {early:.2f} o más.</numerusform>
            <numerusform>Solo %n sesiones anteriores: su media es {mean:.2f}; una caída requiere {early:.2f} o más.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alliance dropped</source>
        <translation>Caída de la alianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {number}&apos;s index {value:.2f} is {fall:.2f} below this client&apos;s usual {mean:.2f} (band {band:.2f}).</source>
        <translation>El índice de la sesión {number}, {value:.2f}, está {fall:.2f} por debajo del habitual de este paciente, {mean:.2f} (banda {band:.2f}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A component dropped</source>
        <translation>Caída de un componente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: {component} {value} is {fall:.2f} below its mean {mean:.2f} over the previous %n sessions.</source>
        <translation>
            <numerusform>Sesión {number}: {component} {value} está {fall:.2f} por debajo de su media {mean:.2f} en la %n sesión anterior.</numerusform>
            <numerusform>Sesión {number}: {component} {value} está {fall:.2f} por debajo de su media {mean:.2f} en las %n sesiones anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{reason} Sessions {first}-{last}: %n drop session in a row.</source>
        <translation>
            <numerusform>{reason} Sesiones {first}-{last}: %n sesión de caída consecutiva.</numerusform>
            <numerusform>{reason} Sesiones {first}-{last}: %n sesiones de caída consecutivas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop sessions: {first} to {last}.</source>
        <translation>Sesiones de caída: {first} a {last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop session: {first}.</source>
        <translation>Sesión de caída: {first}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ends when the index is back within the band (at or above {limit:.2f}) with no component still down.</source>
        <translation>Termina cuando el índice vuelve a la banda ({limit:.2f} o más) sin ningún componente aún bajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index also fell significantly over these sessions ({slope:.2f} per session): the same step down, so this alert stands for the decline too.</source>
        <translation>El índice también bajó significativamente en estas sesiones ({slope:.2f} por sesión): es el mismo retroceso, así que esta alerta vale también para el descenso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered in session {number}.</source>
        <translation>Se recuperó en la sesión {number}.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>A drop is a session whose index is further below the client&apos;s own usual level than their session-to-session spread explains (reliable change), or where one component is {fall} points or more below its own recent mean in %n sessions in a row.</source>
        <translation>
            <numerusform>Una caída es una sesión cuyo índice está más por debajo del nivel habitual del paciente de lo que explica su dispersión entre sesiones (cambio fiable), o en la que un componente está {fall} puntos o más por debajo de su propia media reciente en %n sesión consecutiva.</numerusform>
            <numerusform>Una caída es una sesión cuyo índice está más por debajo del nivel habitual del paciente de lo que explica su dispersión entre sesiones (cambio fiable), o en la que un componente está {fall} puntos o más por debajo de su propia media reciente en %n sesiones consecutivas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>A decline is a least-squares slope steeper than -{slope:.2f} per session over the last %n sessions, significant at one-sided p &lt; {p} against the client&apos;s own scatter (the window&apos;s and that of up to {pool} sessions before it), with the latest session not above the mean of the window&apos;s first half (a rebound after a repair is not a decline). While a drop is open, the drop&apos;s alert stands for it.</source>
        <translation>
            <numerusform>Un descenso es una pendiente de mínimos cuadrados más pronunciada que -{slope:.2f} por sesión en la última %n sesión, significativa con p unilateral &lt; {p} frente a la variabilidad propia del paciente (la de la ventana y la de hasta {pool} sesiones anteriores a ella), siempre que la última sesión no supere la media de la primera mitad de la ventana (un rebote tras una reparación no es un descenso). Mientras una caída está abierta, la alerta de la caída vale también para el descenso.</numerusform>
            <numerusform>Un descenso es una pendiente de mínimos cuadrados más pronunciada que -{slope:.2f} por sesión en las últimas %n sesiones, significativa con p unilateral &lt; {p} frente a la variabilidad propia del paciente (la de la ventana y la de hasta {pool} sesiones anteriores a ella), siempre que la última sesión no supere la media de la primera mitad de la ventana (un rebote tras una reparación no es un descenso). Mientras una caída está abierta, la alerta de la caída vale también para el descenso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Over sessions {first}-{last} the index fell {slope:.2f} per session, from {start:.2f} to {end:.2f}.</source>
        <translation>En las sesiones {first}-{last} el índice bajó {slope:.2f} por sesión, de {start:.2f} a {end:.2f}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First seen in session {number}.</source>
        <translation>Se detectó por primera vez en la sesión {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ends when the slope is no longer a significant decline.</source>
        <translation>Termina cuando la pendiente deja de ser un descenso significativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended in session {number}.</source>
        <translation>Terminó en la sesión {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance declining</source>
        <translation>Alianza en descenso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/alliance/core/signals/gap.py" line="+19"/>
        <source>The gap between your rating and the client&apos;s check-in (both 0-10) is compared with this dyad&apos;s own usual gap over at least %n earlier sessions with a check-in (your predictions are compared with your earlier predictions).</source>
        <translation>
            <numerusform>La diferencia entre su valoración y el check-in del paciente (ambos 0-10) se compara con la diferencia habitual de esta díada en al menos %n sesión anterior con check-in (sus predicciones se comparan con sus predicciones anteriores).</numerusform>
            <numerusform>La diferencia entre su valoración y el check-in del paciente (ambos 0-10) se compara con la diferencia habitual de esta díada en al menos %n sesiones anteriores con check-in (sus predicciones se comparan con sus predicciones anteriores).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is an alert when it differs from the usual gap by {low} points or more and by at least {factor} times the spread of the gap.</source>
        <translation>Es una alerta cuando difiere de la diferencia habitual en {low} puntos o más y en al menos {factor} veces la dispersión de la diferencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends at the next check-in back within those limits.</source>
        <translation>Termina en el siguiente check-in que vuelva a estar dentro de esos límites.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>you rate the relationship higher</source>
        <translation>usted valora la relación más alto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the client rates it higher</source>
        <translation>el paciente la valora más alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your prediction</source>
        <translation>su predicción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your alliance index</source>
        <translation>su índice de alianza</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: {what} and the client&apos;s check-in differ by {gap:+.2f}, against this dyad&apos;s usual {mean:+.2f} over %n sessions ({who}).</source>
        <translation>
            <numerusform>Sesión {number}: {what} y el check-in del paciente difieren en {gap:+.2f}, frente a la diferencia habitual de esta díada de {mean:+.2f} en %n sesión ({who}).</numerusform>
            <numerusform>Sesión {number}: {what} y el check-in del paciente difieren en {gap:+.2f}, frente a la diferencia habitual de esta díada de {mean:+.2f} en %n sesiones ({who}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perspectives differ</source>
        <translation>Perspectivas distintas</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/signals/ruptures.py" line="+18"/>
        <source>withdrawal</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confrontation</source>
        <translation>confrontación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>mixta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no repair logged</source>
        <translation>sin reparación registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session {number} (resolution {resolution})</source>
        <translation>sesión {number} (resolución {resolution})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repairs logged: {list}</source>
        <translation>reparaciones registradas: {list}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rupture in session {number} ({kind}, intensity {intensity})</source>
        <translation>Ruptura en la sesión {number} ({kind}, intensidad {intensity})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>not resolved after %n further session</source>
        <translation>
            <numerusform>sin resolver tras %n sesión más</numerusform>
            <numerusform>sin resolver tras %n sesiones más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not resolved within the {limit}-day limit</source>
        <translation>sin resolver dentro del límite de {limit} días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no further session yet</source>
        <translation>aún no hay más sesiones</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n further session so far</source>
        <translation>
            <numerusform>%n sesión más hasta ahora</numerusform>
            <numerusform>%n sesiones más hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved in session {number}</source>
        <translation>resuelta en la sesión {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {fired}; {status}; {repairs}.</source>
        <translation>{what}: {fired}; {status}; {repairs}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{what}: open for %n day</source>
        <translation>
            <numerusform>{what}: abierta desde hace %n día</numerusform>
            <numerusform>{what}: abierta desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild rupture only partly repaired</source>
        <translation>Ruptura leve solo parcialmente reparada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rupture not repaired</source>
        <translation>Ruptura sin reparar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A rupture that no repair has resolved (resolution {resolved} or more) becomes an alert after %n further session or {days} days, whichever comes first.</source>
        <translation>
            <numerusform>Una ruptura que ninguna reparación ha resuelto (resolución {resolved} o más) se convierte en alerta tras %n sesión más o {days} días, lo que ocurra primero.</numerusform>
            <numerusform>Una ruptura que ninguna reparación ha resuelto (resolución {resolved} o más) se convierte en alerta tras %n sesiones más o {days} días, lo que ocurra primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A partly repaired rupture (resolution {low} to {high}) of intensity {mild} or less is a prompt to talk about it, not an alert.</source>
        <translation>Una ruptura parcialmente reparada (resolución {low} a {high}) de intensidad {mild} o menor es una sugerencia para hablar de ella, no una alerta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confrontations and ruptures of intensity {severe} or more weigh more in the caseload.</source>
        <translation>Las confrontaciones y las rupturas de intensidad {severe} o más pesan más en la lista de casos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends when a repair reaches resolution {resolved}.</source>
        <translation>Termina cuando una reparación alcanza la resolución {resolved}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/signals/settings.py" line="+107"/>
        <source>Baseline sessions</source>
        <translation>Sesiones de línea base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the client&apos;s latest earlier sessions make their usual level.</source>
        <translation>Cuántas de las sesiones anteriores más recientes del paciente forman su nivel habitual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest baseline sessions</source>
        <translation>Mínimo de sesiones de línea base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With fewer earlier sessions than this, only a large fall counts as a drop.</source>
        <translation>Con menos sesiones anteriores que estas, solo una bajada grande cuenta como caída.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread sessions</source>
        <translation>Sesiones para la dispersión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the client&apos;s latest earlier sessions estimate their session-to-session spread.</source>
        <translation>Cuántas de las sesiones anteriores más recientes del paciente estiman su dispersión entre sesiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest spread</source>
        <translation>Dispersión mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s session-to-session spread is taken as at least this (index points).</source>
        <translation>La dispersión entre sesiones del paciente se toma como mínimo con este valor (puntos de índice).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual spread</source>
        <translation>Dispersión habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session-to-session spread expected of a stable client before their own sessions say more (index points).</source>
        <translation>La dispersión entre sesiones esperada en un paciente estable antes de que sus propias sesiones aporten más datos (puntos de índice).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the usual spread</source>
        <translation>Peso de la dispersión habitual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many sessions&apos; worth the usual spread counts for beside the client&apos;s own spread (0: off).</source>
        <translation>A cuántas sesiones equivale la dispersión habitual junto a la dispersión propia del paciente (0: desactivado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest drop</source>
        <translation>Caída mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop must be more than this far below the client&apos;s usual level (index points).</source>
        <translation>Una caída debe superar esta distancia por debajo del nivel habitual del paciente (puntos de índice).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop band width</source>
        <translation>Ancho de la banda de caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplier of the spread for the drop band when the short-baseline allowance is off (1.96).</source>
        <translation>Multiplicador de la dispersión para la banda de caída cuando el ajuste por línea base corta está desactivado (1,96).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow for a short baseline</source>
        <translation>Ajustar por línea base corta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: widen the band for a baseline of few sessions (Student&apos;s t); 0: use the multiplier as it is.</source>
        <translation>1: ampliar la banda para una línea base de pocas sesiones (t de Student); 0: usar el multiplicador tal cual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop band tail</source>
        <translation>Cola de la banda de caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the short-baseline allowance: the chance that a stable session falls below the band (one-sided).</source>
        <translation>Con el ajuste por línea base corta: la probabilidad de que una sesión estable quede por debajo de la banda (unilateral).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early drop</source>
        <translation>Caída temprana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With fewer earlier sessions than the fewest baseline sessions, a fall of more than this below their mean is a drop.</source>
        <translation>Con menos sesiones anteriores que el mínimo de sesiones de línea base, una bajada de más de este valor por debajo de su media es una caída.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Component fall</source>
        <translation>Bajada de un componente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A component this many points below its own recent mean marks a drop.</source>
        <translation>Un componente que esté este número de puntos por debajo de su propia media reciente indica una caída.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component sessions</source>
        <translation>Sesiones por componente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many earlier sessions make a component&apos;s recent mean.</source>
        <translation>Cuántas sesiones anteriores forman la media reciente de un componente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component fall sessions</source>
        <translation>Sesiones de bajada de un componente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A component must be that far down in this many sessions in a row (one noisy rating is weak evidence).</source>
        <translation>Un componente debe estar así de bajo en este número de sesiones consecutivas (una sola valoración ruidosa es poca evidencia).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound within</source>
        <translation>Rebote dentro de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop that comes back within this many sessions is a rupture-repair episode.</source>
        <translation>Una caída que se recupera dentro de este número de sesiones es un episodio de ruptura y reparación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound margin</source>
        <translation>Margen de rebote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back means within this much of the usual level (index points).</source>
        <translation>Recuperarse significa quedar a esta distancia o menos del nivel habitual (puntos de índice).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline window</source>
        <translation>Ventana de descenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the latest sessions the decline and the trend look at.</source>
        <translation>Cuántas de las últimas sesiones consideran el descenso y la tendencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest sessions for a decline</source>
        <translation>Mínimo de sesiones para un descenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decline or a trend needs at least this many sessions in the window.</source>
        <translation>Un descenso o una tendencia requieren al menos este número de sesiones en la ventana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline slope</source>
        <translation>Pendiente de descenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alliance must fall faster than this per session (index points).</source>
        <translation>La alianza debe bajar más de este valor por sesión (puntos de índice).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline significance</source>
        <translation>Significación del descenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slope must be this unlikely under a stable alliance (one-sided p).</source>
        <translation>La pendiente debe ser así de improbable con una alianza estable (p unilateral).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline scatter sessions</source>
        <translation>Sesiones de variabilidad del descenso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slope is judged against the scatter of the window pooled with up to this many of the client&apos;s sessions before it (0: the window alone).</source>
        <translation>La pendiente se evalúa frente a la variabilidad de la ventana, combinada con hasta este número de sesiones anteriores del paciente (0: solo la ventana).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declines during a drop</source>
        <translation>Descensos durante una caída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: a decline is its own alert even in sessions that are already a drop; 0: the drop&apos;s alert stands for both.</source>
        <translation>1: un descenso es una alerta propia incluso en sesiones que ya son una caída; 0: la alerta de la caída vale para ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rupture open for sessions</source>
        <translation>Sesiones con ruptura abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unresolved rupture is an alert after this many further sessions.</source>
        <translation>Una ruptura sin resolver es una alerta tras este número de sesiones más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture open for days</source>
        <translation>Días con ruptura abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... or after this many days, whichever comes first.</source>
        <translation>... o tras este número de días, lo que ocurra primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild rupture</source>
        <translation>Ruptura leve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partly repaired rupture of at most this intensity is a prompt, not an alert.</source>
        <translation>Una ruptura parcialmente reparada de, como máximo, esta intensidad es una sugerencia, no una alerta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe rupture</source>
        <translation>Ruptura grave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rupture of at least this intensity (or a confrontation) weighs more.</source>
        <translation>Una ruptura de al menos esta intensidad (o una confrontación) pesa más.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS cue</source>
        <translation>Umbral SRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SRS total below this suggests a conversation (PCOMS cue).</source>
        <translation>Un total SRS por debajo de este valor sugiere una conversación (umbral de PCOMS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS fall</source>
        <translation>Bajada del SRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fall of at least this many points from the previous SRS is an alert.</source>
        <translation>Una bajada de al menos este número de puntos respecto al SRS anterior es una alerta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS sessions above the cue</source>
        <translation>Sesiones de SRS por encima del umbral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first SRS below the cue after this many at or above it is an alert.</source>
        <translation>Un primer SRS por debajo del umbral tras este número de sesiones en el umbral o por encima es una alerta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS ceiling</source>
        <translation>Techo del SRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals at or above this count towards the ceiling prompt.</source>
        <translation>Los totales iguales o superiores a este valor cuentan para la sugerencia de techo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS ceiling sessions</source>
        <translation>Sesiones de SRS en el techo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This many sessions in a row at the ceiling prompt you to invite honest feedback.</source>
        <translation>Este número de sesiones consecutivas en el techo le sugiere invitar a una retroalimentación sincera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS baseline</source>
        <translation>Línea base del SRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SRS alert also needs the total below the client&apos;s own usual SRS, from this many earlier totals (0: off).</source>
        <translation>Una alerta SRS también requiere que el total esté por debajo del SRS habitual del paciente, calculado con este número de totales anteriores (0: desactivado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest SRS spread</source>
        <translation>Dispersión mínima del SRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s SRS spread is taken as at least this (points).</source>
        <translation>La dispersión del SRS del paciente se toma como mínimo con este valor (puntos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS band tail</source>
        <translation>Cola de la banda del SRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the short-baseline allowance: the chance that a steady SRS total falls below the client&apos;s usual SRS band (one-sided).</source>
        <translation>Con el ajuste por línea base corta: la probabilidad de que un total SRS estable quede por debajo de la banda SRS habitual del paciente (unilateral).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perspective sessions</source>
        <translation>Sesiones de perspectiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dyad&apos;s usual gap needs at least this many earlier sessions with a check-in.</source>
        <translation>La diferencia habitual de la díada requiere al menos este número de sesiones anteriores con check-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_sections.py" line="+125"/>
        <source>Perspective gap</source>
        <translation>Diferencia de perspectiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gap must differ from the dyad&apos;s usual gap by at least this (points, 0-10).</source>
        <translation>La diferencia debe apartarse de la diferencia habitual de la díada al menos este valor (puntos, 0-10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perspective gap spread</source>
        <translation>Dispersión de la diferencia de perspectiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... and by at least this many times the spread of the dyad&apos;s gap.</source>
        <translation>... y al menos este número de veces la dispersión de la diferencia de la díada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{label} must be a number from {low} to {high}.</source>
        <translation>{label} debe ser un número de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fewest baseline sessions cannot exceed the baseline sessions ({k}).</source>
        <translation>El mínimo de sesiones de línea base no puede superar las sesiones de línea base ({k}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spread sessions cannot be fewer than the baseline sessions ({k}).</source>
        <translation>Las sesiones para la dispersión no pueden ser menos que las sesiones de línea base ({k}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewest sessions for a decline cannot exceed the decline window ({w}).</source>
        <translation>El mínimo de sesiones para un descenso no puede superar la ventana de descenso ({w}).</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/signals/srs.py" line="+30"/>
        <source>An SRS total below {low} suggests the client is not fully satisfied with the session: talk about it next session (PCOMS conversation cue).</source>
        <translation>Un total SRS inferior a {low} sugiere que el paciente no está del todo satisfecho con la sesión: hable de ello en la próxima sesión (indicación de conversación de PCOMS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends with the next SRS at {low} or more.</source>
        <translation>Termina con el siguiente SRS de {low} o más.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Clients are polite: %n or more sessions in a row at {ceiling} or more suggest inviting honest feedback.</source>
        <translation>
            <numerusform>Los pacientes son corteses: %n o más sesiones consecutivas con {ceiling} o más sugieren invitar a una retroalimentación sincera.</numerusform>
            <numerusform>Los pacientes son corteses: %n o más sesiones consecutivas con {ceiling} o más sugieren invitar a una retroalimentación sincera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends with an SRS below {ceiling}.</source>
        <translation>Termina con un SRS inferior a {ceiling}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An SRS alert needs a fall of {fall} points or more from the previous SRS, or a first total below {low} after {run} at {low} or more.</source>
        <translation>Una alerta SRS requiere una bajada de {fall} puntos o más respecto al SRS anterior, o un primer total inferior a {low} tras {run} de {low} o más.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The total must also lie below the client&apos;s own usual SRS (their last %n totals, at least {need}) by more than its session-to-session spread allows, as for the alliance index.</source>
        <translation>
            <numerusform>El total también debe estar por debajo del SRS habitual del paciente (su último %n total, al menos {need}) en más de lo que permite su dispersión entre sesiones, como en el índice de alianza.</numerusform>
            <numerusform>El total también debe estar por debajo del SRS habitual del paciente (sus últimos %n totales, al menos {need}) en más de lo que permite su dispersión entre sesiones, como en el índice de alianza.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SRS below the cue</source>
        <translation>SRS por debajo del umbral</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: SRS total {total} is below {low}; %n session in a row.</source>
        <translation>
            <numerusform>Sesión {number}: el total SRS {total} está por debajo de {low}; %n sesión consecutiva.</numerusform>
            <numerusform>Sesión {number}: el total SRS {total} está por debajo de {low}; %n sesiones consecutivas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../src/alliance/reports/pdf_sections.py" line="+0"/>
        <source>SRS at the ceiling</source>
        <translation>SRS en el techo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>SRS at {ceiling} or more in %n sessions in a row from session {number}: invite honest feedback.</source>
        <translation>
            <numerusform>SRS de {ceiling} o más en %n sesión consecutiva desde la sesión {number}: invite a una retroalimentación sincera.</numerusform>
            <numerusform>SRS de {ceiling} o más en %n sesiones consecutivas desde la sesión {number}: invite a una retroalimentación sincera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source> (this client&apos;s usual SRS {mean:.1f})</source>
        <translation> (SRS habitual de este paciente: {mean:.1f})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/alliance/reports/pdf_sections.py" line="-2"/>
        <source>SRS fell</source>
        <translation>El SRS bajó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {number}: SRS total {total}, down {fall} from {previous}{usual}.</source>
        <translation>Sesión {number}: total SRS {total}, {fall} por debajo de {previous}{usual}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends when the SRS is back above {limit}.</source>
        <translation>Termina cuando el SRS vuelve a superar {limit}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRS below the cue for the first time</source>
        <translation>SRS por debajo del umbral por primera vez</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: SRS total {total} is below {low} after %n sessions at {low} or more{usual}.</source>
        <translation>
            <numerusform>Sesión {number}: el total SRS {total} está por debajo de {low} tras %n sesión con {low} o más{usual}.</numerusform>
            <numerusform>Sesión {number}: el total SRS {total} está por debajo de {low} tras %n sesiones con {low} o más{usual}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ends with an SRS at {low} or more.</source>
        <translation>Termina con un SRS de {low} o más.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/exporting.py" line="+69"/>
        <source>Shifted dates make a limited data set, not a de-identified export (HIPAA Safe Harbor allows the year only). Confirm that it will be shared only under a data use agreement, or choose days since the first session or the year only.</source>
        <translation>Las fechas desplazadas constituyen un conjunto de datos limitado, no una exportación desidentificada (HIPAA Safe Harbor solo permite el año). Confirme que solo se compartirá en virtud de un acuerdo de uso de datos, o elija los días desde la primera sesión o solo el año.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The long CSV holds numbers only, so it cannot carry notes. Choose the wide CSV (one row per session) to include scrubbed notes, or leave notes out.</source>
        <translation>El CSV largo solo contiene números, por lo que no puede incluir notas. Elija el CSV ancho (una fila por sesión) para incluir notas depuradas, o excluya las notas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report on several clients (the caseload report) holds no notes. Choose one client for a supervision report with scrubbed notes, or leave notes out.</source>
        <translation>Un informe sobre varios pacientes (el informe de la lista de casos) no contiene notas. Elija un solo paciente para un informe de supervisión con notas depuradas, o excluya las notas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a format: {value}.</source>
        <translation>Elija un formato: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no clients to export in this selection.</source>
        <translation>No hay pacientes que exportar en esta selección.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{codes} and {more} more</source>
        <translation>{codes} y {more} más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clients} left this vault before with dates in another form. Put side by side, the year of each session and its days since the first session (or its shifted date) pin every session to within days of its real date, so Alliance exports each client&apos;s dates in one of these forms only. Export {clients} with the same date form as before, or leave them out.</source>
        <translation>Los datos de {clients} ya salieron de esta bóveda con fechas en otro formato. Puestos uno junto al otro, el año de cada sesión y sus días desde la primera sesión (o su fecha desplazada) sitúan cada sesión a pocos días de su fecha real, por lo que Alliance exporta las fechas de cada paciente solo en uno de estos formatos. Exporte los datos de {clients} con el mismo formato de fecha que antes, o exclúyalos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{out} is a folder; choose a file name.</source>
        <translation>{out} es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/signals.py" line="+51"/>
        <source>Addressed in session</source>
        <translation>Abordada en la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed in supervision</source>
        <translation>Comentada en supervisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected at this stage of therapy</source>
        <translation>Esperable en esta fase de la terapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not clinically relevant</source>
        <translation>Sin relevancia clínica</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keep the local resources to {SAFETY_RESOURCES_MAX} characters.</source>
        <translation>Limite los recursos locales a {SAFETY_RESOURCES_MAX} caracteres.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Choose a reason for setting this alert aside.</source>
        <translation>Elija un motivo para descartar esta alerta.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/client/outcome_panel.py" line="+71"/>
        <source>Clinical range (cut-off {value})</source>
        <translation>Rango clínico (punto de corte {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the clinical range (cut-off {value})</source>
        <translation>Por debajo del rango clínico (punto de corte {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the clinical range (cut-off {value})</source>
        <translation>Por encima del rango clínico (punto de corte {value})</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/export/export_dialog.py" line="+382"/>
        <source>The file could not be written: {reason}</source>
        <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}</source>
        <translation>Se ha producido un error: {error}</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/first_run/recovery_key_page.py" line="+44"/>
        <location line="+17"/>
        <source>Alliance recovery key</source>
        <translation>Clave de recuperación de Alliance</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Created {date} for the vault in {folder}</source>
        <translation>Creada el {date} para la bóveda de {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key opens your vault if you forget your passphrase. Anyone holding it and a copy of the vault can read your records, so keep it like a house key: in a locked drawer or a password manager, never next to the computer or in the same folder as the vault.</source>
        <translation>Esta clave abre su bóveda si olvida su frase de contraseña. Cualquier persona que la tenga junto con una copia de la bóveda puede leer sus registros, así que guárdela como la llave de su casa: en un cajón cerrado con llave o en un gestor de contraseñas, nunca junto al equipo ni en la misma carpeta que la bóveda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To use it: start Alliance, choose “Use recovery key”, type this key, then set a new passphrase.</source>
        <translation>Para usarla: inicie Alliance, elija “Usar clave de recuperación”, escriba esta clave y defina una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or save it, and keep it somewhere safe, away from this computer.</source>
        <translation>Si alguna vez olvida su frase de contraseña, esta clave es la única forma de volver a acceder a su bóveda. Solo se muestra ahora. Imprímala o guárdela, y consérvela en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Copied. The clipboard is cleared again in a minute.</source>
        <translation>Copiada. El portapapeles se vaciará en un minuto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save recovery key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to {path}</source>
        <translation>Guardada en {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="-39"/>
        <source>{kind}, intensity {n}/5, raised by {who}</source>
        <translation>{kind}, intensidad {n}/5, planteada por {who}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair of the rupture in session {n}: resolution {r}/5</source>
        <translation>Reparación de la ruptura de la sesión {n}: resolución {r}/5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="-1"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+6"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/chart_painter.py" line="+120"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+5"/>
        <source>Alliance index</source>
        <translation>Índice de alianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client check-in</source>
        <translation>Check-in del paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal rupture</source>
        <translation>Ruptura de retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confrontation rupture</source>
        <translation>Ruptura de confrontación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed rupture</source>
        <translation>Ruptura mixta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair (resolved)</source>
        <translation>Reparación (resuelta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair (not yet resolved)</source>
        <translation>Reparación (aún no resuelta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture → repair</source>
        <translation>Ruptura → reparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inferred episode (drop and recovery)</source>
        <translation>Episodio inferido (caída y recuperación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rupture marker size shows intensity (1–5).</source>
        <translation>El tamaño del marcador de ruptura indica la intensidad (1–5).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>repair</source>
        <translation>reparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rupture</source>
        <translation>ruptura</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rating (0–10)</source>
        <translation>Puntuación (0–10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session number</source>
        <translation>Número de sesión</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No sessions to chart.</source>
        <translation>No hay sesiones que representar.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>State at start</source>
        <translation>Estado al inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State at end</source>
        <translation>Estado al final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective experience</source>
        <translation>Experiencia correctiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-130"/>
        <source>raised by client</source>
        <translation>planteada por el paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>raised by therapist</source>
        <translation>planteada por el terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not voiced</source>
        <translation>no expresada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly resolved</source>
        <translation>parcialmente resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>línea base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reliable improvement</source>
        <translation>mejoría fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliable deterioration</source>
        <translation>deterioro fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reliable change</source>
        <translation>sin cambio fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture note (withdrawal)</source>
        <translation>Nota de la ruptura (retirada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture note (confrontation)</source>
        <translation>Nota de la ruptura (confrontación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture note (mixed)</source>
        <translation>Nota de la ruptura (mixta)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Supervision report — {pseudonym}</source>
        <translation>Informe de supervisión — {pseudonym}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De-identified export · Alliance {version} · created {year} · client status: {status}</source>
        <translation>Exportación desidentificada · Alliance {version} · creada en {year} · estado del paciente: {status}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sessions {first}–{last}; days since the first session: {day}.</source>
        <translation>Sesiones {first}–{last}; días desde la primera sesión: {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions {first}–{last}; shifted dates: {day}.</source>
        <translation>Sesiones {first}–{last}; fechas desplazadas: {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions {first}–{last}; years: {day}.</source>
        <translation>Sesiones {first}–{last}; años: {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions {first}–{last}; days since the first session: {day} to {last_day}.</source>
        <translation>Sesiones {first}–{last}; días desde la primera sesión: de {day} a {last_day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions {first}–{last}; shifted dates: {day} to {last_day}.</source>
        <translation>Sesiones {first}–{last}; fechas desplazadas: de {day} a {last_day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions {first}–{last}; years: {day} to {last_day}.</source>
        <translation>Sesiones {first}–{last}; años: de {day} a {last_day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend (last 8)</source>
        <translation>Tendencia (últimas 8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean index</source>
        <translation>Índice medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ruptures</source>
        <translation>Rupturas abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved ruptures</source>
        <translation>Rupturas resueltas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alliance index = mean of safety, trust, attunement and boundaries (0–10). Episodes: {explicit} explicit (a rupture repaired to resolved), {inferred} inferred (a drop and a recovery within three sessions). Alerts: {alerts}; prompts: {prompts}.</source>
        <translation>Índice de alianza = media de seguridad, confianza, sintonía y límites (0–10). Episodios: {explicit} explícitos (una ruptura reparada hasta quedar resuelta), {inferred} inferidos (una caída y una recuperación en tres sesiones o menos). Alertas: {alerts}; sugerencias: {prompts}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+40"/>
        <source>s.{session}: {resolution}/5</source>
        <translation>ses. {session}: {resolution}/5</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No sessions in this export.</source>
        <translation>Esta exportación no contiene sesiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Therapist ratings 0–10; index = their mean. Check-in = client-rated mean (0–10); SRS = Session Rating Scale total (0–40). Ruptures: kind and intensity (1–5). Repairs: the session of the rupture repaired and the resolution reached (1–5).</source>
        <translation>Puntuaciones del terapeuta 0–10; índice = su media. Check-in = media puntuada por el paciente (0–10); SRS = puntuación total de la Session Rating Scale (0–40). Rupturas: tipo e intensidad (1–5). Reparaciones: la sesión de la ruptura reparada y la resolución alcanzada (1–5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+1"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+1"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Ruptures</source>
        <translation>Rupturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ruptures and repairs</source>
        <translation>Rupturas y reparaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ruptures were logged in these sessions.</source>
        <translation>No se registraron rupturas en estas sesiones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>s.{session}: {resolution}/5 — {strategies}</source>
        <translation>ses. {session}: {resolution}/5 — {strategies}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(a rupture of s.{session}) {repair}</source>
        <translation>(una ruptura de la ses. {session}) {repair}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>intensity {intensity}/5</source>
        <translation>intensidad {intensity}/5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rupture</source>
        <translation>Ruptura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairs (session: resolution — strategies)</source>
        <translation>Reparaciones (sesión: resolución — estrategias)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rupture–repair episodes (sessions). Explicit: {explicit}. Inferred (drop and recovery): {inferred}.</source>
        <translation>Episodios de ruptura y reparación (sesiones). Explícitos: {explicit}. Inferidos (caída y recuperación): {inferred}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts and prompts</source>
        <translation>Alertas y sugerencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No active alerts or prompts for this client.</source>
        <translation>No hay alertas ni sugerencias activas para este paciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts need attention; prompts suggest a conversation in the next session. Each is judged against this client&apos;s own usual level and variation.</source>
        <translation>Las alertas requieren atención; las sugerencias proponen una conversación en la próxima sesión. Cada una se valora frente al nivel y la variación habituales de este paciente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety prompt: {title}</source>
        <translation>Sugerencia de seguridad: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: {name}</source>
        <translation>Alerta: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt: {name}</source>
        <translation>Sugerencia: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome measures</source>
        <translation>Medidas de resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each administration against the first in this report (the baseline): reliable change as the instrument&apos;s manual gives it; recovered = reliable improvement and below the clinical cut-off. A sudden gain (Tang &amp; DeRubeis) names its critical session, the one before it.</source>
        <translation>Cada aplicación frente a la primera de este informe (la línea base): cambio fiable según el manual del instrumento; recuperado = mejoría fiable y por debajo del punto de corte clínico. Una ganancia súbita (Tang &amp; DeRubeis) indica su sesión crítica, la anterior a ella.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{instrument}: session</source>
        <translation>{instrument}: sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change against the baseline</source>
        <translation>Cambio respecto a la línea base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{change} (recovered)</source>
        <translation>{change} (recuperado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sudden gain (provisional) of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Ganancia súbita (provisional) de {size} puntos entre las sesiones {critical} y {after}; sesión crítica {critical}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudden gain of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Ganancia súbita de {size} puntos entre las sesiones {critical} y {after}; sesión crítica {critical}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudden loss (provisional) of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Pérdida súbita (provisional) de {size} puntos entre las sesiones {critical} y {after}; sesión crítica {critical}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudden loss of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Pérdida súbita de {size} puntos entre las sesiones {critical} y {after}; sesión crítica {critical}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes (scrubbed)</source>
        <translation>Notas (depuradas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment goals and formulation</source>
        <translation>Objetivos terapéuticos y formulación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Formulation: {formulation}</source>
        <translation>Formulación: {formulation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session {session} · day {day}</source>
        <translation>Sesión {session} · día {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {session} · date (shifted) {day}</source>
        <translation>Sesión {session} · fecha (desplazada) {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {session} · year {day}</source>
        <translation>Sesión {session} · año {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair note (rupture of s.{session})</source>
        <translation>Nota de la reparación (ruptura de la sesión {session})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes were written for these sessions.</source>
        <translation>No se escribieron notas para estas sesiones.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Instruments</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/shell/app.py" line="+117"/>
        <location line="+24"/>
        <location filename="../../src/alliance/ui/shell/controller.py" line="+144"/>
        <location line="+97"/>
        <source>Alliance is already open</source>
        <translation>Alliance ya está en ejecución</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Alliance cannot open the vault</source>
        <translation>Alliance no puede abrir la bóveda</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/shell/controller.py" line="-40"/>
        <source>Preparing the demo vault…</source>
        <translation>Preparando la bóveda de demostración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demostración</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The demo could not be opened</source>
        <translation>No se pudo abrir la demostración</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Discard the unsaved session?</source>
        <translation>¿Descartar la sesión sin guardar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session form you had not saved is kept until you unlock. Quit and discard it?</source>
        <translation>Un formulario de sesión que no había guardado se conserva hasta que desbloquee. ¿Salir y descartarlo?</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Finishing what is being saved…</source>
        <translation>Terminando lo que se está guardando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/unlock/restore_offer.py" line="+41"/>
        <source>Regular</source>
        <translation>Periódica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s key file (keys.json) is damaged or has been altered, so no passphrase can unlock it.</source>
        <translation>El archivo de claves de la bóveda (keys.json) está dañado o ha sido alterado, por lo que ninguna frase de contraseña puede desbloquearla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s database (alliance.db) is damaged, or does not belong to its key file, so its records cannot be read.</source>
        <translation>La base de datos de la bóveda (alliance.db) está dañada o no corresponde a su archivo de claves, por lo que no se pueden leer sus registros.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/controls.py" line="+125"/>
        <source>{n} is not on this scale: type a number from {low} to {high}.</source>
        <translation>{n} no está en esta escala: escriba un número de {low} a {high}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/dates.py" line="+74"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“{text}” is not a date: type it as {example}, or press Alt+Down for a calendar.</source>
        <translation>“{text}” no es una fecha: escríbala como {example} o pulse Alt+Down para abrir un calendario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is outside {first} to {last}.</source>
        <translation>{day} está fuera del intervalo de {first} a {last}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_caseload.py" line="+36"/>
        <source>Caseload report</source>
        <translation>Informe de la lista de casos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+37"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Discharged</source>
        <translation>De alta</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Explicit (repaired to resolved)</source>
        <translation>Explícitos (reparados hasta quedar resueltos)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inferred (drop and recovery)</source>
        <translation>Inferidos (caída y recuperación)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Overview</source>
        <translation>Resumen general</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Clients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+47"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-200"/>
        <location line="+39"/>
        <location line="+74"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Mean index, all sessions</source>
        <translation>Índice medio global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean latest index</source>
        <translation>Media del último índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients with alerts</source>
        <translation>Pacientes con alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures logged</source>
        <translation>Rupturas registradas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aggregates</source>
        <translation>Datos agregados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients by trend (last 8 sessions)</source>
        <translation>Pacientes por tendencia (últimas 8 sesiones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients by status</source>
        <translation>Pacientes por estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients with an alert, by kind</source>
        <translation>Pacientes con una alerta, por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture–repair episodes</source>
        <translation>Episodios de ruptura y reparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures by kind</source>
        <translation>Rupturas por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures by status</source>
        <translation>Rupturas por estado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-21"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-90"/>
        <source>Latest index</source>
        <translation>Último índice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved ruptures</source>
        <translation>Rupturas sin resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One row per pseudonym. Latest index = alliance index of the most recent session; trend = slope over the last six sessions; unresolved ruptures = open or partly resolved (no repair has reached 4 of 5), as in the app&apos;s caseload.</source>
        <translation>Una fila por seudónimo. Último índice = índice de alianza de la sesión más reciente; tendencia = pendiente en las últimas seis sesiones; rupturas sin resolver = abiertas o parcialmente resueltas (ninguna reparación ha alcanzado 4 de 5), como en la lista de casos de la aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out of this table, because counting its rows would give back a count hidden above: {columns}. Each client&apos;s supervision report shows them.</source>
        <translation>Se omiten en esta tabla, porque contar sus filas revelaría un recuento oculto más arriba: {columns}. El informe de supervisión de cada paciente los muestra.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+5"/>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ventral (rest and connect)</source>
        <translation>Ventral (descanso y conexión)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sympathetic (fight or flight)</source>
        <translation>Simpático (lucha o huida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorsal (freeze or shutdown)</source>
        <translation>Dorsal (congelación o colapso)</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/instrument_words.py" line="+12"/>
        <source>Relationship check-in</source>
        <translation>Check-in de la relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+48"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="-1"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions a client can ask themselves about whether the relationship is working. Each is rated from 0 (not at all) to 10 (completely).</source>
        <translation>Preguntas que un paciente puede hacerse sobre si la relación está funcionando. Cada una se valora de 0 (nada) a 10 (completamente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/alliance/services/handover.py" line="+113"/>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completely</source>
        <translation>completamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel understood</source>
        <translation>Siento que me comprenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel safe in my body during the session</source>
        <translation>Me siento a salvo en mi cuerpo durante la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am becoming more open over time</source>
        <translation>Con el tiempo me abro cada vez más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can ask my therapist for what I need</source>
        <translation>Puedo pedir a mi terapeuta lo que necesito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My perspective is asked for and respected</source>
        <translation>Se pide y se respeta mi punto de vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I trust my therapist has my best interest in mind</source>
        <translation>Confío en que mi terapeuta busca lo mejor para mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session Rating Scale</source>
        <translation>Escala de Valoración de la Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+1"/>
        <source>SRS</source>
        <translation>SRS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated by the client at the end of the session. Four items, each 0 to 10; the total runs from 0 to 40.</source>
        <translation>La valora el paciente al final de la sesión. Cuatro ítems, cada uno de 0 a 10; el total va de 0 a 40.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Session Rating Scale is copyrighted. Alliance ships the item labels only: enter the scores from your own licensed forms.</source>
        <translation>La Escala de Valoración de la Sesión (Session Rating Scale) está protegida por derechos de autor. Alliance incluye solo las etiquetas de los ítems: introduzca las puntuaciones de sus propios formularios con licencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals and topics</source>
        <translation>Objetivos y temas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approach or method</source>
        <translation>Enfoque o método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>En general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working Alliance Inventory – Short Revised</source>
        <translation>Inventario de Alianza de Trabajo – Versión Breve Revisada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAI-SR</source>
        <translation>WAI-SR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve items, each rated from 1 (seldom) to 5 (always), in three subscales of four items: Task, Bond and Goal. The total runs from 12 to 60.</source>
        <translation>Doce ítems, cada uno valorado de 1 (rara vez) a 5 (siempre), en tres subescalas de cuatro ítems: Tarea, Vínculo y Objetivo. El total va de 12 a 60.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item wording is not included. Enter the scores item by item from your own copy of the form.</source>
        <translation>No se incluye la redacción de los ítems. Introduzca las puntuaciones ítem por ítem a partir de su propia copia del formulario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seldom</source>
        <translation>rara vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sometimes</source>
        <translation>a veces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairly often</source>
        <translation>con bastante frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very often</source>
        <translation>con mucha frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 1</source>
        <translation>Ítem 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 2</source>
        <translation>Ítem 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 3</source>
        <translation>Ítem 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 4</source>
        <translation>Ítem 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 5</source>
        <translation>Ítem 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 6</source>
        <translation>Ítem 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 7</source>
        <translation>Ítem 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 8</source>
        <translation>Ítem 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 9</source>
        <translation>Ítem 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 10</source>
        <translation>Ítem 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 11</source>
        <translation>Ítem 11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 12</source>
        <translation>Ítem 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bond</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nervous-system state</source>
        <translation>Estado del sistema nervioso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s nervous-system state as the therapist observed it at the start and at the end of the session. Each value is the position of a state in the list of categories.</source>
        <translation>El estado del sistema nervioso del paciente, tal como lo observó el terapeuta al inicio y al final de la sesión. Cada valor es la posición de un estado en la lista de categorías.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the start of the session</source>
        <translation>Al inicio de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the session</source>
        <translation>Al final de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ventral</source>
        <translation>Ventral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest and connect: settled, present, able to engage.</source>
        <translation>Descanso y conexión: calmado, presente, capaz de implicarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sympathetic</source>
        <translation>Simpático</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fight or flight: mobilised, agitated, on guard.</source>
        <translation>Lucha o huida: movilizado, agitado, en guardia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorsal</source>
        <translation>Dorsal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze or shutdown: collapsed, numb, far away.</source>
        <translation>Congelación o colapso: abatido, embotado, ausente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Unclear</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not tell, or the state kept shifting.</source>
        <translation>No se pudo determinar, o el estado cambiaba continuamente.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_sections.py" line="-103"/>
        <source>Notes need a human read before sharing: no scrubber is perfect.</source>
        <translation>Una persona debe leer las notas antes de compartirlas: ningún depurador es perfecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In aggregate tables every count from 1 to {max} is shown as “{small}” so that small groups cannot be singled out. Where a table shares out a total and only one count is small, a second is shown as “{hidden}” so the small one cannot be worked out from the total; the per-pseudonym table leaves out any column that would give a hidden count back.</source>
        <translation>En las tablas agregadas, cada recuento de 1 a {max} se muestra como «{small}» para que no se pueda identificar a grupos pequeños. Cuando una tabla reparte un total y solo un recuento es pequeño, un segundo se muestra como «{hidden}» para que el pequeño no pueda deducirse del total; la tabla por seudónimo omite cualquier columna que permitiría recuperar un recuento oculto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discharged</source>
        <translation>de alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+6"/>
        <source>Withdrawal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Confrontation</source>
        <translation>Confrontación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Mixed</source>
        <translation>Mixta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>suppressed</source>
        <translation>suprimido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alliance {version} · de-identified export · page {page} of {pages}</source>
        <translation>Alliance {version} · exportación desidentificada · página {page} de {pages}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De-identified export · Alliance {version} · created {year}</source>
        <translation>Exportación desidentificada · Alliance {version} · creada en {year}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De-identification</source>
        <translation>Desidentificación</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date (shifted)</source>
        <translation>Fecha (desplazada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Up</source>
        <translation>Al alza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>A la baja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flat</source>
        <translation>Estable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop in alliance</source>
        <translation>Caída de la alianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop in one component</source>
        <translation>Caída de un componente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declining alliance</source>
        <translation>Alianza en descenso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unrepaired rupture</source>
        <translation>Ruptura sin reparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly repaired rupture</source>
        <translation>Ruptura parcialmente reparada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS below 36</source>
        <translation>SRS por debajo de 36</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS first below 36</source>
        <translation>SRS por debajo de 36 por primera vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome measure (deterioration, not on track)</source>
        <translation>Medida de resultado (deterioro, fuera de lo esperado)</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+5"/>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspoken</source>
        <translation>Nadie (implícita)</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_caseload.py" line="-164"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+5"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-45"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Partly resolved</source>
        <translation>Parcialmente resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+10"/>
        <source>rising</source>
        <translation>al alza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>falling</source>
        <translation>a la baja</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/strength.py" line="+59"/>
        <source>Use at least {n} characters.</source>
        <translation>Use al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This passphrase is too easy to guess. Try a few unrelated words.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar. Pruebe con varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: a common word, name or pattern with a few characters added is guessed quickly. Try three or four unrelated words.</source>
        <translation>Débil: una palabra común, un nombre o un patrón con unos pocos caracteres añadidos se adivina rápido. Pruebe con tres o cuatro palabras sin relación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair. A word with a year or a symbol added is among the first things tried: add another unrelated word.</source>
        <translation>Aceptable. Una palabra con un año o un símbolo añadido es de lo primero que se prueba: añada otra palabra sin relación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good. Another unrelated word would make it strong.</source>
        <translation>Buena. Otra palabra sin relación la haría fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/deid.py" line="+57"/>
        <source>Dates are shown as days since each client&apos;s first session.</source>
        <translation>Las fechas se muestran como días desde la primera sesión de cada paciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates are shifted by a random number of days per client (intervals are kept). NOT de-identified under HIPAA Safe Harbor, which allows the year only: this is a limited data set, to be shared only under a data use agreement.</source>
        <translation>Las fechas se desplazan un número aleatorio de días por paciente (se conservan los intervalos). NO se consideran desidentificadas según HIPAA Safe Harbor, que solo permite el año: se trata de un conjunto de datos limitado, que solo debe compartirse en virtud de un acuerdo de uso de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates are shown as the year only.</source>
        <translation>Las fechas se muestran solo con el año.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free-text notes are excluded.</source>
        <translation>Se excluyen las notas de texto libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes are included with identifiers replaced by tags such as [NAME] and [PHONE]. No scrubber is perfect: read every note before sharing this export.</source>
        <translation>Se incluyen las notas, con los identificadores sustituidos por etiquetas como [NAME] y [PHONE]. Ningún depurador es perfecto: lea cada nota antes de compartir esta exportación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients appear under stable pseudonyms: the same in every export from this vault, so exports can be joined client by client.</source>
        <translation>Los pacientes aparecen con seudónimos estables: los mismos en todas las exportaciones de esta bóveda, de modo que las exportaciones pueden combinarse paciente por paciente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients appear under one-time pseudonyms, so the pseudonym itself does not link this export to others. The data can: the same client&apos;s ratings, in the same order, can be matched across exports. Treat exports of the same clients as linkable.</source>
        <translation>Los pacientes aparecen con seudónimos de un solo uso, por lo que el seudónimo en sí no vincula esta exportación con otras. Los datos sí pueden: las valoraciones de un mismo paciente, en el mismo orden, pueden cotejarse entre exportaciones. Considere vinculables las exportaciones de los mismos pacientes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client codes, names and contact details are removed.</source>
        <translation>Se eliminan los códigos, nombres y datos de contacto de los pacientes.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/records.py" line="+101"/>
        <source>Life event</source>
        <translation>Acontecimiento vital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication change</source>
        <translation>Cambio de medicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapist absence</source>
        <translation>Ausencia del terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change of setting</source>
        <translation>Cambio de encuadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase change</source>
        <translation>Cambio de fase</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The client declined</source>
        <translation>El paciente se negó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today (time or the client&apos;s state)</source>
        <translation>Hoy no (por tiempo o por el estado del paciente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not appropriate at this point</source>
        <translation>No es apropiado en este momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/taxonomy.py" line="+48"/>
        <source>Denial</source>
        <translation>Negación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimal response</source>
        <translation>Respuesta mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstract communication</source>
        <translation>Comunicación abstracta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoidant storytelling or shifting topic</source>
        <translation>Relato evitativo o cambio de tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferential or appeasing</source>
        <translation>Deferente o complaciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content/affect split</source>
        <translation>Disociación entre contenido y afecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-criticism or hopelessness</source>
        <translation>Autocrítica o desesperanza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints about the therapist</source>
        <translation>Quejas sobre el terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejects an intervention</source>
        <translation>Rechaza una intervención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints about the activities of therapy</source>
        <translation>Quejas sobre las actividades de la terapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints about the parameters (time, fees, scheduling)</source>
        <translation>Quejas sobre el encuadre (horario, honorarios, citas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints about progress</source>
        <translation>Quejas sobre el progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defends self against the therapist</source>
        <translation>Se defiende frente al terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efforts to control or pressure the therapist</source>
        <translation>Intentos de controlar o presionar al terapeuta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clarifies a misunderstanding</source>
        <translation>Aclara un malentendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes tasks or goals</source>
        <translation>Cambia las tareas o los objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains the rationale or illustrates a task</source>
        <translation>Explica el fundamento o ilustra una tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invites the client to talk about the relationship or the therapy</source>
        <translation>Invita al paciente a hablar de la relación o de la terapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledges own contribution</source>
        <translation>Reconoce su propia contribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discloses own experience of the interaction</source>
        <translation>Comparte su propia vivencia de la interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links the rupture to patterns between client and therapist</source>
        <translation>Vincula la ruptura con patrones entre paciente y terapeuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links it to patterns in the client&apos;s other relationships</source>
        <translation>La vincula con patrones en otras relaciones del paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validates the client&apos;s defensive stance</source>
        <translation>Valida la postura defensiva del paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirects or refocuses</source>
        <translation>Redirige o reenfoca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>barely noticeable</source>
        <translation>apenas perceptible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dominated the session</source>
        <translation>dominó la sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not resolved: not addressed, or addressed without any shift</source>
        <translation>sin resolver: no abordada, o abordada sin ningún cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>touched on: a little movement, the strain mostly remains</source>
        <translation>tocada: algo de movimiento, la tensión persiste en gran parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly worked through: some reconnection, something still unresolved</source>
        <translation>parcialmente elaborada: cierta reconexión, algo sigue sin resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>largely resolved: both are back in the work and the relationship</source>
        <translation>resuelta en gran parte: ambos han vuelto al trabajo y a la relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fully resolved: talked through, the client feels understood, the bond feels stronger</source>
        <translation>totalmente resuelta: hablada a fondo, el paciente se siente comprendido, el vínculo se siente más fuerte</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/handover.py" line="-6"/>
        <source>How is our work together going for you? From 0 (not at all) to 10 (completely).</source>
        <translation>¿Cómo va para usted nuestro trabajo conjunto? De 0 (nada) a 10 (completamente).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fully</source>
        <translation>totalmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How was today&apos;s session for you? From 0 (not at all) to 10 (fully). Your therapist&apos;s paper form has the full wording of each line.</source>
        <translation>¿Cómo fue para usted la sesión de hoy? De 0 (nada) a 10 (totalmente). El formulario en papel de su terapeuta tiene el texto completo de cada línea.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Alliance does not know the instrument {instrument}.</source>
        <translation>Alliance no reconoce el instrumento {instrument}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no item {item}.</source>
        <translation>{name} no tiene el ítem {item}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {text}: {value} is not one of its answers.</source>
        <translation>{name}, {text}: {value} no es una de sus respuestas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one questionnaire to hand over.</source>
        <translation>Elija al menos un cuestionario para entregar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictions are entered for the check-in and the SRS when they are handed over, not for {k}.</source>
        <translation>Las predicciones se introducen para el check-in y el SRS al entregarlos, no para {k}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>This check-in is no longer in the vault.</source>
        <translation>Este check-in ya no está en la bóveda.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This check-in was handed back already.</source>
        <translation>Este check-in ya se devolvió.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="+75"/>
        <source>{subscale}: items {items}</source>
        <translation>{subscale}: ítems {items}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sum</source>
        <translation>suma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} (Jacobson–Truax)</source>
        <translation>{value} (Jacobson–Truax)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Ítems</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bands or cut-off</source>
        <translation>Rangos o punto de corte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliable change</source>
        <translation>Cambio fiable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{band} from {lower}</source>
        <translation>{band} desde {lower}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinical range below {value}</source>
        <translation>rango clínico por debajo de {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinical range at or above {value}</source>
        <translation>rango clínico desde {value} en adelante</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous field or button (out of tables and lists too)</source>
        <translation>Campo o botón siguiente / anterior (también para salir de tablas y listas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press that button or open that menu</source>
        <translation>Pulsar ese botón o abrir ese menú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move inside a table, list or calendar</source>
        <translation>Moverse dentro de una tabla, lista o calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected client or session</source>
        <translation>Abrir el paciente o la sesión seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button; tick a box; open or close a section</source>
        <translation>Pulsar el botón activo; marcar una casilla; abrir o cerrar una sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the session form</source>
        <translation>Guardar el formulario de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a dialog (the session form asks before discarding)</source>
        <translation>Cerrar un diálogo (el formulario de la sesión pregunta antes de descartar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a rating: the field takes the number at once</source>
        <translation>Escribir una valoración: el campo acepta el número de inmediato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down or F4</source>
        <translation>Alt+Flecha abajo o F4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the calendar of a date field</source>
        <translation>Abrir el calendario de un campo de fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Flecha arriba / abajo, Re Pág / Av Pág</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a date field: a day, a month later or earlier</source>
        <translation>En un campo de fecha: un día o un mes después o antes</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/audit_words.py" line="+10"/>
        <source>acknowledge alert</source>
        <translation>alerta confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add context event</source>
        <translation>evento de contexto añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change safety resources</source>
        <translation>recursos de seguridad modificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change signal settings</source>
        <translation>reglas de alerta modificadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in instrument</source>
        <translation>instrumento de check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in into session</source>
        <translation>check-in incorporado a la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create</source>
        <translation>creación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete context event</source>
        <translation>evento de contexto eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed unlock</source>
        <translation>desbloqueo fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals edited</source>
        <translation>objetivos editados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand back</source>
        <translation>devolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over</source>
        <translation>entrega al paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high-water mark created</source>
        <translation>marca de nivel máximo creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passphrase changed</source>
        <translation>frase de contraseña cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passphrase reset with recovery key</source>
        <translation>frase de contraseña restablecida con la clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery unlock</source>
        <translation>desbloqueo con clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reveal check-in</source>
        <translation>check-in revelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set measurement schedule</source>
        <translation>plan de medición establecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash emptied</source>
        <translation>papelera vaciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash expired</source>
        <translation>papelera caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock</source>
        <translation>desbloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault created</source>
        <translation>bóveda creada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client</source>
        <translation>paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handover</source>
        <translation>entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash</source>
        <translation>papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault</source>
        <translation>bóveda</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/instruments.py" line="+203"/>
        <source>Instrument file {source}: field &apos;{field}&apos; {message}.</source>
        <translation>Archivo de instrumento {source}: el campo &apos;{field}&apos; {message}.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Instrument folder {folder} is missing.</source>
        <translation>Falta la carpeta de instrumentos {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument file {name} is not UTF-8 text.</source>
        <translation>El archivo de instrumento {name} no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instrument file {name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>El archivo de instrumento {name} no es JSON válido (línea {lineno}, columna {colno}: {msg}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instrument file {name}: field &apos;id&apos; repeats &apos;{id}&apos;.</source>
        <translation>Archivo de instrumento {name}: el campo &apos;id&apos; repite &apos;{id}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instrument file {name}: field &apos;id&apos; is &apos;{id}&apos;; the file must be named {id}.json.</source>
        <translation>Archivo de instrumento {name}: el campo &apos;id&apos; es &apos;{id}&apos;; el archivo debe llamarse {id}.json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument file {value}.json is missing from {folder}.</source>
        <translation>Falta el archivo de instrumento {value}.json en {folder}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no questionnaire called &apos;{instrument_id}&apos;.</source>
        <translation>No existe ningún cuestionario llamado &apos;{instrument_id}&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{short_name} answers must be given item by item.</source>
        <translation>Las respuestas de {short_name} deben indicarse ítem por ítem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/alliance/core/validation.py" line="+123"/>
        <source>{short_name} has no item &apos;{item_id}&apos;.</source>
        <translation>{short_name} no tiene el ítem &apos;{item_id}&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/loading.py" line="+101"/>
        <source>Outcome instrument file {file}: field &apos;{value}&apos; {problem}.</source>
        <translation>Archivo de medida de resultado {file}: el campo &apos;{value}&apos; {problem}.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Outcome instrument folder {folder} is missing.</source>
        <translation>Falta la carpeta de medidas de resultado {folder}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome instrument file {name} is not UTF-8 text.</source>
        <translation>El archivo de medida de resultado {name} no es texto UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome instrument file {name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>El archivo de medida de resultado {name} no es JSON válido (línea {lineno}, columna {colno}: {msg}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome instrument file {name}: field &apos;id&apos; is &apos;{id}&apos;; the file must be named {id}.json.</source>
        <translation>Archivo de medida de resultado {name}: el campo &apos;id&apos; es &apos;{id}&apos;; el archivo debe llamarse {id}.json.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome instrument file {value}.json is missing from {folder}.</source>
        <translation>Falta el archivo de medida de resultado {value}.json en {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/scrub/language.py" line="+16"/>
        <source>{detail} The scrubber has word lists for {value} only, so this note cannot be scrubbed: export without notes, or set the client&apos;s language.</source>
        <translation>{detail} El depurador solo tiene listas de palabras para {value}, así que esta nota no puede depurarse: exporte sin notas o configure el idioma del paciente.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/validation.py" line="-68"/>
        <location filename="../../src/alliance/services/session_batch.py" line="+53"/>
        <source>Choose the client this session was with.</source>
        <translation>Elija el paciente con quien tuvo lugar esta sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the session date.</source>
        <translation>Introduzca la fecha de la sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the session date as a calendar date, without a time.</source>
        <translation>Introduzca la fecha de la sesión como fecha de calendario, sin hora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session date is in the future; sessions are logged after they happen.</source>
        <translation>La fecha de la sesión está en el futuro; las sesiones se registran después de realizarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session date is before 1950; check the year.</source>
        <translation>La fecha de la sesión es anterior a 1950; revise el año.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration must be a whole number of minutes from {DURATION_MIN} to {DURATION_MAX}.</source>
        <translation>La duración debe ser un número entero de minutos de {DURATION_MIN} a {DURATION_MAX}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modality must be in person, video or phone.</source>
        <translation>La modalidad debe ser presencial, videollamada o teléfono.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nervous-system state must be ventral, sympathetic, dorsal or unclear.</source>
        <translation>El estado del sistema nervioso debe ser ventral, simpático, dorsal o indeterminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is longer than {max:,} characters; shorten it.</source>
        <translation>La nota supera los {max:,} caracteres; acórtela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The corrective experience text is longer than {max:,} characters; shorten it.</source>
        <translation>El texto de la experiencia correctiva supera los {max:,} caracteres; acórtelo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/alliance/services/measures.py" line="+50"/>
        <source>There is no outcome measure called &apos;{instrument_id}&apos;.</source>
        <translation>No existe ninguna medida de resultado llamada &apos;{instrument_id}&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose why the measure was not filled in.</source>
        <translation>Elija por qué no se completó la medida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{short_name} has answers and is marked declined; keep one of the two.</source>
        <translation>{short_name} tiene respuestas y está marcada como rechazada; conserve solo una de las dos opciones.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{short_name} item {number} takes a whole number from {min} to {max}.</source>
        <translation>El ítem {number} de {short_name} admite un número entero de {min} a {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{short_name} item {number} takes a whole number from {min} to {max} in steps of {step}.</source>
        <translation>El ítem {number} de {short_name} admite un número entero de {min} a {max} en pasos de {step}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rupture kind must be withdrawal, confrontation or mixed.</source>
        <translation>El tipo de ruptura debe ser retirada, confrontación o mixta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rupture intensity must be a whole number from {INTENSITY_MIN} to {INTENSITY_MAX}.</source>
        <translation>La intensidad de la ruptura debe ser un número entero de {INTENSITY_MIN} a {INTENSITY_MAX}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These markers do not fit a {value} rupture: {value2}.</source>
        <translation>Estos marcadores no corresponden a una ruptura de tipo {value}: {value2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raised by must be client, therapist or unspoken.</source>
        <translation>“Planteada por” debe ser paciente, terapeuta o nadie (implícita).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rupture note is too long; shorten it.</source>
        <translation>La nota de la ruptura es demasiado larga; acórtela.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution must be a whole number from {RESOLUTION_MIN} to {RESOLUTION_MAX}.</source>
        <translation>La resolución debe ser un número entero de {RESOLUTION_MIN} a {RESOLUTION_MAX}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown repair strategies: {value}.</source>
        <translation>Estrategias de reparación desconocidas: {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the one rupture this repair belongs to.</source>
        <translation>Elija la única ruptura a la que corresponde esta reparación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rupture this repair belongs to is not in this session.</source>
        <translation>La ruptura a la que corresponde esta reparación no está en esta sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repair note is too long; shorten it.</source>
        <translation>La nota de la reparación es demasiado larga; acórtela.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep to {GOALS_MAX} goals at most; merge or remove some.</source>
        <translation>Indique como máximo {GOALS_MAX} objetivos; combine o elimine algunos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A goal can be at most {GOAL_MAX} characters; keep each to a line.</source>
        <translation>Un objetivo puede tener como máximo {GOAL_MAX} caracteres; limite cada uno a una línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The formulation can be at most {max:,} characters.</source>
        <translation>La formulación puede tener como máximo {max:,} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>This field contains an invisible control character; retype it.</source>
        <translation>Este campo contiene un carácter de control invisible; vuelva a escribirlo.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Enter a client code, for example AB-17.</source>
        <translation>Introduzca un código de paciente, por ejemplo AB-17.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client code can be at most {CODE_MAX} characters.</source>
        <translation>El código de paciente puede tener como máximo {CODE_MAX} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client code may use letters, digits, spaces and . - / # only, starting with a letter or digit.</source>
        <translation>El código de paciente solo puede contener letras, dígitos, espacios y . - / #, y debe empezar por una letra o un dígito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field can be at most {TEXT_MAX} characters.</source>
        <translation>Este campo puede tener como máximo {TEXT_MAX} caracteres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address does not look right (name@example.org).</source>
        <translation>La dirección de correo electrónico no parece correcta (nombre@example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the intake date as a calendar date, without a time.</source>
        <translation>Introduzca la fecha de admisión como fecha de calendario, sin hora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The intake date is more than a year ahead; check the year.</source>
        <translation>La fecha de admisión está a más de un año en el futuro; revise el año.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status must be active, paused or discharged.</source>
        <translation>El estado debe ser activo, en pausa o de alta.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/backups.py" line="+67"/>
        <source>The backup {path} was removed again: it could not be recorded in the vault&apos;s audit trail ({exc})</source>
        <translation>La copia de seguridad {path} se eliminó de nuevo: no se pudo anotar en el registro de auditoría de la bóveda ({exc})</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/client_page.py" line="+68"/>
        <location filename="../../src/alliance/services/clients.py" line="+24"/>
        <location filename="../../src/alliance/services/context_events.py" line="+41"/>
        <location filename="../../src/alliance/services/handover.py" line="-100"/>
        <location line="+81"/>
        <location filename="../../src/alliance/services/measures.py" line="+11"/>
        <location filename="../../src/alliance/services/session_form.py" line="+106"/>
        <location filename="../../src/alliance/services/signals.py" line="+3"/>
        <location filename="../../src/alliance/services/timeline.py" line="+91"/>
        <source>This client no longer exists in the vault.</source>
        <translation>Este paciente ya no existe en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/clients.py" line="+18"/>
        <source>A client with the code {value} already exists.</source>
        <translation>Ya existe un paciente con el código {value}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another client already has the code {value}.</source>
        <translation>Otro paciente ya tiene el código {value}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/context_events.py" line="-11"/>
        <source>Choose what kind of event this is.</source>
        <translation>Elija qué tipo de evento es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the label to {CONTEXT_LABEL_MAX} characters; the note of a session holds the rest.</source>
        <translation>Limite la etiqueta a {CONTEXT_LABEL_MAX} caracteres; el resto puede ir en la nota de una sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event cannot be in the future.</source>
        <translation>Un evento no puede estar en el futuro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This event no longer exists in the vault.</source>
        <translation>Este evento ya no existe en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/export.py" line="+47"/>
        <source>This vault has no export key; run &apos;alliance verify&apos;.</source>
        <translation>Esta bóveda no tiene clave de exportación; ejecute &apos;alliance verify&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No client with the code {value}.</source>
        <translation>No hay ningún paciente con el código {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The start of the date range is after its end.</source>
        <translation>El inicio del intervalo de fechas es posterior a su final.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes cannot be scrubbed: {exc} Export without notes, or choose the clients whose notes are in a supported language.</source>
        <translation>No se pueden depurar las notas: {exc} Exporte sin notas o elija los pacientes cuyas notas estén en un idioma compatible.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing was written: the export could not be recorded in the vault&apos;s audit trail. {reason}</source>
        <translation>No se escribió nada: no se pudo registrar la exportación en el registro de auditoría de la bóveda. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written to {path}: the export could not be recorded in the vault&apos;s audit trail. {reason}</source>
        <translation>No se escribió nada en {path}: no se pudo registrar la exportación en el registro de auditoría de la bóveda. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export {path}</source>
        <translation>La exportación {path}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The note of this export in the per-user state folder</source>
        <translation>La anotación de esta exportación en la carpeta de estado del usuario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no client to print a report for.</source>
        <translation>No hay ningún paciente para el que imprimir un informe.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/importer.py" line="+265"/>
        <source>No unresolved rupture in a session on {value} for this client: check the date, or log that session first.</source>
        <translation>Este paciente no tiene ninguna ruptura sin resolver en una sesión del {value}: revise la fecha o registre antes esa sesión.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/measures.py" line="-8"/>
        <source>Every N weeks needs N from 1 to 52.</source>
        <translation>«Cada N semanas» requiere un N de 1 a 52.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each measure can be scheduled once.</source>
        <translation>Cada medida solo puede programarse una vez.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/search.py" line="+24"/>
        <source>Type a word to search the notes for.</source>
        <translation>Escriba una palabra para buscarla en las notas.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/session_batch.py" line="+82"/>
        <source>The rupture this repair belongs to no longer exists.</source>
        <translation>La ruptura a la que pertenece esta reparación ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A repair must belong to a rupture of the same client.</source>
        <translation>Una reparación debe pertenecer a una ruptura del mismo paciente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A repair cannot come before its rupture (noticed in session {number} on {value}). Check the date.</source>
        <translation>Una reparación no puede ser anterior a su ruptura (observada en la sesión {number} del {value}). Revise la fecha.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/session_form.py" line="-11"/>
        <location filename="../../src/alliance/services/sessions.py" line="+53"/>
        <location line="+99"/>
        <location line="+22"/>
        <source>This session no longer exists in the vault.</source>
        <translation>Esta sesión ya no existe en la bóveda.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/sessions.py" line="-119"/>
        <source>A logged session cannot be moved to another client.</source>
        <translation>Una sesión registrada no puede trasladarse a otro paciente.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>A rupture from this session was repaired in session {later}; delete or edit that repair first.</source>
        <translation>Una ruptura de esta sesión se reparó en la sesión {later}; elimine o edite antes esa reparación.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This rupture belongs to another session.</source>
        <translation>Esta ruptura pertenece a otra sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This repair belongs to another session.</source>
        <translation>Esta reparación pertenece a otra sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rupture you removed was repaired in session {later}; remove that repair first.</source>
        <translation>Una ruptura que usted eliminó se reparó en la sesión {later}; elimine antes esa reparación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rupture from this session was repaired in session {number} on {rdate}; the session date cannot move after that.</source>
        <translation>Una ruptura de esta sesión se reparó en la sesión {number} del {rdate}; la fecha de la sesión no puede ser posterior.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/trash.py" line="+70"/>
        <source>This session is no longer in the trash.</source>
        <translation>Esta sesión ya no está en la papelera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This session cannot be restored:</source>
        <translation>No se puede restaurar esta sesión:</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/backup.py" line="+178"/>
        <source>The backup could not be written into {root} ({value}); the vault itself is unchanged.</source>
        <translation>No se pudo escribir la copia de seguridad en {root} ({value}); la bóveda no ha cambiado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its database was written unencrypted</source>
        <translation>su base de datos se escribió sin cifrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup did not verify after writing ({exc}) and was removed. The vault itself may be damaged: run `alliance verify`.</source>
        <translation>La copia de seguridad no superó la verificación tras escribirse ({exc}) y se eliminó. Es posible que la propia bóveda esté dañada: ejecute `alliance verify`.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written into {root} ({value}); nothing of it was kept, and the vault itself is unchanged.</source>
        <translation>No se pudo escribir la copia de seguridad en {root} ({value}); no se conservó nada de ella y la bóveda no ha cambiado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>The vault could not be backed up first ({value}); nothing was changed.</source>
        <translation>No se pudo hacer antes una copia de seguridad de la bóveda ({value}); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its database cannot be read: {value}</source>
        <translation>su base de datos no se puede leer: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database is not encrypted</source>
        <translation>su base de datos no está cifrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/alliance/store/restore.py" line="+243"/>
        <location line="+45"/>
        <source>its database does not open with its key</source>
        <translation>su base de datos no se abre con su clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pages of its database fail authentication</source>
        <translation>hay páginas de su base de datos que no superan la autenticación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database fails the structure check</source>
        <translation>su base de datos no supera la comprobación de estructura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its database belongs to another vault than its key file</source>
        <translation>su base de datos pertenece a una bóveda distinta de la de su archivo de claves</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its database cannot be read ({name__})</source>
        <translation>su base de datos no se puede leer ({name__})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The backups folder ({root}) is a symbolic link, so no backup was written through it. Replace it with a plain folder.</source>
        <translation>La carpeta de copias de seguridad ({root}) es un enlace simbólico, por lo que no se escribió ninguna copia a través de ella. Sustitúyala por una carpeta normal.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/engine.py" line="+97"/>
        <location line="+38"/>
        <source>The vault database (alliance.db) is cut short. Restore the vault from a backup.</source>
        <translation>La base de datos de la bóveda (alliance.db) está truncada. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/errors.py" line="+13"/>
        <source>The vault could not be opened.</source>
        <translation>No se pudo abrir la bóveda.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>La frase de contraseña no es correcta. Compruebe Bloq Mayús y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key is not correct. Check it against the copy you stored.</source>
        <translation>La clave de recuperación no es correcta. Compárela con la copia que guardó.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file (keys.json) is damaged or has been altered. Restore the vault from a backup.</source>
        <translation>El archivo de claves (keys.json) está dañado o ha sido alterado. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file (keys.json) asks for an unsafe key-derivation cost and was refused. It may have been tampered with; restore the vault from a backup.</source>
        <translation>El archivo de claves (keys.json) pide un coste de derivación de clave no seguro y se rechazó. Puede haber sido manipulado; restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vault database (alliance.db) is damaged or does not belong to this key file. Restore the vault from a backup.</source>
        <translation>La base de datos de la bóveda (alliance.db) está dañada o no corresponde a este archivo de claves. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A file in the vault folder is not a plain file (a symbolic link, a FIFO, a device or a hard link), so Alliance refused to use the vault.</source>
        <translation>Un archivo de la carpeta de la bóveda no es un archivo normal (es un enlace simbólico, un FIFO, un dispositivo o un enlace físico), por lo que Alliance se negó a usar la bóveda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This vault is open in another Alliance window or command. Close it and try again.</source>
        <translation>Esta bóveda está abierta en otra ventana o comando de Alliance. Ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This vault was saved by a newer version of Alliance. Install the newer version to open it.</source>
        <translation>Esta bóveda se guardó con una versión más reciente de Alliance. Instale esa versión para abrirla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no vault in this folder.</source>
        <translation>No hay ninguna bóveda en esta carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A vault already exists in this folder; it was left untouched.</source>
        <translation>Ya existe una bóveda en esta carpeta; no se ha modificado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be written; the vault itself is unchanged.</source>
        <translation>No se pudo escribir la copia de seguridad; la bóveda no ha cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is damaged or incomplete and was not restored; the vault is unchanged.</source>
        <translation>La copia de seguridad está dañada o incompleta y no se restauró; la bóveda no ha cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no backup there: a backup is a folder holding alliance.db and keys.json.</source>
        <translation>Ahí no hay ninguna copia de seguridad: una copia de seguridad es una carpeta que contiene alliance.db y keys.json.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The disk reported an error while reading or writing the vault; nothing was saved. Check the disk and try again.</source>
        <translation>El disco notificó un error al leer o escribir la bóveda; no se guardó nada. Revise el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk holding the vault is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco de la bóveda está lleno, por lo que no se guardó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alliance cannot use the vault folder: the disk is read-only, or this user lacks permission to the folder or its files. Nothing was changed.</source>
        <translation>Alliance no puede usar la carpeta de la bóveda: el disco es de solo lectura o este usuario no tiene permiso sobre la carpeta o sus archivos. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is not enough free memory to unlock the vault. Close other programs and try again.</source>
        <translation>No hay suficiente memoria libre para desbloquear la bóveda. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full: {what} could not be written, so nothing was changed. Free some space and try again.</source>
        <translation>El disco está lleno: no se pudo escribir {what}, por lo que no se cambió nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} could not be written: the disk is read-only, or this user lacks permission to the folder. Nothing was changed.</source>
        <translation>No se pudo escribir {what}: el disco es de solo lectura o este usuario no tiene permiso sobre la carpeta. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} could not be written ({value}); nothing was changed.</source>
        <translation>No se pudo escribir {what} ({value}); no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/files.py" line="+28"/>
        <source>{what} is not a regular file (it is a symbolic link, a FIFO, a device, a folder or a hard link), so Alliance refused to use it. Someone may have tampered with the vault folder; restore it from a backup.</source>
        <translation>{what} no es un archivo normal (es un enlace simbólico, un FIFO, un dispositivo, una carpeta o un enlace duro), por lo que Alliance se negó a usarlo. Es posible que alguien haya manipulado la carpeta de la bóveda; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a FIFO (named pipe)</source>
        <translation>es un FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device</source>
        <translation>es un dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a socket</source>
        <translation>es un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has {links} hard links (it is also a file elsewhere)</source>
        <translation>tiene {links} enlaces duros (el archivo también está en otro lugar)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault folder {folder} {reason}, so Alliance refused to use it. Open the folder it points to, or restore the vault from a backup.</source>
        <translation>La carpeta de la bóveda {folder} {reason}, por lo que Alliance se negó a usarla. Abra la carpeta a la que apunta o restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in the vault folder {folder} {reason}, so Alliance refused to open or write it. Someone may have tampered with the vault folder: remove {name} if you know why it is there (for .lock that is always safe while Alliance is closed), or restore the vault from a backup.</source>
        <translation>{name} en la carpeta de la bóveda {folder} {reason}, por lo que Alliance se negó a abrirlo o escribirlo. Es posible que alguien haya manipulado la carpeta de la bóveda: elimine {name} si sabe por qué está ahí (con .lock siempre es seguro mientras Alliance esté cerrado) o restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/instance_lock.py" line="+105"/>
        <source>The lock file ({path}) {reason}, so Alliance refused to open or write it. Remove it while Alliance is closed; it is made again.</source>
        <translation>El archivo de bloqueo ({path}) {reason}, por lo que Alliance se negó a abrirlo o escribirlo. Elimínelo mientras Alliance esté cerrado; se volverá a crear.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The lock file ({path})</source>
        <translation>El archivo de bloqueo ({path})</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/kdf.py" line="+94"/>
        <source>The key file (keys.json) asks for more key-derivation work than this version of Alliance spends on one attempt, so the passphrase was not tried. If an earlier Alliance made this vault on a fast computer, open it with its recovery key (`alliance recover`, or &quot;Use the recovery key&quot; in the app): that sets a new passphrase at a cost this version accepts.</source>
        <translation>El archivo de claves (keys.json) pide más trabajo de derivación de clave del que esta versión de Alliance dedica a un intento, por lo que no se probó la frase de contraseña. Si una versión anterior de Alliance creó esta bóveda en un equipo rápido, ábrala con su clave de recuperación (`alliance recover` o &quot;Usar la clave de recuperación&quot; en la aplicación): así definirá una nueva frase de contraseña con un coste que esta versión acepta.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/keys.py" line="+187"/>
        <source>The key file (keys.json) has a format this version of Alliance does not know.</source>
        <translation>El archivo de claves (keys.json) tiene un formato que esta versión de Alliance no reconoce.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The key file ({name})</source>
        <translation>El archivo de claves ({name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file (keys.json) is missing. Restore the vault from a backup.</source>
        <translation>Falta el archivo de claves (keys.json). Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file ({path}) could not be read ({value}).</source>
        <translation>No se pudo leer el archivo de claves ({path}) ({value}).</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/mark.py" line="+104"/>
        <source>The vault&apos;s high-water mark ({what}) is damaged or has been altered. Restore the vault from a backup.</source>
        <translation>La marca de nivel máximo de la bóveda ({what}) está dañada o ha sido alterada. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/restore.py" line="-212"/>
        <source>There is no backup at {folder}: a backup is a folder holding {DB_NAME} and {KEYS_NAME}.</source>
        <translation>No hay ninguna copia de seguridad en {folder}: una copia de seguridad es una carpeta que contiene {DB_NAME} y {KEYS_NAME}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is incomplete: its {missing} is missing. Nothing was restored.</source>
        <translation>La copia de seguridad está incompleta: falta el archivo {missing}. No se restauró nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup&apos;s key file (keys.json) is damaged or has been altered. Nothing was restored.</source>
        <translation>El archivo de claves de la copia de seguridad (keys.json) está dañado o ha sido alterado. No se restauró nada.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The restored vault did not open ({exc}); the vault as it was has been put back.</source>
        <translation>La bóveda restaurada no se abrió ({exc}); se ha devuelto la bóveda a su estado anterior.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The vault is open: lock it before restoring a backup into it.</source>
        <translation>La bóveda está abierta: bloquéela antes de restaurar en ella una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This backup was made by a newer version of Alliance. Install that version to restore it; nothing was restored.</source>
        <translation>Esta copia de seguridad se creó con una versión más reciente de Alliance. Instale esa versión para restaurarla; no se restauró nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged ({exc}) and was not restored; the vault is unchanged.</source>
        <translation>La copia de seguridad está dañada ({exc}) y no se restauró; la bóveda no ha cambiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be copied into the vault folder ({value}); the vault is unchanged.</source>
        <translation>No se pudo copiar la copia de seguridad en la carpeta de la bóveda ({value}); la bóveda no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/vault.py" line="+183"/>
        <source>The vault database (alliance.db) is missing. Restore the vault from a backup.</source>
        <translation>Falta la base de datos de la bóveda (alliance.db). Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{value} page(s) of the vault database (alliance.db) fail their authentication check: it is damaged or was altered. Restore the vault from a backup.</source>
        <translation>{value} página(s) de la base de datos de la bóveda (alliance.db) no superan la comprobación de autenticación: está dañada o fue alterada. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This vault needs an upgrade, which waits for a backup first: {exc}</source>
        <translation>Esta bóveda necesita una actualización, que espera a que antes se haga una copia de seguridad: {exc}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault&apos;s high-water mark ({MARK_NAME}) is missing, so Alliance cannot tell whether recent changes were lost. Restore the newest backup.</source>
        <translation>Falta la marca de nivel máximo de la bóveda ({MARK_NAME}), por lo que Alliance no puede saber si se perdieron cambios recientes. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The vault is damaged: its audit trail does not match the vault&apos;s high-water mark, so the database was altered. Restore the newest backup.</source>
        <translation>La bóveda está dañada: su registro de auditoría no coincide con la marca de nivel máximo de la bóveda, por lo que la base de datos fue alterada. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The key file (keys.json) belongs to another vault than this database.</source>
        <translation>El archivo de claves (keys.json) pertenece a una bóveda distinta de la de esta base de datos.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new key file ({path})</source>
        <translation>El nuevo archivo de claves ({path})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file ({path})</source>
        <translation>El archivo de claves ({path})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/blank_form.py" line="+24"/>
        <source>Name: ______________________________      Date: ________________</source>
        <translation>Nombre: ______________________________      Fecha: ________________</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{form} · page {page} of {pages}</source>
        <translation>{form} · página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/scrub/lexicon.py" line="+17"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="+146"/>
        <source>About Alliance</source>
        <translation>Acerca de Alliance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Track the therapeutic relationship: ratings, ruptures and repairs, in an encrypted vault on this computer. Nothing leaves it unless you export it; the app never uses the network.&lt;/p&gt;&lt;p&gt;Copyright © the Alliance developers.&lt;/p&gt;&lt;p&gt;Alliance is free software: you can redistribute it and modify it under the terms of the GNU Lesser General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. The licence texts are in the next tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Haga un seguimiento de la relación terapéutica: valoraciones, rupturas y reparaciones, en una bóveda cifrada en este equipo. Nada sale de él a menos que usted lo exporte; la aplicación nunca usa la red.&lt;/p&gt;&lt;p&gt;Copyright © los desarrolladores de Alliance.&lt;/p&gt;&lt;p&gt;Alliance es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General Reducida de GNU (GNU LGPL) publicada por la Free Software Foundation, ya sea la versión 3 de la Licencia o (a su elección) cualquier versión posterior. Se distribuye con la esperanza de que sea útil, pero SIN NINGUNA GARANTÍA; ni siquiera la garantía implícita de COMERCIABILIDAD o IDONEIDAD PARA UN FIN DETERMINADO. Los textos de la licencia están en la pestaña siguiente.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-party notices</source>
        <translation>Avisos de &amp;terceros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full notices</source>
        <translation>Avisos &amp;completos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full notices</source>
        <translation>Avisos completos</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/acknowledge_dialog.py" line="+35"/>
        <source>Addressed in session</source>
        <translation>Abordada en la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed in supervision</source>
        <translation>Comentada en supervisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected at this stage of therapy</source>
        <translation>Esperable en esta fase de la terapia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not clinically relevant</source>
        <translation>Sin relevancia clínica</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Acknowledge alert — {code}</source>
        <translation>Confirmar alerta — {code}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why it no longer needs a reminder</source>
        <translation>Por qué ya no necesita recordatorio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Kept in the vault; the audit log records only the reason.</source>
        <translation>Opcional. Se guarda en la bóveda; el registro de auditoría solo anota el motivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An acknowledged alert stops showing; a new fall or rupture raises a new one. It stays in the client&apos;s past alerts with your reason.</source>
        <translation>Una alerta confirmada deja de mostrarse; una nueva caída o ruptura genera otra. Queda en las alertas anteriores del paciente, con su motivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not acknowledged</source>
        <translation>No se confirmó</translation>
    </message>
</context>
<context>
    <name>AlertsStrip</name>
    <message>
        <location filename="../../src/alliance/ui/client/alerts_strip.py" line="+40"/>
        <source>Alerts and prompts</source>
        <translation>Alertas y sugerencias</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why am I seeing this? The rule, this client&apos;s usual level and the sessions</source>
        <translation>¿Por qué veo esto? La regla, el nivel habitual de este paciente y las sesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen, with a reason, so it stops showing</source>
        <translation>Marcar como vista, con un motivo, para que deje de mostrarse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n más…</numerusform>
            <numerusform>%n más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Past alerts and prompts (%n)…</source>
        <translation>
            <numerusform>Alertas y sugerencias anteriores (%n)…</numerusform>
            <numerusform>Alertas y sugerencias anteriores (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why am I seeing this: {title}</source>
        <translation>Por qué veo esto: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge alert: {title}</source>
        <translation>Confirmar alerta: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Sugerencia</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/audit_log_window.py" line="+81"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search details, e.g. format: pdf</source>
        <translation>Buscar en los detalles, p. ej. format: pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the details</source>
        <translation>Buscar en los detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action</source>
        <translation>Acc&amp;ión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;ecord</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every unlock, change, export, backup and restore is recorded here, each event sealed to the one before it. Details never hold clinical text.</source>
        <translation>Cada desbloqueo, cambio, exportación, copia de seguridad y restauración se registra aquí, y cada evento queda sellado al anterior. Los detalles nunca contienen texto clínico.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audit trail could not be read: {error}</source>
        <translation>No se pudo leer el registro de auditoría: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} events shown, newest first.</source>
        <translation>{n} eventos mostrados, los más recientes primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {n} events match the search.</source>
        <translation>{shown} de {n} eventos coinciden con la búsqueda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail could not be checked: {error}</source>
        <translation>No se pudo verificar el registro de auditoría: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail intact — {n} events, each sealed to the one before it.</source>
        <translation>Registro de auditoría íntegro — {n} eventos, cada uno sellado al anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail has been altered or damaged:</source>
        <translation>El registro de auditoría ha sido alterado o está dañado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more.</source>
        <translation>… y {n} más.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location line="-186"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/backups_dialog.py" line="+291"/>
        <source>The disk reported an error: {reason}</source>
        <translation>El disco notificó un error: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-219"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alliance backs the vault up when you unlock it once a day, and before every upgrade, keeping 14 daily and 8 weekly backups. Each is encrypted like the vault, checked after writing, and opens with the passphrase the vault had when it was made.</source>
        <translation>Alliance hace una copia de seguridad de la bóveda la primera vez que la desbloquea cada día y antes de cada actualización, y conserva 14 copias diarias y 8 semanales. Cada una se cifra como la bóveda, se verifica tras escribirse y se abre con la frase de contraseña que tenía la bóveda cuando se creó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There are no backups yet. Back up now to make the first one.</source>
        <translation>Aún no hay copias de seguridad. Haga una copia ahora para crear la primera.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Backing up the vault…</source>
        <translation>Haciendo copia de seguridad de la bóveda…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written and verified: {clients}, {sessions}.</source>
        <translation>Copia de seguridad escrita y verificada: {clients}, {sessions}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rotation removed 1 older backup (one is kept per day for 14 days, then one per week).</source>
        <translation>La rotación eliminó 1 copia antigua (se conserva una por día durante 14 días y luego una por semana).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rotation removed {n} older backups (one is kept per day for 14 days, then one per week).</source>
        <translation>La rotación eliminó {n} copias antiguas (se conserva una por día durante 14 días y luego una por semana).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault will be replaced by the backup made {when}.

First, Alliance keeps the vault as it is now as another backup (“before a restore”), so nothing is lost. Then it locks: unlock with the passphrase the vault had when this backup was made.</source>
        <translation>La bóveda se sustituirá por la copia de seguridad creada el {when}.

Antes, Alliance guarda la bóveda en su estado actual como otra copia (“antes de una restauración”), para que no se pierda nada. Después se bloquea: desbloquéela con la frase de contraseña que tenía la bóveda cuando se creó esta copia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase the vault had on {when}:</source>
        <translation>La frase de contraseña que tenía la bóveda el {when}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the passphrase…</source>
        <translation>Comprobando la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vault as it was is kept as the backup made {when}.</source>
        <translation>La bóveda tal como estaba se conserva como la copia de seguridad creada el {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is restored: {clients}, {sessions}.{kept}

Alliance locks now. Unlock with the passphrase the vault had when the backup was made.</source>
        <translation>Se ha restaurado la copia de seguridad: {clients}, {sessions}.{kept}

Alliance se bloquea ahora. Desbloquee con la frase de contraseña que tenía la bóveda cuando se creó la copia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error}

The vault was closed for the restore; Alliance locks now. Unlock it as before.</source>
        <translation>{error}

La bóveda se cerró para la restauración; Alliance se bloquea ahora. Desbloquéela como antes.</translation>
    </message>
</context>
<context>
    <name>BlankFormDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/blank_forms.py" line="+20"/>
        <source>Blank paper form</source>
        <translation>Formulario en blanco para papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A blank form to fill in on paper: no client&apos;s name or data is printed on it.</source>
        <translation>Un formulario en blanco para rellenar en papel: no lleva impreso el nombre ni los datos de ningún paciente.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sent to the printer (pages: %n).</source>
        <translation>
            <numerusform>Enviado a la impresora (páginas: %n).</numerusform>
            <numerusform>Enviado a la impresora (páginas: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the blank form</source>
        <translation>Guardar el formulario en blanco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form could not be written to %1: %2. Choose another folder.</source>
        <translation>No se pudo guardar el formulario en %1: %2. Elija otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Written: %1 (pages: %n).</source>
        <translation>
            <numerusform>Guardado: %1 (páginas: %n).</numerusform>
            <numerusform>Guardado: %1 (páginas: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../src/alliance/ui/caseload/caseload_model.py" line="+46"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ruptures</source>
        <translation>Rupturas abiertas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alliance index over the last sessions</source>
        <translation>Índice de alianza en las últimas sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction of the alliance index over the last six sessions</source>
        <translation>Dirección del índice de alianza en las últimas seis sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance index of the latest session</source>
        <translation>Índice de alianza de la sesión más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest outcome measure and its change since the first one</source>
        <translation>La medida de resultado más reciente y su cambio desde la primera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures not yet resolved by a repair</source>
        <translation>Rupturas aún no resueltas mediante una reparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by need of attention: open ruptures first, then declining alliances, drops, SRS and perspective gaps</source>
        <translation>Ordenado por necesidad de atención: primero rupturas abiertas, luego alianzas en descenso, caídas, SRS y discrepancias de perspectiva</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{n} · {title}</source>
        <translation>{n} · {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not judged yet</source>
        <translation>aún sin evaluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough sessions for a trend</source>
        <translation>no hay sesiones suficientes para una tendencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking the alert rules</source>
        <translation>comprobando las reglas de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no alerts</source>
        <translation>sin alertas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{words}: {slope} per session over the last sessions</source>
        <translation>{words}: {slope} por sesión en las últimas sesiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, session {n}: {change}{recovered}</source>
        <translation>{name}, sesión {n}: {change}{recovered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, recovered</source>
        <translation>, recuperado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking this client&apos;s whole history against the alert rules…</source>
        <translation>Comprobando todo el historial de este paciente con las reglas de alerta…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reason given: {why}.</source>
        <translation>Motivo indicado: {why}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no sessions yet</source>
        <translation>aún no hay sesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alliance index of the last {n} sessions: {values}</source>
        <translation>Índice de alianza de las últimas {n} sesiones: {values}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/alliance/ui/caseload/caseload_page.py" line="+180"/>
        <source>Re-&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>· Your predictions: off by %1 points on average (check-ins counted: %n)</source>
        <translation>
            <numerusform>· Sus predicciones: desviación media de %1 puntos (check-ins contados: %n)</numerusform>
            <numerusform>· Sus predicciones: desviación media de %1 puntos (check-ins contados: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} de {total} pacientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} with alerts</source>
        <translation> · {n} con alertas</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not changed</source>
        <translation>No se cambió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is now {status}; choose “{filter}” to see it.</source>
        <translation>{code} ahora está {status}; elija “{filter}” para verlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alert acknowledged.</source>
        <translation>Alerta confirmada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} alerts acknowledged.</source>
        <translation>{n} alertas confirmadas.</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../src/alliance/ui/caseload/caseload_view.py" line="+28"/>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and paused</source>
        <translation>Activos y en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>De alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clients</source>
        <translation>Todos los pacientes</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+41"/>
        <source>Caseload</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ale&amp;rts only</source>
        <translation>&amp;Solo alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only clients with an alert you have not acknowledged</source>
        <translation>Mostrar solo pacientes con una alerta que usted no ha confirmado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before handing the computer over you may predict the client&apos;s check-in answers. This is how far off those predictions were on average (points on the 0-10 scale), over your last 10 predicted check-ins.</source>
        <translation>Antes de pasar el equipo al paciente, puede predecir sus respuestas del check-in. Esto indica cuánto se desviaron de media esas predicciones (puntos en la escala de 0-10) en sus últimos 10 check-ins predichos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by code or name</source>
        <translation>Buscar por código o nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients by code or name</source>
        <translation>Buscar pacientes por código o nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clients with status</source>
        <translation>Mostrar pacientes con el estado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log session…</source>
        <translation>&amp;Registrar sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;knowledge alert…</source>
        <translation>&amp;Confirmar alerta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected client&apos;s alerts as seen, with a reason</source>
        <translation>Marcar como vistas las alertas del paciente seleccionado, con un motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discharge</source>
        <translation>&amp;Dar de alta</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/client_dialog.py" line="+40"/>
        <source>Edit client</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short label, e.g. AB-17</source>
        <translation>Una etiqueta breve, p. ej. AB-17</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Names of partners, relatives… (removed from exports)</source>
        <translation>Nombres de la pareja, familiares… (se eliminan de las exportaciones)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake date</source>
        <translation>Fecha de admisión</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the code is required. Name and contact details never leave the vault in de-identified exports.</source>
        <translation>Solo el código es obligatorio. El nombre y los datos de contacto nunca salen de la bóveda en las exportaciones desidentificadas.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../src/alliance/ui/client/client_page.py" line="+186"/>
        <source>Intake {date} · {n} sessions</source>
        <translation>Admisión {date} · {n} sesiones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No goals yet: Edit goals… sets them.</source>
        <translation>Aún no hay objetivos: use Editar objetivos… para definirlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formulation</source>
        <translation>Formulación</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Event: {kind}</source>
        <translation>Evento: {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ruptures logged yet.</source>
        <translation>Aún no se han registrado rupturas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} · intensity {n} · raised by {who}</source>
        <translation>{kind} · intensidad {n} · planteada por: {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair, resolution {n}/5</source>
        <translation>Reparación, resolución {n}/5</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../src/alliance/ui/client/client_view.py" line="+51"/>
        <source>Caseload</source>
        <translation>Lista de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the caseload</source>
        <translation>Volver a la lista de casos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edi&amp;t client…</source>
        <translation>Edi&amp;tar paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measures…</source>
        <translation>&amp;Medidas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which outcome measures this client is asked for, and how often</source>
        <translation>Qué medidas de resultado se piden a este paciente y con qué frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;event…</source>
        <translation>Añadir &amp;evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A life event, medication change, absence, change of setting or phase, drawn on the charts</source>
        <translation>Un acontecimiento vital, cambio de medicación, ausencia, cambio de encuadre o de fase, que se marca en los gráficos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand &amp;over…</source>
        <translation>&amp;Pasar al paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the computer to the client for a check-in (Ctrl+Shift+H)</source>
        <translation>Pasar el equipo al paciente para un check-in (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;session…</source>
        <translation>Registrar &amp;sesión…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the timeline as</source>
        <translation>Mostrar la cronología como</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Timeline table: one row per session</source>
        <translation>Tabla de la cronología: una fila por sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the timeline</source>
        <translation>Cargando la cronología</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+54"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>O&amp;pen session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rupture / repair</source>
        <translation>Ruptura / reparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Ruptures and repairs</source>
        <translation>Rupturas y reparaciones</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Edit &amp;goals…</source>
        <translation>Editar &amp;objetivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s treatment goals and a short formulation</source>
        <translation>Los objetivos terapéuticos del paciente y una breve formulación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment goals and formulation</source>
        <translation>Objetivos terapéuticos y formulación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/client_window.py" line="+44"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read the questions aloud</source>
        <translation>Leer las preguntas en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read each question and its answers to the client, and click the answer they give. The answers go into the session form when you finish.</source>
        <translation>Lea en voz alta al paciente cada pregunta y sus respuestas, y haga clic en la respuesta que dé. Las respuestas pasan al formulario de sesión al terminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A few questions for you</source>
        <translation>Unas preguntas para usted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers go to your therapist&apos;s private, encrypted record on this computer. There are no right or wrong answers, and you can skip any question.</source>
        <translation>Sus respuestas se guardan en el registro privado y cifrado de su terapeuta en este equipo. No hay respuestas correctas ni incorrectas, y puede omitir cualquier pregunta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All questions asked</source>
        <translation>Se han hecho todas las preguntas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The answers go into the session form.</source>
        <translation>Las respuestas pasan al formulario de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put into the session</source>
        <translation>&amp;Incorporar a la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have finished. Please hand the computer back to your therapist.</source>
        <translation>Ha terminado. Por favor, devuelva el equipo a su terapeuta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand back</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A+  &amp;Larger text</source>
        <translation>A+  &amp;Texto más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Your answers over time</source>
        <translation>Sus respuestas a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+18"/>
        <source>1 client</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} clients</source>
        <translation>{n} pacientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/alliance/ui/first_run/create_vault_dialog.py" line="+67"/>
        <source>The vault could not be created: {error}</source>
        <translation>No se pudo crear la bóveda: {error}</translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <location filename="../../src/alliance/ui/first_run/create_vault_view.py" line="+28"/>
        <source>Create your vault</source>
        <translation>Cree su bóveda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your vault is encrypted with a key made from this passphrase. Nobody, including the makers of Alliance, can open the vault without it or the recovery key you will see next.</source>
        <translation>Su bóveda se cifra con una clave derivada de esta frase de contraseña. Nadie, ni siquiera los creadores de Alliance, puede abrir la bóveda sin ella o sin la clave de recuperación que verá a continuación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the vault</source>
        <translation>Creación de la bóveda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating your vault…</source>
        <translation>Creando su bóveda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deriving the encryption key from your passphrase. This takes a moment on purpose: it makes guessing the passphrase slow for anyone else.</source>
        <translation>Derivando la clave de cifrado a partir de su frase de contraseña. Esto tarda un momento a propósito: así, adivinar la frase de contraseña resulta lento para cualquier otra persona.</translation>
    </message>
</context>
<context>
    <name>CriticalSessionDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/critical_session_dialog.py" line="+19"/>
        <source>Critical session {n} — {code}</source>
        <translation>Sesión crítica {n} — {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note for this session.</source>
        <translation>No hay nota para esta sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Rupture: {kind}, intensity {n}</source>
        <translation>Ruptura: {kind}, intensidad {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair: resolution {r}/5</source>
        <translation>Reparación: resolución {r}/5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrective experience: {text}</source>
        <translation>Experiencia correctiva: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rupture, repair or corrective experience was logged in this session.</source>
        <translation>No se registró ninguna ruptura, reparación ni experiencia correctiva en esta sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ruptures, repairs and corrective experience</source>
        <translation>Rupturas, reparaciones y experiencia correctiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ruptures, repairs, corrective experience</source>
        <translation>Rupturas, reparaciones, experiencia correctiva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session {n}, {date}: the session before a sudden gain. What happened in it may have helped.</source>
        <translation>Sesión {n}, {date}: la sesión previa a una ganancia súbita. Lo que ocurrió en ella puede haber ayudado.</translation>
    </message>
</context>
<context>
    <name>EarlierRupture</name>
    <message>
        <location filename="../../src/alliance/ui/session/rupture_editors.py" line="+186"/>
        <source>Session {n}, {date}: {kind}, intensity {i} — {status}</source>
        <translation>Sesión {n}, {date}: {kind}, intensidad {i} — {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a re&amp;pair of this rupture in this session</source>
        <translation>Registrar una re&amp;paración de esta ruptura en esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a repair of the rupture from session {n}</source>
        <translation>Registrar una reparación de la ruptura de la sesión {n}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/event_dialog.py" line="+33"/>
        <source>Add an event — {code}</source>
        <translation>Añadir un evento — {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A few words, e.g. “started sertraline”</source>
        <translation>Unas pocas palabras, p. ej. “inicio de sertralina”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events are drawn on the client&apos;s charts. The label stays out of de-identified exports unless notes are scrubbed.</source>
        <translation>Los eventos se muestran en los gráficos del paciente. La etiqueta queda fuera de las exportaciones desidentificadas salvo que las notas se depuren.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event not saved</source>
        <translation>Evento no guardado</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/alliance/ui/export/export_dialog.py" line="-238"/>
        <source>Tick at least one client.</source>
        <translation>Marque al menos un paciente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one status.</source>
        <translation>Marque al menos un estado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The start of the date range is after its end.</source>
        <translation>El inicio del intervalo de fechas es posterior a su final.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First page of the report, as it will be written. {counts}</source>
        <translation>Primera página del informe, tal como se escribirá. {counts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first lines of the file, as they will be written. {counts}</source>
        <translation>Las primeras líneas del archivo, tal como se escribirán. {counts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fresh pseudonyms are drawn anew for the file, so they will differ from these.</source>
        <translation>Para el archivo se generan seudónimos nuevos, por lo que serán distintos de estos.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the export…</source>
        <translation>Escribiendo la exportación…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Wrote {name} in {folder}: {clients}, {sessions}.</source>
        <translation>Se guardó {name} en {folder}: {clients}, {sessions}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows} data rows.</source>
        <translation>{rows} filas de datos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It includes {n} scrubbed notes. Read every note before sharing it: no scrubber is perfect.</source>
        <translation>Incluye {n} notas depuradas. Lea cada nota antes de compartirla: ningún depurador es perfecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes are included.</source>
        <translation>No se incluye ninguna nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export written</source>
        <translation>Exportación guardada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was not written</source>
        <translation>No se escribió la exportación</translation>
    </message>
</context>
<context>
    <name>ExportDialogView</name>
    <message>
        <location filename="../../src/alliance/ui/export/export_dialog_view.py" line="+52"/>
        <source>Export de-identified data</source>
        <translation>Exportar datos desidentificados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview of the first lines</source>
        <translation>Vista previa de las primeras líneas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client codes, names and contact details never leave the vault in an export. Choose what to include, check the preview, then choose where to save.</source>
        <translation>Los códigos, nombres y datos de contacto de los pacientes nunca salen de la bóveda en una exportación. Elija qué incluir, revise la vista previa y luego elija dónde guardar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;One client</source>
        <translation>&amp;Un paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Several clients</source>
        <translation>&amp;Varios pacientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole caseload</source>
        <translation>&amp;Toda la lista de casos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Filter clients</source>
        <translation>Filtrar pacientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients to export</source>
        <translation>Pacientes para exportar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ac&amp;tive</source>
        <translation>&amp;Activos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;aused</source>
        <translation>En &amp;pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc&amp;harged</source>
        <translation>Dados de a&amp;lta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only sessions &amp;between</source>
        <translation>Solo sesiones ent&amp;re</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV — one row per measure (long, for R, SPSS, pandas)</source>
        <translation>CSV — una fila por medida (formato largo, para R, SPSS, pandas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — one row per session (wide)</source>
        <translation>CSV — una fila por sesión (formato ancho)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON — sessions, episodes and alerts</source>
        <translation>JSON — sesiones, episodios y alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report — supervision (one client) or caseload</source>
        <translation>Informe PDF — supervisión (un paciente) o lista de casos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Page size</source>
        <translation>Tamaño de pá&amp;gina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read every note before sharing this export. The scrubber replaces the names, places, dates, phone numbers and other identifiers it recognises, but no scrubber is perfect.</source>
        <translation>Lea cada nota antes de compartir esta exportación. El depurador reemplaza los nombres, lugares, fechas, números de teléfono y otros identificadores que reconoce, pero ningún depurador es perfecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can scrub notes written in {languages}; a note in another language stops the export with a message.</source>
        <translation>Puede depurar notas escritas en {languages}; una nota en otro idioma detiene la exportación con un mensaje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De-identification</source>
        <translation>Desidentificación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days since each client&apos;s first session</source>
        <translation>Días desde la primera sesión de cada paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifted by a random number of days per client (limited data set)</source>
        <translation>Desplazadas un número aleatorio de días por paciente (conjunto de datos limitado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year only</source>
        <translation>Solo el año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave notes out</source>
        <translation>Excluir las notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include notes, scrubbed of identifiers</source>
        <translation>Incluir las notas, depuradas de identificadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stable (the same in every export)</source>
        <translation>Estables (los mismos en cada exportación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh (new for this file; the data can still link exports)</source>
        <translation>Nuevos (solo para este archivo; los datos aún pueden vincular exportaciones)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates</source>
        <translation>Fec&amp;has</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pse&amp;udonyms</source>
        <translation>&amp;Seudónimos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Share only under a data use agreement (not Safe Harbor)</source>
        <translation>&amp;Compartir solo con un acuerdo de uso de datos (no Safe Harbor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifted full dates are not de-identified under HIPAA Safe Harbor, which allows the year only: the export is a limited data set.</source>
        <translation>Las fechas completas desplazadas no se consideran desidentificadas según HIPAA Safe Harbor, que solo permite el año: la exportación es un conjunto de datos limitado.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../src/alliance/ui/widgets/failures.py" line="+17"/>
        <source>Alliance hit an unexpected error ({name}); nothing more was saved.</source>
        <translation>Alliance encontró un error inesperado ({name}); no se guardó nada más.</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/goals_dialog.py" line="+42"/>
        <source>Goals and formulation — {code}</source>
        <translation>Objetivos y formulación — {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One goal a line, in the client&apos;s words where you can, e.g.
Sleep through most nights
Say no to my brother without panicking</source>
        <translation>Un objetivo por línea, con las palabras del paciente cuando sea posible, p. ej.
Dormir de un tirón la mayoría de las noches
Decirle que no a mi hermano sin entrar en pánico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment goals, one a line</source>
        <translation>Objetivos terapéuticos, uno por línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few sentences: what keeps the difficulty going, what the relationship needs to offer</source>
        <translation>Unas pocas frases: qué mantiene la dificultad, qué necesita ofrecer la relación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formulation</source>
        <translation>Formulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment &amp;goals (up to {n}, one a line)</source>
        <translation>&amp;Objetivos terapéuticos (hasta {n}, uno por línea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Formulation (up to {n:,} characters)</source>
        <translation>&amp;Formulación (hasta {n:,} caracteres)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals and formulation</source>
        <translation>Objetivos y formulación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the client&apos;s page. Like notes, they stay out of de-identified exports unless notes are scrubbed, and are scrubbed with them.</source>
        <translation>Se muestran en la página del paciente. Como las notas, quedan fuera de las exportaciones desidentificadas salvo que las notas se depuren, y se depuran con ellas.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Goals not saved</source>
        <translation>Objetivos no guardados</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="-202"/>
        <location line="+2"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/handover_dialog.py" line="+34"/>
        <source>Hand over for check-in — %1</source>
        <translation>Entregar para check-in — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client answers on this computer, one question at a time. Your windows are hidden and the vault locks if anything else is tried; your passphrase brings you back.</source>
        <translation>El paciente responde en este equipo, una pregunta cada vez. Sus ventanas se ocultan y la bóveda se bloquea si se intenta cualquier otra cosa; su frase de contraseña le permite volver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(overdue)</source>
        <translation>(atrasado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(due)</source>
        <translation>(pendiente)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome measures are asked in their official English wording: Alliance ships no validated translation of them.</source>
        <translation>Las medidas de resultado se presentan con su redacción oficial en inglés: Alliance no incluye una traducción validada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your prediction (optional): what do you expect the client to answer? Leave a line blank to skip it.</source>
        <translation>Su predicción (opcional): ¿qué espera que responda el paciente? Deje una línea en blanco para omitirla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Prediction: %1</source>
        <translation>Predicción: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one questionnaire.</source>
        <translation>Elija al menos un cuestionario.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/alliance/ui/session/history_dialog.py" line="+39"/>
        <source>Edit history</source>
        <translation>Historial de ediciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected version beside the current one</source>
        <translation>Versión seleccionada junto a la actual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;only what differs</source>
        <translation>&amp;Mostrar solo las diferencias</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit history — {code}, session {n}, {date}</source>
        <translation>Historial de ediciones — {code}, sesión {n}, {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This session has not been edited since it was logged.</source>
        <translation>Esta sesión no se ha editado desde que se registró.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} earlier versions are kept. Each edit keeps the version it replaced, with when and what changed; earlier versions cannot be changed. Tinted rows differ from the current version.</source>
        <translation>Se conservan {n} versiones anteriores. Cada edición conserva la versión que reemplazó, con cuándo y qué cambió; las versiones anteriores no se pueden modificar. Las filas sombreadas difieren de la versión actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 earlier version is kept. Each edit keeps the version it replaced, with when and what changed; earlier versions cannot be changed. Tinted rows differ from the current version.</source>
        <translation>Se conserva 1 versión anterior. Cada edición conserva la versión que reemplazó, con cuándo y qué cambió; las versiones anteriores no se pueden modificar. Las filas sombreadas difieren de la versión actual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current — version {n}</source>
        <translation>Actual — versión {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {n} — replaced {when}
The edit changed: {what}
By {actor}</source>
        <translation>Versión {n} — reemplazada el {when}
La edición cambió: {what}
Por {actor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Current (version {n})</source>
        <translation>Actual (versión {n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {n} (replaced {when})</source>
        <translation>Versión {n} (reemplazada el {when})</translation>
    </message>
</context>
<context>
    <name>InstrumentFields</name>
    <message>
        <location filename="../../src/alliance/ui/session/instrument_fields.py" line="+36"/>
        <source>{low} to {high}; leave blank if not asked</source>
        <translation>De {low} a {high}; déjelo en blanco si no se preguntó</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} of {m} items entered, total {t}</source>
        <translation>{n} de {m} ítems introducidos, total {t}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing entered; this instrument is optional.</source>
        <translation>Nada introducido; este instrumento es opcional.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/alliance/ui/shell/main_window.py" line="+77"/>
        <source>DEMO — Alliance</source>
        <translation>DEMO — Alliance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>DEMO — made-up clients for exploring. Your own vault is separate and untouched.</source>
        <translation>DEMO — pacientes ficticios para explorar. Su propia bóveda está separada y no se modifica.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log session…</source>
        <translation>&amp;Registrar sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;client…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand &amp;over for check-in…</source>
        <translation>En&amp;tregar para check-in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the computer to the client for a check-in</source>
        <translation>Entregar el equipo al paciente para un check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read questions aloud…</source>
        <translation>&amp;Leer preguntas en voz alta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the questionnaires by phone or video and click the answers</source>
        <translation>Aplicar los cuestionarios por teléfono o videollamada y hacer clic en las respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a &amp;paper form…</source>
        <translation>Introducir un formulario en &amp;papel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a &amp;blank form…</source>
        <translation>Imprimir un formulario en &amp;blanco…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint report…</source>
        <translation>Imprimir &amp;informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the supervision report of the client shown, or the caseload report (de-identified, as an export), with a preview</source>
        <translation>Imprimir el informe de supervisión del paciente mostrado, o el informe de la lista de casos (desidentificado, como una exportación), con vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loc&amp;k now</source>
        <translation>Bl&amp;oquear ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Lista de casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search notes…</source>
        <translation>Buscar en las &amp;notas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the notes of the client shown, or of every client</source>
        <translation>Buscar en las notas del paciente mostrado o de todos los pacientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my own &amp;vault</source>
        <translation>Abrir mi propia &amp;bóveda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo practice…</source>
        <translation>Abrir consulta de &amp;demostración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made-up clients for exploring, in a vault of their own</source>
        <translation>Pacientes ficticios para explorar, en una bóveda propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Alliance</source>
        <translation>&amp;Acerca de Alliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your unsaved session form was kept while locked.</source>
        <translation>Su formulario de sesión sin guardar se conservó durante el bloqueo.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Session {n} saved.</source>
        <translation>Sesión {n} guardada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a client first: the check-in is theirs.</source>
        <translation>Elija primero un paciente: el check-in es del paciente.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a client first: the answers are theirs.</source>
        <translation>Elija primero un paciente: las respuestas son del paciente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud — %1</source>
        <translation>Lectura en voz alta — %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save or close the open session form first; the answers are for another client.</source>
        <translation>Guarde o cierre primero el formulario de sesión abierto; las respuestas son de otro paciente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alert rules saved; every client is judged by them now.</source>
        <translation>Reglas de alerta guardadas; ahora se aplican a todos los pacientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules unchanged.</source>
        <translation>Reglas de alerta sin cambios.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/alliance/ui/widgets/passphrase_fields.py" line="+21"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {n} characters; a few unrelated words work well</source>
        <translation>Al menos {n} caracteres; unas cuantas palabras sin relación entre sí funcionan bien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat it</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use at least {n} characters.</source>
        <translation>Use al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>OutcomeFields</name>
    <message>
        <location filename="../../src/alliance/ui/session/outcome_fields.py" line="+56"/>
        <source>Filled in (or not asked)</source>
        <translation>Completada (o no administrada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not filled in: {reason}</source>
        <translation>No completada: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not filled in because</source>
        <translation>{name}: no completada porque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The items and answers are the official English form: Alliance ships no validated translation of {name}. Score it from the form you use; the totals and the change are the same.</source>
        <translation>Los ítems y las respuestas son los del formulario oficial en inglés: Alliance no incluye una traducción validada del {name}. Puntúelo con el formulario que usted utilice; los totales y el cambio son los mismos.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing entered; this measure is optional.</source>
        <translation>Nada introducido; esta medida es opcional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {m} items answered</source>
        <translation>{n} de {m} ítems respondidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no total yet</source>
        <translation>aún sin total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total {total}</source>
        <translation>total {total}</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../src/alliance/ui/client/outcome_panel.py" line="+56"/>
        <source>Outcome measure shown</source>
        <translation>Medida de resultado mostrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Critical session…</source>
        <translation>&amp;Sesión crítica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session before the sudden gain: its note, ruptures and repairs</source>
        <translation>La sesión previa a la ganancia súbita: su nota, rupturas y reparaciones</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>latest {total} (session {n})</source>
        <translation>último {total} (sesión {n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, recovered</source>
        <translation>, recuperado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sudden gain</source>
        <translation>Ganancia súbita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sudden loss</source>
        <translation>Pérdida súbita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (provisional)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}{provisional} after session {n}</source>
        <translation>{kind}{provisional} tras la sesión {n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undecided (items missing)</source>
        <translation>indeterminado (faltan ítems)</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/paper_entry.py" line="+71"/>
        <source>Enter a paper form</source>
        <translation>Introducir un formulario en papel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, in item order</source>
        <translation>Respuestas, en el orden de los ítems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Ítem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Put into the session</source>
        <translation>&amp;Incorporar a la sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Cuestionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answers</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One digit per item, spaces ignored; “-” for an item left blank.</source>
        <translation>Un dígito por ítem, se ignoran los espacios; “-” para un ítem en blanco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers separated by spaces, one per item; “-” for an item left blank.</source>
        <translation>Números separados por espacios, uno por ítem; “-” para un ítem en blanco.</translation>
    </message>
</context>
<context>
    <name>PastSignalsDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/past_signals_dialog.py" line="+26"/>
        <source>Past alerts and prompts — {code}</source>
        <translation>Alertas y sugerencias anteriores — {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert or prompt</source>
        <translation>Alerta o sugerencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts end when the client&apos;s alliance is back within its usual band, or when you set them aside. Press Enter on a row to see why it was shown.</source>
        <translation>Las alertas finalizan cuando la alianza del paciente vuelve a su rango habitual o cuando usted las descarta. Pulse Enter en una fila para ver por qué se mostró.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set aside</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside {date}: {reason}</source>
        <translation>Descartada el {date}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered in session {n}</source>
        <translation>Recuperada en la sesión {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>Recuperada</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/alliance/ui/shell/preferences.py" line="+53"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alliance also locks when the computer goes to sleep or the screen is locked, where the system reports it.</source>
        <translation>Alliance también se bloquea cuando el equipo entra en suspensión o se bloquea la pantalla, si el sistema lo notifica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of Alliance&apos;s text, as a share of the system&apos;s text size</source>
        <translation>Todo el texto de Alliance, como proporción del tamaño de texto del sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text si&amp;ze</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language applies from Alliance&apos;s next start.</source>
        <translation>El nuevo idioma se aplica a partir del próximo inicio de Alliance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client mode</source>
        <translation>Modo paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of a check-in, show the client their own answers &amp;over time</source>
        <translation>Al final de un check-in, mostrar al paciente la &amp;evolución de sus propias respuestas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only their own questionnaires: never your ratings, notes or ruptures. Off unless you switch it on.</source>
        <translation>Solo sus propios cuestionarios: nunca las valoraciones, notas ni rupturas que usted registra. Desactivado salvo que usted lo active.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start client mode with larger te&amp;xt</source>
        <translation>Iniciar el modo paciente con te&amp;xto más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start client mode in high co&amp;ntrast</source>
        <translation>Iniciar el modo paciente en alto co&amp;ntraste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Alert rules</source>
        <translation>Reglas de &amp;alerta</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+44"/>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/question_page.py" line="+122"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prefer not to answer</source>
        <translation>&amp;Prefiero no responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not today</source>
        <translation>&amp;Hoy no</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Skip this questionnaire today</source>
        <translation>Omitir este cuestionario hoy</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/recover.py" line="+121"/>
        <source>The vault could not be opened: {error}</source>
        <translation>No se pudo abrir la bóveda: {error}</translation>
    </message>
</context>
<context>
    <name>RecoverView</name>
    <message>
        <location line="-86"/>
        <location line="+21"/>
        <source>Use your recovery key</source>
        <translation>Usar su clave de recuperación</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set passphrase and unlock</source>
        <translation>Establecer frase de contraseña y desbloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the recovery key you stored when the vault was created, then choose a new passphrase.</source>
        <translation>Escriba la clave de recuperación que guardó al crear la bóveda y, después, elija una nueva frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>RepairEditor</name>
    <message>
        <location filename="../../src/alliance/ui/session/rupture_editors.py" line="-130"/>
        <source>Optional note on the repair</source>
        <translation>Nota opcional sobre la reparación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution (1–5)</source>
        <translation>Resolución (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategies</source>
        <translation>Estrategias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair note</source>
        <translation>Nota de reparación</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../src/alliance/ui/shell/print_report.py" line="+24"/>
        <source>Alliance report</source>
        <translation>Informe de Alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
</context>
<context>
    <name>RestoreOfferDialog</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/restore_offer.py" line="+17"/>
        <source>The vault cannot be opened</source>
        <translation>No se puede abrir la bóveda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s passphrase</source>
        <translation>La frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find a backup</source>
        <translation>&amp;Buscar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing has been changed or deleted.</source>
        <translation>No se ha modificado ni eliminado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: {error}</source>
        <translation>Detalles: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is 1 backup of this vault, made {when}.</source>
        <translation>Hay 1 copia de seguridad de esta bóveda, creada el {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are {n} backups of this vault; the newest was made {when}.</source>
        <translation>Hay {n} copias de seguridad de esta bóveda; la más reciente se creó el {when}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the vault&apos;s passphrase to find the newest backup that opens with it. Before restoring, the damaged files are kept as another backup.</source>
        <translation>Escriba la frase de contraseña de la bóveda para buscar la copia de seguridad más reciente que se abra con ella. Antes de restaurar, los archivos dañados se guardan como otra copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backups of this vault were found in {folder}. Keep the vault folder as it is; if you have a copy of it elsewhere, restore that with “alliance restore”.</source>
        <translation>No se encontraron copias de seguridad de esta bóveda en {folder}. Deje la carpeta de la bóveda tal como está; si tiene una copia en otro lugar, restáurela con “alliance restore”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No backup opens with this passphrase. A backup opens with the passphrase the vault had when it was made: try an earlier one.</source>
        <translation>Ninguna copia de seguridad se abre con esta frase de contraseña. Una copia se abre con la frase de contraseña que tenía la bóveda cuando se creó: pruebe una anterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest backup that opens was made {when}: {clients}, {sessions}, checked intact. Restore it?</source>
        <translation>La copia de seguridad más reciente que se abre se creó el {when}: {clients}, {sessions}, comprobada e íntegra. ¿Restaurarla?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup could not be restored: {error}</source>
        <translation>No se pudo restaurar la copia de seguridad: {error}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/results_view.py" line="+27"/>
        <source>Your answers over time</source>
        <translation>Sus respuestas a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/reveal_dialog.py" line="+44"/>
        <source>Check-in of %1 — %2</source>
        <translation>Check-in de %1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check-in was interrupted (the vault locked while the client held the computer). The answers given until then are kept.</source>
        <translation>El check-in se interrumpió (la bóveda se bloqueó mientras el paciente tenía el equipo). Se conservan las respuestas dadas hasta entonces.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your predictions were off by %1 points on average (items with both: %n).</source>
        <translation>
            <numerusform>Sus predicciones se desviaron %1 puntos de media (ítems con ambos valores: %n).</numerusform>
            <numerusform>Sus predicciones se desviaron %1 puntos de media (ítems con ambos valores: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client did not answer the items you predicted.</source>
        <translation>El paciente no respondió los ítems que usted predijo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prediction was entered for this check-in.</source>
        <translation>No se introdujo ninguna predicción para este check-in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not today: the client set these questions aside.</source>
        <translation>Hoy no: el paciente dejó estas preguntas para otro momento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open the session of that day with these answers</source>
        <translation>&amp;Abrir la sesión de ese día con estas respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log the session with these answers</source>
        <translation>&amp;Registrar la sesión con estas respuestas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers wait for the session of that day (the client page shows them as waiting).</source>
        <translation>Las respuestas quedan a la espera de la sesión de ese día (la página del paciente las muestra como pendientes).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Safety: %1 — “%2” answered %3. Please talk with the client about their safety now.</source>
        <translation>Seguridad: %1 — “%2” respondida con %3. Hable ahora con el paciente sobre su seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your local resources: %1</source>
        <translation>Sus recursos locales: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set your local crisis resources in Preferences to see them here.</source>
        <translation>Configure sus recursos locales de crisis en Preferencias para verlos aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your prediction</source>
        <translation>Su predicción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prefer not to answer</source>
        <translation>Prefiere no responder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reached</source>
        <translation>no alcanzada</translation>
    </message>
</context>
<context>
    <name>RuptureEditor</name>
    <message>
        <location filename="../../src/alliance/ui/session/rupture_editors.py" line="+30"/>
        <source>Re&amp;move</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 = barely noticeable … 5 = dominated the session</source>
        <translation>1 = apenas perceptible … 5 = dominó la sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: what happened</source>
        <translation>Opcional: qué ocurrió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repaired in this session too</source>
        <translation>&amp;Reparada también en esta sesión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intensity (1–5)</source>
        <translation>Intensidad (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Planteada por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rupture {n}</source>
        <translation>Ruptura {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rupture {n}</source>
        <translation>Eliminar ruptura {n}</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/schedule_dialog.py" line="+31"/>
        <source>Measures — {code}</source>
        <translation>Medidas — {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not asked</source>
        <translation>No se solicita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session</source>
        <translation>Cada sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few weeks</source>
        <translation>Cada pocas semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At intake and discharge</source>
        <translation>En la admisión y en el alta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every </source>
        <translation>cada </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session form opens the measures that are due and asks why when one is not filled in; the caseload shows what is due or overdue.</source>
        <translation>El formulario de sesión abre las medidas que corresponden y pregunta el motivo cuando una no se completa; la lista de casos muestra lo pendiente o atrasado.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Schedule not saved</source>
        <translation>Programación no guardada</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/alliance/ui/search/search_dialog.py" line="+53"/>
        <source>Search notes</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the notes (each may be the start of a word)</source>
        <translation>Palabras de las notas (cada una puede ser el inicio de una palabra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the notes for</source>
        <translation>Buscar en las notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions whose notes match</source>
        <translation>Sesiones cuyas notas coinciden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open session</source>
        <translation>&amp;Abrir sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search could not run.</source>
        <translation>No se pudo realizar la búsqueda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Sessions that match: %n.</source>
        <translation>
            <numerusform>Sesiones que coinciden: %n.</numerusform>
            <numerusform>Sesiones que coinciden: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note holds these words.</source>
        <translation>Ninguna nota contiene estas palabras.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../src/alliance/ui/session/session_form.py" line="+92"/>
        <source>Choose a client</source>
        <translation>Elija un paciente</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session {n} with {code}</source>
        <translation>Sesión {n} con {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a session with {code}</source>
        <translation>Registrar una sesión con {code}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alliance index {value}</source>
        <translation>Índice de alianza {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alliance index — (rate all four)</source>
        <translation>Índice de alianza — (valore los cuatro)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Rate {label} from 0 to 10.</source>
        <translation>Valore {label} de 0 a 10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate the intensity from 1 to 5.</source>
        <translation>Valore la intensidad de 1 a 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate how far the rupture was resolved, from 1 to 5.</source>
        <translation>Valore de 1 a 5 en qué medida se resolvió la ruptura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the client first: the check-in is theirs.</source>
        <translation>Elija primero el paciente: el check-in es suyo.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+2"/>
        <source>Not deleted</source>
        <translation>No eliminada</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The session was not saved: %1

Everything you typed is still here; free some space or fix the folder&apos;s permissions, then save again.</source>
        <translation>La sesión no se guardó: %1

Todo lo que escribió sigue aquí; libere espacio o corrija los permisos de la carpeta y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you typed is still here.</source>
        <translation>Todo lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Discard this session?</source>
        <translation>¿Descartar esta sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed for this session has not been saved. Discard it?</source>
        <translation>Lo que escribió para esta sesión no se ha guardado. ¿Descartarlo?</translation>
    </message>
</context>
<context>
    <name>SessionFormView</name>
    <message>
        <location filename="../../src/alliance/ui/session/session_form_view.py" line="+55"/>
        <source>To talk about in this session</source>
        <translation>Para tratar en esta sesión</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relationship this session</source>
        <translation>La relación en esta sesión</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alliance index</source>
        <translation>Índice de alianza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anything you want to remember about this session</source>
        <translation>Lo que quiera recordar de esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ruptures</source>
        <translation>Rupturas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a rupture noticed in this session</source>
        <translation>&amp;Añadir una ruptura observada en esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open ruptures from earlier sessions</source>
        <translation>Rupturas abiertas de sesiones anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: every earlier rupture of this client is resolved.</source>
        <translation>Ninguna: todas las rupturas anteriores de este paciente están resueltas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More (optional)</source>
        <translation>Más (opcional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At the start</source>
        <translation>Al inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not noted</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nervous-system state</source>
        <translation>Estado del sistema nervioso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client had a &amp;corrective emotional experience</source>
        <translation>El paciente tuvo una experiencia emocional &amp;correctiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (optional)</source>
        <translation>Qué ocurrió (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Corrective emotional experience</source>
        <translation>Experiencia emocional correctiva</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome measures (optional)</source>
        <translation>Medidas de resultado (opcional)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of this session</source>
        <translation>Versiones anteriores de esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete session…</source>
        <translation>&amp;Eliminar sesión…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+S saves · Tab moves to the next field</source>
        <translation>Ctrl+S guarda · Tab pasa al campo siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand &amp;over…</source>
        <translation>&amp;Pasar al paciente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the computer to the client for a check-in; this form is kept and its answers come in after you unlock</source>
        <translation>Pasar el equipo al paciente para un check-in; este formulario se conserva y sus respuestas llegan cuando usted desbloquee</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>To talk about:</source>
        <translation>Para tratar:</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../src/alliance/ui/client/sessions_model.py" line="+31"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ruptures</source>
        <translation>Rupturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/alliance/ui/shell/settings.py" line="+39"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="+46"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SignalRulesPage</name>
    <message>
        <location filename="../../src/alliance/ui/shell/signal_rules_page.py" line="+64"/>
        <source>Default: {value}</source>
        <translation>Valor predeterminado: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{explanation} Default: {value}.</source>
        <translation>{explanation} Valor predeterminado: {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Restaurar valores predeterminados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts are judged against each client&apos;s own usual level and its variation. These thresholds are kept in this vault and apply to every client; changes are recorded in the audit log.</source>
        <translation>Las alertas se evalúan respecto al nivel habitual de cada paciente y a su variación. Estos umbrales se guardan en esta bóveda y se aplican a todos los pacientes; los cambios quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local crisis resources, shown to you with every safety prompt (for example PHQ-9 item 9 above 0); never shown to the client:</source>
        <translation>Recursos locales de crisis, que se le muestran con cada sugerencia de seguridad (por ejemplo, ítem 9 del PHQ-9 mayor que 0); nunca se muestran al paciente:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local crisis resources</source>
        <translation>Recursos locales de crisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. crisis line, on-call psychiatrist, emergency department</source>
        <translation>p. ej., línea de crisis, psiquiatra de guardia, servicio de urgencias</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_chart.py" line="+78"/>
        <source>Timeline chart</source>
        <translation>Gráfico de la línea de tiempo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rating (0–10)</source>
        <translation>Puntuación (0–10)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>By date</source>
        <translation>Por fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By session number</source>
        <translation>Por número de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizontal axis</source>
        <translation>Eje horizontal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Restablecer zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xportar gráfico…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+89"/>
        <source>Alliance index</source>
        <translation>Índice de alianza</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+93"/>
        <source>Client check-in</source>
        <translation>Check-in del paciente</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+258"/>
        <source>Your prediction</source>
        <translation>Su predicción</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Ruptures</source>
        <translation>Rupturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairs</source>
        <translation>Reparaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered dips</source>
        <translation>Caídas recuperadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show or hide: %1</source>
        <translation>Mostrar u ocultar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inferred rupture–repair episodes: a drop in the alliance that came back within three sessions (band along the top)</source>
        <translation>Episodios inferidos de ruptura–reparación: una caída de la alianza que se recuperó en tres sesiones o menos (franja superior)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Rupture open</source>
        <translation>Ruptura abierta</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Session %1 — %2</source>
        <translation>Sesión %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance index %1</source>
        <translation>Índice de alianza %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client check-in %1</source>
        <translation>Check-in del paciente %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your prediction %1</source>
        <translation>Su predicción %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRS %1</source>
        <translation>SRS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rupture: %1, intensity %2</source>
        <translation>Ruptura: %1, intensidad %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair of session %1&apos;s rupture: resolution %2</source>
        <translation>Reparación de la ruptura de la sesión %1: resolución %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Alliance timeline</source>
        <translation>Línea de tiempo de la alianza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+18"/>
        <source>%1 (intensity %2)</source>
        <translation>%1 (intensidad %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of session %1: %2/5</source>
        <translation>de la sesión %1: %2/5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repaired rupture</source>
        <translation>Ruptura reparada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovered dip</source>
        <translation>Caída recuperada</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/trash_dialog.py" line="+43"/>
        <source>removed at the next unlock</source>
        <translation>se elimina en el próximo desbloqueo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 more day</source>
        <translation>1 día más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more days</source>
        <translation>{n} días más</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+125"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Client</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Se conserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted sessions, most recently deleted first</source>
        <translation>Sesiones eliminadas, las más recientes primero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the session back, as it was, with its edit history</source>
        <translation>Devolver la sesión tal como estaba, con su historial de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A deleted session is kept here, whole, for {days} days: restore it and it is back as it was, with its ruptures, repairs, questionnaires and edit history. Nothing else sees it meanwhile — not the charts, the alerts, the search or any export. Every step is in the audit log.</source>
        <translation>Una sesión eliminada se conserva aquí, completa, durante {days} días: si la restaura, vuelve tal como estaba, con sus rupturas, reparaciones, cuestionarios e historial de cambios. Mientras tanto, nada más la ve — ni los gráficos, ni las alertas, ni la búsqueda, ni ninguna exportación. Cada paso queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} of {date}</source>
        <translation>{n} del {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Session {n} of {code} is back (session {now} now).</source>
        <translation>La sesión {n} de {code} se ha restaurado (ahora es la sesión {now}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the 1 session in the trash for good?</source>
        <translation>¿Eliminar definitivamente la sesión que hay en la papelera?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {n} sessions in the trash for good?</source>
        <translation>¿Eliminar definitivamente las {n} sesiones de la papelera?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone; backups made before now still hold them.</source>
        <translation>Esta acción no se puede deshacer; las copias de seguridad hechas hasta ahora aún conservan esos datos.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/unlock_view.py" line="+33"/>
        <source>Locked — DEMO — Alliance</source>
        <translation>Bloqueada — DEMO — Alliance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked — Alliance</source>
        <translation>Bloqueada — Alliance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alliance logo</source>
        <translation>Logotipo de Alliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your vault</source>
        <translation>Desbloquee su bóveda</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the demo vault. Its passphrase is: {passphrase}</source>
        <translation>Esta es la bóveda de demostración. Su frase de contraseña es: {passphrase}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgot the passphrase? Use &amp;recovery key…</source>
        <translation>¿Olvidó la frase de contraseña? Usar la &amp;clave de recuperación…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/unlock_window.py" line="+130"/>
        <source>The vault was restored from a backup. Unlock it with the passphrase that backup was made with.</source>
        <translation>La bóveda se restauró desde una copia de seguridad. Desbloquéela con la frase de contraseña con la que se creó esa copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault could not be opened: {error}</source>
        <translation>No se pudo abrir la bóveda: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Several wrong attempts. You can try again in {n} s.</source>
        <translation>Varios intentos fallidos. Puede volver a intentarlo en {n} s.</translation>
    </message>
</context>
<context>
    <name>VaultTools</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/vault_tools.py" line="+33"/>
        <source>&amp;Export de-identified…</source>
        <translation>E&amp;xportar desidentificado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted sessions of the last 30 days, to restore</source>
        <translation>Sesiones eliminadas en los últimos 30 días, para restaurar</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The session was moved to the trash: File → Trash… restores it within 30 days.</source>
        <translation>La sesión se movió a la papelera: Archivo → Papelera… la restaura en un plazo de 30 días.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../src/alliance/ui/first_run/welcome.py" line="+23"/>
        <location line="+7"/>
        <source>Welcome to Alliance</source>
        <translation>Le damos la bienvenida a Alliance</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Alliance logo</source>
        <translation>Logotipo de Alliance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After each session, note how the relationship felt: safety, trust, attunement and boundaries; the ruptures you noticed and how they were repaired. Alliance keeps it all in an encrypted vault on this computer only. Nothing is ever sent anywhere.</source>
        <translation>Después de cada sesión, anote cómo fue la relación: seguridad, confianza, sintonía y límites; las rupturas que observó y cómo se repararon. Alliance lo guarda todo en una bóveda cifrada, solo en este equipo. Nunca se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your vault will be created in {folder}</source>
        <translation>Su bóveda se creará en {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xplore with demo data</source>
        <translation>E&amp;xplorar con datos de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo opens a separate vault of made-up clients. Your own vault stays untouched.</source>
        <translation>La demostración abre una bóveda aparte con pacientes ficticios. Su propia bóveda no se modifica.</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/why_dialog.py" line="+24"/>
        <source>Why am I seeing this? — {code}</source>
        <translation>¿Por qué veo esto? — {code}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No local crisis resources set yet: add them in Preferences → Alert rules.</source>
        <translation>Aún no hay recursos locales de crisis: añádalos en Preferencias → Reglas de alerta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions: {list}</source>
        <translation>Sesiones: {list}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the &amp;thresholds…</source>
        <translation>Cambiar los &amp;umbrales…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alert: needs your attention; it orders the caseload.</source>
        <translation>Alerta: requiere su atención; ordena la lista de casos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: worth talking about in the next session; it does not order the caseload.</source>
        <translation>Sugerencia: conviene tratarla en la próxima sesión; no ordena la lista de casos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered in session {n}.</source>
        <translation>Se recuperó en la sesión {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set it aside.</source>
        <translation>Usted la dejó de lado.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/alliance/ui/shell/print_report.py" line="+13"/>
        <source>There is no client to print a report for.</source>
        <translation>No hay ningún paciente del que imprimir un informe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
</context>
</TS>
