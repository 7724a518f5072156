#pragma once

#include "model/Server.h"
#include "model/Task.h"
#include "support/SshdFixture.h"

#include <QList>
#include <QString>

#include <functional>

namespace fleetcron {
class Database;
}

namespace fleetcron::test {

// The rows the executor tests run against, stored the way the services would: a root server on
// a test sshd (key auth), and a task on servers. A failed save ends the test run at once.
class ExecTestData {
public:
    static Server addServer(Database &db, const SshdFixture &sshd, const QString &name,
                            int maxParallel = 4);
    static Task addTask(Database &db, const QString &name, const QString &command,
                        const QList<Server> &servers,
                        const std::function<void(Task &)> &tweak = {});
};

} // namespace fleetcron::test
