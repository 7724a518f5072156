<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConsoleFace</name>
    <message>
        <source>Database: a SQLite file or postgresql:// URL.</source>
        <translation>Datenbank: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HostKeyQuestions</name>
    <message>
        <source>Pin host key?</source>
        <translation>Host-Schlüssel festlegen?</translation>
    </message>
    <message>
        <source>First contact with %1. It presents the host key

%2

Compare it with the key on the server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Pin it?</source>
        <translation>Erster Kontakt mit %1. Der Server zeigt den Host-Schlüssel

%2

Vergleichen Sie ihn mit dem Schlüssel auf dem Server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Festlegen?</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED.

Pinned: %2
Now:    %3

This happens when the server was reinstalled, or when someone is intercepting the connection. Verify the new key on the server before you trust it.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT.

Festgelegt: %2
Jetzt:      %3

Das passiert, wenn der Server neu installiert wurde – oder wenn jemand die Verbindung abfängt. Prüfen Sie den neuen Schlüssel auf dem Server, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Re-pin the new key</source>
        <translation>Neuen Schlüssel festlegen</translation>
    </message>
    <message>
        <source>Keep the old pin</source>
        <translation>Alten Schlüssel behalten</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>Add &amp;server…</source>
        <translation>Server &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit server…</source>
        <translation>Server &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Remove server…</source>
        <translation>Server &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>Aufgabe hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Edit t&amp;ask…</source>
        <translation>Aufgabe &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete task…</source>
        <translation>Aufgabe &amp;löschen…</translation>
    </message>
    <message>
        <source>E&amp;nable task</source>
        <translation>Aufgabe &amp;aktivieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>D&amp;isable task</source>
        <translation>Aufgabe &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>Lauf &amp;abbrechen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Auswahl löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;harts…</source>
        <translation>&amp;Diagramme…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Run the selected task now on all its servers</source>
        <translation>Die ausgewählte Aufgabe jetzt auf allen ihren Servern ausführen</translation>
    </message>
    <message>
        <source>Stop the selected run (asks first)</source>
        <translation>Den ausgewählten Lauf anhalten (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Open the selected server to test its connection</source>
        <translation>Den ausgewählten Server öffnen, um seine Verbindung zu testen</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise erfolgreich</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>host key rejected</source>
        <translation>Host-Schlüssel abgewiesen</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>Nachholen</translation>
    </message>
</context>
<context>
    <name>fleetcron::AuditPage</name>
    <message>
        <source>The newest %1 changes; `fleetcron audit` lists all of them.</source>
        <translation>Die neuesten %1 Änderungen; `fleetcron audit` listet alle.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>%n Änderung aufgezeichnet.</numerusform>
            <numerusform>%n Änderungen aufgezeichnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetcron::AuditTableModel</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>fleetcron::CsvExportDialog</name>
    <message>
        <source>Export executions as CSV</source>
        <translation>Ausführungen als CSV exportieren</translation>
    </message>
    <message>
        <source>What the Runs view shows: %1</source>
        <translation>Was die Läufe-Ansicht zeigt: %1</translation>
    </message>
    <message>
        <source>A chosen range:</source>
        <translation>Ein gewählter Bereich:</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Auf&amp;gabe:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Include stdout and stderr</source>
        <translation>Stdout und Stderr einschließen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all executions</source>
        <translation>alle Ausführungen</translation>
    </message>
    <message>
        <source>&apos;Until&apos; must be after &apos;Since&apos;.</source>
        <translation>„Bis“ muss nach „Seit“ liegen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 executions to %2.</source>
        <translation>%1 Ausführungen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1 of %2 executions written…</source>
        <translation>%1 von %2 Ausführungen geschrieben…</translation>
    </message>
</context>
<context>
    <name>fleetcron::ExecutionLogView</name>
    <message>
        <source>Select an execution to see its output.</source>
        <translation>Wählen Sie eine Ausführung, um ihre Ausgabe zu sehen.</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection, or the whole output when nothing is selected</source>
        <translation>Die Auswahl kopieren, oder die gesamte Ausgabe, wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>Find in output (Enter: next, Shift+Enter: previous)</source>
        <translation>In der Ausgabe suchen (Eingabe: nächster Treffer, Umschalt+Eingabe: vorheriger)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>
[stdout was truncated: the middle was dropped]
</source>
        <translation>
[stdout wurde gekürzt: der mittlere Teil wurde verworfen]
</translation>
    </message>
    <message>
        <source>
[stderr was truncated: the middle was dropped]
</source>
        <translation>
[stderr wurde gekürzt: der mittlere Teil wurde verworfen]
</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
</context>
<context>
    <name>fleetcron::ExecutionTableModel</name>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>fleetcron::FailureNotifier</name>
    <message>
        <source>Run %1 of %2 %3</source>
        <translation>Lauf %1 von %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 servers did not succeed.</source>
        <translation>%1 von %2 Servern waren nicht erfolgreich.</translation>
    </message>
    <message numerus="yes">
        <source>%n runs failed</source>
        <translation>
            <numerusform>%n Lauf fehlgeschlagen</numerusform>
            <numerusform>%n Läufe fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Aufgaben: %1</translation>
    </message>
</context>
<context>
    <name>fleetcron::MainWindow</name>
    <message>
        <source>Fleetcron</source>
        <translation>Fleetcron</translation>
    </message>
    <message>
        <source>Engine starting</source>
        <translation>Engine startet</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine angehalten</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) active</source>
        <translation>
            <numerusform>%n Lauf aktiv</numerusform>
            <numerusform>%n Läufe aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine stopped: %1</source>
        <translation>Engine angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Engine running · %n execution(s) running</source>
        <translation>
            <numerusform>Engine läuft · %n Ausführung läuft</numerusform>
            <numerusform>Engine läuft · %n Ausführungen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source> · next run %1</source>
        <translation> · nächster Lauf %1</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)
