// Target "one" and queued work against real sshd servers on 127.0.0.1 (issue 14): the turn is
// kept in the database and shared by engines, busy and full servers are passed over, a server
// that cannot be reached hands the run on to the next within the same run (its failure kept as
// its own execution), and queued work of a task disabled meanwhile does not start.
#include "ExecTestData.h"
#include "core/Engine.h"
#include "secrets/FileSecretStore.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/RoundRobinCursor.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/TaskRepository.h"
#include "support/SshdFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace fleetcron;
using fleetcron::test::ExecTestData;
using fleetcron::test::SshdFixture;

class TestRoundRobin : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<SshdFixture>> m_sshd;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    QList<Server> m_servers; // web1, web2 (its sshd stopped), web3; ids ascending
    int m_taskSerial = 0;

    Server addServer(const SshdFixture &sshd, const QString &name, int maxParallel = 4) {
        return ExecTestData::addServer(*m_db, sshd, name, maxParallel);
    }

    // Parallel overlap, so runs started back to back all start.
    Task addTask(const QString &command, const QList<Server> &servers,
                 TargetMode target = TargetMode::One) {
        return ExecTestData::addTask(*m_db, QStringLiteral("rr-%1").arg(++m_taskSerial), command,
                                     servers, [target](Task &t) {
                                         t.target = target;
                                         t.overlap = OverlapPolicy::Parallel;
                                     });
    }

    static bool waitForRun(QSignalSpy &finished, qint64 runId, int timeoutMs = 30000) {
        return QTest::qWaitFor(
            [&] {
                return std::any_of(finished.cbegin(), finished.cend(), [&](const auto &args) {
                    return args.at(0).toLongLong() == runId;
                });
            },
            timeoutMs);
    }

    // Runs the task now on `engine`, waits for its end; the stored executions, oldest first.
    QList<Execution> runAndWait(Engine &engine, const Task &task, RunStatus *status = nullptr) {
        QSignalSpy finished(&engine, &Engine::runFinished);
        auto run = engine.runNow(task.id);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        if (!waitForRun(finished, run->id))
            return {};
        engine.writer().flush(10000);
        if (status)
            *status = RunRepository(*m_db).find(run->id)->status;
        auto list = ExecutionRepository(*m_db).listForRun(run->id);
        if (!list)
            return {};
        QList<Execution> rows = list.value();
        std::sort(rows.begin(), rows.end(),
                  [](const Execution &a, const Execution &b) { return a.id < b.id; });
        return rows;
    }

    static QList<qint64> serversOf(const QList<Execution> &rows) {
        QList<qint64> ids;
        for (const Execution &e : rows)
            ids << e.serverId;
        return ids;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 3; ++i) {
            m_sshd.push_back(std::make_unique<SshdFixture>());
            QVERIFY2(m_sshd.back()->start(), qPrintable(m_sshd.back()->error()));
        }
        auto db = Database::open(
            DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("fc.sqlite"))));
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        for (int i = 0; i < 3; ++i)
            m_servers.append(addServer(*m_sshd[i], QStringLiteral("web%1").arg(i + 1)));
        QVERIFY(m_servers[0].id < m_servers[1].id && m_servers[1].id < m_servers[2].id);
        m_sshd[1]->stop(); // web2 is down for the whole test
        QVERIFY(!m_sshd[1]->isRunning());
    }

    void rotatesAndMovesOnPastTheStoppedServer() {
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("echo $SSH_CONNECTION"), m_servers);
        const qint64 web1 = m_servers[0].id, web2 = m_servers[1].id, web3 = m_servers[2].id;

        RunStatus status;
        QList<Execution> rows = runAndWait(engine, task, &status);
        QCOMPARE(serversOf(rows), QList<qint64>{web1});
        QCOMPARE(toString(status), toString(RunStatus::Succeeded));

        // web2's turn: it cannot be reached, the failure is recorded, and the same run goes on
        // to web3, which really ran the command (its port is in SSH_CONNECTION).
        rows = runAndWait(engine, task, &status);
        QCOMPARE(serversOf(rows), (QList<qint64>{web2, web3}));
        QCOMPARE(toString(rows.at(0).status), toString(ExecutionStatus::Unreachable));
        QVERIFY2(rows.at(0).error.contains(QString::number(m_sshd[1]->port())),
                 qPrintable(rows.at(0).error));
        QCOMPARE(toString(rows.at(1).status), toString(ExecutionStatus::Succeeded));
        QVERIFY(rows.at(1).stdoutData.trimmed().endsWith(QByteArray::number(m_sshd[2]->port())));
        QCOMPARE(toString(status), toString(RunStatus::Succeeded));
        QCOMPARE(RoundRobinCursor(*m_db).read(task.id).value(), web3);

        // The turn goes on from web3; web2, known to be down, is passed over.
        QCOMPARE(serversOf(runAndWait(engine, task)), QList<qint64>{web1});
        QCOMPARE(serversOf(runAndWait(engine, task)), QList<qint64>{web3});
        QCOMPARE(serversOf(runAndWait(engine, task)), QList<qint64>{web1});
    }

    void turnIsSharedByEnginesAndProcesses() {
        const Task task = addTask(QStringLiteral("true"), {m_servers[0], m_servers[2]});
        QList<qint64> order;
        // A fresh engine per run, as each CLI `task run` is: nothing carries over in memory.
        for (int i = 0; i < 3; ++i) {
            Engine engine(*m_db, m_secrets.get());
            order << serversOf(runAndWait(engine, task));
        }
        // Two engines alive at once, taking turns.
        Engine a(*m_db, m_secrets.get());
        Engine b(*m_db, m_secrets.get());
        order << serversOf(runAndWait(a, task)) << serversOf(runAndWait(b, task))
              << serversOf(runAndWait(a, task));
        const qint64 web1 = m_servers[0].id, web3 = m_servers[2].id;
        QCOMPARE(order, (QList<qint64>{web1, web3, web1, web3, web1, web3}));
    }

    void turnMovesByCompareAndSet() {
        const Task task = addTask(QStringLiteral("true"), {m_servers[0], m_servers[2]});
        RoundRobinCursor cursor(*m_db);
        QCOMPARE(cursor.read(task.id).value(), qint64(0));
        // Two engines that read the same turn: only the first move counts.
        QCOMPARE(cursor.advance(task.id, 0, m_servers[0].id).value(), true);
        QCOMPARE(cursor.advance(task.id, 0, m_servers[2].id).value(), false);
        QCOMPARE(cursor.read(task.id).value(), m_servers[0].id);
    }

    void busyServerIsPassedOver() {
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("sleep 2"), {m_servers[0], m_servers[2]});
        QSignalSpy finished(&engine, &Engine::runFinished);
        auto first = engine.runNow(task.id);
        QVERIFY(first);
        // The turn is put back so web1, still busy with this task, would be next again.
        QVERIFY(RoundRobinCursor(*m_db).advance(task.id, m_servers[0].id, m_servers[2].id).value());
        auto second = engine.runNow(task.id);
        QVERIFY(second);
        QVERIFY(waitForRun(finished, first->id) && waitForRun(finished, second->id));
        engine.writer().flush(10000);
        QCOMPARE(serversOf(ExecutionRepository(*m_db).listForRun(first->id).value()),
                 QList<qint64>{m_servers[0].id});
        QCOMPARE(serversOf(ExecutionRepository(*m_db).listForRun(second->id).value()),
                 QList<qint64>{m_servers[2].id});
    }

    void fullServerIsPassedOver() {
        // web1 with room for one command, taken by another task of another engine.
        Server narrow = addServer(*m_sshd[0], QStringLiteral("narrow"), 1);
        Engine other(*m_db, m_secrets.get());
        const Task hog = addTask(QStringLiteral("sleep 3"), {narrow}, TargetMode::All);
        QSignalSpy hogDone(&other, &Engine::runFinished);
        auto hogRun = other.runNow(hog.id);
        QVERIFY(hogRun);
        QTRY_VERIFY_WITH_TIMEOUT(
            ExecutionRepository(*m_db).listForRun(hogRun->id)->value(0).status ==
                ExecutionStatus::Running,
            10000);

        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("true"), {narrow, m_servers[2]});
        // The turn after web3 is `narrow` (the higher id), whose only slot is in use: web3 runs
        // it again.
        QVERIFY(RoundRobinCursor(*m_db).advance(task.id, 0, m_servers[2].id).value());
        QCOMPARE(serversOf(runAndWait(engine, task)), QList<qint64>{m_servers[2].id});
        QVERIFY(waitForRun(hogDone, hogRun->id));
        QVERIFY(ServerRepository(*m_db).remove(narrow.id).ok());
    }

    void disabledWhileQueuedDoesNotStart() {
        Engine::Options options;
        options.globalLimit = 1; // the second run waits for the first
        Engine engine(*m_db, m_secrets.get(), options);
        const Task slow = addTask(QStringLiteral("sleep 2"), {m_servers[0]}, TargetMode::All);
        const Task queued = addTask(QStringLiteral("touch /tmp/should-not-run-%1; echo ran")
                                        .arg(QCoreApplication::applicationPid()),
                                    {m_servers[0]}, TargetMode::All);
        QSignalSpy finished(&engine, &Engine::runFinished);
        auto first = engine.runNow(slow.id);
        auto second = engine.runNow(queued.id);
        QVERIFY(first && second);
        QVERIFY(TaskRepository(*m_db).setEnabled(queued.id, false).ok());
        QVERIFY(waitForRun(finished, first->id) && waitForRun(finished, second->id));
        engine.writer().flush(10000);

        const Run run = RunRepository(*m_db).find(second->id).value();
        QCOMPARE(toString(run.status), toString(RunStatus::Skipped));
        QCOMPARE(RunRepository(*m_db).reason(second->id).value(),
                 QStringLiteral("task disabled while queued"));
        const QList<Execution> rows = ExecutionRepository(*m_db).listForRun(second->id).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(toString(rows.at(0).status), toString(ExecutionStatus::Cancelled));
        QCOMPARE(rows.at(0).error, QStringLiteral("task disabled while queued"));
        QVERIFY(rows.at(0).stdoutData.isEmpty());
        // The run ahead of it was not disturbed.
        QCOMPARE(toString(RunRepository(*m_db).find(first->id)->status),
                 toString(RunStatus::Succeeded));
    }
};

QTEST_GUILESS_MAIN(TestRoundRobin)
#include "TestRoundRobin.moc"
