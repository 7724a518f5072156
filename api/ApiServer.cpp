#include "ApiServer.h"

#include "ApiRequestParser.h"
#include "ApiToken.h"
#include "DeferredResponder.h"
#include "model/ModelJson.h"
#include "core/Engine.h"
#include "exec/ServerSaver.h"
#include "exec/SshTargetFactory.h"
#include "report/ExecutionReportWriter.h"
#include "scheduler/TaskSaver.h"
#include "scheduler/TaskTiming.h"
#include "secrets/SecretStore.h"
#include "ssh/SshPool.h"
#include "ssh/SshTarget.h"
#include "store/Database.h"
#include "store/ExecutionReportQuery.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"
#include "store/ThreadPriority.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QThreadPool>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcApi, "fleetcron.api")

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using Response = QHttpServerResponse;

Response jsonError(Status status, const QString &message, const QString &field = {}) {
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return Response(body, status);
}

Response fieldError(const FieldError &e) {
    return jsonError(Status::BadRequest, e.message, e.field);
}

// Why a job on the API's pool failed, as plain data that can cross threads in a QFuture.
struct Failure {
    Status status = Status::Ok;
    QString message;
};

Status storeStatus(const StoreError &e) {
    switch (e.kind) {
    case StoreError::Kind::NotFound:
        return Status::NotFound;
    case StoreError::Kind::Duplicate:
    case StoreError::Kind::Invalid:
    case StoreError::Kind::UnknownReference:
        return Status::BadRequest;
    case StoreError::Kind::Busy:
    case StoreError::Kind::Unavailable:
        return Status::ServiceUnavailable;
    default:
        return Status::InternalServerError;
    }
}

Response storeError(const StoreError &e) {
    const Status status = storeStatus(e);
    if (status == Status::InternalServerError)
        qCWarning(lcApi).noquote() << e.toString();
    return jsonError(status, e.message, status == Status::BadRequest ? e.field : QString());
}

std::optional<qint64> queryInt(const QUrlQuery &q, const QString &key, qint64 fallback, qint64 min,
                               qint64 max, FieldError &error) {
    if (!q.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 v = q.queryItemValue(key).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        error = FieldError{
            key,
            QStringLiteral("%1: must be a whole number from %2 to %3").arg(key).arg(min).arg(max)};
        return std::nullopt;
    }
    return v;
}

} // namespace

class ApiServer::Handlers {
public:
    Handlers(Database &db, Engine &engine, SecretStore *secrets, const QByteArray &token)
        : m_db(db)
        , m_engine(engine)
        , m_secrets(secrets)
        , m_token(token) {
        // Mostly waiting on SSH and SQLite, not computing: more threads than cores, so a few
        // unreachable servers under test do not hold up a CSV report.
        m_pool.setMaxThreadCount(8);
    }

    // The token and the size limit, before any handler looks at the request.
    std::optional<Response> gate(const QHttpServerRequest &req) const {
        const QByteArray header = req.value("Authorization");
        const QByteArray prefix = "Bearer ";
        const QByteArray given =
            header.startsWith(prefix) ? header.mid(prefix.size()).trimmed() : QByteArray();
        if (!ApiToken::equals(m_token, given)) {
            Response r = jsonError(Status::Unauthorized,
                                   given.isEmpty() ? QStringLiteral("missing bearer token")
                                                   : QStringLiteral("invalid bearer token"));
            r.setHeader("WWW-Authenticate", "Bearer");
            return r;
        }
        if (req.body().size() > ApiServer::maxBodyBytes)
            return jsonError(Status::PayloadTooLarge,
                             QStringLiteral("request body over %1 bytes").arg(maxBodyBytes));
        return std::nullopt;
    }

