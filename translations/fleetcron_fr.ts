<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
