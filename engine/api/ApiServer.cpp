#include "ApiServer.h"

#include "ApiToken.h"
#include "ModelJson.h"
#include "core/Engine.h"
#include "exec/ServerSaver.h"
#include "exec/SshTargetFactory.h"
#include "report/ExecutionReportWriter.h"
#include "scheduler/TaskSaver.h"
#include "scheduler/TaskTiming.h"
#include "secrets/SecretStore.h"
#include "ssh/SshPool.h"
#include "store/Database.h"
#include "store/ExecutionReportQuery.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryFile>
#include <QUrlQuery>

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

Response storeError(const StoreError &e) {
    switch (e.kind) {
    case StoreError::Kind::NotFound:
        return jsonError(Status::NotFound, e.message);
    case StoreError::Kind::Duplicate:
    case StoreError::Kind::Invalid:
    case StoreError::Kind::UnknownReference:
        return jsonError(Status::BadRequest, e.message, e.field);
    case StoreError::Kind::Busy:
    case StoreError::Kind::Unavailable:
        return jsonError(Status::ServiceUnavailable, e.message);
    default:
        qCWarning(lcApi).noquote() << e.toString();
        return jsonError(Status::InternalServerError, e.message);
    }
}

// Reads typed fields from a request body; the first wrong one is kept in `error`.
class Body {
public:
    explicit Body(const QJsonObject &o)
        : m_o(o) {}

    FieldError error;
    bool ok() const { return !error.isError(); }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    QJsonValue raw(const QString &key) const { return m_o.value(key); }

    bool string(const QString &key, QString &out, bool allowEmpty = false) {
        if (!ok() || !has(key))
            return false;
        const QJsonValue v = m_o.value(key);
        if (!v.isString())
            return fail(key, QStringLiteral("must be a string"));
        if (!allowEmpty && v.toString().trimmed().isEmpty())
            return fail(key, QStringLiteral("must not be empty"));
        out = v.toString();
        return true;
    }
    bool integer(const QString &key, qint64 &out, qint64 min, qint64 max) {
        if (!ok() || !has(key))
            return false;
        const QJsonValue v = m_o.value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)))
            return fail(key, QStringLiteral("must be a whole number"));
        if (qint64(d) < min || qint64(d) > max)
            return fail(key, QStringLiteral("must be from %1 to %2").arg(min).arg(max));
        out = qint64(d);
        return true;
    }
    bool integer(const QString &key, int &out, int min, int max) {
        qint64 v = 0;
        if (!integer(key, v, qint64(min), qint64(max)))
            return false;
        out = int(v);
        return true;
    }
    bool boolean(const QString &key, bool &out) {
        if (!ok() || !has(key))
            return false;
        if (!m_o.value(key).isBool())
            return fail(key, QStringLiteral("must be true or false"));
        out = m_o.value(key).toBool();
        return true;
    }
    bool strings(const QString &key, QStringList &out) {
        if (!ok() || !has(key))
            return false;
        const QJsonValue v = m_o.value(key);
        if (!v.isArray())
            return fail(key, QStringLiteral("must be a list of strings"));
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return fail(key, QStringLiteral("must be a list of non-empty strings"));
            list.append(item.toString().trimmed());
        }
        out = list;
        return true;
    }
    template <typename E> bool word(const QString &key, E &out, const QString &allowed) {
        QString text;
        if (!string(key, text))
            return false;
        const auto v = enumFromString<E>(text.trimmed());
        if (!v)
            return fail(key, QStringLiteral("'%1' is not %2").arg(text, allowed));
        out = *v;
        return true;
    }
    bool fail(const QString &key, const QString &message) {
        if (ok())
            error = FieldError{key, QStringLiteral("%1: %2").arg(key, message)};
        return false;
    }

