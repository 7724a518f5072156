#pragma once

#include "ImportPlan.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fleetcron {

// An Ansible inventory as both of its formats (INI and YAML) describe it: groups with hosts,
// child groups and variables, and hosts with variables. The readers fill it; resolve() turns
// it into servers the way Ansible does: a host is in its groups and all their parents (the
// groups become tags, except `all` and `ungrouped`), and its variables come from `all`, then
// parent groups before child groups, then the host itself.
class AnsibleInventory {
public:
    struct Group {
        QString name;
        int line = 0;
        QStringList hosts;
        QStringList children;
        QMap<QString, QString> vars;
    };
    struct Host {
        QString name;
        int line = 0;
        QMap<QString, QString> vars;
    };
    // A host as imported: address, port, user and key file from the ansible_* variables.
    struct Resolved {
        int line = 0;
        QString name;
        QString host;
        int port = 22;
        QString user;
        QString keyFile;
        QStringList groups;
        QStringList notes;
    };
    struct Result {
        QList<Resolved> hosts;
        QList<ImportNote> skipped;
        QList<ImportNote> errors;
    };

    // Finds or adds a group (its line is where it first appeared).
    Group &group(const QString &name, int line);
    // Adds `name` to `group` with `vars` (merged over the host's earlier ones).
    void addHost(const QString &group, const QString &name, int line,
                 const QMap<QString, QString> &vars);

    // Reads the ansible_* variables, reports the others, and fails on a cycle of children.
    // `notes` are what the reader found (bad lines, unsupported syntax).
    Result resolve(const QList<ImportNote> &skipped, const QList<ImportNote> &errors) const;

    // Ansible's host ranges: "www[01:03].x" → www01.x, www02.x, www03.x; "db-[a:c]",
    // "[0:10:5]" with a stride. Empty with `error` set when the range is malformed or too big.
    static QStringList expandHostPattern(const QString &pattern, QString *error);

private:
    QList<Group> m_groups;
    QList<Host> m_hosts;
};

} // namespace fleetcron
