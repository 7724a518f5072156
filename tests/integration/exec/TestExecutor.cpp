// The engine against real sshd servers on 127.0.0.1: fan-out, results in the store, retries,
// round-robin, limits, cancel, timeout and secrets. No mocks.
#include "ExecTestData.h"
#include "core/Engine.h"
#include "exec/Executor.h"
#include "secrets/FileSecretStore.h"
#include "ssh/SshPool.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/TaskRepository.h"
#include "support/ProcessProbe.h"
#include "support/SshdFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace fleetcron;
using fleetcron::test::ExecTestData;
using fleetcron::test::ProcessProbe;
using fleetcron::test::SshdFixture;

class TestExecutor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<SshdFixture>> m_sshd;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    QList<Server> m_servers;
    int m_taskSerial = 0;

    Server addServer(const SshdFixture &sshd, const QString &name, int maxParallel = 4) {
        return ExecTestData::addServer(*m_db, sshd, name, maxParallel);
    }

    Task addTask(const QString &command, const QList<Server> &servers,
                 std::function<void(Task &)> tweak = {}) {
        return ExecTestData::addTask(*m_db, QStringLiteral("task-%1").arg(++m_taskSerial), command,
                                     servers, tweak);
    }

    // Runs the task now and waits for the run to end; returns its stored executions.
    QList<Execution> runAndWait(Engine &engine, const Task &task, RunStatus *status = nullptr,
                                int timeoutMs = 30000) {
        QSignalSpy finished(&engine, &Engine::runFinished);
        auto run = engine.runNow(task.id);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        const qint64 runId = run->id;
        auto done = [&] {
            for (const auto &args : finished) {
                if (args.at(0).toLongLong() == runId)
                    return true;
            }
            return false;
        };
        if (!QTest::qWaitFor(done, timeoutMs)) {
            qWarning("run %lld did not finish in time", runId);
            return {};
        }
        engine.writer().flush(10000);
        if (status) {
            auto stored = RunRepository(*m_db).find(runId);
            *status = stored ? stored->status : RunStatus::Pending;
        }
        auto list = ExecutionRepository(*m_db).listForRun(runId);
        return list ? list.value() : QList<Execution>{};
    }

    const Execution *onServer(const QList<Execution> &list, qint64 serverId, int attempt = 1) {
        for (const Execution &e : list) {
            if (e.serverId == serverId && e.attempt == attempt)
                return &e;
        }
        return nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 3; ++i) {
            m_sshd.push_back(std::make_unique<SshdFixture>());
            QVERIFY2(m_sshd.back()->start(), qPrintable(m_sshd.back()->error()));
        }
        auto location = DatabaseLocation::sqliteFile(m_dir.filePath(QStringLiteral("fc.sqlite")));
        auto db = Database::open(location);
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        for (int i = 0; i < 3; ++i)
            m_servers.append(addServer(*m_sshd[i], QStringLiteral("web%1").arg(i + 1)));
    }

    void fansOutAndKeepsEveryResult() {
        Engine engine(*m_db, m_secrets.get());
        QSignalSpy started(&engine, &Engine::executionStarted);
        QSignalSpy output(&engine, &Engine::outputBatch);
        RunStatus status;
        const Task task = addTask(QStringLiteral("echo out-$SSH_CONNECTION; echo oops >&2; exit 3"),
                                  m_servers.mid(0, 2));
        const auto list = runAndWait(engine, task, &status);
        QCOMPARE(list.size(), 2);
        QCOMPARE(toString(status), toString(RunStatus::Failed));
        for (const Execution &e : list) {
            QCOMPARE(toString(e.status), toString(ExecutionStatus::Failed));
            QCOMPARE(e.exitCode, std::optional<int>(3));
            const Server server = ServerRepository(*m_db).find(e.serverId).value();
            // stdout and stderr apart, and the output is really this server's.
            QVERIFY2(e.stdoutData.startsWith("out-127.0.0.1"), e.stdoutData.constData());
            QVERIFY(e.stdoutData.trimmed().endsWith(QByteArray::number(server.port)));
            QCOMPARE(e.stderrData, QByteArray("oops\n"));
            QVERIFY(e.startedAt.isValid() && e.endedAt >= e.startedAt);
            // accept-new pinned the key on first contact.
            QVERIFY(server.hostKeySha256.startsWith(QStringLiteral("SHA256:")));
        }
        QCOMPARE(started.size(), 2);
        QVERIFY(!output.isEmpty());
    }

    void pinsTheRightHostKey() {
        for (int i = 0; i < 2; ++i) {
            const Server s = ServerRepository(*m_db).find(m_servers[i].id).value();
            QCOMPARE(s.hostKeySha256, m_sshd[i]->hostKeyFingerprint());
        }
    }

    void retriesOnlyTheFailedServers() {
        Engine engine(*m_db, m_secrets.get());
        const int failingPort = m_servers[1].port;
        // Fails on web2 only: the server port is the last word of SSH_CONNECTION.
        const QString command =
            QStringLiteral(
                "case \"$SSH_CONNECTION\" in *' %1') echo no >&2; exit 1;; esac; echo ok")
                .arg(failingPort);
        const Task task = addTask(command, m_servers.mid(0, 2), [](Task &t) {
            t.retries = 2;
            t.retryDelaySeconds = 1;
        });
        RunStatus status;
        QElapsedTimer clock;
        clock.start();
        const auto list = runAndWait(engine, task, &status);
        // web1 ran once; web2 ran 1 + 2 retries, one second apart.
        QCOMPARE(list.size(), 4);
        QVERIFY(onServer(list, m_servers[0].id, 1));
        QVERIFY(!onServer(list, m_servers[0].id, 2));
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const Execution *e = onServer(list, m_servers[1].id, attempt);
            QVERIFY2(e, qPrintable(QStringLiteral("attempt %1 missing").arg(attempt)));
            QCOMPARE(toString(e->status), toString(ExecutionStatus::Failed));
        }
        QVERIFY(clock.elapsed() >= 2000);
        QCOMPARE(toString(status), toString(RunStatus::Partial));
    }

    void roundRobinTakesTurnsAndSkipsUnreachable() {
        // web-dead points at a port nobody listens on.
        Server dead;
        dead.name = QStringLiteral("web-dead");
        dead.host = QStringLiteral("127.0.0.1");
        dead.port = SshdFixture::freePort();
        dead.username = QStringLiteral("root");
        dead.auth = AuthMethod::Key;
        dead.keyPath = m_sshd[0]->clientKeyPath();
        dead = ServerRepository(*m_db).create(dead).value();

        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("true"), {dead, m_servers[0], m_servers[1]},
                                  [](Task &t) { t.target = TargetMode::One; });
        QList<QList<qint64>> order;
        QList<ExecutionStatus> firstStatus;
        for (int i = 0; i < 4; ++i) {
            QList<Execution> list = runAndWait(engine, task);
            std::sort(list.begin(), list.end(),
                      [](const Execution &a, const Execution &b) { return a.id < b.id; });
            QList<qint64> servers;
            for (const Execution &e : list)
                servers.append(e.serverId);
            order.append(servers);
            firstStatus.append(list.value(0).status);
        }
        // In turn by id: web1, web2, then web-dead (added last). Its turn finds it unreachable,
        // recorded, and the same run moves on to web1; later turns skip it while it is known
        // to be down.
        const qint64 web1 = m_servers[0].id, web2 = m_servers[1].id;
        QCOMPARE(order.at(0), QList<qint64>{web1});
        QCOMPARE(order.at(1), QList<qint64>{web2});
        QCOMPARE(order.at(2), (QList<qint64>{dead.id, web1}));
        QCOMPARE(toString(firstStatus.at(2)), toString(ExecutionStatus::Unreachable));
        QCOMPARE(order.at(3), QList<qint64>{web2});
        QVERIFY(ServerRepository(*m_db).remove(dead.id).ok());
    }

    void unreachableServerSaysWhy() {
        Server dead;
        dead.name = QStringLiteral("nowhere");
        dead.host = QStringLiteral("127.0.0.1");
        dead.port = SshdFixture::freePort();
        dead.username = QStringLiteral("root");
        dead.auth = AuthMethod::Agent;
        dead = ServerRepository(*m_db).create(dead).value();
        Engine engine(*m_db, m_secrets.get());
        RunStatus status;
        const auto list = runAndWait(engine, addTask(QStringLiteral("true"), {dead}), &status);
        QCOMPARE(list.size(), 1);
        QCOMPARE(toString(list.at(0).status), toString(ExecutionStatus::Unreachable));
        QVERIFY2(list.at(0).error.contains(QString::number(dead.port)),
                 qPrintable(list.at(0).error));
        QCOMPARE(toString(status), toString(RunStatus::Failed));
        QVERIFY(ServerRepository(*m_db).remove(dead.id).ok());
    }

    void respectsEachServersParallelLimit() {
        Server narrow = m_servers[2];
        narrow.maxParallel = 2;
        narrow = ServerRepository(*m_db).update(narrow).value();
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("sleep 0.4"), {narrow},
                                  [](Task &t) { t.overlap = OverlapPolicy::Parallel; });
        int running = 0;
        int peak = 0;
        connect(&engine, &Engine::executionStarted, this,
                [&] { peak = std::max(peak, ++running); });
        connect(&engine, &Engine::executionFinished, this, [&] { --running; });
        QSignalSpy finished(&engine, &Engine::runFinished);
        for (int i = 0; i < 6; ++i)
            QVERIFY(engine.runNow(task.id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 30000);
        QCOMPARE(peak, 2);
        for (const auto &args : finished)
            QCOMPARE(toString(args.at(2).value<RunStatus>()), toString(RunStatus::Succeeded));
    }

    void cancelKillsTheRemoteCommand() {
        Engine engine(*m_db, m_secrets.get());
        const QString pidFile = m_sshd[0]->sharedDirectory() + QStringLiteral("/cancel.pid");
        const Task task = addTask(
            QStringLiteral("sh -c 'echo $$ > %1; exec sleep 60'").arg(pidFile), {m_servers[0]});
        QSignalSpy finished(&engine, &Engine::runFinished);
        auto run = engine.runNow(task.id);
        QVERIFY(run.ok());
        const qint64 pid = ProcessProbe::waitForPidFile(pidFile, 10000);
        QVERIFY(pid > 0);
        QVERIFY(ProcessProbe::isAlive(pid));
        QVERIFY(engine.cancelRun(run->id));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(toString(finished.at(0).at(2).value<RunStatus>()), toString(RunStatus::Cancelled));
        QVERIFY2(ProcessProbe::waitUntilGone(pid, 5000), "the remote sleep survived the cancel");
        engine.writer().flush(5000);
        const auto list = ExecutionRepository(*m_db).listForRun(run->id).value();
        QCOMPARE(toString(list.at(0).status), toString(ExecutionStatus::Cancelled));
    }

    void timeoutStopsTheCommand() {
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("echo started; sleep 30"), {m_servers[0]},
                                  [](Task &t) { t.timeoutSeconds = 1; });
        QElapsedTimer clock;
        clock.start();
        const auto list = runAndWait(engine, task);
        QCOMPARE(list.size(), 1);
        QCOMPARE(toString(list.at(0).status), toString(ExecutionStatus::TimedOut));
        QCOMPARE(list.at(0).stdoutData, QByteArray("started\n"));
        QVERIFY(clock.elapsed() < 10000);
    }

    void keyPassphraseComesFromTheSecretStore() {
        Server s;
        s.name = QStringLiteral("locked");
        s.host = m_sshd[0]->host();
        s.port = m_sshd[0]->port();
        s.username = QStringLiteral("root");
        s.auth = AuthMethod::Key;
        s.keyPath = m_sshd[0]->encryptedClientKeyPath();
        s = ServerRepository(*m_db).create(s).value();
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask(QStringLiteral("echo unlocked"), {s});
        auto list = runAndWait(engine, task);
        QCOMPARE(toString(list.at(0).status), toString(ExecutionStatus::AuthFailed));

        QVERIFY(
            m_secrets->store(SecretStore::passphraseKey(s.id), SshdFixture::clientKeyPassphrase())
                .ok());
        list = runAndWait(engine, task);
        QCOMPARE(toString(list.at(0).status), toString(ExecutionStatus::Succeeded));
        QCOMPARE(list.at(0).stdoutData, QByteArray("unlocked\n"));
    }

    void scriptGoesToTheInterpreter() {
        Engine engine(*m_db, m_secrets.get());
        const Task task = addTask({}, {m_servers[0]}, [](Task &t) {
            t.kind = TaskKind::Script;
            t.interpreter = QStringLiteral("python3");
            t.body = QStringLiteral("import sys\nprint(sum(range(10)))\nsys.exit(4)\n");
        });
        const auto list = runAndWait(engine, task);
        QCOMPARE(list.at(0).stdoutData, QByteArray("45\n"));
        QCOMPARE(list.at(0).exitCode, std::optional<int>(4));
    }

    void cleanupTestCase() {
        m_db.reset();
        m_sshd.clear();
    }
};

QTEST_GUILESS_MAIN(TestExecutor)
#include "TestExecutor.moc"
