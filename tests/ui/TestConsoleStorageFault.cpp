// The console when its database's disk fills up (issue 15, item 3): the status bar says that
// results are not saved yet and why, the engine runs on, and once there is room the notice goes
// and every result that ended meanwhile is in the database. Real parts: the console's SQLite file
// on a 16 MB tmpfs in a mount namespace of this test's own (never seen by the host), a real sshd
// on 127.0.0.1, the real MainWindow and EngineHost on the offscreen platform.
#include "MainWindow.h"
#include "runtime/EngineHost.h"
#include "scheduler/TaskTiming.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>

using namespace fleetcron;
using fleetcron::test::SshdFixture;
using fleetcron::test::TestUnixUser;

class TestConsoleStorageFault : public QObject {
    Q_OBJECT

    SshdFixture m_sshd;
    TestUnixUser m_user;
    QTemporaryDir m_dir;

    static qint64 count(Database &db, const QString &sql) {
        auto conn = db.connection();
        if (!conn)
            return -1;
        QSqlQuery q(conn.value());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(::unshare(CLONE_NEWNS) == 0, "unshare(CLONE_NEWNS) needs root");
        QVERIFY(::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0);
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
        qputenv("FLEETCRON_SECRETS", "file");
        qputenv("FLEETCRON_SECRETS_DIR", m_dir.filePath(QStringLiteral("secrets")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
    }

    void fullDiskIsShownThenCleared() {
        const QString mnt = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mnt));
        QVERIFY(::mount("tmpfs", mnt.toUtf8().constData(), "tmpfs", 0, "size=16m") == 0);
        const QString dbPath = mnt + QStringLiteral("/console.sqlite");
        auto location = DatabaseLocation::resolve(dbPath);
        QVERIFY(location);
        auto opened = Database::open(location.value());
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        std::unique_ptr<Database> db = std::move(opened).value();
        Server s;
        s.name = QStringLiteral("web");
        s.host = m_sshd.host();
        s.port = m_sshd.port();
        s.username = m_user.name();
        s.auth = AuthMethod::Key;
        s.keyPath = m_sshd.clientKeyPath();
        auto server = ServerRepository(*db).create(s);
        QVERIFY(server);
        // Every second, a second long: whenever the disk fills, something ends meanwhile. Each
        // run writes 256 KB of output, so the database's WAL must grow at once when the disk
        // is full (while it has room left from before, SQLite writes on without an error).
        Task t;
        t.name = QStringLiteral("tick");
        t.body = QStringLiteral("head -c 262144 /dev/zero | tr '\\0' x; sleep 1; echo tick");
        t.schedule = QStringLiteral("@every 1s");
        t.serverIds = {server->id};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        t.nextFireAt = TaskTiming::nextFireAfter(t, now, now);
        QVERIFY(TaskRepository(*db).create(t));

        auto engine = std::make_unique<EngineHost>(dbPath);
        auto window = std::make_unique<MainWindow>(*engine);
        engine->start();
        window->show();
        auto *notice = window->findChild<QLabel *>(QStringLiteral("storageState"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        const QString succeeded =
            QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded'");
        QTRY_VERIFY_WITH_TIMEOUT(count(*db, succeeded) >= 2, 20000);

        // Mid-run when the disk fills (claims need the disk too, so no new run starts until
        // there is room again): its result has to wait for it.
        QTRY_VERIFY_WITH_TIMEOUT(
            count(*db, QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = "
                                      "'running'")) > 0,
            20000);
        const qint64 fullFrom = QDateTime::currentMSecsSinceEpoch();
        QFile filler(mnt + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        for (const int size : {64 * 1024, 512}) {
            const QByteArray block(size, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        filler.close();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 20000);
        qInfo("notice: \"%s\"; tooltip: \"%s\"", qPrintable(notice->text()),
              qPrintable(notice->toolTip()));
        QCOMPARE(notice->text(), QStringLiteral("Database refuses writes"));
        QVERIFY2(notice->toolTip().contains(QStringLiteral("disk is full")),
                 qPrintable(notice->toolTip()));
        QTest::qWait(3000); // runs end meanwhile; their results wait
        QVERIFY2(window->findChild<QLabel *>(QStringLiteral("engineState"))
                     ->text()
                     .startsWith(QStringLiteral("Engine running")),
                 "the engine must run on while the disk is full");

        QVERIFY(QFile::remove(filler.fileName()));
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 20000);
        // Every run that ended while the disk was full is written, with its output.
        window.reset();
        engine.reset(); // stops the engine: its writer commits what it holds
        const qint64 written = count(
            *db, QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded' AND "
                                "ended_at >= %1 AND instr(CAST(stdout AS TEXT), 'tick') > 0")
                     .arg(fullFrom));
        qInfo("results that ended while the disk was full, written after: %lld", written);
        QVERIFY(written > 0);
        QCOMPARE(count(*db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status IN "
                                           "('running', 'pending')")),
                 0);
        db.reset();
        QVERIFY(::umount(mnt.toUtf8().constData()) == 0);
    }
};

QTEST_MAIN(TestConsoleStorageFault)
#include "TestConsoleStorageFault.moc"