    Response health() const {
        return Response(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                        {QStringLiteral("engine_id"), m_engine.engineId()}});
    }

    // ---- servers ----

    Response listServers(const QHttpServerRequest &req) {
        ServerRepository::Filter filter;
        filter.tag = req.query().queryItemValue(QStringLiteral("tag"));
        auto all = ServerRepository(m_db).list(filter);
        if (!all)
            return storeError(all.error());
        QJsonArray array;
        for (const Server &s : all.value())
            array.append(ModelJson::server(s));
        return Response(array);
    }

    Response getServer(qint64 id) {
        auto found = ServerRepository(m_db).find(id);
        if (!found)
            return storeError(found.error());
        return Response(ModelJson::server(found.value()));
    }

    Response createServer(const QHttpServerRequest &req) {
        QJsonObject body;
        if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
            return fieldError(e);
        Server server;
        ApiRequestParser::ServerSecret secret;
        if (FieldError e = ApiRequestParser::server(body, server, secret, true); e.isError())
            return fieldError(e);
        if (server.auth == AuthMethod::Password && !secret.given)
            return jsonError(Status::BadRequest,
                             QStringLiteral("password: password login needs a password"),
                             QStringLiteral("password"));
        if (secret.given && !m_secrets)
            return jsonError(Status::ServiceUnavailable,
                             QStringLiteral("no secret store is available for the password"));
        // The secret to the secret store, the server to the database, or neither.
        auto created = ServerSaver(m_db, m_secrets)
                           .save(server, secret.given ? std::optional(secret.value) : std::nullopt);
        if (!created)
            return storeError(created.error());
        return Response(ModelJson::server(created.value()), Status::Created);
    }

    Response updateServer(qint64 id, const QHttpServerRequest &req) {
        QJsonObject body;
        if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
            return fieldError(e);
        ServerRepository servers(m_db);
        auto found = servers.find(id);
        if (!found)
            return storeError(found.error());
        Server server = found.value();
        ApiRequestParser::ServerSecret secret;
        if (FieldError e = ApiRequestParser::server(body, server, secret, false); e.isError())
            return fieldError(e);
        if (server.auth == AuthMethod::Password && found->auth != AuthMethod::Password &&
            !secret.given)
            return jsonError(Status::BadRequest,
                             QStringLiteral("password: password login needs a password"),
                             QStringLiteral("password"));
        if ((secret.given || server.auth != found->auth) && !m_secrets)
            return jsonError(Status::ServiceUnavailable,
                             QStringLiteral("no secret store is available"));
        // Validate before touching the secret store, so a refused edit changes nothing.
        if (server.name.isEmpty())
            return jsonError(Status::BadRequest, QStringLiteral("name: must not be empty"),
                             QStringLiteral("name"));
        // The secret and the row change together; a refused update puts the old secret back.
        auto updated = ServerSaver(m_db, m_secrets)
                           .save(server, secret.given ? std::optional(secret.value) : std::nullopt);
        if (!updated)
            return storeError(updated.error());
        m_engine.sshPool().forget(id);
        return Response(ModelJson::server(updated.value()));
    }

    Response deleteServer(qint64 id) {
        ServerRepository servers(m_db);
        auto found = servers.find(id);
        if (!found)
            return storeError(found.error());
        if (auto removed = servers.remove(id); !removed)
            return storeError(removed.error());
        const QString key = SshTargetFactory::secretKeyFor(found.value());
        if (!key.isEmpty() && m_secrets)
            (void)m_secrets->remove(key);
        m_engine.sshPool().forget(id);
        return Response(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
    }

    // The connection test runs on the API's pool: an SSH connect can take up to its timeout,
    // and the daemon's thread must keep serving and scheduling meanwhile. The server and its
    // secret are read here (the secret store is not for other threads); the pool thread pins
    // a new host key through its own database connection. `context` is the ApiServer: the
    // answer is dropped if it is gone.
    void testServer(qint64 id, QHttpServerResponder &&responder, QObject *context) {
        auto found = ServerRepository(m_db).find(id);
        if (!found) {
            storeError(found.error()).write(std::move(responder));
            return;
        }
        auto made = SshTargetFactory::make(found.value(), m_secrets);
        if (!made.error.isEmpty()) {
            jsonError(Status::InternalServerError, made.error).write(std::move(responder));
            return;
        }
        auto reply = std::make_shared<DeferredResponder>(std::move(responder));
        QtConcurrent::run(&m_pool, [&db = m_db, id, target = made.target] {
            // Pool threads inherit the daemon's raised main thread; this is bulk work.
            ThreadPriority::lowerCurrentThread();
            return connectionTest(db, id, target);
        }).then(context, [reply](const QJsonObject &body) { reply->send(Response(body)); });
    }

    static QJsonObject connectionTest(Database &db, qint64 id, const SshTarget &target) {
        const SshConnectResult result = SshPool::testConnection(target);
        if (result.hostKeyNewlyPinned)
            (void)ServerRepository(db).setHostKey(id, result.hostKeyFingerprint);
        return QJsonObject{
            {QStringLiteral("ok"), result.ok()},
            {QStringLiteral("status"), toString(result.status)},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("host_key_sha256"), result.hostKeyFingerprint},
            {QStringLiteral("host_key_newly_pinned"), result.hostKeyNewlyPinned},
            {QStringLiteral("auth_method"), result.authMethod},
            {QStringLiteral("connect_ms"), result.connectMs},
        };
    }

    // ---- tasks ----

    // The store as the task body rules see it, through this thread's connection.
    ApiRequestParser::Directory directory() const {
        ApiRequestParser::Directory d;
        d.serverById = [this](qint64 id) -> std::optional<qint64> {
            auto s = ServerRepository(m_db).find(id);
            return s ? std::optional<qint64>(s->id) : std::nullopt;
        };
        d.serverByName = [this](const QString &name) -> std::optional<qint64> {
            auto s = ServerRepository(m_db).findByName(name);
            return s ? std::optional<qint64>(s->id) : std::nullopt;
        };
        d.allServerIds = [this] {
            QList<qint64> ids;
            if (auto all = ServerRepository(m_db).list())
                for (const Server &s : all.value())
                    ids.append(s.id);
            return ids;
        };
        d.taskNameTaken = [this](const QString &name) {
            return TaskRepository(m_db).findByName(name).ok();
        };
        return d;
    }

    QJsonObject taskJson(const Task &t) {
        auto targets = TaskRepository(m_db).resolveTargets(t.id);
        return ModelJson::task(t, targets ? targets.value() : QList<Server>());
    }

    Response listTasks() {
        auto all = TaskRepository(m_db).list();
        if (!all)
            return storeError(all.error());
        QJsonArray array;
        for (const Task &t : all.value())
            array.append(ModelJson::task(t));
        return Response(array);
    }

    Response getTask(qint64 id) {
        auto found = TaskRepository(m_db).find(id);
        if (!found)
            return storeError(found.error());
        return Response(taskJson(found.value()));
    }

    Response createTask(const QHttpServerRequest &req) {
        QJsonObject body;
        if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
            return fieldError(e);
        Task task;
        if (FieldError e = ApiRequestParser::task(body, task, true, directory()); e.isError())
            return fieldError(e);
        auto created = TaskSaver(m_db).save(task);
        if (!created)
            return storeError(created.error());
        return Response(taskJson(created.value()), Status::Created);
    }

    Response updateTask(qint64 id, const QHttpServerRequest &req) {
        QJsonObject body;
        if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
            return fieldError(e);
        TaskRepository tasks(m_db);
        auto found = tasks.find(id);
        if (!found)
            return storeError(found.error());
        Task task = found.value();
        if (FieldError e = ApiRequestParser::task(body, task, false, directory()); e.isError())
            return fieldError(e);
        auto updated = TaskSaver(m_db).save(task);
        if (!updated)
            return storeError(updated.error());
        return Response(taskJson(updated.value()));
    }

    Response deleteTask(qint64 id) {
        TaskRepository tasks(m_db);
        if (auto found = tasks.find(id); !found)
            return storeError(found.error());
        if (auto removed = tasks.remove(id); !removed)
            return storeError(removed.error());
        return Response(QJsonObject{{QStringLiteral("deleted"), true}, {QStringLiteral("id"), id}});
    }

    Response setTaskEnabled(qint64 id, bool enabled) {
        TaskRepository tasks(m_db);
        auto found = tasks.find(id);
        if (!found)
            return storeError(found.error());
        if (enabled && !found->enabled) {
            // Enabled again: it starts from now, not from the fires it missed while off.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (auto r =
                    tasks.setNextFireAt(id, TaskTiming::nextFireAfter(found.value(), now, now));
                !r)
                return storeError(r.error());
        }
        if (auto r = tasks.setEnabled(id, enabled); !r)
            return storeError(r.error());
        return getTask(id);
    }

    Response runTask(qint64 id) {
        if (auto found = TaskRepository(m_db).find(id); !found)
            return storeError(found.error());
        auto run = m_engine.runNow(id, RunTrigger::Api);
        if (!run)
            return storeError(run.error());
        return Response(ModelJson::run(run.value()), Status::Accepted);
    }

    // ---- runs and executions ----

    QString serverName(qint64 id) {
        auto it = m_serverNames.constFind(id);
        if (it != m_serverNames.cend())
            return it.value();
        auto s = ServerRepository(m_db).find(id, true);
        const QString name = s ? s->name : QStringLiteral("#%1").arg(id);
        if (m_serverNames.size() > 10000)
            m_serverNames.clear();
        m_serverNames.insert(id, name);
        return name;
    }

    Response taskExecutions(qint64 id, const QHttpServerRequest &req) {
        if (auto found = TaskRepository(m_db).find(id); !found)
            return storeError(found.error());
        FieldError e;
        const QUrlQuery q = req.query();
        const auto limit = queryInt(q, QStringLiteral("limit"), 20, 1, 500, e);
        const auto offset = queryInt(q, QStringLiteral("offset"), 0, 0, INT_MAX, e);
        if (e.isError())
            return fieldError(e);
        auto runs = RunRepository(m_db).listForTask(id, int(*limit), int(*offset));
        if (!runs)
            return storeError(runs.error());
        ExecutionRepository executions(m_db);
        QJsonArray array;
        for (const Run &r : runs.value()) {
            QJsonObject run = ModelJson::run(r);
            auto list = executions.listForRun(r.id);
            if (!list)
                return storeError(list.error());
            QJsonArray items;
            for (const Execution &x : list.value())
                items.append(ModelJson::execution(x, true, serverName(x.serverId)));
            run.insert(QStringLiteral("executions"), items);
            array.append(run);
        }
        return Response(QJsonObject{{QStringLiteral("task_id"), id},
                                    {QStringLiteral("limit"), *limit},
                                    {QStringLiteral("offset"), *offset},
                                    {QStringLiteral("runs"), array}});
    }

    Response latestOutput(qint64 id) {
        if (auto found = TaskRepository(m_db).find(id); !found)
            return storeError(found.error());
        auto latest = RunRepository(m_db).latestCompleted(id);
        if (!latest)
            return storeError(latest.error());
        QJsonObject json{{QStringLiteral("task_id"), id}};
        QJsonArray outputs;
        if (!latest->has_value()) {
            json.insert(QStringLiteral("run_id"), QJsonValue::Null);
            json.insert(QStringLiteral("completion_time"), QJsonValue::Null);
            json.insert(QStringLiteral("outputs"), outputs);
            return Response(json);
        }
        const Run &run = **latest;
        auto list = ExecutionRepository(m_db).listForRun(run.id);
        if (!list)
            return storeError(list.error());
        for (const Execution &x : list.value()) {
            QJsonObject out{
                {QStringLiteral("server_id"), x.serverId},
                {QStringLiteral("server"), serverName(x.serverId)},
                {QStringLiteral("exit_code"), x.exitCode ? QJsonValue(*x.exitCode) : QJsonValue()},
                {QStringLiteral("status"), toString(x.status)},
            };
            if (!x.stdoutData.isEmpty())
                out.insert(QStringLiteral("stdout"), QString::fromUtf8(x.stdoutData));
            if (!x.stderrData.isEmpty())
                out.insert(QStringLiteral("stderr"), QString::fromUtf8(x.stderrData));
            if (!x.error.isEmpty())
                out.insert(QStringLiteral("error"), x.error);
            outputs.append(out);
        }
        json.insert(QStringLiteral("run_id"), run.id);
        json.insert(QStringLiteral("run_status"), toString(run.status));
        json.insert(QStringLiteral("completion_time"), ModelJson::time(run.finishedAt));
        json.insert(QStringLiteral("outputs"), outputs);
        return Response(json);
    }

    // The filters /executions and /executions.csv share; a 400 when one is wrong.
    std::optional<Response> readFilter(const QUrlQuery &q, ExecutionRepository::Filter &filter) {
        if (q.hasQueryItem(QStringLiteral("task"))) {
            const QString v = q.queryItemValue(QStringLiteral("task"), QUrl::FullyDecoded);
            bool isId = false;
            const qint64 id = v.toLongLong(&isId);
            auto t = isId ? TaskRepository(m_db).find(id) : TaskRepository(m_db).findByName(v);
            if (!t)
                return jsonError(Status::BadRequest,
                                 QStringLiteral("task: unknown task '%1'").arg(v),
                                 QStringLiteral("task"));
            filter.taskId = t->id;
        }
        if (q.hasQueryItem(QStringLiteral("server"))) {
            const QString v = q.queryItemValue(QStringLiteral("server"), QUrl::FullyDecoded);
            bool isId = false;
            const qint64 id = v.toLongLong(&isId);
            auto s =
                isId ? ServerRepository(m_db).find(id, true) : ServerRepository(m_db).findByName(v);
            if (!s)
                return jsonError(Status::BadRequest,
                                 QStringLiteral("server: unknown server '%1'").arg(v),
                                 QStringLiteral("server"));
            filter.serverId = s->id;
        }
        if (q.hasQueryItem(QStringLiteral("status"))) {
            const QString v = q.queryItemValue(QStringLiteral("status"));
            const auto status = enumFromString<ExecutionStatus>(v);
            if (!status)
                return jsonError(Status::BadRequest,
                                 QStringLiteral("status: '%1' is not an execution status").arg(v),
                                 QStringLiteral("status"));
            filter.status = *status;
        }
        for (const auto &[key, target] : {std::pair{QStringLiteral("since"), &filter.from},
                                          std::pair{QStringLiteral("until"), &filter.to}}) {
            if (!q.hasQueryItem(key))
                continue;
            const QString v = q.queryItemValue(key, QUrl::FullyDecoded);
            const QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
            if (!t.isValid())
                return jsonError(
                    Status::BadRequest,
                    QStringLiteral("%1: '%2' is not an ISO 8601 date and time").arg(key, v), key);
            *target = t;
        }
        return std::nullopt;
    }

    Response listExecutions(const QHttpServerRequest &req) {
        const QUrlQuery q = req.query();
        ExecutionRepository::Filter filter;
        FieldError e;
        const auto limit = queryInt(q, QStringLiteral("limit"), 100, 1, 1000, e);
        const auto offset = queryInt(q, QStringLiteral("offset"), 0, 0, INT_MAX, e);
        if (e.isError())
            return fieldError(e);
        filter.limit = int(*limit);
        filter.offset = int(*offset);
        if (auto bad = readFilter(q, filter))
            return std::move(*bad);
        const QString output = q.queryItemValue(QStringLiteral("output"));
        filter.withOutput = output == QStringLiteral("1") || output == QStringLiteral("true");
        ExecutionRepository executions(m_db);
        auto list = executions.list(filter);
        if (!list)
            return storeError(list.error());
        auto total = executions.count(filter);
        if (!total)
            return storeError(total.error());
        QJsonArray array;
        for (const Execution &x : list.value())
            array.append(ModelJson::execution(x, filter.withOutput, serverName(x.serverId)));
        return Response(QJsonObject{{QStringLiteral("total"), total.value()},
                                    {QStringLiteral("limit"), *limit},
                                    {QStringLiteral("offset"), *offset},
                                    {QStringLiteral("executions"), array}});
    }

    // The report is written to a temporary file on the API's pool (a million rows take
    // seconds, which the daemon's thread must not stall for), then streamed from it by the
    // responder on this thread: memory stays that of one row whatever the size. `context` is
    // the ApiServer: the reply is dropped if it is gone.
    void executionsCsv(const QHttpServerRequest &req, QHttpServerResponder &&responder,
                       QObject *context) {
        const QUrlQuery q = req.query();
        ExecutionRepository::Filter filter;
        if (auto bad = readFilter(q, filter)) {
            bad->write(std::move(responder));
            return;
        }
        const QString output = q.queryItemValue(QStringLiteral("output"));
        const bool withOutput = output != QStringLiteral("0") && output != QStringLiteral("false");
        // Created and opened here, so the file belongs to this thread, where the responder
        // reads it; the pool thread only writes to it.
        auto file = std::make_shared<std::unique_ptr<QTemporaryFile>>(new QTemporaryFile);
        if (!(*file)->open()) {
            jsonError(Status::InternalServerError, QStringLiteral("cannot create a temporary file"))
                .write(std::move(responder));
            return;
        }
        auto reply = std::make_shared<DeferredResponder>(std::move(responder));
        QtConcurrent::run(&m_pool, [&db = m_db, device = file->get(), filter, withOutput] {
            ThreadPriority::lowerCurrentThread(); // as above: an export can take seconds of CPU
            return writeReport(db, device, filter, withOutput);
        }).then(context, [file, reply](const Failure &failure) {
            if (failure.status != Status::Ok) {
                reply->send(jsonError(failure.status, failure.message));
                return;
            }
            (*file)->seek(0);
            // The responder owns the file from here and sends it in chunks.
            reply->send(file->release(), "text/csv; charset=utf-8");
        });
    }

    // Runs on a pool thread, with that thread's database connection.
    static Failure writeReport(Database &db, QIODevice *device,
                               const ExecutionRepository::Filter &filter, bool withOutput) {
        ExecutionReportWriter writer(device, withOutput ? ExecutionReportWriter::Output::Included
                                                        : ExecutionReportWriter::Output::Omitted);
        auto done = ExecutionReportQuery(db).forEach(filter, withOutput,
                                                     [&](const ExecutionReportRow &row) {
                                                         writer.writeRow(row);
                                                         return !writer.hasError();
                                                     });
        if (!done) {
            const Status status = storeStatus(done.error());
            if (status == Status::InternalServerError)
                qCWarning(lcApi).noquote() << done.error().toString();
            return {status, done.error().message};
        }
        if (!writer.finish())
            return {Status::InternalServerError, writer.errorString()};
        return {};
    }

    Response cancelRun(qint64 id) {
        RunRepository runs(m_db);
        auto found = runs.find(id);
        if (!found)
            return storeError(found.error());
        if (!m_engine.cancelRun(id))
            return jsonError(Status::Conflict,
                             QStringLiteral("run %1 is not running in this daemon (status %2)")
                                 .arg(id)
                                 .arg(toString(found->status)));
        return Response(QJsonObject{{QStringLiteral("cancelled"), true},
                                    {QStringLiteral("run"), ModelJson::run(found.value())}},
                        Status::Accepted);
    }

