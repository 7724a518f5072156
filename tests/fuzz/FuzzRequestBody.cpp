// libFuzzer target for the REST API's request bodies: the bytes a client POSTs or PUTs go
// through ApiRequestParser exactly as the API's controllers feed them (JSON object, then the
// server or task rules), with an in-memory directory standing in for the store; an accepted task
// then meets the checks TaskService::save makes (targets, timing) and, when it passes, its first
// fire time is computed. Besides crashes and sanitizer reports, it aborts when a body the
// parser accepted would break what the controllers and the services rely on.
//
// Input: the first byte picks the request, the rest is the body.
//   's' POST /servers   'S' PUT /servers/{id}   't' POST /tasks   'T' PUT /tasks/{id}
// Any other first byte picks one of the four by its value.
#include "api/ApiRequestParser.h"
#include "model/ModelJson.h"
#include "scheduler/TaskTiming.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace fleetcron;

namespace {

enum class Request { CreateServer, UpdateServer, CreateTask, UpdateTask };

Request requestFor(uint8_t selector) {
    switch (selector) {
    case 's':
        return Request::CreateServer;
    case 'S':
        return Request::UpdateServer;
    case 't':
        return Request::CreateTask;
    case 'T':
        return Request::UpdateTask;
    default:
        return static_cast<Request>(selector % 4);
    }
}

void check(bool condition, const char *what) {
    if (!condition) {
        std::fprintf(stderr, "accepted body broke an invariant: %s\n", what);
        std::abort();
    }
}

// The store as the parser sees it: three servers and two task names already taken.
const ApiRequestParser::Directory &directory() {
    static const QHash<qint64, QString> servers{
        {1, QStringLiteral("web")}, {2, QStringLiteral("db")}, {3, QStringLiteral("web 2")}};
    static const QSet<QString> taskNames{QStringLiteral("uptime"), QStringLiteral("uptime (2)")};
    static const ApiRequestParser::Directory d{
        [](qint64 id) -> std::optional<qint64> {
            return servers.contains(id) ? std::optional<qint64>(id) : std::nullopt;
        },
        [](const QString &name) -> std::optional<qint64> {
            const qint64 id = servers.key(name, 0);
            return id ? std::optional<qint64>(id) : std::nullopt;
        },
        [](const QString &name) { return taskNames.contains(name); }};
    return d;
}

Server storedServer() {
    Server s;
    s.id = 1;
    s.name = QStringLiteral("web");
    s.host = QStringLiteral("127.0.0.1");
    s.username = QStringLiteral("deploy");
    return s;
}

Task storedTask() {
    Task t;
    t.id = 7;
    t.name = QStringLiteral("backup");
    t.body = QStringLiteral("true");
    t.schedule = QStringLiteral("every 5 minutes");
    t.serverIds = {1};
    return t;
}

void fuzzServer(const QJsonObject &body, bool creating) {
    Server server = creating ? Server() : storedServer();
    ApiRequestParser::ServerSecret secret;
    if (ApiRequestParser::server(body, server, secret, creating).isError())
        return;
    check(!server.host.isEmpty(), "server without a host");
    check(!server.username.isEmpty(), "server without a username");
    check(!server.name.isEmpty() || !creating, "new server without a name");
    check(server.port >= 1 && server.port <= 65535, "port out of range");
    check(server.auth != AuthMethod::Key || !server.keyPath.isEmpty(), "key login without a key");
    check(server.auth == AuthMethod::Key || server.keyPath.isEmpty(), "key path without key login");
    check(!secret.given || server.auth != AuthMethod::Agent, "a secret for agent login");
    const QJsonObject json = ModelJson::server(server);
    check(!json.contains(QStringLiteral("password")), "password in the server's JSON");
}

void fuzzTask(const QJsonObject &body, bool creating) {
    Task task = creating ? Task() : storedTask();
    if (ApiRequestParser::task(body, task, creating, directory()).isError())
        return;
    check(!task.name.isEmpty() && task.name == task.name.trimmed(), "task name empty or untrimmed");
    check(!task.body.trimmed().isEmpty(), "task without a command");
    check(!task.schedule.isEmpty(), "task without a schedule");
    for (qint64 id : task.serverIds)
        check(id >= 1 && id <= 3, "task targets an unknown server");
    // TaskService::save refuses a task without targets, then one whose timing is wrong.
    if (task.serverIds.isEmpty() && task.serverTags.isEmpty())
        return;
    if (TaskTiming::validate(task).isError())
        return;
    // What TaskSaver does next with a task the service accepts.
    const QDateTime now(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
    const QDateTime next = TaskTiming::firstFire(task, now);
    check(!next.isValid() || next >= now, "first fire before now");
    (void)QJsonDocument(ModelJson::task(task)).toJson();
}

} // namespace

// Qt's warnings about odd inputs (QFileInfo on a key_path with a NUL in it) would drown the
// fuzzer's own output; fatal messages still abort.
extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const Request request = requestFor(data[0]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QJsonObject body;
    if (ApiRequestParser::object(bytes, body).isError())
        return 0;
    switch (request) {
    case Request::CreateServer:
        fuzzServer(body, true);
        break;
    case Request::UpdateServer:
        fuzzServer(body, false);
        break;
    case Request::CreateTask:
        fuzzTask(body, true);
        break;
    case Request::UpdateTask:
        fuzzTask(body, false);
        break;
    }
    return 0;
}
