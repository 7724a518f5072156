<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnsibleIniParser</name>
    <message>
        <source>&apos;%1&apos; is not a section: [group], [group:vars] or [group:children]</source>
        <translation>&apos;%1&apos; n’est pas une section : [group], [group:vars] ou [group:children]</translation>
    </message>
    <message>
        <source>expected name=value in [%1:vars]</source>
        <translation>attendu nom=valeur dans [%1:vars]</translation>
    </message>
    <message>
        <source>expected name=value after the host name, not &apos;%1&apos;</source>
        <translation>attendu nom=valeur après le nom d’hôte, pas &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>AnsibleInventory</name>
    <message>
        <source>&apos;%1&apos; is not a host range like web[01:20]</source>
        <translation>&apos;%1&apos; n’est pas une plage d’hôtes comme web[01:20]</translation>
    </message>
    <message>
        <source>host range in &apos;%1&apos; is empty or over %2 hosts</source>
        <translation>la plage d’hôtes de &apos;%1&apos; est vide ou dépasse %2 hôtes</translation>
    </message>
    <message>
        <source>host range in &apos;%1&apos; is over %2 hosts</source>
        <translation>la plage d’hôtes de &apos;%1&apos; dépasse %2 hôtes</translation>
    </message>
    <message>
        <source>its children include itself (a cycle)</source>
        <translation>ses enfants l’incluent elle-même (un cycle)</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importé : %1</translation>
    </message>
    <message>
        <source>ansible_connection=%1: not an SSH host, not imported</source>
        <translation>ansible_connection=%1 : pas un hôte SSH, non importé</translation>
    </message>
    <message>
        <source>ansible_port &apos;%1&apos; is not a port number (1–65535)</source>
        <translation>ansible_port &apos;%1&apos; n’est pas un numéro de port (1–65535)</translation>
    </message>
    <message>
        <source>host variables not imported: %1</source>
        <translation>variables d’hôte non importées : %1</translation>
    </message>
</context>
<context>
    <name>AnsibleYamlParser</name>
    <message>
        <source>group &apos;%1&apos; must be a mapping with hosts:, vars: or children:</source>
        <translation>le groupe &apos;%1&apos; doit être un dictionnaire avec hosts:, vars: ou children:</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in group &apos;%2&apos; (expected hosts, vars or children)</source>
        <translation>clé inconnue &apos;%1&apos; dans le groupe &apos;%2&apos; (attendu : hosts, vars ou children)</translation>
    </message>
    <message>
        <source>variables of &apos;%1&apos; must be a mapping</source>
        <translation>les variables de &apos;%1&apos; doivent être un dictionnaire</translation>
    </message>
    <message>
        <source>a structured variable: not imported</source>
        <translation>une variable structurée : non importée</translation>
    </message>
    <message>
        <source>hosts of &apos;%1&apos; must be a mapping (name:), not &apos;%2&apos;</source>
        <translation>les hôtes de &apos;%1&apos; doivent être un dictionnaire (nom:), pas &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ApiConnectionGuard</name>
    <message>
        <source>the request did not arrive complete within %1 s</source>
        <translation>la requête n’est pas arrivée complète en %1 s</translation>
    </message>
    <message>
        <source>request line and headers over %1 bytes</source>
        <translation>ligne de requête et en-têtes au-delà de %1 octets</translation>
    </message>
    <message>
        <source>more than %1 header lines</source>
        <translation>plus de %1 lignes d’en-tête</translation>
    </message>
    <message>
        <source>send the body with a Content-Length; chunked transfer encoding is not accepted</source>
        <translation>envoyez le corps avec un Content-Length ; l’encodage de transfert chunked n’est pas accepté</translation>
    </message>
    <message>
        <source>Content-Length is not a byte count</source>
        <translation>Content-Length n’est pas un nombre d’octets</translation>
    </message>
    <message>
        <source>request body over %1 bytes</source>
        <translation>corps de requête au-delà de %1 octets</translation>
    </message>
    <message>
        <source>too many connections (limit %1); retry shortly</source>
        <translation>trop de connexions (limite %1) ; réessayez dans un instant</translation>
    </message>
</context>
<context>
    <name>ApiQuery</name>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1 : doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 date and time</source>
        <translation>%1 : &apos;%2&apos; n’est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>task: unknown task &apos;%1&apos;</source>
        <translation>task : tâche inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>server: unknown server &apos;%1&apos;</source>
        <translation>server : serveur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not an execution status</source>
        <translation>status : &apos;%1&apos; n’est pas un statut d’exécution</translation>
    </message>
