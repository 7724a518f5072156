// EngineHost's two asynchronous doors, on a real SQLite file: jobs run on the engine thread or
// on the reader thread (never on the caller's), their results come back on the caller's thread,
// jobs sent before the engine started are not lost, and a reply to a destroyed context is dropped.
#include "model/Server.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

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

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEngineHost)
#include "TestEngineHost.moc"
