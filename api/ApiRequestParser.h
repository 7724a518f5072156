#pragma once

#include "model/FieldError.h"
#include "model/Server.h"
#include "model/Task.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace fleetcron {

// Reads the JSON bodies of the REST API into the model: every accepted shape of a server or a
// task, with the first wrong field named. It touches neither the network nor the store (what
// it must know about the store comes through `Directory`), so the API and the request-body
// fuzzer (tests/fuzz) run exactly this code.
class ApiRequestParser {
public:
    // What the task rules need to know about the store.
    struct Directory {
        // The id of a server named by id or by name, if it exists.
        std::function<std::optional<qint64>(qint64 id)> serverById;
        std::function<std::optional<qint64>(const QString &name)> serverByName;
        // Whether a task already has this name, to derive a free one.
        std::function<bool(const QString &name)> taskNameTaken;
    };

    // A password or key passphrase sent with a server: it goes to the secret store, never to
    // the Server itself.
    struct ServerSecret {
        QString value;
        bool given = false;
    };

    // The body as a JSON object, or an error for the field "body".
    static FieldError object(const QByteArray &body, QJsonObject &out);

    // The first field of `o` not in `known`, as an error naming it and what is taken: a field
    // a client misspells is refused, never silently ignored.
    static FieldError onlyKnown(const QJsonObject &o, const QStringList &known);
    // The fields server() and task() take.
    static const QStringList &serverFields();
    static const QStringList &taskFields();

    // Applies a server body to `server` (a new one when `creating`, else the stored one). POST
    // and PUT take the same fields.
    static FieldError server(const QJsonObject &o, Server &server, ServerSecret &secret,
                             bool creating);

    // Applies a task body to `task`, in any of the accepted shapes (the same for POST and PUT:
    // frequency, interval_seconds or frequency_seconds instead of schedule, for instance). What
    // a task needs beyond its
    // body's shape (targets, a valid schedule and time zone, limits) is TaskService's to check,
    // with the same message on every face.
    static FieldError task(const QJsonObject &o, Task &task, bool creating,
                           const Directory &directory);

    // The chained tasks of a task body (on_success, on_failure, always), by id or name.
    static FieldError links(const QJsonObject &o, Task &task);

    // A free task name made from the command, for bodies that give none.
    static QString derivedName(const QString &command, const Directory &directory);
};

} // namespace fleetcron
