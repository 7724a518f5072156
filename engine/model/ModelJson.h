#pragma once

#include "model/AuditEntry.h"
#include "model/Execution.h"
#include "model/Notification.h"
#include "model/Run.h"
#include "model/Server.h"
#include "model/Task.h"

#include <QJsonObject>

namespace fleetcron {

// One JSON spelling of the model, shared by `--json` in the CLI and the REST API, so a script
// can move from one to the other. Times are ISO 8601 in UTC with milliseconds; absent values
// are null. Secrets are never part of it: a server says only whether it has one.
class ModelJson {
public:
    static QJsonObject server(const Server &server);
    static QJsonObject task(const Task &task, const QList<Server> &targets = {});
    static QJsonObject run(const Run &run);
    // Output is included only when asked: listings stay small.
    static QJsonObject execution(const Execution &execution, bool withOutput,
                                 const QString &serverName = {});

    // before/after as the objects they were, null where there was none (the "before" of a
    // creation, the "after" of a removal).
    static QJsonObject audit(const AuditEntry &entry);

    // A rule says whether it has a secret, never the secret.
    static QJsonObject notificationRule(const NotificationRule &rule);
    static QJsonObject notificationDelivery(const NotificationDelivery &delivery);

    static QJsonValue time(const QDateTime &t);
};

} // namespace fleetcron
