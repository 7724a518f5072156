// The REST API's aliases in other tools' request shapes (issue 14), sent verbatim to the real
// `fleetcron --daemon`, its tasks run over a real sshd: POST /api/v1/tasks/create and
// latest_output, the /jobs API with one-shot jobs reaching finished or error, the same fields
// in PUT as in POST, unknown fields refused by name, and 405 with Allow on a known path.
#include "support/ApiDaemon.h"

#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <functional>

using fleetcron::test::ApiDaemon;
using fleetcron::test::ApiReply;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

class TestApiCompat : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    TestUnixUser m_user;
    ApiDaemon m_api;
    qint64 m_webId = 0;

    ApiReply get(const QString &path) { return m_api.call("GET", path); }

    int taskCount() { return get(QStringLiteral("/v1/api/tasks")).array().size(); }

    // Polls GET `path` until `done` holds for its JSON (20 s at most); returns the last answer.
    QJsonObject waitFor(const QString &path, const std::function<bool(const QJsonObject &)> &done) {
        QElapsedTimer t;
        t.start();
        QJsonObject o;
        while (t.elapsed() < 20000) {
            o = get(path).object();
            if (done(o))
                return o;
            QTest::qWait(100);
        }
        return o;
    }

    QJsonObject waitForStatus(qint64 job, const QString &status) {
        return waitFor(QStringLiteral("/jobs/%1").arg(job), [&](const QJsonObject &o) {
            return o.value(QStringLiteral("status")).toString() == status;
        });
    }

    // `fleetcron ARGS` against the daemon's database: its exit code and standard output.
    std::pair<int, QByteArray> cli(const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(m_api.environment());
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        if (!p.waitForFinished(20000))
            return {-1, {}};
        return {p.exitCode(), p.readAllStandardOutput()};
    }

    // A server on the test's sshd, added through the API: its id, 0 if refused.
    qint64 addServer(const QString &name) {
        const ApiReply r =
            m_api.call("POST", QStringLiteral("/v1/api/servers"),
                       QJsonObject{{QStringLiteral("name"), name},
                                   {QStringLiteral("host"), m_sshd.host()},
                                   {QStringLiteral("port"), m_sshd.port()},
                                   {QStringLiteral("username"), m_user.name()},
                                   {QStringLiteral("key_path"), m_sshd.clientKeyPath()}});
        return r.status == 201 ? r.object().value(QStringLiteral("id")).toInteger() : 0;
    }

    int runCount(qint64 task) {
        return get(QStringLiteral("/v1/api/tasks/%1/executions").arg(task))
            .object()
            .value(QStringLiteral("runs"))
            .toArray()
            .size();
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
        QVERIFY2(m_api.start(), qPrintable(m_api.error()));
        m_webId = addServer(QStringLiteral("web1"));
        QVERIFY(m_webId > 0);
    }

    void cleanupTestCase() { m_api.stop(); }

    // The issue's request as sent, without servers: the rule every face applies (no targets
    // given means every server) takes it, and its latest output has one entry per server.
    void aliasCreateWithoutServersRunsOnEveryServer() {
        const qint64 web2 = addServer(QStringLiteral("web2"));
        QVERIFY(web2 > 0);
        ApiReply r =
            m_api.call("POST", QStringLiteral("/api/v1/tasks/create"),
                       R"({"command": "echo everywhere", "frequency": "every 30 seconds"})");
        QCOMPARE(r.status, 200);
        const qint64 id = r.object().value(QStringLiteral("command_id")).toString().toLongLong();
        QVERIFY2(id > 0, r.body.constData());
        const QJsonObject task = get(QStringLiteral("/v1/api/tasks/%1").arg(id)).object();
        QCOMPARE(task.value(QStringLiteral("servers")).toArray().size(), 0);
        QCOMPARE(task.value(QStringLiteral("target_servers")).toArray(),
                 (QJsonArray{QStringLiteral("web1"), QStringLiteral("web2")}));

        QCOMPARE(m_api.call("POST", QStringLiteral("/v1/api/tasks/%1/run").arg(id)).status, 202);
        const QString latest = QStringLiteral("/api/v1/tasks/%1/latest_output").arg(id);
        const QJsonObject o = waitFor(latest, [](const QJsonObject &o) {
            return !o.value(QStringLiteral("completion_time")).isNull();
        });
        QSet<QString> agents;
        for (const QJsonValue &v : o.value(QStringLiteral("outputs")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("stdout")).toString(),
                     QStringLiteral("everywhere\n"));
            agents.insert(v.toObject().value(QStringLiteral("agent_id")).toString());
        }
        QCOMPARE(agents, (QSet<QString>{QStringLiteral("web1"), QStringLiteral("web2")}));

        QCOMPARE(m_api.call("DELETE", QStringLiteral("/v1/api/tasks/%1").arg(id)).status, 200);
        QCOMPARE(m_api.call("DELETE", QStringLiteral("/v1/api/servers/%1").arg(web2)).status, 200);
    }

    void aliasCreateAndLatestOutput() {
        ApiReply r = m_api.call("POST", QStringLiteral("/api/v1/tasks/create"),
                                R"({"command": "echo compat-out; echo compat-err >&2", )"
                                R"("frequency": "every 30 seconds", "servers": ["web1"]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().keys(), QStringList{QStringLiteral("command_id")});
        const QJsonValue commandId = r.object().value(QStringLiteral("command_id"));
        QVERIFY(commandId.isString());
        const qint64 id = commandId.toString().toLongLong();
        QVERIFY(id > 0);
        const QJsonObject task = get(QStringLiteral("/v1/api/tasks/%1").arg(id)).object();
        QCOMPARE(task.value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("every 30 seconds"));
        QCOMPARE(task.value(QStringLiteral("servers")).toArray(), QJsonArray{m_webId});

        const QString latest = QStringLiteral("/api/v1/tasks/%1/latest_output").arg(id);
        r = get(latest);
        QCOMPARE(r.status, 200);
        QVERIFY(r.object().value(QStringLiteral("completion_time")).isNull());
        QCOMPARE(r.object().value(QStringLiteral("outputs")).toArray().size(), 0);

        QCOMPARE(m_api.call("POST", QStringLiteral("/v1/api/tasks/%1/run").arg(id)).status, 202);
        const QJsonObject o = waitFor(latest, [](const QJsonObject &o) {
            return !o.value(QStringLiteral("completion_time")).isNull();
        });
        const QDateTime completed = QDateTime::fromString(
            o.value(QStringLiteral("completion_time")).toString(), Qt::ISODateWithMs);
        QVERIFY2(completed.isValid(), QJsonDocument(o).toJson().constData());
        QVERIFY(qAbs(completed.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const QJsonArray outputs = o.value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outputs.size(), 1);
        const QJsonObject out = outputs.at(0).toObject();
        QCOMPARE(out.value(QStringLiteral("agent_id")).toString(), QStringLiteral("web1"));
        QCOMPARE(out.value(QStringLiteral("server_id")).toInteger(), m_webId);
        QCOMPARE(out.value(QStringLiteral("stdout")).toString(), QStringLiteral("compat-out\n"));
        QCOMPARE(out.value(QStringLiteral("stderr")).toString(), QStringLiteral("compat-err\n"));
        QCOMPARE(out.value(QStringLiteral("output")).toString(),
                 QStringLiteral("compat-out\ncompat-err\n"));

        QCOMPARE(get(QStringLiteral("/api/v1/tasks/999999/latest_output")).status, 404);
    }

    void jobLifecycle() {
        ApiReply r = m_api.call("POST", QStringLiteral("/jobs"),
                                R"({"name": "nightly", "schedule": "0 3 * * *", "type": )"
                                R"("command", "command": "true", "servers": ["web1"]})");
        QCOMPARE(r.status, 201);
        const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("scheduled"));
        QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("command"));
        QCOMPARE(r.object().value(QStringLiteral("command")).toString(), QStringLiteral("true"));
        QVERIFY(!r.object().value(QStringLiteral("next_run_at")).isNull());

        bool listed = false;
        for (const QJsonValue &j : get(QStringLiteral("/jobs")).array())
            listed = listed || j.toObject().value(QStringLiteral("id")).toInteger() == id;
        QVERIFY(listed);

        r = m_api.call("PUT", QStringLiteral("/jobs/%1").arg(id),
                       R"({"schedule": "30 4 * * *", "type": "script", "script": "echo hi"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("schedule")).toString(),
                 QStringLiteral("30 4 * * *"));
        QCOMPARE(r.object().value(QStringLiteral("type")).toString(), QStringLiteral("script"));
        QCOMPARE(get(QStringLiteral("/jobs/%1").arg(id))
                     .object()
                     .value(QStringLiteral("script"))
                     .toString(),
                 QStringLiteral("echo hi"));

        r = m_api.call("PUT", QStringLiteral("/jobs/%1").arg(id), R"({"enabled": false})");
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));

        QCOMPARE(m_api.call("DELETE", QStringLiteral("/jobs/%1").arg(id)).status, 200);
        QCOMPARE(get(QStringLiteral("/jobs/%1").arg(id)).status, 404);
    }

    // `@once` fires once, at once, and reaches finished (every execution ok) or error.
    // A one-shot job is `running` while its command runs, then `finished`; the same state in
    // /v1/api/tasks.
    void onceJobIsRunningWhileItRuns() {
        ApiReply r = m_api.call("POST", QStringLiteral("/jobs"),
                                R"({"name": "once-slow", "schedule": "@once", "type": "command", )"
                                R"("command": "sleep 3", "servers": ["web1"]})");
        QCOMPARE(r.status, 201);
        const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
        QJsonObject job = waitForStatus(id, QStringLiteral("running"));
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        QCOMPARE(get(QStringLiteral("/v1/api/tasks/%1").arg(id))
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("running"));
        job = waitForStatus(id, QStringLiteral("finished"));
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    }

    void onceJobsFinishOrFail() {
        ApiReply r = m_api.call("POST", QStringLiteral("/jobs"),
                                R"({"name": "once-ok", "schedule": "@once", "type": "command", )"
                                R"("command": "echo once", "servers": ["web1"]})");
        QCOMPARE(r.status, 201);
        const qint64 ok = r.object().value(QStringLiteral("id")).toInteger();
        r = m_api.call("POST", QStringLiteral("/jobs"),
                       R"({"name": "once-bad", "schedule": "@once", "type": "script", )"
                       R"("script": "echo bad; exit 3", "servers": ["web1"]})");
        QCOMPARE(r.status, 201);
        const qint64 bad = r.object().value(QStringLiteral("id")).toInteger();

        QJsonObject job = waitForStatus(ok, QStringLiteral("finished"));
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QVERIFY(job.value(QStringLiteral("next_run_at")).isNull());
        QCOMPARE(job.value(QStringLiteral("last_run"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("succeeded"));
        job = waitForStatus(bad, QStringLiteral("error"));
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(get(QStringLiteral("/api/v1/tasks/%1/latest_output").arg(bad))
                     .object()
                     .value(QStringLiteral("outputs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("exit_code"))
                     .toInt(),
                 3);

        // Once means once: no second run however long one waits past the first.
        QTest::qWait(3000);
        QCOMPARE(runCount(ok), 1);
        QCOMPARE(runCount(bad), 1);

        // The same state on the other faces: /v1/api/tasks and the CLI.
        QCOMPARE(get(QStringLiteral("/v1/api/tasks/%1").arg(ok))
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("finished"));
        auto [code, out] = cli({QStringLiteral("task"), QStringLiteral("show"),
                                QStringLiteral("once-bad"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("error"));
        std::tie(code, out) =
            cli({QStringLiteral("task"), QStringLiteral("show"), QStringLiteral("once-ok")});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("state:       finished"), out.constData());
        std::tie(code, out) =
            cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(code, 0);
        QStringList states;
        for (const QJsonValue &t : QJsonDocument::fromJson(out).array())
            states << t.toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(states.contains(QStringLiteral("finished")) &&
                     states.contains(QStringLiteral("error")),
                 out.constData());
    }

    // A run-at time: the issue's request stays scheduled for its instant; one a few seconds
    // ahead fires then and finishes; one in the past is refused, as it would never fire.
    void runAtJobs() {
        const QDateTime xmas =
            QDateTime::fromString(QStringLiteral("2026-12-24T10:00:00+01:00"), Qt::ISODate);
        ApiReply r = m_api.call("POST", QStringLiteral("/jobs"),
                                R"({"name": "xmas", "run_at": "2026-12-24T10:00:00+01:00", )"
                                R"("type": "command", "command": "true", "servers": ["web1"]})");
        if (xmas > QDateTime::currentDateTimeUtc()) {
            QCOMPARE(r.status, 201);
            QCOMPARE(r.object().value(QStringLiteral("status")).toString(),
                     QStringLiteral("scheduled"));
            QCOMPARE(r.object().value(QStringLiteral("schedule")).toString(),
                     QStringLiteral("@at 2026-12-24T10:00:00+01:00"));
            QCOMPARE(r.object().value(QStringLiteral("next_run_at")).toString(),
                     QStringLiteral("2026-12-24T09:00:00.000Z"));
            QCOMPARE(r.object().value(QStringLiteral("run_at")).toString(),
                     QStringLiteral("2026-12-24T09:00:00.000Z"));
        } else {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.field(), QStringLiteral("run_at"));
        }

        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3);
        r = m_api.call(
            "POST", QStringLiteral("/jobs"),
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("soon")},
                {QStringLiteral("schedule"), QStringLiteral("@at ") + soon.toString(Qt::ISODate)},
                {QStringLiteral("type"), QStringLiteral("command")},
                {QStringLiteral("command"), QStringLiteral("echo at")},
                {QStringLiteral("servers"), QJsonArray{QStringLiteral("web1")}}});
        QCOMPARE(r.status, 201);
        const qint64 id = r.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("scheduled"));
        const QJsonObject job = waitForStatus(id, QStringLiteral("finished"));
        QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        const QDateTime ran = QDateTime::fromString(job.value(QStringLiteral("last_run"))
                                                        .toObject()
                                                        .value(QStringLiteral("scheduled_for"))
                                                        .toString(),
                                                    Qt::ISODateWithMs);
        QCOMPARE(ran, soon.addMSecs(-soon.time().msec()));
        QCOMPARE(runCount(id), 1);

        const int before = taskCount();
        r = m_api.call("POST", QStringLiteral("/jobs"),
                       R"({"name": "past", "run_at": "2020-01-01T00:00:00Z", "type": "command", )"
                       R"("command": "true", "servers": ["web1"]})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), QStringLiteral("run_at"));
        QVERIFY2(r.error().contains(QStringLiteral("in the past")), r.body.constData());
        QCOMPARE(taskCount(), before);
    }

    void jobErrors_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad run_at") << QByteArray(R"({"name":"j","run_at":"tomorrow",)"
                                                  R"("command":"true","servers":["web1"]})")
                                    << QStringLiteral("run_at");
        QTest::newRow("run_at and schedule")
            << QByteArray(R"({"name":"j","run_at":"2030-01-01T00:00:00Z","schedule":"@once",)"
                          R"("command":"true","servers":["web1"]})")
            << QStringLiteral("run_at");
        QTest::newRow("bad type") << QByteArray(R"({"name":"j","schedule":"@once","type":"shell",)"
                                                R"("command":"true","servers":["web1"]})")
                                  << QStringLiteral("type");
        QTest::newRow("type without its field")
            << QByteArray(R"({"name":"j","schedule":"@once","type":"script","command":"true",)"
                          R"("servers":["web1"]})")
            << QStringLiteral("type");
        QTest::newRow("bad cron") << QByteArray(R"({"name":"j","schedule":"61 * * * *",)"
                                                R"("command":"true","servers":["web1"]})")
                                  << QStringLiteral("schedule");
    }

    void jobErrors() {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const int before = taskCount();
        const ApiReply r = m_api.call("POST", QStringLiteral("/jobs"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), field);
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(taskCount(), before);
    }

    // frequency_seconds, interval_seconds, hostname, ip and username: PUT takes what POST takes.
    void putTakesThePostFields() {
        ApiReply r = m_api.call("POST", QStringLiteral("/v1/api/tasks"),
                                R"({"name": "fs", "command": "true", "frequency_seconds": 90, )"
                                R"("servers": ["web1"]})");
        QCOMPARE(r.status, 201);
        const qint64 task = r.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(r.object().value(QStringLiteral("schedule")).toString(), QStringLiteral("90"));
        r = m_api.call("PUT", QStringLiteral("/v1/api/tasks/%1").arg(task),
                       R"({"frequency_seconds": 120})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("schedule")).toString(), QStringLiteral("120"));
        r = m_api.call("PUT", QStringLiteral("/v1/api/tasks/%1").arg(task),
                       R"({"interval_seconds": 300})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("schedule")).toString(), QStringLiteral("300"));

        r = m_api.call("POST", QStringLiteral("/v1/api/servers"),
                       R"({"hostname": "legacy", "ip": "127.0.0.2", "username": "nobody"})");
        QCOMPARE(r.status, 201);
        const qint64 server = r.object().value(QStringLiteral("id")).toInteger();
        r = m_api.call("PUT", QStringLiteral("/v1/api/servers/%1").arg(server),
                       R"({"hostname": "legacy-2.example", "username": "deploy"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("host")).toString(),
                 QStringLiteral("legacy-2.example"));
        QCOMPARE(r.object().value(QStringLiteral("username")).toString(), QStringLiteral("deploy"));
        r = m_api.call("PUT", QStringLiteral("/v1/api/servers/%1").arg(server),
                       R"({"ip": "127.0.0.3"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.3"));
        QCOMPARE(m_api.call("DELETE", QStringLiteral("/v1/api/servers/%1").arg(server)).status,
                 200);
    }

    void unknownFieldsAreRefused_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        auto row = [](const char *name, const char *verb, const QString &path, const char *body,
                      const char *field) {
            QTest::newRow(name) << QByteArray(verb) << path << QByteArray(body)
                                << QString::fromLatin1(field);
        };
        row("task post", "POST", QStringLiteral("/v1/api/tasks"),
            R"({"name":"u","command":"true","schedule":"@every 1m","servers":["web1"],"colour":1})",
            "colour");
        row("task put", "PUT", QStringLiteral("/v1/api/tasks/%1").arg(taskId("nightly-x")),
            R"({"frequncy":"every 5 minutes"})", "frequncy");
        row("server post", "POST", QStringLiteral("/v1/api/servers"),
            R"({"host":"h","username":"u","hostnmae":"x"})", "hostnmae");
        row("server put", "PUT", QStringLiteral("/v1/api/servers/%1").arg(m_webId),
            R"({"max_paralel":4})", "max_paralel");
        row("alias create", "POST", QStringLiteral("/api/v1/tasks/create"),
            R"({"command":"true","frequency":"every 30 seconds","servers":["web1"],"agent":"a"})",
            "agent");
        row("job post", "POST", QStringLiteral("/jobs"),
            R"({"name":"u","schedule":"@once","command":"true","servers":["web1"],"retries":2})",
            "retries");
        row("job put", "PUT", QStringLiteral("/jobs/%1").arg(taskId("nightly-x")),
            R"({"cron":"* * * * *"})", "cron");
    }

    void unknownFieldsAreRefused() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QByteArray tasksBefore = get(QStringLiteral("/v1/api/tasks")).body;
        const QByteArray serversBefore = get(QStringLiteral("/v1/api/servers")).body;
        const ApiReply r = m_api.call(verb, path, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.field(), field);
        QVERIFY2(r.error().contains(field), r.body.constData());
        QCOMPARE(get(QStringLiteral("/v1/api/tasks")).body, tasksBefore);
        QCOMPARE(get(QStringLiteral("/v1/api/servers")).body, serversBefore);
    }

    void otherMethodsAre405_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow");
        const QString task = QStringLiteral("/v1/api/tasks/%1").arg(taskId("nightly-x"));
        QTest::newRow("patch task")
            << QByteArray("PATCH") << task << 405 << QByteArray("GET, PUT, DELETE");
        QTest::newRow("patch tasks") << QByteArray("PATCH") << QStringLiteral("/v1/api/tasks")
                                     << 405 << QByteArray("GET, POST");
        QTest::newRow("delete settings")
            << QByteArray("DELETE") << QStringLiteral("/v1/api/settings") << 405
            << QByteArray("GET, PUT");
        QTest::newRow("post health")
            << QByteArray("POST") << QStringLiteral("/v1/api/health") << 405 << QByteArray("GET");
        QTest::newRow("get run") << QByteArray("GET")
                                 << QStringLiteral("/v1/api/tasks/%1/run").arg(taskId("nightly-x"))
                                 << 405 << QByteArray("POST");
        QTest::newRow("get alias create")
            << QByteArray("GET") << QStringLiteral("/api/v1/tasks/create") << 405
            << QByteArray("POST");
        QTest::newRow("patch job") << QByteArray("PATCH") << QStringLiteral("/jobs/1") << 405
                                   << QByteArray("GET, PUT, DELETE");
        QTest::newRow("delete jobs")
            << QByteArray("DELETE") << QStringLiteral("/jobs") << 405 << QByteArray("GET, POST");
        QTest::newRow("unknown path")
            << QByteArray("PATCH") << QStringLiteral("/v1/api/nowhere") << 404 << QByteArray();
        QTest::newRow("unknown alias path")
            << QByteArray("GET") << QStringLiteral("/jobs/1/x") << 404 << QByteArray();
    }

    void otherMethodsAre405() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        const ApiReply r = m_api.call(verb, path, "{}");
        QCOMPARE(r.status, status);
        QCOMPARE(r.allow, allow);
        QVERIFY2(!r.error().isEmpty(), r.body.constData());
        // A stranger learns nothing about which paths exist.
        QCOMPARE(m_api.call(verb, path, "{}", QByteArray("wrong")).status, 401);
    }

private:
    // A task to aim at, created once for the data rows that need an id.
    qint64 taskId(const char *name) {
        for (const QJsonValue &t : get(QStringLiteral("/v1/api/tasks")).array())
            if (t.toObject().value(QStringLiteral("name")).toString() == QLatin1String(name))
                return t.toObject().value(QStringLiteral("id")).toInteger();
        return m_api
            .call("POST", QStringLiteral("/v1/api/tasks"),
                  QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                              {QStringLiteral("command"), QStringLiteral("true")},
                              {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                              {QStringLiteral("servers"), QJsonArray{m_webId}}})
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }
};

QTEST_GUILESS_MAIN(TestApiCompat)
#include "TestApiCompat.moc"
