// GET /metrics on the real daemon after real runs over a real sshd: the text is valid Prometheus
// exposition format (a strict parser of the test's own), and its numbers are the runs done.
#include "support/ApiDaemon.h"
#include "support/ExpositionParser.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using fleetcron::test::ApiDaemon;
using fleetcron::test::ExpositionParser;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;
using Labels = ExpositionParser::Labels;

class TestMetrics : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    TestUnixUser m_user;
    ApiDaemon m_daemon;
    qint64 m_server = 0;
    QString m_engineId;

    qint64 createTask(const QString &name, const QString &command, const QString &schedule,
                      bool enabled = true) {
        return m_daemon.create(QStringLiteral("/v1/api/tasks"),
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("command"), command},
                                {QStringLiteral("schedule"), schedule},
                                {QStringLiteral("enabled"), enabled},
                                {QStringLiteral("servers"), QJsonArray{m_server}}});
    }

    // The task's runs as the API lists them once none is active, newest first.
    QJsonArray settledRuns(qint64 taskId) {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            const QJsonArray runs =
                m_daemon.get(QStringLiteral("/v1/api/tasks/%1/executions?limit=500").arg(taskId))
                    .object()
                    .value(QStringLiteral("runs"))
                    .toArray();
            bool active = false;
            for (const QJsonValue &r : runs) {
                const QString s = r.toObject().value(QStringLiteral("status")).toString();
                active |= s == QLatin1String("running") || s == QLatin1String("pending");
            }
            if (!active)
                return runs;
            QTest::qWait(100);
        }
        return {};
    }

    // Runs the task now and waits until that run has ended.
    QString runToEnd(qint64 taskId) {
        const auto started = m_daemon.post(QStringLiteral("/v1/api/tasks/%1/run").arg(taskId));
        if (started.status != 202)
            return QStringLiteral("start refused: %1").arg(started.status);
        const qint64 runId = started.object().value(QStringLiteral("id")).toInteger();
        for (const QJsonValue &r : settledRuns(taskId)) {
            if (r.toObject().value(QStringLiteral("id")).toInteger() == runId)
                return r.toObject().value(QStringLiteral("status")).toString();
        }
        return QStringLiteral("run %1 not listed").arg(runId);
    }

    ExpositionParser scrape() {
        const auto reply = m_daemon.get(QStringLiteral("/metrics"));
        ExpositionParser parser;
        if (reply.status != 200)
            qWarning("GET /metrics: %d %s", reply.status, reply.body.constData());
        else if (!reply.contentType.startsWith("text/plain; version=0.0.4"))
            qWarning("content type %s", reply.contentType.constData());
        else if (!parser.parse(reply.body))
            qWarning("%s\n%s", qPrintable(parser.error()), reply.body.constData());
        return parser;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
        QVERIFY2(m_daemon.start(), qPrintable(m_daemon.error()));
        m_server = m_daemon.create(QStringLiteral("/v1/api/servers"),
                                   {{QStringLiteral("name"), QStringLiteral("web1")},
                                    {QStringLiteral("host"), m_sshd.host()},
                                    {QStringLiteral("port"), m_sshd.port()},
                                    {QStringLiteral("username"), m_user.name()},
                                    {QStringLiteral("key_path"), m_sshd.clientKeyPath()}});
        QVERIFY(m_server > 0);
        m_engineId = m_daemon.get(QStringLiteral("/v1/api/health"))
                         .object()
                         .value(QStringLiteral("engine_id"))
                         .toString();
        QVERIFY(!m_engineId.isEmpty());
    }

    void cleanupTestCase() { m_daemon.stop(); }

    void needsTheToken() {
        for (const QByteArray &token : {QByteArray(), QByteArray("wrong")}) {
            const auto r = m_daemon.call("GET", QStringLiteral("/metrics"), {}, token);
            QCOMPARE(r.status, 401);
            QVERIFY(!r.body.contains("fleetcron_"));
        }
    }

    void validBeforeAnyRun() {
        const ExpositionParser m = scrape();
        QVERIFY(!m.families().isEmpty());
        QCOMPARE(m.value(QStringLiteral("fleetcron_runs_total"),
                         {{QStringLiteral("status"), QStringLiteral("succeeded")}}),
                 0.0);
        QCOMPARE(m.value(QStringLiteral("fleetcron_runs_active")), 0.0);
        QCOMPARE(m.value(QStringLiteral("fleetcron_fire_lateness_seconds_count")), 0.0);
    }

    // Runs that succeed and fail by hand, and a task fired by the schedule every second: the
    // counters, per-task histograms and lateness are exactly what the API lists.
    void countsTheRunsDone() {
        const qint64 ok = createTask(QStringLiteral("ok \"quoted\" \\ task"),
                                     QStringLiteral("true"), QStringLiteral("0 0 1 1 *"));
        const qint64 failing = createTask(QStringLiteral("failing"), QStringLiteral("exit 3"),
                                          QStringLiteral("0 0 1 1 *"));
        QVERIFY(ok > 0 && failing > 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(runToEnd(ok), QStringLiteral("succeeded"));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(runToEnd(failing), QStringLiteral("failed"));

        const qint64 ticking = createTask(QStringLiteral("ticking"), QStringLiteral("true"),
                                          QStringLiteral("* * * * * *"));
        QVERIFY(ticking > 0);
        QTest::qWait(3500);
        QCOMPARE(m_daemon.post(QStringLiteral("/v1/api/tasks/%1/disable").arg(ticking)).status,
                 200);
        const QJsonArray ticks = settledRuns(ticking);
        int tickRuns = 0, tickSkipped = 0;
        for (const QJsonValue &r : ticks) {
            const QString s = r.toObject().value(QStringLiteral("status")).toString();
            QVERIFY2(s == QLatin1String("succeeded") || s == QLatin1String("skipped"),
                     qPrintable(s));
            (s == QLatin1String("skipped") ? tickSkipped : tickRuns) += 1;
        }
        QVERIFY2(tickRuns >= 2, qPrintable(QString::number(tickRuns)));

        const ExpositionParser m = scrape();
        QVERIFY(!m.families().isEmpty());
        for (const char *family :
             {"fleetcron_runs_total", "fleetcron_executions_total", "fleetcron_fires_skipped_total",
              "fleetcron_store_writes_total", "fleetcron_ssh_pool_sessions_opened_total"}) {
            QCOMPARE(m.families().value(QString::fromLatin1(family)).type,
                     QStringLiteral("counter"));
        }
        QCOMPARE(m.families().value(QStringLiteral("fleetcron_run_duration_seconds")).type,
                 QStringLiteral("histogram"));
        auto status = [](const char *s) {
            return Labels{{QStringLiteral("status"), QString::fromLatin1(s)}};
        };
        QCOMPARE(m.value(QStringLiteral("fleetcron_runs_total"), status("succeeded")),
                 double(3 + tickRuns));
        QCOMPARE(m.value(QStringLiteral("fleetcron_runs_total"), status("failed")), 2.0);
        QCOMPARE(m.value(QStringLiteral("fleetcron_runs_total"), status("skipped")),
                 double(tickSkipped));
        QCOMPARE(m.value(QStringLiteral("fleetcron_runs_total"), status("partial")), 0.0);
        QCOMPARE(m.value(QStringLiteral("fleetcron_executions_total"), status("succeeded")),
                 double(3 + tickRuns));
        QCOMPARE(m.value(QStringLiteral("fleetcron_executions_total"), status("failed")), 2.0);
        QCOMPARE(m.value(QStringLiteral("fleetcron_executions_total"), status("unreachable")), 0.0);
        QCOMPARE(m.value(QStringLiteral("fleetcron_runs_active")), 0.0);

        auto task = [](qint64 id, const QString &name) {
            return Labels{{QStringLiteral("task"), name},
                          {QStringLiteral("task_id"), QString::number(id)}};
        };
        const QString count = QStringLiteral("fleetcron_run_duration_seconds_count");
        // The name with a quote and a backslash comes back unescaped: the escaping round-trips.
        QCOMPARE(m.value(count, task(ok, QStringLiteral("ok \"quoted\" \\ task"))), 3.0);
        QCOMPARE(m.value(count, task(failing, QStringLiteral("failing"))), 2.0);
        QCOMPARE(m.value(count, task(ticking, QStringLiteral("ticking"))), double(tickRuns));
        const auto okSum = m.value(QStringLiteral("fleetcron_run_duration_seconds_sum"),
                                   task(ok, QStringLiteral("ok \"quoted\" \\ task")));
        QVERIFY(okSum && *okSum > 0 && *okSum < 30);

        // Every scheduled fire was claimed once: run or skipped for overlap; none was late by
        // more than a few seconds on an idle machine.
        QCOMPARE(m.value(QStringLiteral("fleetcron_fire_lateness_seconds_count")),
                 double(tickRuns + tickSkipped));
        QCOMPARE(m.value(QStringLiteral("fleetcron_fires_skipped_total"),
                         {{QStringLiteral("reason"), QStringLiteral("overlap")}}),
                 double(tickSkipped));
        QCOMPARE(m.value(QStringLiteral("fleetcron_fire_lateness_seconds_bucket"),
                         {{QStringLiteral("le"), QStringLiteral("5")}}),
                 double(tickRuns + tickSkipped));

        // The pool kept its session; the writer wrote; this engine's heartbeat is fresh.
        QVERIFY(m.value(QStringLiteral("fleetcron_ssh_pool_sessions")).value_or(0) >= 1);
        QVERIFY(m.value(QStringLiteral("fleetcron_ssh_pool_sessions_opened_total")).value_or(0) >=
                1);
        QVERIFY(m.value(QStringLiteral("fleetcron_store_writes_total")).value_or(0) >=
                2 * (5 + tickRuns));
        QVERIFY(m.value(QStringLiteral("fleetcron_store_writer_queue_depth")).has_value());
        QVERIFY(m.value(QStringLiteral("fleetcron_search_index_backlog")).has_value());
        QCOMPARE(m.value(QStringLiteral("fleetcron_store_write_failures_total")), 0.0);
        const auto age =
            m.value(QStringLiteral("fleetcron_engine_heartbeat_age_seconds"),
                    {{QStringLiteral("engine"), m_engineId},
                     {QStringLiteral("host"), m_engineId.section(QLatin1Char(':'), 0, 0)}});
        QVERIFY2(age && *age >= 0 && *age < 15, qPrintable(m_daemon.log()));
    }

    // A deleted task's series go with it, so a new task of the same name never makes a
    // duplicate series.
    void deletedTaskLeaves() {
        const qint64 gone =
            createTask(QStringLiteral("gone"), QStringLiteral("true"), QStringLiteral("0 0 1 1 *"));
        QVERIFY(gone > 0);
        QCOMPARE(runToEnd(gone), QStringLiteral("succeeded"));
        QCOMPARE(m_daemon.call("DELETE", QStringLiteral("/v1/api/tasks/%1").arg(gone)).status, 200);
        const qint64 again =
            createTask(QStringLiteral("gone"), QStringLiteral("true"), QStringLiteral("0 0 1 1 *"));
        QCOMPARE(runToEnd(again), QStringLiteral("succeeded"));
        const ExpositionParser m = scrape(); // fails on a duplicate series
        QVERIFY(!m.families().isEmpty());
        QCOMPARE(m.value(QStringLiteral("fleetcron_run_duration_seconds_count"),
                         {{QStringLiteral("task"), QStringLiteral("gone")},
                          {QStringLiteral("task_id"), QString::number(again)}}),
                 1.0);
        QVERIFY(!m.value(QStringLiteral("fleetcron_run_duration_seconds_count"),
                         {{QStringLiteral("task"), QStringLiteral("gone")},
                          {QStringLiteral("task_id"), QString::number(gone)}}));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
