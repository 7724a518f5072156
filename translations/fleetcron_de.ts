<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnsibleIniParser</name>
    <message>
        <source>&apos;%1&apos; is not a section: [group], [group:vars] or [group:children]</source>
        <translation>&apos;%1&apos; ist kein Abschnitt: [group], [group:vars] oder [group:children]</translation>
    </message>
    <message>
        <source>expected name=value in [%1:vars]</source>
        <translation>erwartet wird name=wert in [%1:vars]</translation>
    </message>
    <message>
        <source>expected name=value after the host name, not &apos;%1&apos;</source>
        <translation>erwartet wird name=wert nach dem Hostnamen, nicht &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>AnsibleInventory</name>
    <message>
        <source>&apos;%1&apos; is not a host range like web[01:20]</source>
        <translation>&apos;%1&apos; ist kein Hostbereich wie web[01:20]</translation>
    </message>
    <message>
        <source>host range in &apos;%1&apos; is empty or over %2 hosts</source>
        <translation>der Hostbereich in &apos;%1&apos; ist leer oder umfasst mehr als %2 Hosts</translation>
    </message>
    <message>
        <source>host range in &apos;%1&apos; is over %2 hosts</source>
        <translation>der Hostbereich in &apos;%1&apos; umfasst mehr als %2 Hosts</translation>
    </message>
    <message>
        <source>its children include itself (a cycle)</source>
        <translation>ihre Untergruppen enthalten sie selbst (ein Zyklus)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>ansible_connection=%1: not an SSH host, not imported</source>
        <translation>ansible_connection=%1: kein SSH-Host, nicht importiert</translation>
    </message>
    <message>
        <source>ansible_port &apos;%1&apos; is not a port number (1–65535)</source>
        <translation>ansible_port &apos;%1&apos; ist keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <source>host variables not imported: %1</source>
        <translation>Host-Variablen nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>AnsibleYamlParser</name>
    <message>
        <source>group &apos;%1&apos; must be a mapping with hosts:, vars: or children:</source>
        <translation>Gruppe &apos;%1&apos; muss eine Zuordnung mit hosts:, vars: oder children: sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in group &apos;%2&apos; (expected hosts, vars or children)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in Gruppe &apos;%2&apos; (erwartet: hosts, vars oder children)</translation>
    </message>
    <message>
        <source>variables of &apos;%1&apos; must be a mapping</source>
        <translation>die Variablen von &apos;%1&apos; müssen eine Zuordnung sein</translation>
    </message>
    <message>
        <source>a structured variable: not imported</source>
        <translation>eine strukturierte Variable: nicht importiert</translation>
    </message>
    <message>
        <source>hosts of &apos;%1&apos; must be a mapping (name:), not &apos;%2&apos;</source>
        <translation>die Hosts von &apos;%1&apos; müssen eine Zuordnung sein (name:), nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ApiConnectionGuard</name>
    <message>
        <source>the request did not arrive complete within %1 s</source>
        <translation>die Anfrage kam nicht innerhalb von %1 s vollständig an</translation>
    </message>
    <message>
        <source>request line and headers over %1 bytes</source>
        <translation>Anfragezeile und Header über %1 Bytes</translation>
    </message>
    <message>
        <source>more than %1 header lines</source>
        <translation>mehr als %1 Header-Zeilen</translation>
    </message>
    <message>
        <source>send the body with a Content-Length; chunked transfer encoding is not accepted</source>
        <translation>senden Sie den Body mit Content-Length; Chunked Transfer-Encoding wird nicht angenommen</translation>
    </message>
    <message>
        <source>Content-Length is not a byte count</source>
        <translation>Content-Length ist keine Byte-Anzahl</translation>
    </message>
    <message>
        <source>request body over %1 bytes</source>
        <translation>Anfrage-Body über %1 Bytes</translation>
    </message>
    <message>
        <source>too many connections (limit %1); retry shortly</source>
        <translation>zu viele Verbindungen (Grenze %1); versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>ApiQuery</name>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1: muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 date and time</source>
        <translation>%1: &apos;%2&apos; ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>task: unknown task &apos;%1&apos;</source>
        <translation>task: unbekannte Aufgabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>server: unknown server &apos;%1&apos;</source>
        <translation>server: unbekannter Server &apos;%1&apos;</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not an execution status</source>
        <translation>status: &apos;%1&apos; ist kein Ausführungsstatus</translation>
    </message>
</context>
<context>
    <name>ApiRequestParser</name>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>muss eine Liste nicht leerer Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; ist nicht %2</translation>
    </message>
    <message>
        <source>body: not valid JSON (%1 at offset %2)</source>
        <translation>body: kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>body: expected a JSON object</source>
        <translation>body: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: unknown field (this request takes %2)</source>
        <translation>%1: unbekanntes Feld (diese Anfrage nimmt %2)</translation>
    </message>
    <message>
        <source>accept-new or strict</source>
        <translation>accept-new oder strict</translation>
    </message>
    <message>
        <source>password, key or agent</source>
        <translation>password, key oder agent</translation>
    </message>
    <message>
        <source>host: give hostname, host or ip</source>
        <translation>host: geben Sie hostname, host oder ip an</translation>
    </message>
    <message>
        <source>username: is required</source>
        <translation>username: ist erforderlich</translation>
    </message>
    <message>
        <source>password: goes with auth &quot;password&quot;</source>
        <translation>password: gehört zu auth &quot;password&quot;</translation>
    </message>
    <message>
        <source>key_passphrase: goes with auth &quot;key&quot;</source>
        <translation>key_passphrase: gehört zu auth &quot;key&quot;</translation>
    </message>
    <message>
        <source>key_path: cannot read the key file &apos;%1&apos;</source>
        <translation>key_path: die Schlüsseldatei &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>key_path: key login needs a key file</source>
        <translation>key_path: die Anmeldung per Schlüssel braucht eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>key_path: goes with auth &quot;key&quot;</source>
        <translation>key_path: gehört zu auth &quot;key&quot;</translation>
    </message>
    <message>
        <source>command: give command or script, not both</source>
        <translation>command: geben Sie command oder script an, nicht beides</translation>
    </message>
    <message>
        <source>interpreter: goes with script</source>
        <translation>interpreter: gehört zu script</translation>
    </message>
    <message>
        <source>schedule: give one of schedule, frequency, interval_seconds and frequency_seconds</source>
        <translation>schedule: geben Sie genau eines von schedule, frequency, interval_seconds und frequency_seconds an</translation>
    </message>
    <message>
        <source>skip, queue or parallel</source>
        <translation>skip, queue oder parallel</translation>
    </message>
    <message>
        <source>skip or run-once</source>
        <translation>skip oder run-once</translation>
    </message>
    <message>
        <source>all or one</source>
        <translation>all oder one</translation>
    </message>
    <message>
        <source>servers: must be a list of server ids or names</source>
        <translation>servers: muss eine Liste von Server-IDs oder -Namen sein</translation>
    </message>
    <message>
        <source>servers: unknown server %1</source>
        <translation>servers: unbekannter Server %1</translation>
    </message>
    <message>
        <source>command: is required</source>
        <translation>command: ist erforderlich</translation>
    </message>
    <message>
        <source>schedule: give schedule, frequency, interval_seconds or frequency_seconds</source>
        <translation>schedule: geben Sie schedule, frequency, interval_seconds oder frequency_seconds an</translation>
    </message>
    <message>
        <source>name: must not be empty</source>
        <translation>name: darf nicht leer sein</translation>
    </message>
    <message>
        <source>command: must not be empty</source>
        <translation>command: darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>missing bearer token</source>
        <translation>Bearer-Token fehlt</translation>
    </message>
    <message>
        <source>invalid bearer token</source>
        <translation>ungültiges Bearer-Token</translation>
    </message>
    <message>
        <source>request body over %1 bytes</source>
        <translation>Anfrage-Body über %1 Bytes</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>diesen Endpunkt gibt es nicht: %1</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 nimmt %2, nicht %3</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>cannot read the API token file %1: %2</source>
        <translation>die API-Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the API token file %1 holds no usable token (at least 16 characters)</source>
        <translation>die API-Token-Datei %1 enthält kein brauchbares Token (mindestens 16 Zeichen)</translation>
    </message>
    <message>
        <source>cannot write the API token file %1: %2</source>
        <translation>die API-Token-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>no field changed</source>
        <translation>kein Feld geändert</translation>
    </message>
    <message>
        <source>Only changes at or after this time: ISO 8601, or -30m, -1h, -7d.</source>
        <translation>Nur Änderungen ab diesem Zeitpunkt: ISO 8601 oder -30m, -1h, -7d.</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>Höchstens N Einträge (Standard 100).</translation>
    </message>
    <message>
        <source>Print JSON, with the whole before and after.</source>
        <translation>JSON ausgeben, mit dem ganzen Vorher und Nachher.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>limit: must be a number from 1 to 100000</source>
        <translation>limit: muss eine Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>since: &apos;%1&apos; is not an ISO 8601 time or a time ago like -1h or -7d</source>
        <translation>since: &apos;%1&apos; ist weder eine Zeit nach ISO 8601 noch eine zurückliegende Zeit wie -1h oder -7d</translation>
    </message>
    <message>
        <source>Show who changed servers, tasks, settings and runs.</source>
        <translation>Zeigen, wer Server, Aufgaben, Einstellungen und Läufe geändert hat.</translation>
    </message>
</context>
<context>
    <name>BlackoutCommand</name>
    <message>
        <source>List, add and remove the global blackout windows.</source>
        <translation>Die globalen Sperrfenster auflisten, hinzufügen und entfernen.</translation>
    </message>
    <message>
        <source>Fires inside a blackout window are not run but recorded as skipped runs, the window named as the reason. Global windows hold for every task, read in each task&apos;s time zone.
SPEC: [NAME:] [DATE[..DATE]] [HH:MM-HH:MM] [WEEKDAYS], e.g.
  &apos;xmas: 2026-12-24..2026-12-26&apos;   &apos;nightly: 22:00-06:00&apos;   &apos;sat,sun 01:00-05:00&apos;</source>
        <translation>Ausführungen innerhalb eines Sperrfensters laufen nicht, sondern werden als ausgelassene Läufe erfasst, mit dem Fenster als Grund. Globale Fenster gelten für jede Aufgabe, gelesen in der Zeitzone der jeweiligen Aufgabe.
SPEC: [NAME:] [DATUM[..DATUM]] [HH:MM-HH:MM] [WOCHENTAGE], z. B.
  &apos;xmas: 2026-12-24..2026-12-26&apos;   &apos;nightly: 22:00-06:00&apos;   &apos;sat,sun 01:00-05:00&apos;</translation>
    </message>
    <message>
        <source>list | add | remove | clear</source>
        <translation>list | add | remove | clear</translation>
    </message>
    <message>
        <source>A window, or a window&apos;s name.</source>
        <translation>Ein Fenster oder der Name eines Fensters.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>JSON ausgeben (list).</translation>
    </message>
    <message>
        <source>expected one of list, add, remove, clear</source>
        <translation>erwartet wird eines von list, add, remove, clear</translation>
    </message>
    <message>
        <source>%1 needs a window</source>
        <translation>%1 braucht ein Fenster</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no global blackout window &apos;%1&apos;</source>
        <translation>kein globales Sperrfenster &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n global blackout window(s)</source>
        <translation>
            <numerusform>%n globales Sperrfenster</numerusform>
            <numerusform>%n globale Sperrfenster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlackoutWindow</name>
    <message>
        <source>use a date 2026-12-24, a date range 2026-12-24..2026-12-26, a time range 22:00-06:00 or weekdays such as mon-fri</source>
        <translation>verwenden Sie ein Datum 2026-12-24, einen Datumsbereich 2026-12-24..2026-12-26, einen Zeitbereich 22:00-06:00 oder Wochentage wie mon-fri</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>blackout window &apos;%1&apos; is empty: %2</source>
        <translation>Sperrfenster &apos;%1&apos; ist leer: %2</translation>
    </message>
    <message>
        <source>blackout window &apos;%1&apos;: %2</source>
        <translation>Sperrfenster &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range HH:MM-HH:MM</source>
        <translation>&apos;%1&apos; ist kein Zeitbereich HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>time range &apos;%1&apos; is empty (leave the time out for whole days)</source>
        <translation>Zeitbereich &apos;%1&apos; ist leer (für ganze Tage die Uhrzeit weglassen)</translation>
    </message>
    <message>
        <source>more than one time range</source>
        <translation>mehr als ein Zeitbereich</translation>
    </message>
    <message>
        <source>date range &apos;%1&apos; is backwards</source>
        <translation>Datumsbereich &apos;%1&apos; ist rückwärts</translation>
    </message>
    <message>
        <source>more than one date or date range</source>
        <translation>mehr als ein Datum oder Datumsbereich</translation>
    </message>
    <message>
        <source>more than one list of weekdays</source>
        <translation>mehr als eine Liste von Wochentagen</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos; (%2)</source>
        <translation>unbekannter Teil &apos;%1&apos; (%2)</translation>
    </message>
