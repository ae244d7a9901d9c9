<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../src/alliance/core/outcomes/change.py" line="+30"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliable improvement</source>
        <translation>Reliable Verbesserung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliable deterioration</source>
        <translation>Reliable Verschlechterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reliable change</source>
        <translation>Keine reliable Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not classified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reliable change: {value} points. Published value; source: {source}</source>
        <translation>Reliable Veränderung: {value} Punkte. Publizierter Wert; Quelle: {source}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliable change: {value:.2f} points = 1.96 × SD {sd:.2f} × √(2 × (1 − reliability {r:.2f})) (Jacobson &amp; Truax 1991). Source of the inputs: {source}</source>
        <translation>Reliable Veränderung: {value:.2f} Punkte = 1.96 × SD {sd:.2f} × √(2 × (1 − Reliabilität {r:.2f})) (Jacobson &amp; Truax 1991). Quelle der Eingangswerte: {source}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No valid total, so no change can be computed.</source>
        <translation>Kein gültiger Gesamtwert, daher lässt sich keine Veränderung berechnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First score with a valid total: the baseline ({total}).</source>
        <translation>Erster Wert mit gültigem Gesamtwert: der Ausgangswert ({total}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{instrument} has no reliable change value, so change is not classified.</source>
        <translation>Für {instrument} gibt es keinen Wert für reliable Veränderung, daher wird die Veränderung nicht klassifiziert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {baseline} to {total} ({change:+d}); reliable change needs {rc} points.</source>
        <translation>Von {baseline} auf {total} ({change:+d}); reliable Veränderung erfordert {rc} Punkte.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/schedule.py" line="+100"/>
        <source>Already given in this session.</source>
        <translation>In dieser Sitzung bereits erhoben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Declined in this session: {reason}</source>
        <translation>In dieser Sitzung abgelehnt: {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue: it was due in session {number} ({date}) and was neither given nor declined.</source>
        <translation>Überfällig: war in Sitzung {number} ({date}) fällig und wurde weder erhoben noch abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due again: declined in session {number}.</source>
        <translation>Erneut fällig: in Sitzung {number} abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not due: next due on {date}.</source>
        <translation>Nicht fällig: nächste Fälligkeit am {date}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due in this session.</source>
        <translation>In dieser Sitzung nicht fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined in session {number}; not due in this session.</source>
        <translation>In Sitzung {number} abgelehnt; in dieser Sitzung nicht fällig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due: given every session.</source>
        <translation>Fällig: wird in jeder Sitzung erhoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due: not given yet.</source>
        <translation>Fällig: noch nicht erhoben.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due: every %n week, last given on {date}.</source>
        <translation>
            <numerusform>Fällig: im Abstand von %n Woche, zuletzt erhoben am {date}.</numerusform>
            <numerusform>Fällig: im Abstand von %n Wochen, zuletzt erhoben am {date}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due: discharge session.</source>
        <translation>Fällig: Abschlusssitzung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due: intake measure.</source>
        <translation>Fällig: Aufnahmemessung.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/scoring.py" line="+105"/>
        <source>{instrument} has no item &apos;{item}&apos;.</source>
        <translation>{instrument} hat kein Item „{item}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{instrument} item {number} must be a whole number from {low} to {high}.</source>
        <translation>Item {number} von {instrument} muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Pro-rated: %n item unanswered, total = mean of the answered items × {items}.</source>
        <translation>
            <numerusform>Hochgerechnet: %n Item unbeantwortet, Gesamtwert = Mittelwert der beantworteten Items × {items}.</numerusform>
            <numerusform>Hochgerechnet: %n Items unbeantwortet, Gesamtwert = Mittelwert der beantworteten Items × {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>No total: %n item is unanswered and the manual allows at most {allowed}.</source>
        <translation>
            <numerusform>Kein Gesamtwert: %n Item ist unbeantwortet, das Manual erlaubt höchstens {allowed}.</numerusform>
            <numerusform>Kein Gesamtwert: %n Items sind unbeantwortet, das Manual erlaubt höchstens {allowed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No total: %n item is unanswered and the manual allows no pro-rating.</source>
        <translation>
            <numerusform>Kein Gesamtwert: %n Item ist unbeantwortet, das Manual erlaubt keine Hochrechnung.</numerusform>
            <numerusform>Kein Gesamtwert: %n Items sind unbeantwortet, das Manual erlaubt keine Hochrechnung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{instrument} score must be from {low} to {high}.</source>
        <translation>Der Wert für {instrument} muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give either the item answers or the total score, not both or neither.</source>
        <translation>Geben Sie entweder die Itemantworten oder den Gesamtwert an – genau eines von beiden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{instrument} has no answers.</source>
        <translation>{instrument} enthält keine Antworten.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/signals.py" line="+34"/>
        <source>rule-based, not a validated trajectory</source>
        <translation>regelbasiert, kein validierter Verlauf</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{instrument} item {number} answered above {above}: check safety now</source>
        <translation>{instrument}, Item {number} über {above} beantwortet: jetzt Sicherheit prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item {number} was answered {value} in session {session}.</source>
        <translation>Item {number} wurde in Sitzung {session} mit {value} beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any answer above {above} on this item is a prompt to ask about risk in this session and to follow your local safety procedure. It is shown to you, not to the client.</source>
        <translation>Jede Antwort über {above} bei diesem Item ist ein Hinweis, in dieser Sitzung nach Risiken zu fragen und Ihrem lokalen Sicherheitsverfahren zu folgen. Er wird Ihnen angezeigt, nicht dem Klienten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{instrument}: reliable deterioration</source>
        <translation>{instrument}: reliable Verschlechterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{instrument} {total} in session {session}, {worse} points worse than the baseline.</source>
        <translation>{instrument} {total} in Sitzung {session}, {worse} Punkte schlechter als der Ausgangswert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change of {rc} points or more against the first score is larger than measurement error. Source: {source}</source>
        <translation>Eine Veränderung von {rc} Punkten oder mehr gegenüber dem ersten Wert übersteigt den Messfehler. Quelle: {source}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{instrument}: not on track</source>
        <translation>{instrument}: nicht im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reliable improvement on {instrument} by session {session} (configured: session {by}).</source>
        <translation>Keine reliable Verbesserung bei {instrument} bis Sitzung {session} (eingestellt: Sitzung {by}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A simple rule with the session you set in Preferences ({by}), not a validated expected-recovery curve: no score so far has improved reliably on the first one. Worth reviewing the plan and the alliance with the client.</source>
        <translation>Eine einfache Regel mit der in den Einstellungen festgelegten Sitzung ({by}), keine validierte erwartete Genesungskurve: Bisher hat sich kein Wert reliabel gegenüber dem ersten verbessert. Es lohnt sich, Plan und Allianz mit dem Klienten zu besprechen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{instrument}: deterioration after recovery</source>
        <translation>{instrument}: Verschlechterung nach Genesung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{instrument} {total} in session {session}, {worse} points worse than {recovered} in session {recovered_session}, when the client had recovered.</source>
        <translation>{instrument} {total} in Sitzung {session}, {worse} Punkte schlechter als {recovered} in Sitzung {recovered_session}, als der Klient genesen war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reliable worsening after a recovered score: a simple rule, not a validated trajectory.</source>
        <translation>Eine reliable Verschlechterung nach einem Wert im genesenen Bereich: eine einfache Regel, kein validierter Verlauf.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/sudden.py" line="+111"/>
        <source>stability cannot be tested with only two scores</source>
        <translation>Stabilität lässt sich mit nur zwei Werten nicht prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the means before and after differ (t test, p &lt; .05)</source>
        <translation>die Mittelwerte davor und danach unterscheiden sich (t-Test, p &lt; .05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudden gain</source>
        <translation>Plötzlicher Gewinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sudden loss</source>
        <translation>Plötzlicher Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} of {size} points from session {s0} to {s1} ({pre} to {post}); at least the reliable change value and 25% of {pre}; {stability}.</source>
        <translation>{kind} von {size} Punkten von Sitzung {s0} zu {s1} ({pre} auf {post}); mindestens der Wert für reliable Veränderung und 25 % von {pre}; {stability}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reason} Provisional: fewer than 3 scores on one side.</source>
        <translation>{reason} Vorläufig: weniger als 3 Werte auf einer Seite.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/ratings.py" line="+26"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+20"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+192"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+20"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+99"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could the client feel physically and emotionally safe in the room; did their nervous system settle?</source>
        <translation>Konnte sich der Klient im Raum körperlich und emotional sicher fühlen; kam sein Nervensystem zur Ruhe?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+0"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+0"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is trust growing through reliability: appointments kept, time honoured, hard material held?</source>
        <translation>Wächst das Vertrauen durch Verlässlichkeit: Termine eingehalten, Zeit gewahrt, schwieriges Material gehalten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+0"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+1"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+1"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Attunement</source>
        <translation>Einstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did my tone, body language and timing tell the client they were seen and understood?</source>
        <translation>Haben mein Tonfall, meine Körpersprache und mein Timing dem Klienten vermittelt, dass er gesehen und verstanden wurde?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/alliance/core/signals/drops.py" line="+0"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="+0"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Were topics, pace, distance and interruptions negotiated with mutual consent?</source>
        <translation>Wurden Themen, Tempo, Distanz und Unterbrechungen in gegenseitigem Einvernehmen ausgehandelt?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly present</source>
        <translation>teilweise vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fully present</source>
        <translation>voll vorhanden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{label} must be a whole number from {RATING_MIN} to {RATING_MAX}.</source>
        <translation>{label} muss eine ganze Zahl von {RATING_MIN} bis {RATING_MAX} sein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/alliance/core/signals/evaluate.py" line="+95"/>
        <source>This client&apos;s usual index: {mean:.2f} over their %n sessions before session {number}; spread {sd:.2f} over {m} sessions (at least {floor:.2f}); band {band:.2f}.</source>
        <translation>
            <numerusform>Üblicher Index dieses Klienten: {mean:.2f} aus %n Sitzung vor Sitzung {number}; Streuung {sd:.2f} aus {m} Sitzungen (mindestens {floor:.2f}); Band {band:.2f}.</numerusform>
            <numerusform>Üblicher Index dieses Klienten: {mean:.2f} aus %n Sitzungen vor Sitzung {number}; Streuung {sd:.2f} aus {m} Sitzungen (mindestens {floor:.2f}); Band {band:.2f}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only %n earlier session: its mean {mean:.2f}; a drop needs {early:.2f} or more.</source>
        <translation>
            <numerusform>Nur %n frühere Sitzung: ihr Mittelwert {mean:.2f}; ein Einbruch erfordert {early:.2f} oder mehr.</numerusform>
            <numerusform>Nur %n frühere Sitzungen: ihr Mittelwert {mean:.2f}; ein Einbruch erfordert {early:.2f} oder mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alliance dropped</source>
        <translation>Allianz eingebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {number}&apos;s index {value:.2f} is {fall:.2f} below this client&apos;s usual {mean:.2f} (band {band:.2f}).</source>
        <translation>Index in Sitzung {number}: {value:.2f}, {fall:.2f} unter dem üblichen Wert {mean:.2f} dieses Klienten (Band {band:.2f}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A component dropped</source>
        <translation>Eine Komponente ist eingebrochen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: {component} {value} is {fall:.2f} below its mean {mean:.2f} over the previous %n sessions.</source>
        <translation>
            <numerusform>Sitzung {number}: {component} {value} liegt {fall:.2f} unter dem Mittelwert {mean:.2f} der vorherigen %n Sitzung.</numerusform>
            <numerusform>Sitzung {number}: {component} {value} liegt {fall:.2f} unter dem Mittelwert {mean:.2f} der vorherigen %n Sitzungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{reason} Sessions {first}-{last}: %n drop session in a row.</source>
        <translation>
            <numerusform>{reason} Sitzungen {first}-{last}: %n Einbruchsitzung in Folge.</numerusform>
            <numerusform>{reason} Sitzungen {first}-{last}: %n Einbruchsitzungen in Folge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drop sessions: {first} to {last}.</source>
        <translation>Einbruchsitzungen: {first} bis {last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop session: {first}.</source>
        <translation>Einbruchsitzung: {first}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ends when the index is back within the band (at or above {limit:.2f}) with no component still down.</source>
        <translation>Das Signal endet, wenn der Index wieder im Band liegt (bei {limit:.2f} oder darüber) und keine Komponente mehr eingebrochen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index also fell significantly over these sessions ({slope:.2f} per session): the same step down, so this alert stands for the decline too.</source>
        <translation>Der Index ist über diese Sitzungen auch signifikant gesunken ({slope:.2f} pro Sitzung): derselbe Abwärtsschritt, daher steht diese Warnung auch für den Rückgang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered in session {number}.</source>
        <translation>In Sitzung {number} erholt.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>A drop is a session whose index is further below the client&apos;s own usual level than their session-to-session spread explains (reliable change), or where one component is {fall} points or more below its own recent mean in %n sessions in a row.</source>
        <translation>
            <numerusform>Ein Einbruch ist eine Sitzung, deren Index weiter unter dem üblichen Niveau des Klienten liegt, als seine Streuung von Sitzung zu Sitzung erklärt (reliable Veränderung), oder in der eine Komponente in %n Sitzung in Folge {fall} Punkte oder mehr unter ihrem jüngsten Mittelwert liegt.</numerusform>
            <numerusform>Ein Einbruch ist eine Sitzung, deren Index weiter unter dem üblichen Niveau des Klienten liegt, als seine Streuung von Sitzung zu Sitzung erklärt (reliable Veränderung), oder in der eine Komponente in %n Sitzungen in Folge {fall} Punkte oder mehr unter ihrem jüngsten Mittelwert liegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>A decline is a least-squares slope steeper than -{slope:.2f} per session over the last %n sessions, significant at one-sided p &lt; {p} against the client&apos;s own scatter (the window&apos;s and that of up to {pool} sessions before it), with the latest session not above the mean of the window&apos;s first half (a rebound after a repair is not a decline). While a drop is open, the drop&apos;s alert stands for it.</source>
        <translation>
            <numerusform>Ein Rückgang ist eine Kleinste-Quadrate-Steigung steiler als -{slope:.2f} pro Sitzung über die letzte %n Sitzung, signifikant bei einseitigem p &lt; {p} gegenüber der eigenen Schwankung des Klienten (der des Fensters und der von bis zu {pool} Sitzungen davor), wobei die letzte Sitzung nicht über dem Mittelwert der ersten Fensterhälfte liegt (ein Wiederanstieg nach einer Reparatur ist kein Rückgang). Solange ein Einbruch offen ist, steht dessen Warnung dafür.</numerusform>
            <numerusform>Ein Rückgang ist eine Kleinste-Quadrate-Steigung steiler als -{slope:.2f} pro Sitzung über die letzten %n Sitzungen, signifikant bei einseitigem p &lt; {p} gegenüber der eigenen Schwankung des Klienten (der des Fensters und der von bis zu {pool} Sitzungen davor), wobei die letzte Sitzung nicht über dem Mittelwert der ersten Fensterhälfte liegt (ein Wiederanstieg nach einer Reparatur ist kein Rückgang). Solange ein Einbruch offen ist, steht dessen Warnung dafür.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Over sessions {first}-{last} the index fell {slope:.2f} per session, from {start:.2f} to {end:.2f}.</source>
        <translation>In den Sitzungen {first}-{last} sank der Index um {slope:.2f} pro Sitzung, von {start:.2f} auf {end:.2f}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First seen in session {number}.</source>
        <translation>Erstmals in Sitzung {number} festgestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It ends when the slope is no longer a significant decline.</source>
        <translation>Das Signal endet, wenn die Steigung keinen signifikanten Rückgang mehr zeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended in session {number}.</source>
        <translation>In Sitzung {number} beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance declining</source>
        <translation>Allianz rückläufig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/alliance/core/signals/gap.py" line="+19"/>
        <source>The gap between your rating and the client&apos;s check-in (both 0-10) is compared with this dyad&apos;s own usual gap over at least %n earlier sessions with a check-in (your predictions are compared with your earlier predictions).</source>
        <translation>
            <numerusform>Die Differenz zwischen Ihrer Einschätzung und dem Check-in des Klienten (beide 0-10) wird mit der üblichen Differenz dieser Dyade aus mindestens %n früheren Sitzung mit Check-in verglichen (Ihre Vorhersagen mit Ihren früheren Vorhersagen).</numerusform>
            <numerusform>Die Differenz zwischen Ihrer Einschätzung und dem Check-in des Klienten (beide 0-10) wird mit der üblichen Differenz dieser Dyade aus mindestens %n früheren Sitzungen mit Check-in verglichen (Ihre Vorhersagen mit Ihren früheren Vorhersagen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is an alert when it differs from the usual gap by {low} points or more and by at least {factor} times the spread of the gap.</source>
        <translation>Eine Warnung entsteht, wenn sie um {low} Punkte oder mehr und um mindestens das {factor}-Fache der Streuung der Differenz von der üblichen Differenz abweicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends at the next check-in back within those limits.</source>
        <translation>Das Signal endet beim nächsten Check-in, der wieder innerhalb dieser Grenzen liegt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>you rate the relationship higher</source>
        <translation>Sie schätzen die Beziehung höher ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the client rates it higher</source>
        <translation>der Klient schätzt sie höher ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your alliance index</source>
        <translation>Ihr Allianzindex</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: {what} and the client&apos;s check-in differ by {gap:+.2f}, against this dyad&apos;s usual {mean:+.2f} over %n sessions ({who}).</source>
        <translation>
            <numerusform>Sitzung {number}: {what} und der Check-in des Klienten weichen um {gap:+.2f} ab, gegenüber dem üblichen Wert dieser Dyade von {mean:+.2f} aus %n Sitzung ({who}).</numerusform>
            <numerusform>Sitzung {number}: {what} und der Check-in des Klienten weichen um {gap:+.2f} ab, gegenüber dem üblichen Wert dieser Dyade von {mean:+.2f} aus %n Sitzungen ({who}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perspectives differ</source>
        <translation>Perspektiven weichen ab</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/signals/ruptures.py" line="+18"/>
        <source>withdrawal</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confrontation</source>
        <translation>Konfrontation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no repair logged</source>
        <translation>keine Reparatur erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session {number} (resolution {resolution})</source>
        <translation>Sitzung {number} (Auflösung {resolution})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repairs logged: {list}</source>
        <translation>erfasste Reparaturen: {list}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rupture in session {number} ({kind}, intensity {intensity})</source>
        <translation>Bruch in Sitzung {number} ({kind}, Intensität {intensity})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>not resolved after %n further session</source>
        <translation>
            <numerusform>nach %n weiteren Sitzung nicht aufgelöst</numerusform>
            <numerusform>nach %n weiteren Sitzungen nicht aufgelöst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not resolved within the {limit}-day limit</source>
        <translation>nicht innerhalb der Frist von {limit} Tagen aufgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no further session yet</source>
        <translation>noch keine weitere Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n further session so far</source>
        <translation>
            <numerusform>bisher %n weitere Sitzung</numerusform>
            <numerusform>bisher %n weitere Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved in session {number}</source>
        <translation>in Sitzung {number} aufgelöst</translation>
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
            <numerusform>{what}: seit %n Tag offen</numerusform>
            <numerusform>{what}: seit %n Tagen offen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild rupture only partly repaired</source>
        <translation>Leichter Bruch nur teilweise repariert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rupture not repaired</source>
        <translation>Bruch nicht repariert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A rupture that no repair has resolved (resolution {resolved} or more) becomes an alert after %n further session or {days} days, whichever comes first.</source>
        <translation>
            <numerusform>Ein Bruch, den keine Reparatur aufgelöst hat (Auflösung {resolved} oder mehr), wird nach %n weiteren Sitzung oder {days} Tagen zur Warnung, je nachdem, was zuerst eintritt.</numerusform>
            <numerusform>Ein Bruch, den keine Reparatur aufgelöst hat (Auflösung {resolved} oder mehr), wird nach %n weiteren Sitzungen oder {days} Tagen zur Warnung, je nachdem, was zuerst eintritt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A partly repaired rupture (resolution {low} to {high}) of intensity {mild} or less is a prompt to talk about it, not an alert.</source>
        <translation>Ein teilweise reparierter Bruch (Auflösung {low} bis {high}) mit Intensität {mild} oder weniger ist ein Hinweis, ihn anzusprechen, keine Warnung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confrontations and ruptures of intensity {severe} or more weigh more in the caseload.</source>
        <translation>Konfrontationen und Brüche mit Intensität {severe} oder mehr wiegen in der Fallübersicht schwerer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends when a repair reaches resolution {resolved}.</source>
        <translation>Das Signal endet, wenn eine Reparatur die Auflösung {resolved} erreicht.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/signals/settings.py" line="+107"/>
        <source>Baseline sessions</source>
        <translation>Ausgangswert-Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the client&apos;s latest earlier sessions make their usual level.</source>
        <translation>Wie viele der letzten früheren Sitzungen des Klienten sein übliches Niveau bilden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest baseline sessions</source>
        <translation>Mindestzahl Ausgangswert-Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With fewer earlier sessions than this, only a large fall counts as a drop.</source>
        <translation>Bei weniger früheren Sitzungen zählt nur ein großer Abfall als Einbruch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread sessions</source>
        <translation>Streuungssitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the client&apos;s latest earlier sessions estimate their session-to-session spread.</source>
        <translation>Wie viele der letzten früheren Sitzungen des Klienten seine Streuung von Sitzung zu Sitzung schätzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest spread</source>
        <translation>Kleinste Streuung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s session-to-session spread is taken as at least this (index points).</source>
        <translation>Die Streuung des Klienten von Sitzung zu Sitzung wird mit mindestens diesem Wert angesetzt (Indexpunkte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual spread</source>
        <translation>Übliche Streuung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session-to-session spread expected of a stable client before their own sessions say more (index points).</source>
        <translation>Die Streuung von Sitzung zu Sitzung, die bei einem stabilen Klienten erwartet wird, bevor seine eigenen Sitzungen mehr aussagen (Indexpunkte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the usual spread</source>
        <translation>Gewicht der üblichen Streuung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many sessions&apos; worth the usual spread counts for beside the client&apos;s own spread (0: off).</source>
        <translation>Wie vielen Sitzungen die übliche Streuung neben der eigenen Streuung des Klienten entspricht (0: aus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest drop</source>
        <translation>Kleinster Einbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop must be more than this far below the client&apos;s usual level (index points).</source>
        <translation>Ein Einbruch muss mehr als diesen Wert unter dem üblichen Niveau des Klienten liegen (Indexpunkte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop band width</source>
        <translation>Breite des Einbruchbands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiplier of the spread for the drop band when the short-baseline allowance is off (1.96).</source>
        <translation>Multiplikator der Streuung für das Einbruchband, wenn die Korrektur für kurze Ausgangsphasen aus ist (1.96).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow for a short baseline</source>
        <translation>Kurze Ausgangsphase berücksichtigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: widen the band for a baseline of few sessions (Student&apos;s t); 0: use the multiplier as it is.</source>
        <translation>1: Band bei einer Ausgangsphase mit wenigen Sitzungen verbreitern (Student-t); 0: Multiplikator unverändert verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop band tail</source>
        <translation>Randwahrscheinlichkeit Einbruchband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the short-baseline allowance: the chance that a stable session falls below the band (one-sided).</source>
        <translation>Mit der Korrektur für kurze Ausgangsphasen: die Wahrscheinlichkeit, dass eine stabile Sitzung unter das Band fällt (einseitig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early drop</source>
        <translation>Früher Einbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With fewer earlier sessions than the fewest baseline sessions, a fall of more than this below their mean is a drop.</source>
        <translation>Bei weniger früheren Sitzungen als der Mindestzahl Ausgangswert-Sitzungen ist ein Abfall um mehr als diesen Wert unter ihren Mittelwert ein Einbruch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Component fall</source>
        <translation>Abfall einer Komponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A component this many points below its own recent mean marks a drop.</source>
        <translation>Eine Komponente, die so viele Punkte unter ihrem jüngsten Mittelwert liegt, markiert einen Einbruch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component sessions</source>
        <translation>Komponentensitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many earlier sessions make a component&apos;s recent mean.</source>
        <translation>Wie viele frühere Sitzungen den jüngsten Mittelwert einer Komponente bilden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component fall sessions</source>
        <translation>Sitzungen mit Komponentenabfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A component must be that far down in this many sessions in a row (one noisy rating is weak evidence).</source>
        <translation>Eine Komponente muss in so vielen Sitzungen in Folge so weit abgefallen sein (eine einzelne unsichere Einschätzung ist schwache Evidenz).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebound within</source>
        <translation>Wiederanstieg innerhalb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop that comes back within this many sessions is a rupture-repair episode.</source>
        <translation>Ein Einbruch, der sich innerhalb so vieler Sitzungen erholt, ist eine Bruch-Reparatur-Episode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebound margin</source>
        <translation>Spielraum für Wiederanstieg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back means within this much of the usual level (index points).</source>
        <translation>„Erholt“ heißt: höchstens so weit vom üblichen Niveau entfernt (Indexpunkte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline window</source>
        <translation>Fenster für Rückgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the latest sessions the decline and the trend look at.</source>
        <translation>Wie viele der letzten Sitzungen Rückgang und Trend betrachten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewest sessions for a decline</source>
        <translation>Mindestsitzungen für Rückgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A decline or a trend needs at least this many sessions in the window.</source>
        <translation>Ein Rückgang oder Trend erfordert mindestens so viele Sitzungen im Fenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline slope</source>
        <translation>Steigung für Rückgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The alliance must fall faster than this per session (index points).</source>
        <translation>Die Allianz muss schneller als um diesen Wert pro Sitzung fallen (Indexpunkte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline significance</source>
        <translation>Signifikanz des Rückgangs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slope must be this unlikely under a stable alliance (one-sided p).</source>
        <translation>So unwahrscheinlich muss die Steigung bei stabiler Allianz sein (einseitiges p).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline scatter sessions</source>
        <translation>Schwankungssitzungen für Rückgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slope is judged against the scatter of the window pooled with up to this many of the client&apos;s sessions before it (0: the window alone).</source>
        <translation>Die Steigung wird an der Schwankung des Fensters gemessen, zusammengefasst mit bis zu so vielen vorherigen Sitzungen des Klienten (0: nur das Fenster).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declines during a drop</source>
        <translation>Rückgänge während eines Einbruchs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: a decline is its own alert even in sessions that are already a drop; 0: the drop&apos;s alert stands for both.</source>
        <translation>1: Ein Rückgang ist auch in Sitzungen, die bereits ein Einbruch sind, eine eigene Warnung; 0: Die Warnung des Einbruchs steht für beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rupture open for sessions</source>
        <translation>Offener Bruch: Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unresolved rupture is an alert after this many further sessions.</source>
        <translation>Ein nicht aufgelöster Bruch wird nach so vielen weiteren Sitzungen zur Warnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture open for days</source>
        <translation>Offener Bruch: Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... or after this many days, whichever comes first.</source>
        <translation>... oder nach so vielen Tagen, je nachdem, was zuerst eintritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mild rupture</source>
        <translation>Leichter Bruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partly repaired rupture of at most this intensity is a prompt, not an alert.</source>
        <translation>Ein teilweise reparierter Bruch mit höchstens dieser Intensität ist ein Hinweis, keine Warnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severe rupture</source>
        <translation>Schwerer Bruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rupture of at least this intensity (or a confrontation) weighs more.</source>
        <translation>Ein Bruch mit mindestens dieser Intensität (oder eine Konfrontation) wiegt schwerer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS cue</source>
        <translation>SRS-Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SRS total below this suggests a conversation (PCOMS cue).</source>
        <translation>Ein SRS-Gesamtwert unter diesem Wert legt ein Gespräch nahe (PCOMS-Schwelle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS fall</source>
        <translation>SRS-Abfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fall of at least this many points from the previous SRS is an alert.</source>
        <translation>Ein Abfall um mindestens so viele Punkte gegenüber dem vorherigen SRS ist eine Warnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS sessions above the cue</source>
        <translation>SRS-Sitzungen über der Schwelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A first SRS below the cue after this many at or above it is an alert.</source>
        <translation>Ein erster SRS unter der Schwelle nach so vielen Werten auf oder über ihr ist eine Warnung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS ceiling</source>
        <translation>SRS-Obergrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals at or above this count towards the ceiling prompt.</source>
        <translation>Gesamtwerte auf oder über diesem Wert zählen für den Hinweis zur Obergrenze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS ceiling sessions</source>
        <translation>SRS-Sitzungen an der Obergrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This many sessions in a row at the ceiling prompt you to invite honest feedback.</source>
        <translation>So viele Sitzungen in Folge an der Obergrenze geben den Hinweis, um ehrliches Feedback zu bitten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS baseline</source>
        <translation>SRS-Ausgangswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An SRS alert also needs the total below the client&apos;s own usual SRS, from this many earlier totals (0: off).</source>
        <translation>Eine SRS-Warnung erfordert zudem einen Gesamtwert unter dem üblichen SRS des Klienten, gebildet aus so vielen früheren Gesamtwerten (0: aus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Smallest SRS spread</source>
        <translation>Kleinste SRS-Streuung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s SRS spread is taken as at least this (points).</source>
        <translation>Die SRS-Streuung des Klienten wird mit mindestens diesem Wert angesetzt (Punkte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS band tail</source>
        <translation>Randwahrscheinlichkeit SRS-Band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the short-baseline allowance: the chance that a steady SRS total falls below the client&apos;s usual SRS band (one-sided).</source>
        <translation>Mit der Korrektur für kurze Ausgangsphasen: die Wahrscheinlichkeit, dass ein stabiler SRS-Gesamtwert unter das übliche SRS-Band des Klienten fällt (einseitig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perspective sessions</source>
        <translation>Sitzungen für Perspektivenvergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dyad&apos;s usual gap needs at least this many earlier sessions with a check-in.</source>
        <translation>Die übliche Differenz der Dyade erfordert mindestens so viele frühere Sitzungen mit Check-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_sections.py" line="+125"/>
        <source>Perspective gap</source>
        <translation>Perspektivendifferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gap must differ from the dyad&apos;s usual gap by at least this (points, 0-10).</source>
        <translation>Die Differenz muss um mindestens diesen Wert von der üblichen Differenz der Dyade abweichen (Punkte, 0-10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perspective gap spread</source>
        <translation>Streuung der Perspektivendifferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... and by at least this many times the spread of the dyad&apos;s gap.</source>
        <translation>... und um mindestens dieses Vielfache der Streuung der Differenz der Dyade.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{label} must be a number from {low} to {high}.</source>
        <translation>{label} muss eine Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Fewest baseline sessions cannot exceed the baseline sessions ({k}).</source>
        <translation>Die Mindestzahl Ausgangswert-Sitzungen darf die Ausgangswert-Sitzungen ({k}) nicht übersteigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spread sessions cannot be fewer than the baseline sessions ({k}).</source>
        <translation>Die Streuungssitzungen dürfen nicht weniger sein als die Ausgangswert-Sitzungen ({k}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fewest sessions for a decline cannot exceed the decline window ({w}).</source>
        <translation>Die Mindestsitzungen für Rückgang dürfen das Fenster für Rückgang ({w}) nicht übersteigen.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/signals/srs.py" line="+30"/>
        <source>An SRS total below {low} suggests the client is not fully satisfied with the session: talk about it next session (PCOMS conversation cue).</source>
        <translation>Ein SRS-Gesamtwert unter {low} deutet darauf hin, dass der Klient mit der Sitzung nicht ganz zufrieden ist: Sprechen Sie es in der nächsten Sitzung an (PCOMS-Gesprächshinweis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends with the next SRS at {low} or more.</source>
        <translation>Das Signal endet mit dem nächsten SRS von {low} oder mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Clients are polite: %n or more sessions in a row at {ceiling} or more suggest inviting honest feedback.</source>
        <translation>
            <numerusform>Klienten sind höflich: Ab %n Sitzung in Folge mit {ceiling} oder mehr empfiehlt es sich, um ehrliches Feedback zu bitten.</numerusform>
            <numerusform>Klienten sind höflich: Ab %n Sitzungen in Folge mit {ceiling} oder mehr empfiehlt es sich, um ehrliches Feedback zu bitten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends with an SRS below {ceiling}.</source>
        <translation>Das Signal endet mit einem SRS unter {ceiling}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An SRS alert needs a fall of {fall} points or more from the previous SRS, or a first total below {low} after {run} at {low} or more.</source>
        <translation>Eine SRS-Warnung erfordert einen Abfall um {fall} Punkte oder mehr gegenüber dem vorherigen SRS oder einen ersten Gesamtwert unter {low} nach {run} Werten von {low} oder mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The total must also lie below the client&apos;s own usual SRS (their last %n totals, at least {need}) by more than its session-to-session spread allows, as for the alliance index.</source>
        <translation>
            <numerusform>Der Gesamtwert muss außerdem stärker unter dem üblichen SRS des Klienten liegen (seinem letzten %n Gesamtwert, mindestens {need}), als seine Streuung von Sitzung zu Sitzung erlaubt – wie beim Allianzindex.</numerusform>
            <numerusform>Der Gesamtwert muss außerdem stärker unter dem üblichen SRS des Klienten liegen (seinen letzten %n Gesamtwerten, mindestens {need}), als seine Streuung von Sitzung zu Sitzung erlaubt – wie beim Allianzindex.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SRS below the cue</source>
        <translation>SRS unter der Schwelle</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: SRS total {total} is below {low}; %n session in a row.</source>
        <translation>
            <numerusform>Sitzung {number}: SRS-Gesamtwert {total} liegt unter {low}; %n Sitzung in Folge.</numerusform>
            <numerusform>Sitzung {number}: SRS-Gesamtwert {total} liegt unter {low}; %n Sitzungen in Folge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../src/alliance/reports/pdf_sections.py" line="+0"/>
        <source>SRS at the ceiling</source>
        <translation>SRS an der Obergrenze</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>SRS at {ceiling} or more in %n sessions in a row from session {number}: invite honest feedback.</source>
        <translation>
            <numerusform>SRS von {ceiling} oder mehr in %n Sitzung in Folge ab Sitzung {number}: um ehrliches Feedback bitten.</numerusform>
            <numerusform>SRS von {ceiling} oder mehr in %n Sitzungen in Folge ab Sitzung {number}: um ehrliches Feedback bitten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source> (this client&apos;s usual SRS {mean:.1f})</source>
        <translation> (üblicher SRS dieses Klienten: {mean:.1f})</translation>
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
        <translation>SRS gefallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {number}: SRS total {total}, down {fall} from {previous}{usual}.</source>
        <translation>Sitzung {number}: SRS-Gesamtwert {total}, {fall} unter {previous}{usual}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It ends when the SRS is back above {limit}.</source>
        <translation>Das Signal endet, wenn der SRS wieder über {limit} liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRS below the cue for the first time</source>
        <translation>SRS erstmals unter der Schwelle</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Session {number}: SRS total {total} is below {low} after %n sessions at {low} or more{usual}.</source>
        <translation>
            <numerusform>Sitzung {number}: SRS-Gesamtwert {total} liegt unter {low} nach %n Sitzung mit {low} oder mehr{usual}.</numerusform>
            <numerusform>Sitzung {number}: SRS-Gesamtwert {total} liegt unter {low} nach %n Sitzungen mit {low} oder mehr{usual}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It ends with an SRS at {low} or more.</source>
        <translation>Das Signal endet mit einem SRS von {low} oder mehr.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/exporting.py" line="+69"/>
        <source>Shifted dates make a limited data set, not a de-identified export (HIPAA Safe Harbor allows the year only). Confirm that it will be shared only under a data use agreement, or choose days since the first session or the year only.</source>
        <translation>Verschobene Datumsangaben ergeben einen eingeschränkten Datensatz (Limited Data Set), keinen anonymisierten Export (HIPAA Safe Harbor erlaubt nur das Jahr). Bestätigen Sie, dass er nur im Rahmen einer Datennutzungsvereinbarung weitergegeben wird, oder wählen Sie Tage seit der ersten Sitzung oder nur das Jahr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The long CSV holds numbers only, so it cannot carry notes. Choose the wide CSV (one row per session) to include scrubbed notes, or leave notes out.</source>
        <translation>Das CSV im Langformat enthält nur Zahlen und kann daher keine Notizen aufnehmen. Wählen Sie das CSV im Breitformat (eine Zeile pro Sitzung), um bereinigte Notizen einzuschließen, oder lassen Sie Notizen weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A report on several clients (the caseload report) holds no notes. Choose one client for a supervision report with scrubbed notes, or leave notes out.</source>
        <translation>Ein Bericht über mehrere Klienten (der Fallübersichtsbericht) enthält keine Notizen. Wählen Sie einen Klienten für einen Supervisionsbericht mit bereinigten Notizen, oder lassen Sie Notizen weg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a format: {value}.</source>
        <translation>Wählen Sie ein Format: {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no clients to export in this selection.</source>
        <translation>In dieser Auswahl gibt es keine Klienten zum Exportieren.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{codes} and {more} more</source>
        <translation>{codes} und {more} weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{clients} left this vault before with dates in another form. Put side by side, the year of each session and its days since the first session (or its shifted date) pin every session to within days of its real date, so Alliance exports each client&apos;s dates in one of these forms only. Export {clients} with the same date form as before, or leave them out.</source>
        <translation>Die Daten von {clients} wurden bereits früher mit Datumsangaben in anderer Form aus diesem Tresor exportiert. Nebeneinandergelegt legen das Jahr jeder Sitzung und ihre Tage seit der ersten Sitzung (oder ihr verschobenes Datum) jede Sitzung auf wenige Tage genau auf ihr echtes Datum fest. Daher exportiert Alliance die Datumsangaben jedes Klienten nur in einer dieser Formen. Exportieren Sie {clients} mit derselben Datumsform wie zuvor, oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{out} is a folder; choose a file name.</source>
        <translation>{out} ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {parent} does not exist.</source>
        <translation>Der Ordner {parent} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/signals.py" line="+51"/>
        <source>Addressed in session</source>
        <translation>In der Sitzung angesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed in supervision</source>
        <translation>In der Supervision besprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected at this stage of therapy</source>
        <translation>In dieser Therapiephase zu erwarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not clinically relevant</source>
        <translation>Klinisch nicht relevant</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Keep the local resources to {SAFETY_RESOURCES_MAX} characters.</source>
        <translation>Begrenzen Sie die lokalen Anlaufstellen auf {SAFETY_RESOURCES_MAX} Zeichen.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Choose a reason for setting this alert aside.</source>
        <translation>Wählen Sie einen Grund, um diese Warnung zurückzustellen.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/client/outcome_panel.py" line="+71"/>
        <source>Clinical range (cut-off {value})</source>
        <translation>Klinischer Bereich (Cut-off {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the clinical range (cut-off {value})</source>
        <translation>Unterhalb des klinischen Bereichs (Cut-off {value})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above the clinical range (cut-off {value})</source>
        <translation>Oberhalb des klinischen Bereichs (Cut-off {value})</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/export/export_dialog.py" line="+382"/>
        <source>The file could not be written: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {error}</source>
        <translation>Ein Fehler ist aufgetreten: {error}</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/first_run/recovery_key_page.py" line="+44"/>
        <location line="+17"/>
        <source>Alliance recovery key</source>
        <translation>Alliance-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Created {date} for the vault in {folder}</source>
        <translation>Erstellt am {date} für den Tresor in {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This key opens your vault if you forget your passphrase. Anyone holding it and a copy of the vault can read your records, so keep it like a house key: in a locked drawer or a password manager, never next to the computer or in the same folder as the vault.</source>
        <translation>Dieser Schlüssel öffnet Ihren Tresor, wenn Sie Ihre Passphrase vergessen. Wer ihn und eine Kopie des Tresors besitzt, kann Ihre Aufzeichnungen lesen. Bewahren Sie ihn daher wie einen Hausschlüssel auf: in einer verschlossenen Schublade oder einem Passwortmanager, nie neben dem Computer oder im selben Ordner wie der Tresor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To use it: start Alliance, choose “Use recovery key”, type this key, then set a new passphrase.</source>
        <translation>So verwenden Sie ihn: Starten Sie Alliance, wählen Sie „Wiederherstellungsschlüssel verwenden“, geben Sie diesen Schlüssel ein und legen Sie dann eine neue Passphrase fest.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or save it, and keep it somewhere safe, away from this computer.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, ist dieser Schlüssel der einzige Weg zurück in Ihren Tresor. Er wird nur jetzt angezeigt. Drucken oder speichern Sie ihn und bewahren Sie ihn an einem sicheren Ort auf, getrennt von diesem Computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have stored my recovery key somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Copied. The clipboard is cleared again in a minute.</source>
        <translation>Kopiert. Die Zwischenablage wird in einer Minute wieder geleert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save recovery key as PDF</source>
        <translation>Wiederherstellungsschlüssel als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print recovery key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="-39"/>
        <source>{kind}, intensity {n}/5, raised by {who}</source>
        <translation>{kind}, Intensität {n}/5, angesprochen von {who}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair of the rupture in session {n}: resolution {r}/5</source>
        <translation>Reparatur des Bruchs in Sitzung {n}: Auflösung {r}/5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="-1"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/chart_painter.py" line="+120"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+5"/>
        <source>Alliance index</source>
        <translation>Allianzindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client check-in</source>
        <translation>Check-in des Klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal rupture</source>
        <translation>Rückzugsbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confrontation rupture</source>
        <translation>Konfrontationsbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed rupture</source>
        <translation>Gemischter Bruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair (resolved)</source>
        <translation>Reparatur (aufgelöst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair (not yet resolved)</source>
        <translation>Reparatur (noch nicht aufgelöst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture → repair</source>
        <translation>Bruch → Reparatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inferred episode (drop and recovery)</source>
        <translation>Erschlossene Episode (Einbruch und Erholung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rupture marker size shows intensity (1–5).</source>
        <translation>Die Größe der Bruchmarkierung zeigt die Intensität (1–5).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>repair</source>
        <translation>Reparatur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rupture</source>
        <translation>Bruch</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rating (0–10)</source>
        <translation>Bewertung (0–10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session number</source>
        <translation>Sitzungsnummer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No sessions to chart.</source>
        <translation>Keine Sitzungen für das Diagramm.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>State at start</source>
        <translation>Zustand zu Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State at end</source>
        <translation>Zustand am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective experience</source>
        <translation>Korrigierende Erfahrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-130"/>
        <source>raised by client</source>
        <translation>vom Klienten angesprochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>raised by therapist</source>
        <translation>vom Therapeuten angesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not voiced</source>
        <translation>nicht ausgesprochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly resolved</source>
        <translation>teilweise aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reliable improvement</source>
        <translation>reliable Verbesserung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reliable deterioration</source>
        <translation>reliable Verschlechterung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reliable change</source>
        <translation>keine reliable Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not classified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture note (withdrawal)</source>
        <translation>Notiz zum Bruch (Rückzug)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture note (confrontation)</source>
        <translation>Notiz zum Bruch (Konfrontation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture note (mixed)</source>
        <translation>Notiz zum Bruch (gemischt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Supervision report — {pseudonym}</source>
        <translation>Supervisionsbericht — {pseudonym}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De-identified export · Alliance {version} · created {year} · client status: {status}</source>
        <translation>Anonymisierter Export · Alliance {version} · erstellt {year} · Status des Klienten: {status}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sessions {first}–{last}; days since the first session: {day}.</source>
        <translation>Sitzungen {first}–{last}; Tage seit der ersten Sitzung: {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions {first}–{last}; shifted dates: {day}.</source>
        <translation>Sitzungen {first}–{last}; verschobene Daten: {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions {first}–{last}; years: {day}.</source>
        <translation>Sitzungen {first}–{last}; Jahre: {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions {first}–{last}; days since the first session: {day} to {last_day}.</source>
        <translation>Sitzungen {first}–{last}; Tage seit der ersten Sitzung: {day} bis {last_day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions {first}–{last}; shifted dates: {day} to {last_day}.</source>
        <translation>Sitzungen {first}–{last}; verschobene Daten: {day} bis {last_day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions {first}–{last}; years: {day} to {last_day}.</source>
        <translation>Sitzungen {first}–{last}; Jahre: {day} bis {last_day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trend (last 8)</source>
        <translation>Trend (letzte 8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean index</source>
        <translation>Mittlerer Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ruptures</source>
        <translation>Offene Brüche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved ruptures</source>
        <translation>Aufgelöste Brüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alliance index = mean of safety, trust, attunement and boundaries (0–10). Episodes: {explicit} explicit (a rupture repaired to resolved), {inferred} inferred (a drop and a recovery within three sessions). Alerts: {alerts}; prompts: {prompts}.</source>
        <translation>Allianzindex = Mittelwert aus Sicherheit, Vertrauen, Einstimmung und Grenzen (0–10). Episoden: {explicit} explizit (ein bis zur Auflösung reparierter Bruch), {inferred} erschlossen (ein Einbruch und eine Erholung innerhalb von drei Sitzungen). Warnungen: {alerts}; Hinweise: {prompts}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+40"/>
        <source>s.{session}: {resolution}/5</source>
        <translation>S. {session}: {resolution}/5</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No sessions in this export.</source>
        <translation>Dieser Export enthält keine Sitzungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Therapist ratings 0–10; index = their mean. Check-in = client-rated mean (0–10); SRS = Session Rating Scale total (0–40). Ruptures: kind and intensity (1–5). Repairs: the session of the rupture repaired and the resolution reached (1–5).</source>
        <translation>Bewertungen des Therapeuten 0–10; Index = ihr Mittelwert. Check-in = Mittelwert der Bewertungen des Klienten (0–10); SRS = Gesamtwert der Session Rating Scale (0–40). Brüche: Art und Intensität (1–5). Reparaturen: die Sitzung des reparierten Bruchs und die erreichte Auflösung (1–5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+1"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Ruptures</source>
        <translation>Brüche</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ruptures and repairs</source>
        <translation>Brüche und Reparaturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No ruptures were logged in these sessions.</source>
        <translation>In diesen Sitzungen wurden keine Brüche erfasst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>s.{session}: {resolution}/5 — {strategies}</source>
        <translation>S. {session}: {resolution}/5 — {strategies}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(a rupture of s.{session}) {repair}</source>
        <translation>(Bruch aus S. {session}) {repair}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>intensity {intensity}/5</source>
        <translation>Intensität {intensity}/5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rupture</source>
        <translation>Bruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers</source>
        <translation>Marker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairs (session: resolution — strategies)</source>
        <translation>Reparaturen (Sitzung: Auflösung — Strategien)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rupture–repair episodes (sessions). Explicit: {explicit}. Inferred (drop and recovery): {inferred}.</source>
        <translation>Bruch-Reparatur-Episoden (Sitzungen). Explizit: {explicit}. Erschlossen (Einbruch und Erholung): {inferred}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts and prompts</source>
        <translation>Warnungen und Hinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No active alerts or prompts for this client.</source>
        <translation>Für diesen Klienten gibt es keine aktiven Warnungen oder Hinweise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts need attention; prompts suggest a conversation in the next session. Each is judged against this client&apos;s own usual level and variation.</source>
        <translation>Warnungen erfordern Aufmerksamkeit; Hinweise regen ein Gespräch in der nächsten Sitzung an. Jeder Eintrag wird am üblichen Niveau und an der üblichen Schwankung dieses Klienten gemessen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Safety prompt: {title}</source>
        <translation>Sicherheitshinweis: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert: {name}</source>
        <translation>Warnung: {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt: {name}</source>
        <translation>Hinweis: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome measures</source>
        <translation>Ergebnismaße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each administration against the first in this report (the baseline): reliable change as the instrument&apos;s manual gives it; recovered = reliable improvement and below the clinical cut-off. A sudden gain (Tang &amp; DeRubeis) names its critical session, the one before it.</source>
        <translation>Jede Erhebung im Vergleich zur ersten in diesem Bericht (dem Ausgangswert): reliable Veränderung, wie sie das Manual des Instruments angibt; genesen = reliable Verbesserung und unter dem klinischen Cut-off. Ein plötzlicher Gewinn (Tang &amp; DeRubeis) nennt seine kritische Sitzung, die Sitzung davor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{instrument}: session</source>
        <translation>{instrument}: Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamtwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Band</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change against the baseline</source>
        <translation>Veränderung gegenüber dem Ausgangswert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{change} (recovered)</source>
        <translation>{change} (genesen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sudden gain (provisional) of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Plötzlicher Gewinn (vorläufig) von {size} Punkten zwischen den Sitzungen {critical} und {after}; kritische Sitzung {critical}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudden gain of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Plötzlicher Gewinn von {size} Punkten zwischen den Sitzungen {critical} und {after}; kritische Sitzung {critical}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudden loss (provisional) of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Plötzlicher Verlust (vorläufig) von {size} Punkten zwischen den Sitzungen {critical} und {after}; kritische Sitzung {critical}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sudden loss of {size} points between sessions {critical} and {after}; critical session {critical}.</source>
        <translation>Plötzlicher Verlust von {size} Punkten zwischen den Sitzungen {critical} und {after}; kritische Sitzung {critical}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes (scrubbed)</source>
        <translation>Notizen (bereinigt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Treatment goals and formulation</source>
        <translation>Behandlungsziele und Fallkonzeption</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Formulation: {formulation}</source>
        <translation>Fallkonzeption: {formulation}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session {session} · day {day}</source>
        <translation>Sitzung {session} · Tag {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {session} · date (shifted) {day}</source>
        <translation>Sitzung {session} · Datum (verschoben) {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session {session} · year {day}</source>
        <translation>Sitzung {session} · Jahr {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session note</source>
        <translation>Sitzungsnotiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair note (rupture of s.{session})</source>
        <translation>Notiz zur Reparatur (Bruch aus Sitzung {session})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes were written for these sessions.</source>
        <translation>Zu diesen Sitzungen wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+0"/>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/session/history_compare.py" line="+1"/>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/shell/app.py" line="+117"/>
        <location line="+24"/>
        <location filename="../../src/alliance/ui/shell/controller.py" line="+144"/>
        <location line="+97"/>
        <source>Alliance is already open</source>
        <translation>Alliance ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Alliance cannot open the vault</source>
        <translation>Alliance kann den Tresor nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/shell/controller.py" line="-40"/>
        <source>Preparing the demo vault…</source>
        <translation>Demo-Tresor wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The demo could not be opened</source>
        <translation>Die Demo konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Discard the unsaved session?</source>
        <translation>Nicht gespeicherte Sitzung verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session form you had not saved is kept until you unlock. Quit and discard it?</source>
        <translation>Ein nicht gespeichertes Sitzungsformular wird bis zum Entsperren aufbewahrt. Beenden und verwerfen?</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Finishing what is being saved…</source>
        <translation>Laufende Speicherung wird abgeschlossen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/unlock/restore_offer.py" line="+41"/>
        <source>Regular</source>
        <translation>Regulär</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s key file (keys.json) is damaged or has been altered, so no passphrase can unlock it.</source>
        <translation>Die Schlüsseldatei des Tresors (keys.json) ist beschädigt oder wurde verändert, daher kann keine Passphrase ihn entsperren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s database (alliance.db) is damaged, or does not belong to its key file, so its records cannot be read.</source>
        <translation>Die Datenbank des Tresors (alliance.db) ist beschädigt oder gehört nicht zu seiner Schlüsseldatei, daher können ihre Einträge nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/controls.py" line="+125"/>
        <source>{n} is not on this scale: type a number from {low} to {high}.</source>
        <translation>{n} liegt nicht auf dieser Skala: Geben Sie eine Zahl von {low} bis {high} ein.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/dates.py" line="+74"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Aus einem Kalender wählen (Alt+Down)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“{text}” is not a date: type it as {example}, or press Alt+Down for a calendar.</source>
        <translation>„{text}“ ist kein Datum: Geben Sie es als {example} ein oder drücken Sie Alt+Down für einen Kalender.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is outside {first} to {last}.</source>
        <translation>{day} liegt nicht zwischen {first} und {last}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_caseload.py" line="+36"/>
        <source>Caseload report</source>
        <translation>Bericht zur Fallübersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+37"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Discharged</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Explicit (repaired to resolved)</source>
        <translation>Explizit (bis zur Auflösung repariert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inferred (drop and recovery)</source>
        <translation>Erschlossen (Einbruch und Erholung)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+47"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-200"/>
        <location line="+39"/>
        <location line="+74"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Mean index, all sessions</source>
        <translation>Mittlerer Index gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean latest index</source>
        <translation>Mittlerer jüngster Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients with alerts</source>
        <translation>Klienten mit Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures logged</source>
        <translation>Erfasste Brüche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aggregates</source>
        <translation>Aggregierte Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients by trend (last 8 sessions)</source>
        <translation>Klienten nach Trend (letzte 8 Sitzungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients by status</source>
        <translation>Klienten nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients with an alert, by kind</source>
        <translation>Klienten mit einer Warnung, nach Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupture–repair episodes</source>
        <translation>Bruch-Reparatur-Episoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures by kind</source>
        <translation>Brüche nach Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures by status</source>
        <translation>Brüche nach Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-90"/>
        <source>Latest index</source>
        <translation>Jüngster Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved ruptures</source>
        <translation>Nicht aufgelöste Brüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>One row per pseudonym. Latest index = alliance index of the most recent session; trend = slope over the last six sessions; unresolved ruptures = open or partly resolved (no repair has reached 4 of 5), as in the app&apos;s caseload.</source>
        <translation>Eine Zeile je Pseudonym. Jüngster Index = Allianzindex der jüngsten Sitzung; Trend = Steigung über die letzten sechs Sitzungen; nicht aufgelöste Brüche = offen oder teilweise aufgelöst (keine Reparatur hat 4 von 5 erreicht), wie in der Fallübersicht der App.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out of this table, because counting its rows would give back a count hidden above: {columns}. Each client&apos;s supervision report shows them.</source>
        <translation>In dieser Tabelle weggelassen, weil das Zählen ihrer Zeilen eine oben verborgene Anzahl verraten würde: {columns}. Der Supervisionsbericht jedes Klienten zeigt sie.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+5"/>
        <source>In person</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ventral (rest and connect)</source>
        <translation>Ventral (Ruhe und Verbindung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sympathetic (fight or flight)</source>
        <translation>Sympathikus (Kampf oder Flucht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorsal (freeze or shutdown)</source>
        <translation>Dorsal (Erstarrung oder Abschalten)</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/instrument_words.py" line="+12"/>
        <source>Relationship check-in</source>
        <translation>Check-in zur Beziehung</translation>
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
        <translation>Fragen, die sich ein Klient stellen kann, um einzuschätzen, ob die Beziehung trägt. Jede wird von 0 (überhaupt nicht) bis 10 (vollständig) bewertet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/alliance/services/handover.py" line="+113"/>
        <source>not at all</source>
        <translation>überhaupt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completely</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel understood</source>
        <translation>Ich fühle mich verstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I feel safe in my body during the session</source>
        <translation>Ich fühle mich während der Sitzung in meinem Körper sicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am becoming more open over time</source>
        <translation>Ich werde mit der Zeit offener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can ask my therapist for what I need</source>
        <translation>Ich kann meinen Therapeuten um das bitten, was ich brauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My perspective is asked for and respected</source>
        <translation>Meine Sichtweise wird erfragt und respektiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I trust my therapist has my best interest in mind</source>
        <translation>Ich vertraue darauf, dass mein Therapeut mein Wohl im Blick hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session Rating Scale</source>
        <translation>Session Rating Scale</translation>
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
        <translation>Wird vom Klienten am Ende der Sitzung ausgefüllt. Vier Items, je 0 bis 10; der Gesamtwert reicht von 0 bis 40.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Session Rating Scale is copyrighted. Alliance ships the item labels only: enter the scores from your own licensed forms.</source>
        <translation>Die Session Rating Scale ist urheberrechtlich geschützt. Alliance enthält nur die Item-Bezeichnungen: Geben Sie die Werte aus Ihren eigenen lizenzierten Bögen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals and topics</source>
        <translation>Ziele und Themen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approach or method</source>
        <translation>Vorgehen oder Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working Alliance Inventory – Short Revised</source>
        <translation>Working Alliance Inventory – Short Revised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAI-SR</source>
        <translation>WAI-SR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twelve items, each rated from 1 (seldom) to 5 (always), in three subscales of four items: Task, Bond and Goal. The total runs from 12 to 60.</source>
        <translation>Zwölf Items, je von 1 (selten) bis 5 (immer) bewertet, in drei Subskalen mit je vier Items: Aufgabe, Bindung und Ziel. Der Gesamtwert reicht von 12 bis 60.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item wording is not included. Enter the scores item by item from your own copy of the form.</source>
        <translation>Der Wortlaut der Items ist nicht enthalten. Geben Sie die Werte Item für Item aus Ihrem eigenen Exemplar des Bogens ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seldom</source>
        <translation>selten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sometimes</source>
        <translation>manchmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fairly often</source>
        <translation>ziemlich oft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>very often</source>
        <translation>sehr oft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 1</source>
        <translation>Item 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 2</source>
        <translation>Item 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 3</source>
        <translation>Item 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 4</source>
        <translation>Item 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 5</source>
        <translation>Item 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 6</source>
        <translation>Item 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 7</source>
        <translation>Item 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 8</source>
        <translation>Item 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 9</source>
        <translation>Item 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 10</source>
        <translation>Item 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 11</source>
        <translation>Item 11</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item 12</source>
        <translation>Item 12</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bond</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nervous-system state</source>
        <translation>Zustand des Nervensystems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s nervous-system state as the therapist observed it at the start and at the end of the session. Each value is the position of a state in the list of categories.</source>
        <translation>Der Zustand des Nervensystems des Klienten, wie der Therapeut ihn zu Beginn und am Ende der Sitzung beobachtet hat. Jeder Wert ist die Position eines Zustands in der Liste der Kategorien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the start of the session</source>
        <translation>Zu Beginn der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of the session</source>
        <translation>Am Ende der Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ventral</source>
        <translation>Ventral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest and connect: settled, present, able to engage.</source>
        <translation>Ruhe und Verbindung: reguliert, präsent, kontaktfähig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sympathetic</source>
        <translation>Sympathikus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fight or flight: mobilised, agitated, on guard.</source>
        <translation>Kampf oder Flucht: mobilisiert, agitiert, auf der Hut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dorsal</source>
        <translation>Dorsal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze or shutdown: collapsed, numb, far away.</source>
        <translation>Erstarrung oder Abschalten: kollabiert, taub, weit weg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not tell, or the state kept shifting.</source>
        <translation>Nicht erkennbar, oder der Zustand wechselte ständig.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_sections.py" line="-103"/>
        <source>Notes need a human read before sharing: no scrubber is perfect.</source>
        <translation>Notizen müssen vor der Weitergabe von einem Menschen gelesen werden: Keine Bereinigung ist perfekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In aggregate tables every count from 1 to {max} is shown as “{small}” so that small groups cannot be singled out. Where a table shares out a total and only one count is small, a second is shown as “{hidden}” so the small one cannot be worked out from the total; the per-pseudonym table leaves out any column that would give a hidden count back.</source>
        <translation>In aggregierten Tabellen wird jede Anzahl von 1 bis {max} als „{small}“ angezeigt, damit kleine Gruppen nicht herausgegriffen werden können. Wo eine Tabelle eine Gesamtzahl aufteilt und nur eine Anzahl klein ist, wird eine zweite als „{hidden}“ angezeigt, damit sich die kleine nicht aus der Gesamtzahl errechnen lässt; die Tabelle je Pseudonym lässt jede Spalte weg, die eine verborgene Anzahl verraten würde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discharged</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+6"/>
        <source>Withdrawal</source>
        <translation>Rückzug</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Confrontation</source>
        <translation>Konfrontation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alliance {version} · de-identified export · page {page} of {pages}</source>
        <translation>Alliance {version} · anonymisierter Export · Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>De-identified export · Alliance {version} · created {year}</source>
        <translation>Anonymisierter Export · Alliance {version} · erstellt {year}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De-identification</source>
        <translation>Anonymisierung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date (shifted)</source>
        <translation>Datum (verschoben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Up</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Fallend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flat</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop in alliance</source>
        <translation>Einbruch der Allianz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop in one component</source>
        <translation>Einbruch einer Komponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declining alliance</source>
        <translation>Rückläufige Allianz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unrepaired rupture</source>
        <translation>Nicht reparierter Bruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly repaired rupture</source>
        <translation>Teilweise reparierter Bruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS below 36</source>
        <translation>SRS unter 36</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRS first below 36</source>
        <translation>SRS erstmals unter 36</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome measure (deterioration, not on track)</source>
        <translation>Ergebnismaß (Verschlechterung, nicht im Plan)</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+5"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Therapist</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspoken</source>
        <translation>Unausgesprochen</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/pdf_caseload.py" line="-164"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+5"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/reports/pdf_report.py" line="-45"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Partly resolved</source>
        <translation>Teilweise aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+1"/>
        <source>Resolved</source>
        <translation>Aufgelöst</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+10"/>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/widgets/strength.py" line="+59"/>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This passphrase is too easy to guess. Try a few unrelated words.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten. Versuchen Sie einige Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak: a common word, name or pattern with a few characters added is guessed quickly. Try three or four unrelated words.</source>
        <translation>Schwach: Ein gängiges Wort, ein Name oder ein Muster mit ein paar angehängten Zeichen ist schnell erraten. Versuchen Sie drei oder vier Wörter ohne Zusammenhang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair. A word with a year or a symbol added is among the first things tried: add another unrelated word.</source>
        <translation>Mittel. Ein Wort mit angehängter Jahreszahl oder einem Symbol wird als Erstes ausprobiert: Fügen Sie ein weiteres, unabhängiges Wort hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good. Another unrelated word would make it strong.</source>
        <translation>Gut. Ein weiteres unabhängiges Wort würde sie stark machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/deid.py" line="+57"/>
        <source>Dates are shown as days since each client&apos;s first session.</source>
        <translation>Datumsangaben werden als Tage seit der ersten Sitzung des jeweiligen Klienten angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates are shifted by a random number of days per client (intervals are kept). NOT de-identified under HIPAA Safe Harbor, which allows the year only: this is a limited data set, to be shared only under a data use agreement.</source>
        <translation>Datumsangaben werden pro Klient um eine zufällige Anzahl von Tagen verschoben (Abstände bleiben erhalten). NICHT anonymisiert nach HIPAA Safe Harbor, das nur das Jahr erlaubt: Dies ist ein eingeschränkter Datensatz (Limited Data Set), der nur im Rahmen einer Datennutzungsvereinbarung weitergegeben werden darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates are shown as the year only.</source>
        <translation>Datumsangaben werden nur als Jahr angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free-text notes are excluded.</source>
        <translation>Freitext-Notizen sind ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes are included with identifiers replaced by tags such as [NAME] and [PHONE]. No scrubber is perfect: read every note before sharing this export.</source>
        <translation>Notizen sind enthalten, Identifikatoren sind durch Markierungen wie [NAME] und [PHONE] ersetzt. Keine Bereinigung ist perfekt: Lesen Sie jede Notiz, bevor Sie diesen Export weitergeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clients appear under stable pseudonyms: the same in every export from this vault, so exports can be joined client by client.</source>
        <translation>Klienten erscheinen unter stabilen Pseudonymen: in jedem Export aus diesem Tresor gleich, sodass Exporte Klient für Klient verknüpft werden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients appear under one-time pseudonyms, so the pseudonym itself does not link this export to others. The data can: the same client&apos;s ratings, in the same order, can be matched across exports. Treat exports of the same clients as linkable.</source>
        <translation>Klienten erscheinen unter einmaligen Pseudonymen, sodass das Pseudonym selbst diesen Export nicht mit anderen verknüpft. Die Daten können es: Die Einschätzungen desselben Klienten in derselben Reihenfolge lassen sich exportübergreifend zuordnen. Behandeln Sie Exporte derselben Klienten als verknüpfbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client codes, names and contact details are removed.</source>
        <translation>Klientencodes, Namen und Kontaktdaten werden entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/records.py" line="+101"/>
        <source>Life event</source>
        <translation>Lebensereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication change</source>
        <translation>Medikamentenänderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Therapist absence</source>
        <translation>Abwesenheit des Therapeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change of setting</source>
        <translation>Wechsel des Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase change</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The client declined</source>
        <translation>Der Klient hat abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today (time or the client&apos;s state)</source>
        <translation>Heute nicht (Zeit oder Zustand des Klienten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not appropriate at this point</source>
        <translation>Derzeit nicht angemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/taxonomy.py" line="+48"/>
        <source>Denial</source>
        <translation>Verleugnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimal response</source>
        <translation>Minimale Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstract communication</source>
        <translation>Abstrakte Kommunikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoidant storytelling or shifting topic</source>
        <translation>Vermeidendes Erzählen oder Themenwechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferential or appeasing</source>
        <translation>Unterwürfig oder beschwichtigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content/affect split</source>
        <translation>Spaltung von Inhalt und Affekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-criticism or hopelessness</source>
        <translation>Selbstkritik oder Hoffnungslosigkeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaints about the therapist</source>
        <translation>Beschwerden über den Therapeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejects an intervention</source>
        <translation>Weist eine Intervention zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints about the activities of therapy</source>
        <translation>Beschwerden über die Aktivitäten der Therapie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints about the parameters (time, fees, scheduling)</source>
        <translation>Beschwerden über die Rahmenbedingungen (Zeit, Honorar, Terminplanung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints about progress</source>
        <translation>Beschwerden über den Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defends self against the therapist</source>
        <translation>Verteidigt sich gegen den Therapeuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efforts to control or pressure the therapist</source>
        <translation>Versuche, den Therapeuten zu kontrollieren oder unter Druck zu setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clarifies a misunderstanding</source>
        <translation>Klärt ein Missverständnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes tasks or goals</source>
        <translation>Ändert Aufgaben oder Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explains the rationale or illustrates a task</source>
        <translation>Erklärt die Begründung oder veranschaulicht eine Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invites the client to talk about the relationship or the therapy</source>
        <translation>Lädt den Klienten ein, über die Beziehung oder die Therapie zu sprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledges own contribution</source>
        <translation>Erkennt den eigenen Anteil an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discloses own experience of the interaction</source>
        <translation>Teilt das eigene Erleben der Interaktion mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links the rupture to patterns between client and therapist</source>
        <translation>Verknüpft den Bruch mit Mustern zwischen Klient und Therapeut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links it to patterns in the client&apos;s other relationships</source>
        <translation>Verknüpft ihn mit Mustern in anderen Beziehungen des Klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validates the client&apos;s defensive stance</source>
        <translation>Validiert die Abwehrhaltung des Klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirects or refocuses</source>
        <translation>Lenkt um oder fokussiert neu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>barely noticeable</source>
        <translation>kaum wahrnehmbar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dominated the session</source>
        <translation>bestimmte die Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not resolved: not addressed, or addressed without any shift</source>
        <translation>nicht aufgelöst: nicht angesprochen oder ohne jede Veränderung angesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>touched on: a little movement, the strain mostly remains</source>
        <translation>angerissen: etwas Bewegung, die Belastung bleibt größtenteils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly worked through: some reconnection, something still unresolved</source>
        <translation>teilweise durchgearbeitet: etwas Wiederannäherung, manches noch nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>largely resolved: both are back in the work and the relationship</source>
        <translation>weitgehend aufgelöst: beide sind wieder in der Arbeit und in der Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fully resolved: talked through, the client feels understood, the bond feels stronger</source>
        <translation>vollständig aufgelöst: durchgesprochen, der Klient fühlt sich verstanden, die Bindung fühlt sich stärker an</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/handover.py" line="-6"/>
        <source>How is our work together going for you? From 0 (not at all) to 10 (completely).</source>
        <translation>Wie erleben Sie unsere Zusammenarbeit? Von 0 (überhaupt nicht) bis 10 (vollständig).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fully</source>
        <translation>voll und ganz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How was today&apos;s session for you? From 0 (not at all) to 10 (fully). Your therapist&apos;s paper form has the full wording of each line.</source>
        <translation>Wie war die heutige Sitzung für Sie? Von 0 (überhaupt nicht) bis 10 (voll und ganz). Der Papierbogen Ihres Therapeuten enthält den vollständigen Wortlaut jeder Zeile.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Alliance does not know the instrument {instrument}.</source>
        <translation>Alliance kennt das Instrument {instrument} nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no item {item}.</source>
        <translation>{name} hat kein Item {item}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {text}: {value} is not one of its answers.</source>
        <translation>{name}, {text}: {value} ist keine der möglichen Antworten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one questionnaire to hand over.</source>
        <translation>Wählen Sie mindestens einen Fragebogen zum Übergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictions are entered for the check-in and the SRS when they are handed over, not for {k}.</source>
        <translation>Vorhersagen werden beim Übergeben für den Check-in und die SRS eingegeben, nicht für {k}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>This check-in is no longer in the vault.</source>
        <translation>Dieser Check-in ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>This check-in was handed back already.</source>
        <translation>Dieser Check-in wurde bereits zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="+75"/>
        <source>{subscale}: items {items}</source>
        <translation>{subscale}: Items {items}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value} (Jacobson–Truax)</source>
        <translation>{value} (Jacobson–Truax)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure</source>
        <translation>Messinstrument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bands or cut-off</source>
        <translation>Bereiche oder Cut-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliable change</source>
        <translation>Reliable Veränderung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{band} from {lower}</source>
        <translation>{band} ab {lower}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clinical range below {value}</source>
        <translation>klinischer Bereich unter {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clinical range at or above {value}</source>
        <translation>klinischer Bereich ab {value}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next / previous field or button (out of tables and lists too)</source>
        <translation>Nächstes / vorheriges Feld oder Schaltfläche (auch aus Tabellen und Listen heraus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press that button or open that menu</source>
        <translation>Diese Schaltfläche betätigen oder dieses Menü öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move inside a table, list or calendar</source>
        <translation>Innerhalb einer Tabelle, einer Liste oder eines Kalenders bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected client or session</source>
        <translation>Ausgewählten Klienten oder ausgewählte Sitzung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press the focused button; tick a box; open or close a section</source>
        <translation>Fokussierte Schaltfläche betätigen; Kästchen ankreuzen; Abschnitt öffnen oder schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the session form</source>
        <translation>Sitzungsformular speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close a dialog (the session form asks before discarding)</source>
        <translation>Dialog schließen (das Sitzungsformular fragt vor dem Verwerfen nach)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type a rating: the field takes the number at once</source>
        <translation>Bewertung eingeben: Das Feld übernimmt die Zahl sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+Down or F4</source>
        <translation>Alt+Down oder F4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the calendar of a date field</source>
        <translation>Kalender eines Datumsfelds öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Nach oben / Nach unten, Bild auf / Bild ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a date field: a day, a month later or earlier</source>
        <translation>In einem Datumsfeld: einen Tag bzw. einen Monat später oder früher</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/audit_words.py" line="+10"/>
        <source>acknowledge alert</source>
        <translation>Warnung quittiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add context event</source>
        <translation>Kontextereignis hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change safety resources</source>
        <translation>Sicherheitsressourcen geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change signal settings</source>
        <translation>Warnregeln geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in instrument</source>
        <translation>Check-in-Instrument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in into session</source>
        <translation>Check-in in die Sitzung übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete context event</source>
        <translation>Kontextereignis gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed unlock</source>
        <translation>fehlgeschlagenes Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals edited</source>
        <translation>Ziele bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand back</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high-water mark created</source>
        <translation>Höchststandsmarke angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passphrase reset with recovery key</source>
        <translation>Passphrase mit Wiederherstellungsschlüssel zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery unlock</source>
        <translation>mit Wiederherstellungsschlüssel entsperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reveal check-in</source>
        <translation>Check-in angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set measurement schedule</source>
        <translation>Messplan festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash emptied</source>
        <translation>Papierkorb geleert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash expired</source>
        <translation>Papierkorb abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlock</source>
        <translation>entsperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault created</source>
        <translation>Tresor angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/instruments.py" line="+203"/>
        <source>Instrument file {source}: field &apos;{field}&apos; {message}.</source>
        <translation>Instrumentdatei {source}: Feld „{field}“ {message}.</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Instrument folder {folder} is missing.</source>
        <translation>Der Instrumentordner {folder} fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument file {name} is not UTF-8 text.</source>
        <translation>Die Instrumentdatei {name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instrument file {name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>Die Instrumentdatei {name} ist kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instrument file {name}: field &apos;id&apos; repeats &apos;{id}&apos;.</source>
        <translation>Instrumentdatei {name}: Feld „id“ wiederholt „{id}“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instrument file {name}: field &apos;id&apos; is &apos;{id}&apos;; the file must be named {id}.json.</source>
        <translation>Instrumentdatei {name}: Feld „id“ ist „{id}“; die Datei muss {id}.json heißen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Instrument file {value}.json is missing from {folder}.</source>
        <translation>Die Instrumentdatei {value}.json fehlt in {folder}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no questionnaire called &apos;{instrument_id}&apos;.</source>
        <translation>Es gibt keinen Fragebogen namens „{instrument_id}“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{short_name} answers must be given item by item.</source>
        <translation>Antworten für {short_name} müssen Item für Item angegeben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/alliance/core/validation.py" line="+123"/>
        <source>{short_name} has no item &apos;{item_id}&apos;.</source>
        <translation>{short_name} hat kein Item „{item_id}“.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/outcomes/loading.py" line="+101"/>
        <source>Outcome instrument file {file}: field &apos;{value}&apos; {problem}.</source>
        <translation>Datei des Ergebnismaßes {file}: Feld „{value}“ {problem}.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Outcome instrument folder {folder} is missing.</source>
        <translation>Der Ordner der Ergebnismaße {folder} fehlt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome instrument file {name} is not UTF-8 text.</source>
        <translation>Die Datei des Ergebnismaßes {name} ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome instrument file {name} is not valid JSON (line {lineno}, column {colno}: {msg}).</source>
        <translation>Die Datei des Ergebnismaßes {name} ist kein gültiges JSON (Zeile {lineno}, Spalte {colno}: {msg}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome instrument file {name}: field &apos;id&apos; is &apos;{id}&apos;; the file must be named {id}.json.</source>
        <translation>Datei des Ergebnismaßes {name}: Feld „id“ ist „{id}“; die Datei muss {id}.json heißen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome instrument file {value}.json is missing from {folder}.</source>
        <translation>Die Datei des Ergebnismaßes {value}.json fehlt in {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/scrub/language.py" line="+16"/>
        <source>{detail} The scrubber has word lists for {value} only, so this note cannot be scrubbed: export without notes, or set the client&apos;s language.</source>
        <translation>{detail} Die Bereinigung hat nur Wortlisten für {value}, daher kann diese Notiz nicht bereinigt werden: Exportieren Sie ohne Notizen oder legen Sie die Sprache des Klienten fest.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/validation.py" line="-68"/>
        <location filename="../../src/alliance/services/session_batch.py" line="+53"/>
        <source>Choose the client this session was with.</source>
        <translation>Wählen Sie den Klienten dieser Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the session date.</source>
        <translation>Geben Sie das Sitzungsdatum ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the session date as a calendar date, without a time.</source>
        <translation>Geben Sie das Sitzungsdatum als Kalenderdatum ohne Uhrzeit ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session date is in the future; sessions are logged after they happen.</source>
        <translation>Das Sitzungsdatum liegt in der Zukunft; Sitzungen werden erfasst, nachdem sie stattgefunden haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session date is before 1950; check the year.</source>
        <translation>Das Sitzungsdatum liegt vor 1950; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration must be a whole number of minutes from {DURATION_MIN} to {DURATION_MAX}.</source>
        <translation>Die Dauer muss eine ganze Zahl von {DURATION_MIN} bis {DURATION_MAX} Minuten sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modality must be in person, video or phone.</source>
        <translation>Das Format muss Präsenz, Video oder Telefon sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nervous-system state must be ventral, sympathetic, dorsal or unclear.</source>
        <translation>Der Zustand des Nervensystems muss Ventral, Sympathikus, Dorsal oder Unklar sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note is longer than {max:,} characters; shorten it.</source>
        <translation>Die Notiz ist länger als {max:,} Zeichen; kürzen Sie sie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The corrective experience text is longer than {max:,} characters; shorten it.</source>
        <translation>Der Text zur korrigierenden Erfahrung ist länger als {max:,} Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/alliance/services/measures.py" line="+50"/>
        <source>There is no outcome measure called &apos;{instrument_id}&apos;.</source>
        <translation>Es gibt kein Ergebnismaß namens „{instrument_id}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose why the measure was not filled in.</source>
        <translation>Wählen Sie, warum das Ergebnismaß nicht ausgefüllt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{short_name} has answers and is marked declined; keep one of the two.</source>
        <translation>{short_name} hat Antworten und ist als abgelehnt markiert; behalten Sie nur eines von beiden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{short_name} item {number} takes a whole number from {min} to {max}.</source>
        <translation>Item {number} von {short_name} erfordert eine ganze Zahl von {min} bis {max}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{short_name} item {number} takes a whole number from {min} to {max} in steps of {step}.</source>
        <translation>Item {number} von {short_name} erfordert eine ganze Zahl von {min} bis {max} in Schritten von {step}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rupture kind must be withdrawal, confrontation or mixed.</source>
        <translation>Die Art des Bruchs muss Rückzug, Konfrontation oder gemischt sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rupture intensity must be a whole number from {INTENSITY_MIN} to {INTENSITY_MAX}.</source>
        <translation>Die Intensität des Bruchs muss eine ganze Zahl von {INTENSITY_MIN} bis {INTENSITY_MAX} sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These markers do not fit a {value} rupture: {value2}.</source>
        <translation>Diese Marker passen nicht zu einem Bruch vom Typ {value}: {value2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raised by must be client, therapist or unspoken.</source>
        <translation>„Angesprochen von“ muss Klient, Therapeut oder unausgesprochen sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rupture note is too long; shorten it.</source>
        <translation>Die Notiz zum Bruch ist zu lang; kürzen Sie sie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution must be a whole number from {RESOLUTION_MIN} to {RESOLUTION_MAX}.</source>
        <translation>Die Auflösung muss eine ganze Zahl von {RESOLUTION_MIN} bis {RESOLUTION_MAX} sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown repair strategies: {value}.</source>
        <translation>Unbekannte Reparaturstrategien: {value}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the one rupture this repair belongs to.</source>
        <translation>Wählen Sie genau den einen Bruch, zu dem diese Reparatur gehört.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rupture this repair belongs to is not in this session.</source>
        <translation>Der Bruch, zu dem diese Reparatur gehört, ist nicht in dieser Sitzung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repair note is too long; shorten it.</source>
        <translation>Die Notiz zur Reparatur ist zu lang; kürzen Sie sie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Keep to {GOALS_MAX} goals at most; merge or remove some.</source>
        <translation>Erfassen Sie höchstens {GOALS_MAX} Ziele; fassen Sie einige zusammen oder entfernen Sie welche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A goal can be at most {GOAL_MAX} characters; keep each to a line.</source>
        <translation>Ein Ziel darf höchstens {GOAL_MAX} Zeichen lang sein; beschränken Sie jedes auf eine Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The formulation can be at most {max:,} characters.</source>
        <translation>Die Fallkonzeption darf höchstens {max:,} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>This field contains an invisible control character; retype it.</source>
        <translation>Dieses Feld enthält ein unsichtbares Steuerzeichen; geben Sie den Text neu ein.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Enter a client code, for example AB-17.</source>
        <translation>Geben Sie einen Klientencode ein, zum Beispiel AB-17.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client code can be at most {CODE_MAX} characters.</source>
        <translation>Der Klientencode darf höchstens {CODE_MAX} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client code may use letters, digits, spaces and . - / # only, starting with a letter or digit.</source>
        <translation>Der Klientencode darf nur Buchstaben, Ziffern, Leerzeichen und . - / # enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This field can be at most {TEXT_MAX} characters.</source>
        <translation>Dieses Feld darf höchstens {TEXT_MAX} Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address does not look right (name@example.org).</source>
        <translation>Die E-Mail-Adresse scheint nicht korrekt zu sein (name@example.org).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the intake date as a calendar date, without a time.</source>
        <translation>Geben Sie das Aufnahmedatum als Kalenderdatum ohne Uhrzeit ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The intake date is more than a year ahead; check the year.</source>
        <translation>Das Aufnahmedatum liegt mehr als ein Jahr in der Zukunft; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status must be active, paused or discharged.</source>
        <translation>Der Status muss aktiv, pausiert oder abgeschlossen sein.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/backups.py" line="+67"/>
        <source>The backup {path} was removed again: it could not be recorded in the vault&apos;s audit trail ({exc})</source>
        <translation>Die Sicherung {path} wurde wieder entfernt: Sie konnte nicht im Prüfprotokoll des Tresors erfasst werden ({exc})</translation>
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
        <translation>Dieser Klient ist nicht mehr im Tresor vorhanden.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/clients.py" line="+18"/>
        <source>A client with the code {value} already exists.</source>
        <translation>Ein Klient mit dem Code {value} existiert bereits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another client already has the code {value}.</source>
        <translation>Ein anderer Klient hat bereits den Code {value}.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/context_events.py" line="-11"/>
        <source>Choose what kind of event this is.</source>
        <translation>Wählen Sie die Art des Ereignisses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the label to {CONTEXT_LABEL_MAX} characters; the note of a session holds the rest.</source>
        <translation>Begrenzen Sie die Bezeichnung auf {CONTEXT_LABEL_MAX} Zeichen; der Rest gehört in die Notiz einer Sitzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event cannot be in the future.</source>
        <translation>Ein Ereignis kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This event no longer exists in the vault.</source>
        <translation>Dieses Ereignis ist nicht mehr im Tresor vorhanden.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/export.py" line="+47"/>
        <source>This vault has no export key; run &apos;alliance verify&apos;.</source>
        <translation>Dieser Tresor hat keinen Exportschlüssel; führen Sie &apos;alliance verify&apos; aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No client with the code {value}.</source>
        <translation>Kein Klient mit dem Code {value}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The start of the date range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes cannot be scrubbed: {exc} Export without notes, or choose the clients whose notes are in a supported language.</source>
        <translation>Notizen können nicht bereinigt werden: {exc} Exportieren Sie ohne Notizen, oder wählen Sie die Klienten, deren Notizen in einer unterstützten Sprache verfasst sind.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing was written: the export could not be recorded in the vault&apos;s audit trail. {reason}</source>
        <translation>Es wurde nichts geschrieben: Der Export konnte nicht im Prüfprotokoll des Tresors vermerkt werden. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written to {path}: the export could not be recorded in the vault&apos;s audit trail. {reason}</source>
        <translation>Nach {path} wurde nichts geschrieben: Der Export konnte nicht im Prüfprotokoll des Tresors vermerkt werden. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export {path}</source>
        <translation>Der Export {path}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The note of this export in the per-user state folder</source>
        <translation>Der Vermerk zu diesem Export im benutzereigenen Statusordner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no client to print a report for.</source>
        <translation>Es gibt keinen Klienten, für den ein Bericht gedruckt werden kann.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/importer.py" line="+265"/>
        <source>No unresolved rupture in a session on {value} for this client: check the date, or log that session first.</source>
        <translation>Kein nicht aufgelöster Bruch in einer Sitzung am {value} für diesen Klienten: Prüfen Sie das Datum, oder erfassen Sie zuerst diese Sitzung.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/measures.py" line="-8"/>
        <source>Every N weeks needs N from 1 to 52.</source>
        <translation>Bei „alle N Wochen“ muss N zwischen 1 und 52 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each measure can be scheduled once.</source>
        <translation>Jedes Ergebnismaß kann nur einmal eingeplant werden.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/search.py" line="+24"/>
        <source>Type a word to search the notes for.</source>
        <translation>Geben Sie ein Wort ein, nach dem die Notizen durchsucht werden sollen.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/session_batch.py" line="+82"/>
        <source>The rupture this repair belongs to no longer exists.</source>
        <translation>Der Bruch, zu dem diese Reparatur gehört, existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A repair must belong to a rupture of the same client.</source>
        <translation>Eine Reparatur muss zu einem Bruch desselben Klienten gehören.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A repair cannot come before its rupture (noticed in session {number} on {value}). Check the date.</source>
        <translation>Eine Reparatur kann nicht vor ihrem Bruch liegen (bemerkt in Sitzung {number} am {value}). Prüfen Sie das Datum.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/session_form.py" line="-11"/>
        <location filename="../../src/alliance/services/sessions.py" line="+53"/>
        <location line="+99"/>
        <location line="+22"/>
        <source>This session no longer exists in the vault.</source>
        <translation>Diese Sitzung existiert nicht mehr im Tresor.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/sessions.py" line="-119"/>
        <source>A logged session cannot be moved to another client.</source>
        <translation>Eine erfasste Sitzung kann nicht einem anderen Klienten zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>A rupture from this session was repaired in session {later}; delete or edit that repair first.</source>
        <translation>Ein Bruch aus dieser Sitzung wurde in Sitzung {later} repariert; löschen oder bearbeiten Sie zuerst diese Reparatur.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This rupture belongs to another session.</source>
        <translation>Dieser Bruch gehört zu einer anderen Sitzung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This repair belongs to another session.</source>
        <translation>Diese Reparatur gehört zu einer anderen Sitzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rupture you removed was repaired in session {later}; remove that repair first.</source>
        <translation>Ein von Ihnen entfernter Bruch wurde in Sitzung {later} repariert; entfernen Sie zuerst diese Reparatur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rupture from this session was repaired in session {number} on {rdate}; the session date cannot move after that.</source>
        <translation>Ein Bruch aus dieser Sitzung wurde in Sitzung {number} am {rdate} repariert; das Sitzungsdatum kann nicht danach liegen.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/services/trash.py" line="+70"/>
        <source>This session is no longer in the trash.</source>
        <translation>Diese Sitzung ist nicht mehr im Papierkorb.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This session cannot be restored:</source>
        <translation>Diese Sitzung kann nicht wiederhergestellt werden:</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/backup.py" line="+178"/>
        <source>The backup could not be written into {root} ({value}); the vault itself is unchanged.</source>
        <translation>Die Sicherung konnte nicht in {root} geschrieben werden ({value}); der Tresor selbst ist unverändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its database was written unencrypted</source>
        <translation>ihre Datenbank wurde unverschlüsselt geschrieben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup did not verify after writing ({exc}) and was removed. The vault itself may be damaged: run `alliance verify`.</source>
        <translation>Die Sicherung hat die Prüfung nach dem Schreiben nicht bestanden ({exc}) und wurde entfernt. Der Tresor selbst ist möglicherweise beschädigt: Führen Sie `alliance verify` aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written into {root} ({value}); nothing of it was kept, and the vault itself is unchanged.</source>
        <translation>Die Sicherung konnte nicht in {root} geschrieben werden ({value}); nichts davon wurde behalten, und der Tresor selbst ist unverändert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>The vault could not be backed up first ({value}); nothing was changed.</source>
        <translation>Der Tresor konnte nicht vorab gesichert werden ({value}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its database cannot be read: {value}</source>
        <translation>ihre Datenbank kann nicht gelesen werden: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database is not encrypted</source>
        <translation>ihre Datenbank ist nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/alliance/store/restore.py" line="+243"/>
        <location line="+45"/>
        <source>its database does not open with its key</source>
        <translation>ihre Datenbank lässt sich mit ihrem Schlüssel nicht öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pages of its database fail authentication</source>
        <translation>Seiten ihrer Datenbank bestehen die Authentifizierung nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its database fails the structure check</source>
        <translation>ihre Datenbank besteht die Strukturprüfung nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its database belongs to another vault than its key file</source>
        <translation>ihre Datenbank gehört zu einem anderen Tresor als ihre Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its database cannot be read ({name__})</source>
        <translation>ihre Datenbank kann nicht gelesen werden ({name__})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The backups folder ({root}) is a symbolic link, so no backup was written through it. Replace it with a plain folder.</source>
        <translation>Der Sicherungsordner ({root}) ist ein symbolischer Link, daher wurde keine Sicherung darüber geschrieben. Ersetzen Sie ihn durch einen normalen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/engine.py" line="+97"/>
        <location line="+38"/>
        <source>The vault database (alliance.db) is cut short. Restore the vault from a backup.</source>
        <translation>Die Datenbank des Tresors (alliance.db) ist abgeschnitten. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/errors.py" line="+13"/>
        <source>The vault could not be opened.</source>
        <translation>Der Tresor konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <translation>Die Passphrase ist nicht korrekt. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recovery key is not correct. Check it against the copy you stored.</source>
        <translation>Der Wiederherstellungsschlüssel ist nicht korrekt. Vergleichen Sie ihn mit Ihrer aufbewahrten Kopie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file (keys.json) is damaged or has been altered. Restore the vault from a backup.</source>
        <translation>Die Schlüsseldatei (keys.json) ist beschädigt oder wurde verändert. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file (keys.json) asks for an unsafe key-derivation cost and was refused. It may have been tampered with; restore the vault from a backup.</source>
        <translation>Die Schlüsseldatei (keys.json) verlangt einen unsicheren Aufwand für die Schlüsselableitung und wurde abgelehnt. Sie wurde möglicherweise manipuliert; stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vault database (alliance.db) is damaged or does not belong to this key file. Restore the vault from a backup.</source>
        <translation>Die Datenbank des Tresors (alliance.db) ist beschädigt oder gehört nicht zu dieser Schlüsseldatei. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A file in the vault folder is not a plain file (a symbolic link, a FIFO, a device or a hard link), so Alliance refused to use the vault.</source>
        <translation>Eine Datei im Tresorordner ist keine normale Datei (ein symbolischer Link, ein FIFO, ein Gerät oder ein Hardlink), daher hat Alliance die Verwendung des Tresors abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This vault is open in another Alliance window or command. Close it and try again.</source>
        <translation>Dieser Tresor ist in einem anderen Alliance-Fenster oder -Befehl geöffnet. Schließen Sie ihn dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This vault was saved by a newer version of Alliance. Install the newer version to open it.</source>
        <translation>Dieser Tresor wurde von einer neueren Version von Alliance gespeichert. Installieren Sie die neuere Version, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no vault in this folder.</source>
        <translation>In diesem Ordner befindet sich kein Tresor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A vault already exists in this folder; it was left untouched.</source>
        <translation>In diesem Ordner gibt es bereits einen Tresor; er wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup could not be written; the vault itself is unchanged.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden; der Tresor selbst ist unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is damaged or incomplete and was not restored; the vault is unchanged.</source>
        <translation>Die Sicherung ist beschädigt oder unvollständig und wurde nicht wiederhergestellt; der Tresor ist unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no backup there: a backup is a folder holding alliance.db and keys.json.</source>
        <translation>Dort gibt es keine Sicherung: Eine Sicherung ist ein Ordner mit alliance.db und keys.json.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The disk reported an error while reading or writing the vault; nothing was saved. Check the disk and try again.</source>
        <translation>Der Datenträger meldete beim Lesen oder Schreiben des Tresors einen Fehler; es wurde nichts gespeichert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The disk holding the vault is full, so nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger mit dem Tresor ist voll, daher wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alliance cannot use the vault folder: the disk is read-only, or this user lacks permission to the folder or its files. Nothing was changed.</source>
        <translation>Alliance kann den Tresorordner nicht verwenden: Der Datenträger ist schreibgeschützt, oder diesem Benutzer fehlt die Berechtigung für den Ordner oder seine Dateien. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is not enough free memory to unlock the vault. Close other programs and try again.</source>
        <translation>Es ist nicht genügend freier Arbeitsspeicher vorhanden, um den Tresor zu entsperren. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The disk is full: {what} could not be written, so nothing was changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: {what} konnte nicht geschrieben werden, daher wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} could not be written: the disk is read-only, or this user lacks permission to the folder. Nothing was changed.</source>
        <translation>{what} konnte nicht geschrieben werden: Der Datenträger ist schreibgeschützt, oder diesem Benutzer fehlt die Berechtigung für den Ordner. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} could not be written ({value}); nothing was changed.</source>
        <translation>{what} konnte nicht geschrieben werden ({value}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/files.py" line="+28"/>
        <source>{what} is not a regular file (it is a symbolic link, a FIFO, a device, a folder or a hard link), so Alliance refused to use it. Someone may have tampered with the vault folder; restore it from a backup.</source>
        <translation>{what} ist keine reguläre Datei (sondern ein symbolischer Link, ein FIFO, ein Gerät, ein Ordner oder ein Hardlink), daher hat Alliance sie nicht verwendet. Möglicherweise wurde der Tresorordner manipuliert; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is a symbolic link</source>
        <translation>ist ein symbolischer Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a FIFO (named pipe)</source>
        <translation>ist ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device</source>
        <translation>ist ein Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a socket</source>
        <translation>ist ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has {links} hard links (it is also a file elsewhere)</source>
        <translation>hat {links} Hardlinks (die Datei liegt auch an anderer Stelle)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The vault folder {folder} {reason}, so Alliance refused to use it. Open the folder it points to, or restore the vault from a backup.</source>
        <translation>Der Tresorordner {folder} {reason}, daher hat Alliance seine Verwendung abgelehnt. Öffnen Sie den Ordner, auf den er verweist, oder stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} in the vault folder {folder} {reason}, so Alliance refused to open or write it. Someone may have tampered with the vault folder: remove {name} if you know why it is there (for .lock that is always safe while Alliance is closed), or restore the vault from a backup.</source>
        <translation>{name} im Tresorordner {folder} {reason}, daher hat Alliance das Öffnen oder Schreiben abgelehnt. Möglicherweise wurde der Tresorordner manipuliert: Entfernen Sie {name}, wenn Sie wissen, warum es dort liegt (bei .lock ist das bei geschlossenem Alliance immer unbedenklich), oder stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/instance_lock.py" line="+105"/>
        <source>The lock file ({path}) {reason}, so Alliance refused to open or write it. Remove it while Alliance is closed; it is made again.</source>
        <translation>Die Sperrdatei ({path}) {reason}, daher hat Alliance das Öffnen oder Schreiben abgelehnt. Entfernen Sie sie, während Alliance geschlossen ist; sie wird neu angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>The lock file ({path})</source>
        <translation>Die Sperrdatei ({path})</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/kdf.py" line="+94"/>
        <source>The key file (keys.json) asks for more key-derivation work than this version of Alliance spends on one attempt, so the passphrase was not tried. If an earlier Alliance made this vault on a fast computer, open it with its recovery key (`alliance recover`, or &quot;Use the recovery key&quot; in the app): that sets a new passphrase at a cost this version accepts.</source>
        <translation>Die Schlüsseldatei (keys.json) verlangt mehr Aufwand für die Schlüsselableitung, als diese Version von Alliance für einen Versuch aufwendet, daher wurde die Passphrase nicht geprüft. Wenn eine frühere Alliance-Version diesen Tresor auf einem schnellen Computer angelegt hat, öffnen Sie ihn mit seinem Wiederherstellungsschlüssel (`alliance recover` oder „Wiederherstellungsschlüssel verwenden“ in der App): Dabei wird eine neue Passphrase mit einem Aufwand festgelegt, den diese Version akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/keys.py" line="+187"/>
        <source>The key file (keys.json) has a format this version of Alliance does not know.</source>
        <translation>Die Schlüsseldatei (keys.json) hat ein Format, das diese Version von Alliance nicht kennt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The key file ({name})</source>
        <translation>Die Schlüsseldatei ({name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file (keys.json) is missing. Restore the vault from a backup.</source>
        <translation>Die Schlüsseldatei (keys.json) fehlt. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file ({path}) could not be read ({value}).</source>
        <translation>Die Schlüsseldatei ({path}) konnte nicht gelesen werden ({value}).</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/mark.py" line="+104"/>
        <source>The vault&apos;s high-water mark ({what}) is damaged or has been altered. Restore the vault from a backup.</source>
        <translation>Die Höchststandsmarke des Tresors ({what}) ist beschädigt oder wurde verändert. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/restore.py" line="-212"/>
        <source>There is no backup at {folder}: a backup is a folder holding {DB_NAME} and {KEYS_NAME}.</source>
        <translation>Unter {folder} gibt es keine Sicherung: Eine Sicherung ist ein Ordner mit {DB_NAME} und {KEYS_NAME}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup is incomplete: its {missing} is missing. Nothing was restored.</source>
        <translation>Die Sicherung ist unvollständig: {missing} fehlt darin. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup&apos;s key file (keys.json) is damaged or has been altered. Nothing was restored.</source>
        <translation>Die Schlüsseldatei der Sicherung (keys.json) ist beschädigt oder wurde verändert. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The restored vault did not open ({exc}); the vault as it was has been put back.</source>
        <translation>Der wiederhergestellte Tresor ließ sich nicht öffnen ({exc}); der Tresor wurde in seinen vorherigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The vault is open: lock it before restoring a backup into it.</source>
        <translation>Der Tresor ist geöffnet: Sperren Sie ihn, bevor Sie eine Sicherung darin wiederherstellen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This backup was made by a newer version of Alliance. Install that version to restore it; nothing was restored.</source>
        <translation>Diese Sicherung wurde von einer neueren Version von Alliance erstellt. Installieren Sie diese Version, um sie wiederherzustellen; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup is damaged ({exc}) and was not restored; the vault is unchanged.</source>
        <translation>Die Sicherung ist beschädigt ({exc}) und wurde nicht wiederhergestellt; der Tresor ist unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be copied into the vault folder ({value}); the vault is unchanged.</source>
        <translation>Die Sicherung konnte nicht in den Tresorordner kopiert werden ({value}); der Tresor ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/store/vault.py" line="+183"/>
        <source>The vault database (alliance.db) is missing. Restore the vault from a backup.</source>
        <translation>Die Datenbank des Tresors (alliance.db) fehlt. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{value} page(s) of the vault database (alliance.db) fail their authentication check: it is damaged or was altered. Restore the vault from a backup.</source>
        <translation>Bei {value} Seite(n) der Datenbank des Tresors (alliance.db) schlägt die Authentifizierungsprüfung fehl: Die Datenbank ist beschädigt oder wurde verändert. Stellen Sie den Tresor aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This vault needs an upgrade, which waits for a backup first: {exc}</source>
        <translation>Dieser Tresor benötigt ein Upgrade, das erst nach einer Sicherung erfolgt: {exc}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault&apos;s high-water mark ({MARK_NAME}) is missing, so Alliance cannot tell whether recent changes were lost. Restore the newest backup.</source>
        <translation>Die Höchststandsmarke des Tresors ({MARK_NAME}) fehlt, daher kann Alliance nicht feststellen, ob kürzliche Änderungen verloren gegangen sind. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The vault is damaged: its audit trail does not match the vault&apos;s high-water mark, so the database was altered. Restore the newest backup.</source>
        <translation>Der Tresor ist beschädigt: Sein Prüfprotokoll stimmt nicht mit seiner Höchststandsmarke überein, die Datenbank wurde also verändert. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The key file (keys.json) belongs to another vault than this database.</source>
        <translation>Die Schlüsseldatei (keys.json) gehört zu einem anderen Tresor als diese Datenbank.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The new key file ({path})</source>
        <translation>Die neue Schlüsseldatei ({path})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key file ({path})</source>
        <translation>Die Schlüsseldatei ({path})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/alliance/reports/blank_form.py" line="+24"/>
        <source>Name: ______________________________      Date: ________________</source>
        <translation>Name: ______________________________      Datum: ________________</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{form} · page {page} of {pages}</source>
        <translation>{form} · Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../src/alliance/core/scrub/lexicon.py" line="+17"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="+146"/>
        <source>About Alliance</source>
        <translation>Über Alliance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Track the therapeutic relationship: ratings, ruptures and repairs, in an encrypted vault on this computer. Nothing leaves it unless you export it; the app never uses the network.&lt;/p&gt;&lt;p&gt;Copyright © the Alliance developers.&lt;/p&gt;&lt;p&gt;Alliance is free software: you can redistribute it and modify it under the terms of the GNU Lesser General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. The licence texts are in the next tab.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verfolgen Sie die therapeutische Beziehung: Bewertungen, Brüche und Reparaturen, in einem verschlüsselten Tresor auf diesem Computer. Nichts verlässt ihn, außer Sie exportieren es; die App nutzt nie das Netzwerk.&lt;/p&gt;&lt;p&gt;Copyright © die Alliance-Entwickler.&lt;/p&gt;&lt;p&gt;Alliance ist freie Software: Sie können sie unter den Bedingungen der GNU Lesser General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version. Sie wird in der Hoffnung verbreitet, dass sie nützlich ist, aber OHNE JEDE GEWÄHRLEISTUNG; sogar ohne die implizite Gewährleistung der MARKTGÄNGIGKEIT oder EIGNUNG FÜR EINEN BESTIMMTEN ZWECK. Die Lizenztexte finden Sie im nächsten Reiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-party notices</source>
        <translation>&amp;Drittanbieter-Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full notices</source>
        <translation>&amp;Vollständige Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party notices</source>
        <translation>Drittanbieter-Hinweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full notices</source>
        <translation>Vollständige Hinweise</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/acknowledge_dialog.py" line="+35"/>
        <source>Addressed in session</source>
        <translation>In der Sitzung angesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussed in supervision</source>
        <translation>In der Supervision besprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected at this stage of therapy</source>
        <translation>In dieser Therapiephase zu erwarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not clinically relevant</source>
        <translation>Klinisch nicht relevant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Acknowledge alert — {code}</source>
        <translation>Warnung quittieren — {code}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Why it no longer needs a reminder</source>
        <translation>Warum keine Erinnerung mehr nötig ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Kept in the vault; the audit log records only the reason.</source>
        <translation>Optional. Wird im Tresor aufbewahrt; das Prüfprotokoll erfasst nur den Grund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An acknowledged alert stops showing; a new fall or rupture raises a new one. It stays in the client&apos;s past alerts with your reason.</source>
        <translation>Eine quittierte Warnung wird nicht mehr angezeigt; ein neuer Abfall oder Bruch löst eine neue aus. Sie bleibt mit Ihrem Grund in den früheren Warnungen des Klienten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not acknowledged</source>
        <translation>Nicht quittiert</translation>
    </message>
</context>
<context>
    <name>AlertsStrip</name>
    <message>
        <location filename="../../src/alliance/ui/client/alerts_strip.py" line="+40"/>
        <source>Alerts and prompts</source>
        <translation>Warnungen und Hinweise</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why am I seeing this? The rule, this client&apos;s usual level and the sessions</source>
        <translation>Warum sehe ich das? Die Regel, der übliche Wert dieses Klienten und die Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen, with a reason, so it stops showing</source>
        <translation>Mit Grund als gesehen markieren, damit sie nicht mehr angezeigt wird</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n more…</source>
        <translation>
            <numerusform>%n weitere…</numerusform>
            <numerusform>%n weitere…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Past alerts and prompts (%n)…</source>
        <translation>
            <numerusform>Frühere Warnungen und Hinweise (%n)…</numerusform>
            <numerusform>Frühere Warnungen und Hinweise (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why am I seeing this: {title}</source>
        <translation>Warum sehe ich das: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge alert: {title}</source>
        <translation>Warnung quittieren: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prompt</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/audit_log_window.py" line="+81"/>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search details, e.g. format: pdf</source>
        <translation>Details durchsuchen, z. B. format: pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the details</source>
        <translation>Details durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;ecord</source>
        <translation>&amp;Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Audit events</source>
        <translation>Protokollereignisse</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every unlock, change, export, backup and restore is recorded here, each event sealed to the one before it. Details never hold clinical text.</source>
        <translation>Jedes Entsperren, jede Änderung, jeder Export, jede Sicherung und Wiederherstellung wird hier erfasst, jedes Ereignis mit dem vorherigen versiegelt. Details enthalten nie klinischen Text.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audit trail could not be read: {error}</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} events shown, newest first.</source>
        <translation>{n} Ereignisse angezeigt, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {n} events match the search.</source>
        <translation>{shown} von {n} Ereignissen entsprechen der Suche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit trail could not be checked: {error}</source>
        <translation>Das Prüfprotokoll konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the audit trail…</source>
        <translation>Prüfprotokoll wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail intact — {n} events, each sealed to the one before it.</source>
        <translation>Prüfprotokoll intakt — {n} Ereignisse, jedes mit dem vorherigen versiegelt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail has been altered or damaged:</source>
        <translation>Das Prüfprotokoll wurde verändert oder beschädigt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {n} more.</source>
        <translation>… und {n} weitere.</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/backups_dialog.py" line="+291"/>
        <source>The disk reported an error: {reason}</source>
        <translation>Der Datenträger meldete einen Fehler: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-219"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alliance backs the vault up when you unlock it once a day, and before every upgrade, keeping 14 daily and 8 weekly backups. Each is encrypted like the vault, checked after writing, and opens with the passphrase the vault had when it was made.</source>
        <translation>Alliance sichert den Tresor einmal täglich beim Entsperren sowie vor jedem Upgrade und behält 14 tägliche und 8 wöchentliche Sicherungen. Jede ist wie der Tresor verschlüsselt, wird nach dem Schreiben geprüft und öffnet sich mit der Passphrase, die der Tresor bei ihrer Erstellung hatte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder: {folder}</source>
        <translation>Ordner: {folder}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There are no backups yet. Back up now to make the first one.</source>
        <translation>Es gibt noch keine Sicherungen. Sichern Sie jetzt, um die erste zu erstellen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Backing up the vault…</source>
        <translation>Tresor wird gesichert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written and verified: {clients}, {sessions}.</source>
        <translation>Sicherung geschrieben und geprüft: {clients}, {sessions}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rotation removed 1 older backup (one is kept per day for 14 days, then one per week).</source>
        <translation>Die Rotation hat 1 ältere Sicherung entfernt (14 Tage lang wird eine pro Tag behalten, danach eine pro Woche).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rotation removed {n} older backups (one is kept per day for 14 days, then one per week).</source>
        <translation>Die Rotation hat {n} ältere Sicherungen entfernt (14 Tage lang wird eine pro Tag behalten, danach eine pro Woche).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault will be replaced by the backup made {when}.

First, Alliance keeps the vault as it is now as another backup (“before a restore”), so nothing is lost. Then it locks: unlock with the passphrase the vault had when this backup was made.</source>
        <translation>Der Tresor wird durch die Sicherung vom {when} ersetzt.

Zuvor bewahrt Alliance den aktuellen Stand des Tresors als weitere Sicherung auf („Vor einer Wiederherstellung“), sodass nichts verloren geht. Danach sperrt sich Alliance: Entsperren Sie mit der Passphrase, die der Tresor bei Erstellung dieser Sicherung hatte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase the vault had on {when}:</source>
        <translation>Die Passphrase, die der Tresor am {when} hatte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The vault as it was is kept as the backup made {when}.</source>
        <translation>Der vorherige Stand des Tresors bleibt als Sicherung vom {when} erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is restored: {clients}, {sessions}.{kept}

Alliance locks now. Unlock with the passphrase the vault had when the backup was made.</source>
        <translation>Die Sicherung ist wiederhergestellt: {clients}, {sessions}.{kept}

Alliance sperrt sich jetzt. Entsperren Sie mit der Passphrase, die der Tresor bei Erstellung der Sicherung hatte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{error}

The vault was closed for the restore; Alliance locks now. Unlock it as before.</source>
        <translation>{error}

Der Tresor wurde für die Wiederherstellung geschlossen; Alliance sperrt sich jetzt. Entsperren Sie ihn wie bisher.</translation>
    </message>
</context>
<context>
    <name>BlankFormDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/blank_forms.py" line="+20"/>
        <source>Blank paper form</source>
        <translation>Leeres Papierformular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A blank form to fill in on paper: no client&apos;s name or data is printed on it.</source>
        <translation>Ein leeres Formular zum Ausfüllen auf Papier: Weder Name noch Daten eines Klienten werden darauf gedruckt.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sent to the printer (pages: %n).</source>
        <translation>
            <numerusform>An den Drucker gesendet (Seiten: %n).</numerusform>
            <numerusform>An den Drucker gesendet (Seiten: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the blank form</source>
        <translation>Leeres Formular speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The form could not be written to %1: %2. Choose another folder.</source>
        <translation>Das Formular konnte nicht in %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Written: %1 (pages: %n).</source>
        <translation>
            <numerusform>Geschrieben: %1 (Seiten: %n).</numerusform>
            <numerusform>Geschrieben: %1 (Seiten: %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../src/alliance/ui/caseload/caseload_model.py" line="+46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last session</source>
        <translation>Letzte Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent sessions</source>
        <translation>Jüngste Sitzungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ruptures</source>
        <translation>Offene Brüche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alliance index over the last sessions</source>
        <translation>Allianzindex der letzten Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction of the alliance index over the last six sessions</source>
        <translation>Richtung des Allianzindex über die letzten sechs Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance index of the latest session</source>
        <translation>Allianzindex der jüngsten Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest outcome measure and its change since the first one</source>
        <translation>Das jüngste Ergebnismaß und seine Veränderung seit dem ersten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ruptures not yet resolved by a repair</source>
        <translation>Brüche, die noch nicht durch eine Reparatur aufgelöst sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by need of attention: open ruptures first, then declining alliances, drops, SRS and perspective gaps</source>
        <translation>Nach Handlungsbedarf sortiert: zuerst offene Brüche, dann sinkende Allianzen, Einbrüche, SRS- und Perspektivunterschiede</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{n} · {title}</source>
        <translation>{n} · {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not judged yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough sessions for a trend</source>
        <translation>zu wenige Sitzungen für einen Trend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking the alert rules</source>
        <translation>Warnregeln werden geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no alerts</source>
        <translation>keine Warnungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{words}: {slope} per session over the last sessions</source>
        <translation>{words}: {slope} pro Sitzung über die letzten Sitzungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, session {n}: {change}{recovered}</source>
        <translation>{name}, Sitzung {n}: {change}{recovered}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, recovered</source>
        <translation>, genesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking this client&apos;s whole history against the alert rules…</source>
        <translation>Der gesamte Verlauf dieses Klienten wird anhand der Warnregeln geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reason given: {why}.</source>
        <translation>Angegebener Grund: {why}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no sessions yet</source>
        <translation>noch keine Sitzungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alliance index of the last {n} sessions: {values}</source>
        <translation>Allianzindex der letzten {n} Sitzungen: {values}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/alliance/ui/caseload/caseload_page.py" line="+180"/>
        <source>Re-&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>· Your predictions: off by %1 points on average (check-ins counted: %n)</source>
        <translation>
            <numerusform>· Ihre Vorhersagen: im Mittel %1 Punkte daneben (gezählte Check-ins: %n)</numerusform>
            <numerusform>· Ihre Vorhersagen: im Mittel %1 Punkte daneben (gezählte Check-ins: %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} von {total} Klienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {n} with alerts</source>
        <translation> · {n} mit Warnungen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is now {status}; choose “{filter}” to see it.</source>
        <translation>{code} ist jetzt {status}; wählen Sie „{filter}“, um den Eintrag zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alert acknowledged.</source>
        <translation>Warnung quittiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} alerts acknowledged.</source>
        <translation>{n} Warnungen quittiert.</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../src/alliance/ui/caseload/caseload_view.py" line="+28"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and paused</source>
        <translation>Aktiv und pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharged</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clients</source>
        <translation>Alle Klienten</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+41"/>
        <source>Caseload</source>
        <translation>Fallübersicht</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Ale&amp;rts only</source>
        <translation>Nur &amp;Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only clients with an alert you have not acknowledged</source>
        <translation>Nur Klienten mit einer nicht quittierten Warnung anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before handing the computer over you may predict the client&apos;s check-in answers. This is how far off those predictions were on average (points on the 0-10 scale), over your last 10 predicted check-ins.</source>
        <translation>Bevor Sie den Computer übergeben, können Sie die Check-in-Antworten des Klienten vorhersagen. Dies zeigt, wie weit diese Vorhersagen im Mittel danebenlagen (Punkte auf der Skala 0-10), über Ihre letzten 10 vorhergesagten Check-ins.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by code or name</source>
        <translation>Nach Code oder Name suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search clients by code or name</source>
        <translation>Klienten nach Code oder Name suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show clients with status</source>
        <translation>Klienten mit Status anzeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Klient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log session…</source>
        <translation>&amp;Sitzung erfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;knowledge alert…</source>
        <translation>Warnung &amp;quittieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected client&apos;s alerts as seen, with a reason</source>
        <translation>Die Warnungen des ausgewählten Klienten mit Grund als gesehen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discharge</source>
        <translation>&amp;Abschließen</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/client_dialog.py" line="+40"/>
        <source>Edit client</source>
        <translation>Klient bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A short label, e.g. AB-17</source>
        <translation>Eine kurze Kennung, z. B. AB-17</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Names of partners, relatives… (removed from exports)</source>
        <translation>Namen von Partnern, Angehörigen… (aus Exporten entfernt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake date</source>
        <translation>Aufnahmedatum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the code is required. Name and contact details never leave the vault in de-identified exports.</source>
        <translation>Nur der Code ist erforderlich. Name und Kontaktdaten verlassen den Tresor in anonymisierten Exporten nie.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../src/alliance/ui/client/client_page.py" line="+186"/>
        <source>Intake {date} · {n} sessions</source>
        <translation>Aufnahme {date} · {n} Sitzungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No goals yet: Edit goals… sets them.</source>
        <translation>Noch keine Ziele: Über „Ziele bearbeiten…“ legen Sie sie fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formulation</source>
        <translation>Fallkonzeption</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Event: {kind}</source>
        <translation>Ereignis: {kind}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No ruptures logged yet.</source>
        <translation>Noch keine Brüche erfasst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{kind} · intensity {n} · raised by {who}</source>
        <translation>{kind} · Intensität {n} · angesprochen von {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair, resolution {n}/5</source>
        <translation>Reparatur, Auflösung {n}/5</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../src/alliance/ui/client/client_view.py" line="+51"/>
        <source>Caseload</source>
        <translation>Fallübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the caseload</source>
        <translation>Zurück zur Fallübersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edi&amp;t client…</source>
        <translation>Klient &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measures…</source>
        <translation>Ergebnis&amp;maße…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which outcome measures this client is asked for, and how often</source>
        <translation>Welche Ergebnismaße dieser Klient erhält und wie oft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;event…</source>
        <translation>&amp;Ereignis hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A life event, medication change, absence, change of setting or phase, drawn on the charts</source>
        <translation>Ein Lebensereignis, eine Medikamentenänderung, Abwesenheit, ein Wechsel von Setting oder Phase, in den Diagrammen eingezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand &amp;over…</source>
        <translation>&amp;Übergeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the computer to the client for a check-in (Ctrl+Shift+H)</source>
        <translation>Den Computer für einen Check-in an den Klienten übergeben (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;session…</source>
        <translation>&amp;Sitzung erfassen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the timeline as</source>
        <translation>Verlauf anzeigen als</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Timeline table: one row per session</source>
        <translation>Verlaufstabelle: eine Zeile pro Sitzung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the timeline</source>
        <translation>Verlauf wird geladen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+54"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>O&amp;pen session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rupture / repair</source>
        <translation>Bruch / Reparatur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+70"/>
        <source>Ruptures and repairs</source>
        <translation>Brüche und Reparaturen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Edit &amp;goals…</source>
        <translation>&amp;Ziele bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s treatment goals and a short formulation</source>
        <translation>Die Behandlungsziele des Klienten und eine kurze Fallkonzeption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment goals and formulation</source>
        <translation>Behandlungsziele und Fallkonzeption</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>ClientWindow</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/client_window.py" line="+44"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read the questions aloud</source>
        <translation>Fragen vorlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read each question and its answers to the client, and click the answer they give. The answers go into the session form when you finish.</source>
        <translation>Lesen Sie dem Klienten jede Frage mit ihren Antworten vor und klicken Sie die gegebene Antwort an. Am Ende werden die Antworten in das Sitzungsformular übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A few questions for you</source>
        <translation>Ein paar Fragen an Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answers go to your therapist&apos;s private, encrypted record on this computer. There are no right or wrong answers, and you can skip any question.</source>
        <translation>Ihre Antworten gehen in die private, verschlüsselte Akte Ihres Therapeuten auf diesem Computer. Es gibt keine richtigen oder falschen Antworten, und Sie können jede Frage überspringen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All questions asked</source>
        <translation>Alle Fragen gestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The answers go into the session form.</source>
        <translation>Die Antworten werden in das Sitzungsformular übernommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Put into the session</source>
        <translation>&amp;In die Sitzung übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have finished. Please hand the computer back to your therapist.</source>
        <translation>Sie sind fertig. Bitte geben Sie den Computer an Ihren Therapeuten zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand back</source>
        <translation>&amp;Zurückgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A+  &amp;Larger text</source>
        <translation>A+  &amp;Größerer Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Your answers over time</source>
        <translation>Ihre Antworten im Verlauf</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../src/alliance/ui/widgets/formatting.py" line="+18"/>
        <source>1 client</source>
        <translation>1 Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} clients</source>
        <translation>{n} Klienten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../src/alliance/ui/first_run/create_vault_dialog.py" line="+67"/>
        <source>The vault could not be created: {error}</source>
        <translation>Der Tresor konnte nicht erstellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>CreateVaultView</name>
    <message>
        <location filename="../../src/alliance/ui/first_run/create_vault_view.py" line="+28"/>
        <source>Create your vault</source>
        <translation>Ihren Tresor erstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create vault</source>
        <translation>Tresor erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your vault is encrypted with a key made from this passphrase. Nobody, including the makers of Alliance, can open the vault without it or the recovery key you will see next.</source>
        <translation>Ihr Tresor wird mit einem Schlüssel verschlüsselt, der aus dieser Passphrase erzeugt wird. Niemand, auch nicht die Entwickler von Alliance, kann den Tresor ohne sie oder den Wiederherstellungsschlüssel öffnen, den Sie als Nächstes sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating the vault</source>
        <translation>Tresor wird erstellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Creating your vault…</source>
        <translation>Ihr Tresor wird erstellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deriving the encryption key from your passphrase. This takes a moment on purpose: it makes guessing the passphrase slow for anyone else.</source>
        <translation>Der Verschlüsselungsschlüssel wird aus Ihrer Passphrase abgeleitet. Das dauert absichtlich einen Moment: So dauert das Erraten der Passphrase für andere lange.</translation>
    </message>
</context>
<context>
    <name>CriticalSessionDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/critical_session_dialog.py" line="+19"/>
        <source>Critical session {n} — {code}</source>
        <translation>Kritische Sitzung {n} — {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No note for this session.</source>
        <translation>Keine Notiz zu dieser Sitzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Rupture: {kind}, intensity {n}</source>
        <translation>Bruch: {kind}, Intensität {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair: resolution {r}/5</source>
        <translation>Reparatur: Auflösung {r}/5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrective experience: {text}</source>
        <translation>Korrigierende Erfahrung: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rupture, repair or corrective experience was logged in this session.</source>
        <translation>In dieser Sitzung wurde weder ein Bruch noch eine Reparatur oder korrigierende Erfahrung erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ruptures, repairs and corrective experience</source>
        <translation>Brüche, Reparaturen und korrigierende Erfahrung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ruptures, repairs, corrective experience</source>
        <translation>Brüche, Reparaturen, korrigierende Erfahrung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session {n}, {date}: the session before a sudden gain. What happened in it may have helped.</source>
        <translation>Sitzung {n}, {date}: die Sitzung vor einem plötzlichen Gewinn. Was darin geschah, könnte geholfen haben.</translation>
    </message>
</context>
<context>
    <name>EarlierRupture</name>
    <message>
        <location filename="../../src/alliance/ui/session/rupture_editors.py" line="+186"/>
        <source>Session {n}, {date}: {kind}, intensity {i} — {status}</source>
        <translation>Sitzung {n}, {date}: {kind}, Intensität {i} — {status}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log a re&amp;pair of this rupture in this session</source>
        <translation>Eine Re&amp;paratur dieses Bruchs in dieser Sitzung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a repair of the rupture from session {n}</source>
        <translation>Eine Reparatur des Bruchs aus Sitzung {n} erfassen</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/event_dialog.py" line="+33"/>
        <source>Add an event — {code}</source>
        <translation>Ereignis hinzufügen — {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A few words, e.g. “started sertraline”</source>
        <translation>Ein paar Worte, z. B. „Sertralin begonnen“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events are drawn on the client&apos;s charts. The label stays out of de-identified exports unless notes are scrubbed.</source>
        <translation>Ereignisse werden in die Diagramme des Klienten eingezeichnet. Die Bezeichnung bleibt aus anonymisierten Exporten heraus, außer Notizen werden bereinigt exportiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Event not saved</source>
        <translation>Ereignis nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/alliance/ui/export/export_dialog.py" line="-238"/>
        <source>Tick at least one client.</source>
        <translation>Markieren Sie mindestens einen Klienten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one status.</source>
        <translation>Markieren Sie mindestens einen Status.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The start of the date range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>First page of the report, as it will be written. {counts}</source>
        <translation>Erste Seite des Berichts, so wie sie geschrieben wird. {counts}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first lines of the file, as they will be written. {counts}</source>
        <translation>Die ersten Zeilen der Datei, so wie sie geschrieben werden. {counts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fresh pseudonyms are drawn anew for the file, so they will differ from these.</source>
        <translation>Für die Datei werden neue Pseudonyme gezogen; sie weichen also von diesen ab.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the export as</source>
        <translation>Export speichern unter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the export…</source>
        <translation>Export wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Wrote {name} in {folder}: {clients}, {sessions}.</source>
        <translation>{name} in {folder} geschrieben: {clients}, {sessions}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rows} data rows.</source>
        <translation>{rows} Datenzeilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It includes {n} scrubbed notes. Read every note before sharing it: no scrubber is perfect.</source>
        <translation>Er enthält {n} bereinigte Notizen. Lesen Sie jede Notiz, bevor Sie ihn weitergeben: Keine Bereinigung ist perfekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes are included.</source>
        <translation>Es sind keine Notizen enthalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export written</source>
        <translation>Export geschrieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was not written</source>
        <translation>Der Export wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>ExportDialogView</name>
    <message>
        <location filename="../../src/alliance/ui/export/export_dialog_view.py" line="+52"/>
        <source>Export de-identified data</source>
        <translation>Anonymisierte Daten exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview of the first lines</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the first page</source>
        <translation>Vorschau der ersten Seite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client codes, names and contact details never leave the vault in an export. Choose what to include, check the preview, then choose where to save.</source>
        <translation>Klientencodes, Namen und Kontaktdaten verlassen den Tresor bei einem Export nie. Wählen Sie aus, was enthalten sein soll, prüfen Sie die Vorschau und wählen Sie dann den Speicherort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;One client</source>
        <translation>Ein &amp;Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Several clients</source>
        <translation>&amp;Mehrere Klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole caseload</source>
        <translation>&amp;Gesamte Fallübersicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Filter clients</source>
        <translation>Klienten filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients to export</source>
        <translation>Zu exportierende Klienten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ac&amp;tive</source>
        <translation>Ak&amp;tiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;aused</source>
        <translation>P&amp;ausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc&amp;harged</source>
        <translation>Abgesc&amp;hlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only sessions &amp;between</source>
        <translation>Nur Sitzungen &amp;zwischen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV — one row per measure (long, for R, SPSS, pandas)</source>
        <translation>CSV — eine Zeile pro Maß (Long-Format, für R, SPSS, pandas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — one row per session (wide)</source>
        <translation>CSV — eine Zeile pro Sitzung (Wide-Format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON — sessions, episodes and alerts</source>
        <translation>JSON — Sitzungen, Episoden und Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report — supervision (one client) or caseload</source>
        <translation>PDF-Bericht — Supervision (ein Klient) oder Fallübersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Page size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read every note before sharing this export. The scrubber replaces the names, places, dates, phone numbers and other identifiers it recognises, but no scrubber is perfect.</source>
        <translation>Lesen Sie jede Notiz, bevor Sie diesen Export weitergeben. Die Bereinigung ersetzt Namen, Orte, Datumsangaben, Telefonnummern und andere Identifikatoren, die sie erkennt, aber keine Bereinigung ist perfekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It can scrub notes written in {languages}; a note in another language stops the export with a message.</source>
        <translation>Bereinigt werden können Notizen auf {languages}; eine Notiz in einer anderen Sprache hält den Export mit einer Meldung an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>De-identification</source>
        <translation>Anonymisierung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days since each client&apos;s first session</source>
        <translation>Tage seit der ersten Sitzung des jeweiligen Klienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifted by a random number of days per client (limited data set)</source>
        <translation>Pro Klient um eine zufällige Anzahl Tage verschoben (begrenzter Datensatz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year only</source>
        <translation>Nur Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave notes out</source>
        <translation>Notizen weglassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include notes, scrubbed of identifiers</source>
        <translation>Notizen einschließen, von Identifikatoren bereinigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stable (the same in every export)</source>
        <translation>Stabil (in jedem Export gleich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh (new for this file; the data can still link exports)</source>
        <translation>Neu (nur für diese Datei; die Daten können Exporte dennoch verknüpfen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates</source>
        <translation>&amp;Datumsangaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pse&amp;udonyms</source>
        <translation>Pseud&amp;onyme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Share only under a data use agreement (not Safe Harbor)</source>
        <translation>&amp;Weitergabe nur mit Datennutzungsvereinbarung (nicht Safe Harbor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifted full dates are not de-identified under HIPAA Safe Harbor, which allows the year only: the export is a limited data set.</source>
        <translation>Verschobene vollständige Datumsangaben gelten nach HIPAA Safe Harbor nicht als anonymisiert, da dort nur das Jahr erlaubt ist: Der Export ist ein begrenzter Datensatz.</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../src/alliance/ui/widgets/failures.py" line="+17"/>
        <source>Alliance hit an unexpected error ({name}); nothing more was saved.</source>
        <translation>In Alliance ist ein unerwarteter Fehler aufgetreten ({name}); es wurde nichts weiter gespeichert.</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/goals_dialog.py" line="+42"/>
        <source>Goals and formulation — {code}</source>
        <translation>Ziele und Fallkonzeption — {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One goal a line, in the client&apos;s words where you can, e.g.
Sleep through most nights
Say no to my brother without panicking</source>
        <translation>Ein Ziel pro Zeile, möglichst in den Worten des Klienten, z. B.
Die meisten Nächte durchschlafen
Meinem Bruder gegenüber Nein sagen, ohne in Panik zu geraten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Treatment goals, one a line</source>
        <translation>Behandlungsziele, eines pro Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few sentences: what keeps the difficulty going, what the relationship needs to offer</source>
        <translation>Ein paar Sätze: Was hält die Schwierigkeit aufrecht, was muss die Beziehung bieten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formulation</source>
        <translation>Fallkonzeption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment &amp;goals (up to {n}, one a line)</source>
        <translation>&amp;Behandlungsziele (bis zu {n}, eines pro Zeile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Formulation (up to {n:,} characters)</source>
        <translation>&amp;Fallkonzeption (bis zu {n:,} Zeichen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goals and formulation</source>
        <translation>Ziele und Fallkonzeption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the client&apos;s page. Like notes, they stay out of de-identified exports unless notes are scrubbed, and are scrubbed with them.</source>
        <translation>Wird auf der Seite des Klienten angezeigt. Wie Notizen bleiben sie aus anonymisierten Exporten heraus, außer Notizen werden bereinigt exportiert; dann werden sie mitbereinigt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Goals not saved</source>
        <translation>Ziele nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="-202"/>
        <location line="+2"/>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/handover_dialog.py" line="+34"/>
        <source>Hand over for check-in — %1</source>
        <translation>Zum Check-in übergeben — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client answers on this computer, one question at a time. Your windows are hidden and the vault locks if anything else is tried; your passphrase brings you back.</source>
        <translation>Der Klient antwortet auf diesem Computer, eine Frage nach der anderen. Ihre Fenster werden ausgeblendet, und der Tresor wird gesperrt, wenn etwas anderes versucht wird; mit Ihrer Passphrase kehren Sie zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(due)</source>
        <translation>(fällig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome measures are asked in their official English wording: Alliance ships no validated translation of them.</source>
        <translation>Ergebnismaße werden im offiziellen englischen Wortlaut gestellt: Alliance liefert keine validierte Übersetzung mit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your prediction (optional): what do you expect the client to answer? Leave a line blank to skip it.</source>
        <translation>Ihre Vorhersage (optional): Was wird der Klient Ihrer Erwartung nach antworten? Lassen Sie eine Zeile leer, um sie zu überspringen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Prediction: %1</source>
        <translation>Vorhersage: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose at least one questionnaire.</source>
        <translation>Wählen Sie mindestens einen Fragebogen.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/alliance/ui/session/history_dialog.py" line="+39"/>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier versions</source>
        <translation>Frühere Versionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected version beside the current one</source>
        <translation>Ausgewählte Version neben der aktuellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;only what differs</source>
        <translation>&amp;Nur Unterschiede anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit history — {code}, session {n}, {date}</source>
        <translation>Bearbeitungsverlauf — {code}, Sitzung {n}, {date}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This session has not been edited since it was logged.</source>
        <translation>Diese Sitzung wurde seit ihrer Erfassung nicht bearbeitet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} earlier versions are kept. Each edit keeps the version it replaced, with when and what changed; earlier versions cannot be changed. Tinted rows differ from the current version.</source>
        <translation>{n} frühere Versionen sind gespeichert. Jede Bearbeitung bewahrt die ersetzte Version auf, mit Zeitpunkt und Änderung; frühere Versionen lassen sich nicht ändern. Farbig hinterlegte Zeilen weichen von der aktuellen Version ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 earlier version is kept. Each edit keeps the version it replaced, with when and what changed; earlier versions cannot be changed. Tinted rows differ from the current version.</source>
        <translation>1 frühere Version ist gespeichert. Jede Bearbeitung bewahrt die ersetzte Version auf, mit Zeitpunkt und Änderung; frühere Versionen lassen sich nicht ändern. Farbig hinterlegte Zeilen weichen von der aktuellen Version ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current — version {n}</source>
        <translation>Aktuell — Version {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {n} — replaced {when}
The edit changed: {what}
By {actor}</source>
        <translation>Version {n} — ersetzt {when}
Die Bearbeitung änderte: {what}
Von {actor}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Current (version {n})</source>
        <translation>Aktuell (Version {n})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version {n} (replaced {when})</source>
        <translation>Version {n} (ersetzt {when})</translation>
    </message>
</context>
<context>
    <name>InstrumentFields</name>
    <message>
        <location filename="../../src/alliance/ui/session/instrument_fields.py" line="+36"/>
        <source>{low} to {high}; leave blank if not asked</source>
        <translation>{low} bis {high}; leer lassen, wenn nicht erfragt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} of {m} items entered, total {t}</source>
        <translation>{n} von {m} Items eingegeben, Summe {t}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing entered; this instrument is optional.</source>
        <translation>Nichts eingegeben; dieses Instrument ist optional.</translation>
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
        <translation>DEMO — erfundene Klienten zum Ausprobieren. Ihr eigener Tresor ist getrennt und bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log session…</source>
        <translation>&amp;Sitzung erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;client…</source>
        <translation>Neuer &amp;Klient…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand &amp;over for check-in…</source>
        <translation>Zum Check-in &amp;übergeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the computer to the client for a check-in</source>
        <translation>Den Computer für einen Check-in an den Klienten übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read questions aloud…</source>
        <translation>Fragen &amp;vorlesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the questionnaires by phone or video and click the answers</source>
        <translation>Die Fragebögen per Telefon oder Video stellen und die Antworten anklicken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a &amp;paper form…</source>
        <translation>&amp;Papierformular eingeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a &amp;blank form…</source>
        <translation>&amp;Leeres Formular drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint report…</source>
        <translation>Be&amp;richt drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the supervision report of the client shown, or the caseload report (de-identified, as an export), with a preview</source>
        <translation>Den Supervisionsbericht des angezeigten Klienten oder den Bericht zur Fallübersicht (anonymisiert, wie ein Export) mit Vorschau drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loc&amp;k now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Jetzt sperren (Ctrl+L)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Fallübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find client</source>
        <translation>Klient &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search notes…</source>
        <translation>&amp;Notizen durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the notes of the client shown, or of every client</source>
        <translation>Die Notizen des angezeigten Klienten oder aller Klienten durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open my own &amp;vault</source>
        <translation>Eigenen &amp;Tresor öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;demo practice…</source>
        <translation>&amp;Demo-Praxis öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made-up clients for exploring, in a vault of their own</source>
        <translation>Erfundene Klienten zum Ausprobieren, in einem eigenen Tresor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Alliance</source>
        <translation>Ü&amp;ber Alliance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your unsaved session form was kept while locked.</source>
        <translation>Ihr nicht gespeichertes Sitzungsformular wurde während der Sperre beibehalten.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Session {n} saved.</source>
        <translation>Sitzung {n} gespeichert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a client first: the check-in is theirs.</source>
        <translation>Wählen Sie zuerst einen Klienten aus: Es ist sein Check-in.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a client first: the answers are theirs.</source>
        <translation>Wählen Sie zuerst einen Klienten aus: Es sind seine Antworten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read aloud — %1</source>
        <translation>Vorlesen — %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Save or close the open session form first; the answers are for another client.</source>
        <translation>Speichern oder schließen Sie zuerst das offene Sitzungsformular; die Antworten gehören zu einem anderen Klienten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alert rules saved; every client is judged by them now.</source>
        <translation>Warnregeln gespeichert; alle Klienten werden jetzt danach beurteilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert rules unchanged.</source>
        <translation>Warnregeln unverändert.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../src/alliance/ui/widgets/passphrase_fields.py" line="+21"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least {n} characters; a few unrelated words work well</source>
        <translation>Mindestens {n} Zeichen; einige voneinander unabhängige Wörter eignen sich gut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat it</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>OutcomeFields</name>
    <message>
        <location filename="../../src/alliance/ui/session/outcome_fields.py" line="+56"/>
        <source>Filled in (or not asked)</source>
        <translation>Ausgefüllt (oder nicht erfragt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not filled in: {reason}</source>
        <translation>Nicht ausgefüllt: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: not filled in because</source>
        <translation>{name}: nicht ausgefüllt, weil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The items and answers are the official English form: Alliance ships no validated translation of {name}. Score it from the form you use; the totals and the change are the same.</source>
        <translation>Items und Antworten entsprechen dem offiziellen englischen Formular: Alliance liefert keine validierte Übersetzung des {name} mit. Werten Sie das Formular aus, das Sie verwenden; Gesamtwerte und Veränderung bleiben gleich.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing entered; this measure is optional.</source>
        <translation>Nichts eingegeben; dieses Ergebnismaß ist optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {m} items answered</source>
        <translation>{n} von {m} Items beantwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no total yet</source>
        <translation>noch keine Summe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total {total}</source>
        <translation>Summe {total}</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../src/alliance/ui/client/outcome_panel.py" line="+56"/>
        <source>Outcome measure shown</source>
        <translation>Angezeigtes Ergebnismaß</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Critical session…</source>
        <translation>&amp;Kritische Sitzung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session before the sudden gain: its note, ruptures and repairs</source>
        <translation>Die Sitzung vor dem plötzlichen Gewinn: ihre Notiz, Brüche und Reparaturen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>latest {total} (session {n})</source>
        <translation>zuletzt {total} (Sitzung {n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, recovered</source>
        <translation>, genesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sudden gain</source>
        <translation>Plötzlicher Gewinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sudden loss</source>
        <translation>Plötzlicher Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (provisional)</source>
        <translation> (vorläufig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}{provisional} after session {n}</source>
        <translation>{kind}{provisional} nach Sitzung {n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>undecided (items missing)</source>
        <translation>unentschieden (Items fehlen)</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/paper_entry.py" line="+71"/>
        <source>Enter a paper form</source>
        <translation>Papierformular eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers, in item order</source>
        <translation>Antworten, in Item-Reihenfolge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Put into the session</source>
        <translation>&amp;In die Sitzung übernehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Fragebogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answers</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One digit per item, spaces ignored; “-” for an item left blank.</source>
        <translation>Eine Ziffer pro Item, Leerzeichen werden ignoriert; „-“ für ein leer gelassenes Item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers separated by spaces, one per item; “-” for an item left blank.</source>
        <translation>Zahlen durch Leerzeichen getrennt, eine pro Item; „-“ für ein leer gelassenes Item.</translation>
    </message>
</context>
<context>
    <name>PastSignalsDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/past_signals_dialog.py" line="+26"/>
        <source>Past alerts and prompts — {code}</source>
        <translation>Frühere Warnungen und Hinweise — {code}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert or prompt</source>
        <translation>Warnung oder Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prompt</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts end when the client&apos;s alliance is back within its usual band, or when you set them aside. Press Enter on a row to see why it was shown.</source>
        <translation>Warnungen enden, wenn die Allianz des Klienten wieder in ihrem üblichen Bereich liegt oder wenn Sie sie zurückstellen. Drücken Sie auf einer Zeile die Eingabetaste, um zu sehen, warum sie angezeigt wurde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside {date}: {reason}</source>
        <translation>Zurückgestellt am {date}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered in session {n}</source>
        <translation>In Sitzung {n} erholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered</source>
        <translation>Erholt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/alliance/ui/shell/preferences.py" line="+53"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alliance also locks when the computer goes to sleep or the screen is locked, where the system reports it.</source>
        <translation>Alliance sperrt sich auch, wenn der Computer in den Ruhezustand wechselt oder der Bildschirm gesperrt wird, sofern das System dies meldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All of Alliance&apos;s text, as a share of the system&apos;s text size</source>
        <translation>Der gesamte Text von Alliance, als Anteil an der Textgröße des Systems</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system ({language})</source>
        <translation>Wie im System ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text si&amp;ze</source>
        <translation>&amp;Textgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language applies from Alliance&apos;s next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Alliance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client mode</source>
        <translation>Klientenmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end of a check-in, show the client their own answers &amp;over time</source>
        <translation>Am Ende eines Check-ins dem Klienten seine eigenen Antworten im &amp;Verlauf zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only their own questionnaires: never your ratings, notes or ruptures. Off unless you switch it on.</source>
        <translation>Nur die eigenen Fragebögen: nie Ihre Bewertungen, Notizen oder Brüche. Aus, solange Sie es nicht einschalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start client mode with larger te&amp;xt</source>
        <translation>Klientenmodus mit größerer &amp;Schrift starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start client mode in high co&amp;ntrast</source>
        <translation>Klientenmodus mit hohem &amp;Kontrast starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Alert rules</source>
        <translation>&amp;Warnregeln</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+44"/>
        <source>Alert rules</source>
        <translation>Warnregeln</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/question_page.py" line="+122"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prefer not to answer</source>
        <translation>&amp;Keine Angabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not today</source>
        <translation>&amp;Nicht heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Skip this questionnaire today</source>
        <translation>Diesen Fragebogen heute überspringen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/recover.py" line="+121"/>
        <source>The vault could not be opened: {error}</source>
        <translation>Der Tresor konnte nicht geöffnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>RecoverView</name>
    <message>
        <location line="-86"/>
        <location line="+21"/>
        <source>Use your recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set passphrase and unlock</source>
        <translation>Passphrase festlegen und entsperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the recovery key you stored when the vault was created, then choose a new passphrase.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen des Tresors aufbewahrt haben, und wählen Sie dann eine neue Passphrase.</translation>
    </message>
</context>
<context>
    <name>RepairEditor</name>
    <message>
        <location filename="../../src/alliance/ui/session/rupture_editors.py" line="-130"/>
        <source>Optional note on the repair</source>
        <translation>Optionale Notiz zur Reparatur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolution (1–5)</source>
        <translation>Auflösung (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair note</source>
        <translation>Notiz zur Reparatur</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../src/alliance/ui/shell/print_report.py" line="+24"/>
        <source>Alliance report</source>
        <translation>Alliance-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
</context>
<context>
    <name>RestoreOfferDialog</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/restore_offer.py" line="+17"/>
        <source>The vault cannot be opened</source>
        <translation>Der Tresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault&apos;s passphrase</source>
        <translation>Die Passphrase des Tresors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find a backup</source>
        <translation>Sicherung &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing has been changed or deleted.</source>
        <translation>Es wurde nichts geändert oder gelöscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details: {error}</source>
        <translation>Details: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is 1 backup of this vault, made {when}.</source>
        <translation>Es gibt 1 Sicherung dieses Tresors, erstellt am {when}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are {n} backups of this vault; the newest was made {when}.</source>
        <translation>Es gibt {n} Sicherungen dieses Tresors; die neueste wurde am {when} erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the vault&apos;s passphrase to find the newest backup that opens with it. Before restoring, the damaged files are kept as another backup.</source>
        <translation>Geben Sie die Passphrase des Tresors ein, um die neueste Sicherung zu finden, die sich damit öffnen lässt. Vor dem Wiederherstellen werden die beschädigten Dateien als weitere Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No backups of this vault were found in {folder}. Keep the vault folder as it is; if you have a copy of it elsewhere, restore that with “alliance restore”.</source>
        <translation>In {folder} wurden keine Sicherungen dieses Tresors gefunden. Lassen Sie den Tresorordner unverändert; wenn Sie an anderer Stelle eine Kopie davon haben, stellen Sie diese mit „alliance restore“ wieder her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No backup opens with this passphrase. A backup opens with the passphrase the vault had when it was made: try an earlier one.</source>
        <translation>Keine Sicherung lässt sich mit dieser Passphrase öffnen. Eine Sicherung öffnet sich mit der Passphrase, die der Tresor bei ihrer Erstellung hatte: Versuchen Sie eine frühere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest backup that opens was made {when}: {clients}, {sessions}, checked intact. Restore it?</source>
        <translation>Die neueste Sicherung, die sich öffnen lässt, wurde am {when} erstellt: {clients}, {sessions}, als intakt geprüft. Wiederherstellen?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup could not be restored: {error}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/results_view.py" line="+27"/>
        <source>Your answers over time</source>
        <translation>Ihre Antworten im Verlauf</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client_mode/reveal_dialog.py" line="+44"/>
        <source>Check-in of %1 — %2</source>
        <translation>Check-in von %1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check-in was interrupted (the vault locked while the client held the computer). The answers given until then are kept.</source>
        <translation>Der Check-in wurde unterbrochen (der Tresor wurde gesperrt, während der Klient den Computer hatte). Die bis dahin gegebenen Antworten bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Your predictions were off by %1 points on average (items with both: %n).</source>
        <translation>
            <numerusform>Ihre Vorhersagen lagen im Mittel um %1 Punkte daneben (Items mit beidem: %n).</numerusform>
            <numerusform>Ihre Vorhersagen lagen im Mittel um %1 Punkte daneben (Items mit beidem: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client did not answer the items you predicted.</source>
        <translation>Der Klient hat die Items, die Sie vorhergesagt haben, nicht beantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prediction was entered for this check-in.</source>
        <translation>Für diesen Check-in wurde keine Vorhersage eingegeben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not today: the client set these questions aside.</source>
        <translation>Nicht heute: Der Klient hat diese Fragen zurückgestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Open the session of that day with these answers</source>
        <translation>Sitzung dieses Tages mit diesen Antworten ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log the session with these answers</source>
        <translation>Sitzung mit diesen Antworten &amp;erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers wait for the session of that day (the client page shows them as waiting).</source>
        <translation>Die Antworten warten auf die Sitzung dieses Tages (die Klientenseite zeigt sie als wartend an).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Safety: %1 — “%2” answered %3. Please talk with the client about their safety now.</source>
        <translation>Sicherheit: %1 — „%2“ mit %3 beantwortet. Bitte sprechen Sie jetzt mit dem Klienten über seine Sicherheit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your local resources: %1</source>
        <translation>Ihre lokalen Anlaufstellen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set your local crisis resources in Preferences to see them here.</source>
        <translation>Legen Sie Ihre lokalen Krisenanlaufstellen in den Einstellungen fest, um sie hier zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prefer not to answer</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
</context>
<context>
    <name>RuptureEditor</name>
    <message>
        <location filename="../../src/alliance/ui/session/rupture_editors.py" line="+30"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 = barely noticeable … 5 = dominated the session</source>
        <translation>1 = kaum wahrnehmbar … 5 = hat die Sitzung bestimmt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional: what happened</source>
        <translation>Optional: was geschehen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repaired in this session too</source>
        <translation>&amp;Auch in dieser Sitzung repariert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intensity (1–5)</source>
        <translation>Intensität (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Angesprochen von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers</source>
        <translation>Marker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rupture {n}</source>
        <translation>Bruch {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rupture {n}</source>
        <translation>Bruch {n} entfernen</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/schedule_dialog.py" line="+31"/>
        <source>Measures — {code}</source>
        <translation>Ergebnismaße — {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not asked</source>
        <translation>Nicht erhoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every session</source>
        <translation>Jede Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few weeks</source>
        <translation>Alle paar Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At intake and discharge</source>
        <translation>Bei Aufnahme und Abschluss</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session form opens the measures that are due and asks why when one is not filled in; the caseload shows what is due or overdue.</source>
        <translation>Das Sitzungsformular öffnet die fälligen Ergebnismaße und fragt nach dem Grund, wenn eines nicht ausgefüllt wird; die Fallübersicht zeigt, was fällig oder überfällig ist.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Schedule not saved</source>
        <translation>Zeitplan nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/alliance/ui/search/search_dialog.py" line="+53"/>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words in the notes (each may be the start of a word)</source>
        <translation>Wörter in den Notizen (auch Wortanfänge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the notes for</source>
        <translation>Notizen durchsuchen nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sessions whose notes match</source>
        <translation>Sitzungen mit passenden Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open session</source>
        <translation>Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The search could not run.</source>
        <translation>Die Suche konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Sessions that match: %n.</source>
        <translation>
            <numerusform>Passende Sitzungen: %n.</numerusform>
            <numerusform>Passende Sitzungen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No note holds these words.</source>
        <translation>Keine Notiz enthält diese Wörter.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../src/alliance/ui/session/session_form.py" line="+92"/>
        <source>Choose a client</source>
        <translation>Klient auswählen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Session {n} with {code}</source>
        <translation>Sitzung {n} mit {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log a session with {code}</source>
        <translation>Sitzung mit {code} erfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a session</source>
        <translation>Sitzung erfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alliance index {value}</source>
        <translation>Allianzindex {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alliance index — (rate all four)</source>
        <translation>Allianzindex — (alle vier bewerten)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Rate {label} from 0 to 10.</source>
        <translation>Bewerten Sie {label} von 0 bis 10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate the intensity from 1 to 5.</source>
        <translation>Bewerten Sie die Intensität von 1 bis 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate how far the rupture was resolved, from 1 to 5.</source>
        <translation>Bewerten Sie von 1 bis 5, wie weit der Bruch aufgelöst wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the client first: the check-in is theirs.</source>
        <translation>Wählen Sie zuerst den Klienten: Der Check-in gehört ihm.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+2"/>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The session was not saved: %1

Everything you typed is still here; free some space or fix the folder&apos;s permissions, then save again.</source>
        <translation>Die Sitzung wurde nicht gespeichert: %1

Alles, was Sie eingegeben haben, ist noch da; schaffen Sie Speicherplatz oder korrigieren Sie die Berechtigungen des Ordners und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything you typed is still here.</source>
        <translation>Alles, was Sie eingegeben haben, ist noch da.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Discard this session?</source>
        <translation>Diese Sitzung verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed for this session has not been saved. Discard it?</source>
        <translation>Ihre Eingaben zu dieser Sitzung wurden nicht gespeichert. Verwerfen?</translation>
    </message>
</context>
<context>
    <name>SessionFormView</name>
    <message>
        <location filename="../../src/alliance/ui/session/session_form_view.py" line="+55"/>
        <source>To talk about in this session</source>
        <translation>In dieser Sitzung anzusprechen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modality</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The relationship this session</source>
        <translation>Die Beziehung in dieser Sitzung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alliance index</source>
        <translation>Allianzindex</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Anything you want to remember about this session</source>
        <translation>Alles, was Sie sich zu dieser Sitzung merken möchten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ruptures</source>
        <translation>Brüche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add a rupture noticed in this session</source>
        <translation>In dieser Sitzung bemerkten Bruch &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open ruptures from earlier sessions</source>
        <translation>Offene Brüche aus früheren Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: every earlier rupture of this client is resolved.</source>
        <translation>Keine: Alle früheren Brüche dieses Klienten sind aufgelöst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>More (optional)</source>
        <translation>Mehr (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>Am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not noted</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nervous-system state</source>
        <translation>Zustand des Nervensystems</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The client had a &amp;corrective emotional experience</source>
        <translation>Der Klient hatte eine &amp;korrigierende emotionale Erfahrung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened (optional)</source>
        <translation>Was geschehen ist (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Corrective emotional experience</source>
        <translation>Korrigierende emotionale Erfahrung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Outcome measures (optional)</source>
        <translation>Ergebnismaße (optional)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earlier versions of this session</source>
        <translation>Frühere Versionen dieser Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+S saves · Tab moves to the next field</source>
        <translation>Ctrl+S speichert · Tab springt zum nächsten Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand &amp;over…</source>
        <translation>Ü&amp;bergeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the computer to the client for a check-in; this form is kept and its answers come in after you unlock</source>
        <translation>Den Computer dem Klienten für einen Check-in übergeben; dieses Formular bleibt erhalten, und die Antworten kommen nach dem Entsperren hinzu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>To talk about:</source>
        <translation>Anzusprechen:</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../src/alliance/ui/client/sessions_model.py" line="+31"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ruptures</source>
        <translation>Brüche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../src/alliance/ui/shell/settings.py" line="+39"/>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten Inaktivität sperren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/alliance/ui/shell/help_windows.py" line="+46"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>SignalRulesPage</name>
    <message>
        <location filename="../../src/alliance/ui/shell/signal_rules_page.py" line="+64"/>
        <source>Default: {value}</source>
        <translation>Standard: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{explanation} Default: {value}.</source>
        <translation>{explanation} Standard: {value}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Alerts are judged against each client&apos;s own usual level and its variation. These thresholds are kept in this vault and apply to every client; changes are recorded in the audit log.</source>
        <translation>Warnungen werden am üblichen Niveau und an der Schwankung jedes einzelnen Klienten gemessen. Diese Schwellenwerte werden in diesem Tresor gespeichert und gelten für alle Klienten; Änderungen werden im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Local crisis resources, shown to you with every safety prompt (for example PHQ-9 item 9 above 0); never shown to the client:</source>
        <translation>Lokale Krisenanlaufstellen, die Ihnen bei jedem Sicherheitshinweis angezeigt werden (zum Beispiel PHQ-9 Item 9 über 0); dem Klienten werden sie nie angezeigt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local crisis resources</source>
        <translation>Lokale Krisenanlaufstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. crisis line, on-call psychiatrist, emergency department</source>
        <translation>z. B. Krisentelefon, psychiatrischer Bereitschaftsdienst, Notaufnahme</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_chart.py" line="+78"/>
        <source>Timeline chart</source>
        <translation>Verlaufsdiagramm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rating (0–10)</source>
        <translation>Bewertung (0–10)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>By date</source>
        <translation>Nach Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By session number</source>
        <translation>Nach Sitzungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizontal axis</source>
        <translation>Horizontale Achse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+89"/>
        <source>Alliance index</source>
        <translation>Allianzindex</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+93"/>
        <source>Client check-in</source>
        <translation>Check-in des Klienten</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+258"/>
        <source>Your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Ruptures</source>
        <translation>Brüche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repairs</source>
        <translation>Reparaturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovered dips</source>
        <translation>Erholte Einbrüche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show or hide: %1</source>
        <translation>Ein- oder ausblenden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inferred rupture–repair episodes: a drop in the alliance that came back within three sessions (band along the top)</source>
        <translation>Erschlossene Bruch-Reparatur-Episoden: ein Rückgang der Allianz, der sich innerhalb von drei Sitzungen erholt hat (Band am oberen Rand)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>Rupture open</source>
        <translation>Bruch offen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Session %1 — %2</source>
        <translation>Sitzung %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alliance index %1</source>
        <translation>Allianzindex %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client check-in %1</source>
        <translation>Check-in des Klienten %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your prediction %1</source>
        <translation>Ihre Vorhersage %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRS %1</source>
        <translation>SRS %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rupture: %1, intensity %2</source>
        <translation>Bruch: %1, Intensität %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair of session %1&apos;s rupture: resolution %2</source>
        <translation>Reparatur des Bruchs aus Sitzung %1: Auflösung %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Alliance timeline</source>
        <translation>Allianzverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
</context>
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../src/alliance/ui/client/timeline_table.py" line="+18"/>
        <source>%1 (intensity %2)</source>
        <translation>%1 (Intensität %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>of session %1: %2/5</source>
        <translation>aus Sitzung %1: %2/5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repaired rupture</source>
        <translation>Reparierter Bruch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovered dip</source>
        <translation>Erholter Einbruch</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/trash_dialog.py" line="+43"/>
        <source>removed at the next unlock</source>
        <translation>wird beim nächsten Entsperren entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 more day</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more days</source>
        <translation>noch {n} Tage</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+125"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted sessions, most recently deleted first</source>
        <translation>Gelöschte Sitzungen, zuletzt gelöschte zuerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the session back, as it was, with its edit history</source>
        <translation>Die Sitzung unverändert und mit ihrem Bearbeitungsverlauf zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A deleted session is kept here, whole, for {days} days: restore it and it is back as it was, with its ruptures, repairs, questionnaires and edit history. Nothing else sees it meanwhile — not the charts, the alerts, the search or any export. Every step is in the audit log.</source>
        <translation>Eine gelöschte Sitzung wird hier {days} Tage lang vollständig aufbewahrt: Stellen Sie sie wieder her, und sie ist wie zuvor zurück, mit ihren Brüchen, Reparaturen, Fragebögen und ihrem Bearbeitungsverlauf. In der Zwischenzeit sieht sie nichts anderes — weder die Diagramme noch die Warnungen, die Suche oder ein Export. Jeder Schritt steht im Prüfprotokoll.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} of {date}</source>
        <translation>{n} vom {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Session {n} of {code} is back (session {now} now).</source>
        <translation>Sitzung {n} von {code} ist zurück (jetzt Sitzung {now}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the 1 session in the trash for good?</source>
        <translation>Die 1 Sitzung im Papierkorb endgültig entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {n} sessions in the trash for good?</source>
        <translation>Die {n} Sitzungen im Papierkorb endgültig entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This cannot be undone; backups made before now still hold them.</source>
        <translation>Dies kann nicht rückgängig gemacht werden; bereits erstellte Sicherungen enthalten sie weiterhin.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/unlock_view.py" line="+33"/>
        <source>Locked — DEMO — Alliance</source>
        <translation>Gesperrt — DEMO — Alliance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked — Alliance</source>
        <translation>Gesperrt — Alliance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alliance logo</source>
        <translation>Alliance-Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlocking</source>
        <translation>Wird entsperrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the demo vault. Its passphrase is: {passphrase}</source>
        <translation>Dies ist der Demo-Tresor. Seine Passphrase lautet: {passphrase}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgot the passphrase? Use &amp;recovery key…</source>
        <translation>Passphrase vergessen? &amp;Wiederherstellungsschlüssel verwenden…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/alliance/ui/unlock/unlock_window.py" line="+130"/>
        <source>The vault was restored from a backup. Unlock it with the passphrase that backup was made with.</source>
        <translation>Der Tresor wurde aus einer Sicherung wiederhergestellt. Entsperren Sie ihn mit der Passphrase, mit der diese Sicherung erstellt wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault could not be opened: {error}</source>
        <translation>Der Tresor konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Several wrong attempts. You can try again in {n} s.</source>
        <translation>Mehrere Fehlversuche. Sie können es in {n} s erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>VaultTools</name>
    <message>
        <location filename="../../src/alliance/ui/vault_tools/vault_tools.py" line="+33"/>
        <source>&amp;Export de-identified…</source>
        <translation>&amp;Anonymisiert exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted sessions of the last 30 days, to restore</source>
        <translation>Gelöschte Sitzungen der letzten 30 Tage, zum Wiederherstellen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The session was moved to the trash: File → Trash… restores it within 30 days.</source>
        <translation>Die Sitzung wurde in den Papierkorb verschoben: Datei → Papierkorb… stellt sie innerhalb von 30 Tagen wieder her.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../src/alliance/ui/first_run/welcome.py" line="+23"/>
        <location line="+7"/>
        <source>Welcome to Alliance</source>
        <translation>Willkommen bei Alliance</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Alliance logo</source>
        <translation>Alliance-Logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After each session, note how the relationship felt: safety, trust, attunement and boundaries; the ruptures you noticed and how they were repaired. Alliance keeps it all in an encrypted vault on this computer only. Nothing is ever sent anywhere.</source>
        <translation>Halten Sie nach jeder Sitzung fest, wie sich die Beziehung angefühlt hat: Sicherheit, Vertrauen, Einstimmung und Grenzen; die Brüche, die Sie bemerkt haben, und wie sie repariert wurden. Alliance speichert alles in einem verschlüsselten Tresor ausschließlich auf diesem Computer. Nichts wird jemals irgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your vault will be created in {folder}</source>
        <translation>Ihr Tresor wird in {folder} angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xplore with demo data</source>
        <translation>Mit Demodaten e&amp;rkunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo opens a separate vault of made-up clients. Your own vault stays untouched.</source>
        <translation>Die Demo öffnet einen separaten Tresor mit erfundenen Klienten. Ihr eigener Tresor bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <location filename="../../src/alliance/ui/client/why_dialog.py" line="+24"/>
        <source>Why am I seeing this? — {code}</source>
        <translation>Warum sehe ich das? — {code}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No local crisis resources set yet: add them in Preferences → Alert rules.</source>
        <translation>Noch keine lokalen Krisenanlaufstellen festgelegt: Fügen Sie sie unter Einstellungen → Warnregeln hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions: {list}</source>
        <translation>Sitzungen: {list}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the &amp;thresholds…</source>
        <translation>&amp;Schwellenwerte ändern…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alert: needs your attention; it orders the caseload.</source>
        <translation>Warnung: erfordert Ihre Aufmerksamkeit; bestimmt die Reihenfolge der Fallübersicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt: worth talking about in the next session; it does not order the caseload.</source>
        <translation>Hinweis: lohnt ein Gespräch in der nächsten Sitzung; bestimmt nicht die Reihenfolge der Fallübersicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovered in session {n}.</source>
        <translation>In Sitzung {n} erholt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You set it aside.</source>
        <translation>Sie haben es zurückgestellt.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/alliance/ui/shell/print_report.py" line="+13"/>
        <source>There is no client to print a report for.</source>
        <translation>Es gibt keinen Klienten, für den ein Bericht gedruckt werden kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
</context>
</TS>