Engine: %3</source>
        <translation>Datenbank: %1 (Schema %2)
Engine: %3</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>fleetcron::OutputFollower</name>
    <message>
        <source>Execution %1 on %2 (attempt %3)</source>
        <translation>Ausführung %1 auf %2 (Versuch %3)</translation>
    </message>
    <message>
        <source>Execution %1 on %2 (running)</source>
        <translation>Ausführung %1 auf %2 (läuft)</translation>
    </message>
    <message>
        <source>Execution %1 on %2: %3</source>
        <translation>Ausführung %1 auf %2: %3</translation>
    </message>
</context>
<context>
    <name>fleetcron::RunTableModel</name>
    <message>
        <source>%1 (%2 running)</source>
        <translation>%1 (%2 aktiv)</translation>
    </message>
    <message>
        <source>%1 (%2 not ok)</source>
        <translation>%1 (%2 nicht erfolgreich)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
</context>
<context>
    <name>fleetcron::RunsPage</name>
    <message>
        <source>Filter runs by task name</source>
        <translation>Läufe nach Aufgabenname filtern</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Cancel run %1 of %2? Commands still running on servers are stopped.</source>
        <translation>Lauf %1 von %2 abbrechen? Noch laufende Befehle auf den Servern werden angehalten.</translation>
    </message>
    <message>
        <source>Run %1 cancelled</source>
        <translation>Lauf %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>fleetcron::ServerDialog</name>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Login with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>Schlüssel-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Accept new (pin on first contact)</source>
        <translation>Neue annehmen (beim ersten Kontakt festlegen)</translation>
    </message>
    <message>
        <source>Strict (needs a pinned key)</source>
        <translation>Streng (braucht einen festgelegten Schlüssel)</translation>
    </message>
    <message>
        <source>Host key &amp;policy:</source>
        <translation>Host-Schlüssel-&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>not pinned yet (SHA256:…)</source>
        <translation>noch nicht festgelegt (SHA256:…)</translation>
    </message>
    <message>
        <source>Pinned host &amp;key:</source>
        <translation>Festgelegter Host-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>web, eu (comma-separated)</source>
        <translation>web, eu (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Max. parallel:</source>
        <translation>&amp;Max. parallel:</translation>
    </message>
    <message>
        <source>&amp;Enabled (tasks run on it)</source>
        <translation>&amp;Aktiv (Aufgaben laufen darauf)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Geben Sie dem Server einen Namen.</translation>
    </message>
    <message>
        <source>Give a host name or address.</source>
        <translation>Geben Sie einen Hostnamen oder eine Adresse an.</translation>
    </message>
    <message>
        <source>A host name has no spaces, &apos;@&apos; or &apos;/&apos;; put the user in User.</source>
        <translation>Ein Hostname enthält keine Leerzeichen, kein „@“ und kein „/“; der Benutzer gehört in „Benutzer“.</translation>
    </message>
    <message>
        <source>Give the login user.</source>
        <translation>Geben Sie den Anmeldebenutzer an.</translation>
    </message>
    <message>
        <source>Key login needs a private key file.</source>
        <translation>Die Anmeldung per Schlüssel braucht eine private Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot read the key file &apos;%1&apos;.</source>
        <translation>Die Schlüsseldatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Password login needs a password.</source>
        <translation>Die Anmeldung per Passwort braucht ein Passwort.</translation>
    </message>
    <message>
        <source>Expected a fingerprint like SHA256:…, as ssh-keygen -lf prints it.</source>
        <translation>Erwartet wird ein Fingerabdruck wie SHA256:…, wie ihn ssh-keygen -lf ausgibt.</translation>
    </message>
    <message>
        <source>A tag has no spaces: &apos;%1&apos;.</source>
        <translation>Ein Tag enthält keine Leerzeichen: „%1“.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Verbinde mit %1:%2…</translation>
    </message>
    <message>
        <source>Connected in %1 ms (%2). Host key: %3</source>
        <translation>Verbunden in %1 ms (%2). Host-Schlüssel: %3</translation>
    </message>
    <message>
        <source>Host key changed: pinned %1, the server shows %2.</source>
        <translation>Host-Schlüssel geändert: festgelegt ist %1, der Server zeigt %2.</translation>
    </message>
    <message>
        <source>Connection failed (%1): %2</source>
        <translation>Verbindung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Host key: %1</source>
        <translation>Host-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Not pinned.</source>
        <translation>Nicht festgelegt.</translation>
    </message>
    <message>
        <source>The old pin was kept; the server will be refused.</source>
        <translation>Der alte Schlüssel wurde behalten; der Server wird abgewiesen.</translation>
    </message>
    <message>
        <source>Host key %1 will be pinned when you save.</source>
        <translation>Der Host-Schlüssel %1 wird beim Speichern festgelegt.</translation>
    </message>
    <message>
        <source>Pinned host key %1.</source>
        <translation>Host-Schlüssel %1 festgelegt.</translation>
    </message>
    <message>
        <source>Could not pin: %1</source>
        <translation>Festlegen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>fleetcron::ServerTableModel</name>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not pinned yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <source>%1@%2:%3</source>
        <translation>%1@%2:%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Max parallel</source>
        <translation>Max. parallel</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Host-Schlüssel</translation>
    </message>
</context>
<context>
    <name>fleetcron::ServersPage</name>
    <message>
        <source>Filter servers by name, host, user or tag</source>
        <translation>Server nach Name, Host, Benutzer oder Tag filtern</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Remove server %1? Tasks stop running on it; its history is kept.</source>
        <translation>Server %1 entfernen? Aufgaben laufen dann nicht mehr darauf; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Server removed</source>
        <translation>Server entfernt</translation>
    </message>
</context>
<context>
    <name>fleetcron::ServiceCalls</name>
    <message>
        <source>Fleetcron</source>
        <translation>Fleetcron</translation>
    </message>
</context>
<context>
    <name>fleetcron::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This console (takes effect on restart)</source>
        <translation>Diese Konsole (wirkt nach einem Neustart)</translation>
    </message>
    <message>
        <source>default: ~/.local/share/fleetcron/fleetcron.sqlite</source>
        <translation>Standard: ~/.local/share/fleetcron/fleetcron.sqlite</translation>
    </message>
    <message>
        <source>A SQLite file or a postgresql:// URL. --db and FLEETCRON_DB still win over this.</source>
        <translation>Eine SQLite-Datei oder eine postgresql://-URL. --db und FLEETCRON_DB haben weiterhin Vorrang.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The database and the language change when the console is started again.</source>
        <translation>Datenbank und Sprache ändern sich beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source>Shared by every engine on this database</source>
        <translation>Gemeinsam für alle Engines dieser Datenbank</translation>
    </message>
    <message>
        <source>Executions at once across all servers (each server also has its own limit). Read when an engine starts.</source>
        <translation>Gleichzeitige Ausführungen über alle Server (jeder Server hat zusätzlich sein eigenes Limit). Wird beim Start einer Engine gelesen.</translation>
    </message>
    <message>
        <source>&amp;Executions at once:</source>
        <translation>&amp;Gleichzeitige Ausführungen:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Output kept per stream for new tasks; head and tail are kept.</source>
        <translation>Aufbewahrte Ausgabe je Datenstrom für neue Aufgaben; Anfang und Ende bleiben erhalten.</translation>
    </message>
    <message>
        <source>Default &amp;output cap:</source>
        <translation>Standard-&amp;Ausgabegrenze:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Keep runs &amp;for:</source>
        <translation>Läufe aufbewahren &amp;für:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Keep the &amp;newest runs per task:</source>
        <translation>Die &amp;neuesten Läufe je Aufgabe behalten:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>An engine silent this long is taken for dead and its runs are recovered by another. Read when an engine starts.</source>
        <translation>Eine Engine, die so lange schweigt, gilt als ausgefallen; eine andere übernimmt ihre Läufe. Wird beim Start einer Engine gelesen.</translation>
    </message>
    <message>
        <source>Engine &amp;lease:</source>
        <translation>Engine-&amp;Lease:</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskChartsDialog</name>
    <message>
        <source>Task history</source>
        <translation>Verlauf der Aufgabe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>&amp;Letzte</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>%1 runs in the last %2 days, %3 failed</source>
        <translation>%1 Läufe in den letzten %2 Tagen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Duration per run</source>
        <translation>Dauer je Lauf</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Dauer (s)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Runs per day, %1 to %2</source>
        <translation>Läufe pro Tag, %1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed</source>
        <translation>%1: %2 erfolgreich, %3 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Script (sent on stdin to the interpreter)</source>
        <translation>Skript (per stdin an den Interpreter)</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Führt aus:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Interpreter:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Next fires:</source>
        <translation>Nächste Ausführungen:</translation>
    </message>
    <message>
        <source>Ser&amp;vers:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>and every server tagged (comma-separated)</source>
        <translation>und jeder Server mit dem Tag (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Auf allen</translation>
    </message>
    <message>
        <source>One, round-robin (skipping unreachable ones)</source>
        <translation>Auf einem, reihum (unerreichbare werden übersprungen)</translation>
    </message>
    <message>
        <source>Run &amp;on:</source>
        <translation>Ausführen &amp;auf:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Retry &amp;delay:</source>
        <translation>Wartezeit &amp;vor Wiederholung:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Output &amp;kept per stream:</source>
        <translation>Aufbewahrte Ausgabe &amp;je Datenstrom:</translation>
    </message>
    <message>
        <source>Skip the new run</source>
        <translation>Neuen Lauf auslassen</translation>
    </message>
    <message>
        <source>Queue it</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Run in parallel</source>
        <translation>Parallel ausführen</translation>
    </message>
    <message>
        <source>If still &amp;running:</source>
        <translation>Falls noch &amp;aktiv:</translation>
    </message>
    <message>
        <source>Run once at start</source>
        <translation>Beim Start einmal nachholen</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Missed &amp;fires:</source>
        <translation>&amp;Verpasste Termine:</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation>Geben Sie der Aufgabe einen Namen.</translation>
    </message>
    <message>
        <source>Write the script.</source>
        <translation>Schreiben Sie das Skript.</translation>
    </message>
    <message>
        <source>Give the command to run.</source>
        <translation>Geben Sie den auszuführenden Befehl an.</translation>
    </message>
    <message>
        <source>Name the program that runs the script, e.g. /bin/sh or python3.</source>
        <translation>Nennen Sie das Programm, das das Skript ausführt, z. B. /bin/sh oder python3.</translation>
    </message>
    <message>
        <source>Give a schedule.</source>
        <translation>Geben Sie einen Zeitplan an.</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>Unbekannte Zeitzone; wählen Sie eine aus der Liste (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>DST gap: fires when it ends</source>
        <translation>Sommerzeit-Lücke: Ausführung an ihrem Ende</translation>
    </message>
    <message>
        <source>DST repeated hour: fires once</source>
        <translation>Sommerzeit, doppelte Stunde: einmalige Ausführung</translation>
    </message>
    <message>
        <source>Daylight saving time: that wall time does not exist on this day; the task fires at the end of the gap.</source>
        <translation>Sommerzeit: Diese Uhrzeit gibt es an diesem Tag nicht; die Aufgabe läuft am Ende der Lücke.</translation>
    </message>
    <message>
        <source>Daylight saving time: that hour happens twice on this day; the task fires at its first occurrence only.</source>
        <translation>Sommerzeit: Diese Stunde gibt es an diesem Tag zweimal; die Aufgabe läuft nur beim ersten Mal.</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskTableModel</name>
    <message>
        <source>script (%1): %2</source>
        <translation>Skript (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
</context>
<context>
    <name>fleetcron::TasksPage</name>
    <message>
        <source>Filter tasks by name, schedule or command</source>
        <translation>Aufgaben nach Name, Zeitplan oder Befehl filtern</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Lauf gestartet</translation>
    </message>
    <message>
        <source>Task enabled</source>
        <translation>Aufgabe aktiviert</translation>
    </message>
    <message>
        <source>Task disabled</source>
        <translation>Aufgabe deaktiviert</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete task %1 with all its runs and their output? This cannot be undone.</source>
        <translation>Aufgabe %1 mit allen ihren Läufen und deren Ausgabe löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Aufgabe gelöscht</translation>
    </message>
</context>
</TS>