</context>
<context>
    <name>CancelRequestRepository</name>
    <message>
        <source>run %1 has already ended</source>
        <translation>Lauf %1 ist bereits beendet</translation>
    </message>
</context>
<context>
    <name>ChainRules</name>
    <message>
        <source>task &apos;%1&apos; cannot start itself</source>
        <translation>Aufgabe &apos;%1&apos; kann sich nicht selbst starten</translation>
    </message>
    <message>
        <source>chained tasks would loop: %1</source>
        <translation>verkettete Aufgaben ergäben eine Schleife: %1</translation>
    </message>
</context>
<context>
    <name>ChainStarter</name>
    <message>
        <source>task=%1 not chained from task=%2: it is disabled</source>
        <translation>task=%1 nicht von task=%2 aus verkettet gestartet: sie ist deaktiviert</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet wird eines von %1</translation>
    </message>
    <message>
        <source>; got &apos;%1&apos;</source>
        <translation>; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected the task&apos;s name</source>
        <translation>der Name der Aufgabe wird erwartet</translation>
    </message>
    <message>
        <source>expected the server&apos;s name</source>
        <translation>der Name des Servers wird erwartet</translation>
    </message>
    <message>
        <source>expected the token&apos;s name</source>
        <translation>erwartet wird der Name des Tokens</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>unknown command &apos;%1&apos;; see fleetcron help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe fleetcron help</translation>
    </message>
    <message>
        <source>A command to run instead of the console.</source>
        <translation>Ein Befehl, der statt der Konsole ausgeführt wird.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s: fleetcron help COMMAND.</source>
        <translation>Diese Hilfe anzeigen, oder die eines Befehls: fleetcron help BEFEHL.</translation>
    </message>
    <message>
        <source>expected one command; got &apos;%1&apos;</source>
        <translation>ein Befehl erwartet; erhalten: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CliRuntime</name>
    <message>
        <source>Database: a SQLite file or postgresql:// URL (default: $FLEETCRON_DB, then the data directory).</source>
        <translation>Datenbank: eine SQLite-Datei oder eine postgresql://-URL (Standard: $FLEETCRON_DB, dann das Datenverzeichnis).</translation>
    </message>
</context>
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
    <name>CrontabParser</name>
    <message>
        <source>not imported: Fleetcron keeps each run&apos;s output and status instead of mailing it</source>
        <translation>nicht importiert: Fleetcron bewahrt Ausgabe und Status jedes Laufs auf, statt sie zu mailen</translation>
    </message>
    <message>
        <source>not imported: commands run in the login shell of the server&apos;s user</source>
        <translation>nicht importiert: Befehle laufen in der Login-Shell des Benutzers auf dem Server</translation>
    </message>
    <message>
        <source>not imported: a task has no environment of its own; set %1 in the command (%1=… command) if it needs it</source>
        <translation>nicht importiert: eine Aufgabe hat keine eigene Umgebung; setzen Sie %1 im Befehl (%1=… Befehl), falls er es braucht</translation>
    </message>
    <message>
        <source>commented-out job</source>
        <translation>auskommentierter Job</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>a job turned off with #: not imported; remove the # to import it</source>
        <translation>ein mit # abgeschalteter Job: nicht importiert; entfernen Sie das #, um ihn zu importieren</translation>
    </message>
    <message>
        <source>the jobs below use the machine&apos;s time zone</source>
        <translation>die folgenden Jobs verwenden die Zeitzone des Rechners</translation>
    </message>
    <message>
        <source>the jobs below run in %1</source>
        <translation>die folgenden Jobs laufen in %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no command after it</source>
        <translation>nach &apos;%1&apos; folgt kein Befehl</translation>
    </message>
    <message>
        <source>runs when the machine boots; Fleetcron has no boot trigger: not imported</source>
        <translation>läuft beim Hochfahren des Rechners; Fleetcron hat keinen Auslöser beim Hochfahren: nicht importiert</translation>
    </message>
    <message>
        <source>unknown schedule &apos;%1&apos; (known: %2, @reboot)</source>
        <translation>unbekannter Zeitplan &apos;%1&apos; (bekannt: %2, @reboot)</translation>
    </message>
    <message>
        <source>expected five time fields and a command: &apos;%1&apos;</source>
        <translation>erwartet werden fünf Zeitfelder und ein Befehl: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text after % is the command&apos;s standard input (as in cron), fed through a here-document</source>
        <translation>der Text nach % ist die Standardeingabe des Befehls (wie bei cron), übergeben als Here-Document</translation>
    </message>
    <message>
        <source>the command before the first % is empty</source>
        <translation>der Befehl vor dem ersten % ist leer</translation>
    </message>