private:
    const QJsonObject &m_o;
};

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
        , m_token(token) {}

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

    static std::optional<Response> parseObject(const QHttpServerRequest &req, QJsonObject &out) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return jsonError(Status::BadRequest,
                             QStringLiteral("body: not valid JSON (%1 at offset %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset),
                             QStringLiteral("body"));
        if (!doc.isObject())
            return jsonError(Status::BadRequest, QStringLiteral("body: expected a JSON object"),
                             QStringLiteral("body"));
        out = doc.object();
        return std::nullopt;
    }

    Response health() const {
        return Response(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                        {QStringLiteral("engine_id"), m_engine.engineId()}});
    }

    // ---- servers ----

    // Applies the body to `s`. A password (or key passphrase) goes to `secret`, never to `s`.
    FieldError applyServer(const QJsonObject &o, Server &s, QString &secret, bool &secretGiven,
                           bool creating) const {
        Body b(o);
        b.string(QStringLiteral("name"), s.name);
        QString host;
        QString hostname;
        b.string(QStringLiteral("hostname"), hostname);
        if (!hostname.isEmpty())
            host = hostname;
        b.string(QStringLiteral("host"), host);
        b.string(QStringLiteral("ip"), host); // an address wins over a name
        if (!host.isEmpty())
            s.host = host.trimmed();
        if (creating && s.name.trimmed().isEmpty())
            s.name = !hostname.isEmpty() ? hostname : s.host;
        s.name = s.name.trimmed();
        if (!b.string(QStringLiteral("username"), s.username))
            b.string(QStringLiteral("user"), s.username);
        s.username = s.username.trimmed();
        b.integer(QStringLiteral("port"), s.port, 1, 65535);
        b.strings(QStringLiteral("tags"), s.tags);
        b.integer(QStringLiteral("max_parallel"), s.maxParallel, 1, 64);
        b.word(QStringLiteral("host_key_policy"), s.hostKeyPolicy,
               QStringLiteral("accept-new or strict"));
        b.boolean(QStringLiteral("enabled"), s.enabled);
        QString password;
        QString passphrase;
        QString keyPath;
        const bool hasPassword = b.string(QStringLiteral("password"), password, false);
        const bool hasPassphrase = b.string(QStringLiteral("key_passphrase"), passphrase, false);
        const bool hasKey = b.string(QStringLiteral("key_path"), keyPath);
        const bool hasAuth =
            b.word(QStringLiteral("auth"), s.auth, QStringLiteral("password, key or agent"));
        if (!b.ok())
            return b.error;
        if (!hasAuth) {
            if (hasPassword)
                s.auth = AuthMethod::Password;
            else if (hasKey)
                s.auth = AuthMethod::Key;
            else if (creating)
                s.auth = AuthMethod::Agent;
        }
        if (creating && s.host.isEmpty())
            return {QStringLiteral("host"), QStringLiteral("host: give hostname, host or ip")};
        if (creating && s.username.isEmpty())
            return {QStringLiteral("username"), QStringLiteral("username: is required")};
        if (hasPassword && s.auth != AuthMethod::Password)
            return {QStringLiteral("password"),
                    QStringLiteral("password: goes with auth \"password\"")};
        if (hasPassphrase && s.auth != AuthMethod::Key)
            return {QStringLiteral("key_passphrase"),
                    QStringLiteral("key_passphrase: goes with auth \"key\"")};
        if (s.auth == AuthMethod::Key) {
            if (hasKey) {
                const QFileInfo key(keyPath);
                if (!key.isFile() || !key.isReadable())
                    return {QStringLiteral("key_path"),
                            QStringLiteral("key_path: cannot read the key file '%1'").arg(keyPath)};
                s.keyPath = key.absoluteFilePath();
            }
            if (s.keyPath.isEmpty())
                return {QStringLiteral("key_path"),
                        QStringLiteral("key_path: key login needs a key file")};
        } else {
            if (hasKey)
                return {QStringLiteral("key_path"),
                        QStringLiteral("key_path: goes with auth \"key\"")};
            s.keyPath.clear();
        }
        secretGiven = hasPassword || hasPassphrase;
        secret = hasPassword ? password : passphrase;
        return {};
    }

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
        if (auto bad = parseObject(req, body))
            return std::move(*bad);
        Server server;
        QString secret;
        bool secretGiven = false;
        if (FieldError e = applyServer(body, server, secret, secretGiven, true); e.isError())
            return fieldError(e);
        if (server.auth == AuthMethod::Password && !secretGiven)
            return jsonError(Status::BadRequest,
                             QStringLiteral("password: password login needs a password"),
                             QStringLiteral("password"));
        if (secretGiven && !m_secrets)
            return jsonError(Status::ServiceUnavailable,
                             QStringLiteral("no secret store is available for the password"));
        // The secret to the secret store, the server to the database, or neither.
        auto created = ServerSaver(m_db, m_secrets)
                           .save(server, secretGiven ? std::optional(secret) : std::nullopt);
        if (!created)
            return storeError(created.error());
        return Response(ModelJson::server(created.value()), Status::Created);
    }

    Response updateServer(qint64 id, const QHttpServerRequest &req) {
        QJsonObject body;
        if (auto bad = parseObject(req, body))
            return std::move(*bad);
        ServerRepository servers(m_db);
        auto found = servers.find(id);
        if (!found)
            return storeError(found.error());
        Server server = found.value();
        QString secret;
        bool secretGiven = false;
        if (FieldError e = applyServer(body, server, secret, secretGiven, false); e.isError())
            return fieldError(e);
        if (server.auth == AuthMethod::Password && found->auth != AuthMethod::Password &&
            !secretGiven)
            return jsonError(Status::BadRequest,
                             QStringLiteral("password: password login needs a password"),
                             QStringLiteral("password"));
        if ((secretGiven || server.auth != found->auth) && !m_secrets)
            return jsonError(Status::ServiceUnavailable,
                             QStringLiteral("no secret store is available"));
        // Validate before touching the secret store, so a refused edit changes nothing.
        if (server.name.isEmpty())
            return jsonError(Status::BadRequest, QStringLiteral("name: must not be empty"),
                             QStringLiteral("name"));
        // The secret and the row change together; a refused update puts the old secret back.
        auto updated = ServerSaver(m_db, m_secrets)
                           .save(server, secretGiven ? std::optional(secret) : std::nullopt);
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

    Response testServer(qint64 id) {
        ServerRepository servers(m_db);
        auto found = servers.find(id);
        if (!found)
            return storeError(found.error());
        auto made = SshTargetFactory::make(found.value(), m_secrets);
        if (!made.error.isEmpty())
            return jsonError(Status::InternalServerError, made.error);
        const SshConnectResult result = SshPool::testConnection(made.target);
        if (result.hostKeyNewlyPinned)
            (void)servers.setHostKey(id, result.hostKeyFingerprint);
        return Response(QJsonObject{
            {QStringLiteral("ok"), result.ok()},
            {QStringLiteral("status"), toString(result.status)},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("host_key_sha256"), result.hostKeyFingerprint},
            {QStringLiteral("host_key_newly_pinned"), result.hostKeyNewlyPinned},
            {QStringLiteral("auth_method"), result.authMethod},
            {QStringLiteral("connect_ms"), result.connectMs},
        });
    }

    // ---- tasks ----

    QString derivedName(const QString &command) const {
        QString base = command.simplified().left(60);
        if (base.isEmpty())
            base = QStringLiteral("task");
        TaskRepository tasks(m_db);
        QString name = base;
        for (int n = 2; n < 1000 && tasks.findByName(name).ok(); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        return name;
    }

    FieldError applyTask(const QJsonObject &o, Task &t, bool creating) const {
        Body b(o);
        b.string(QStringLiteral("name"), t.name);
        QString command;
        QString script;
        const bool hasCommand = b.string(QStringLiteral("command"), command);
        const bool hasScript = b.string(QStringLiteral("script"), script);
        if (hasCommand && hasScript)
            return {QStringLiteral("command"),
                    QStringLiteral("command: give command or script, not both")};
        if (hasCommand) {
            t.kind = TaskKind::Command;
            t.body = command;
            t.interpreter.clear();
        }
        if (hasScript) {
            t.kind = TaskKind::Script;
            t.body = script;
            if (t.interpreter.isEmpty())
                t.interpreter = QStringLiteral("/bin/sh");
        }
        if (b.has(QStringLiteral("interpreter"))) {
            if (t.kind != TaskKind::Script)
                return {QStringLiteral("interpreter"),
                        QStringLiteral("interpreter: goes with script")};
            b.string(QStringLiteral("interpreter"), t.interpreter);
        }
        // One way of saying when: a schedule, a frequency sentence, or an interval in seconds.
        int whenGiven = 0;
        QString when;
        if (b.string(QStringLiteral("schedule"), when))
            ++whenGiven;
        if (b.string(QStringLiteral("frequency"), when))
            ++whenGiven;
        qint64 interval = 0;
        if (b.integer(QStringLiteral("interval_seconds"), interval, 1, 366LL * 24 * 3600)) {
            ++whenGiven;
            when = QString::number(interval);
        }
        if (!b.ok())
            return b.error;
        if (whenGiven > 1)
            return {QStringLiteral("schedule"),
                    QStringLiteral("schedule: give one of schedule, frequency and "
                                   "interval_seconds")};
        if (whenGiven == 1)
            t.schedule = when.trimmed();
        b.string(QStringLiteral("time_zone"), t.timeZone, true);
        b.integer(QStringLiteral("timeout_seconds"), t.timeoutSeconds, 0, INT_MAX);
        b.integer(QStringLiteral("retries"), t.retries, 0, INT_MAX);
        b.integer(QStringLiteral("retry_delay_seconds"), t.retryDelaySeconds, 0, INT_MAX);
        b.integer(QStringLiteral("max_output_bytes"), t.maxOutputBytes, 0,
                  std::numeric_limits<qint64>::max() / 2);
        b.word(QStringLiteral("overlap"), t.overlap, QStringLiteral("skip, queue or parallel"));
        b.word(QStringLiteral("misfire"), t.misfire, QStringLiteral("skip or run-once"));
        b.word(QStringLiteral("target"), t.target, QStringLiteral("all or one"));
        b.boolean(QStringLiteral("enabled"), t.enabled);
        b.strings(QStringLiteral("tags"), t.serverTags);
        if (!b.ok())
            return b.error;
        if (b.has(QStringLiteral("servers"))) {
            const QJsonValue v = b.raw(QStringLiteral("servers"));
            if (!v.isArray())
                return {QStringLiteral("servers"),
                        QStringLiteral("servers: must be a list of server ids or names")};
            ServerRepository servers(m_db);
            QList<qint64> ids;
            for (const QJsonValue &item : v.toArray()) {
                StoreResult<Server> found =
                    item.isDouble() ? servers.find(qint64(item.toDouble()))
                    : item.isString()
                        ? servers.findByName(item.toString().trimmed())
                        : StoreResult<Server>(StoreError::make(StoreError::Kind::Invalid, {}));
                if (!found)
                    return {QStringLiteral("servers"),
                            QStringLiteral("servers: unknown server %1")
                                .arg(item.isString() ? QStringLiteral("'%1'").arg(item.toString())
                                                     : QString::number(item.toDouble()))};
                if (!ids.contains(found->id))
                    ids.append(found->id);
            }
            t.serverIds = ids;
        }
        if (creating) {
            if (t.body.trimmed().isEmpty())
                return {QStringLiteral("command"), QStringLiteral("command: is required")};
            if (t.schedule.isEmpty())
                return {QStringLiteral("schedule"),
                        QStringLiteral("schedule: give schedule, frequency or interval_seconds")};
            if (t.name.trimmed().isEmpty())
                t.name = derivedName(t.body);
            if (t.serverIds.isEmpty() && t.serverTags.isEmpty()) {
                // No targets named: every server there is now, as other tools of this kind do.
                auto all = ServerRepository(m_db).list();
                if (all)
                    for (const Server &s : all.value())
                        t.serverIds.append(s.id);
                if (t.serverIds.isEmpty())
                    return {QStringLiteral("servers"),
                            QStringLiteral("servers: no servers exist yet to run the task on")};
            }
        }
        t.name = t.name.trimmed();
        if (t.name.isEmpty())
            return {QStringLiteral("name"), QStringLiteral("name: must not be empty")};
        if (t.body.trimmed().isEmpty())
            return {QStringLiteral("command"), QStringLiteral("command: must not be empty")};
        return TaskTiming::validate(t);
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
        if (auto bad = parseObject(req, body))
            return std::move(*bad);
        Task task;
        if (FieldError e = applyTask(body, task, true); e.isError())
            return fieldError(e);
        auto created = TaskSaver(m_db).save(task);
        if (!created)
            return storeError(created.error());
        return Response(taskJson(created.value()), Status::Created);
    }

    Response updateTask(qint64 id, const QHttpServerRequest &req) {
        QJsonObject body;
        if (auto bad = parseObject(req, body))
            return std::move(*bad);
        TaskRepository tasks(m_db);
        auto found = tasks.find(id);
        if (!found)
            return storeError(found.error());
        Task task = found.value();
        if (FieldError e = applyTask(body, task, false); e.isError())
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

    // The report streams from a temporary file: memory stays that of one row whatever the size.
    void executionsCsv(const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        const QUrlQuery q = req.query();
        ExecutionRepository::Filter filter;
        if (auto bad = readFilter(q, filter)) {
            bad->write(std::move(responder));
            return;
        }
        const QString output = q.queryItemValue(QStringLiteral("output"));
        const bool withOutput = output != QStringLiteral("0") && output != QStringLiteral("false");
        auto *file = new QTemporaryFile;
        if (!file->open()) {
            delete file;
            jsonError(Status::InternalServerError, QStringLiteral("cannot create a temporary file"))
                .write(std::move(responder));
            return;
        }
        ExecutionReportWriter writer(file, withOutput ? ExecutionReportWriter::Output::Included
                                                      : ExecutionReportWriter::Output::Omitted);
        auto done = ExecutionReportQuery(m_db).forEach(filter, withOutput,
                                                       [&](const ExecutionReportRow &row) {
                                                           writer.writeRow(row);
                                                           return !writer.hasError();
                                                       });
        if (!done || !writer.finish()) {
            delete file;
            (done ? jsonError(Status::InternalServerError, writer.errorString())
                  : storeError(done.error()))
                .write(std::move(responder));
            return;
        }
        file->seek(0);
        // The responder owns the file from here and sends it in chunks.
        responder.write(file, "text/csv; charset=utf-8");
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
    http.route(path("/servers/<arg>/test"), Method::Post,
               [h](qint64 id, const QHttpServerRequest &req) {
                   FLEETCRON_GATE(req) return h->testServer(id);
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
               [h](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
                   if (auto denied = h->gate(req)) {
                       denied->write(std::move(responder));
                       return;
                   }
                   h->executionsCsv(req, std::move(responder));
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