private:
    Database &m_db;
    Engine &m_engine;
    SecretStore *m_secrets;
    QByteArray m_token;
    QHash<qint64, QString> m_serverNames;
    // Slow requests (connection tests, CSV reports) run here, off the daemon's thread. Its
    // destructor waits for them, before the database they use goes away.
    QThreadPool m_pool;
};

ApiServer::ApiServer(Database &db, Engine &engine, SecretStore *secrets, const QByteArray &token,
                     QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>())
    , m_handlers(std::make_unique<Handlers>(db, engine, secrets, token)) {
    Handlers *h = m_handlers.get();
    QHttpServer &http = *m_http;
    const QString base = QStringLiteral("/v1/api");
    auto path = [&](const char *rest) { return base + QString::fromLatin1(rest); };

    // Every route but health goes through the gate; a route that returns early does so with
    // the gate's 401 or 413.
#define FLEETCRON_GATE(req)                                                                        \
    if (auto denied = h->gate(req))                                                                \
        return std::move(*denied);

    http.route(path("/health"), Method::Get, [h] { return h->health(); });

    http.route(path("/servers"), Method::Get, [h](const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->listServers(req);
    });
    http.route(path("/servers"), Method::Post, [h](const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->createServer(req);
    });
    http.route(path("/servers/<arg>"), Method::Get, [h](qint64 id, const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->getServer(id);
    });
    http.route(path("/servers/<arg>"), Method::Put, [h](qint64 id, const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->updateServer(id, req);
    });
    http.route(path("/servers/<arg>"), Method::Delete,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->deleteServer(id);
               });
    http.route(
        path("/servers/<arg>/test"), Method::Post,
        [h, this](qint64 id, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
            if (auto denied = h->gate(req)) {
                denied->write(std::move(responder));
                return;
            }
            h->testServer(id, std::move(responder), this);
        });

    http.route(path("/tasks"), Method::Get, [h](const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->listTasks();
    });
    http.route(path("/tasks"), Method::Post, [h](const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->createTask(req);
    });
    http.route(path("/tasks/<arg>"), Method::Get, [h](qint64 id, const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->getTask(id);
    });
    http.route(path("/tasks/<arg>"), Method::Put, [h](qint64 id, const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->updateTask(id, req);
    });
    http.route(path("/tasks/<arg>"), Method::Delete, [h](qint64 id, const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->deleteTask(id);
    });
    http.route(path("/tasks/<arg>/run"), Method::Post,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->runTask(id);
               });
    http.route(path("/tasks/<arg>/enable"), Method::Post,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->setTaskEnabled(id, true);
               });
    http.route(path("/tasks/<arg>/disable"), Method::Post,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->setTaskEnabled(id, false);
               });
    http.route(path("/tasks/<arg>/executions"), Method::Get,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->taskExecutions(id, req);
               });
    http.route(path("/tasks/<arg>/latest_output"), Method::Get,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->latestOutput(id);
               });
    http.route(path("/executions"), Method::Get, [h](const QHttpServerRequest &req) {
        FLEETCRON_GATE(req) return h->listExecutions(req);
    });
    http.route(path("/executions.csv"), Method::Get,
               [h, this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
                   if (auto denied = h->gate(req)) {
                       denied->write(std::move(responder));
                       return;
                   }
                   h->executionsCsv(req, std::move(responder), this);
               });
    http.route(path("/runs/<arg>/cancel"), Method::Post,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->cancelRun(id);
               });
#undef FLEETCRON_GATE

    // Anything else: the token first (an unknown path says nothing to a stranger), then 404.
    http.setMissingHandler([h](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        if (auto denied = h->gate(req)) {
            denied->write(std::move(responder));
            return;
        }
        jsonError(Status::NotFound, QStringLiteral("no such endpoint: %1").arg(req.url().path()))
            .write(std::move(responder));
    });
}

ApiServer::~ApiServer() = default;

quint16 ApiServer::listen(const QHostAddress &address, quint16 port) {
    return m_http->listen(address, port);
}

} // namespace fleetcron
