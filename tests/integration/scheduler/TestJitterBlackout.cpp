// Start delays and blackout windows, end to end through the scheduler: the delay with an
// injected clock (claimed at time + delay, counted from the time, recorded in the run), the
// windows with the real clock and a real sshd (a window over now records skipped runs with the
// reason and runs nothing on the server; the same task outside a window does run).
#include "core/Engine.h"
#include "exec/Executor.h"
#include "scheduler/Blackouts.h"
#include "scheduler/Scheduler.h"
#include "scheduler/TaskSaver.h"
#include "secrets/FileSecretStore.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreWriter.h"
#include "store/TaskRepository.h"
#include "support/SshdFixture.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace fleetcron;
using fleetcron::test::SshdFixture;

class TestJitterBlackout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SshdFixture m_sshd;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    Server m_server;
    QDateTime m_now;
    int m_serial = 0;

    // Saved the way every face saves (TaskSaver: checked, armed, a delay drawn).
    Task save(const QString &schedule, const QDateTime &now, std::function<void(Task &)> tweak) {
        Task t;
        t.name = QStringLiteral("j%1").arg(++m_serial);
        t.body = QStringLiteral("true");
        t.schedule = schedule;
        t.timeZone = QStringLiteral("UTC");
        t.serverIds = {m_server.id};
        tweak(t);
        auto stored = TaskSaver(*m_db).save(t, now);
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        return stored.value();
    }

    QList<Run> runsOf(qint64 taskId) {
        QList<Run> list = RunRepository(*m_db).listForTask(taskId, 1000).value();
        std::reverse(list.begin(), list.end()); // oldest first
        return list;
    }

    // A window holding the whole of today and tomorrow (UTC), so "now" stays inside it however
    // long the test takes.
    static QString windowOverNow() {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return QStringLiteral("%1..%2").arg(today.toString(Qt::ISODate),
                                            today.addDays(1).toString(Qt::ISODate));
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        auto db = Database::open(
            DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("j.sqlite"))));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        const Server s = m_sshd.server(QStringLiteral("web1"), QStringLiteral("root"));
        m_server = ServerRepository(*m_db).create(s).value();
    }

    void cleanup() {
        TaskRepository tasks(*m_db);
        const QList<Task> all = tasks.list().value();
        for (const Task &t : all)
            QVERIFY(tasks.setEnabled(t.id, false).ok());
        QVERIFY(SettingsRepository(*m_db).remove(Blackouts::settingKey()).ok());
    }

    void startDelayIsClaimedLateAndCountedFromTheScheduledTime() {
        Engine engine(*m_db, m_secrets.get());
        const QDateTime created =
            QDateTime::fromString(QStringLiteral("2026-06-01T10:00:00Z"), Qt::ISODate);
        const Task task =
            save(QStringLiteral("@every 60s"), created, [](Task &t) { t.startDelaySeconds = 30; });
        Scheduler::Options o;
        o.clock = [this] { return m_now; };
        o.pollIntervalMs = 3600'000; // the test calls fireDue() itself
        o.maxTimerMs = 3600'000;
        Scheduler scheduler(engine, o);
        QSignalSpy fired(&scheduler, &Scheduler::fired);
        m_now = created;
        scheduler.start();

        QSet<qint64> delays;
        for (int k = 1; k <= 8; ++k) {
            const Task armed = TaskRepository(*m_db).find(task.id).value();
            const QDateTime nominal = created.addSecs(60 * k);
            // Counted from the scheduled time: no drift however the delays fall.
            QCOMPARE(armed.nextFireAt.addMSecs(-armed.nextFireDelayMs), nominal);
            QVERIFY2(armed.nextFireDelayMs >= 0 && armed.nextFireDelayMs <= 30'000,
                     qPrintable(QString::number(armed.nextFireDelayMs)));
            delays.insert(armed.nextFireDelayMs);
            m_now = armed.nextFireAt.addMSecs(-1); // not yet: the delay holds it back
            scheduler.fireDue();
            QCOMPARE(runsOf(task.id).size(), k - 1);
            m_now = armed.nextFireAt.addMSecs(5);
            scheduler.fireDue();
            const QList<Run> runs = runsOf(task.id);
            QCOMPARE(runs.size(), k);
            QCOMPARE(runs.last().scheduledFor, nominal);
            QCOMPARE(runs.last().startDelayMs, armed.nextFireDelayMs);
            QCOMPARE(toString(runs.last().trigger), QStringLiteral("schedule"));
            // Lateness against the delayed instant: 5 ms, not the delay.
            QCOMPARE(fired.last().at(3).toLongLong(), 5);
        }
        // Drawn anew for each fire (30001 possible values; eight equal ones would be a bug).
        QVERIFY2(delays.size() > 1, "every fire drew the same delay");
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().activeRuns(), 0, 30000);
        scheduler.stop();
    }

    void blackoutOverNowSkipsWithTheReasonAndRunsNothing() {
        Engine engine(*m_db, m_secrets.get());
        const QString ranMarker = m_dir.filePath(QStringLiteral("blacked-out-ran"));
        const QString controlMarker = m_dir.filePath(QStringLiteral("control-ran"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const Task blacked = save(QStringLiteral("* * * * * *"), now, [&](Task &t) {
            t.body = QStringLiteral("touch '%1'").arg(ranMarker);
            t.blackouts = {QStringLiteral("freeze: ") + windowOverNow()};
        });
        // The same task outside any window, so a test that saw nothing run proves something.
        const Task control = save(QStringLiteral("* * * * * *"), now, [&](Task &t) {
            t.body = QStringLiteral("touch '%1'").arg(controlMarker);
        });
        Scheduler scheduler(engine); // the real clock
        QSignalSpy skipped(&scheduler, &Scheduler::skipped);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(runsOf(blacked.id).size() >= 3, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(controlMarker), 30000);
        scheduler.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().activeRuns(), 0, 30000);
        engine.writer().flush(5000);

        for (const Run &r : runsOf(blacked.id)) {
            QCOMPARE(toString(r.status), QStringLiteral("skipped"));
            QCOMPARE(r.reason, QStringLiteral("blackout window freeze"));
            QCOMPARE(RunRepository(*m_db).reason(r.id).value(),
                     QStringLiteral("blackout window freeze"));
            QVERIFY(ExecutionRepository(*m_db).listForRun(r.id)->isEmpty());
        }
        QVERIFY2(!QFileInfo::exists(ranMarker), "a blacked-out fire ran its command on sshd");
        QVERIFY(!skipped.isEmpty());
        QCOMPARE(skipped.first().at(2).toString(), QStringLiteral("blackout"));
        QVERIFY(!runsOf(control.id).isEmpty());
        QCOMPARE(runsOf(control.id).first().reason, QString());
    }

    void globalBlackoutHoldsForEveryTask() {
        Engine engine(*m_db, m_secrets.get());
        const QString ranMarker = m_dir.filePath(QStringLiteral("global-ran"));
        QVERIFY(
            SettingsRepository(*m_db)
                .setValue(Blackouts::settingKey(), QStringLiteral("sat,sun\n") + windowOverNow())
                .ok());
        const Task task =
            save(QStringLiteral("* * * * * *"), QDateTime::currentDateTimeUtc(),
                 [&](Task &t) { t.body = QStringLiteral("touch '%1'").arg(ranMarker); });
        Scheduler scheduler(engine);
        scheduler.start();
        QTRY_VERIFY_WITH_TIMEOUT(runsOf(task.id).size() >= 2, 30000);
        scheduler.stop();
        QTRY_COMPARE_WITH_TIMEOUT(engine.executor().activeRuns(), 0, 30000);
        // The weekend window comes first; on a weekend it is the one named.
        const bool weekend = QDateTime::currentDateTimeUtc().date().dayOfWeek() >= 6;
        for (const Run &r : runsOf(task.id)) {
            QCOMPARE(toString(r.status), QStringLiteral("skipped"));
            QCOMPARE(r.reason, QStringLiteral("blackout window %1 (global)")
                                   .arg(weekend ? QStringLiteral("sat,sun") : windowOverNow()));
        }
        QVERIFY(!QFileInfo::exists(ranMarker));
    }
};

QTEST_GUILESS_MAIN(TestJitterBlackout)
#include "TestJitterBlackout.moc"
