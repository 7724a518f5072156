// EngineHost's two asynchronous doors, on a real SQLite file: jobs run on the engine thread or
// on the reader thread (never on the caller's), their results come back on the caller's thread,
// jobs sent before the engine started are not lost, a reply to a destroyed context is dropped,
// and the engine's events arrive as the host's signals on the caller's thread.
#include "model/Server.h"
#include "model/Task.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetcron;

class TestEngineHost : public QObject {
    Q_OBJECT
private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        qputenv("FLEETCRON_SECRETS", "file");
        qputenv("FLEETCRON_SECRETS_DIR", m_dir.filePath(QStringLiteral("secrets")).toUtf8());
    }

    void engineJobsAndReadsRunOffTheCallersThread() {
        EngineHost host(m_dir.filePath(QStringLiteral("host.sqlite")));
        QThread *const gui = QThread::currentThread();
        QThread *engineThread = nullptr;
        QThread *readerThread = nullptr;
        QThread *replyThread = nullptr;
        qint64 createdId = 0;
        // Sent before start(): must wait for the engine, not be lost.
        host.call(
            this,
            [&engineThread](Services &services) {
                engineThread = QThread::currentThread();
                Server s;
                s.name = QStringLiteral("web1");
                s.host = QStringLiteral("127.0.0.1");
                s.username = QStringLiteral("ops");
                s.auth = AuthMethod::Agent;
                return services.servers.save(s, std::nullopt, Actor::console());
            },
            [&](StoreResult<Server> created) {
                replyThread = QThread::currentThread();
                QVERIFY2(created.ok(), qPrintable(created.error().toString()));
                createdId = created->id;
            });
        host.start();
        QTRY_VERIFY(createdId > 0);
        QVERIFY(engineThread && engineThread != gui);
        QCOMPARE(replyThread, gui);

        QStringList names;
        host.read(
            this,
            [&readerThread](Services &services) {
                readerThread = QThread::currentThread();
                QStringList out;
                if (auto list = services.servers.list())
                    for (const Server &s : list.value())
                        out << s.name;
                return out;
            },
            [&names](QStringList result) { names = result; });
        QTRY_COMPARE(names, QStringList{QStringLiteral("web1")});
        QVERIFY(readerThread && readerThread != gui && readerThread != engineThread);
    }

    void aReplyToADestroyedContextIsDropped() {
        EngineHost host(m_dir.filePath(QStringLiteral("dropped.sqlite")));
        host.start();
        bool delivered = false;
        bool ran = false;
        {
            QObject context;
            host.read(
                &context,
                [&ran](Services &) {
                    QThread::msleep(100);
                    ran = true;
                    return 1;
                },
                [&delivered](int) { delivered = true; });
        } // gone before the job ends
        QTRY_VERIFY(ran);
        // A later job's reply arrives; by then the dropped one would have been delivered.
        bool later = false;
        host.read(
            this, [](Services &) { return 2; }, [&later](int) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!delivered);
    }

    void jobsAreDroppedWhenTheEngineCannotStart() {
        // A directory where the database file should be: the store cannot open.
        EngineHost host(m_dir.path());
        EngineStatus last;
        connect(&host, &EngineHost::statusChanged, this,
                [&last](const EngineStatus &s) { last = s; });
        bool ran = false;
        host.call(
            this, [&ran](Services &) { return ran = true; }, [](bool) {});
        host.start();
        QTRY_VERIFY(!last.error.isEmpty());
        QTest::qWait(100);
        QVERIFY(!ran);
    }

    void theEnginesEventsArriveAsTheHostsSignals() {
        EngineHost host(m_dir.filePath(QStringLiteral("events.sqlite")));
        QSignalSpy started(&host.events(), &EngineEvents::runStarted);
        QSignalSpy finished(&host.events(), &EngineEvents::runFinished);
        QThread *startedOn = nullptr;
        connect(&host.events(), &EngineEvents::runStarted, this,
                [&startedOn] { startedOn = QThread::currentThread(); });
        host.start();
        // A tag no server carries: the run has no targets and ends inside the start, so both
        // events come without SSH.
        qint64 runId = 0;
        QString error;
        host.call(
            this,
            [](Services &services) -> StoreResult<Run> {
                Task t = services.tasks.newTask();
                t.name = QStringLiteral("nightly");
                t.body = QStringLiteral("true");
                t.schedule = QStringLiteral("@daily");
                t.serverTags = {QStringLiteral("nobody")};
                auto saved = services.tasks.save(t, Actor::console());
                if (!saved)
                    return saved.error();
                return services.runs.start(saved->id, RunTrigger::Manual, Actor::console());
            },
            [&](StoreResult<Run> run) {
                if (run)
                    runId = run->id;
                else
                    error = run.error().message;
            });
        QTRY_VERIFY2(runId > 0 || !error.isEmpty(), qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.at(0).at(0).toLongLong(), runId);
        QCOMPARE(finished.at(0).at(0).toLongLong(), runId);
        QCOMPARE(startedOn, QThread::currentThread());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEngineHost)
#include "TestEngineHost.moc"