</context>
<context>
    <name>ApiRequestParser</name>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>must be a list of non-empty strings</source>
        <translation>doit être une liste de chaînes non vides</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2</source>
        <translation>&apos;%1&apos; n’est pas %2</translation>
    </message>
    <message>
        <source>body: not valid JSON (%1 at offset %2)</source>
        <translation>body : JSON non valide (%1 à la position %2)</translation>
    </message>
    <message>
        <source>body: expected a JSON object</source>
        <translation>body : objet JSON attendu</translation>
    </message>
    <message>
        <source>%1: unknown field (this request takes %2)</source>
        <translation>%1 : champ inconnu (cette requête accepte %2)</translation>
    </message>
    <message>
        <source>accept-new or strict</source>
        <translation>accept-new ou strict</translation>
    </message>
    <message>
        <source>password, key or agent</source>
        <translation>password, key ou agent</translation>
    </message>
    <message>
        <source>host: give hostname, host or ip</source>
        <translation>host : indiquez hostname, host ou ip</translation>
    </message>
    <message>
        <source>username: is required</source>
        <translation>username : est obligatoire</translation>
    </message>
    <message>
        <source>password: goes with auth &quot;password&quot;</source>
        <translation>password : va avec auth &quot;password&quot;</translation>
    </message>
    <message>
        <source>key_passphrase: goes with auth &quot;key&quot;</source>
        <translation>key_passphrase : va avec auth &quot;key&quot;</translation>
    </message>
    <message>
        <source>key_path: cannot read the key file &apos;%1&apos;</source>
        <translation>key_path : impossible de lire le fichier de clé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>key_path: key login needs a key file</source>
        <translation>key_path : la connexion par clé nécessite un fichier de clé</translation>
    </message>
    <message>
        <source>key_path: goes with auth &quot;key&quot;</source>
        <translation>key_path : va avec auth &quot;key&quot;</translation>
    </message>
    <message>
        <source>command: give command or script, not both</source>
        <translation>command : indiquez command ou script, pas les deux</translation>
    </message>
    <message>
        <source>interpreter: goes with script</source>
        <translation>interpreter : va avec script</translation>
    </message>
    <message>
        <source>schedule: give one of schedule, frequency, interval_seconds and frequency_seconds</source>
        <translation>schedule : indiquez un seul de schedule, frequency, interval_seconds et frequency_seconds</translation>
    </message>
    <message>
        <source>skip, queue or parallel</source>
        <translation>skip, queue ou parallel</translation>
    </message>
    <message>
        <source>skip or run-once</source>
        <translation>skip ou run-once</translation>
    </message>
    <message>
        <source>all or one</source>
        <translation>all ou one</translation>
    </message>
    <message>
        <source>servers: must be a list of server ids or names</source>
        <translation>servers : doit être une liste d’identifiants ou de noms de serveurs</translation>
    </message>
    <message>
        <source>servers: unknown server %1</source>
        <translation>servers : serveur inconnu %1</translation>
    </message>
    <message>
        <source>command: is required</source>
        <translation>command : est obligatoire</translation>
    </message>
    <message>
        <source>schedule: give schedule, frequency, interval_seconds or frequency_seconds</source>
        <translation>schedule : indiquez schedule, frequency, interval_seconds ou frequency_seconds</translation>
    </message>
    <message>
        <source>name: must not be empty</source>
        <translation>name : ne doit pas être vide</translation>
    </message>
    <message>
        <source>command: must not be empty</source>
        <translation>command : ne doit pas être vide</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>missing bearer token</source>
        <translation>jeton bearer manquant</translation>
    </message>
    <message>
        <source>invalid bearer token</source>
        <translation>jeton bearer non valide</translation>
    </message>
    <message>
        <source>request body over %1 bytes</source>
        <translation>corps de requête au-delà de %1 octets</translation>
    </message>
    <message>
        <source>no such endpoint: %1</source>
        <translation>point d’accès inexistant : %1</translation>
    </message>
    <message>
        <source>%1 takes %2, not %3</source>
        <translation>%1 accepte %2, pas %3</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>cannot read the API token file %1: %2</source>
        <translation>impossible de lire le fichier de jeton d’API %1 : %2</translation>
    </message>
    <message>
        <source>the API token file %1 holds no usable token (at least 16 characters)</source>
        <translation>le fichier de jeton d’API %1 ne contient aucun jeton utilisable (au moins 16 caractères)</translation>
    </message>
    <message>
        <source>cannot write the API token file %1: %2</source>
        <translation>impossible d’écrire le fichier de jeton d’API %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>no field changed</source>
        <translation>aucun champ modifié</translation>
    </message>
    <message>
        <source>Only changes at or after this time: ISO 8601, or -30m, -1h, -7d.</source>
        <translation>Seulement les modifications à partir de ce moment : ISO 8601, ou -30m, -1h, -7d.</translation>
    </message>
    <message>
        <source>At most N entries (default 100).</source>
        <translation>Au plus N entrées (100 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON, with the whole before and after.</source>
        <translation>Afficher du JSON, avec l’avant et l’après complets.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>limit: must be a number from 1 to 100000</source>
        <translation>limit : doit être un nombre de 1 à 100000</translation>
    </message>
    <message>
        <source>since: &apos;%1&apos; is not an ISO 8601 time or a time ago like -1h or -7d</source>
        <translation>since : &apos;%1&apos; n’est ni une heure ISO 8601 ni une durée passée comme -1h ou -7d</translation>
    </message>
    <message>
        <source>Show who changed servers, tasks, settings and runs.</source>
        <translation>Montrer qui a modifié serveurs, tâches, réglages et exécutions.</translation>
    </message>
</context>
<context>
    <name>BlackoutCommand</name>
    <message>
        <source>List, add and remove the global blackout windows.</source>
        <translation>Lister, ajouter et retirer les fenêtres d’exclusion globales.</translation>
    </message>
    <message>
        <source>Fires inside a blackout window are not run but recorded as skipped runs, the window named as the reason. Global windows hold for every task, read in each task&apos;s time zone.
SPEC: [NAME:] [DATE[..DATE]] [HH:MM-HH:MM] [WEEKDAYS], e.g.
  &apos;xmas: 2026-12-24..2026-12-26&apos;   &apos;nightly: 22:00-06:00&apos;   &apos;sat,sun 01:00-05:00&apos;</source>
        <translation>Les déclenchements dans une fenêtre d’exclusion ne sont pas exécutés mais enregistrés comme exécutions sautées, avec la fenêtre pour motif. Les fenêtres globales valent pour toutes les tâches, lues dans le fuseau horaire de chaque tâche.
SPEC : [NOM:] [DATE[..DATE]] [HH:MM-HH:MM] [JOURS], p. ex.
  &apos;xmas: 2026-12-24..2026-12-26&apos;   &apos;nightly: 22:00-06:00&apos;   &apos;sat,sun 01:00-05:00&apos;</translation>
    </message>
    <message>
        <source>list | add | remove | clear</source>
        <translation>list | add | remove | clear</translation>
    </message>
    <message>
        <source>A window, or a window&apos;s name.</source>
        <translation>Une fenêtre, ou le nom d’une fenêtre.</translation>
    </message>
    <message>
        <source>Print JSON (list).</source>
        <translation>Afficher du JSON (list).</translation>
    </message>
    <message>
        <source>expected one of list, add, remove, clear</source>
        <translation>attendu : l’un de list, add, remove, clear</translation>
    </message>
    <message>
        <source>%1 needs a window</source>
        <translation>%1 a besoin d’une fenêtre</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no global blackout window &apos;%1&apos;</source>
        <translation>aucune fenêtre d’exclusion globale &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n global blackout window(s)</source>
        <translation>
            <numerusform>%n fenêtre d’exclusion globale</numerusform>
            <numerusform>%n fenêtres d’exclusion globales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlackoutWindow</name>
    <message>
        <source>use a date 2026-12-24, a date range 2026-12-24..2026-12-26, a time range 22:00-06:00 or weekdays such as mon-fri</source>
        <translation>utilisez une date 2026-12-24, une plage de dates 2026-12-24..2026-12-26, une plage horaire 22:00-06:00 ou des jours comme mon-fri</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; n’est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>blackout window &apos;%1&apos; is empty: %2</source>
        <translation>la fenêtre d’exclusion &apos;%1&apos; est vide : %2</translation>
    </message>
    <message>
        <source>blackout window &apos;%1&apos;: %2</source>
        <translation>fenêtre d’exclusion &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range HH:MM-HH:MM</source>
        <translation>&apos;%1&apos; n’est pas une plage horaire HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>time range &apos;%1&apos; is empty (leave the time out for whole days)</source>
        <translation>la plage horaire &apos;%1&apos; est vide (omettez l’heure pour des journées entières)</translation>
    </message>
    <message>
        <source>more than one time range</source>
        <translation>plus d’une plage horaire</translation>
    </message>
    <message>
        <source>date range &apos;%1&apos; is backwards</source>
        <translation>la plage de dates &apos;%1&apos; est à l’envers</translation>
    </message>
    <message>
        <source>more than one date or date range</source>
        <translation>plus d’une date ou plage de dates</translation>
    </message>
    <message>
        <source>more than one list of weekdays</source>
        <translation>plus d’une liste de jours de la semaine</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos; (%2)</source>
        <translation>élément inconnu &apos;%1&apos; (%2)</translation>
    </message>
</context>
<context>
    <name>CancelRequestRepository</name>
    <message>
        <source>run %1 has already ended</source>
        <translation>l’exécution %1 est déjà terminée</translation>
    </message>
</context>
<context>
    <name>ChainRules</name>
    <message>
        <source>task &apos;%1&apos; cannot start itself</source>
        <translation>la tâche &apos;%1&apos; ne peut pas se lancer elle-même</translation>
    </message>
    <message>
        <source>chained tasks would loop: %1</source>
        <translation>les tâches enchaînées formeraient une boucle : %1</translation>
    </message>
</context>
<context>
    <name>ChainStarter</name>
    <message>
        <source>task=%1 not chained from task=%2: it is disabled</source>
        <translation>task=%1 non enchaînée depuis task=%2 : elle est désactivée</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>attendu : l’un de %1</translation>
    </message>
    <message>
        <source>; got &apos;%1&apos;</source>
        <translation> ; reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected the task&apos;s name</source>
        <translation>nom de la tâche attendu</translation>
    </message>
    <message>
        <source>expected the server&apos;s name</source>
        <translation>nom du serveur attendu</translation>
    </message>
    <message>
        <source>expected the token&apos;s name</source>
        <translation>nom du jeton attendu</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>unknown command &apos;%1&apos;; see fleetcron help</source>
        <translation>commande inconnue &apos;%1&apos; ; voir fleetcron help</translation>
    </message>
    <message>
        <source>A command to run instead of the console.</source>
        <translation>Une commande à exécuter au lieu de la console.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s: fleetcron help COMMAND.</source>
        <translation>Afficher cette aide, ou celle d’une commande : fleetcron help COMMANDE.</translation>
    </message>
    <message>
        <source>expected one command; got &apos;%1&apos;</source>
        <translation>une commande attendue ; reçu : &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CliRuntime</name>
    <message>
        <source>Database: a SQLite file or postgresql:// URL (default: $FLEETCRON_DB, then the data directory).</source>
        <translation>Base de données : un fichier SQLite ou une URL postgresql:// (par défaut : $FLEETCRON_DB, puis le dossier de données).</translation>
    </message>
</context>
<context>
    <name>ConsoleFace</name>
    <message>
        <source>Database: a SQLite file or postgresql:// URL.</source>
        <translation>Base de données : un fichier SQLite ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
</context>
<context>
    <name>CrontabParser</name>
    <message>
        <source>not imported: Fleetcron keeps each run&apos;s output and status instead of mailing it</source>
        <translation>non importé : Fleetcron conserve la sortie et le statut de chaque exécution au lieu de les envoyer par courriel</translation>
    </message>
    <message>
        <source>not imported: commands run in the login shell of the server&apos;s user</source>
        <translation>non importé : les commandes s’exécutent dans le shell de connexion de l’utilisateur du serveur</translation>
    </message>
    <message>
        <source>not imported: a task has no environment of its own; set %1 in the command (%1=… command) if it needs it</source>
        <translation>non importé : une tâche n’a pas d’environnement propre ; définissez %1 dans la commande (%1=… commande) si elle en a besoin</translation>
    </message>
    <message>
        <source>commented-out job</source>
        <translation>job commenté</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>a job turned off with #: not imported; remove the # to import it</source>
        <translation>un job désactivé par # : non importé ; retirez le # pour l’importer</translation>
    </message>
    <message>
        <source>the jobs below use the machine&apos;s time zone</source>
        <translation>les jobs ci-dessous utilisent le fuseau horaire de la machine</translation>
    </message>
    <message>
        <source>the jobs below run in %1</source>
        <translation>les jobs ci-dessous tournent en %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no command after it</source>
        <translation>&apos;%1&apos; n’est suivi d’aucune commande</translation>
    </message>
    <message>
        <source>runs when the machine boots; Fleetcron has no boot trigger: not imported</source>
        <translation>s’exécute au démarrage de la machine ; Fleetcron n’a pas de déclencheur au démarrage : non importé</translation>
    </message>
    <message>
        <source>unknown schedule &apos;%1&apos; (known: %2, @reboot)</source>
        <translation>planification inconnue &apos;%1&apos; (connues : %2, @reboot)</translation>
    </message>
    <message>
        <source>expected five time fields and a command: &apos;%1&apos;</source>
        <translation>attendu cinq champs horaires et une commande : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the text after % is the command&apos;s standard input (as in cron), fed through a here-document</source>
        <translation>le texte après % est l’entrée standard de la commande (comme dans cron), fournie par un here-document</translation>
    </message>
    <message>
        <source>the command before the first % is empty</source>
        <translation>la commande avant le premier % est vide</translation>
    </message>
</context>
<context>
    <name>Daemon</name>
    <message>
        <source>grace period over: cancelling %1 active runs</source>
        <translation>délai de grâce écoulé : annulation de %1 exécutions actives</translation>
    </message>
    <message>
        <source>secrets: %1</source>
        <translation>secrets : %1</translation>
    </message>
    <message>
        <source>signal %1 received</source>
        <translation>signal %1 reçu</translation>
    </message>
    <message>
        <source>daemon started: engine %1, database %2, pid %3</source>
        <translation>démon démarré : moteur %1, base de données %2, pid %3</translation>
    </message>
    <message>
        <source>api: cannot listen on %1:%2 (in use? use --listen or --no-api)</source>
        <translation>api : impossible d’écouter sur %1:%2 (déjà utilisé ? utilisez --listen ou --no-api)</translation>
    </message>
    <message>
        <source>api: listening on the non-loopback address %1: the API is reachable from other machines, over plain HTTP</source>
        <translation>api : écoute sur l’adresse non locale %1 : l’API est accessible depuis d’autres machines, en HTTP non chiffré</translation>
    </message>
    <message>
        <source>api listening on %1:%2, token in %3</source>
        <translation>API à l’écoute sur %1:%2, jeton dans %3</translation>
    </message>
    <message>
        <source>task=%1 run=%2 started</source>
        <translation>task=%1 run=%2 démarrée</translation>
    </message>
    <message>
        <source>task=%1 run=%2 finished: %3</source>
        <translation>task=%1 run=%2 terminée : %3</translation>
    </message>
    <message>
        <source>stopping: no new runs; waiting up to %1 s for %2 active runs</source>
        <translation>arrêt : plus de nouvelles exécutions ; attente jusqu’à %1 s de %2 exécutions actives</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Run headless (this mode).</source>
        <translation>Tourner sans interface (ce mode).</translation>
    </message>
    <message>
        <source>Database: a SQLite file or postgresql:// URL.</source>
        <translation>Base de données : un fichier SQLite ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>debug, info, warning or error (default info).</source>
        <translation>debug, info, warning ou error (info par défaut).</translation>
    </message>
    <message>
        <source>Seconds running executions get to finish on SIGTERM (default 30).</source>
        <translation>Secondes accordées aux exécutions en cours pour finir lors d’un SIGTERM (30 par défaut).</translation>
    </message>
    <message>
        <source>Do not serve the REST API.</source>
        <translation>Ne pas servir l’API REST.</translation>
    </message>
    <message>
        <source>Serve the REST API on HOST:PORT (default 127.0.0.1:8470; port 0 picks a free one).</source>
        <translation>Servir l’API REST sur HÔTE:PORT (127.0.0.1:8470 par défaut ; le port 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>The API token file (default: api-token in the config directory).</source>
        <translation>Le fichier de jeton d’API (par défaut : api-token dans le dossier de configuration).</translation>
    </message>
    <message>
        <source>Runs the Fleetcron engine and scheduler headless, in the foreground.</source>
        <translation>Fait tourner le moteur et le planificateur de Fleetcron sans interface, au premier plan.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>log-level: expected debug, info, warning or error</source>
        <translation>log-level : attendu debug, info, warning ou error</translation>
    </message>
    <message>
        <source>grace: expected seconds from 0 to 3600</source>
        <translation>grace : attendu un nombre de secondes de 0 à 3600</translation>
    </message>
    <message>
        <source>listen: expected HOST:PORT with a numeric address, e.g. 127.0.0.1:8470</source>
        <translation>listen : attendu HÔTE:PORT avec une adresse numérique, par ex. 127.0.0.1:8470</translation>
    </message>
    <message>
        <source>Accepted for old scripts; a non-loopback --listen is refused all the same (docs/ACCESS.md).</source>
        <translation>Accepté pour les anciens scripts ; un --listen hors boucle locale est refusé malgré tout (docs/ACCESS.md).</translation>
    </message>
    <message>
        <source>listen: %1 is not a loopback address; the API serves plain HTTP and listens on loopback only. To reach it from other machines, put a TLS reverse proxy in front of it (see docs/ACCESS.md)</source>
        <translation>listen : %1 n’est pas une adresse de boucle locale ; l’API sert du HTTP en clair et n’écoute que sur la boucle locale. Pour l’atteindre depuis d’autres machines, placez un proxy inverse TLS devant (voir docs/ACCESS.md)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>(too different to line up: all of it is shown as replaced)</source>
        <translation>(trop différent pour être aligné : tout est affiché comme remplacé)</translation>
    </message>
    <message>
        <source>Shows what EXECUTION printed beside the previous run of the same task on the same server (or --against another execution): unified diff, - for lines gone, + for lines new. Execution ids are in `fleetcron runs` and `fleetcron runs show RUN`.</source>
        <translation>Affiche ce qu’EXECUTION a imprimé à côté de l’exécution précédente de la même tâche sur le même serveur (ou --against une autre exécution) : diff unifié, - pour les lignes disparues, + pour les lignes nouvelles. Les identifiants d’exécution figurent dans `fleetcron runs` et `fleetcron runs show RUN`.</translation>
    </message>
    <message>
        <source>The execution&apos;s id.</source>
        <translation>L’identifiant de l’exécution.</translation>
    </message>
    <message>
        <source>Compare with this execution instead of the previous run&apos;s.</source>
        <translation>Comparer avec cette exécution plutôt qu’avec celle de l’exécution précédente.</translation>
    </message>
    <message>
        <source>stdout, stderr or both (default both).</source>
        <translation>stdout, stderr ou both (both par défaut).</translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change (default 3).</source>
        <translation>Lignes inchangées affichées autour de chaque modification (3 par défaut).</translation>
    </message>
    <message>
        <source>Exit 1 when the outputs differ, 0 when they are the same (as git diff --exit-code).</source>
        <translation>Sortir avec 1 quand les sorties diffèrent, 0 quand elles sont identiques (comme git diff --exit-code).</translation>
    </message>
    <message>
        <source>Print JSON: every line with its kind.</source>
        <translation>Imprimer du JSON : chaque ligne avec son type.</translation>
    </message>
    <message>
        <source>expected one execution id (a number)</source>
        <translation>un identifiant d’exécution attendu (un nombre)</translation>
    </message>
    <message>
        <source>--against: expected an execution id (a number)</source>
        <translation>--against : identifiant d’exécution attendu (un nombre)</translation>
    </message>
    <message>
        <source>--stream: &apos;%1&apos; is not stdout, stderr or both</source>
        <translation>--stream : &apos;%1&apos; n’est ni stdout, ni stderr, ni both</translation>
    </message>
    <message>
        <source>--context: expected a number of lines from 0 to 100000</source>
        <translation>--context : nombre de lignes attendu, de 0 à 100000</translation>
    </message>
    <message>
        <source>nothing earlier: no previous run of this task on this server</source>
        <translation>rien d’antérieur : aucune exécution précédente de cette tâche sur ce serveur</translation>
    </message>
    <message>
        <source>Compare an execution&apos;s output with the previous run&apos;s on its server.</source>
        <translation>Comparer la sortie d’une exécution avec celle de l’exécution précédente sur son serveur.</translation>
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
        <translation>(tronqué : début et fin conservés)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>Écrire dans FICHIER (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <source>Only this task.</source>
        <translation>Seulement cette tâche.</translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation>Seulement ce serveur.</translation>
    </message>
    <message>
        <source>Only this status (succeeded, failed, …).</source>
        <translation>Seulement ce statut (succeeded, failed, …).</translation>
    </message>
    <message>
        <source>Started at or after (ISO 8601, or -1h, -7d…).</source>
        <translation>Démarrée à partir de (ISO 8601, ou -1h, -7d…).</translation>
    </message>
    <message>
        <source>Started before (ISO 8601, or -1h, -7d…).</source>
        <translation>Démarrée avant (ISO 8601, ou -1h, -7d…).</translation>
    </message>
    <message>
        <source>Leave out the stdout and stderr columns.</source>
        <translation>Omettre les colonnes stdout et stderr.</translation>
    </message>
    <message>
        <source>status: unknown status &apos;%1&apos;</source>
        <translation>status : statut inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 time</source>
        <translation>%1 : &apos;%2&apos; n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>exported %1 executions to %2</source>
        <translation>%1 exécutions exportées vers %2</translation>
    </message>
    <message>
        <source>Export executions as CSV.</source>
        <translation>Exporter les exécutions en CSV.</translation>
    </message>
</context>
<context>
    <name>HashedItem</name>
    <message>
        <source>&apos;%1&apos; is not a valid H form (use H, H/n, H(a-b) or H(a-b)/n)</source>
        <translation>&apos;%1&apos; n’est pas une forme H valide (utilisez H, H/n, H(a-b) ou H(a-b)/n)</translation>
    </message>
    <message>
        <source>%1 is out of range %2–%3</source>
        <translation>%1 est hors de la plage %2–%3</translation>
    </message>
    <message>
        <source>range %1 is backwards (start must not exceed end)</source>
        <translation>la plage %1 est à l’envers (le début ne doit pas dépasser la fin)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no step after &apos;/&apos;</source>
        <translation>&apos;%1&apos; n’a pas de pas après &apos;/&apos;</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is not a number</source>
        <translation>le pas &apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>step must be at least 1</source>
        <translation>le pas doit valoir au moins 1</translation>
    </message>
</context>
<context>
    <name>HostKeyQuestions</name>
    <message>
        <source>Pin host key?</source>
        <translation>Épingler la clé d’hôte ?</translation>
    </message>
    <message>
        <source>First contact with %1. It presents the host key

%2

Compare it with the key on the server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Pin it?</source>
        <translation>Premier contact avec %1. Il présente la clé d’hôte

%2

Comparez-la avec la clé du serveur (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). L’épingler ?</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Clé d’hôte modifiée</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED.

Pinned: %2
Now:    %3

This happens when the server was reinstalled, or when someone is intercepting the connection. Verify the new key on the server before you trust it.</source>
        <translation>La clé d’hôte de %1 a CHANGÉ.

Épinglée : %2
Actuelle : %3

Cela arrive quand le serveur a été réinstallé, ou quand quelqu’un intercepte la connexion. Vérifiez la nouvelle clé sur le serveur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Re-pin the new key</source>
        <translation>Épingler la nouvelle clé</translation>
    </message>
    <message>
        <source>Keep the old pin</source>
        <translation>Garder l’ancienne clé</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>crontab, ssh-config or ansible.</source>
        <translation>crontab, ssh-config ou ansible.</translation>
    </message>
    <message>
        <source>The file to read; - for standard input.</source>
        <translation>Le fichier à lire ; - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Show the plan; save nothing.</source>
        <translation>Montrer le plan ; ne rien enregistrer.</translation>
    </message>
    <message>
        <source>crontab: read `crontab -l` from this server over SSH.</source>
        <translation>crontab : lire `crontab -l` depuis ce serveur via SSH.</translation>
    </message>
    <message>
        <source>crontab: the tasks&apos; target servers, comma-separated (default with --from: that server).</source>
        <translation>crontab : les serveurs cibles des tâches, séparés par des virgules (par défaut avec --from : ce serveur).</translation>
    </message>
    <message>
        <source>crontab: target servers with this tag; ssh-config, ansible: add this tag to every server (repeatable).</source>
        <translation>crontab : cibler les serveurs portant ce tag ; ssh-config, ansible : ajouter ce tag à chaque serveur (répétable).</translation>
    </message>
    <message>
        <source>Put this in front of every name made.</source>
        <translation>Placer ceci devant chaque nom créé.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Afficher le plan en JSON.</translation>
    </message>
    <message>
        <source>expected crontab, ssh-config or ansible%1</source>
        <translation>attendu : crontab, ssh-config ou ansible%1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from reads a crontab from a server: give it instead of a FILE, with crontab</source>
        <translation>--from lit une crontab depuis un serveur : indiquez-le à la place d’un FICHIER, avec crontab</translation>
    </message>
    <message>
        <source>give the file to read (- for standard input)</source>
        <translation>indiquez le fichier à lire (- pour l’entrée standard)</translation>
    </message>
    <message>
        <source>Import tasks from a crontab, servers from ssh_config or an Ansible inventory.</source>
        <translation>Importer des tâches depuis une crontab, des serveurs depuis ssh_config ou un inventaire Ansible.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>%1: unknown field (known: %2)</source>
        <translation>%1 : champ inconnu (connus : %2)</translation>
    </message>
    <message>
        <source>text: the file&apos;s content, as a string</source>
        <translation>text : le contenu du fichier, sous forme de chaîne</translation>
    </message>
    <message>
        <source>dry_run: must be true or false</source>
        <translation>dry_run : doit être true ou false</translation>
    </message>
    <message>
        <source>prefix: must be text</source>
        <translation>prefix : doit être du texte</translation>
    </message>
    <message>
        <source>%1 problem(s), nothing imported: %2</source>
        <translation>%1 problème(s), rien d’importé : %2</translation>
    </message>
    <message>
        <source>%1: must be a list of names</source>
        <translation>%1 : doit être une liste de noms</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanView</name>
    <message>
        <source>Servers created:</source>
        <translation>Serveurs créés :</translation>
    </message>
    <message>
        <source>Servers to create:</source>
        <translation>Serveurs à créer :</translation>
    </message>
    <message>
        <source>Tasks created:</source>
        <translation>Tâches créées :</translation>
    </message>
    <message>
        <source>Tasks to create:</source>
        <translation>Tâches à créer :</translation>
    </message>
    <message>
        <source>note: line %1 (%2): %3</source>
        <translation>remarque : ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Reported, not imported:</source>
        <translation>Signalé, non importé :</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>ligne %1 : %2 : %3</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source>%1 server(s), %2 task(s), %3 line(s) reported, %4 problem(s), imported</source>
        <translation>%1 serveur(s), %2 tâche(s), %3 ligne(s) signalée(s), %4 problème(s), importé</translation>
    </message>
    <message>
        <source>%1 server(s), %2 task(s), %3 line(s) reported, %4 problem(s), dry run</source>
        <translation>%1 serveur(s), %2 tâche(s), %3 ligne(s) signalée(s), %4 problème(s), simulation</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>%1 problem(s), nothing imported</source>
        <translation>%1 problème(s), rien d’importé</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>no user given: logs in as %1</source>
        <translation>aucun utilisateur indiqué : se connecte en tant que %1</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains a comma</source>
        <translation>le tag &apos;%1&apos; contient une virgule</translation>
    </message>
    <message>
        <source>the tasks need a target: give servers or a tag</source>
        <translation>les tâches ont besoin d’une cible : indiquez des serveurs ou un tag</translation>
    </message>
    <message>
        <source>a server named &apos;%1&apos; already exists</source>
        <translation>un serveur nommé &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is named twice</source>
        <translation>le serveur &apos;%1&apos; est nommé deux fois</translation>
    </message>
    <message>
        <source>a task named &apos;%1&apos; already exists</source>
        <translation>une tâche nommée &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <source>%1 problem(s), nothing imported: %2</source>
        <translation>%1 problème(s), rien d’importé : %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing imported</source>
        <translation>%1 : %2 ; rien d’importé</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>ProxyJump %1: %2 is not a server this import or Fleetcron knows; imported without jump hosts and reached directly (add it, then server edit --jump)</source>
        <translation>ProxyJump %1 : %2 n’est ni un serveur de cet import ni un serveur connu de Fleetcron ; importé sans hôtes de rebond et joint directement (ajoutez-le, puis server edit --jump)</translation>
    </message>
</context>
<context>
    <name>InventoryYaml</name>
    <message>
        <source>&apos;%1&apos; uses YAML the inventory reader does not support (flow collections, anchors, tags, block scalars)</source>
        <translation>&apos;%1&apos; utilise du YAML que le lecteur d’inventaire ne prend pas en charge (collections en ligne, ancres, tags, scalaires en bloc)</translation>
    </message>
    <message>
        <source>a key must be a name, not &apos;%1&apos;</source>
        <translation>une clé doit être un nom, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lists (- item) are not supported by the inventory reader; write hosts as a mapping (name:)</source>
        <translation>les listes (- élément) ne sont pas prises en charge par le lecteur d’inventaire ; écrivez les hôtes sous forme de dictionnaire (nom:)</translation>
    </message>
    <message>
        <source>key &apos;%1&apos; appears twice</source>
        <translation>la clé &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>a value on several lines is not supported</source>
        <translation>une valeur sur plusieurs lignes n’est pas prise en charge</translation>
    </message>
    <message>
        <source>indentation does not match the lines above</source>
        <translation>l’indentation ne correspond pas aux lignes précédentes</translation>
    </message>
    <message>
        <source>tabs are not allowed for indentation in YAML</source>
        <translation>les tabulations ne sont pas permises pour l’indentation en YAML</translation>
    </message>
    <message>
        <source>several YAML documents in one file are not supported</source>
        <translation>plusieurs documents YAML dans un fichier ne sont pas pris en charge</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <source>type: must be command or script</source>
        <translation>type : doit être command ou script</translation>
    </message>
    <message>
        <source>type: a %1 job needs its &quot;%1&quot; field</source>
        <translation>type : un job %1 a besoin de son champ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>run_at: give schedule or run_at, not both</source>
        <translation>run_at : indiquez schedule ou run_at, pas les deux</translation>
    </message>
    <message>
        <source>run_at: must be an RFC 3339 time such as 2026-12-24T10:00:00+01:00</source>
        <translation>run_at : doit être une heure RFC 3339 comme 2026-12-24T10:00:00+01:00</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>Add &amp;server…</source>
        <translation>Ajouter un &amp;serveur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Edit server…</source>
        <translation>&amp;Modifier le serveur…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Remove server…</source>
        <translation>&amp;Retirer le serveur…</translation>
    </message>
    <message>
        <source>&amp;Test connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Add &amp;task…</source>
        <translation>Ajouter une &amp;tâche…</translation>
    </message>
    <message>
        <source>Edit t&amp;ask…</source>
        <translation>Mo&amp;difier la tâche…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete task…</source>
        <translation>&amp;Supprimer la tâche…</translation>
    </message>
    <message>
        <source>E&amp;nable task</source>
        <translation>&amp;Activer la tâche</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>D&amp;isable task</source>
        <translation>D&amp;ésactiver la tâche</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>E&amp;xécuter maintenant</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>A&amp;nnuler l’exécution…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Supprimer la sélection…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>C&amp;harts…</source>
        <translation>&amp;Graphiques…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Run the selected task now on all its servers</source>
        <translation>Exécuter maintenant la tâche sélectionnée sur tous ses serveurs</translation>
    </message>
    <message>
        <source>Stop the selected run (asks first)</source>
        <translation>Arrêter l’exécution sélectionnée (avec confirmation)</translation>
    </message>
    <message>
        <source>Open the selected server to test its connection</source>
        <translation>Ouvrir le serveur sélectionné pour tester sa connexion</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>N&amp;otification rules…</source>
        <translation>Règles de n&amp;otification…</translation>
    </message>
</context>
<context>
    <name>NotificationPayload</name>
    <message>
        <source>Engine lost: %1</source>
        <translation>Moteur perdu : %1</translation>
    </message>
    <message>
        <source>Run %1 of %2 %3</source>
        <translation>Exécution %1 de %2 : %3</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 rétablie</translation>
    </message>
    <message>
        <source>Run %1 of %2 is slow</source>
        <translation>L’exécution %1 de %2 est lente</translation>
    </message>
    <message>
        <source>Run %1 of %2 started</source>
        <translation>Exécution %1 de %2 démarrée</translation>
    </message>
    <message>
        <source>Run %1 of %2 succeeded</source>
        <translation>Exécution %1 de %2 réussie</translation>
    </message>
    <message>
        <source>Running longer than %1 × its median of %2 s.</source>
        <translation>Dure plus de %1 × sa médiane de %2 s.</translation>
    </message>
    <message>
        <source>Its runs were taken over by this engine.</source>
        <translation>Ses exécutions ont été reprises par ce moteur.</translation>
    </message>
    <message>
        <source>Run %1 of %2 was interrupted.</source>
        <translation>L’exécution %1 de %2 a été interrompue.</translation>
    </message>
    <message>
        <source>%1 of %2 servers did not succeed.</source>
        <translation>%1 serveurs sur %2 n’ont pas réussi.</translation>
    </message>
</context>
<context>
    <name>NotificationSender</name>
    <message>
        <source>no secret store: the body was sent unsigned</source>
        <translation>aucun magasin de secrets : le corps a été envoyé sans signature</translation>
    </message>
    <message>
        <source>the rule&apos;s secret is missing: the body was sent unsigned</source>
        <translation>le secret de la règle manque : le corps a été envoyé sans signature</translation>
    </message>
    <message>
        <source>the receiver answered %1</source>
        <translation>le destinataire a répondu %1</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>aucune réponse dans le délai imparti</translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>a notification rule needs a name</source>
        <translation>une règle de notification a besoin d’un nom</translation>
    </message>
    <message>
        <source>a rule&apos;s name is at most 100 characters</source>
        <translation>le nom d’une règle fait au plus 100 caractères</translation>
    </message>
    <message>
        <source>unknown channel &apos;%1&apos;: expected %2</source>
        <translation>canal inconnu &apos;%1&apos; : attendu %2</translation>
    </message>
    <message>
        <source>a tray rule takes no URL</source>
        <translation>une règle tray ne prend pas d’URL</translation>
    </message>
    <message>
        <source>a %1 rule needs a URL</source>
        <translation>une règle %1 a besoin d’une URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>unknown event &apos;%1&apos;: expected %2</source>
        <translation>événement inconnu &apos;%1&apos; : attendu %2</translation>
    </message>
    <message>
        <source>a ping rule cannot say &apos;%1&apos;: its events are start, success, failure and engine-lost</source>
        <translation>une règle ping ne peut pas signaler &apos;%1&apos; : ses événements sont start, success, failure et engine-lost</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;: expected %2</source>
        <translation>format inconnu &apos;%1&apos; : attendu %2</translation>
    </message>
    <message>
        <source>only a webhook rule has a format</source>
        <translation>seule une règle webhook a un format</translation>
    </message>
    <message>
        <source>only a webhook rule is signed with a secret</source>
        <translation>seule une règle webhook est signée avec un secret</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>le secret est vide</translation>
    </message>
    <message>
        <source>slow factor: expected a number above 1 and at most 1000; got &apos;%1&apos;</source>
        <translation>facteur de lenteur : nombre supérieur à 1 et au plus 1000 attendu ; reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no secret store is available to keep the secret</source>
        <translation>aucun magasin de secrets n’est disponible pour garder le secret</translation>
    </message>
    <message>
        <source>a tray rule shows its notices in a running console; nothing to send</source>
        <translation>une règle tray affiche ses notifications dans une console ouverte ; rien à envoyer</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <source>%1: expected a string</source>
        <translation>%1 : chaîne attendue</translation>
    </message>
    <message>
        <source>events: expected a list of strings</source>
        <translation>events : liste de chaînes attendue</translation>
    </message>
</context>
<context>
    <name>NotifyCommand</name>
    <message>
        <source>Notify a webhook, a ping URL or the tray when runs fail, recover, run long or lose their engine.</source>
        <translation>Prévenir un webhook, une URL de ping ou la zone de notification quand des exécutions échouent, se rétablissent, durent longtemps ou perdent leur moteur.</translation>
    </message>
    <message>
        <source>Notification rules: when a run fails, recovers, runs longer than N times its median, starts (pings), or its engine is lost, tell a webhook (a JSON POST, HMAC-signed when a secret is given on standard input), a Healthchecks/Cronitor-style ping URL, or the console&apos;s tray. Deliveries are retried with backoff and each attempt is recorded.
Events: start, success, failure, recovered, slow, engine-lost.
See docs/NOTIFICATIONS.md for the body and how to check its signature.</source>
        <translation>Règles de notification : quand une exécution échoue, se rétablit, dure plus de N fois sa médiane, démarre (pings) ou perd son moteur, prévenir un webhook (un POST JSON, signé HMAC si un secret est donné sur l’entrée standard), une URL de ping à la Healthchecks/Cronitor ou la zone de notification de la console. Les envois sont réessayés avec un délai croissant et chaque tentative est enregistrée.
Événements : start, success, failure, recovered, slow, engine-lost.
Voir docs/NOTIFICATIONS.md pour le corps et la vérification de sa signature.</translation>
    </message>
    <message>
        <source>add | list | remove | test | deliveries</source>
        <translation>add | list | remove | test | deliveries</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>Le nom de la règle.</translation>
    </message>
    <message>
        <source>add: webhook, ping or tray.</source>
        <translation>add : webhook, ping ou tray.</translation>
    </message>
    <message>
        <source>add: the webhook&apos;s or ping&apos;s http(s) URL.</source>
        <translation>add : l’URL http(s) du webhook ou du ping.</translation>
    </message>
    <message>
        <source>add: comma-separated events (default: failure,recovered,engine-lost; for a ping start,success,failure).</source>
        <translation>add : événements séparés par des virgules (par défaut : failure,recovered,engine-lost ; pour un ping start,success,failure).</translation>
    </message>
    <message>
        <source>add: only this task (name or id); default every task.</source>
        <translation>add : seulement cette tâche (nom ou id) ; par défaut toutes les tâches.</translation>
    </message>
    <message>
        <source>add: a webhook&apos;s body: plain (default) or cloudevents.</source>
        <translation>add : le corps d’un webhook : plain (par défaut) ou cloudevents.</translation>
    </message>
    <message>
        <source>add: &apos;slow&apos; means longer than this times the median (default 3).</source>
        <translation>add : &apos;slow&apos; signifie plus long que ce multiple de la médiane (3 par défaut).</translation>
    </message>
    <message>
        <source>add: read the webhook&apos;s HMAC secret from the first line of standard input.</source>
        <translation>add : lire le secret HMAC du webhook sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>deliveries: at most N attempts (default 50).</source>
        <translation>deliveries : au plus N tentatives (50 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON (list, deliveries, test).</source>
        <translation>Afficher du JSON (list, deliveries, test).</translation>
    </message>
    <message>
        <source>expected the rule&apos;s name</source>
        <translation>nom de la règle attendu</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected one of add, list, remove, test, deliveries</source>
        <translation>attendu : l’un de add, list, remove, test, deliveries</translation>
    </message>
    <message>
        <source>; got &apos;%1&apos;</source>
        <translation> ; reçu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>added notification rule &apos;%1&apos; (id %2): %3 for %4
</source>
        <translation>règle de notification &apos;%1&apos; ajoutée (id %2) : %3 pour %4
</translation>
    </message>
    <message>
        <source>removed notification rule &apos;%1&apos;
</source>
        <translation>règle de notification &apos;%1&apos; retirée
</translation>
    </message>
    <message>
        <source>delivered to %1 (HTTP %2)</source>
        <translation>envoyé à %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>not delivered to %1: %2</source>
        <translation>non envoyé à %1 : %2</translation>
    </message>
    <message>
        <source>limit: must be a number from 1 to 100000</source>
        <translation>limit : doit être un nombre de 1 à 100000</translation>
    </message>
</context>
<context>
    <name>OneShotParser</name>
    <message>
        <source>@once takes no further fields, got &apos;%1&apos;</source>
        <translation>@once n’accepte pas d’autres champs, reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>@at: expected an RFC 3339 time with its offset, such as 2026-12-24T10:00:00+01:00</source>
        <translation>@at : attendu une heure RFC 3339 avec son décalage, comme 2026-12-24T10:00:00+01:00</translation>
    </message>
    <message>
        <source>@at: &apos;%1&apos; is not a valid date and time</source>
        <translation>@at : &apos;%1&apos; n’est pas une date et heure valide</translation>
    </message>
</context>
<context>
    <name>OutputCommand</name>
    <message>
        <source>Prints the latest completed run of TASK: each server&apos;s status, exit code, stdout and stderr.</source>
        <translation>Affiche la dernière exécution terminée de TÂCHE : statut, code de sortie, stdout et stderr de chaque serveur.</translation>
    </message>
    <message>
        <source>The task&apos;s name.</source>
        <translation>Le nom de la tâche.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <source>expected the task&apos;s name</source>
        <translation>nom de la tâche attendu</translation>
    </message>
    <message>
        <source>task %1 has no completed run yet</source>
        <translation>la tâche %1 n’a encore aucune exécution terminée</translation>
    </message>
    <message>
        <source>Show the latest completed run&apos;s output.</source>
        <translation>Afficher la sortie de la dernière exécution terminée.</translation>
    </message>
</context>
<context>
    <name>OutputDiffService</name>
    <message>
        <source>execution %1 has not run yet (%2): nothing to compare</source>
        <translation>l’exécution %1 n’a pas encore eu lieu (%2) : rien à comparer</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l’aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l’aide, y compris les options propres à Qt.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Option inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Options inconnues : %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Valeur manquante après &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Valeur inattendue après &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
</context>
<context>
    <name>ReportController</name>
    <message>
        <source>cannot create a temporary file</source>
        <translation>impossible de créer un fichier temporaire</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d’écrire &apos;%1&apos; : %2</translation>
    </message>
</context>
<context>
    <name>RunCancel</name>
    <message>
        <source>cancel: return once the cancel is delivered, without waiting for the run to end.</source>
        <translation>cancel : revenir dès que l’annulation est transmise, sans attendre la fin de l’exécution.</translation>
    </message>
    <message>
        <source>cancel: seconds to wait for the run to end (default 30).</source>
        <translation>cancel : secondes d’attente de la fin de l’exécution (30 par défaut).</translation>
    </message>
    <message>
        <source>wait-timeout: must be a number of seconds from 1 to 86400</source>
        <translation>wait-timeout : doit être un nombre de secondes de 1 à 86400</translation>
    </message>
    <message>
        <source>task %1 has no pending or running run</source>
        <translation>la tâche %1 n’a aucune exécution en attente ou en cours</translation>
    </message>
    <message>
        <source>run %1: cancel done</source>
        <translation>exécution %1 : annulation faite</translation>
    </message>
    <message>
        <source>run %1: cancel sent to engine %2</source>
        <translation>exécution %1 : annulation envoyée au moteur %2</translation>
    </message>
    <message>
        <source>run %1: cancelled</source>
        <translation>exécution %1 : annulée</translation>
    </message>
    <message>
        <source>run %1 is still %2 after %3 s</source>
        <translation>l’exécution %1 est toujours %2 après %3 s</translation>
    </message>
    <message>
        <source>run %1 ended %2 before the cancel reached it</source>
        <translation>l’exécution %1 s’est terminée %2 avant que l’annulation ne l’atteigne</translation>
    </message>
</context>
<context>
    <name>RunReason</name>
    <message>
        <source>task disabled while queued</source>
        <translation>tâche désactivée pendant l’attente</translation>
    </message>
</context>
<context>
    <name>RunRepository</name>
    <message>
        <source>unknown task id %1</source>
        <translation>identifiant de tâche inconnu %1</translation>
    </message>
    <message>
        <source>task %1 already has a scheduled run for %2</source>
        <translation>la tâche %1 a déjà une exécution planifiée pour %2</translation>
    </message>
    <message>
        <source>run %1 has already started task %2</source>
        <translation>l’exécution %1 a déjà lancé la tâche %2</translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <source>no engine runs in this process to start &apos;%1&apos;</source>
        <translation>aucun moteur ne tourne dans ce processus pour démarrer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run %1 has already ended (%2)</source>
        <translation>l’exécution %1 est déjà terminée (%2)</translation>
    </message>
    <message>
        <source>run %1 belongs to engine %2, which is not running (no heartbeat within the lease); failover will close the run as interrupted</source>
        <translation>l’exécution %1 appartient au moteur %2, qui ne tourne pas (aucun signe de vie dans le délai) ; la reprise la clôturera comme interrompue</translation>
    </message>
    <message>
        <source>task %1 has no active run to cancel</source>
        <translation>la tâche %1 n’a aucune exécution active à annuler</translation>
    </message>
</context>
<context>
    <name>RunWaiter</name>
    <message>
        <source>run %1 of %2 started</source>
        <translation>exécution %1 de %2 démarrée</translation>
    </message>
    <message>
        <source>the task has no enabled target servers</source>
        <translation>la tâche n’a aucun serveur cible activé</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>List recent runs, newest first (each server&apos;s attempts apart, as web1#1=failed(1) web1#2=succeeded(0)); show one run; cancel one.
Times are local, with their offset.</source>
        <translation>Lister les exécutions récentes, les plus récentes d’abord (les tentatives de chaque serveur à part, comme web1#1=failed(1) web1#2=succeeded(0)) ; en afficher une ; en annuler une.
Les heures sont locales, avec leur décalage.</translation>
    </message>
    <message>
        <source>list (the default) | show RUN | cancel RUN</source>
        <translation>list (par défaut) | show EXÉCUTION | cancel EXÉCUTION</translation>
    </message>
    <message>
        <source>The run&apos;s id.</source>
        <translation>L’identifiant de l’exécution.</translation>
    </message>
    <message>
        <source>Only runs of this task.</source>
        <translation>Seulement les exécutions de cette tâche.</translation>
    </message>
    <message>
        <source>At most N runs (default 20).</source>
        <translation>Au plus N exécutions (20 par défaut).</translation>
    </message>
    <message>
        <source>Print JSON, with every execution and its output.</source>
        <translation>Afficher du JSON, avec chaque exécution et sa sortie.</translation>
    </message>
    <message>
        <source>cancel: wait until the run has ended (the default).</source>
        <translation>cancel : attendre la fin de l’exécution (par défaut).</translation>
    </message>
    <message>
        <source>expected list, show RUN or cancel RUN; got &apos;%1&apos;</source>
        <translation>attendu : list, show EXÉCUTION ou cancel EXÉCUTION ; reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>limit: must be a number from 1 to 100000</source>
        <translation>limit : doit être un nombre de 1 à 100000</translation>
    </message>
    <message>
        <source>expected the run&apos;s id (a number, as `runs` lists)</source>
        <translation>identifiant de l’exécution attendu (un nombre, comme l’affiche `runs`)</translation>
    </message>
    <message>
        <source>List recent runs and results; show or cancel one.</source>
        <translation>Lister les exécutions récentes et leurs résultats ; en afficher ou en annuler une.</translation>
    </message>
    <message>
        <source>--server, --status, --since, --until and --before need --grep</source>
        <translation>--server, --status, --since, --until et --before nécessitent --grep</translation>
    </message>
</context>
<context>
    <name>RunsController</name>
    <message>
        <source>&apos;%1&apos; is not stdout, stderr or both</source>
        <translation>« %1 » n’est ni stdout, ni stderr, ni both</translation>
    </message>
</context>
<context>
    <name>RunsGrep</name>
    <message>
        <source>List the executions whose stdout or stderr contains TEXT (ignoring case), newest first.</source>
        <translation>Lister les exécutions dont stdout ou stderr contient TEXT (sans tenir compte de la casse), les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>--grep: only on this server.</source>
        <translation>--grep : uniquement sur ce serveur.</translation>
    </message>
    <message>
        <source>--grep: only executions with this status.</source>
        <translation>--grep : uniquement les exécutions ayant ce statut.</translation>
    </message>
    <message>
        <source>--grep: started at or after (ISO 8601, or -1h, -7d).</source>
        <translation>--grep : démarrées à partir de (ISO 8601, ou -1h, -7d).</translation>
    </message>
    <message>
        <source>--grep: started before.</source>
        <translation>--grep : démarrées avant.</translation>
    </message>
    <message>
        <source>--grep: the next page, below this execution id (as the previous page says).</source>
        <translation>--grep : la page suivante, sous cet identifiant d’exécution (comme l’indique la page précédente).</translation>
    </message>
    <message>
        <source>status: &apos;%1&apos; is not an execution status</source>
        <translation>status : &apos;%1&apos; n’est pas un statut d’exécution</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a time (ISO 8601, a date, or -1h)</source>
        <translation>%1 : &apos;%2&apos; n’est pas une heure (ISO 8601, une date ou -1h)</translation>
    </message>
    <message>
        <source>before: must be an execution id</source>
        <translation>before : doit être un identifiant d’exécution</translation>
    </message>
    <message>
        <source>more: add --before %1</source>
        <translation>suite : ajoutez --before %1</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Show the next fire times of a schedule expression.</source>
        <translation>Afficher les prochaines échéances d’une expression de planification.</translation>
    </message>
    <message>
        <source>IANA time zone (default: this machine&apos;s).</source>
        <translation>Fuseau horaire IANA (par défaut : celui de cette machine).</translation>
    </message>
    <message>
        <source>Start instant, ISO 8601 (default: now). Without an offset it is wall time in --tz.</source>
        <translation>Instant de départ, ISO 8601 (par défaut : maintenant). Sans décalage, c’est l’heure locale de --tz.</translation>
    </message>
    <message>
        <source>How many fire times (default 5).</source>
        <translation>Combien d’échéances (5 par défaut).</translation>
    </message>
    <message>
        <source>The schedule.</source>
        <translation>La planification.</translation>
    </message>
    <message>
        <source>missing SPEC; see fleetcron schedule --help</source>
        <translation>SPEC manquant ; voir fleetcron schedule --help</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin or UTC)</source>
        <translation>fuseau horaire inconnu &apos;%1&apos; (utilisez un nom IANA comme Europe/Berlin ou UTC)</translation>
    </message>
    <message>
        <source>--from: &apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-03-29T01:00:00+01:00)</source>
        <translation>--from : &apos;%1&apos; n’est pas une date et heure ISO 8601 (par ex. 2026-03-29T01:00:00+01:00)</translation>
    </message>
    <message>
        <source>--count: &apos;%1&apos; is not a whole number from 1 to %2</source>
        <translation>--count : &apos;%1&apos; n’est pas un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <source>The task name H values are hashed from (default: none).</source>
        <translation>Le nom de tâche dont les valeurs H sont dérivées par hachage (par défaut : aucun).</translation>
    </message>
</context>
<context>
    <name>ScheduleHint</name>
    <message>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>vouliez-vous dire &apos;%1&apos; ?</translation>
    </message>
    <message>
        <source>cron needs 5 fields (minute hour day-of-month month day-of-week), or 6 with seconds first</source>
        <translation>cron a besoin de 5 champs (minute heure jour-du-mois mois jour-de-la-semaine), ou 6 avec les secondes en premier</translation>
    </message>
</context>
<context>
    <name>ScheduleParser</name>
    <message>
        <source>%1 is out of range %2</source>
        <translation>%1 est hors de la plage %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;</source>
        <translation>nom inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value, range or step</source>
        <translation>&apos;%1&apos; n’est pas une valeur, une plage ou un pas valide</translation>
    </message>
    <message>
        <source>a list has an empty item</source>
        <translation>une liste a un élément vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no step after &apos;/&apos;</source>
        <translation>&apos;%1&apos; n’a pas de pas après &apos;/&apos;</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is not a number</source>
        <translation>le pas &apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>step must be at least 1</source>
        <translation>le pas doit valoir au moins 1</translation>
    </message>
    <message>
        <source>range %1 is backwards (start must not exceed end)</source>
        <translation>la plage %1 est à l’envers (le début ne doit pas dépasser la fin)</translation>
    </message>
    <message>
        <source>never fires: day-of-month %1 never occurs in %2</source>
        <translation>ne se déclenche jamais : le jour %1 du mois n’existe jamais en %2</translation>
    </message>
    <message>
        <source>interval must be at least 1 second</source>
        <translation>l’intervalle doit être d’au moins 1 seconde</translation>
    </message>
    <message>
        <source>interval must be at most %1 seconds (100 years)</source>
        <translation>l’intervalle doit être d’au plus %1 secondes (100 ans)</translation>
    </message>
    <message>
        <source>@every: expected a duration like 30s or 1h30m</source>
        <translation>@every : attendu une durée comme 30s ou 1h30m</translation>
    </message>
    <message>
        <source>@every: &apos;%1&apos; needs a unit (h, m or s)</source>
        <translation>@every : &apos;%1&apos; a besoin d’une unité (h, m ou s)</translation>
    </message>
    <message>
        <source>@every: unknown unit &apos;%1&apos; (use h, m or s)</source>
        <translation>@every : unité inconnue &apos;%1&apos; (utilisez h, m ou s)</translation>
    </message>
    <message>
        <source>every: expected &apos;every N seconds&apos;, &apos;every N minutes&apos; or &apos;every N hours&apos;</source>
        <translation>every : attendu &apos;every N seconds&apos;, &apos;every N minutes&apos; ou &apos;every N hours&apos;</translation>
    </message>
    <message>
        <source>every: &apos;%1&apos; is not a whole number</source>
        <translation>every : &apos;%1&apos; n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; (use seconds, minutes or hours)</source>
        <translation>unité inconnue &apos;%1&apos; (utilisez seconds, minutes ou hours)</translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos; (use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every)</source>
        <translation>macro inconnue &apos;%1&apos; (utilisez @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly ou @every)</translation>
    </message>
    <message>
        <source>the schedule is empty</source>
        <translation>la planification est vide</translation>
    </message>
    <message>
        <source>%1 takes no further fields, got &apos;%2&apos;</source>
        <translation>%1 n’accepte pas d’autres champs, reçu : &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>task=%1 fire at %2 skipped: %3</source>
        <translation>task=%1 déclenchement de %2 sauté : %3</translation>
    </message>
    <message>
        <source>task=%1 missed fires since %2 skipped (misfire skip)</source>
        <translation>task=%1 déclenchements manqués depuis %2 sautés (misfire skip)</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>q: the search text is empty</source>
        <translation>q : le texte recherché est vide</translation>
    </message>
    <message>
        <source>q: the search text is longer than %1 characters</source>
        <translation>q : le texte recherché dépasse %1 caractères</translation>
    </message>
    <message>
        <source>q: the search text needs at least one letter or digit</source>
        <translation>q : le texte recherché doit contenir au moins une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>limit: must be from 1 to %1</source>
        <translation>limit : doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>before: must be an execution id</source>
        <translation>before : doit être un identifiant d’exécution</translation>
    </message>
    <message>
        <source>until: must be later than since</source>
        <translation>until : doit être postérieur à since</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>in %1 ms</source>
        <translation>en %1 ms</translation>
    </message>
    <message>
        <source>Manage servers: add, list, show, edit, remove, test, repin.</source>
        <translation>Gérer les serveurs : add, list, show, edit, remove, test, repin.</translation>
    </message>
    <message>
        <source>The server&apos;s name.</source>
        <translation>Le nom du serveur.</translation>
    </message>
    <message>
        <source>Print JSON (list, show).</source>
        <translation>Afficher du JSON (list, show).</translation>
    </message>
    <message>
        <source>New name (edit).</source>
        <translation>Nouveau nom (edit).</translation>
    </message>
    <message>
        <source>Enable the server (edit).</source>
        <translation>Activer le serveur (edit).</translation>
    </message>
    <message>
        <source>Disable the server (edit).</source>
        <translation>Désactiver le serveur (edit).</translation>
    </message>
    <message>
        <source>repin: only pin if the server shows this fingerprint.</source>
        <translation>repin : n’épingler que si le serveur présente cette empreinte.</translation>
    </message>
    <message>
        <source>--host and --user are required</source>
        <translation>--host et --user sont obligatoires</translation>
    </message>
    <message>
        <source>choose how to log in: --key FILE, --agent or --password-stdin</source>
        <translation>choisissez comment se connecter : --key FICHIER, --agent ou --password-stdin</translation>
    </message>
    <message>
        <source>added server %1 (id %2)</source>
        <translation>serveur %1 ajouté (id %2)</translation>
    </message>
    <message>
        <source>choose --enable or --disable, not both</source>
        <translation>choisissez --enable ou --disable, pas les deux</translation>
    </message>
    <message>
        <source>updated server %1</source>
        <translation>serveur %1 mis à jour</translation>
    </message>
    <message>
        <source>removed server %1</source>
        <translation>serveur %1 retiré</translation>
    </message>
    <message>
        <source>the server shows %1, not the expected %2; nothing was pinned</source>
        <translation>le serveur présente %1, et non %2 attendu ; rien n’a été épinglé</translation>
    </message>
    <message>
        <source>host key unchanged; already pinned</source>
        <translation>clé d’hôte inchangée ; déjà épinglée</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (auparavant %1)</translation>
    </message>
    <message>
        <source>Add, list, edit, test servers.</source>
        <translation>Ajouter, lister, modifier, tester des serveurs.</translation>
    </message>
    <message>
        <source>Reach the server through these servers (ssh ProxyJump), first hop first: NAME[,NAME..]. &quot;&quot; clears them.</source>
        <translation>Joindre le serveur par ces serveurs (ssh ProxyJump), premier rebond d’abord : NOM[,NOM..]. &quot;&quot; les retire.</translation>
    </message>
    <message>
        <source>Connect directly (edit): no jump hosts.</source>
        <translation>Se connecter directement (edit) : aucun hôte de rebond.</translation>
    </message>
</context>
<context>
    <name>ServerFields</name>
    <message>
        <source>remove-tag: the server has no tag &apos;%1&apos;</source>
        <translation>remove-tag : le serveur n’a pas de tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Host name or address.</source>
        <translation>Nom d’hôte ou adresse.</translation>
    </message>
    <message>
        <source>SSH port (default 22).</source>
        <translation>Port SSH (22 par défaut).</translation>
    </message>
    <message>
        <source>Login user.</source>
        <translation>Utilisateur de connexion.</translation>
    </message>
    <message>
        <source>Authenticate with this private key file.</source>
        <translation>S’authentifier avec ce fichier de clé privée.</translation>
    </message>
    <message>
        <source>Read the key&apos;s passphrase from standard input.</source>
        <translation>Lire la phrase de passe de la clé sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Authenticate with the ssh-agent.</source>
        <translation>S’authentifier avec le ssh-agent.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <source>A tag (repeatable, or comma-separated). On edit it replaces the whole set; use --add-tag/--remove-tag to change one.</source>
        <translation>Un tag (répétable, ou séparés par des virgules). Avec edit, il remplace tout l’ensemble ; utilisez --add-tag/--remove-tag pour en changer un.</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others (repeatable).</source>
        <translation>Ajouter un tag en gardant les autres (répétable).</translation>
    </message>
    <message>
        <source>Remove a tag, keeping the others (repeatable).</source>
        <translation>Retirer un tag en gardant les autres (répétable).</translation>
    </message>
    <message>
        <source>Executions at once on this server (default 4).</source>
        <translation>Exécutions simultanées sur ce serveur (4 par défaut).</translation>
    </message>
    <message>
        <source>accept-new (pin on first contact) or strict (need a pin).</source>
        <translation>accept-new (épingler au premier contact) ou strict (épinglage requis).</translation>
    </message>
    <message>
        <source>Pin this fingerprint now (SHA256:…), e.g. for strict servers.</source>
        <translation>Épingler cette empreinte maintenant (SHA256:…), par ex. pour les serveurs strict.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1 : &apos;%2&apos; n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>choose one of --key, --agent and --password-stdin</source>
        <translation>choisissez l’un de --key, --agent et --password-stdin</translation>
    </message>
    <message>
        <source>key: cannot read the key file &apos;%1&apos;</source>
        <translation>key : impossible de lire le fichier de clé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--key-passphrase-stdin goes with --key</source>
        <translation>--key-passphrase-stdin va avec --key</translation>
    </message>
    <message>
        <source>nothing was read from standard input</source>
        <translation>rien n’a été lu sur l’entrée standard</translation>
    </message>
    <message>
        <source>host-key-policy: &apos;%1&apos; is not accept-new or strict</source>
        <translation>host-key-policy : &apos;%1&apos; n’est ni accept-new ni strict</translation>
    </message>
    <message>
        <source>host-key: expected a fingerprint like SHA256:…, as ssh-keygen -lf prints it</source>
        <translation>host-key : attendu une empreinte comme SHA256:…, telle que l’affiche ssh-keygen -lf</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>a server needs a name</source>
        <translation>un serveur a besoin d’un nom</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; needs a host name or address</source>
        <translation>le serveur &apos;%1&apos; a besoin d’un nom d’hôte ou d’une adresse</translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation>le port %1 est hors de la plage 1–65535</translation>
    </message>
    <message>
        <source>max parallel must be at least 1, not %1</source>
        <translation>le parallélisme maximal doit valoir au moins 1, pas %1</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains a comma</source>
        <translation>le tag &apos;%1&apos; contient une virgule</translation>
    </message>
</context>
<context>
    <name>ServerSaver</name>
    <message>
        <source>agent login takes no password or passphrase</source>
        <translation>la connexion par agent n’accepte ni mot de passe ni phrase de passe</translation>
    </message>
    <message>
        <source>no secret store is available for the password</source>
        <translation>aucun magasin de secrets n’est disponible pour le mot de passe</translation>
    </message>
    <message>
        <source>password login needs a password</source>
        <translation>la connexion par mot de passe nécessite un mot de passe</translation>
    </message>
    <message>
        <source>the secret store refused the password: %1</source>
        <translation>le magasin de secrets a refusé le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>ServerService</name>
    <message>
        <source>server &apos;%1&apos; has %2 execution(s) running or waiting; cancel their runs or wait for them to end, then remove it</source>
        <translation>le serveur &apos;%1&apos; a %2 exécution(s) en cours ou en attente ; annulez-les ou attendez leur fin, puis retirez-le</translation>
    </message>
    <message>
        <source>a host key fingerprint looks like SHA256:…, not &apos;%1&apos;</source>
        <translation>une empreinte de clé d’hôte ressemble à SHA256:…, pas à &apos;%1&apos;</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; is not a known server; add it first, then name it as a jump host</source>
        <translation>l’hôte de rebond « %1 » n’est pas un serveur connu ; ajoutez-le d’abord, puis nommez-le comme hôte de rebond</translation>
    </message>
    <message>
        <source>%1 jump hosts are too many (at most %2)</source>
        <translation>%1 hôtes de rebond, c’est trop (au plus %2)</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; cannot be its own jump host</source>
        <translation>le serveur « %1 » ne peut pas être son propre hôte de rebond</translation>
    </message>
    <message>
        <source>jump host %1 is not a known server</source>
        <translation>l’hôte de rebond %1 n’est pas un serveur connu</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; is named twice</source>
        <translation>l’hôte de rebond « %1 » est nommé deux fois</translation>
    </message>
    <message>
        <source>jump hosts of &apos;%1&apos; lead back to it (%2): a connection could never be made; remove one of them</source>
        <translation>les hôtes de rebond de « %1 » y ramènent (%2) : aucune connexion ne pourrait aboutir ; retirez-en un</translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is the jump host of %2; change their jump hosts first</source>
        <translation>le serveur « %1 » est l’hôte de rebond de %2 ; changez d’abord leurs hôtes de rebond</translation>
    </message>
</context>
<context>
    <name>ServerView</name>
    <message>
        <source>(not pinned yet)</source>
        <translation>(pas encore épinglée)</translation>
    </message>
</context>
<context>
    <name>ServersController</name>
    <message>
        <source>jump_hosts: give a list of server names or ids</source>
        <translation>jump_hosts : donnez une liste de noms ou d’identifiants de serveurs</translation>
    </message>
    <message>
        <source>jump_hosts: each entry is a server name or id</source>
        <translation>jump_hosts : chaque entrée est un nom ou un identifiant de serveur</translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>A setting&apos;s key.</source>
        <translation>La clé d’un réglage.</translation>
    </message>
    <message>
        <source>Print JSON (list, get).</source>
        <translation>Afficher du JSON (list, get).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected one setting&apos;s key</source>
        <translation>clé d’un réglage attendue</translation>
    </message>
    <message>
        <source>expected KEY VALUE pairs</source>
        <translation>attendu : des paires CLÉ VALEUR</translation>
    </message>
    <message>
        <source>expected one of list, get, set</source>
        <translation>attendu : l’un de list, get, set</translation>
    </message>
    <message>
        <source>; got &apos;%1&apos;</source>
        <translation> ; reçu : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>List, get and set the shared engine settings.</source>
        <translation>Lister, lire et modifier les réglages partagés des moteurs.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>blackouts: must be a list of window specs</source>
        <translation>blackouts : doit être une liste de spécifications de fenêtres</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>a setting needs a name</source>
        <translation>un réglage a besoin d’un nom</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>réglage inconnu &apos;%1&apos; (connus : %2)</translation>
    </message>
    <message>
        <source>no setting given</source>
        <translation>aucun réglage indiqué</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (%4), not &apos;%5&apos;</source>
        <translation>%1 doit être un nombre entier de %2 à %3 (%4), pas &apos;%5&apos;</translation>
    </message>
</context>
<context>
    <name>SshConfigParser</name>
    <message>
        <source>%1 needs at least one pattern</source>
        <translation>%1 a besoin d’au moins un motif</translation>
    </message>
    <message>
        <source>Match blocks are not evaluated: their options are not applied to any host</source>
        <translation>les blocs Match ne sont pas évalués : leurs options ne s’appliquent à aucun hôte</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 n’a pas de valeur</translation>
    </message>
    <message>
        <source>not followed: only a config read from a file can include others</source>
        <translation>non suivi : seule une configuration lue depuis un fichier peut en inclure d’autres</translation>
    </message>
    <message>
        <source>includes nested more than %1 deep</source>
        <translation>inclusions imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>matches no file</source>
        <translation>ne correspond à aucun fichier</translation>
    </message>
    <message>
        <source>options before the first Host</source>
        <translation>options avant le premier Host</translation>
    </message>
    <message>
        <source>not imported: %1</source>
        <translation>non importé : %1</translation>
    </message>
    <message>
        <source>a pattern, not a server: its options apply to the hosts it matches</source>
        <translation>un motif, pas un serveur : ses options s’appliquent aux hôtes qui y correspondent</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a port number (1–65535)</source>
        <translation>Port &apos;%1&apos; n’est pas un numéro de port (1–65535)</translation>
    </message>
    <message>
        <source>only the first IdentityFile (%1) is used</source>
        <translation>seul le premier IdentityFile (%1) est utilisé</translation>
    </message>
    <message>
        <source>ProxyCommand not supported: the server is reached directly</source>
        <translation>ProxyCommand n’est pas pris en charge : le serveur est joint directement</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiellement réussie</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>échec d’authentification</translation>
    </message>
    <message>
        <source>host key rejected</source>
        <translation>clé d’hôte refusée</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>planification</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>retry</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>rattrapage</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>unknown task id %1</source>
        <translation>identifiant de tâche inconnu %1</translation>
    </message>
    <message>
        <source>unknown server id %1</source>
        <translation>identifiant de serveur inconnu %1</translation>
    </message>
    <message>
        <source>unknown run id %1</source>
        <translation>identifiant d’exécution inconnu %1</translation>
    </message>
    <message>
        <source>unknown execution id %1</source>
        <translation>identifiant d’exécution de serveur inconnu %1</translation>
    </message>
    <message>
        <source>no task named &apos;%1&apos;</source>
        <translation>aucune tâche nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no server named &apos;%1&apos;</source>
        <translation>aucun serveur nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a task named &apos;%1&apos; already exists</source>
        <translation>une tâche nommée &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <source>a server named &apos;%1&apos; already exists</source>
        <translation>un serveur nommé &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <source>unknown notification rule id %1</source>
        <translation>identifiant de règle de notification inconnu %1</translation>
    </message>
    <message>
        <source>no notification rule named &apos;%1&apos;</source>
        <translation>aucune règle de notification nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a notification rule named &apos;%1&apos; already exists</source>
        <translation>une règle de notification nommée &apos;%1&apos; existe déjà</translation>
    </message>
    <message>
        <source>unknown token id %1</source>
        <translation>identifiant de jeton inconnu %1</translation>
    </message>
    <message>
        <source>no token named &apos;%1&apos;</source>
        <translation>aucun jeton nommé &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a token named &apos;%1&apos; already exists</source>
        <translation>un jeton nommé &apos;%1&apos; existe déjà</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>Manage tasks: add, list, show, edit, remove, enable, disable, run, cancel (its pending and running runs, on whichever engine runs them).</source>
        <translation>Gérer les tâches : add, list, show, edit, remove, enable, disable, run, cancel (ses exécutions en attente et en cours, quel que soit le moteur qui les fait tourner).</translation>
    </message>
    <message>
        <source>The task&apos;s name.</source>
        <translation>Le nom de la tâche.</translation>
    </message>
    <message>
        <source>Print JSON (list, show, run --wait).</source>
        <translation>Afficher du JSON (list, show, run --wait).</translation>
    </message>
    <message>
        <source>New name (edit).</source>
        <translation>Nouveau nom (edit).</translation>
    </message>
    <message>
        <source>Add the task disabled.</source>
        <translation>Ajouter la tâche désactivée.</translation>
    </message>
    <message>
        <source>run: wait and print every server&apos;s result.</source>
        <translation>run : attendre et afficher le résultat de chaque serveur.</translation>
    </message>
    <message>
        <source>added task %1 (id %2), next run %3</source>
        <translation>tâche %1 ajoutée (id %2), prochaine exécution %3</translation>
    </message>
    <message>
        <source>updated task %1, next run %2</source>
        <translation>tâche %1 mise à jour, prochaine exécution %2</translation>
    </message>
    <message>
        <source>removed task %1 and its history</source>
        <translation>tâche %1 et son historique supprimés</translation>
    </message>
    <message>
        <source>enabled task %1</source>
        <translation>tâche %1 activée</translation>
    </message>
    <message>
        <source>disabled task %1</source>
        <translation>tâche %1 désactivée</translation>
    </message>
    <message>
        <source>Add, list, edit, enable, disable and run tasks.</source>
        <translation>Ajouter, lister, modifier, activer, désactiver et exécuter des tâches.</translation>
    </message>
    <message>
        <source>note: no --servers or --tags given: the task runs on every server</source>
        <translation>remarque : ni --servers ni --tags donné : la tâche s’exécute sur tous les serveurs</translation>
    </message>
</context>
<context>
    <name>TaskFields</name>
    <message>
        <source>%1: &apos;%2&apos; is not %3</source>
        <translation>%1 : &apos;%2&apos; n’est pas %3</translation>
    </message>
    <message>
        <source>choose --command or --script, not both</source>
        <translation>choisissez --command ou --script, pas les deux</translation>
    </message>
    <message>
        <source>script: cannot read &apos;%1&apos;: %2</source>
        <translation>script : impossible de lire &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>--interpreter goes with --script</source>
        <translation>--interpreter va avec --script</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1 : &apos;%2&apos; n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>max-output: &apos;%1&apos; is not a number</source>
        <translation>max-output : &apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>The command line to run.</source>
        <translation>La ligne de commande à exécuter.</translation>
    </message>
    <message>
        <source>A script file; its text is sent on stdin.</source>
        <translation>Un fichier de script ; son texte est envoyé sur stdin.</translation>
    </message>
    <message>
        <source>What runs the script (default /bin/sh).</source>
        <translation>Ce qui exécute le script (/bin/sh par défaut).</translation>
    </message>
    <message>
        <source>Cron (5 or 6 fields), @every 30s, &apos;every 5 minutes&apos; or seconds.</source>
        <translation>Cron (5 ou 6 champs), @every 30s, &apos;every 5 minutes&apos; ou des secondes.</translation>
    </message>
    <message>
        <source>Target servers by name, comma-separated.</source>
        <translation>Serveurs cibles par nom, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Target every server with this tag (repeatable).</source>
        <translation>Cibler chaque serveur portant ce tag (répétable).</translation>
    </message>
    <message>
        <source>IANA time zone of the schedule (default: local).</source>
        <translation>Fuseau horaire IANA de la planification (par défaut : local).</translation>
    </message>
    <message>
        <source>Seconds before the command is stopped (0: none).</source>
        <translation>Secondes avant l’arrêt de la commande (0 : aucune limite).</translation>
    </message>
    <message>
        <source>Retries for failed servers (default 0).</source>
        <translation>Nouvelles tentatives pour les serveurs en échec (0 par défaut).</translation>
    </message>
    <message>
        <source>Seconds between retries.</source>
        <translation>Secondes entre les tentatives.</translation>
    </message>
    <message>
        <source>skip | queue | parallel (default skip).</source>
        <translation>skip | queue | parallel (skip par défaut).</translation>
    </message>
    <message>
        <source>skip | run-once (default run-once).</source>
        <translation>skip | run-once (run-once par défaut).</translation>
    </message>
    <message>
        <source>all | one (round-robin) (default all).</source>
        <translation>all | one (à tour de rôle) (all par défaut).</translation>
    </message>
    <message>
        <source>Bytes kept per stream (default 1048576).</source>
        <translation>Octets conservés par flux (1048576 par défaut).</translation>
    </message>
    <message>
        <source>skip, queue or parallel</source>
        <translation>skip, queue ou parallel</translation>
    </message>
    <message>
        <source>skip or run-once</source>
        <translation>skip ou run-once</translation>
    </message>
    <message>
        <source>all or one</source>
        <translation>all ou one</translation>
    </message>
    <message>
        <source>choose --blackout or --no-blackouts</source>
        <translation>choisissez --blackout ou --no-blackouts</translation>
    </message>
    <message>
        <source>Start this task when a run succeeds (repeatable; replaces).</source>
        <translation>Lancer cette tâche quand une exécution réussit (répétable ; remplace).</translation>
    </message>
    <message>
        <source>Start this task when a run fails or partly fails (repeatable; replaces).</source>
        <translation>Lancer cette tâche quand une exécution échoue en tout ou en partie (répétable ; remplace).</translation>
    </message>
    <message>
        <source>Start this task when a run ends either way (repeatable).</source>
        <translation>Lancer cette tâche quand une exécution se termine, quelle qu’en soit l’issue (répétable).</translation>
    </message>
    <message>
        <source>Start no other task (then apply --on-success, --on-failure, --always).</source>
        <translation>Ne lancer aucune autre tâche (puis appliquer --on-success, --on-failure, --always).</translation>
    </message>
    <message>
        <source>Start each fire a random 0..N seconds late (default 0).</source>
        <translation>Démarrer chaque déclenchement avec un retard aléatoire de 0..N secondes (0 par défaut).</translation>
    </message>
    <message>
        <source>A window in which fires are skipped, e.g. &apos;xmas: 2026-12-24..2026-12-26&apos; or &apos;22:00-06:00 mon-fri&apos; (repeatable; replaces the task&apos;s windows).</source>
        <translation>Une fenêtre dans laquelle les déclenchements sont sautés, p. ex. &apos;xmas: 2026-12-24..2026-12-26&apos; ou &apos;22:00-06:00 mon-fri&apos; (répétable ; remplace les fenêtres de la tâche).</translation>
    </message>
    <message>
        <source>Remove the task&apos;s blackout windows.</source>
        <translation>Retirer les fenêtres d’exclusion de la tâche.</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>a task needs a name</source>
        <translation>une tâche a besoin d’un nom</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has an empty script</source>
        <translation>la tâche &apos;%1&apos; a un script vide</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no command</source>
        <translation>la tâche &apos;%1&apos; n’a pas de commande</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no schedule</source>
        <translation>la tâche &apos;%1&apos; n’a pas de planification</translation>
    </message>
    <message>
        <source>the timeout cannot be negative</source>
        <translation>le délai d’expiration ne peut pas être négatif</translation>
    </message>
    <message>
        <source>retries cannot be negative</source>
        <translation>le nombre de tentatives ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the retry delay cannot be negative</source>
        <translation>le délai entre tentatives ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the output limit cannot be negative</source>
        <translation>la limite de sortie ne peut pas être négative</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; contains a comma</source>
        <translation>le tag &apos;%1&apos; contient une virgule</translation>
    </message>
    <message>
        <source>unknown server id %1</source>
        <translation>identifiant de serveur inconnu %1</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>&apos;%1&apos; is in the past: a one-shot task armed now would never fire</source>
        <translation>&apos;%1&apos; est dans le passé : une tâche unique armée maintenant ne se déclencherait jamais</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has %2 active run(s) (%3); cancel them or wait for them to end, then delete it</source>
        <translation>la tâche &apos;%1&apos; a %2 exécution(s) active(s) (%3) ; annulez-les ou attendez leur fin, puis supprimez-la</translation>
    </message>
    <message>
        <source>%1: unknown task &apos;%2&apos;</source>
        <translation>%1 : tâche inconnue &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>TaskTiming</name>
    <message>
        <source>unknown time zone &apos;%1&apos; (use an IANA name such as Europe/Berlin)</source>
        <translation>fuseau horaire inconnu &apos;%1&apos; (utilisez un nom IANA comme Europe/Berlin)</translation>
    </message>
    <message>
        <source>timeout must be between 0 (none) and %1 seconds</source>
        <translation>le délai maximal doit être compris entre 0 (aucun) et %1 secondes</translation>
    </message>
    <message>
        <source>retries must be between 0 and %1</source>
        <translation>le nombre de nouvelles tentatives doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <source>retry delay must be between 0 and %1 seconds</source>
        <translation>le délai entre tentatives doit être compris entre 0 et %1 secondes</translation>
    </message>
    <message>
        <source>output cap must be between 1 KiB and 1 GiB</source>
        <translation>la limite de sortie doit être comprise entre 1 Kio et 1 Gio</translation>
    </message>
    <message>
        <source>start delay must be between 0 (none) and %1 seconds</source>
        <translation>le retard de démarrage doit être compris entre 0 (aucun) et %1 secondes</translation>
    </message>
</context>
<context>
    <name>TaskView</name>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>every server</source>
        <translation>tous les serveurs</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Print the token file&apos;s path.</source>
        <translation>Afficher le chemin du fichier de jeton.</translation>
    </message>
    <message>
        <source>The token file (as the daemon&apos;s --api-token-file).</source>
        <translation>Le fichier de jeton (comme --api-token-file du démon).</translation>
    </message>
    <message>
        <source>Without an action: print the bearer token of the daemon&apos;s REST API from its token file (created if missing); it is the admin token &apos;legacy&apos; until revoked.
create NAME --role viewer|operator|admin [--tags a,b] [--expires 30d|DATE]: make a named token and print it; it is shown this once and never again.
list: the named tokens (never their secrets). revoke NAME: end a token at once.
See docs/ACCESS.md for what each role may do.</source>
        <translation>Sans action : imprimer le jeton bearer de l’API REST du démon depuis son fichier de jeton (créé s’il manque) ; c’est le jeton admin &apos;legacy&apos; jusqu’à sa révocation.
create NAME --role viewer|operator|admin [--tags a,b] [--expires 30d|DATE] : créer un jeton nommé et l’imprimer ; il n’est affiché que cette fois, plus jamais ensuite.
list : les jetons nommés (jamais leurs secrets). revoke NAME : mettre fin à un jeton immédiatement.
Voir docs/ACCESS.md pour ce que chaque rôle peut faire.</translation>
    </message>
    <message>
        <source>create | list | revoke (optional)</source>
        <translation>create | list | revoke (facultatif)</translation>
    </message>
    <message>
        <source>The token&apos;s name.</source>
        <translation>Le nom du jeton.</translation>
    </message>
    <message>
        <source>create: viewer, operator or admin.</source>
        <translation>create : viewer, operator ou admin.</translation>
    </message>
    <message>
        <source>create: only tasks and servers with these tags (comma-separated).</source>
        <translation>create : uniquement les tâches et serveurs portant ces tags (séparés par des virgules).</translation>
    </message>
    <message>
        <source>create: when it stops working: 12h, 30d, 2w, or an ISO 8601 date or date-time (UTC unless it says otherwise).</source>
        <translation>create : quand il cesse de fonctionner : 12h, 30d, 2w, ou une date ou date-heure ISO 8601 (UTC sauf indication contraire).</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list : imprimer du JSON.</translation>
    </message>
    <message>
        <source>created token &apos;%1&apos; (role %2); it is shown only now
</source>
        <translation>jeton &apos;%1&apos; créé (rôle %2) ; il n’est affiché que maintenant
</translation>
    </message>
    <message>
        <source>revoked token &apos;%1&apos;
</source>
        <translation>jeton &apos;%1&apos; révoqué
</translation>
    </message>
    <message>
        <source>Print the REST API token; create, list and revoke named tokens.</source>
        <translation>Imprimer le jeton de l’API REST ; créer, lister et révoquer des jetons nommés.</translation>
    </message>
</context>
<context>
    <name>TokenRules</name>
    <message>
        <source>bad expiry &apos;%1&apos;: expected e.g. 12h, 30d, 2w, 2027-01-31 or 2027-01-31T12:00:00Z</source>
        <translation>expiration invalide &apos;%1&apos; : attendu par ex. 12h, 30d, 2w, 2027-01-31 ou 2027-01-31T12:00:00Z</translation>
    </message>
    <message>
        <source>the expiry %1 is not in the future</source>
        <translation>l’expiration %1 n’est pas dans le futur</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>a token&apos;s name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>le nom d’un jeton comporte de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>the name &apos;legacy&apos; is kept for the old api-token file</source>
        <translation>le nom &apos;legacy&apos; est réservé à l’ancien fichier api-token</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: expected %2</source>
        <translation>rôle inconnu &apos;%1&apos; : attendu %2</translation>
    </message>
    <message>
        <source>a tag cannot hold &apos;,&apos;: &apos;%1&apos;</source>
        <translation>un tag ne peut pas contenir &apos;,&apos; : &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is already revoked</source>
        <translation>le jeton &apos;%1&apos; est déjà révoqué</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; was revoked</source>
        <translation>le jeton &apos;%1&apos; a été révoqué</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; expired at %2</source>
        <translation>le jeton &apos;%1&apos; a expiré le %2</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; has the role %2; this needs %3</source>
        <translation>le jeton &apos;%1&apos; a le rôle %2 ; ceci nécessite %3</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is limited to the tags %2; this request is not about one of its tasks or servers</source>
        <translation>le jeton &apos;%1&apos; est limité aux tags %2 ; cette requête ne concerne aucune de ses tâches ni aucun de ses serveurs</translation>
    </message>
    <message>
        <source>the token &apos;%1&apos; is limited to the tags %2</source>
        <translation>le jeton &apos;%1&apos; est limité aux tags %2</translation>
    </message>
</context>
<context>
    <name>TokensController</name>
    <message>
        <source>%1: expected %2</source>
        <translation>%1 : attendu %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>viewer, operator or admin</source>
        <translation>viewer, operator ou admin</translation>
    </message>
    <message>
        <source>a string such as 30d</source>
        <translation>une chaîne comme 30d</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>une liste de chaînes</translation>
    </message>
</context>
<context>
    <name>fleetcron::AuditPage</name>
    <message>
        <source>The newest %1 changes; `fleetcron audit` lists all of them.</source>
        <translation>Les %1 modifications les plus récentes ; `fleetcron audit` les liste toutes.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded.</source>
        <translation>
            <numerusform>%n modification enregistrée.</numerusform>
            <numerusform>%n modifications enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetcron::AuditTableModel</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>fleetcron::CsvExportDialog</name>
    <message>
        <source>Export executions as CSV</source>
        <translation>Exporter les exécutions en CSV</translation>
    </message>
    <message>
        <source>What the Runs view shows: %1</source>
        <translation>Ce qu’affiche la vue Exécutions : %1</translation>
    </message>
    <message>
        <source>A chosen range:</source>
        <translation>Une plage choisie :</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Depuis</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’à</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tâ&amp;che :</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>Include stdout and stderr</source>
        <translation>Inclure stdout et stderr</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l’export</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>all executions</source>
        <translation>toutes les exécutions</translation>
    </message>
    <message>
        <source>&apos;Until&apos; must be after &apos;Since&apos;.</source>
        <translation>« Jusqu’à » doit être après « Depuis ».</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <source>Exported %1 executions to %2.</source>
        <translation>%1 exécutions exportées vers %2.</translation>
    </message>
    <message>
        <source>%1 of %2 executions written…</source>
        <translation>%1 exécutions sur %2 écrites…</translation>
    </message>
</context>
<context>
    <name>fleetcron::ExecutionLogView</name>
    <message>
        <source>Select an execution to see its output.</source>
        <translation>Sélectionnez une exécution pour voir sa sortie.</translation>
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
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selection, or the whole output when nothing is selected</source>
        <translation>Copier la sélection, ou toute la sortie si rien n’est sélectionné</translation>
    </message>
    <message>
        <source>Find in output (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans la sortie (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>
[stdout was truncated: the middle was dropped]
</source>
        <translation>
[stdout a été tronqué : la partie centrale a été supprimée]
</translation>
    </message>
    <message>
        <source>
[stderr was truncated: the middle was dropped]
</source>
        <translation>
[stderr a été tronqué : la partie centrale a été supprimée]
</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
</context>
<context>
    <name>fleetcron::ExecutionTableModel</name>
    <message>
        <source>server %1</source>
        <translation>serveur %1</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>signal %1</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Code de sortie</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>fleetcron::FailureNotifier</name>
    <message>
        <source>Run %1 of %2 %3</source>
        <translation>Exécution %1 de %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 servers did not succeed.</source>
        <translation>%1 serveurs sur %2 n’ont pas réussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n runs failed</source>
        <translation>
            <numerusform>%n exécution en échec</numerusform>
            <numerusform>%n exécutions en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>Tâches : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notices</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetcron::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Crontab (jobs become tasks)</source>
        <translation>Crontab (les jobs deviennent des tâches)</translation>
    </message>
    <message>
        <source>SSH config (hosts become servers)</source>
        <translation>Configuration SSH (les hôtes deviennent des serveurs)</translation>
    </message>
    <message>
        <source>Ansible inventory, INI or YAML (hosts become servers)</source>
        <translation>Inventaire Ansible, INI ou YAML (les hôtes deviennent des serveurs)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>web1, web2</source>
        <translation>web1, web2</translation>
    </message>
    <message>
        <source>Run on servers:</source>
        <translation>Exécuter sur les serveurs :</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importer :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Name prefix:</source>
        <translation>Préfixe des noms :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Run on tags:</source>
        <translation>Exécuter sur les tags :</translation>
    </message>
    <message>
        <source>Add tags:</source>
        <translation>Ajouter des tags :</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importer depuis</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>report</source>
        <translation>signalement</translation>
    </message>
    <message>
        <source>%1 server(s), %2 task(s), %3 line(s) reported</source>
        <translation>%1 serveur(s), %2 tâche(s), %3 ligne(s) signalée(s)</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>%1 problem(s): nothing can be imported until they are fixed. %2.</source>
        <translation>%1 problème(s) : rien ne peut être importé tant qu’ils ne sont pas corrigés. %2.</translation>
    </message>
    <message>
        <source>Dry run: %1. Nothing is saved until you press Import.</source>
        <translation>Simulation : %1. Rien n’est enregistré avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <source>created server</source>
        <translation>serveur créé</translation>
    </message>
    <message>
        <source>create server</source>
        <translation>créer le serveur</translation>
    </message>
    <message>
        <source>created task</source>
        <translation>tâche créée</translation>
    </message>
    <message>
        <source>create task</source>
        <translation>créer la tâche</translation>
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
        <translation>Moteur en démarrage</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Moteur arrêté</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>rien de planifié</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Exécutions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) active</source>
        <translation>
            <numerusform>%n exécution active</numerusform>
            <numerusform>%n exécutions actives</numerusform>
        </translation>
    </message>
    <message>
        <source>Engine stopped: %1</source>
        <translation>Moteur arrêté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Engine running · %n execution(s) running</source>
        <translation>
            <numerusform>Moteur en marche · %n exécution en cours</numerusform>
            <numerusform>Moteur en marche · %n exécutions en cours</numerusform>
        </translation>
    </message>
    <message>
        <source> · next run %1</source>
        <translation> · prochaine exécution %1</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)
Engine: %3</source>
        <translation>Base de données : %1 (schéma %2)
Moteur : %3</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Journal d&apos;&amp;audit</translation>
    </message>
    <message>
        <source>Database refuses writes</source>
        <translation>La base refuse les écritures</translation>
    </message>
    <message>
        <source>The database refuses writes: %1
No scheduled run starts, and finished results are kept in memory and written as soon as it takes them again; do not quit Fleetcron until then.</source>
        <translation>La base de données refuse les écritures : %1
Aucune exécution planifiée ne démarre, et les résultats terminés sont gardés en mémoire et écrits dès qu’elle les accepte de nouveau ; ne quittez pas Fleetcron d’ici là.</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationDispatcher</name>
    <message>
        <source>%1 run events dropped: the notification queue was full (%2 dropped since the start)</source>
        <translation>%1 événements d’exécution abandonnés : la file de notifications était pleine (%2 abandonnés depuis le démarrage)</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationOutbox</name>
    <message>
        <source>rule &apos;%1&apos;: %2 to %3 failed after %4 attempts: %5</source>
        <translation>règle &apos;%1&apos; : %2 vers %3 en échec après %4 tentatives : %5</translation>
    </message>
    <message>
        <source>dropped: %1 deliveries were already waiting</source>
        <translation>abandonné : %1 envois étaient déjà en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries not sent: the engine stopped first</source>
        <translation>
            <numerusform>%n envoi non effectué : le moteur s’est arrêté avant</numerusform>
            <numerusform>%n envois non effectués : le moteur s’est arrêté avant</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: the engine stopped first</source>
        <translation>non envoyé : le moteur s’est arrêté avant</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationRuleDialog</name>
    <message>
        <source>Run started</source>
        <translation>Exécution démarrée</translation>
    </message>
    <message>
        <source>Run succeeded</source>
        <translation>Exécution réussie</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>Exécution échouée</translation>
    </message>
    <message>
        <source>Recovered after a failure</source>
        <translation>Rétablie après un échec</translation>
    </message>
    <message>
        <source>Slower than usual</source>
        <translation>Plus lente que d’habitude</translation>
    </message>
    <message>
        <source>Engine lost</source>
        <translation>Moteur perdu</translation>
    </message>
    <message>
        <source>Add notification rule</source>
        <translation>Ajouter une règle de notification</translation>
    </message>
    <message>
        <source>(every task)</source>
        <translation>(toutes les tâches)</translation>
    </message>
    <message>
        <source>Webhook (signed JSON POST)</source>
        <translation>Webhook (POST JSON signé)</translation>
    </message>
    <message>
        <source>Ping URL (Healthchecks, Cronitor)</source>
        <translation>URL de ping (Healthchecks, Cronitor)</translation>
    </message>
    <message>
        <source>Console tray notice</source>
        <translation>Notification dans la zone de notification de la console</translation>
    </message>
    <message>
        <source>Plain JSON</source>
        <translation>JSON simple</translation>
    </message>
    <message>
        <source>CloudEvents 1.0</source>
        <translation>CloudEvents 1.0</translation>
    </message>
    <message>
        <source>empty: unsigned</source>
        <translation>vide : non signé</translation>
    </message>
    <message>
        <source>3 (times the median run)</source>
        <translation>3 (fois la durée médiane)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Événements :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>HMAC &amp;secret:</source>
        <translation>&amp;Secret HMAC :</translation>
    </message>
    <message>
        <source>S&amp;low factor:</source>
        <translation>Facteur de &amp;lenteur :</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Ajouter la règle</translation>
    </message>
    <message>
        <source>None ticked: %1 (the channel&apos;s defaults).</source>
        <translation>Aucun coché : %1 (les valeurs par défaut du canal).</translation>
    </message>
</context>
<context>
    <name>fleetcron::NotificationsDialog</name>
    <message>
        <source>Notification rules</source>
        <translation>Règles de notification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>A rule cannot be changed: remove it and add it again. The same rules are listed by “fleetcron notify list” and the REST API.</source>
        <translation>Une règle ne peut pas être modifiée : supprimez-la et ajoutez-la de nouveau. Les mêmes règles sont listées par « fleetcron notify list » et l’API REST.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules&lt;/b&gt;</source>
        <translation>&lt;b&gt;Règles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent deliveries&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;Envois récents&lt;/b&gt; (les plus récents d’abord)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>every task</source>
        <translation>toutes les tâches</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <source>this console</source>
        <translation>cette console</translation>
    </message>
    <message>
        <source>HMAC-SHA256</source>
        <translation>HMAC-SHA256</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Remove notification rule</source>
        <translation>Supprimer la règle de notification</translation>
    </message>
    <message>
        <source>Remove the notification rule &apos;%1&apos;? Its delivery record stays.</source>
        <translation>Supprimer la règle de notification &apos;%1&apos; ? Son historique d’envois est conservé.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Notification rule &apos;%1&apos; removed.</source>
        <translation>Règle de notification &apos;%1&apos; supprimée.</translation>
    </message>
</context>
<context>
    <name>fleetcron::OutputDiffDialog</name>
    <message>
        <source>exit %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>execution %1 of run %2, %3, %4 %5</source>
        <translation>exécution %1 de l’exécution de tâche %2, %3, %4 %5</translation>
    </message>
    <message>
        <source>Compare output: execution %1</source>
        <translation>Comparer la sortie : exécution %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Show only the changes</source>
        <translation>N’afficher que les changements</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>Before: nothing, this is the task&apos;s first run on this server</source>
        <translation>Avant : rien, c’est la première exécution de la tâche sur ce serveur</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>too different to line up</source>
        <translation>trop différents pour être alignés</translation>
    </message>
    <message>
        <source>-%1 +%2</source>
        <translation>-%1 +%2</translation>
    </message>
    <message>
        <source>The same as before.</source>
        <translation>Identique à la fois précédente.</translation>
    </message>
</context>
<context>
    <name>fleetcron::OutputFollower</name>
    <message>
        <source>Execution %1 on %2 (attempt %3)</source>
        <translation>Exécution %1 sur %2 (tentative %3)</translation>
    </message>
    <message>
        <source>Execution %1 on %2 (running)</source>
        <translation>Exécution %1 sur %2 (en cours)</translation>
    </message>
    <message>
        <source>Execution %1 on %2: %3</source>
        <translation>Exécution %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>fleetcron::OutputSearchPanel</name>
    <message>
        <source>Search stored output (Enter), e.g. an error line or a host</source>
        <translation>Rechercher dans les sorties enregistrées (Entrée), par ex. une ligne d’erreur ou un hôte</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Run %1, execution %2 (%3)</source>
        <translation>Exécution %1, exécution sur serveur %2 (%3)</translation>
    </message>
    <message>
        <source>No output contains it</source>
        <translation>Aucune sortie ne le contient</translation>
    </message>
    <message>
        <source>The newest %1 matches</source>
        <translation>Les %1 correspondances les plus récentes</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleetcron::RunTableModel</name>
    <message>
        <source>%1 (%2 running)</source>
        <translation>%1 (%2 en cours)</translation>
    </message>
    <message>
        <source>%1 (%2 not ok)</source>
        <translation>%1 (%2 non réussies)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Started by run</source>
        <translation>Lancée par l’exécution</translation>
    </message>
</context>
<context>
    <name>fleetcron::RunsPage</name>
    <message>
        <source>Filter runs by task name</source>
        <translation>Filtrer les exécutions par nom de tâche</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Cancel run %1 of %2? Commands still running on servers are stopped.</source>
        <translation>Annuler l’exécution %1 de %2 ? Les commandes encore en cours sur les serveurs sont arrêtées.</translation>
    </message>
    <message>
        <source>Run %1 cancelled</source>
        <translation>Exécution %1 annulée</translation>
    </message>
    <message>
        <source>Co&amp;mpare with previous run…</source>
        <translation>Co&amp;mparer avec l’exécution précédente…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>The selected execution&apos;s output beside the previous run&apos;s on the same server: what changed since last time</source>
        <translation>La sortie de l’exécution choisie à côté de celle de l’exécution précédente sur le même serveur : ce qui a changé depuis la dernière fois</translation>
    </message>
</context>
<context>
    <name>fleetcron::ServerDialog</name>
    <message>
        <source>Edit server</source>
        <translation>Modifier le serveur</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Ajouter un serveur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>host name or address</source>
        <translation>nom d’hôte ou adresse</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login with:</source>
        <translation>&amp;Connexion par :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète de la clé :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Accept new (pin on first contact)</source>
        <translation>Accepter une nouvelle (épingler au premier contact)</translation>
    </message>
    <message>
        <source>Strict (needs a pinned key)</source>
        <translation>Strict (exige une clé épinglée)</translation>
    </message>
    <message>
        <source>Host key &amp;policy:</source>
        <translation>&amp;Règle de clé d’hôte :</translation>
    </message>
    <message>
        <source>not pinned yet (SHA256:…)</source>
        <translation>pas encore épinglée (SHA256:…)</translation>
    </message>
    <message>
        <source>Pinned host &amp;key:</source>
        <translation>Clé d’hôte é&amp;pinglée :</translation>
    </message>
    <message>
        <source>web, eu (comma-separated)</source>
        <translation>web, eu (séparés par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Max. parallel:</source>
        <translation>&amp;Max. en parallèle :</translation>
    </message>
    <message>
        <source>&amp;Enabled (tasks run on it)</source>
        <translation>&amp;Activé (les tâches s’y exécutent)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Give the server a name.</source>
        <translation>Donnez un nom au serveur.</translation>
    </message>
    <message>
        <source>Give a host name or address.</source>
        <translation>Indiquez un nom d’hôte ou une adresse.</translation>
    </message>
    <message>
        <source>A host name has no spaces, &apos;@&apos; or &apos;/&apos;; put the user in User.</source>
        <translation>Un nom d’hôte ne contient ni espace, ni « @ », ni « / » ; mettez l’utilisateur dans « Utilisateur ».</translation>
    </message>
    <message>
        <source>Give the login user.</source>
        <translation>Indiquez l’utilisateur de connexion.</translation>
    </message>
    <message>
        <source>Key login needs a private key file.</source>
        <translation>La connexion par clé exige un fichier de clé privée.</translation>
    </message>
    <message>
        <source>Cannot read the key file &apos;%1&apos;.</source>
        <translation>Impossible de lire le fichier de clé « %1 ».</translation>
    </message>
    <message>
        <source>Password login needs a password.</source>
        <translation>La connexion par mot de passe exige un mot de passe.</translation>
    </message>
    <message>
        <source>Expected a fingerprint like SHA256:…, as ssh-keygen -lf prints it.</source>
        <translation>Une empreinte de la forme SHA256:… est attendue, telle qu’affichée par ssh-keygen -lf.</translation>
    </message>
    <message>
        <source>A tag has no spaces: &apos;%1&apos;.</source>
        <translation>Une étiquette ne contient pas d’espace : « %1 ».</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Connexion à %1:%2…</translation>
    </message>
    <message>
        <source>Connected in %1 ms (%2). Host key: %3</source>
        <translation>Connecté en %1 ms (%2). Clé d’hôte : %3</translation>
    </message>
    <message>
        <source>Host key changed: pinned %1, the server shows %2.</source>
        <translation>Clé d’hôte modifiée : %1 est épinglée, le serveur présente %2.</translation>
    </message>
    <message>
        <source>Connection failed (%1): %2</source>
        <translation>La connexion a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>Host key: %1</source>
        <translation>Clé d’hôte : %1</translation>
    </message>
    <message>
        <source>Not pinned.</source>
        <translation>Non épinglée.</translation>
    </message>
    <message>
        <source>The old pin was kept; the server will be refused.</source>
        <translation>L’ancienne clé a été gardée ; le serveur sera refusé.</translation>
    </message>
    <message>
        <source>Host key %1 will be pinned when you save.</source>
        <translation>La clé d’hôte %1 sera épinglée à l’enregistrement.</translation>
    </message>
    <message>
        <source>Pinned host key %1.</source>
        <translation>Clé d’hôte %1 épinglée.</translation>
    </message>
    <message>
        <source>Could not pin: %1</source>
        <translation>Impossible d’épingler : %1</translation>
    </message>
    <message>
        <source>none: connect directly (or server names, first hop first)</source>
        <translation>aucun : connexion directe (ou noms de serveurs, premier rebond d’abord)</translation>
    </message>
    <message>
        <source>Reach this server through these servers, like ssh -J: the first is connected to directly, each next one through the one before.</source>
        <translation>Joindre ce serveur par ces serveurs, comme ssh -J : le premier est joint directement, chacun des suivants par le précédent.</translation>
    </message>
    <message>
        <source>&amp;Jump hosts:</source>
        <translation>&amp;Hôtes de rebond :</translation>
    </message>
</context>
<context>
    <name>fleetcron::ServerTableModel</name>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not pinned yet</source>
        <translation>pas encore épinglée</translation>
    </message>
    <message>
        <source>%1@%2:%3</source>
        <translation>%1@%2:%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Max parallel</source>
        <translation>Max. en parallèle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Host key</source>
        <translation>Clé d’hôte</translation>
    </message>
</context>
<context>
    <name>fleetcron::ServersPage</name>
    <message>
        <source>Filter servers by name, host, user or tag</source>
        <translation>Filtrer les serveurs par nom, hôte, utilisateur ou étiquette</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Remove server %1? Tasks stop running on it; its history is kept.</source>
        <translation>Retirer le serveur %1 ? Les tâches cessent de s’y exécuter ; son historique est conservé.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Server removed</source>
        <translation>Serveur retiré</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This console (takes effect on restart)</source>
        <translation>Cette console (effectif au redémarrage)</translation>
    </message>
    <message>
        <source>default: ~/.local/share/fleetcron/fleetcron.sqlite</source>
        <translation>par défaut : ~/.local/share/fleetcron/fleetcron.sqlite</translation>
    </message>
    <message>
        <source>A SQLite file or a postgresql:// URL. --db and FLEETCRON_DB still win over this.</source>
        <translation>Un fichier SQLite ou une URL postgresql://. --db et FLEETCRON_DB restent prioritaires.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The database and the language change when the console is started again.</source>
        <translation>La base de données et la langue changent au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>Shared by every engine on this database</source>
        <translation>Communs à tous les moteurs de cette base</translation>
    </message>
    <message>
        <source>Executions at once across all servers (each server also has its own limit). Read when an engine starts.</source>
        <translation>Exécutions simultanées sur l’ensemble des serveurs (chaque serveur a aussi sa propre limite). Lu au démarrage d’un moteur.</translation>
    </message>
    <message>
        <source>&amp;Executions at once:</source>
        <translation>&amp;Exécutions simultanées :</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Output kept per stream for new tasks; head and tail are kept.</source>
        <translation>Sortie conservée par flux pour les nouvelles tâches ; le début et la fin sont gardés.</translation>
    </message>
    <message>
        <source>Default &amp;output cap:</source>
        <translation>&amp;Limite de sortie par défaut :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>Keep runs &amp;for:</source>
        <translation>Conserver les exécutions &amp;pendant :</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Keep the &amp;newest runs per task:</source>
        <translation>Garder les exécutions les plus &amp;récentes par tâche :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>An engine silent this long is taken for dead and its runs are recovered by another. Read when an engine starts.</source>
        <translation>Un moteur silencieux aussi longtemps est considéré comme arrêté et ses exécutions sont reprises par un autre. Lu au démarrage d&apos;un moteur.</translation>
    </message>
    <message>
        <source>Engine &amp;lease:</source>
        <translation>&amp;Bail du moteur :</translation>
    </message>
    <message>
        <source>Fires of every task inside one of these windows are skipped and recorded with the window as the reason; read in each task&apos;s time zone. One window per line.</source>
        <translation>Les déclenchements de toute tâche dans l’une de ces fenêtres sont sautés et enregistrés avec la fenêtre pour motif ; lues dans le fuseau horaire de chaque tâche. Une fenêtre par ligne.</translation>
    </message>
    <message>
        <source>&amp;Blackout windows:</source>
        <translation>Fenêtres d’e&amp;xclusion :</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskChainEditor</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>On success</source>
        <translation>En cas de succès</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>En cas d’échec</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Tasks started when a run of this task ends: on success, on failure (failed or partly failed), or always. Each is held to its own overlap rule.</source>
        <translation>Tâches lancées à la fin d’une exécution de cette tâche : en cas de succès, en cas d’échec (total ou partiel) ou toujours. Chacune suit sa propre règle de chevauchement.</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskChartsDialog</name>
    <message>
        <source>Task history</source>
        <translation>Historique de la tâche</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Last</source>
        <translation>&amp;Derniers</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>%1 runs in the last %2 days, %3 failed</source>
        <translation>%1 exécutions sur les %2 derniers jours, %3 en échec</translation>
    </message>
    <message>
        <source>Duration per run</source>
        <translation>Durée par exécution</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Runs per day, %1 to %2</source>
        <translation>Exécutions par jour, du %1 au %2</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed</source>
        <translation>%1 : %2 réussies, %3 en échec</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Script (sent on stdin to the interpreter)</source>
        <translation>Script (envoyé sur stdin à l’interpréteur)</translation>
    </message>
    <message>
        <source>&amp;Runs:</source>
        <translation>&amp;Exécute :</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mmande :</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Interpréteur :</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Planification :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Next fires:</source>
        <translation>Prochains déclenchements :</translation>
    </message>
    <message>
        <source>Ser&amp;vers:</source>
        <translation>Ser&amp;veurs :</translation>
    </message>
    <message>
        <source>and every server tagged (comma-separated)</source>
        <translation>et tout serveur portant l’étiquette (séparées par des virgules)</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Sur tous</translation>
    </message>
    <message>
        <source>One, round-robin (skipping unreachable ones)</source>
        <translation>Sur un seul, à tour de rôle (en sautant les injoignables)</translation>
    </message>
    <message>
        <source>Run &amp;on:</source>
        <translation>E&amp;xécuter sur :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Délai maximal :</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>&amp;Nouvelles tentatives :</translation>
    </message>
    <message>
        <source>Retry &amp;delay:</source>
        <translation>&amp;Attente entre tentatives :</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Output &amp;kept per stream:</source>
        <translation>Sortie &amp;conservée par flux :</translation>
    </message>
    <message>
        <source>Skip the new run</source>
        <translation>Sauter la nouvelle exécution</translation>
    </message>
    <message>
        <source>Queue it</source>
        <translation>La mettre en file</translation>
    </message>
    <message>
        <source>Run in parallel</source>
        <translation>Exécuter en parallèle</translation>
    </message>
    <message>
        <source>If still &amp;running:</source>
        <translation>Si encore en &amp;cours :</translation>
    </message>
    <message>
        <source>Run once at start</source>
        <translation>Rattraper une fois au démarrage</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Missed &amp;fires:</source>
        <translation>Déclenchements &amp;manqués :</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation>Donnez un nom à la tâche.</translation>
    </message>
    <message>
        <source>Write the script.</source>
        <translation>Écrivez le script.</translation>
    </message>
    <message>
        <source>Give the command to run.</source>
        <translation>Indiquez la commande à exécuter.</translation>
    </message>
    <message>
        <source>Name the program that runs the script, e.g. /bin/sh or python3.</source>
        <translation>Indiquez le programme qui exécute le script, par ex. /bin/sh ou python3.</translation>
    </message>
    <message>
        <source>Give a schedule.</source>
        <translation>Indiquez une planification.</translation>
    </message>
    <message>
        <source>Unknown time zone; pick one from the list (e.g. Europe/Berlin).</source>
        <translation>Fuseau horaire inconnu ; choisissez-en un dans la liste (par ex. Europe/Paris).</translation>
    </message>
    <message>
        <source>DST gap: fires when it ends</source>
        <translation>Saut d’heure d’été : déclenchement à sa fin</translation>
    </message>
    <message>
        <source>DST repeated hour: fires once</source>
        <translation>Heure d’été répétée : un seul déclenchement</translation>
    </message>
    <message>
        <source>Daylight saving time: that wall time does not exist on this day; the task fires at the end of the gap.</source>
        <translation>Heure d’été : cette heure n’existe pas ce jour-là ; la tâche se déclenche à la fin du saut.</translation>
    </message>
    <message>
        <source>Daylight saving time: that hour happens twice on this day; the task fires at its first occurrence only.</source>
        <translation>Heure d’été : cette heure a lieu deux fois ce jour-là ; la tâche ne se déclenche qu’à la première occurrence.</translation>
    </message>
    <message>
        <source>Each fire starts a random 0 to this many seconds after its time.</source>
        <translation>Chaque déclenchement démarre de 0 à ce nombre de secondes après son heure, au hasard.</translation>
    </message>
    <message>
        <source>Start &amp;jitter up to:</source>
        <translation>Décalage aléatoire &amp;jusqu’à :</translation>
    </message>
    <message>
        <source>&amp;Blackout windows:</source>
        <translation>Fenêtres d’exclusi&amp;on :</translation>
    </message>
    <message>
        <source>T&amp;hen start:</source>
        <translation>Ensuite &amp;lancer :</translation>
    </message>
    <message>
        <source>No server or tag picked: the task runs on every server.</source>
        <translation>Aucun serveur ni tag choisi : la tâche s’exécute sur tous les serveurs.</translation>
    </message>
</context>
<context>
    <name>fleetcron::TaskTableModel</name>
    <message>
        <source>script (%1): %2</source>
        <translation>script (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai maximal</translation>
    </message>
    <message>
        <source>every server</source>
        <translation>tous les serveurs</translation>
    </message>
</context>
<context>
    <name>fleetcron::TasksPage</name>
    <message>
        <source>Filter tasks by name, schedule or command</source>
        <translation>Filtrer les tâches par nom, planification ou commande</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Exécution démarrée</translation>
    </message>
    <message>
        <source>Task enabled</source>
        <translation>Tâche activée</translation>
    </message>
    <message>
        <source>Task disabled</source>
        <translation>Tâche désactivée</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete task %1 with all its runs and their output? This cannot be undone.</source>
        <translation>Supprimer la tâche %1 avec toutes ses exécutions et leur sortie ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation>Tâche supprimée</translation>
    </message>
</context>
</TS>
