// The daemon's REST API as a script drives it: the real binary, a real sshd, HTTP on loopback.
#include "secrets/FileSecretStore.h"
#include "support/ApiDaemon.h"
#include "support/ProcessProbe.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <utility>

using fleetcron::FileSecretStore;
using fleetcron::SecretStore;
using fleetcron::test::ProcessProbe;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

namespace {

const QByteArray secretPassword = "s3cret-Pa55word-never-shown";

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString error() const { return object().value(QStringLiteral("error")).toString(); }
    QString field() const { return object().value(QStringLiteral("field")).toString(); }
};

QByteArray json(const QJsonObject &o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestApi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SshdFixture m_sshd;
    TestUnixUser m_user;
    QProcess *m_daemon = nullptr;
    QByteArray m_log;
    QByteArray m_responses; // every body the API sent, to look for the password in
    QNetworkAccessManager m_net;
    int m_port = 0;
    QByteArray m_token;
    qint64 m_webId = 0;

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FLEETCRON_DB"), m_dir.filePath(QStringLiteral("fleet.sqlite")));
        env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"),
                   m_dir.filePath(QStringLiteral("secrets")));
        env.insert(QStringLiteral("FLEETCRON_CONFIG_DIR"), m_dir.filePath(QStringLiteral("conf")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    // Sends a request and returns at once; the reply finishes later.
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                        std::optional<QByteArray> token = std::nullopt) {
        return fleetcron::test::sendApiRequest(
            m_net, m_port, verb, QStringLiteral("/v1/api") + path, token.value_or(m_token), body);
    }

    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               std::optional<QByteArray> token = std::nullopt) {
        const auto reply = fleetcron::test::waitForReply(send(verb, path, body, token));
        m_responses += reply.body;
        return Reply{reply.status, reply.body};
    }

    Reply get(const QString &path) { return call("GET", path); }
    Reply post(const QString &path, const QJsonObject &body = {}) {
        return call("POST", path, json(body));
    }

    qint64 createTask(const QJsonObject &body) {
        const Reply r = post(QStringLiteral("/tasks"), body);
        if (r.status != 201)
            qWarning("%s", r.body.constData());
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toInteger() : 0;
    }

    // Starts a run of a task whose remote command writes its pid to `pidFile`, then sleeps;
    // returns the run's id and the remote process's pid once it runs on the server.
    std::pair<qint64, qint64> startLongRun(const QString &name, const QString &pidFile) {
        QFile::remove(pidFile);
        const qint64 task =
            createTask({{QStringLiteral("name"), name},
                        {QStringLiteral("command"),
                         QStringLiteral("sh -c 'echo $$ > %1; exec sleep 600'").arg(pidFile)},
                        {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                        {QStringLiteral("servers"), QJsonArray{m_webId}}});
        if (task == 0)
            return {0, 0};
        const qint64 run = post(QStringLiteral("/tasks/%1/run").arg(task))
                               .object()
                               .value(QStringLiteral("id"))
                               .toInteger();
        return {run, ProcessProbe::waitForPidFile(pidFile, 10000)};
    }

    // Cancels a run through the API and waits until its remote command is gone and the run
    // has ended.
    bool cancelAndWait(qint64 taskId, qint64 runId, qint64 pid) {
        if (post(QStringLiteral("/runs/%1/cancel").arg(runId)).status != 202)
            return false;
        if (!ProcessProbe::waitUntilGone(pid, 15000))
            return false;
        return waitForLatest(taskId, runId).value(QStringLiteral("run_status")).toString() ==
               QStringLiteral("cancelled");
    }

    qint64 taskId(const QString &name) {
        for (const QJsonValue &t : get(QStringLiteral("/tasks")).array())
            if (t.toObject().value(QStringLiteral("name")).toString() == name)
                return t.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }

    QHash<QString, QJsonObject> settings() {
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue &v : get(QStringLiteral("/settings")).array())
            byKey.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
        return byKey;
    }

    // The latest completed output of the task once its run `runId` has ended.
    QJsonObject waitForLatest(qint64 taskId, qint64 runId) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const QJsonObject o =
                get(QStringLiteral("/tasks/%1/latest_output").arg(taskId)).object();
            if (o.value(QStringLiteral("run_id")).toInteger() == runId)
                return o;
            QTest::qWait(100);
        }
        return {};
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
        m_daemon = new QProcess(this);
        m_daemon->setProcessEnvironment(environment());
        m_daemon->start(qEnvironmentVariable("FLEETCRON_BINARY"),
                        {QStringLiteral("--daemon"), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")});
        QVERIFY(m_daemon->waitForStarted(10000));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 15000 && !m_log.contains("daemon started")) {
            m_daemon->waitForReadyRead(200);
            m_log += m_daemon->readAllStandardError();
        }
        QVERIFY2(m_log.contains("daemon started"), m_log.constData());
        const auto match =
            QRegularExpression(QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"))
                .match(QString::fromUtf8(m_log));
        QVERIFY2(match.hasMatch(), m_log.constData());
        m_port = match.captured(1).toInt();
        QVERIFY(m_port > 0);
        connect(m_daemon, &QProcess::readyReadStandardError, this,
                [this] { m_log += m_daemon->readAllStandardError(); });
    }

    void cleanupTestCase() {
        if (m_daemon) {
            m_daemon->terminate();
            if (!m_daemon->waitForFinished(15000))
                m_daemon->kill();
            m_log += m_daemon->readAllStandardError();
        }
    }

    void tokenFileAndCommand() {
        QFile file(m_dir.filePath(QStringLiteral("conf/api-token")));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll().trimmed();
        QVERIFY(stored.size() >= 32);
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(qEnvironmentVariable("FLEETCRON_BINARY"), {QStringLiteral("token")});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput().trimmed(), stored);
        m_token = stored;
    }

    void healthNeedsNoToken() {
        const Reply r = call("GET", QStringLiteral("/health"), {}, QByteArray());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void everythingElseNeedsTheToken() {
        for (const QByteArray &token : {QByteArray(), QByteArray("wrong"), m_token + "x"}) {
            for (const QString &path :
                 {QStringLiteral("/servers"), QStringLiteral("/tasks"),
                  QStringLiteral("/executions"), QStringLiteral("/nowhere")}) {
                const Reply r = call("GET", path, {}, token);
                QCOMPARE(r.status, 401);
                QVERIFY(!r.error().isEmpty());
            }
        }
        const Reply r = call("POST", QStringLiteral("/servers"),
                             json({{QStringLiteral("host"), QStringLiteral("h")}}), QByteArray());
        QCOMPARE(r.status, 401);
        QCOMPARE(get(QStringLiteral("/servers")).status, 200);
    }

    void servers() {
        Reply r = post(QStringLiteral("/servers"),
                       {{QStringLiteral("name"), QStringLiteral("web1")},
                        {QStringLiteral("host"), m_sshd.host()},
                        {QStringLiteral("port"), m_sshd.port()},
                        {QStringLiteral("username"), m_user.name()},
                        {QStringLiteral("key_path"), m_sshd.clientKeyPath()},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("web")}},
                        {QStringLiteral("max_parallel"), 8}});
        QCOMPARE(r.status, 201);
        m_webId = r.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(m_webId > 0);
        QCOMPARE(r.object().value(QStringLiteral("auth")).toString(), QStringLiteral("key"));

        r = get(QStringLiteral("/servers/%1").arg(m_webId));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("web1"));
        QCOMPARE(r.object().value(QStringLiteral("max_parallel")).toInt(), 8);

        r = call("PUT", QStringLiteral("/servers/%1").arg(m_webId),
                 json({{QStringLiteral("max_parallel"), 16}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("max_parallel")).toInt(), 16);
        QCOMPARE(r.object().value(QStringLiteral("host")).toString(), m_sshd.host());

        r = post(QStringLiteral("/servers/%1/test").arg(m_webId));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.object().value(QStringLiteral("ok")).toBool(), r.body.constData());
        QCOMPARE(r.object().value(QStringLiteral("host_key_sha256")).toString(),
                 m_sshd.hostKeyFingerprint());

        // The other tools' shape: hostname, ip, username, port, password.
        r = post(QStringLiteral("/servers"),
                 {{QStringLiteral("hostname"), QStringLiteral("db-legacy")},
                  {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                  {QStringLiteral("port"), m_sshd.port()},
                  {QStringLiteral("username"), QStringLiteral("nobody")},
                  {QStringLiteral("password"), QString::fromLatin1(secretPassword)}});
        QCOMPARE(r.status, 201);
        const qint64 pwId = r.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("db-legacy"));
        QCOMPARE(r.object().value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(r.object().value(QStringLiteral("auth")).toString(), QStringLiteral("password"));
        QVERIFY(!r.object().contains(QStringLiteral("password")));

        r = call("PUT", QStringLiteral("/servers/%1").arg(pwId),
                 json({{QStringLiteral("password"), QString::fromLatin1(secretPassword + "2")}}));
        QCOMPARE(r.status, 200);

        r = get(QStringLiteral("/servers"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 2);

        r = call("DELETE", QStringLiteral("/servers/%1").arg(pwId));
        QCOMPARE(r.status, 200);
        QCOMPARE(get(QStringLiteral("/servers/%1").arg(pwId)).status, 404);
        QCOMPARE(get(QStringLiteral("/servers")).array().size(), 1);
    }

    void tasksInEachShape() {
        // 1: interval and timeout in seconds, servers by id.
        const qint64 a = createTask({{QStringLiteral("name"), QStringLiteral("interval")},
                                     {QStringLiteral("command"), QStringLiteral("true")},
                                     {QStringLiteral("interval_seconds"), 3600},
                                     {QStringLiteral("timeout_seconds"), 30},
                                     {QStringLiteral("servers"), QJsonArray{m_webId}}});
        QVERIFY(a > 0);
        QJsonObject t = get(QStringLiteral("/tasks/%1").arg(a)).object();
        QCOMPARE(t.value(QStringLiteral("timeout_seconds")).toInt(), 30);
        QCOMPARE(t.value(QStringLiteral("servers")).toArray(), QJsonArray{m_webId});
        QVERIFY(!t.value(QStringLiteral("next_fire_at")).isNull());

        // 2: a command, a frequency and a tag: the name is derived, the targets are the tag's
        // servers.
        const qint64 b =
            createTask({{QStringLiteral("command"), QStringLiteral("uptime")},
                        {QStringLiteral("frequency"), QStringLiteral("every 30 seconds")},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("web")}},
                        {QStringLiteral("enabled"), false}});
        QVERIFY(b > 0);
        t = get(QStringLiteral("/tasks/%1").arg(b)).object();
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("uptime"));
        QCOMPARE(t.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("web")});
        QCOMPARE(t.value(QStringLiteral("target_servers")).toArray(),
                 QJsonArray{QStringLiteral("web1")});
        QCOMPARE(t.value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("every 30 seconds"));
        // A second one with the same command gets a name of its own.
        const qint64 b2 = createTask({{QStringLiteral("command"), QStringLiteral("uptime")},
                                      {QStringLiteral("frequency"), QStringLiteral("every minute")},
                                      {QStringLiteral("servers"), QJsonArray{m_webId}},
                                      {QStringLiteral("enabled"), false}});
        QVERIFY(b2 > 0);
        QVERIFY(get(QStringLiteral("/tasks/%1").arg(b2))
                    .object()
                    .value(QStringLiteral("name"))
                    .toString() != QStringLiteral("uptime"));

        // 3: cron with the other task fields, servers by name.
        const qint64 c =
            createTask({{QStringLiteral("name"), QStringLiteral("cron")},
                        {QStringLiteral("command"), QStringLiteral("date")},
                        {QStringLiteral("schedule"), QStringLiteral("*/5 * * * *")},
                        {QStringLiteral("time_zone"), QStringLiteral("Europe/Paris")},
                        {QStringLiteral("overlap"), QStringLiteral("queue")},
                        {QStringLiteral("retries"), 2},
                        {QStringLiteral("servers"), QJsonArray{QStringLiteral("web1")}}});
        QVERIFY(c > 0);
        t = get(QStringLiteral("/tasks/%1").arg(c)).object();
        QCOMPARE(t.value(QStringLiteral("overlap")).toString(), QStringLiteral("queue"));
        QCOMPARE(t.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Paris"));
        QCOMPARE(t.value(QStringLiteral("retries")).toInt(), 2);

        // Edit, disable, enable, list, delete.
        Reply r = call("PUT", QStringLiteral("/tasks/%1").arg(c),
                       json({{QStringLiteral("schedule"), QStringLiteral("0 3 * * *")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("0 3 * * *"));
        r = post(QStringLiteral("/tasks/%1/disable").arg(c));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("enabled")).toBool(), false);
        r = post(QStringLiteral("/tasks/%1/enable").arg(c));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(get(QStringLiteral("/tasks")).array().size(), 4);
        QCOMPARE(call("DELETE", QStringLiteral("/tasks/%1").arg(c)).status, 200);
        QCOMPARE(get(QStringLiteral("/tasks/%1").arg(c)).status, 404);
        QCOMPARE(call("DELETE", QStringLiteral("/tasks/%1").arg(c)).status, 404);
    }

    void runAndReadOutput() {
        const qint64 id =
            createTask({{QStringLiteral("name"), QStringLiteral("hello")},
                        {QStringLiteral("command"), QStringLiteral("echo hello; echo warn >&2")},
                        {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                        {QStringLiteral("servers"), QJsonArray{m_webId}}});
        QVERIFY(id > 0);
        qint64 lastRun = 0;
        for (int i = 0; i < 2; ++i) {
            const Reply r = post(QStringLiteral("/tasks/%1/run").arg(id));
            QCOMPARE(r.status, 202);
            QCOMPARE(r.object().value(QStringLiteral("trigger")).toString(), QStringLiteral("api"));
            lastRun = r.object().value(QStringLiteral("id")).toInteger();
            QVERIFY(lastRun > 0);
            const QJsonObject latest = waitForLatest(id, lastRun);
            QVERIFY2(!latest.isEmpty(), "the run did not complete");
        }
        const QJsonObject latest = waitForLatest(id, lastRun);
        QVERIFY(!latest.value(QStringLiteral("completion_time")).isNull());
        const QJsonArray outputs = latest.value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outputs.size(), 1);
        const QJsonObject out = outputs.at(0).toObject();
        QCOMPARE(out.value(QStringLiteral("server")).toString(), QStringLiteral("web1"));
        QCOMPARE(out.value(QStringLiteral("server_id")).toInteger(), m_webId);
        QCOMPARE(out.value(QStringLiteral("exit_code")).toInt(), 0);
        QCOMPARE(out.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(out.value(QStringLiteral("stdout")).toString(), QStringLiteral("hello\n"));
        QCOMPARE(out.value(QStringLiteral("stderr")).toString(), QStringLiteral("warn\n"));

        // Runs newest first, with their executions, a page at a time.
        Reply r = get(QStringLiteral("/tasks/%1/executions").arg(id));
        QCOMPARE(r.status, 200);
        QJsonArray runs = r.object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("id")).toInteger(), lastRun);
        const QJsonObject exec =
            runs.at(0).toObject().value(QStringLiteral("executions")).toArray().at(0).toObject();
        QCOMPARE(exec.value(QStringLiteral("stdout")).toString(), QStringLiteral("hello\n"));
        QCOMPARE(exec.value(QStringLiteral("exit_code")).toInt(), 0);
        QVERIFY(!exec.value(QStringLiteral("started_at")).isNull());
        QVERIFY(!exec.value(QStringLiteral("ended_at")).isNull());
        r = get(QStringLiteral("/tasks/%1/executions?limit=1&offset=1").arg(id));
        runs = r.object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const qint64 secondRun = runs.at(0).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(secondRun < lastRun);
        // The cursor pages as the offset does: next_before of page one asks for page two.
        r = get(QStringLiteral("/tasks/%1/executions?limit=1").arg(id));
        QCOMPARE(r.object().value(QStringLiteral("next_before")).toInteger(), lastRun);
        r = get(QStringLiteral("/tasks/%1/executions?limit=1&before=%2").arg(id).arg(lastRun));
        runs = r.object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("id")).toInteger(), secondRun);
        r = get(QStringLiteral("/tasks/%1/executions?limit=5").arg(id));
        QVERIFY(r.object().value(QStringLiteral("next_before")).isNull()); // the last page

        // Empty streams are left out.
        const qint64 quiet = createTask({{QStringLiteral("name"), QStringLiteral("quiet")},
                                         {QStringLiteral("command"), QStringLiteral("echo only")},
                                         {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                                         {QStringLiteral("servers"), QJsonArray{m_webId}}});
        const qint64 quietRun = post(QStringLiteral("/tasks/%1/run").arg(quiet))
                                    .object()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
        const QJsonObject q = waitForLatest(quiet, quietRun)
                                  .value(QStringLiteral("outputs"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(q.value(QStringLiteral("stdout")).toString(), QStringLiteral("only\n"));
        QVERIFY(!q.contains(QStringLiteral("stderr")));

        // The executions listing and its filters.
        r = get(QStringLiteral("/executions?task=%1&status=succeeded").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(r.object().value(QStringLiteral("total_exact")).toBool(), true);
        // A page by cursor: the newest, then the one below it, then none.
        r = get(QStringLiteral("/executions?task=%1&status=succeeded&limit=1").arg(id));
        const QJsonArray newest = r.object().value(QStringLiteral("executions")).toArray();
        const qint64 cursor = r.object().value(QStringLiteral("next_before")).toInteger();
        QCOMPARE(cursor, newest.at(0).toObject().value(QStringLiteral("id")).toInteger());
        r = get(QStringLiteral("/executions?task=%1&status=succeeded&limit=1&before=%2")
                    .arg(id)
                    .arg(cursor));
        const QJsonArray older = r.object().value(QStringLiteral("executions")).toArray();
        QCOMPARE(older.size(), 1);
        QVERIFY(older.at(0).toObject().value(QStringLiteral("id")).toInteger() < cursor);
        QCOMPARE(r.object().value(QStringLiteral("total")).toInt(), 2); // the cursor aside
        r = get(QStringLiteral("/executions?task=%1&status=succeeded&limit=1&before=%2")
                    .arg(id)
                    .arg(older.at(0).toObject().value(QStringLiteral("id")).toInteger()));
        QCOMPARE(r.object().value(QStringLiteral("executions")).toArray().size(), 0);
        QVERIFY(r.object().value(QStringLiteral("next_before")).isNull());
        r = get(QStringLiteral("/executions?server=web1&since=2000-01-01T00:00:00Z"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QStringLiteral("total")).toInt() >= 3);
        r = get(QStringLiteral("/executions?task=hello&until=2000-01-01T00:00:00Z"));
        QCOMPARE(r.object().value(QStringLiteral("total")).toInt(), 0);
        // The same filters as CSV, streamed through the report writer.
        r = get(QStringLiteral("/executions.csv?task=%1").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(
            r.body.left(r.body.indexOf("\r\n")),
            QByteArray("run_id,execution_id,task,server,host,trigger,scheduled_for,"
                       "started_at,ended_at,duration_ms,status,exit_code,error,stdout,stderr"));
        QCOMPARE(r.body.count(",hello,web1,"), 2);
        QCOMPARE(r.body.count("\"hello\n\""), 2);
        r = get(QStringLiteral("/executions.csv?task=%1&output=0").arg(id));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.startsWith("run_id,"));
        QVERIFY(!r.body.contains("stdout"));
        QCOMPARE(r.body.count(",hello,web1,"), 2);
        r = get(QStringLiteral("/executions.csv?status=bogus"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("status"));
        r = get(QStringLiteral("/executions?status=bogus"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("status"));
        r = get(QStringLiteral("/executions?since=yesterday"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("since"));
    }

    void cancelARun() {
        const qint64 id = createTask({{QStringLiteral("name"), QStringLiteral("slow")},
                                      {QStringLiteral("command"), QStringLiteral("sleep 30")},
                                      {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                                      {QStringLiteral("servers"), QJsonArray{m_webId}}});
        QVERIFY(id > 0);
        const qint64 run = post(QStringLiteral("/tasks/%1/run").arg(id))
                               .object()
                               .value(QStringLiteral("id"))
                               .toInteger();
        QVERIFY(run > 0);
        // Let it start on the server before cancelling.
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/executions?task=%1&status=running").arg(id))
                                      .object()
                                      .value(QStringLiteral("total"))
                                      .toInt(),
                                  1, 10000);
        QElapsedTimer t;
        t.start();
        const Reply r = post(QStringLiteral("/runs/%1/cancel").arg(run));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.object().value(QStringLiteral("cancelled")).toBool(), true);
        const QJsonObject latest = waitForLatest(id, run);
        QVERIFY(t.elapsed() < 15000);
        QCOMPARE(latest.value(QStringLiteral("run_status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(post(QStringLiteral("/runs/%1/cancel").arg(run)).status, 409);
        QCOMPARE(post(QStringLiteral("/runs/999999/cancel")).status, 404);
    }

    void errors_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        auto row = [](const char *name, const char *verb, const char *path, const QByteArray &body,
                      int status, const char *field) {
            QTest::newRow(name) << QByteArray(verb) << QString::fromLatin1(path) << body << status
                                << QString::fromLatin1(field);
        };
        row("bad json", "POST", "/servers", "{\"host\":", 400, "body");
        row("not an object", "POST", "/tasks", "[1,2]", 400, "body");
        row("server without host", "POST", "/servers", R"({"name":"x","username":"u"})", 400,
            "host");
        row("server bad port", "POST", "/servers",
            R"({"name":"x","host":"h","username":"u","port":70000})", 400, "port");
        row("server port as text", "POST", "/servers",
            R"({"name":"x","host":"h","username":"u","port":"22"})", 400, "port");
        // A name already taken clashes with what is there: 409, as every Duplicate.
        row("server duplicate name", "POST", "/servers",
            R"({"name":"web1","host":"h","username":"u"})", 409, "name");
        row("server unreadable key", "POST", "/servers",
            R"({"name":"x","host":"h","username":"u","key_path":"/nonexistent/key"})", 400,
            "key_path");
        row("server password without auth", "POST", "/servers",
            R"({"name":"x","host":"h","username":"u","auth":"password"})", 400, "password");
        row("task without command", "POST", "/tasks", R"({"name":"t","schedule":"@every 1m"})", 400,
            "command");
        row("task without schedule", "POST", "/tasks", R"({"name":"t","command":"true"})", 400,
            "schedule");
        // The task rows name a target: without one TaskService refuses first (the next row).
        row("task bad schedule", "POST", "/tasks",
            R"({"name":"t","command":"true","schedule":"61 * * * *","servers":["web1"]})", 400,
            "schedule");
        row("task bad frequency", "POST", "/tasks",
            R"({"name":"t","command":"true","frequency":"now and then","servers":["web1"]})", 400,
            "schedule");
        row("task two schedules", "POST", "/tasks",
            R"({"name":"t","command":"true","schedule":"@every 1m","interval_seconds":5})", 400,
            "schedule");
        row("task unknown server", "POST", "/tasks",
            R"({"name":"t","command":"true","schedule":"@every 1m","servers":[424242]})", 400,
            "servers");
        row("task bad zone", "POST", "/tasks",
            R"({"name":"t","command":"true","schedule":"@every 1m","time_zone":"Mars/Olympus",)"
            R"("servers":["web1"]})",
            400, "time_zone");
        row("task duplicate name", "POST", "/tasks",
            R"({"name":"hello","command":"true","schedule":"@every 1m","servers":["web1"]})", 409,
            "name");
        row("task bad overlap", "POST", "/tasks",
            R"({"name":"t","command":"true","schedule":"@every 1m","overlap":"sometimes"})", 400,
            "overlap");
        // The services' own errors, field included: the id that names nothing.
        row("unknown server", "GET", "/servers/999999", {}, 404, "id");
        row("unknown server put", "PUT", "/servers/999999", "{}", 404, "id");
        row("unknown server delete", "DELETE", "/servers/999999", {}, 404, "id");
        row("unknown server test", "POST", "/servers/999999/test", {}, 404, "id");
        row("unknown task", "GET", "/tasks/999999", {}, 404, "id");
        row("unknown task put", "PUT", "/tasks/999999", "{}", 404, "id");
        row("unknown task delete", "DELETE", "/tasks/999999", {}, 404, "id");
        row("unknown task run", "POST", "/tasks/999999/run", {}, 404, "id");
        row("unknown task enable", "POST", "/tasks/999999/enable", {}, 404, "id");
        row("unknown task executions", "GET", "/tasks/999999/executions", {}, 404, "id");
        row("unknown task output", "GET", "/tasks/999999/latest_output", {}, 404, "id");
        row("unknown run cancel", "POST", "/runs/999999/cancel", {}, 404, "id");
        row("unknown setting", "PUT", "/settings", R"({"engine.no_such_key":1})", 400,
            "engine.no_such_key");
        row("setting out of range", "PUT", "/settings", R"({"engine.global_limit":0})", 400,
            "engine.global_limit");
        row("setting not a number", "PUT", "/settings", R"({"engine.global_limit":"many"})", 400,
            "engine.global_limit");
        row("no setting", "PUT", "/settings", "{}", 400, "");
        row("bad audit since", "GET", "/audit?since=yesterday", {}, 400, "since");
        row("bad audit limit", "GET", "/audit?limit=0", {}, 400, "limit");
        row("unknown endpoint", "GET", "/frobnicate", {}, 404, "");
        row("bad page", "GET", "/executions?limit=0", {}, 400, "limit");
        row("oversized body", "POST", "/servers",
            "{\"name\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}", 413, "");
    }

    void errors() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const int serversBefore = get(QStringLiteral("/servers")).array().size();
        const int tasksBefore = get(QStringLiteral("/tasks")).array().size();
        const Reply r = call(verb, path, body);
        QCOMPARE(r.status, status);
        QVERIFY2(!r.error().isEmpty(), r.body.left(300).constData());
        QCOMPARE(r.field(), field);
        // Nothing half-saved.
        QCOMPARE(get(QStringLiteral("/servers")).array().size(), serversBefore);
        QCOMPARE(get(QStringLiteral("/tasks")).array().size(), tasksBefore);
    }

    void passwordNeverShown() {
        QVERIFY(!m_responses.isEmpty());
        QVERIFY(!m_responses.contains(secretPassword));
        m_log += m_daemon->readAllStandardError();
        QVERIFY(!m_log.isEmpty());
        QVERIFY(!m_log.contains(secretPassword));
        QVERIFY(!m_log.contains(m_token));
    }

    // A connection test to a server that accepts TCP but never sends its SSH banner lasts the
    // whole connect timeout. It runs off the daemon's thread: meanwhile other requests,
    // including a CSV report, answer at once, and a client that gives up on such a test
    // leaves the daemon unharmed.
    void slowRequestsDoNotStallTheDaemon() {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held; // accepted and left unanswered
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection())
                held.append(socket);
        });
        Reply r = post(QStringLiteral("/servers"),
                       {{QStringLiteral("name"), QStringLiteral("silent")},
                        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("port"), int(silent.serverPort())},
                        {QStringLiteral("username"), m_user.name()},
                        {QStringLiteral("key_path"), m_sshd.clientKeyPath()}});
        QCOMPARE(r.status, 201);
        const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
        const QString testPath = QStringLiteral("/servers/%1/test").arg(id);

        QElapsedTimer sinceStart;
        sinceStart.start();
        QNetworkReply *slow = send("POST", testPath);
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), qsizetype(1),
                                  10000); // the daemon is waiting for a banner
        for (const QString &path :
             {QStringLiteral("/health"), QStringLiteral("/tasks"), QStringLiteral("/servers"),
              QStringLiteral("/executions.csv")}) {
            QElapsedTimer t;
            t.start();
            const Reply quick = get(path);
            QCOMPARE(quick.status, 200);
            QVERIFY2(t.elapsed() < 2000, qPrintable(QStringLiteral("%1 took %2 ms during a "
                                                                   "connection test")
                                                        .arg(path)
                                                        .arg(t.elapsed())));
        }
        QVERIFY2(!slow->isFinished(), "the connection test ended before the other requests");
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 30000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject result = QJsonDocument::fromJson(slow->readAll()).object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY2(sinceStart.elapsed() >= 5000, "the test did not wait for the banner");
        slow->deleteLater();

        // The client goes away mid-test; the test's answer then has nowhere to go.
        QNetworkReply *abandoned = send("POST", testPath);
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), qsizetype(2), 10000);
        abandoned->abort();
        abandoned->deleteLater();
        // The daemon hangs up on the silent server when its connect timeout is over.
        QTRY_VERIFY_WITH_TIMEOUT(held.last()->state() == QAbstractSocket::UnconnectedState, 30000);
        QTest::qWait(300);
        QCOMPARE(get(QStringLiteral("/health")).status, 200);
        QCOMPARE(m_daemon->state(), QProcess::Running);
        QCOMPARE(call("DELETE", QStringLiteral("/servers/%1").arg(id)).status, 200);
        qDeleteAll(held);
    }

    // A task whose run is active is not deleted: the remote command would go on unseen and the
    // run's rows with it. The refusal changes nothing; cancelled, the command stops and the
    // task can go.
    void deleteTaskWhileItRunsIsRefused() {
        const QString pidFile = m_sshd.sharedDirectory() + QStringLiteral("/api-delete.pid");
        const auto [run, pid] = startLongRun(QStringLiteral("long delete"), pidFile);
        QVERIFY(run > 0);
        QVERIFY2(pid > 0, "the remote command did not start");
        const qint64 id = taskId(QStringLiteral("long delete"));

        Reply r = call("DELETE", QStringLiteral("/tasks/%1").arg(id));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.field(), QStringLiteral("task"));
        QVERIFY2(r.error().contains(QStringLiteral("#%1").arg(run)), qPrintable(r.error()));
        QCOMPARE(get(QStringLiteral("/tasks/%1").arg(id)).status, 200);
        r = get(QStringLiteral("/tasks/%1/executions").arg(id));
        QCOMPARE(r.object().value(QStringLiteral("runs")).toArray().size(), 1);
        QCOMPARE(get(QStringLiteral("/executions?task=%1&status=running").arg(id))
                     .object()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);
        QVERIFY(ProcessProbe::isAlive(pid));

        QVERIFY2(cancelAndWait(id, run, pid), "the cancelled command went on running");
        // The run's rows stayed through the refused delete.
        r = get(QStringLiteral("/tasks/%1/executions").arg(id));
        const QJsonObject ended =
            r.object().value(QStringLiteral("runs")).toArray().at(0).toObject();
        QCOMPARE(ended.value(QStringLiteral("id")).toInteger(), run);
        QCOMPARE(ended.value(QStringLiteral("executions")).toArray().size(), 1);
        QCOMPARE(call("DELETE", QStringLiteral("/tasks/%1").arg(id)).status, 200);
        QCOMPARE(get(QStringLiteral("/tasks/%1").arg(id)).status, 404);
    }

    // Clearing a task's servers and tags widens it to every server, as a task added without
    // targets: the answer shows what it now reaches.
    void taskEditWithoutTargetsReachesEveryServer() {
        const qint64 id = createTask({{QStringLiteral("name"), QStringLiteral("targeted")},
                                      {QStringLiteral("command"), QStringLiteral("true")},
                                      {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                                      {QStringLiteral("servers"), QJsonArray{m_webId}}});
        QVERIFY(id > 0);
        const Reply r = call("PUT", QStringLiteral("/tasks/%1").arg(id),
                             json({{QStringLiteral("servers"), QJsonArray{}}}));
        QCOMPARE(r.status, 200);
        const QJsonObject task = get(QStringLiteral("/tasks/%1").arg(id)).object();
        QCOMPARE(task.value(QStringLiteral("servers")).toArray(), QJsonArray{});
        QStringList everyServer;
        for (const QJsonValue &s : get(QStringLiteral("/servers")).array())
            everyServer << s.toObject().value(QStringLiteral("name")).toString();
        QStringList reached;
        for (const QJsonValue &s : task.value(QStringLiteral("target_servers")).toArray())
            reached << s.toString();
        everyServer.sort();
        reached.sort();
        QVERIFY(!reached.isEmpty());
        QCOMPARE(reached, everyServer);
        QCOMPARE(call("DELETE", QStringLiteral("/tasks/%1").arg(id)).status, 200);
    }

    // Removing a server removes its password from the secret store; a server that runs
    // something now is not removed until the run ends.
    void serverRemovalTakesItsSecretAndWaitsForItsRuns() {
        Reply r = post(QStringLiteral("/servers"),
                       {{QStringLiteral("name"), QStringLiteral("pw-removed")},
                        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("port"), m_sshd.port()},
                        {QStringLiteral("username"), QStringLiteral("nobody")},
                        {QStringLiteral("password"), QString::fromLatin1(secretPassword)}});
        QCOMPARE(r.status, 201);
        const qint64 pwId = r.object().value(QStringLiteral("id")).toInteger();
        FileSecretStore store(m_dir.filePath(QStringLiteral("secrets")));
        QCOMPARE(store.read(SecretStore::passwordKey(pwId)).secret,
                 QString::fromLatin1(secretPassword));
        QCOMPARE(call("DELETE", QStringLiteral("/servers/%1").arg(pwId)).status, 200);
        QVERIFY(store.read(SecretStore::passwordKey(pwId)).notFound());

        const QString pidFile = m_sshd.sharedDirectory() + QStringLiteral("/api-server.pid");
        const auto [run, pid] = startLongRun(QStringLiteral("long server"), pidFile);
        QVERIFY(run > 0);
        QVERIFY2(pid > 0, "the remote command did not start");
        r = call("DELETE", QStringLiteral("/servers/%1").arg(m_webId));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.field(), QStringLiteral("server"));
        QVERIFY2(r.error().contains(QStringLiteral("web1")), qPrintable(r.error()));
        QCOMPARE(get(QStringLiteral("/servers/%1").arg(m_webId)).status, 200);
        QVERIFY(ProcessProbe::isAlive(pid));
        const qint64 id = taskId(QStringLiteral("long server"));
        QVERIFY2(cancelAndWait(id, run, pid), "the cancelled command went on running");
        QCOMPARE(call("DELETE", QStringLiteral("/tasks/%1").arg(id)).status, 200);
    }

    void settingsReadAndChanged() {
        QHash<QString, QJsonObject> byKey = settings();
        for (const char *key :
             {"engine.global_limit", "engine.lease_seconds", "tasks.default_max_output_bytes",
              "retention.days", "retention.runs_per_task"}) {
            const QJsonObject s = byKey.value(QString::fromLatin1(key));
            QVERIFY2(!s.isEmpty(), key);
            for (const char *field : {"value", "default", "min", "max", "unit", "description"})
                QVERIFY2(s.contains(QString::fromLatin1(field)), field);
        }
        const QJsonObject limit = byKey.value(QStringLiteral("engine.global_limit"));
        QCOMPARE(limit.value(QStringLiteral("default")).toInteger(), 64);
        QCOMPARE(limit.value(QStringLiteral("min")).toInteger(), 1);
        QCOMPARE(limit.value(QStringLiteral("max")).toInteger(), 1024);
        QCOMPARE(limit.value(QStringLiteral("unit")).toString(), QStringLiteral("executions"));
        QVERIFY(!limit.value(QStringLiteral("description")).toString().isEmpty());

        Reply r = call("PUT", QStringLiteral("/settings"),
                       json({{QStringLiteral("engine.global_limit"), 7},
                             {QStringLiteral("retention.days"), QStringLiteral("30")}}));
        QCOMPARE(r.status, 200);
        byKey = settings();
        QCOMPARE(byKey.value(QStringLiteral("engine.global_limit"))
                     .value(QStringLiteral("value"))
                     .toInteger(),
                 7);
        QCOMPARE(byKey.value(QStringLiteral("retention.days"))
                     .value(QStringLiteral("value"))
                     .toInteger(),
                 30);
        // This daemon's engine applies the new limit at once.
        QTRY_VERIFY_WITH_TIMEOUT(m_log.contains("settings loaded: global limit 7"), 5000);

        // All or nothing: one value out of range, and the valid one beside it is not saved.
        r = call("PUT", QStringLiteral("/settings"),
                 json({{QStringLiteral("engine.global_limit"), 9},
                       {QStringLiteral("retention.days"), -1}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("retention.days"));
        QVERIFY2(r.error().contains(QStringLiteral("retention.days")), qPrintable(r.error()));
        byKey = settings();
        QCOMPARE(byKey.value(QStringLiteral("engine.global_limit"))
                     .value(QStringLiteral("value"))
                     .toInteger(),
                 7);
        QCOMPARE(byKey.value(QStringLiteral("retention.days"))
                     .value(QStringLiteral("value"))
                     .toInteger(),
                 30);
        QCOMPARE(call("PUT", QStringLiteral("/settings"),
                      json({{QStringLiteral("engine.global_limit"), 64}}))
                     .status,
                 200);
    }

    // Every change above went through the API: the audit log says so, with before and after
    // as objects, and a refused change left no entry.
    void auditListsTheApiChanges() {
        Reply r = get(QStringLiteral("/audit?limit=1000"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(secretPassword));
        const QJsonArray entries = r.object().value(QStringLiteral("entries")).toArray();
        QVERIFY(!entries.isEmpty());
        QSet<QString> actions;
        QJsonObject settingChange;
        QJsonObject taskDelete;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("face")).toString(), QStringLiteral("api"));
            // Recorded under the token's name (docs/ACCESS.md): the token file's is "legacy".
            QCOMPARE(e.value(QStringLiteral("actor")).toString(), QStringLiteral("legacy"));
            QVERIFY(!e.value(QStringLiteral("at")).toString().isEmpty());
            const QString target = e.value(QStringLiteral("target_name")).toString();
            // The error cases' bodies were refused: none of them was recorded.
            QVERIFY2(target != QStringLiteral("t") && target != QStringLiteral("x"),
                     qPrintable(target));
            const QString action = e.value(QStringLiteral("action")).toString();
            actions.insert(action);
            if (action == QStringLiteral("setting.set") && settingChange.isEmpty() &&
                target == QStringLiteral("retention.days"))
                settingChange = e;
            if (action == QStringLiteral("task.delete") && target == QStringLiteral("long delete"))
                taskDelete = e;
        }
        for (const char *action : {"server.create", "server.update", "server.delete", "server.pin",
                                   "task.create", "task.update", "task.disable", "task.enable",
                                   "task.delete", "run.start", "run.cancel", "setting.set"})
            QVERIFY2(actions.contains(QString::fromLatin1(action)), action);
        QCOMPARE(settingChange.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInteger(),
                 90);
        QCOMPARE(settingChange.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInteger(),
                 30);
        QCOMPARE(taskDelete.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("long delete"));
        QVERIFY(taskDelete.value(QStringLiteral("after")).isNull());

        // Newest first, a page at a time, and since a time.
        r = get(QStringLiteral("/audit?limit=1"));
        QCOMPARE(r.object().value(QStringLiteral("entries")).toArray().size(), 1);
        QCOMPARE(r.object().value(QStringLiteral("entries")).toArray().at(0), entries.at(0));
        const QString later =
            QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs);
        r = get(QStringLiteral("/audit?since=%1").arg(later));
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QStringLiteral("entries")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "TestApi.moc"
