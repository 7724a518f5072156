#pragma once

#include "model/Server.h"
#include "model/Task.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetcron {

// One line of the input that is reported rather than imported (a comment, an env line, a
// wildcard Host, ...) or that blocks the import (an error). `line` is 1-based, 0 when the
// note is about the whole input; `source` names the file when an Include brought it in.
struct ImportNote {
    int line = 0;
    QString source;
    QString subject; // what the line was: "comment", "MAILTO", "Host web*", ...
    QString message;
    bool conflict = false; // errors only: a name already taken (409 on the API, not 400)
};

struct PlannedServer {
    int line = 0;
    QString source;
    Server server;
    QStringList notes; // imported, but something was left out or changed: said here
    // Jump hosts by server name, first hop first (ssh-config's ProxyJump): servers of this
    // import or ones that exist already. Resolved to ids when the plan is applied.
    QStringList jumpHosts;
};

struct PlannedTask {
    int line = 0;
    QString source;
    Task task;
    QStringList targets; // the server names and "tag:NAME" it targets, for display
    QStringList notes;
};

// What an import would do, shown as is by a dry run and applied all at once or not at all:
// every problem is collected (not only the first), and one problem means nothing is saved.
struct ImportPlan {
    QString kind; // "crontab", "ssh-config", "ansible"
    QList<PlannedServer> servers;
    QList<PlannedTask> tasks;
    QList<ImportNote> skipped;
    QList<ImportNote> errors;
    bool applied = false;

    bool hasErrors() const { return !errors.isEmpty(); }
    bool hasConflict() const;
    // "line 3: …; line 7: …", for one-line error messages.
    QString errorSummary() const;
    QJsonObject toJson() const;
};

} // namespace fleetcron
