// WalWriteback (issue 16 item 1): the store writer starts the kernel's writeback of the SQLite
// WAL a little at a time, so a checkpoint's sync never leaves a commit waiting long for the
// WAL's last block. What it does to lateness is measured by bench/scheduler_bench; here, that it
// keeps to its interval, follows a WAL made anew, and is harmless where there is none.
#include "store/WalWriteback.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetcron;

class TestWalWriteback : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Writes through a connection of its own, as the engine's threads do: the WAL grows.
    static void write(const QString &path, int rows) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("walwriteback"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (v TEXT)")));
            for (int i = 0; i < rows; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (hex(randomblob(500)))")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("walwriteback"));
    }

private slots:
    void noWalIsNoHarm() {
        WalWriteback writeback(m_dir.filePath(QStringLiteral("none.sqlite")));
        writeback.startIfDue(true);
        writeback.startIfDue(true);
        QCOMPARE(writeback.started(), 0);
    }

    void keepsToItsInterval() {
        const QString path = m_dir.filePath(QStringLiteral("a.sqlite"));
        // Kept open so the WAL stays (the last connection to close removes it).
        QSqlDatabase keep =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keep"));
        keep.setDatabaseName(path);
        QVERIFY(keep.open());
        QVERIFY(QSqlQuery(keep).exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(QSqlQuery(keep).exec(QStringLiteral("CREATE TABLE t (v TEXT)"))); // WAL open
        write(path, 50);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

        WalWriteback writeback(path, 60'000);
        writeback.startIfDue();
        QCOMPARE(writeback.started(), 1);
        write(path, 50);
        writeback.startIfDue(); // within the interval: nothing
        QCOMPARE(writeback.started(), 1);
        writeback.startIfDue(true); // a checkpoint is next: now
        QCOMPARE(writeback.started(), 2);

        // Every connection closed: SQLite deletes the WAL; the next one makes a new file,
        // which the writeback follows instead of the deleted one it had open.
        keep.close();
        keep = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("keep"));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        writeback.startIfDue(true);
        QCOMPARE(writeback.started(), 2);
        QSqlDatabase again =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("again"));
        again.setDatabaseName(path);
        QVERIFY(again.open());
        QVERIFY(QSqlQuery(again).exec(QStringLiteral("SELECT count(*) FROM t"))); // WAL open
        write(path, 10);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        writeback.startIfDue(true);
        QCOMPARE(writeback.started(), 3);
        again.close();
        again = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("again"));
    }
};

QTEST_GUILESS_MAIN(TestWalWriteback)
#include "TestWalWriteback.moc"