</context>
<context>
    <name>Daemon</name>
    <message>
        <source>grace period over: cancelling %1 active runs</source>
        <translation>Schonfrist abgelaufen: %1 aktive Läufe werden abgebrochen</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>signal %1 received</source>
        <translation>Signal %1 empfangen</translation>
    </message>
    <message>
        <source>daemon started: engine %1, database %2, pid %3</source>
        <translation>Daemon gestartet: Engine %1, Datenbank %2, PID %3</translation>
    </message>
    <message>
        <source>api: cannot listen on %1:%2 (in use? use --listen or --no-api)</source>
        <translation>api: kann nicht auf %1:%2 lauschen (belegt? --listen oder --no-api verwenden)</translation>
    </message>
    <message>
        <source>api: listening on the non-loopback address %1: the API is reachable from other machines, over plain HTTP</source>
        <translation>api: lauscht auf der Nicht-Loopback-Adresse %1: die API ist von anderen Rechnern erreichbar, über unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <source>api listening on %1:%2, token in %3</source>
        <translation>API lauscht auf %1:%2, Token in %3</translation>
    </message>
    <message>
        <source>task=%1 run=%2 started</source>
        <translation>task=%1 run=%2 gestartet</translation>
    </message>
    <message>
        <source>task=%1 run=%2 finished: %3</source>
        <translation>task=%1 run=%2 beendet: %3</translation>
    </message>
    <message>
        <source>stopping: no new runs; waiting up to %1 s for %2 active runs</source>
        <translation>wird beendet: keine neuen Läufe; bis zu %1 s Warten auf %2 aktive Läufe</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Run headless (this mode).</source>
        <translation>Ohne Oberfläche laufen (dieser Modus).</translation>
    </message>
    <message>
        <source>Database: a SQLite file or postgresql:// URL.</source>
        <translation>Datenbank: eine SQLite-Datei oder eine postgresql://-URL.</translation>
    </message>
    <message>
        <source>debug, info, warning or error (default info).</source>
        <translation>debug, info, warning oder error (Standard info).</translation>
    </message>
    <message>
        <source>Seconds running executions get to finish on SIGTERM (default 30).</source>
        <translation>Sekunden, die laufende Ausführungen bei SIGTERM zum Beenden bekommen (Standard 30).</translation>
    </message>
    <message>
        <source>Do not serve the REST API.</source>
        <translation>Die REST-API nicht anbieten.</translation>
    </message>
    <message>
        <source>Serve the REST API on HOST:PORT (default 127.0.0.1:8470; port 0 picks a free one).</source>
        <translation>Die REST-API auf HOST:PORT anbieten (Standard 127.0.0.1:8470; Port 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>The API token file (default: api-token in the config directory).</source>
        <translation>Die API-Token-Datei (Standard: api-token im Konfigurationsverzeichnis).</translation>
    </message>
    <message>
        <source>Runs the Fleetcron engine and scheduler headless, in the foreground.</source>
        <translation>Führt die Engine und den Scheduler von Fleetcron ohne Oberfläche im Vordergrund aus.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>log-level: expected debug, info, warning or error</source>
        <translation>log-level: erwartet wird debug, info, warning oder error</translation>
    </message>
    <message>
        <source>grace: expected seconds from 0 to 3600</source>
        <translation>grace: erwartet werden Sekunden von 0 bis 3600</translation>
    </message>
    <message>
        <source>listen: expected HOST:PORT with a numeric address, e.g. 127.0.0.1:8470</source>
        <translation>listen: erwartet wird HOST:PORT mit numerischer Adresse, z. B. 127.0.0.1:8470</translation>
    </message>
    <message>
        <source>Accepted for old scripts; a non-loopback --listen is refused all the same (docs/ACCESS.md).</source>
        <translation>Für alte Skripte akzeptiert; ein --listen auf eine Nicht-Loopback-Adresse wird trotzdem abgelehnt (docs/ACCESS.md).</translation>
    </message>
    <message>
        <source>listen: %1 is not a loopback address; the API serves plain HTTP and listens on loopback only. To reach it from other machines, put a TLS reverse proxy in front of it (see docs/ACCESS.md)</source>
        <translation>listen: %1 ist keine Loopback-Adresse; die API liefert reines HTTP und lauscht nur auf Loopback. Um sie von anderen Rechnern aus zu erreichen, stellen Sie einen TLS-Reverse-Proxy davor (siehe docs/ACCESS.md)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>(too different to line up: all of it is shown as replaced)</source>
        <translation>(zu unterschiedlich zum Abgleichen: alles wird als ersetzt angezeigt)</translation>
    </message>
    <message>
        <source>Shows what EXECUTION printed beside the previous run of the same task on the same server (or --against another execution): unified diff, - for lines gone, + for lines new. Execution ids are in `fleetcron runs` and `fleetcron runs show RUN`.</source>
        <translation>Zeigt, was EXECUTION ausgegeben hat, neben dem vorherigen Lauf derselben Aufgabe auf demselben Server (oder mit --against neben einer anderen Ausführung): Unified Diff, - für weggefallene Zeilen, + für neue Zeilen. Die IDs der Ausführungen stehen in `fleetcron runs` und `fleetcron runs show RUN`.</translation>
    </message>
    <message>
        <source>The execution&apos;s id.</source>
        <translation>Die ID der Ausführung.</translation>
    </message>
    <message>
        <source>Compare with this execution instead of the previous run&apos;s.</source>
        <translation>Mit dieser Ausführung statt mit der des vorherigen Laufs vergleichen.</translation>
    </message>
    <message>
        <source>stdout, stderr or both (default both).</source>
        <translation>stdout, stderr oder both (Standard: both).</translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change (default 3).</source>
        <translation>Unveränderte Zeilen, die um jede Änderung herum angezeigt werden (Standard: 3).</translation>
    </message>
    <message>
        <source>Exit 1 when the outputs differ, 0 when they are the same (as git diff --exit-code).</source>
        <translation>Mit 1 beenden, wenn sich die Ausgaben unterscheiden, mit 0, wenn sie gleich sind (wie git diff --exit-code).</translation>
    </message>
    <message>
        <source>Print JSON: every line with its kind.</source>
        <translation>JSON ausgeben: jede Zeile mit ihrer Art.</translation>
    </message>
    <message>
        <source>expected one execution id (a number)</source>
        <translation>erwartet wird eine Ausführungs-ID (eine Zahl)</translation>
    </message>
    <message>
        <source>--against: expected an execution id (a number)</source>
        <translation>--against: erwartet wird eine Ausführungs-ID (eine Zahl)</translation>
    </message>
    <message>
        <source>--stream: &apos;%1&apos; is not stdout, stderr or both</source>
        <translation>--stream: &apos;%1&apos; ist nicht stdout, stderr oder both</translation>
    </message>
    <message>
        <source>--context: expected a number of lines from 0 to 100000</source>
        <translation>--context: erwartet wird eine Zeilenzahl von 0 bis 100000</translation>
    </message>
    <message>
        <source>nothing earlier: no previous run of this task on this server</source>
        <translation>nichts Früheres: kein vorheriger Lauf dieser Aufgabe auf diesem Server</translation>
    </message>
    <message>
        <source>Compare an execution&apos;s output with the previous run&apos;s on its server.</source>
        <translation>Die Ausgabe einer Ausführung mit der des vorherigen Laufs auf ihrem Server vergleichen.</translation>
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
    <name>ExecutionView</name>
    <message>
        <source>(truncated: head and tail kept)</source>
        <translation>(gekürzt: Anfang und Ende behalten)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>In DATEI schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Only this task.</source>
        <translation>Nur diese Aufgabe.</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>Nur dieser Server.</translation>
    </message>
    <message>
        <source>Only this status (succeeded, failed, …).</source>
        <translation>Nur dieser Status (succeeded, failed, …).</translation>
    </message>
    <message>
        <source>Started at or after (ISO 8601, or -1h, -7d…).</source>
        <translation>Gestartet ab (ISO 8601 oder -1h, -7d…).</translation>
    </message>
    <message>
        <source>Started before (ISO 8601, or -1h, -7d…).</source>
        <translation>Gestartet vor (ISO 8601 oder -1h, -7d…).</translation>
    </message>
    <message>
        <source>Leave out the stdout and stderr columns.</source>
        <translation>Die Spalten stdout und stderr weglassen.</translation>
    </message>
    <message>
        <source>status: unknown status &apos;%1&apos;</source>
        <translation>status: unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 time</source>
        <translation>%1: &apos;%2&apos; ist keine Zeit nach ISO 8601</translation>
    </message>
    <message>
        <source>exported %1 executions to %2</source>
        <translation>%1 Ausführungen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export executions as CSV.</source>
        <translation>Ausführungen als CSV exportieren.</translation>
    </message>
</context>
<context>
    <name>HashedItem</name>
    <message>
        <source>&apos;%1&apos; is not a valid H form (use H, H/n, H(a-b) or H(a-b)/n)</source>
        <translation>&apos;%1&apos; ist keine gültige H-Form (verwenden Sie H, H/n, H(a-b) oder H(a-b)/n)</translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation>%1 liegt außerhalb des Bereichs %2–%3</translation>
    </message>
    <message>
        <source>range %1 is backwards (start must not exceed end)</source>
        <translation>Bereich %1 ist rückwärts (der Anfang darf nicht nach dem Ende liegen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no step after &apos;/&apos;</source>
        <translation>&apos;%1&apos; hat keine Schrittweite nach &apos;/&apos;</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is not a number</source>
        <translation>Schrittweite &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>step must be at least 1</source>
        <translation>die Schrittweite muss mindestens 1 sein</translation>
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
    <name>ImportCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>crontab, ssh-config or ansible.</source>
        <translation>crontab, ssh-config oder ansible.</translation>
    </message>
    <message>
        <source>The file to read; - for standard input.</source>
        <translation>Die zu lesende Datei; - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Show the plan; save nothing.</source>
        <translation>Den Plan zeigen; nichts speichern.</translation>
    </message>
    <message>
        <source>crontab: read `crontab -l` from this server over SSH.</source>
        <translation>crontab: `crontab -l` von diesem Server über SSH lesen.</translation>
    </message>
    <message>
        <source>crontab: the tasks&apos; target servers, comma-separated (default with --from: that server).</source>
        <translation>crontab: die Zielserver der Aufgaben, durch Kommas getrennt (Standard mit --from: dieser Server).</translation>
    </message>
    <message>
        <source>crontab: target servers with this tag; ssh-config, ansible: add this tag to every server (repeatable).</source>
        <translation>crontab: Server mit diesem Tag als Ziel; ssh-config, ansible: jedem Server dieses Tag hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Put this in front of every name made.</source>
        <translation>Dies jedem erzeugten Namen voranstellen.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>expected crontab, ssh-config or ansible%1</source>
        <translation>erwartet wird crontab, ssh-config oder ansible%1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from reads a crontab from a server: give it instead of a FILE, with crontab</source>
        <translation>--from liest eine Crontab von einem Server: geben Sie es statt einer DATEI an, mit crontab</translation>
    </message>
    <message>
        <source>give the file to read (- for standard input)</source>
        <translation>geben Sie die zu lesende Datei an (- für die Standardeingabe)</translation>
    </message>
    <message>
        <source>Import tasks from a crontab, servers from ssh_config or an Ansible inventory.</source>
        <translation>Aufgaben aus einer Crontab importieren, Server aus ssh_config oder einem Ansible-Inventar.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>%1: unknown field (known: %2)</source>
        <translation>%1: unbekanntes Feld (bekannt: %2)</translation>
    </message>
    <message>
        <source>text: the file&apos;s content, as a string</source>
        <translation>text: der Inhalt der Datei, als Zeichenkette</translation>
    </message>
    <message>
        <source>dry_run: must be true or false</source>
        <translation>dry_run: muss true oder false sein</translation>
    </message>
    <message>
        <source>prefix: must be text</source>
        <translation>prefix: muss Text sein</translation>
    </message>
    <message>
        <source>%1 problem(s), nothing imported: %2</source>
        <translation>%1 Problem(e), nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1: must be a list of names</source>
        <translation>%1: muss eine Liste von Namen sein</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanView</name>
    <message>
        <source>Servers created:</source>
        <translation>Angelegte Server:</translation>
    </message>
    <message>
        <source>Servers to create:</source>
        <translation>Anzulegende Server:</translation>
    </message>
    <message>
        <source>Tasks created:</source>
        <translation>Angelegte Aufgaben:</translation>
    </message>
    <message>
        <source>Tasks to create:</source>
        <translation>Anzulegende Aufgaben:</translation>
    </message>
    <message>
        <source>note: line %1 (%2): %3</source>
        <translation>Hinweis: Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>Reported, not imported:</source>
        <translation>Gemeldet, nicht importiert:</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 server(s), %2 task(s), %3 line(s) reported, %4 problem(s), imported</source>
        <translation>%1 Server, %2 Aufgabe(n), %3 Zeile(n) gemeldet, %4 Problem(e), importiert</translation>
    </message>
    <message>
        <source>%1 server(s), %2 task(s), %3 line(s) reported, %4 problem(s), dry run</source>
        <translation>%1 Server, %2 Aufgabe(n), %3 Zeile(n) gemeldet, %4 Problem(e), Probelauf</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 problem(s), nothing imported</source>
        <translation>%1 Problem(e), nichts importiert</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>no user given: logs in as %1</source>
        <translation>kein Benutzer angegeben: meldet sich als %1 an</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains a comma</source>
        <translation>Tag &apos;%1&apos; enthält ein Komma</translation>
    </message>
    <message>
        <source>the tasks need a target: give servers or a tag</source>
        <translation>die Aufgaben brauchen ein Ziel: geben Sie Server oder ein Tag an</translation>
    </message>
    <message>
        <source>a server named &apos;%1&apos; already exists</source>
        <translation>ein Server namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is named twice</source>
        <translation>Server &apos;%1&apos; ist zweimal genannt</translation>
    </message>
    <message>
        <source>a task named &apos;%1&apos; already exists</source>
        <translation>eine Aufgabe namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>%1 problem(s), nothing imported: %2</source>
        <translation>%1 Problem(e), nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing imported</source>
        <translation>%1: %2; nichts importiert</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>ProxyJump %1: %2 is not a server this import or Fleetcron knows; imported without jump hosts and reached directly (add it, then server edit --jump)</source>
        <translation>ProxyJump %1: %2 ist kein Server dieses Imports und kein in Fleetcron bekannter; ohne Jump-Hosts importiert und direkt erreicht (fügen Sie ihn hinzu, dann server edit --jump)</translation>
    </message>
</context>
<context>
    <name>InventoryYaml</name>
    <message>
        <source>&apos;%1&apos; uses YAML the inventory reader does not support (flow collections, anchors, tags, block scalars)</source>
        <translation>&apos;%1&apos; verwendet YAML, das der Inventar-Leser nicht unterstützt (Flow-Collections, Anker, Tags, Block-Skalare)</translation>
    </message>
    <message>
        <source>a key must be a name, not &apos;%1&apos;</source>
        <translation>ein Schlüssel muss ein Name sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lists (- item) are not supported by the inventory reader; write hosts as a mapping (name:)</source>
        <translation>Listen (- Eintrag) unterstützt der Inventar-Leser nicht; schreiben Sie Hosts als Zuordnung (name:)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice</source>
        <translation>Schlüssel &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>a value on several lines is not supported</source>
        <translation>ein Wert über mehrere Zeilen wird nicht unterstützt</translation>
    </message>
    <message>
        <source>indentation does not match the lines above</source>
        <translation>die Einrückung passt nicht zu den Zeilen darüber</translation>
    </message>
    <message>
        <source>tabs are not allowed for indentation in YAML</source>
        <translation>Tabulatoren sind zum Einrücken in YAML nicht erlaubt</translation>
    </message>
    <message>
        <source>several YAML documents in one file are not supported</source>
        <translation>mehrere YAML-Dokumente in einer Datei werden nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <source>type: must be command or script</source>
        <translation>type: muss command oder script sein</translation>
    </message>
    <message>
        <source>type: a %1 job needs its &quot;%1&quot; field</source>
        <translation>type: ein %1-Job braucht sein Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>run_at: give schedule or run_at, not both</source>
        <translation>run_at: geben Sie schedule oder run_at an, nicht beides</translation>
    </message>
    <message>
        <source>run_at: must be an RFC 3339 time such as 2026-12-24T10:00:00+01:00</source>
        <translation>run_at: muss eine Zeit nach RFC 3339 sein, etwa 2026-12-24T10:00:00+01:00</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>N&amp;otification rules…</source>
        <translation>Be&amp;nachrichtigungsregeln…</translation>
    </message>
</context>
<context>
    <name>NotificationPayload</name>
    <message>
        <source>Engine lost: %1</source>
        <translation>Engine verloren: %1</translation>
    </message>
    <message>
        <source>Run %1 of %2 %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 wieder erfolgreich</translation>
    </message>
    <message>
        <source>Run %1 of %2 is slow</source>
        <translation>Lauf %1 von %2 ist langsam</translation>
    </message>
    <message>
        <source>Run %1 of %2 started</source>
        <translation>Lauf %1 von %2 gestartet</translation>
    </message>
    <message>
        <source>Run %1 of %2 succeeded</source>
        <translation>Lauf %1 von %2 erfolgreich</translation>
    </message>
    <message>
        <source>Running longer than %1 × its median of %2 s.</source>
        <translation>Läuft länger als %1 × sein Median von %2 s.</translation>
    </message>
    <message>
        <source>Its runs were taken over by this engine.</source>
        <translation>Seine Läufe wurden von dieser Engine übernommen.</translation>
    </message>
    <message>
        <source>Run %1 of %2 was interrupted.</source>
        <translation>Lauf %1 von %2 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>%1 of %2 servers did not succeed.</source>
        <translation>%1 von %2 Servern waren nicht erfolgreich.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>no secret store: the body was sent unsigned</source>
        <translation>kein Geheimnisspeicher: der Inhalt wurde unsigniert gesendet</translation>
    </message>
    <message>
        <source>the rule&apos;s secret is missing: the body was sent unsigned</source>
        <translation>das Geheimnis der Regel fehlt: der Inhalt wurde unsigniert gesendet</translation>
    </message>
    <message>
        <source>the receiver answered %1</source>
        <translation>der Empfänger antwortete %1</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>keine Antwort innerhalb des Zeitlimits</translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>a notification rule needs a name</source>
        <translation>eine Benachrichtigungsregel braucht einen Namen</translation>
    </message>
    <message>
        <source>a rule&apos;s name is at most 100 characters</source>
        <translation>der Name einer Regel hat höchstens 100 Zeichen</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos;: expected %2</source>
        <translation>unbekannter Kanal &apos;%1&apos;: erwartet wird %2</translation>
    </message>
    <message>
        <source>a tray rule takes no URL</source>
        <translation>eine tray-Regel nimmt keine URL</translation>
    </message>
    <message>
        <source>a %1 rule needs a URL</source>
        <translation>eine %1-Regel braucht eine URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;: expected %2</source>
        <translation>unbekanntes Ereignis &apos;%1&apos;: erwartet wird %2</translation>
    </message>
    <message>
        <source>a ping rule cannot say &apos;%1&apos;: its events are start, success, failure and engine-lost</source>
        <translation>eine ping-Regel kann &apos;%1&apos; nicht melden: ihre Ereignisse sind start, success, failure und engine-lost</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: expected %2</source>
        <translation>unbekanntes Format &apos;%1&apos;: erwartet wird %2</translation>
    </message>
    <message>
        <source>only a webhook rule has a format</source>
        <translation>nur eine webhook-Regel hat ein Format</translation>
    </message>
    <message>
        <source>only a webhook rule is signed with a secret</source>
        <translation>nur eine webhook-Regel wird mit einem Geheimnis signiert</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>das Geheimnis ist leer</translation>
    </message>
    <message>
        <source>slow factor: expected a number above 1 and at most 1000; got &apos;%1&apos;</source>
        <translation>Langsamkeitsfaktor: erwartet wird eine Zahl über 1 und höchstens 1000; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no secret store is available to keep the secret</source>
        <translation>kein Geheimnisspeicher verfügbar, um das Geheimnis aufzubewahren</translation>
    </message>
    <message>
        <source>a tray rule shows its notices in a running console; nothing to send</source>
        <translation>eine tray-Regel zeigt ihre Hinweise in einer laufenden Konsole; nichts zu senden</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <source>%1: expected a string</source>
        <translation>%1: erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>events: expected a list of strings</source>
        <translation>events: erwartet wird eine Liste von Zeichenketten</translation>
    </message>
</context>
<context>
    <name>NotifyCommand</name>
    <message>
        <source>Notify a webhook, a ping URL or the tray when runs fail, recover, run long or lose their engine.</source>
        <translation>Einen Webhook, eine Ping-URL oder den Infobereich benachrichtigen, wenn Läufe fehlschlagen, wieder gelingen, lange dauern oder ihre Engine verlieren.</translation>
    </message>
    <message>
        <source>Notification rules: when a run fails, recovers, runs longer than N times its median, starts (pings), or its engine is lost, tell a webhook (a JSON POST, HMAC-signed when a secret is given on standard input), a Healthchecks/Cronitor-style ping URL, or the console&apos;s tray. Deliveries are retried with backoff and each attempt is recorded.
Events: start, success, failure, recovered, slow, engine-lost.
See docs/NOTIFICATIONS.md for the body and how to check its signature.</source>
        <translation>Benachrichtigungsregeln: Wenn ein Lauf fehlschlägt, wieder gelingt, länger als das N-Fache seines Medians dauert, startet (Pings) oder seine Engine verloren geht, einen Webhook (ein JSON-POST, HMAC-signiert, wenn ein Geheimnis über die Standardeingabe angegeben wird), eine Ping-URL im Stil von Healthchecks/Cronitor oder den Infobereich der Konsole benachrichtigen. Zustellungen werden mit wachsendem Abstand wiederholt, und jeder Versuch wird erfasst.
Ereignisse: start, success, failure, recovered, slow, engine-lost.
Siehe docs/NOTIFICATIONS.md für den Inhalt und wie seine Signatur geprüft wird.</translation>
    </message>
    <message>
        <source>add | list | remove | test | deliveries</source>
        <translation>add | list | remove | test | deliveries</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>Der Name der Regel.</translation>
    </message>
    <message>
        <source>add: webhook, ping or tray.</source>
        <translation>add: webhook, ping oder tray.</translation>
    </message>
    <message>
        <source>add: the webhook&apos;s or ping&apos;s http(s) URL.</source>
        <translation>add: die http(s)-URL des Webhooks oder Pings.</translation>
    </message>
    <message>
        <source>add: comma-separated events (default: failure,recovered,engine-lost; for a ping start,success,failure).</source>
        <translation>add: Ereignisse, durch Kommas getrennt (Standard: failure,recovered,engine-lost; für einen Ping start,success,failure).</translation>
    </message>
    <message>
        <source>add: only this task (name or id); default every task.</source>
        <translation>add: nur diese Aufgabe (Name oder ID); Standard jede Aufgabe.</translation>
    </message>
    <message>
        <source>add: a webhook&apos;s body: plain (default) or cloudevents.</source>
        <translation>add: der Inhalt eines Webhooks: plain (Standard) oder cloudevents.</translation>
    </message>
    <message>
        <source>add: &apos;slow&apos; means longer than this times the median (default 3).</source>
        <translation>add: &apos;slow&apos; heißt länger als dieses Vielfache des Medians (Standard 3).</translation>
    </message>
    <message>
        <source>add: read the webhook&apos;s HMAC secret from the first line of standard input.</source>
        <translation>add: das HMAC-Geheimnis des Webhooks aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>deliveries: at most N attempts (default 50).</source>
        <translation>deliveries: höchstens N Versuche (Standard 50).</translation>
    </message>
    <message>
        <source>Print JSON (list, deliveries, test).</source>
        <translation>JSON ausgeben (list, deliveries, test).</translation>
    </message>
    <message>
        <source>expected the rule&apos;s name</source>
        <translation>der Name der Regel wird erwartet</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected one of add, list, remove, test, deliveries</source>
        <translation>erwartet wird eines von add, list, remove, test, deliveries</translation>
    </message>
    <message>
        <source>; got &apos;%1&apos;</source>
        <translation>; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>added notification rule &apos;%1&apos; (id %2): %3 for %4
</source>
        <translation>Benachrichtigungsregel &apos;%1&apos; hinzugefügt (ID %2): %3 für %4
</translation>
    </message>
    <message>
        <source>removed notification rule &apos;%1&apos;
</source>
        <translation>Benachrichtigungsregel &apos;%1&apos; entfernt
</translation>
    </message>
    <message>
        <source>delivered to %1 (HTTP %2)</source>
        <translation>zugestellt an %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>not delivered to %1: %2</source>
        <translation>nicht zugestellt an %1: %2</translation>
    </message>
    <message>
        <source>limit: must be a number from 1 to 100000</source>
        <translation>limit: muss eine Zahl von 1 bis 100000 sein</translation>
    </message>
</context>
<context>
    <name>OneShotParser</name>
    <message>
        <source>@once takes no further fields, got &apos;%1&apos;</source>
        <translation>@once nimmt keine weiteren Felder, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>@at: expected an RFC 3339 time with its offset, such as 2026-12-24T10:00:00+01:00</source>
        <translation>@at: erwartet wird eine Zeit nach RFC 3339 mit Zeitverschiebung, etwa 2026-12-24T10:00:00+01:00</translation>
    </message>
    <message>
        <source>@at: &apos;%1&apos; is not a valid date and time</source>
        <translation>@at: &apos;%1&apos; ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
</context>
<context>
    <name>OutputCommand</name>
    <message>
        <source>Prints the latest completed run of TASK: each server&apos;s status, exit code, stdout and stderr.</source>
        <translation>Gibt den letzten abgeschlossenen Lauf von AUFGABE aus: Status, Exit-Code, stdout und stderr jedes Servers.</translation>
    </message>
    <message>
        <source>The task&apos;s name.</source>
        <translation>Der Name der Aufgabe.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>expected the task&apos;s name</source>
        <translation>der Name der Aufgabe wird erwartet</translation>
    </message>
    <message>
        <source>task %1 has no completed run yet</source>
        <translation>Aufgabe %1 hat noch keinen abgeschlossenen Lauf</translation>
    </message>
    <message>
        <source>Show the latest completed run&apos;s output.</source>
        <translation>Die Ausgabe des letzten abgeschlossenen Laufs zeigen.</translation>
    </message>
</context>
<context>
    <name>OutputDiffService</name>
    <message>
        <source>execution %1 has not run yet (%2): nothing to compare</source>
        <translation>Ausführung %1 ist noch nicht gelaufen (%2): nichts zu vergleichen</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformation an.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt die Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt die Hilfe einschließlich der Qt-spezifischen Optionen an.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Unbekannte Optionen: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Fehlender Wert nach &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unerwarteter Wert nach &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>cannot create a temporary file</source>
        <translation>eine temporäre Datei kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunCancel</name>
    <message>
        <source>cancel: return once the cancel is delivered, without waiting for the run to end.</source>
        <translation>cancel: zurückkehren, sobald der Abbruch zugestellt ist, ohne auf das Ende des Laufs zu warten.</translation>
    </message>
    <message>
        <source>cancel: seconds to wait for the run to end (default 30).</source>
        <translation>cancel: Sekunden, die auf das Ende des Laufs gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>wait-timeout: must be a number of seconds from 1 to 86400</source>
        <translation>wait-timeout: muss eine Anzahl Sekunden von 1 bis 86400 sein</translation>
    </message>
    <message>
        <source>task %1 has no pending or running run</source>
        <translation>Aufgabe %1 hat keinen wartenden oder laufenden Lauf</translation>
    </message>
    <message>
        <source>run %1: cancel done</source>
        <translation>Lauf %1: Abbruch erledigt</translation>
    </message>
    <message>
        <source>run %1: cancel sent to engine %2</source>
        <translation>Lauf %1: Abbruch an Engine %2 gesendet</translation>
    </message>
    <message>
        <source>run %1: cancelled</source>
        <translation>Lauf %1: abgebrochen</translation>
    </message>
    <message>
        <source>run %1 is still %2 after %3 s</source>
        <translation>Lauf %1 ist nach %3 s immer noch %2</translation>
    </message>
    <message>
        <source>run %1 ended %2 before the cancel reached it</source>
        <translation>Lauf %1 endete mit %2, bevor der Abbruch ihn erreichte</translation>
    </message>
</context>
<context>
    <name>RunReason</name>
    <message>
        <source>task disabled while queued</source>
        <translation>Aufgabe wurde deaktiviert, während der Lauf wartete</translation>
    </message>
</context>
<context>
    <name>RunRepository</name>
    <message>
        <source>unknown task id %1</source>
        <translation>unbekannte Aufgaben-ID %1</translation>
    </message>
    <message>
        <source>task %1 already has a scheduled run for %2</source>
        <translation>Aufgabe %1 hat bereits einen geplanten Lauf für %2</translation>
    </message>
    <message>
        <source>run %1 has already started task %2</source>
        <translation>Lauf %1 hat Aufgabe %2 bereits gestartet</translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <source>no engine runs in this process to start &apos;%1&apos;</source>
        <translation>in diesem Prozess läuft keine Engine, die &apos;%1&apos; starten könnte</translation>
    </message>
    <message>
        <source>run %1 has already ended (%2)</source>
        <translation>Lauf %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <source>run %1 belongs to engine %2, which is not running (no heartbeat within the lease); failover will close the run as interrupted</source>
        <translation>Lauf %1 gehört zu Engine %2, die nicht läuft (kein Lebenszeichen innerhalb der Frist); die Übernahme schließt den Lauf als unterbrochen ab</translation>
    </message>
    <message>
        <source>task %1 has no active run to cancel</source>
        <translation>Aufgabe %1 hat keinen aktiven Lauf zum Abbrechen</translation>
    </message>
</context>
<context>
    <name>RunWaiter</name>
    <message>
        <source>run %1 of %2 started</source>
        <translation>Lauf %1 von %2 gestartet</translation>
    </message>
    <message>
        <source>the task has no enabled target servers</source>
        <translation>die Aufgabe hat keine aktivierten Zielserver</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>List recent runs, newest first (each server&apos;s attempts apart, as web1#1=failed(1) web1#2=succeeded(0)); show one run; cancel one.
Times are local, with their offset.</source>
        <translation>Die letzten Läufe auflisten, neueste zuerst (die Versuche jedes Servers einzeln, etwa web1#1=failed(1) web1#2=succeeded(0)); einen Lauf zeigen; einen abbrechen.
Zeiten sind lokal, mit ihrer Zeitverschiebung.</translation>
    </message>
    <message>
        <source>list (the default) | show RUN | cancel RUN</source>
        <translation>list (Standard) | show LAUF | cancel LAUF</translation>
    </message>
    <message>
        <source>The run&apos;s id.</source>
        <translation>Die ID des Laufs.</translation>
    </message>
    <message>
        <source>Only runs of this task.</source>
        <translation>Nur Läufe dieser Aufgabe.</translation>
    </message>
    <message>
        <source>At most N runs (default 20).</source>
        <translation>Höchstens N Läufe (Standard 20).</translation>
    </message>
    <message>
        <source>Print JSON, with every execution and its output.</source>
        <translation>JSON ausgeben, mit jeder Ausführung und ihrer Ausgabe.</translation>
    </message>
    <message>
        <source>cancel: wait until the run has ended (the default).</source>
        <translation>cancel: warten, bis der Lauf beendet ist (Standard).</translation>
    </message>
    <message>
        <source>expected list, show RUN or cancel RUN; got &apos;%1&apos;</source>
        <translation>erwartet wird list, show LAUF oder cancel LAUF; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>limit: must be a number from 1 to 100000</source>
        <translation>limit: muss eine Zahl von 1 bis 100000 sein</translation>
    </message>
    <message>
        <source>expected the run&apos;s id (a number, as `runs` lists)</source>
        <translation>die ID des Laufs wird erwartet (eine Zahl, wie `runs` sie auflistet)</translation>
    </message>
    <message>
        <source>List recent runs and results; show or cancel one.</source>
        <translation>Die letzten Läufe und Ergebnisse auflisten; einen zeigen oder abbrechen.</translation>
    </message>
    <message>
        <source>--server, --status, --since, --until and --before need --grep</source>
        <translation>--server, --status, --since, --until und --before benötigen --grep</translation>
    </message>
</context>
<context>
    <name>RunsController</name>
    <message>
        <source>&apos;%1&apos; is not stdout, stderr or both</source>
        <translation>„%1“ ist weder stdout, stderr noch both</translation>
    </message>
</context>
<context>
    <name>RunsGrep</name>
    <message>
        <source>List the executions whose stdout or stderr contains TEXT (ignoring case), newest first.</source>
        <translation>Die Ausführungen auflisten, deren stdout oder stderr TEXT enthält (ohne Beachtung der Groß-/Kleinschreibung), neueste zuerst.</translation>
    </message>
    <message>
        <source>--grep: only on this server.</source>
        <translation>--grep: nur auf diesem Server.</translation>
    </message>
    <message>
        <source>--grep: only executions with this status.</source>
        <translation>--grep: nur Ausführungen mit diesem Status.</translation>
    </message>
    <message>
        <source>--grep: started at or after (ISO 8601, or -1h, -7d).</source>
        <translation>--grep: gestartet ab (ISO 8601 oder -1h, -7d).</translation>
    </message>
    <message>
        <source>--grep: started before.</source>
        <translation>--grep: gestartet vor.</translation>
    </message>
    <message>
        <source>--grep: the next page, below this execution id (as the previous page says).</source>
        <translation>--grep: die nächste Seite, unterhalb dieser Ausführungs-ID (wie die vorherige Seite angibt).</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not an execution status</source>
        <translation>status: &apos;%1&apos; ist kein Ausführungsstatus</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time (ISO 8601, a date, or -1h)</source>
        <translation>%1: &apos;%2&apos; ist keine Zeit (ISO 8601, ein Datum oder -1h)</translation>
    </message>
    <message>
        <source>before: must be an execution id</source>
        <translation>before: muss eine Ausführungs-ID sein</translation>
    </message>
    <message>
        <source>more: add --before %1</source>
        <translation>mehr: --before %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Show the next fire times of a schedule expression.</source>
        <translation>Die nächsten Ausführungszeiten eines Zeitplanausdrucks zeigen.</translation>
    </message>
    <message>
        <source>IANA time zone (default: this machine&apos;s).</source>
        <translation>IANA-Zeitzone (Standard: die dieses Rechners).</translation>
    </message>
    <message>
        <source>Start instant, ISO 8601 (default: now). Without an offset it is wall time in --tz.</source>
        <translation>Startzeitpunkt, ISO 8601 (Standard: jetzt). Ohne Zeitverschiebung ist es die Ortszeit in --tz.</translation>
    </message>
    <message>
        <source>How many fire times (default 5).</source>
        <translation>Wie viele Ausführungszeiten (Standard 5).</translation>
    </message>
    <message>
        <source>The schedule.</source>
        <translation>Der Zeitplan.</translation>
    </message>
    <message>
        <source>missing SPEC; see fleetcron schedule --help</source>
        <translation>SPEC fehlt; siehe fleetcron schedule --help</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin or UTC)</source>
        <translation>unbekannte Zeitzone &apos;%1&apos; (verwenden Sie einen IANA-Namen wie Europe/Berlin oder UTC)</translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-03-29T01:00:00+01:00)</source>
        <translation>--from: &apos;%1&apos; ist kein Datum mit Uhrzeit nach ISO 8601 (z. B. 2026-03-29T01:00:00+01:00)</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--count: &apos;%1&apos; ist keine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>The task name H values are hashed from (default: none).</source>
        <translation>Der Aufgabenname, aus dem die H-Werte gehasht werden (Standard: keiner).</translation>
    </message>
</context>
<context>
    <name>ScheduleHint</name>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>cron needs 5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first</source>
        <translation>cron braucht 5 Felder (Minute Stunde Tag-des-Monats Monat Wochentag), oder 6 mit Sekunden zuerst</translation>
    </message>
</context>
<context>
    <name>ScheduleParser</name>
    <message>
        <source>%1 is out of range %2</source>
        <translation>%1 liegt außerhalb des Bereichs %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>unbekannter Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value, range or step</source>
        <translation>&apos;%1&apos; ist kein gültiger Wert, Bereich oder Schritt</translation>
    </message>
    <message>
        <source>a list has an empty item</source>
        <translation>eine Liste hat einen leeren Eintrag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no step after &apos;/&apos;</source>
        <translation>&apos;%1&apos; hat keinen Schritt nach &apos;/&apos;</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is not a number</source>
        <translation>Schritt &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>step must be at least 1</source>
        <translation>der Schritt muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>range %1 is backwards (start must not exceed end)</source>
        <translation>Bereich %1 ist verkehrt herum (der Anfang darf das Ende nicht überschreiten)</translation>
    </message>
    <message>
        <source>never fires: day-of-month %1 never occurs in %2</source>
        <translation>wird nie ausgeführt: Tag %1 des Monats kommt in %2 nie vor</translation>
    </message>
    <message>
        <source>interval must be at least 1 second</source>
        <translation>das Intervall muss mindestens 1 Sekunde betragen</translation>
    </message>
    <message>
        <source>interval must be at most %1 seconds (100 years)</source>
        <translation>das Intervall darf höchstens %1 Sekunden (100 Jahre) betragen</translation>
    </message>
    <message>
        <source>@every: expected a duration like 30s or 1h30m</source>
        <translation>@every: erwartet wird eine Dauer wie 30s oder 1h30m</translation>
    </message>
    <message>
        <source>@every: &apos;%1&apos; needs a unit (h, m or s)</source>
        <translation>@every: &apos;%1&apos; braucht eine Einheit (h, m oder s)</translation>
    </message>
    <message>
        <source>@every: unknown unit &apos;%1&apos; (use h, m or s)</source>
        <translation>@every: unbekannte Einheit &apos;%1&apos; (verwenden Sie h, m oder s)</translation>
    </message>
    <message>
        <source>every: expected &apos;every N seconds&apos;, &apos;every N minutes&apos; or &apos;every N hours&apos;</source>
        <translation>every: erwartet wird &apos;every N seconds&apos;, &apos;every N minutes&apos; oder &apos;every N hours&apos;</translation>
    </message>
    <message>
        <source>every: &apos;%1&apos; is not a whole number</source>
        <translation>every: &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; (use seconds, minutes or hours)</source>
        <translation>unbekannte Einheit &apos;%1&apos; (verwenden Sie seconds, minutes oder hours)</translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos; (use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every)</source>
        <translation>unbekanntes Makro &apos;%1&apos; (verwenden Sie @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly oder @every)</translation>
    </message>
    <message>
        <source>the schedule is empty</source>
        <translation>der Zeitplan ist leer</translation>
    </message>
    <message>
        <source>%1 takes no further fields, got &apos;%2&apos;</source>
        <translation>%1 nimmt keine weiteren Felder, erhalten: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>task=%1 fire at %2 skipped: %3</source>
        <translation>task=%1 Ausführung um %2 ausgelassen: %3</translation>
    </message>
    <message>
        <source>task=%1 missed fires since %2 skipped (misfire skip)</source>
        <translation>task=%1 verpasste Ausführungen seit %2 ausgelassen (misfire skip)</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>q: the search text is empty</source>
        <translation>q: der Suchtext ist leer</translation>
    </message>
    <message>
        <source>q: the search text is longer than %1 characters</source>
        <translation>q: der Suchtext ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>q: the search text needs at least one letter or digit</source>
        <translation>q: der Suchtext braucht mindestens einen Buchstaben oder eine Ziffer</translation>
    </message>
    <message>
        <source>limit: must be from 1 to %1</source>
        <translation>limit: muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>before: must be an execution id</source>
        <translation>before: muss eine Ausführungs-ID sein</translation>
    </message>
    <message>
        <source>until: must be later than since</source>
        <translation>until: muss später als since sein</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>in %1 ms</source>
        <translation>in %1 ms</translation>
    </message>
    <message>
        <source>Manage servers: add, list, show, edit, remove, test, repin.</source>
        <translation>Server verwalten: add, list, show, edit, remove, test, repin.</translation>
    </message>
    <message>
        <source>The server&apos;s name.</source>
        <translation>Der Name des Servers.</translation>
    </message>
    <message>
        <source>Print JSON (list, show).</source>
        <translation>JSON ausgeben (list, show).</translation>
    </message>
    <message>
        <source>New name (edit).</source>
        <translation>Neuer Name (edit).</translation>
    </message>
    <message>
        <source>Enable the server (edit).</source>
        <translation>Den Server aktivieren (edit).</translation>
    </message>
    <message>
        <source>Disable the server (edit).</source>
        <translation>Den Server deaktivieren (edit).</translation>
    </message>
    <message>
        <source>repin: only pin if the server shows this fingerprint.</source>
        <translation>repin: nur festlegen, wenn der Server diesen Fingerabdruck zeigt.</translation>
    </message>
    <message>
        <source>--host and --user are required</source>
        <translation>--host und --user sind erforderlich</translation>
    </message>
    <message>
        <source>choose how to log in: --key FILE, --agent or --password-stdin</source>
        <translation>wählen Sie die Anmeldung: --key DATEI, --agent oder --password-stdin</translation>
    </message>
    <message>
        <source>added server %1 (id %2)</source>
        <translation>Server %1 hinzugefügt (ID %2)</translation>
    </message>
    <message>
        <source>choose --enable or --disable, not both</source>
        <translation>wählen Sie --enable oder --disable, nicht beides</translation>
    </message>
    <message>
        <source>updated server %1</source>
        <translation>Server %1 aktualisiert</translation>
    </message>
    <message>
        <source>removed server %1</source>
        <translation>Server %1 entfernt</translation>
    </message>
    <message>
        <source>the server shows %1, not the expected %2; nothing was pinned</source>
        <translation>der Server zeigt %1, nicht das erwartete %2; nichts wurde festgelegt</translation>
    </message>
    <message>
        <source>host key unchanged; already pinned</source>
        <translation>Host-Schlüssel unverändert; bereits festgelegt</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <source>Add, list, edit, test servers.</source>
        <translation>Server hinzufügen, auflisten, bearbeiten, testen.</translation>
    </message>
    <message>
        <source>Reach the server through these servers (ssh ProxyJump), first hop first: NAME[,NAME..]. &quot;&quot; clears them.</source>
        <translation>Den Server über diese Server erreichen (ssh ProxyJump), erster Sprung zuerst: NAME[,NAME..]. &quot;&quot; entfernt sie.</translation>
    </message>
    <message>
        <source>Connect directly (edit): no jump hosts.</source>
        <translation>Direkt verbinden (edit): keine Jump-Hosts.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>remove-tag: the server has no tag &apos;%1&apos;</source>
        <translation>remove-tag: der Server hat kein Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Host name or address.</source>
        <translation>Hostname oder Adresse.</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>SSH-Port (Standard 22).</translation>
    </message>
    <message>
        <source>Login user.</source>
        <translation>Anmeldebenutzer.</translation>
    </message>
    <message>
        <source>Authenticate with this private key file.</source>
        <translation>Mit dieser privaten Schlüsseldatei anmelden.</translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from standard input.</source>
        <translation>Die Passphrase des Schlüssels von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Authenticate with the ssh-agent.</source>
        <translation>Über den ssh-agent anmelden.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>A tag (repeatable, or comma-separated). On edit it replaces the whole set; use --add-tag/--remove-tag to change one.</source>
        <translation>Ein Tag (wiederholbar oder durch Kommas getrennt). Bei edit ersetzt es alle Tags; mit --add-tag/--remove-tag ändern Sie ein einzelnes.</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others (repeatable).</source>
        <translation>Ein Tag hinzufügen, die anderen behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Remove a tag, keeping the others (repeatable).</source>
        <translation>Ein Tag entfernen, die anderen behalten (wiederholbar).</translation>
    </message>
    <message>
        <source>Executions at once on this server (default 4).</source>
        <translation>Gleichzeitige Ausführungen auf diesem Server (Standard 4).</translation>
    </message>
    <message>
        <source>accept-new (pin on first contact) or strict (need a pin).</source>
        <translation>accept-new (beim ersten Kontakt festlegen) oder strict (Festlegung nötig).</translation>
    </message>
    <message>
        <source>Pin this fingerprint now (SHA256:…), e.g. for strict servers.</source>
        <translation>Diesen Fingerabdruck jetzt festlegen (SHA256:…), z. B. für strict-Server.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>choose one of --key, --agent and --password-stdin</source>
        <translation>wählen Sie eines von --key, --agent und --password-stdin</translation>
    </message>
    <message>
        <source>key: cannot read the key file &apos;%1&apos;</source>
        <translation>key: die Schlüsseldatei &apos;%1&apos; kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>--key-passphrase-stdin goes with --key</source>
        <translation>--key-passphrase-stdin gehört zu --key</translation>
    </message>
    <message>
        <source>nothing was read from standard input</source>
        <translation>von der Standardeingabe wurde nichts gelesen</translation>
    </message>
    <message>
        <source>host-key-policy: &apos;%1&apos; is not accept-new or strict</source>
        <translation>host-key-policy: &apos;%1&apos; ist weder accept-new noch strict</translation>
    </message>
    <message>
        <source>host-key: expected a fingerprint like SHA256:…, as ssh-keygen -lf prints it</source>
        <translation>host-key: erwartet wird ein Fingerabdruck wie SHA256:…, wie ihn ssh-keygen -lf ausgibt</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>a server needs a name</source>
        <translation>ein Server braucht einen Namen</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; needs a host name or address</source>
        <translation>Server &apos;%1&apos; braucht einen Hostnamen oder eine Adresse</translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation>Port %1 liegt außerhalb von 1–65535</translation>
    </message>
    <message>
        <source>max parallel must be at least 1, not %1</source>
        <translation>die maximale Parallelität muss mindestens 1 sein, nicht %1</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains a comma</source>
        <translation>Tag &apos;%1&apos; enthält ein Komma</translation>
    </message>
</context>
<context>
    <name>ServerSaver</name>
    <message>
        <source>agent login takes no password or passphrase</source>
        <translation>die Anmeldung über den Agent nimmt kein Passwort und keine Passphrase</translation>
    </message>
    <message>
        <source>no secret store is available for the password</source>
        <translation>für das Passwort ist kein Geheimnisspeicher verfügbar</translation>
    </message>
    <message>
        <source>password login needs a password</source>
        <translation>die Anmeldung per Passwort braucht ein Passwort</translation>
    </message>
    <message>
        <source>the secret store refused the password: %1</source>
        <translation>der Geheimnisspeicher hat das Passwort abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>ServerService</name>
    <message>
        <source>server &apos;%1&apos; has %2 execution(s) running or waiting; cancel their runs or wait for them to end, then remove it</source>
        <translation>Server &apos;%1&apos; hat %2 laufende oder wartende Ausführung(en); brechen Sie deren Läufe ab oder warten Sie ihr Ende ab, und entfernen Sie ihn dann</translation>
    </message>
    <message>
        <source>a host key fingerprint looks like SHA256:…, not &apos;%1&apos;</source>
        <translation>ein Host-Schlüssel-Fingerabdruck sieht aus wie SHA256:…, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; is not a known server; add it first, then name it as a jump host</source>
        <translation>Jump-Host „%1“ ist kein bekannter Server; fügen Sie ihn zuerst hinzu und nennen Sie ihn dann als Jump-Host</translation>
    </message>
    <message>
        <source>%1 jump hosts are too many (at most %2)</source>
        <translation>%1 Jump-Hosts sind zu viele (höchstens %2)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; cannot be its own jump host</source>
        <translation>Server „%1“ kann nicht sein eigener Jump-Host sein</translation>
    </message>
    <message>
        <source>jump host %1 is not a known server</source>
        <translation>Jump-Host %1 ist kein bekannter Server</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; is named twice</source>
        <translation>Jump-Host „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>jump hosts of &apos;%1&apos; lead back to it (%2): a connection could never be made; remove one of them</source>
        <translation>die Jump-Hosts von „%1“ führen zu ihm zurück (%2): so käme nie eine Verbindung zustande; entfernen Sie einen davon</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is the jump host of %2; change their jump hosts first</source>
        <translation>Server „%1“ ist der Jump-Host von %2; ändern Sie zuerst deren Jump-Hosts</translation>
    </message>
</context>
<context>
    <name>ServerView</name>
    <message>
        <source>(not pinned yet)</source>
        <translation>(noch nicht festgelegt)</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <source>jump_hosts: give a list of server names or ids</source>
        <translation>jump_hosts: geben Sie eine Liste von Servernamen oder IDs an</translation>
    </message>
    <message>
        <source>jump_hosts: each entry is a server name or id</source>
        <translation>jump_hosts: jeder Eintrag ist ein Servername oder eine ID</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>A setting&apos;s key.</source>
        <translation>Der Schlüssel einer Einstellung.</translation>
    </message>
    <message>
        <source>Print JSON (list, get).</source>
        <translation>JSON ausgeben (list, get).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected one setting&apos;s key</source>
        <translation>der Schlüssel einer Einstellung wird erwartet</translation>
    </message>
    <message>
        <source>expected KEY VALUE pairs</source>
        <translation>erwartet werden Paare SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <source>expected one of list, get, set</source>
        <translation>erwartet wird eines von list, get, set</translation>
    </message>
    <message>
        <source>; got &apos;%1&apos;</source>
        <translation>; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List, get and set the shared engine settings.</source>
        <translation>Die gemeinsamen Engine-Einstellungen auflisten, lesen und setzen.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>blackouts: must be a list of window specs</source>
        <translation>blackouts: muss eine Liste von Fensterangaben sein</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>a setting needs a name</source>
        <translation>eine Einstellung braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Einstellung &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>no setting given</source>
        <translation>keine Einstellung angegeben</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (%4), not &apos;%5&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein (%4), nicht &apos;%5&apos;</translation>
    </message>
</context>
<context>
    <name>SshConfigParser</name>
    <message>
        <source>%1 needs at least one pattern</source>
        <translation>%1 braucht mindestens ein Muster</translation>
    </message>
    <message>
        <source>Match blocks are not evaluated: their options are not applied to any host</source>
        <translation>Match-Blöcke werden nicht ausgewertet: ihre Optionen gelten für keinen Host</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>not followed: only a config read from a file can include others</source>
        <translation>nicht verfolgt: nur eine aus einer Datei gelesene Konfiguration kann andere einbinden</translation>
    </message>
    <message>
        <source>includes nested more than %1 deep</source>
        <translation>Einbindungen mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>matches no file</source>
        <translation>passt auf keine Datei</translation>
    </message>
    <message>
        <source>options before the first Host</source>
        <translation>Optionen vor dem ersten Host</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <source>a pattern, not a server: its options apply to the hosts it matches</source>
        <translation>ein Muster, kein Server: seine Optionen gelten für die passenden Hosts</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a port number (1–65535)</source>
        <translation>Port &apos;%1&apos; ist keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <source>only the first IdentityFile (%1) is used</source>
        <translation>nur die erste IdentityFile (%1) wird verwendet</translation>
    </message>
    <message>
        <source>ProxyCommand not supported: the server is reached directly</source>
        <translation>ProxyCommand wird nicht unterstützt: der Server wird direkt erreicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
    <name>StoreError</name>
    <message>
        <source>unknown task id %1</source>
        <translation>unbekannte Aufgaben-ID %1</translation>
    </message>
    <message>
        <source>unknown server id %1</source>
        <translation>unbekannte Server-ID %1</translation>
    </message>
    <message>
        <source>unknown run id %1</source>
        <translation>unbekannte Lauf-ID %1</translation>
    </message>
    <message>
        <source>unknown execution id %1</source>
        <translation>unbekannte Ausführungs-ID %1</translation>
    </message>
    <message>
        <source>no task named &apos;%1&apos;</source>
        <translation>keine Aufgabe namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos;</source>
        <translation>kein Server namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a task named &apos;%1&apos; already exists</source>
        <translation>eine Aufgabe namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>a server named &apos;%1&apos; already exists</source>
        <translation>ein Server namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>unknown notification rule id %1</source>
        <translation>unbekannte Benachrichtigungsregel-ID %1</translation>
    </message>
    <message>
        <source>no notification rule named &apos;%1&apos;</source>
        <translation>keine Benachrichtigungsregel namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a notification rule named &apos;%1&apos; already exists</source>
        <translation>eine Benachrichtigungsregel namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>unknown token id %1</source>
        <translation>unbekannte Token-ID %1</translation>
    </message>
    <message>
        <source>no token named &apos;%1&apos;</source>
        <translation>kein Token namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a token named &apos;%1&apos; already exists</source>
        <translation>ein Token namens &apos;%1&apos; existiert bereits</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>Manage tasks: add, list, show, edit, remove, enable, disable, run, cancel (its pending and running runs, on whichever engine runs them).</source>
        <translation>Aufgaben verwalten: add, list, show, edit, remove, enable, disable, run, cancel (ihre wartenden und laufenden Läufe, auf welcher Engine sie auch laufen).</translation>
    </message>
    <message>
        <source>The task&apos;s name.</source>
        <translation>Der Name der Aufgabe.</translation>
    </message>
    <message>
        <source>Print JSON (list, show, run --wait).</source>
        <translation>JSON ausgeben (list, show, run --wait).</translation>
    </message>
    <message>
        <source>New name (edit).</source>
        <translation>Neuer Name (edit).</translation>
    </message>
    <message>
        <source>Add the task disabled.</source>
        <translation>Die Aufgabe deaktiviert hinzufügen.</translation>
    </message>
    <message>
        <source>run: wait and print every server&apos;s result.</source>
        <translation>run: warten und das Ergebnis jedes Servers ausgeben.</translation>
    </message>
    <message>
        <source>added task %1 (id %2), next run %3</source>
        <translation>Aufgabe %1 hinzugefügt (ID %2), nächster Lauf %3</translation>
    </message>
    <message>
        <source>updated task %1, next run %2</source>
        <translation>Aufgabe %1 aktualisiert, nächster Lauf %2</translation>
    </message>
    <message>
        <source>removed task %1 and its history</source>
        <translation>Aufgabe %1 und ihr Verlauf entfernt</translation>
    </message>
    <message>
        <source>enabled task %1</source>
        <translation>Aufgabe %1 aktiviert</translation>
    </message>
    <message>
        <source>disabled task %1</source>
        <translation>Aufgabe %1 deaktiviert</translation>
    </message>
    <message>
        <source>Add, list, edit, enable, disable and run tasks.</source>
        <translation>Aufgaben hinzufügen, auflisten, bearbeiten, aktivieren, deaktivieren und ausführen.</translation>
    </message>
    <message>
        <source>note: no --servers or --tags given: the task runs on every server</source>
        <translation>Hinweis: weder --servers noch --tags angegeben: die Aufgabe läuft auf jedem Server</translation>
    </message>
</context>
<context>
    <name>TaskFields</name>
    <message>
        <source>%1: &apos;%2&apos; is not %3</source>
        <translation>%1: &apos;%2&apos; ist nicht %3</translation>
    </message>
    <message>
        <source>choose --command or --script, not both</source>
        <translation>wählen Sie --command oder --script, nicht beides</translation>
    </message>
    <message>
        <source>script: cannot read &apos;%1&apos;: %2</source>
        <translation>script: &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--interpreter goes with --script</source>
        <translation>--interpreter gehört zu --script</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>max-output: &apos;%1&apos; is not a number</source>
        <translation>max-output: &apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>The command line to run.</source>
        <translation>Die auszuführende Befehlszeile.</translation>
    </message>
    <message>
        <source>A script file; its text is sent on stdin.</source>
        <translation>Eine Skriptdatei; ihr Text wird über stdin gesendet.</translation>
    </message>
    <message>
        <source>What runs the script (default /bin/sh).</source>
        <translation>Was das Skript ausführt (Standard /bin/sh).</translation>
    </message>
    <message>
        <source>Cron (5 or 6 fields), @every 30s, &apos;every 5 minutes&apos; or seconds.</source>
        <translation>Cron (5 oder 6 Felder), @every 30s, &apos;every 5 minutes&apos; oder Sekunden.</translation>
    </message>
    <message>
        <source>Target servers by name, comma-separated.</source>
        <translation>Zielserver nach Namen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Target every server with this tag (repeatable).</source>
        <translation>Jeden Server mit diesem Tag als Ziel nehmen (wiederholbar).</translation>
    </message>
    <message>
        <source>IANA time zone of the schedule (default: local).</source>
        <translation>IANA-Zeitzone des Zeitplans (Standard: lokal).</translation>
    </message>
    <message>
        <source>Seconds before the command is stopped (0: none).</source>
        <translation>Sekunden, bevor der Befehl angehalten wird (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Retries for failed servers (default 0).</source>
        <translation>Wiederholungen für fehlgeschlagene Server (Standard 0).</translation>
    </message>
    <message>
        <source>Seconds between retries.</source>
        <translation>Sekunden zwischen Wiederholungen.</translation>
    </message>
    <message>
        <source>skip | queue | parallel (default skip).</source>
        <translation>skip | queue | parallel (Standard skip).</translation>
    </message>
    <message>
        <source>skip | run-once (default run-once).</source>
        <translation>skip | run-once (Standard run-once).</translation>
    </message>
    <message>
        <source>all | one (round-robin) (default all).</source>
        <translation>all | one (reihum) (Standard all).</translation>
    </message>
    <message>
        <source>Bytes kept per stream (default 1048576).</source>
        <translation>Pro Datenstrom behaltene Bytes (Standard 1048576).</translation>
    </message>
    <message>
        <source>skip, queue or parallel</source>
        <translation>skip, queue oder parallel</translation>
    </message>
    <message>
        <source>skip or run-once</source>
        <translation>skip oder run-once</translation>
    </message>
    <message>
        <source>all or one</source>
        <translation>all oder one</translation>
    </message>
    <message>
        <source>choose --blackout or --no-blackouts</source>
        <translation>wählen Sie --blackout oder --no-blackouts</translation>
    </message>
    <message>
        <source>Start this task when a run succeeds (repeatable; replaces).</source>
        <translation>Diese Aufgabe starten, wenn ein Lauf gelingt (wiederholbar; ersetzt).</translation>
    </message>
    <message>
        <source>Start this task when a run fails or partly fails (repeatable; replaces).</source>
        <translation>Diese Aufgabe starten, wenn ein Lauf ganz oder teilweise fehlschlägt (wiederholbar; ersetzt).</translation>
    </message>
    <message>
        <source>Start this task when a run ends either way (repeatable).</source>
        <translation>Diese Aufgabe starten, wenn ein Lauf so oder so endet (wiederholbar).</translation>
    </message>
    <message>
        <source>Start no other task (then apply --on-success, --on-failure, --always).</source>
        <translation>Keine andere Aufgabe starten (danach gelten --on-success, --on-failure, --always).</translation>
    </message>
    <message>
        <source>Start each fire a random 0..N seconds late (default 0).</source>
        <translation>Jede Ausführung zufällig 0..N Sekunden später starten (Standard 0).</translation>
    </message>
    <message>
        <source>A window in which fires are skipped, e.g. &apos;xmas: 2026-12-24..2026-12-26&apos; or &apos;22:00-06:00 mon-fri&apos; (repeatable; replaces the task&apos;s windows).</source>
        <translation>Ein Fenster, in dem Ausführungen ausgelassen werden, z. B. &apos;xmas: 2026-12-24..2026-12-26&apos; oder &apos;22:00-06:00 mon-fri&apos; (wiederholbar; ersetzt die Fenster der Aufgabe).</translation>
    </message>
    <message>
        <source>Remove the task&apos;s blackout windows.</source>
        <translation>Die Sperrfenster der Aufgabe entfernen.</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>a task needs a name</source>
        <translation>eine Aufgabe braucht einen Namen</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has an empty script</source>
        <translation>Aufgabe &apos;%1&apos; hat ein leeres Skript</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no command</source>
        <translation>Aufgabe &apos;%1&apos; hat keinen Befehl</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no schedule</source>
        <translation>Aufgabe &apos;%1&apos; hat keinen Zeitplan</translation>
    </message>
    <message>
        <source>the timeout cannot be negative</source>
        <translation>das Zeitlimit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>retries cannot be negative</source>
        <translation>die Wiederholungen können nicht negativ sein</translation>
    </message>
    <message>
        <source>the retry delay cannot be negative</source>
        <translation>die Wartezeit vor Wiederholungen kann nicht negativ sein</translation>
    </message>
    <message>
        <source>the output limit cannot be negative</source>
        <translation>die Ausgabegrenze kann nicht negativ sein</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains a comma</source>
        <translation>Tag &apos;%1&apos; enthält ein Komma</translation>
    </message>
    <message>
        <source>unknown server id %1</source>
        <translation>unbekannte Server-ID %1</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>&apos;%1&apos; is in the past: a one-shot task armed now would never fire</source>
        <translation>&apos;%1&apos; liegt in der Vergangenheit: eine jetzt scharf geschaltete einmalige Aufgabe würde nie ausgeführt</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has %2 active run(s) (%3); cancel them or wait for them to end, then delete it</source>
        <translation>Aufgabe &apos;%1&apos; hat %2 aktive(n) Lauf/Läufe (%3); brechen Sie sie ab oder warten Sie ihr Ende ab, und löschen Sie sie dann</translation>
    </message>
    <message>
        <source>%1: unknown task &apos;%2&apos;</source>
        <translation>%1: unbekannte Aufgabe &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>TaskTiming</name>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone &apos;%1&apos; (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>timeout must be between 0 (none) and %1 seconds</source>
        <translation>das Zeitlimit muss zwischen 0 (keins) und %1 Sekunden liegen</translation>
    </message>
    <message>
        <source>retries must be between 0 and %1</source>
        <translation>die Wiederholungen müssen zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>retry delay must be between 0 and %1 seconds</source>
        <translation>die Wartezeit vor Wiederholungen muss zwischen 0 und %1 Sekunden liegen</translation>
    </message>
    <message>
        <source>output cap must be between 1 KiB and 1 GiB</source>
        <translation>die Ausgabegrenze muss zwischen 1 KiB und 1 GiB liegen</translation>
    </message>
    <message>
        <source>start delay must be between 0 (none) and %1 seconds</source>
        <translation>die Startverzögerung muss zwischen 0 (keine) und %1 Sekunden liegen</translation>
    </message>
</context>
<context>
    <name>TaskView</name>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>every server</source>
        <translation>jeder Server</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print the token file&apos;s path.</source>
        <translation>Den Pfad der Token-Datei ausgeben.</translation>
    </message>
    <message>
        <source>The token file (as the daemon&apos;s --api-token-file).</source>
        <translation>Die Token-Datei (wie --api-token-file des Daemons).</translation>
    </message>
    <message>
        <source>Without an action: print the bearer token of the daemon&apos;s REST API from its token file (created if missing); it is the admin token &apos;legacy&apos; until revoked.
create NAME --role viewer|operator|admin [--tags a,b] [--expires 30d|DATE]: make a named token and print it; it is shown this once and never again.
list: the named tokens (never their secrets). revoke NAME: end a token at once.
See docs/ACCESS.md for what each role may do.</source>
        <translation>Ohne Aktion: das Bearer-Token der REST-API des Daemons aus seiner Token-Datei ausgeben (wird angelegt, falls sie fehlt); es ist das Admin-Token &apos;legacy&apos;, bis es widerrufen wird.
create NAME --role viewer|operator|admin [--tags a,b] [--expires 30d|DATE]: ein benanntes Token erstellen und ausgeben; es wird nur dieses eine Mal angezeigt und nie wieder.
list: die benannten Tokens (nie ihre Geheimnisse). revoke NAME: ein Token sofort beenden.
Was jede Rolle darf, steht in docs/ACCESS.md.</translation>
    </message>
    <message>
        <source>create | list | revoke (optional)</source>
        <translation>create | list | revoke (optional)</translation>
    </message>
    <message>
        <source>The token&apos;s name.</source>
        <translation>Der Name des Tokens.</translation>
    </message>
    <message>
        <source>create: viewer, operator or admin.</source>
        <translation>create: viewer, operator oder admin.</translation>
    </message>
    <message>
        <source>create: only tasks and servers with these tags (comma-separated).</source>
        <translation>create: nur Aufgaben und Server mit diesen Tags (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>create: when it stops working: 12h, 30d, 2w, or an ISO 8601 date or date-time (UTC unless it says otherwise).</source>
        <translation>create: wann es aufhört zu funktionieren: 12h, 30d, 2w oder ein Datum bzw. Datum mit Uhrzeit nach ISO 8601 (UTC, sofern nicht anders angegeben).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>created token &apos;%1&apos; (role %2); it is shown only now
</source>
        <translation>Token &apos;%1&apos; erstellt (Rolle %2); es wird nur jetzt angezeigt
</translation>
    </message>
    <message>
        <source>revoked token &apos;%1&apos;
</source>
        <translation>Token &apos;%1&apos; widerrufen
</translation>
    </message>
    <message>
        <source>Print the REST API token; create, list and revoke named tokens.</source>
        <translation>Das REST-API-Token ausgeben; benannte Tokens erstellen, auflisten und widerrufen.</translation>
    </message>
</context>
<context>
    <name>TokenRules</name>
    <message>
        <source>bad expiry &apos;%1&apos;: expected e.g. 12h, 30d, 2w, 2027-01-31 or 2027-01-31T12:00:00Z</source>
        <translation>ungültiger Ablauf &apos;%1&apos;: erwartet wird z. B. 12h, 30d, 2w, 2027-01-31 oder 2027-01-31T12:00:00Z</translation>
    </message>
    <message>
        <source>the expiry %1 is not in the future</source>
        <translation>der Ablauf %1 liegt nicht in der Zukunft</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>a token&apos;s name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>der Name eines Tokens besteht aus 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>the name &apos;legacy&apos; is kept for the old api-token file</source>
        <translation>der Name &apos;legacy&apos; ist für die alte api-token-Datei reserviert</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: expected %2</source>
        <translation>unbekannte Rolle &apos;%1&apos;: erwartet wird %2</translation>
    </message>
    <message>
        <source>a tag cannot hold &apos;,&apos;: &apos;%1&apos;</source>
        <translation>ein Tag darf kein &apos;,&apos; enthalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is already revoked</source>
        <translation>das Token &apos;%1&apos; ist bereits widerrufen</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; was revoked</source>
        <translation>das Token &apos;%1&apos; wurde widerrufen</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; expired at %2</source>
        <translation>das Token &apos;%1&apos; ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; has the role %2; this needs %3</source>
        <translation>das Token &apos;%1&apos; hat die Rolle %2; hierfür ist %3 nötig</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is limited to the tags %2; this request is not about one of its tasks or servers</source>
        <translation>das Token &apos;%1&apos; ist auf die Tags %2 beschränkt; diese Anfrage betrifft keine seiner Aufgaben oder Server</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is limited to the tags %2</source>
        <translation>das Token &apos;%1&apos; ist auf die Tags %2 beschränkt</translation>
    </message>
</context>
<context>
    <name>TokensController</name>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: erwartet wird %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>viewer, operator or admin</source>
        <translation>viewer, operator oder admin</translation>
    </message>
    <message>
        <source>a string such as 30d</source>
        <translation>eine Zeichenkette wie 30d</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
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
    <message numerus="yes">
        <source>%n notices</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetcron::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Crontab (jobs become tasks)</source>
        <translation>Crontab (Jobs werden Aufgaben)</translation>
    </message>
    <message>
        <source>SSH config (hosts become servers)</source>
        <translation>SSH-Konfiguration (Hosts werden Server)</translation>
    </message>
    <message>
        <source>Ansible inventory, INI or YAML (hosts become servers)</source>
        <translation>Ansible-Inventar, INI oder YAML (Hosts werden Server)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>web1, web2</source>
        <translation>web1, web2</translation>
    </message>
    <message>
        <source>Run on servers:</source>
        <translation>Auf Servern ausführen:</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importieren:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Name prefix:</source>
        <translation>Namenspräfix:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Run on tags:</source>
        <translation>Auf Tags ausführen:</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>Tags hinzufügen:</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 server(s), %2 task(s), %3 line(s) reported</source>
        <translation>%1 Server, %2 Aufgabe(n), %3 Zeile(n) gemeldet</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>%1 problem(s): nothing can be imported until they are fixed. %2.</source>
        <translation>%1 Problem(e): nichts kann importiert werden, bis sie behoben sind. %2.</translation>
    </message>
    <message>
        <source>Dry run: %1. Nothing is saved until you press Import.</source>
        <translation>Probelauf: %1. Nichts wird gespeichert, bevor Sie Importieren drücken.</translation>
    </message>
    <message>
        <source>created server</source>
        <translation>Server angelegt</translation>
    </message>
    <message>
        <source>create server</source>
        <translation>Server anlegen</translation>
    </message>
    <message>
        <source>created task</source>
        <translation>Aufgabe angelegt</translation>
    </message>
    <message>
        <source>create task</source>
        <translation>Aufgabe anlegen</translation>
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
    <message>
        <source>Database refuses writes</source>
        <translation>Datenbank verweigert Schreibzugriffe</translation>
    </message>
    <message>
        <source>The database refuses writes: %1
No scheduled run starts, and finished results are kept in memory and written as soon as it takes them again; do not quit Fleetcron until then.</source>
        <translation>Die Datenbank verweigert Schreibzugriffe: %1
Kein geplanter Lauf startet, und fertige Ergebnisse werden im Speicher gehalten und geschrieben, sobald sie sie wieder annimmt; Fleetcron bis dahin nicht beenden.</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationDispatcher</name>
    <message>
        <source>%1 run events dropped: the notification queue was full (%2 dropped since the start)</source>
        <translation>%1 Lauf-Ereignisse verworfen: die Benachrichtigungswarteschlange war voll (%2 verworfen seit dem Start)</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationOutbox</name>
    <message>
        <source>rule &apos;%1&apos;: %2 to %3 failed after %4 attempts: %5</source>
        <translation>Regel &apos;%1&apos;: %2 an %3 nach %4 Versuchen fehlgeschlagen: %5</translation>
    </message>
    <message>
        <source>dropped: %1 deliveries were already waiting</source>
        <translation>verworfen: %1 Zustellungen warteten bereits</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries not sent: the engine stopped first</source>
        <translation>
            <numerusform>%n Zustellung nicht gesendet: die Engine wurde vorher beendet</numerusform>
            <numerusform>%n Zustellungen nicht gesendet: die Engine wurde vorher beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: the engine stopped first</source>
        <translation>nicht gesendet: die Engine wurde vorher beendet</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationRuleDialog</name>
    <message>
        <source>Run started</source>
        <translation>Lauf gestartet</translation>
    </message>
    <message>
        <source>Run succeeded</source>
        <translation>Lauf erfolgreich</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recovered after a failure</source>
        <translation>Nach einem Fehler wieder gelungen</translation>
    </message>
    <message>
        <source>Slower than usual</source>
        <translation>Langsamer als üblich</translation>
    </message>
    <message>
        <source>Engine lost</source>
        <translation>Engine verloren</translation>
    </message>
    <message>
        <source>Add notification rule</source>
        <translation>Benachrichtigungsregel hinzufügen</translation>
    </message>
    <message>
        <source>(every task)</source>
        <translation>(jede Aufgabe)</translation>
    </message>
    <message>
        <source>Webhook (signed JSON POST)</source>
        <translation>Webhook (signierter JSON-POST)</translation>
    </message>
    <message>
        <source>Ping URL (Healthchecks, Cronitor)</source>
        <translation>Ping-URL (Healthchecks, Cronitor)</translation>
    </message>
    <message>
        <source>Console tray notice</source>
        <translation>Hinweis im Infobereich der Konsole</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>Reines JSON</translation>
    </message>
    <message>
        <source>CloudEvents 1.0</source>
        <translation>CloudEvents 1.0</translation>
    </message>
    <message>
        <source>empty: unsigned</source>
        <translation>leer: unsigniert</translation>
    </message>
    <message>
        <source>3 (times the median run)</source>
        <translation>3 (mal der Median eines Laufs)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Ereignisse:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>HMAC &amp;secret:</source>
        <translation>HMAC-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>S&amp;low factor:</source>
        <translation>&amp;Langsamkeitsfaktor:</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>None ticked: %1 (the channel&apos;s defaults).</source>
        <translation>Keines angehakt: %1 (die Standardwerte des Kanals).</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationsDialog</name>
    <message>
        <source>Notification rules</source>
        <translation>Benachrichtigungsregeln</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>A rule cannot be changed: remove it and add it again. The same rules are listed by “fleetcron notify list” and the REST API.</source>
        <translation>Eine Regel kann nicht geändert werden: Entfernen Sie sie und fügen Sie sie erneut hinzu. Dieselben Regeln werden von „fleetcron notify list“ und der REST-API aufgelistet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt;</source>
        <translation>&lt;b&gt;Regeln&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent deliveries&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Letzte Zustellungen&lt;/b&gt; (neueste zuerst)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>every task</source>
        <translation>jede Aufgabe</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>this console</source>
        <translation>diese Konsole</translation>
    </message>
    <message>
        <source>HMAC-SHA256</source>
        <translation>HMAC-SHA256</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Remove notification rule</source>
        <translation>Benachrichtigungsregel entfernen</translation>
    </message>
    <message>
        <source>Remove the notification rule &apos;%1&apos;? Its delivery record stays.</source>
        <translation>Die Benachrichtigungsregel &apos;%1&apos; entfernen? Ihre Zustellungsaufzeichnungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Notification rule &apos;%1&apos; removed.</source>
        <translation>Benachrichtigungsregel &apos;%1&apos; entfernt.</translation>
    </message>
</context>
<context>
    <name>fleetcron::OutputDiffDialog</name>
    <message>
        <source>exit %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>execution %1 of run %2, %3, %4 %5</source>
        <translation>Ausführung %1 von Lauf %2, %3, %4 %5</translation>
    </message>
    <message>
        <source>Compare output: execution %1</source>
        <translation>Ausgabe vergleichen: Ausführung %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Show only the changes</source>
        <translation>Nur die Änderungen zeigen</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>Before: nothing, this is the task&apos;s first run on this server</source>
        <translation>Vorher: nichts, dies ist der erste Lauf der Aufgabe auf diesem Server</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>too different to line up</source>
        <translation>zu verschieden zum Abgleichen</translation>
    </message>
    <message>
        <source>-%1 +%2</source>
        <translation>-%1 +%2</translation>
    </message>
    <message>
        <source>The same as before.</source>
        <translation>Wie vorher.</translation>
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
    <name>fleetcron::OutputSearchPanel</name>
    <message>
        <source>Search stored output (Enter), e.g. an error line or a host</source>
        <translation>Gespeicherte Ausgabe durchsuchen (Eingabetaste), z. B. nach einer Fehlerzeile oder einem Host</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Run %1, execution %2 (%3)</source>
        <translation>Lauf %1, Ausführung %2 (%3)</translation>
    </message>
    <message>
        <source>No output contains it</source>
        <translation>Keine Ausgabe enthält es</translation>
    </message>
    <message>
        <source>The newest %1 matches</source>
        <translation>Die neuesten %1 Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
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
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Started by run</source>
        <translation>Gestartet von Lauf</translation>
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
    <message>
        <source>Co&amp;mpare with previous run…</source>
        <translation>Mit vorherigem Lauf &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>The selected execution&apos;s output beside the previous run&apos;s on the same server: what changed since last time</source>
        <translation>Die Ausgabe der gewählten Ausführung neben der des vorherigen Laufs auf demselben Server: was sich seit dem letzten Mal geändert hat</translation>
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
    <message>
        <source>none: connect directly (or server names, first hop first)</source>
        <translation>keine: direkt verbinden (oder Servernamen, erster Sprung zuerst)</translation>
    </message>
    <message>
        <source>Reach this server through these servers, like ssh -J: the first is connected to directly, each next one through the one before.</source>
        <translation>Diesen Server über diese Server erreichen, wie ssh -J: mit dem ersten wird direkt verbunden, mit jedem weiteren über den vorigen.</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>&amp;Jump-Hosts:</translation>
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
    <message>
        <source>Fires of every task inside one of these windows are skipped and recorded with the window as the reason; read in each task&apos;s time zone. One window per line.</source>
        <translation>Ausführungen jeder Aufgabe innerhalb eines dieser Fenster werden ausgelassen und mit dem Fenster als Grund erfasst; gelesen in der Zeitzone der jeweiligen Aufgabe. Ein Fenster pro Zeile.</translation>
    </message>
    <message>
        <source>&amp;Blackout windows:</source>
        <translation>Sp&amp;errfenster:</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskChainEditor</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>On success</source>
        <translation>Bei Erfolg</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehlschlag</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Tasks started when a run of this task ends: on success, on failure (failed or partly failed), or always. Each is held to its own overlap rule.</source>
        <translation>Aufgaben, die starten, wenn ein Lauf dieser Aufgabe endet: bei Erfolg, bei Fehlschlag (ganz oder teilweise fehlgeschlagen) oder immer. Für jede gilt ihre eigene Regel für Überschneidungen.</translation>
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
    <message>
        <source>Each fire starts a random 0 to this many seconds after its time.</source>
        <translation>Jede Ausführung startet zufällig 0 bis so viele Sekunden nach ihrer Zeit.</translation>
    </message>
    <message>
        <source>Start &amp;jitter up to:</source>
        <translation>Zufällige Verzögerung &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Blackout windows:</source>
        <translation>&amp;Sperrfenster:</translation>
    </message>
    <message>
        <source>T&amp;hen start:</source>
        <translation>&amp;Danach starten:</translation>
    </message>
    <message>
        <source>No server or tag picked: the task runs on every server.</source>
        <translation>Kein Server und kein Tag gewählt: die Aufgabe läuft auf jedem Server.</translation>
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
    <message>
        <source>every server</source>
        <translation>jeder Server</translation>
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
