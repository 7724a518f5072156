// Full-text search over stored output (issue 17), on SQLite and PostgreSQL (registered twice):
// every answer of SearchService is checked against a brute-force scan of every stored output
// (QString::contains, ignoring case), through the writer's two paths, paging, filters, pruning
// and the migration's back-fill of a database that had no index.
#include "scheduler/RetentionPruner.h"
#include "service/SearchService.h"
#include "store/Database.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/SearchIndexFile.h"
#include "store/ServerRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/SqlValues.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include "StoreTestBackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace fleetcron;

namespace {

// Lines an operator would look for, and filler. "reconnect" holds "conn" inside a word on
// purpose: only multi-word texts must find such places (see docs/SEARCH.md).
const QStringList lines = {
    QStringLiteral("Error: disk /dev/sda1 is full"),
    QStringLiteral("connecting to web-01.example.com:22"),
    QStringLiteral("ssh: connect to host db-02.example.com port 22: Connection refused"),
    QStringLiteral("backup of /var/lib/postgres done in 12.5s"),
    QStringLiteral("WARNING: cache03.internal answered slowly"),
    QStringLiteral("Überprüfung der Datenbank abgeschlossen"),
    QStringLiteral("reconnect scheduled"),
    QStringLiteral("listening on 127.0.0.1:5432"),
    QStringLiteral("timeout after 30 seconds"),
    QStringLiteral("OK"),
    QStringLiteral("rsync: [sender] write error: Broken pipe (32)"),
};

struct Stored {
    qint64 id = 0;
    qint64 taskId = 0;
    qint64 serverId = 0;
    QString status;
    QDateTime startedAt;
    QString out;
    QString err;
};

QByteArray randomOutput(QRandomGenerator &rng) {
    QStringList chosen;
    const int n = int(rng.bounded(4));
    for (int i = 0; i < n; ++i)
        chosen << lines.at(int(rng.bounded(lines.size())));
    return chosen.join(QLatin1Char('\n')).toUtf8();
}

// The documented rule, said independently of SearchText: the text, ignoring case, where a
// word starts when the text starts with a letter or digit.
bool occurs(const QString &output, const QString &text) {
    const bool wordStart = !text.isEmpty() && text.at(0).isLetterOrNumber();
    for (qsizetype pos = output.indexOf(text, 0, Qt::CaseInsensitive); pos >= 0;
         pos = output.indexOf(text, pos + 1, Qt::CaseInsensitive)) {
        if (!wordStart || pos == 0 || !output.at(pos - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

class TestOutputSearch : public QObject {
    Q_OBJECT

    test::StoreTestBackend m_backend;
    DatabaseLocation m_location;
    std::unique_ptr<Database> m_db;
    qint64 m_tasks[2] = {};
    qint64 m_servers[2] = {};
    QDateTime m_base = QDateTime::currentDateTimeUtc().addDays(-1);

    // On the search connection: on SQLite the index is the attached file (SearchIndexFile).
    qint64 count(const QString &sql) {
        QSqlQuery q(m_db->searchConnection().value());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QList<Stored> everything() {
        QList<Stored> all;
        QSqlQuery q(m_db->connection().value());
        q.exec(QStringLiteral("SELECT e.id, r.task_id, e.server_id, e.status, e.started_at, "
                              "e.stdout, e.stderr FROM executions e JOIN runs r ON r.id = e.run_id "
                              "ORDER BY e.id DESC"));
        while (q.next())
            all << Stored{q.value(0).toLongLong(),
                          q.value(1).toLongLong(),
                          q.value(2).toLongLong(),
                          q.value(3).toString(),
                          SqlValues::time(q.value(4)),
                          QString::fromUtf8(q.value(5).toByteArray()),
                          QString::fromUtf8(q.value(6).toByteArray())};
        return all;
    }

    // What a search must answer, by scanning every stored output.
    QList<qint64> bruteForce(const QString &text, const SearchService::Filter &f) {
        QList<qint64> ids;
        for (const Stored &s : everything()) {
            if (f.taskId && s.taskId != f.taskId)
                continue;
            if (f.serverId && s.serverId != f.serverId)
                continue;
            if (f.status && s.status != toString(*f.status))
                continue;
            if (f.from.isValid() && !(s.startedAt >= f.from))
                continue;
            if (f.to.isValid() && !(s.startedAt < f.to))
                continue;
            if (occurs(s.out, text) || occurs(s.err, text))
                ids << s.id;
        }
        return ids;
    }

    // Every page of the service's answer, 7 at a time.
    QList<qint64> searched(const QString &text, const SearchService::Filter &f) {
        SearchService service(*m_db);
        QString shown = SearchService::literal(text);
        shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QList<qint64> ids;
        qint64 before = 0;
        for (int pages = 0; pages < 1000; ++pages) {
            auto page = service.search(text, f, before, 7);
            if (!page) {
                qWarning("%s", qPrintable(page.error().toString()));
                return {-1};
            }
            for (const auto &hit : page->hits) {
                ids << hit.executionId;
                // The snippet shows the text where the hit says it is.
                if (hit.snippet.mid(hit.snippetMatchStart, hit.matchLength)
                        .compare(shown, Qt::CaseInsensitive) != 0)
                    return {-2};
            }
            if (page->nextBefore == 0)
                return ids;
            before = page->nextBefore;
        }
        return {-3};
    }

    // Runs `first` .. `first + runs - 1`, a minute apart from m_base.
    void writeHistory(int runs, int first = 0) {
        QRandomGenerator rng(17 + first);
        StoreWriterThread holder(*m_db);
        StoreWriter *w = holder.writer();
        for (int i = first; i < first + runs; ++i) {
            Run r;
            r.taskId = m_tasks[i % 2];
            r.scheduledFor = m_base.addSecs(60 * i); // one scheduled run per task and time
            auto run = RunRepository(*m_db).create(r);
            QVERIFY2(run, run ? "" : qPrintable(run.error().toString()));
            const qint64 runId = run->id;
            QList<Execution> rows;
            for (int k = 0; k < 2; ++k) {
                Execution e;
                e.runId = runId;
                e.serverId = m_servers[k];
                e.status =
                    rng.bounded(3) == 0 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
                e.startedAt = m_base.addSecs(60 * i);
                e.endedAt = e.startedAt.addSecs(1);
                e.stdoutData = randomOutput(rng);
                e.stderrData = rng.bounded(4) == 0 ? randomOutput(rng) : QByteArray();
                rows << e;
            }
            if (i % 2 == 0) {
                // A result recorded in one go (import, CLI run).
                for (const Execution &e : rows)
                    w->insertExecution(e);
            } else {
                // Pending rows first, their results later: the engine's way.
                QList<Execution> pending = rows;
                for (Execution &e : pending) {
                    e.status = ExecutionStatus::Pending;
                    e.stdoutData.clear();
                    e.stderrData.clear();
                }
                auto created = ExecutionRepository(*m_db).createMany(pending);
                QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
                for (int k = 0; k < rows.size(); ++k) {
                    rows[k].id = created->at(k).id;
                    w->finishExecution(rows[k]);
                }
            }
            w->finishRun(runId, RunStatus::Succeeded, m_base.addSecs(60 * i + 2));
        }
        QVERIFY(w->flush(60000));
    }

    void compareAll(const QStringList &texts) {
        SearchService::Filter none;
        for (const QString &text : texts) {
            const QList<qint64> expected = bruteForce(SearchService::literal(text), none);
            QCOMPARE(searched(text, none), expected);
        }
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        qInfo("output search tests on %s", qPrintable(m_backend.name()));
        m_location = m_backend.freshLocation();
        auto db = Database::open(m_location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        for (int i = 0; i < 2; ++i) {
            Server s;
            s.name = QStringLiteral("web%1").arg(i);
            s.host = QStringLiteral("127.0.0.1");
            m_servers[i] = ServerRepository(*m_db).create(s)->id;
            Task t;
            t.name = QStringLiteral("task%1").arg(i);
            t.body = QStringLiteral("true");
            t.schedule = QStringLiteral("@hourly");
            m_tasks[i] = TaskRepository(*m_db).create(t)->id;
        }
        writeHistory(150);
    }

    void matchesBruteForce() {
        QVERIFY(bruteForce(QStringLiteral("Error"), {}).size() > 20);
        compareAll({QStringLiteral("error"),
                    QStringLiteral("ERROR: DISK"),
                    QStringLiteral("Error: disk /dev/sda1 is full"),
                    QStringLiteral("web-01.example.com"),
                    QStringLiteral("web-01"),
                    QStringLiteral("example.com:22"),
                    QStringLiteral("xample.com"),
                    QStringLiteral("host db-02.example.com port"),
                    QStringLiteral("Connection refused"),
                    QStringLiteral("\"connection refused\""),
                    QStringLiteral("connecti"),
                    QStringLiteral("reconnect"),
                    QStringLiteral("nnect sched"),
                    QStringLiteral("127.0.0.1:5432"),
                    QStringLiteral("12.5s"),
                    QStringLiteral("überprüfung"),
                    QStringLiteral("Broken pipe (32)"),
                    QStringLiteral("[sender]"),
                    QStringLiteral("sda1 is full\nconnecting"),
                    QStringLiteral("absent-word"),
                    QStringLiteral("-01.example"),
                    QStringLiteral("/sda1 is"),
                    QStringLiteral("full disk")});
    }

    void filtersMatchBruteForce() {
        SearchService::Filter f;
        f.taskId = m_tasks[1];
        QCOMPARE(searched(QStringLiteral("error"), f), bruteForce(QStringLiteral("error"), f));
        f = {};
        f.serverId = m_servers[0];
        f.status = ExecutionStatus::Failed;
        QCOMPARE(searched(QStringLiteral("example.com"), f),
                 bruteForce(QStringLiteral("example.com"), f));
        f = {};
        f.from = m_base.addSecs(60 * 40);
        f.to = m_base.addSecs(60 * 90);
        const auto expected = bruteForce(QStringLiteral("refused"), f);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(searched(QStringLiteral("refused"), f), expected);
    }

    // Documented: a text that starts with a letter or digit is found where a word starts, not
    // inside a word; one that starts with anything else, anywhere.
    void startsWhereAWordStarts() {
        bool inside = false;
        for (const Stored &s : everything())
            inside =
                inside || s.out.contains(QStringLiteral("nnection refused"), Qt::CaseInsensitive);
        QVERIFY(inside); // the premise: the text is there, inside a word
        QCOMPARE(searched(QStringLiteral("nnection refused"), {}), QList<qint64>());
        QCOMPARE(searched(QStringLiteral("nnection"), {}), QList<qint64>());
        QVERIFY(!searched(QStringLiteral("connection refused"), {}).isEmpty());
        QVERIFY(!searched(QStringLiteral("-02.example.com"), {}).isEmpty());
    }

    void badInputIsRefusedWithItsField() {
        SearchService service(*m_db);
        for (const QString &text : {QString(), QStringLiteral("   "), QStringLiteral("\"\""),
                                    QStringLiteral("!!! --"), QString(1001, QLatin1Char('a'))}) {
            auto r = service.search(text, {});
            QVERIFY(!r);
            QCOMPARE(r.error().kind, StoreError::Kind::Invalid);
            QCOMPARE(r.error().field, QStringLiteral("q"));
        }
        QCOMPARE(service.search(QStringLiteral("error"), {}, 0, 0).error().field,
                 QStringLiteral("limit"));
        SearchService::Filter f;
        f.from = m_base;
        f.to = m_base;
        QCOMPARE(service.search(QStringLiteral("error"), f).error().field, QStringLiteral("until"));
    }

    // Outputs stored but not indexed yet (the writer indexes behind its results) are found all
    // the same, an output both indexed and waiting is answered once, and a writer started on
    // the database indexes what a previous one left.
    void outputsNotIndexedYetAreFound() {
        const QString key =
            m_backend.isPostgres() ? QStringLiteral("execution_id") : QStringLiteral("rowid");
        const QString withOutput = QStringLiteral(
            "SELECT COUNT(*) FROM executions WHERE length(stdout) > 0 OR length(stderr) > 0");
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")), 0);
        QSqlQuery q(m_db->searchConnection().value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO execution_search_pending (execution_id) "
                                      "SELECT %1 FROM execution_search WHERE %1 % 3 <> 0")
                           .arg(key)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM execution_search WHERE %1 % 3 = 1").arg(key)));
        q = QSqlQuery();
        const qint64 waiting =
            count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending"));
        QVERIFY(waiting > 50);
        // A third only in the index, a third only waiting, a third in both.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")) < count(withOutput));
        const QStringList texts = {QStringLiteral("error"),
                                   QStringLiteral("web-01.example.com"),
                                   QStringLiteral("Broken pipe (32)"),
                                   QStringLiteral("refused"),
                                   QStringLiteral("/dev/sda1"),
                                   QStringLiteral("überprüfung")};
        compareAll(texts);

        StoreWriterThread holder(*m_db);
        QVERIFY(holder.writer()->flushIndex(60000));
        QCOMPARE(holder.writer()->indexBacklog(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")), count(withOutput));
        compareAll(texts);
    }

    // SQLite: the index is a file of its own, and the writer's connection never has it
    // attached, so storing results never waits for it. With the index file's write lock held
    // by another program, results are still stored and found (waiting, checked exactly); once
    // it is free the index catches up.
    void storingNeverWaitsForTheIndex() {
        if (m_backend.isPostgres())
            QSKIP("PostgreSQL locks rows, not the database: nothing to hold");
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("index-lock-holder"));
        other.setDatabaseName(SearchIndexFile::pathFor(m_location.sqlitePath()));
        QVERIFY(other.open());
        {
            QSqlQuery hold(other);
            QVERIFY(hold.exec(QStringLiteral("BEGIN")));
            // Any write takes the file's write lock for the transaction, even one of no rows.
            QVERIFY(hold.exec(QStringLiteral("DELETE FROM execution_search WHERE rowid = -1")));
        }
        StoreWriterThread holder(*m_db);
        StoreWriter *w = holder.writer();
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(id) FROM runs")) && q.next());
        const qint64 runId = q.value(0).toLongLong();
        q = QSqlQuery();
        QRandomGenerator rng(29);
        for (int i = 0; i < 600; ++i) {
            Execution e;
            e.runId = runId;
            e.serverId = m_servers[i % 2];
            e.status = ExecutionStatus::Succeeded;
            e.startedAt = m_base.addSecs(i);
            e.endedAt = e.startedAt.addSecs(1);
            e.stdoutData = randomOutput(rng) + "\nunlocked-" + QByteArray::number(i);
            w->insertExecution(e);
        }
        QElapsedTimer stored;
        stored.start();
        // Well under the 5 s busy timeout a writer waiting for the index's lock would need.
        QVERIFY(w->flush(4000));
        qInfo("600 results stored in %lld ms with the index file locked", stored.elapsed());
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")) >= 600);
        QVERIFY(!w->flushIndex(300)); // the index cannot be written yet
        compareAll({QStringLiteral("unlocked-599"), QStringLiteral("error")});
        QSqlQuery(other).exec(QStringLiteral("ROLLBACK"));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("index-lock-holder"));
        QVERIFY(w->flushIndex(60000));
        QCOMPARE(w->indexBacklog(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")), 0);
        compareAll({QStringLiteral("unlocked-599"), QStringLiteral("error")});
    }

    // Retention deletes executions; their index rows go with them: at once on PostgreSQL (the
    // foreign key), behind on SQLite (queued, taken out by the indexer, so the prune's commits
    // never wait for the index). Search answers the same either way.
    void indexKeepsInStepWithPruning() {
        const QString withOutput = QStringLiteral(
            "SELECT COUNT(*) FROM executions WHERE length(stdout) > 0 OR length(stderr) > 0");
        {
            StoreWriterThread holder(*m_db);
            QVERIFY(holder.writer()->flushIndex(60000));
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")), count(withOutput));
        QVERIFY(SettingsRepository(*m_db).setValue(SettingKeys::retentionRunsPerTask(),
                                                   QStringLiteral("40")));
        RetentionPruner pruner(*m_db);
        QVERIFY(pruner.pruneNow() > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs")), 80);
        if (!m_backend.isPostgres()) {
            QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_removed")) > 100);
            QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")) >
                    count(withOutput));
            compareAll({QStringLiteral("error"), QStringLiteral("web-01.example.com")});
            StoreWriterThread holder(*m_db);
            QVERIFY(holder.writer()->flushIndex(60000));
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_removed")), 0);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")), count(withOutput));
        compareAll({QStringLiteral("error"), QStringLiteral("web-01.example.com")});
    }

    // SQLite: an index file that is not this database's (deleted here; a copy of the database
    // without it, an old file beside a restored one) is never trusted: every stored output
    // waits for the index again, search answers in full meanwhile, and the index is rebuilt.
    void aMissingIndexFileIsRebuilt() {
        if (m_backend.isPostgres())
            QSKIP("the index is in the database on PostgreSQL");
        const QString withOutput = QStringLiteral(
            "SELECT COUNT(*) FROM executions WHERE length(stdout) > 0 OR length(stderr) > 0");
        m_db.reset();
        const QString index = SearchIndexFile::pathFor(m_location.sqlitePath());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(index + suffix);
        auto db = Database::open(m_location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        QVERIFY(QFile::exists(index));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")),
                 count(withOutput));
        compareAll({QStringLiteral("error"), QStringLiteral("Broken pipe (32)")});
        StoreWriterThread holder(*m_db);
        QVERIFY(holder.writer()->flushIndex(60000));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")), count(withOutput));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")), 0);
        compareAll({QStringLiteral("error"), QStringLiteral("Broken pipe (32)")});
    }

    // A database from before the index: the migration fills it from what is stored.
    void migrationBackfills() {
        QSqlQuery q(m_db->connection().value());
        if (m_backend.isPostgres()) {
            QVERIFY(q.exec(QStringLiteral("DROP TABLE execution_search")));
        } else {
            // Version 19's: the index in a file of its own.
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER execution_search_gone")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE execution_search_removed")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE search_index_pairing")));
        }
        // The runner applies what is above the newest recorded version, so every later
        // migration is undone with it and runs again on top of the back-fill.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE api_tokens")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE execution_search_pending")));
        QVERIFY(m_backend.undoExecutionsTask(q));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 14")));
        q = QSqlQuery();
        m_db.reset();
        auto db = Database::open(m_location);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        const QString withOutput = QStringLiteral(
            "SELECT COUNT(*) FROM executions WHERE length(stdout) > 0 OR length(stderr) > 0");
        if (m_backend.isPostgres()) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")),
                     count(withOutput));
        } else {
            // Version 14 filled an index in the database, 19 moved it out; a new pairing token
            // finds the old file not this database's: every output waits, and is found.
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search_pending")),
                     count(withOutput));
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                          "'execution_search'")),
                     0);
            StoreWriterThread holder(*m_db);
            QVERIFY(holder.writer()->flushIndex(60000));
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")),
                     count(withOutput));
        }
        // ASCII only: PostgreSQL's back-fill reads bytea through its escape form.
        compareAll({QStringLiteral("error"), QStringLiteral("web-01.example.com"),
                    QStringLiteral("xample.com"), QStringLiteral("Broken pipe (32)"),
                    QStringLiteral("127.0.0.1:5432"), QStringLiteral("refused")});
    }

    // PostgreSQL reads the newest 2,048 indexed outputs by walking them, and the index only
    // below (OutputSearchQuery::postgresCandidates): searches and pages that cross from the
    // one to the other answer as a scan does. SQLite has one path; the answers must agree too.
    void newestWindowAndIndexAgree() {
        // A needle below the window and one inside it: a page must cross from one to the other.
        const auto needle = [this](int minute) {
            Run r;
            r.taskId = m_tasks[0];
            r.scheduledFor = m_base.addSecs(60 * minute);
            Execution e;
            e.runId = RunRepository(*m_db).create(r)->id;
            e.serverId = m_servers[0];
            e.status = ExecutionStatus::Succeeded;
            e.startedAt = r.scheduledFor;
            e.endedAt = e.startedAt.addSecs(1);
            e.stdoutData = "found the needle-in-the-hay at minute " + QByteArray::number(minute);
            StoreWriterThread holder(*m_db);
            holder.writer()->insertExecution(e);
            QVERIFY(holder.writer()->flushIndex(60000));
        };
        needle(999);
        writeHistory(1600, 1000);
        needle(2700);
        QCOMPARE(searched(QStringLiteral("needle-in-the-hay"), {}).size(), 2);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM execution_search")) > 2048 + 200);
        compareAll({QStringLiteral("error"), QStringLiteral("Error: disk /dev/sda1 is full"),
                    QStringLiteral("web-01.example.com"), QStringLiteral("Broken pipe (32)"),
                    QStringLiteral("absent-word"), QStringLiteral("connecti")});
        SearchService::Filter f;
        f.taskId = m_tasks[0];
        f.status = ExecutionStatus::Failed;
        QCOMPARE(searched(QStringLiteral("refused"), f), bruteForce(QStringLiteral("refused"), f));
        f = {};
        f.serverId = m_servers[1];
        f.from = m_base.addSecs(60 * 1500); // the window's lower edge lies inside this range
        f.to = m_base.addSecs(60 * 2600);
        const auto expected = bruteForce(QStringLiteral("example.com"), f);
        QVERIFY(expected.size() > 100);
        QCOMPARE(searched(QStringLiteral("example.com"), f), expected);
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestOutputSearch)
#include "TestOutputSearch.moc"
