// Cancel over REST of a run another process's engine carries out (issue 14): the daemon serving
// the request does not own the run, so RunService records the request and the owner's
// CancelRequestWatcher stops it. The owner here is a CLI `task run --wait`, an engine of its
// own on the same database, its command a sleep on a real sshd; the test checks what an
// operator would: 202, the CLI returns with the run cancelled, the remote sleep is gone, the
// audit names the API.
#include "support/ApiDaemon.h"

#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using fleetcron::test::ApiDaemon;
using fleetcron::test::ApiReply;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

namespace {

QString s(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

class TestApiCrossEngineCancel : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    TestUnixUser m_user;
    ApiDaemon m_api;
    // Unique on this machine, so pgrep finds this test's sleep only.
    const QString m_sleep =
        QStringLiteral("sleep 90.%1").arg(QCoreApplication::applicationPid() % 100000);

    bool remoteSleepAlive() {
        QProcess pgrep;
        pgrep.start(s("pgrep"), {s("-f"), m_sleep});
        pgrep.waitForFinished(5000);
        return pgrep.exitCode() == 0;
    }

    // The newest run of `taskId` once it runs on the server; 0 after 20 s.
    qint64 waitForRunning(qint64 taskId) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const QJsonArray runs =
                m_api.call("GET", QStringLiteral("/v1/api/tasks/%1/executions").arg(taskId))
                    .object()
                    .value(s("runs"))
                    .toArray();
            if (!runs.isEmpty()) {
                const QJsonObject run = runs.first().toObject();
                if (run.value(s("status")).toString() == s("running") && remoteSleepAlive())
                    return run.value(s("id")).toInteger();
            }
            QTest::qWait(200);
        }
        return 0;
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
        QVERIFY2(m_api.start(), qPrintable(m_api.error()));
    }

    void cleanupTestCase() { m_api.stop(); }

    void restCancelStopsARunOfAnotherEngine() {
        const qint64 server =
            m_api.create(s("/v1/api/servers"), {{s("name"), s("web1")},
                                                {s("host"), m_sshd.host()},
                                                {s("port"), m_sshd.port()},
                                                {s("username"), m_user.name()},
                                                {s("key_path"), m_sshd.clientKeyPath()}});
        QVERIFY(server > 0);
        // Due once a year: only the CLI starts it.
        const qint64 task = m_api.create(s("/v1/api/tasks"), {{s("name"), s("sleeper")},
                                                              {s("command"), m_sleep},
                                                              {s("schedule"), s("0 0 1 1 *")},
                                                              {s("servers"), QJsonArray{server}}});
        QVERIFY(task > 0);

        QProcess owner;
        owner.setProcessEnvironment(m_api.environment());
        owner.start(qEnvironmentVariable("FLEETCRON_BINARY"),
                    {s("task"), s("run"), s("sleeper"), s("--wait")});
        QVERIFY(owner.waitForStarted(10000));
        const qint64 run = waitForRunning(task);
        QVERIFY2(run > 0, "the CLI's engine never started the sleep");

        QElapsedTimer t;
        t.start();
        const ApiReply r = m_api.call("POST", QStringLiteral("/v1/api/runs/%1/cancel").arg(run));
        QCOMPARE(r.status, 202);
        QVERIFY(owner.waitForFinished(15000));
        const qint64 ms = t.elapsed();
        qInfo("REST cancel of the CLI engine's run: the CLI returned %lld ms later", ms);
        const QString out = QString::fromUtf8(owner.readAllStandardOutput());
        QVERIFY2(owner.exitCode() != 0, qPrintable(out));
        QVERIFY2(out.contains(s("cancelled")), qPrintable(out));
        QTRY_VERIFY_WITH_TIMEOUT(!remoteSleepAlive(), 3000);
        const QJsonObject ended =
            m_api.call("GET", QStringLiteral("/v1/api/runs/%1").arg(run)).object();
        QCOMPARE(ended.value(s("status")).toString(), s("cancelled"));
        const QJsonArray executions = ended.value(s("executions")).toArray();
        QCOMPARE(executions.size(), 1);
        QCOMPARE(executions.first().toObject().value(s("status")).toString(), s("cancelled"));
        QCOMPARE(m_api.call("GET", s("/v1/api/runs/999999")).status, 404);

        bool audited = false;
        const QJsonArray entries =
            m_api.call("GET", s("/v1/api/audit")).object().value(s("entries")).toArray();
        for (const auto &v : entries) {
            const QJsonObject e = v.toObject();
            audited |= e.value(s("action")).toString() == s("run.cancel") &&
                       e.value(s("target_id")).toInteger() == run &&
                       e.value(s("face")).toString() == s("api");
        }
        QVERIFY(audited);
        // Ended now: a second cancel is a conflict, on this face as on the others.
        QCOMPARE(m_api.call("POST", QStringLiteral("/v1/api/runs/%1/cancel").arg(run)).status, 409);
    }
};

QTEST_GUILESS_MAIN(TestApiCrossEngineCancel)
#include "TestApiCrossEngineCancel.moc"
