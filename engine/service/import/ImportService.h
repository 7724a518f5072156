#pragma once

#include "ImportPlan.h"
#include "SshConfigParser.h"
#include "service/Actor.h"
#include "store/StoreResult.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace fleetcron {

class Database;
class SecretStore;
class ServerService;
class TaskService;

// Imports servers and tasks from what operators already have: a crontab, an ssh_config, an
// Ansible inventory. In two steps, so every face can show what would happen first:
//   plan()   reads the text (the parsers are pure) and checks every item with the same rules
//            as a save (TaskService::check, the server's fields, names not already taken),
//            collecting every problem with its line, not only the first;
//   apply()  saves the plan through ServerService and TaskService (their rules and audit)
//            in one transaction: a plan with a problem saves nothing, and a save that fails
//            half-way rolls back what came before it, audit entries included.
class ImportService {
public:
    enum class Kind { Crontab, SshConfig, Ansible };
    static std::optional<Kind> kindFromString(const QString &name); // "crontab", "ssh-config", …
    static QString toString(Kind kind);

    struct Options {
        QStringList servers; // crontab: the tasks' target servers, by name
        QStringList tags;    // crontab: target tags; ssh-config, ansible: added to every server
        QString prefix;      // put in front of every name made
        QString defaultUser; // ssh-config, ansible: the login when none is given (ssh's: ours)
        QString home;        // ssh-config: what "~" is in IdentityFile
        SshConfigParser::IncludeReader includes; // ssh-config: how Include reads files
    };

    ImportService(Database &db, SecretStore *secrets, ServerService &servers, TaskService &tasks);

    ImportPlan plan(Kind kind, const QString &text, const Options &options);
    // The plan with ids filled in and `applied` set; refused (Invalid, or Conflict for a name
    // taken) with every problem in the message when the plan has any.
    StoreResult<ImportPlan> apply(const ImportPlan &plan, const Actor &actor);

    // What `crontab -l` prints for the server's login, read over SSH as a run would connect
    // (its key, secret and host-key pin; a key seen on first contact is pinned under
    // accept-new). No crontab is an empty text. Blocking, up to the connect timeout plus
    // `timeoutMs`; secret-store work, so on the thread that owns the store.
    StoreResult<QString> readCrontab(const QString &serverRef, const Actor &actor,
                                     int timeoutMs = 30000);

private:
    void planCrontab(ImportPlan &plan, const QString &text, const Options &options);
    void planServers(ImportPlan &plan, const QString &text, const Options &options);
    void checkNames(ImportPlan &plan);
    void mapProxyJumps(ImportPlan &plan, const QStringList &aliases, const QStringList &proxyJumps,
                       const Options &options);

    Database &m_db;
    SecretStore *m_secrets;
    ServerService &m_servers;
    TaskService &m_tasks;
};

} // namespace fleetcron
