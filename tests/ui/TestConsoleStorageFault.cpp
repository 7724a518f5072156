// The console when its database's disk fills up (issue 15, item 3): the status bar says that
// the database refuses writes and why, whether the disk fills mid-run or between runs, the
// engine runs on, and once there is room the notice goes and every result that ended meanwhile
// is in the database. Real parts: the console's SQLite file
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

#include <memory>

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

private:
    // The console on a database in a 16 MB tmpfs of its own, one task on the real sshd.
    struct Console {
        QString mnt;
        QString dbPath;
        std::unique_ptr<Database> db;
        std::unique_ptr<EngineHost> engine;
        std::unique_ptr<MainWindow> window;
        QLabel *notice = nullptr;
    };

    void openConsole(Console &c, const QString &name, const QString &body, const QString &every) {
        c.mnt = m_dir.filePath(name);
        QVERIFY(QDir().mkpath(c.mnt));
        QVERIFY(::mount("tmpfs", c.mnt.toUtf8().constData(), "tmpfs", 0, "size=16m") == 0);
        c.dbPath = c.mnt + QStringLiteral("/console.sqlite");
        auto location = DatabaseLocation::resolve(c.dbPath);
        QVERIFY(location);
        auto opened = Database::open(location.value());
        QVERIFY2(opened, qPrintable(opened.error().toString()));
        c.db = std::move(opened).value();
        const Server s = m_sshd.server(QStringLiteral("web"), m_user.name());
        auto server = ServerRepository(*c.db).create(s);
        QVERIFY(server);
        Task t;
        t.name = QStringLiteral("tick");
        t.body = body;
        t.schedule = every;
        t.serverIds = {server->id};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        t.nextFireAt = TaskTiming::nextFireAfter(t, now, now);
        QVERIFY(TaskRepository(*c.db).create(t));

        c.engine = std::make_unique<EngineHost>(c.dbPath);
        c.window = std::make_unique<MainWindow>(*c.engine);
        c.engine->start();
        c.window->show();
        c.notice = c.window->findChild<QLabel *>(QStringLiteral("storageState"));
        QVERIFY(c.notice);
        QVERIFY(!c.notice->isVisible());
    }

    static void fill(const QString &path) {
        QFile filler(path);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        for (const int size : {64 * 1024, 512}) {
            const QByteArray block(size, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
    }

    void closeConsole(Console &c) {
        c.window.reset();
        c.engine.reset(); // stops the engine: its writer commits what it holds
        QCOMPARE(count(*c.db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status IN "
                                             "('running', 'pending')")),
                 0);
        c.db.reset();
        QVERIFY(::umount(c.mnt.toUtf8().constData()) == 0);
    }

private slots:
    void fullDiskIsShownThenCleared() {
        // Every second, a second long: whenever the disk fills, something ends meanwhile. Each
        // run writes 256 KB of output, so the database's WAL must grow at once when the disk
        // is full (while it has room left from before, SQLite writes on without an error).
        Console c;
        openConsole(c, QStringLiteral("small"),
                    QStringLiteral("head -c 262144 /dev/zero | tr '\\0' x; sleep 1; echo tick"),
                    QStringLiteral("@every 1s"));
        if (QTest::currentTestFailed())
            return;
        const QString succeeded =
            QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded'");
        QTRY_VERIFY_WITH_TIMEOUT(count(*c.db, succeeded) >= 2, 20000);

        // Mid-run when the disk fills (claims need the disk too, so no new run starts until
        // there is room again): its result has to wait for it.
        QTRY_VERIFY_WITH_TIMEOUT(
            count(*c.db, QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = "
                                        "'running'")) > 0,
            20000);
        const qint64 fullFrom = QDateTime::currentMSecsSinceEpoch();
        const QString filler = c.mnt + QStringLiteral("/filler");
        fill(filler);
        QTRY_VERIFY_WITH_TIMEOUT(c.notice->isVisible(), 20000);
        qInfo("notice: \"%s\"; tooltip: \"%s\"", qPrintable(c.notice->text()),
              qPrintable(c.notice->toolTip()));
        QCOMPARE(c.notice->text(), QStringLiteral("Database refuses writes"));
        QVERIFY2(c.notice->toolTip().contains(QStringLiteral("disk is full")),
                 qPrintable(c.notice->toolTip()));
        // FLEETCRON_SCREENSHOT_DIR=docs/screenshots (under xvfb-run -a) saves storage-full.png.
        if (const QString dir = qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(c.window->grab().save(dir + QStringLiteral("/storage-full.png")));
        QTest::qWait(3000); // runs end meanwhile; their results wait
        QVERIFY2(c.window->findChild<QLabel *>(QStringLiteral("engineState"))
                     ->text()
                     .startsWith(QStringLiteral("Engine running")),
                 "the engine must run on while the disk is full");

        QVERIFY(QFile::remove(filler));
        QTRY_VERIFY_WITH_TIMEOUT(!c.notice->isVisible(), 20000);
        // Every run that ended while the disk was full is written, with its output.
        c.window.reset();
        c.engine.reset();
        const qint64 written = count(
            *c.db, QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = 'succeeded' AND "
                                  "ended_at >= %1 AND instr(CAST(stdout AS TEXT), 'tick') > 0")
                       .arg(fullFrom));
        qInfo("results that ended while the disk was full, written after: %lld", written);
        QVERIFY(written > 0);
        closeConsole(c);
    }

    // The disk fills while nothing runs: no result waits, but every fire's claim is refused.
    // The operator must see that too (a CI run once filled the disk just after a run ended, and
    // the console said nothing while fires were missed).
    void fullDiskBetweenRunsIsShown() {
        Console c;
        openConsole(c, QStringLiteral("between"), QStringLiteral("echo tick"),
                    QStringLiteral("@every 2s"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(
            count(*c.db, QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = "
                                        "'succeeded'")) >= 1,
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            count(*c.db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE status IN "
                                        "('running', 'pending')")) == 0,
            20000);
        // An empty WAL, so the next write needs new blocks: with WAL space left from before,
        // small writes (a claim, a heartbeat) would go through a full disk, and nothing would
        // be refused yet.
        {
            QSqlQuery q(c.db->connection().value());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QString filler = c.mnt + QStringLiteral("/filler");
        fill(filler);
        QTRY_VERIFY_WITH_TIMEOUT(c.notice->isVisible(), 15000);
        qInfo("between runs: \"%s\"", qPrintable(c.notice->toolTip()));
        QVERIFY2(c.notice->toolTip().contains(QStringLiteral("disk is full")),
                 qPrintable(c.notice->toolTip()));
        QVERIFY(QFile::remove(filler));
        QTRY_VERIFY_WITH_TIMEOUT(!c.notice->isVisible(), 20000);
        // Fires go on once there is room.
        const qint64 before = count(*c.db, QStringLiteral("SELECT COUNT(*) FROM runs"));
        QTRY_VERIFY_WITH_TIMEOUT(count(*c.db, QStringLiteral("SELECT COUNT(*) FROM runs")) > before,
                                 10000);
        closeConsole(c);
    }
};

QTEST_MAIN(TestConsoleStorageFault)
#include "TestConsoleStorageFault.moc"
