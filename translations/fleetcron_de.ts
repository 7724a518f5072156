<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>fleetcron::MainWindow</name>
    <message>
        <source>Fleetcron</source>
        <translation>Fleetcron</translation>
    </message>
    <message>
        <source>Starting the engine…</source>
        <translation>Die Engine wird gestartet…</translation>
    </message>
    <message>
        <source>Engine starting</source>
        <translation>Engine startet</translation>
    </message>
    <message>
        <source>&lt;b&gt;The engine could not start&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Die Engine konnte nicht starten&lt;/b&gt;&lt;br&gt;%1</translation>
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
        <source>&lt;h2&gt;Fleetcron&lt;/h2&gt;&lt;p&gt;Database: %1 (schema %2)&lt;/p&gt;&lt;p&gt;%3 servers · %4 tasks&lt;/p&gt;&lt;p&gt;Next run: %5&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Fleetcron&lt;/h2&gt;&lt;p&gt;Datenbank: %1 (Schema %2)&lt;/p&gt;&lt;p&gt;%3 Server · %4 Aufgaben&lt;/p&gt;&lt;p&gt;Nächster Lauf: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Engine running · %1 active runs · %2 executions · next run %3</source>
        <translation>Engine läuft · %1 aktive Läufe · %2 Ausführungen · nächster Lauf %3</translation>
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
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
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
        <source>Not pinned.</source>
        <translation>Nicht festgelegt.</translation>
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
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
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
        <source>Choose at least one server or tag.</source>
        <translation>Wählen Sie mindestens einen Server oder ein Tag.</translation>
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
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
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
</TS>
