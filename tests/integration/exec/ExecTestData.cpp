#include "ExecTestData.h"

#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

namespace fleetcron::test {

Server ExecTestData::addServer(Database &db, const SshdFixture &sshd, const QString &name,
                               int maxParallel) {
    Server s;
    s.name = name;
    s.host = sshd.host();
    s.port = sshd.port();
    s.username = QStringLiteral("root");
    s.auth = AuthMethod::Key;
    s.keyPath = sshd.clientKeyPath();
    s.maxParallel = maxParallel;
    auto created = ServerRepository(db).create(s);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return created.value();
}

Task ExecTestData::addTask(Database &db, const QString &name, const QString &command,
                           const QList<Server> &servers, const std::function<void(Task &)> &tweak) {
    Task t;
    t.name = name;
    t.body = command;
    t.schedule = QStringLiteral("@every 1h");
    for (const Server &s : servers)
        t.serverIds.append(s.id);
    if (tweak)
        tweak(t);
    auto created = TaskRepository(db).create(t);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    return created.value();
}

} // namespace fleetcron::test
