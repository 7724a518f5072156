#include "store/ChangeNotifier.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/EngineRepository.h"
#include "store/ExecutionRepository.h"
#include "store/MigrationRunner.h"
#include "store/RunPageQuery.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"
#include "store/StoreChangeListener.h"
#include "store/TaskRepository.h"

#include "StoreTestBackend.h"
#include "support/PostgresFixture.h"

#include <QAtomicInt>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace fleetcron;

namespace {

Server makeServer(const QString &name, const QStringList &tags = {}) {
    Server s;
    s.name = name;
    s.host = QStringLiteral("127.0.0.1");
    s.port = 2222;
    s.username = QStringLiteral("ops");
    s.auth = AuthMethod::Key;
    s.keyPath = QStringLiteral("/home/ops/.ssh/id_ed25519");
    s.tags = tags;
    return s;
}

Task makeTask(const QString &name, const QList<qint64> &servers = {},
              const QStringList &tags = {}) {
    Task t;
    t.name = name;
    t.body = QStringLiteral("uptime");
    t.schedule = QStringLiteral("*/5 * * * *");
    t.timeZone = QStringLiteral("Europe/Berlin");
    t.serverIds = servers;
    t.serverTags = tags;
    t.nextFireAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    return t;
}

QDateTime at(qint64 secondsAfterEpochBase) {
    return QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + secondsAfterEpochBase * 1000,
                                          Qt::UTC);
}

// Runs one raw statement on the calling thread's connection; for tests that poke at the schema.
QVariant scalar(Database &db, const QString &sql) {
    QSqlQuery q(db.connection().value());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::StoreTestBackend m_backend;

    DatabaseLocation freshLocation() { return m_backend.freshLocation(); }

    std::unique_ptr<Database> openFresh() {
        auto db = Database::open(freshLocation());
        if (!db) {
            qWarning("%s", qPrintable(db.error().toString()));
            return nullptr;
        }
        return std::move(db).value();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        qInfo("store tests on %s", qPrintable(m_backend.name()));
    }

    void resolvesLocationFromOptionThenEnvironmentThenDefault() {
        auto fromOption = DatabaseLocation::resolve(QStringLiteral("/tmp/a.sqlite"),
                                                    QStringLiteral("/tmp/b.sqlite"));
        QVERIFY(fromOption);
        QCOMPARE(fromOption->sqlitePath(), QStringLiteral("/tmp/a.sqlite"));
        QVERIFY(fromOption->source() == DatabaseLocation::Source::CommandLine);

        auto fromEnv = DatabaseLocation::resolve(QString(), QStringLiteral("/tmp/b.sqlite"));
        QVERIFY(fromEnv);
        QCOMPARE(fromEnv->sqlitePath(), QStringLiteral("/tmp/b.sqlite"));
        QVERIFY(fromEnv->source() == DatabaseLocation::Source::Environment);

        auto fallback = DatabaseLocation::resolve(QString(), QString());
        QVERIFY(fallback);
        QVERIFY(fallback->source() == DatabaseLocation::Source::Default);
        QVERIFY(fallback->sqlitePath().endsWith(QStringLiteral("/fleetcron.sqlite")));

        auto pg = DatabaseLocation::resolve(
            QStringLiteral("postgresql://fleet:s%40cret@db.example:6543/fleetcron"), QString());
        QVERIFY(pg);
        QVERIFY(pg->backend() == SqlDialect::Backend::PostgreSQL);
        QCOMPARE(pg->host(), QStringLiteral("db.example"));
        QCOMPARE(pg->port(), 6543);
        QCOMPARE(pg->user(), QStringLiteral("fleet"));
        QCOMPARE(pg->password(), QStringLiteral("s@cret"));
        QCOMPARE(pg->databaseName(), QStringLiteral("fleetcron"));
        QVERIFY(!pg->describe().contains(QStringLiteral("cret")));

        auto noDb =
            DatabaseLocation::resolve(QStringLiteral("postgresql://fleet@db.example"), QString());
        QVERIFY(!noDb);
        QCOMPARE(noDb.error().field, QStringLiteral("--db"));
        QVERIFY(noDb.error().message.contains(QStringLiteral("names no database")));
    }

    void createsDirectoryAndMigratesEmptyDatabase() {
        const DatabaseLocation location =
            m_backend.isPostgres() ? freshLocation()
                                   : DatabaseLocation::sqliteFile(m_dir.filePath(
                                         QStringLiteral("nested/deeper/fleetcron.sqlite")));
        auto db = Database::open(location);
        QVERIFY2(db, qPrintable(db.error().toString()));
        QCOMPARE(db.value()->schemaVersion(), MigrationRunner::latestVersion());
        QVERIFY(MigrationRunner::latestVersion() >= 2);
        Database &d = *db.value();
        const QString tableQuery =
            m_backend.isPostgres()
                ? QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                 "table_schema = current_schema() AND table_name = '%1'")
                : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                 "type = 'table' AND name = '%1'");
        for (const char *table :
             {"servers", "tasks", "task_servers", "runs", "executions", "execution_output",
              "engines", "schema_version", "settings", "audit_log"}) {
            QCOMPARE(scalar(d, tableQuery.arg(QLatin1String(table))).toInt(), 1);
        }
        if (m_backend.isPostgres()) {
            // Times are compared as UTC epoch ms; the session zone only matters to NOW().
            QCOMPARE(scalar(d, QStringLiteral("SHOW TIME ZONE")).toString(), QStringLiteral("UTC"));
        } else {
            QCOMPARE(scalar(d, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
            QCOMPARE(scalar(d, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalar(d, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
            QCOMPARE(scalar(d, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
        }
        QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                 int(MigrationRunner::bundled().size()));
    }

    void migratesFromEveryEarlierVersion() {
        // Every bundled version but the last (numbers may have gaps, as branches take theirs).
        for (const MigrationRunner::Migration &old : MigrationRunner::bundled()) {
            const int from = old.version;
            if (from == MigrationRunner::latestVersion())
                break;
            const DatabaseLocation location = freshLocation();
            const QString name = QStringLiteral("old-%1").arg(from);
            {
                auto conn = Database::openConnection(location, name);
                QVERIFY2(conn, qPrintable(conn.error().toString()));
                QSqlDatabase raw = conn.value();
                MigrationRunner runner(raw, SqlDialect(location.backend()));
                auto reached = runner.migrate(from);
                QVERIFY2(reached, qPrintable(reached.error().toString()));
                QCOMPARE(reached.value(), from);
                // Data written by the old version, with the version-1 columns.
                QSqlQuery q(raw);
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO servers (name, host, created_at, updated_at) "
                                   "VALUES ('legacy', 'legacy.example', 1, 1)")));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO tasks (name, body, schedule, created_at, updated_at) "
                    "VALUES ('old task', 'true', '@hourly', 1, 1)")));
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO task_servers (task_id, server_id) VALUES (1, 1)")));
                q = QSqlQuery();
                raw.close();
                raw = QSqlDatabase();
                conn = StoreError();
            }
            QSqlDatabase::removeDatabase(name);

            auto db = Database::open(location);
            QVERIFY2(db, qPrintable(db.error().toString()));
            QCOMPARE(db.value()->schemaVersion(), MigrationRunner::latestVersion());
            auto server = ServerRepository(*db.value()).findByName(QStringLiteral("legacy"));
            QVERIFY2(server, qPrintable(server.error().toString()));
            QCOMPARE(server->host, QStringLiteral("legacy.example"));
            auto task = TaskRepository(*db.value()).findByName(QStringLiteral("old task"));
            QVERIFY(task);
            QCOMPARE(task->serverIds, QList<qint64>{server->id});
            QVERIFY(
                SettingsRepository(*db.value()).setValue(QStringLiteral("k"), QStringLiteral("v")));
        }
    }

    void refusesNewerSchema() {
        const DatabaseLocation location = freshLocation();
        {
            auto db = Database::open(location);
            QVERIFY(db);
            QSqlQuery q(db.value()->connection().value());
            // One past what this build knows, whatever that is.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                          "VALUES (%1, 'from_the_future', 0)")
                               .arg(MigrationRunner::latestVersion() + 1)));
        }
        auto db = Database::open(location);
        QVERIFY(!db);
        QVERIFY(db.error().kind == StoreError::Kind::SchemaTooNew);
        QCOMPARE(db.error().message,
                 QStringLiteral("database schema version %1 is newer than this fleetcron (knows up "
                                "to %2); upgrade fleetcron")
                     .arg(MigrationRunner::latestVersion() + 1)
                     .arg(MigrationRunner::latestVersion()));
    }

    void reopeningAppliesNothingTwice() {
        const DatabaseLocation location = freshLocation();
        { QVERIFY(Database::open(location)); }
        auto db = Database::open(location);
        QVERIFY(db);
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(),
                 int(MigrationRunner::bundled().size()));
    }

    void splitsMigrationStatements() {
        const auto parts = MigrationRunner::statements(
            QStringLiteral("-- comment; with a semicolon\nCREATE TABLE a (x INT);\n\n"
                           "CREATE INDEX b ON a (x);\n"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(1), QStringLiteral("CREATE INDEX b ON a (x)"));
    }

    void serverCrud() {
        auto db = openFresh();
        QVERIFY(db);
        ServerRepository servers(*db);
        auto web1 = servers.create(
            makeServer(QStringLiteral("web1"), {QStringLiteral("web"), QStringLiteral("eu")}));
        QVERIFY2(web1, qPrintable(web1.error().toString()));
        QVERIFY(web1->id > 0);
        QVERIFY(web1->createdAt.isValid());
        auto db1 = servers.create(makeServer(QStringLiteral("db1"), {QStringLiteral("db")}));
        QVERIFY(db1);

        auto found = servers.find(web1->id);
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("web1"));
        QCOMPARE(found->port, 2222);
        QVERIFY(found->auth == AuthMethod::Key);
        QCOMPARE(found->tags, (QStringList{QStringLiteral("eu"), QStringLiteral("web")}));

        Server edited = found.value();
        edited.host = QStringLiteral("127.0.0.2");
        edited.enabled = false;
        edited.hostKeyPolicy = HostKeyPolicy::Strict;
        auto updated = servers.update(edited);
        QVERIFY2(updated, qPrintable(updated.error().toString()));
        QCOMPARE(updated->host, QStringLiteral("127.0.0.2"));
        QVERIFY(!updated->enabled);
        QVERIFY(updated->hostKeyPolicy == HostKeyPolicy::Strict);

        QVERIFY(servers.setHostKey(web1->id, QStringLiteral("SHA256:abc")));
        QCOMPARE(servers.find(web1->id)->hostKeySha256, QStringLiteral("SHA256:abc"));

        QCOMPARE(servers.list()->size(), 2);
        ServerRepository::Filter byTag;
        byTag.tag = QStringLiteral("db");
        QCOMPARE(servers.list(byTag)->size(), 1);
        ServerRepository::Filter enabledOnly;
        enabledOnly.enabledOnly = true;
        QCOMPARE(servers.list(enabledOnly)->first().name, QStringLiteral("db1"));
        ServerRepository::Filter byName;
        byName.nameContains = QStringLiteral("WEB");
        QCOMPARE(servers.list(byName)->size(), 1);

        QVERIFY(servers.remove(web1->id));
        QVERIFY(!servers.find(web1->id));
        QCOMPARE(servers.find(web1->id).error().message,
                 QStringLiteral("unknown server id %1").arg(web1->id));
        QVERIFY(servers.find(web1->id, true)); // history can still name it
        QCOMPARE(servers.list()->size(), 1);
        // The name of a removed server is free again.
        QVERIFY(servers.create(makeServer(QStringLiteral("web1"))));
        QVERIFY(!servers.remove(web1->id));
    }

    void duplicateServerNameIsReadable() {
        auto db = openFresh();
        QVERIFY(db);
        ServerRepository servers(*db);
        QVERIFY(servers.create(makeServer(QStringLiteral("web1"))));
        auto again = servers.create(makeServer(QStringLiteral("web1")));
        QVERIFY(!again);
        QVERIFY(again.error().kind == StoreError::Kind::Duplicate);
        QCOMPARE(again.error().message, QStringLiteral("a server named 'web1' already exists"));
        QCOMPARE(again.error().field, QStringLiteral("name"));

        auto other = servers.create(makeServer(QStringLiteral("web2")));
        QVERIFY(other);
        Server renamed = other.value();
        renamed.name = QStringLiteral("web1");
        auto clash = servers.update(renamed);
        QVERIFY(!clash);
        QCOMPARE(clash.error().message, QStringLiteral("a server named 'web1' already exists"));
    }

    void serverValidation() {
        auto db = openFresh();
        QVERIFY(db);
        Server s = makeServer(QStringLiteral("bad"));
        s.port = 70000;
        auto r = ServerRepository(*db).create(s);
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("port 70000 is out of range 1–65535"));
        QCOMPARE(r.error().field, QStringLiteral("port"));
        s = makeServer(QString());
        QCOMPARE(ServerRepository(*db).create(s).error().field, QStringLiteral("name"));
    }

    void taskCrudWithTargets() {
        auto db = openFresh();
        QVERIFY(db);
        ServerRepository servers(*db);
        TaskRepository tasks(*db);
        const qint64 a = servers.create(makeServer(QStringLiteral("a")))->id;
        const qint64 b =
            servers.create(makeServer(QStringLiteral("b"), {QStringLiteral("web")}))->id;
        const qint64 c =
            servers.create(makeServer(QStringLiteral("c"), {QStringLiteral("web")}))->id;

        Task t = makeTask(QStringLiteral("backup"), {a}, {QStringLiteral("web")});
        t.kind = TaskKind::Script;
        t.interpreter = QStringLiteral("/bin/sh");
        t.overlap = OverlapPolicy::Queue;
        t.misfire = MisfirePolicy::Skip;
        t.retries = 2;
        t.retryDelaySeconds = 30;
        t.timeoutSeconds = 600;
        auto created = tasks.create(t);
        QVERIFY2(created, qPrintable(created.error().toString()));
        QVERIFY(created->id > 0);
        QCOMPARE(created->serverIds, QList<qint64>{a});
        QCOMPARE(created->serverTags, QStringList{QStringLiteral("web")});
        QVERIFY(created->kind == TaskKind::Script);
        QVERIFY(created->overlap == OverlapPolicy::Queue);
        QVERIFY(created->misfire == MisfirePolicy::Skip);
        QCOMPARE(created->retries, 2);
        QCOMPARE(created->nextFireAt, t.nextFireAt);
        QCOMPARE(created->timeZone, QStringLiteral("Europe/Berlin"));

        auto targets = tasks.resolveTargets(created->id);
        QVERIFY(targets);
        QCOMPARE(targets->size(), 3);

        Task edited = created.value();
        edited.serverIds = {b};
        edited.serverTags = {};
        edited.body = QStringLiteral("echo hi");
        auto updated = tasks.update(edited);
        QVERIFY2(updated, qPrintable(updated.error().toString()));
        QCOMPARE(updated->serverIds, QList<qint64>{b});
        QVERIFY(updated->serverTags.isEmpty());
        QCOMPARE(tasks.resolveTargets(created->id)->size(), 1);

        TaskRepository::Filter byServer;
        byServer.serverId = b;
        QCOMPARE(tasks.list(byServer)->size(), 1);
        byServer.serverId = c;
        QCOMPARE(tasks.list(byServer)->size(), 0);
        QVERIFY(tasks.setEnabled(created->id, false));
        TaskRepository::Filter enabledOnly;
        enabledOnly.enabledOnly = true;
        QCOMPARE(tasks.list(enabledOnly)->size(), 0);

        // Removing a server drops it from task targets but keeps the task.
        QVERIFY(servers.remove(b));
        QVERIFY(tasks.find(created->id)->serverIds.isEmpty());

        Run run;
        run.taskId = created->id;
        run.scheduledFor = at(0);
        QVERIFY(RunRepository(*db).create(run));
        QVERIFY(tasks.remove(created->id));
        QVERIFY(!tasks.find(created->id));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 0);
        QCOMPARE(tasks.remove(created->id).error().message,
                 QStringLiteral("unknown task id %1").arg(created->id));
    }

    void unknownServerSavesNothing() {
        auto db = openFresh();
        QVERIFY(db);
        TaskRepository tasks(*db);
        const qint64 a = ServerRepository(*db).create(makeServer(QStringLiteral("a")))->id;
        auto bad = tasks.create(makeTask(QStringLiteral("t"), {a, 42}));
        QVERIFY(!bad);
        QVERIFY(bad.error().kind == StoreError::Kind::UnknownReference);
        QCOMPARE(bad.error().message, QStringLiteral("unknown server id 42"));
        QCOMPARE(bad.error().field, QStringLiteral("servers"));
        QVERIFY(!tasks.findByName(QStringLiteral("t")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM task_servers")).toInt(), 0);

        // A failed edit leaves the task exactly as it was, targets included.
        auto good = tasks.create(makeTask(QStringLiteral("t"), {a}));
        QVERIFY(good);
        Task edited = good.value();
        edited.body = QStringLiteral("changed");
        edited.serverIds = {99};
        QCOMPARE(tasks.update(edited).error().message, QStringLiteral("unknown server id 99"));
        auto still = tasks.find(good->id);
        QCOMPARE(still->body, QStringLiteral("uptime"));
        QCOMPARE(still->serverIds, QList<qint64>{a});
    }

    void duplicateTaskNameIsReadable() {
        auto db = openFresh();
        QVERIFY(db);
        TaskRepository tasks(*db);
        QVERIFY(tasks.create(makeTask(QStringLiteral("nightly"))));
        auto again = tasks.create(makeTask(QStringLiteral("nightly")));
        QVERIFY(!again);
        QCOMPARE(again.error().message, QStringLiteral("a task named 'nightly' already exists"));
        QCOMPARE(again.error().field, QStringLiteral("name"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 1);
        Task empty = makeTask(QStringLiteral("x"));
        empty.body.clear();
        QCOMPARE(tasks.create(empty).error().field, QStringLiteral("body"));
    }

    void dueTasksAndClaims() {
        auto db = openFresh();
        QVERIFY(db);
        TaskRepository tasks(*db);
        Task t1 = makeTask(QStringLiteral("t1"));
        t1.nextFireAt = at(10);
        Task t2 = makeTask(QStringLiteral("t2"));
        t2.nextFireAt = at(5);
        Task t3 = makeTask(QStringLiteral("t3"));
        t3.nextFireAt = at(100);
        const qint64 id1 = tasks.create(t1)->id;
        QVERIFY(tasks.create(t2));
        QVERIFY(tasks.create(t3));
        QCOMPARE(tasks.earliestNextFire().value(), at(5));
        auto due = tasks.due(at(20));
        QVERIFY(due);
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->first().name, QStringLiteral("t2"));

        QCOMPARE(tasks.claimFire(id1, at(10), at(70)).value(), true);
        QCOMPARE(tasks.claimFire(id1, at(10), at(70)).value(), false); // the second engine loses
        QCOMPARE(tasks.find(id1)->nextFireAt, at(70));

        Run run;
        run.scheduledFor = at(70);
        run.engineId = QStringLiteral("engine-a");
        auto won = tasks.claimFireAndCreateRun(id1, at(70), at(130), run);
        QVERIFY(won);
        QVERIFY(won->has_value());
        QVERIFY((*won)->id > 0);
        auto lost = tasks.claimFireAndCreateRun(id1, at(70), at(130), run);
        QVERIFY(lost);
        QVERIFY(!lost->has_value());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 1);

        QVERIFY(tasks.setEnabled(id1, false));
        QCOMPARE(tasks.claimFire(id1, at(130), at(190)).value(), false);
    }

    void exactlyOneConcurrentClaimWins() {
        auto db = openFresh();
        QVERIFY(db);
        const qint64 id = TaskRepository(*db).create(makeTask(QStringLiteral("race")))->id;
        const QDateTime expected = TaskRepository(*db).find(id)->nextFireAt;
        QAtomicInt wins;
        QAtomicInt errors;
        QList<QThread *> threads;
        for (int i = 0; i < 6; ++i) {
            threads << QThread::create([&, i] {
                Run run;
                run.scheduledFor = expected;
                run.engineId = QStringLiteral("engine-%1").arg(i);
                auto r = TaskRepository(*db).claimFireAndCreateRun(id, expected,
                                                                   expected.addSecs(300), run);
                if (!r)
                    errors.ref();
                else if (r->has_value())
                    wins.ref();
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(errors.loadRelaxed(), 0);
        QCOMPARE(wins.loadRelaxed(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 1);
    }

    void manyEnginesClaimEveryDueFireOnce() {
        // Three engines work through the same 60 due tasks at once, the way daemons do: every
        // fire is claimed exactly once, and (on PostgreSQL, where each engine takes due tasks
        // in its own order and skips rows another engine is claiming) all of them get work.
        auto db = openFresh();
        QVERIFY(db);
        for (int i = 0; i < 60; ++i)
            QVERIFY(TaskRepository(*db).create(makeTask(QStringLiteral("t%1").arg(i))));
        const QDateTime now = at(1);
        QAtomicInt errors;
        QList<int> claimed(3, 0);
        QList<QThread *> threads;
        for (int e = 0; e < 3; ++e) {
            threads << QThread::create([&, e] {
                TaskRepository tasks(*db);
                auto due = tasks.due(now, 200);
                if (!due) {
                    errors.ref();
                    return;
                }
                for (const Task &t : due.value()) {
                    Run run;
                    run.scheduledFor = t.nextFireAt;
                    run.engineId = QStringLiteral("engine-%1").arg(e);
                    auto r = tasks.claimFireAndCreateRun(t.id, t.nextFireAt,
                                                         t.nextFireAt.addSecs(300), run);
                    if (!r)
                        errors.ref();
                    else if (r->has_value())
                        ++claimed[e];
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(errors.loadRelaxed(), 0);
        QCOMPARE(claimed[0] + claimed[1] + claimed[2], 60);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM runs")).toInt(), 60);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT task_id) FROM runs")).toInt(),
                 60);
        qInfo("claims per engine: %d / %d / %d", claimed[0], claimed[1], claimed[2]);
        if (m_backend.isPostgres()) {
            QVERIFY(TaskRepository(*db).due(now, 200)->isEmpty());
            // Random orders over 60 tasks: an engine left with nothing is all but impossible
            // unless every engine walks the same order.
            int engaged = 0;
            for (int c : claimed)
                engaged += c > 0 ? 1 : 0;
            QVERIFY2(engaged >= 2, "one engine took every fire");
        }
    }

    void deadEngineIsRecoveredOnceByConcurrentEngines() {
        // Two live engines notice the same dead one at the same moment: each of its open runs
        // is closed (and would be retried) by exactly one of them.
        auto db = openFresh();
        QVERIFY(db);
        EngineRepository engines(*db);
        QVERIFY(engines.registerEngine({QStringLiteral("dead"), QStringLiteral("there"), 200,
                                        QStringLiteral("0.1"), at(0), at(10)}));
        const qint64 serverId = ServerRepository(*db).create(makeServer(QStringLiteral("s")))->id;
        const qint64 taskId = TaskRepository(*db).create(makeTask(QStringLiteral("t")))->id;
        for (int i = 0; i < 20; ++i) {
            Run r;
            r.taskId = taskId;
            r.scheduledFor = at(i);
            r.engineId = QStringLiteral("dead");
            r.status = RunStatus::Running;
            Execution e;
            e.runId = RunRepository(*db).create(r)->id;
            e.serverId = serverId;
            e.status = ExecutionStatus::Running;
            QVERIFY(ExecutionRepository(*db).create(e));
        }
        QAtomicInt runs;
        QAtomicInt executions;
        QAtomicInt errors;
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                auto r = EngineRepository(*db).recoverDeadEngines(QStringLiteral("live-%1").arg(i),
                                                                  at(60), at(130));
                if (!r) {
                    errors.ref();
                    return;
                }
                runs.fetchAndAddRelaxed(int(r->interruptedRunIds.size()));
                executions.fetchAndAddRelaxed(r->interruptedExecutions);
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QCOMPARE(errors.loadRelaxed(), 0);
        QCOMPARE(runs.loadRelaxed(), 20);
        QCOMPARE(executions.loadRelaxed(), 20);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM executions WHERE status = "
                                            "'interrupted'"))
                     .toInt(),
                 20);
    }

    void changeNoticesReachListeners() {
        auto db = openFresh();
        QVERIFY(db);
        StoreChangeListener listener(*db, {ChangeNotifier::tasksChannel()});
        if (!m_backend.isPostgres()) {
            QVERIFY(!listener.isListening()); // SQLite: polling only
            return;
        }
        QVERIFY(listener.isListening());
        QSignalSpy changed(&listener, &StoreChangeListener::changed);
        // Another process: a second Database on the same server.
        auto other = Database::open(db->location());
        QVERIFY(other);
        const qint64 id =
            TaskRepository(*other.value()).create(makeTask(QStringLiteral("noticed")))->id;
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().at(0).toString(), ChangeNotifier::tasksChannel());
        changed.clear();
        // A write that fails announces nothing: the NOTIFY goes with its transaction.
        QVERIFY(!TaskRepository(*other.value()).create(makeTask(QStringLiteral("noticed"))));
        QVERIFY(!changed.wait(500));
        QVERIFY(TaskRepository(*other.value()).setEnabled(id, false));
        QVERIFY(changed.wait(5000));
    }

    void activeRunsOfAStaleEngineDoNotHoldTheTaskBack() {
        // The overlap check: a run left open by an engine whose heartbeat is past the lease
        // (it died, recovery has not closed the run yet) does not count as active; a live
        // engine's run and a run of an engine not registered (yet) do.
        auto db = openFresh();
        QVERIFY(db);
        EngineRepository engines(*db);
        QVERIFY(engines.registerEngine({QStringLiteral("dead"), QStringLiteral("there"), 200,
                                        QStringLiteral("0.1"), at(0), at(10)}));
        QVERIFY(engines.registerEngine({QStringLiteral("alive"), QStringLiteral("here"), 300,
                                        QStringLiteral("0.1"), at(0), at(100)}));
        const qint64 taskId = TaskRepository(*db).create(makeTask(QStringLiteral("t")))->id;
        RunRepository runs(*db);
        int fires = 0;
        auto openRun = [&](const QString &engine) {
            Run r;
            r.taskId = taskId;
            r.scheduledFor = at(++fires); // one run per fire time
            r.engineId = engine;
            r.status = RunStatus::Running;
            auto created = runs.create(r);
            return created ? created->id : qint64(-1);
        };
        const qint64 deadRun = openRun(QStringLiteral("dead"));
        QVERIFY(deadRun > 0);
        QCOMPARE(runs.countActive(taskId).value(), 1);         // no cutoff: counted
        QCOMPARE(runs.countActive(taskId, at(50)).value(), 0); // 40 s silent: dead
        QCOMPARE(runs.countActive(taskId, at(5)).value(), 1);  // within its lease
        QVERIFY(openRun(QStringLiteral("alive")) > 0);
        QVERIFY(openRun(QStringLiteral("unregistered")) > 0);
        QCOMPARE(runs.countActive(taskId, at(50)).value(), 2);
        QVERIFY(runs.finish(deadRun, RunStatus::Interrupted, at(60)));
        QCOMPARE(runs.countActive(taskId).value(), 2);
    }

    void runQueries() {
        auto db = openFresh();
        QVERIFY(db);
        const qint64 taskId = TaskRepository(*db).create(makeTask(QStringLiteral("t")))->id;
        RunRepository runs(*db);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            Run r;
            r.taskId = taskId;
            r.scheduledFor = at(i * 60);
            r.trigger = i == 4 ? RunTrigger::Manual : RunTrigger::Schedule;
            auto created = runs.create(r);
            QVERIFY2(created, qPrintable(created.error().toString()));
            ids << created->id;
        }
        auto page = runs.listForTask(taskId, 2, 0);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).id, ids.at(4)); // newest first
        QCOMPARE(page->at(1).id, ids.at(3));
        QCOMPARE(runs.listForTask(taskId, 2, 4)->size(), 1);
        QVERIFY(runs.listForTask(taskId, 2, 4)->first().id == ids.at(0));

        QVERIFY(!runs.latestCompleted(taskId)->has_value());
        QCOMPARE(runs.countActive(taskId).value(), 5);
        QVERIFY(runs.markStarted(ids.at(0), at(1)));
        QVERIFY(runs.finish(ids.at(0), RunStatus::Failed, at(2)));
        QVERIFY(runs.finish(ids.at(1), RunStatus::Succeeded, at(70)));
        auto latest = runs.latestCompleted(taskId);
        QVERIFY(latest->has_value());
        QCOMPARE((*latest)->id, ids.at(1));
        QVERIFY((*latest)->status == RunStatus::Succeeded);
        QCOMPARE(runs.countActive(taskId).value(), 3);
        QVERIFY(runs.find(ids.at(4))->trigger == RunTrigger::Manual);

        RunRepository::Filter f;
        f.status = RunStatus::Failed;
        QCOMPARE(runs.list(f)->size(), 1);
        f = RunRepository::Filter();
        f.from = at(60);
        f.to = at(180);
        QCOMPARE(runs.list(f)->size(), 2);

        Run orphan;
        orphan.taskId = 777;
        auto bad = runs.create(orphan);
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, QStringLiteral("unknown task id 777"));

        Run again;
        again.taskId = taskId;
        again.scheduledFor = at(0);
        auto twice = runs.create(again);
        QVERIFY(!twice);
        QVERIFY(twice.error().kind == StoreError::Kind::Duplicate);
        QCOMPARE(runs.finish(9999, RunStatus::Failed, at(0)).error().message,
                 QStringLiteral("unknown run id 9999"));
    }

    void executionCrudAndStatusWords() {
        auto db = openFresh();
        QVERIFY(db);
        const qint64 serverId = ServerRepository(*db).create(makeServer(QStringLiteral("s")))->id;
        const qint64 taskId = TaskRepository(*db).create(makeTask(QStringLiteral("t")))->id;
        Run r;
        r.taskId = taskId;
        const qint64 runId = RunRepository(*db).create(r)->id;
        ExecutionRepository executions(*db);

        // Every status word the model knows passes the CHECK constraint.
        QList<Execution> batch;
        for (auto s :
             {ExecutionStatus::Pending, ExecutionStatus::Running, ExecutionStatus::Succeeded,
              ExecutionStatus::Failed, ExecutionStatus::TimedOut, ExecutionStatus::Unreachable,
              ExecutionStatus::AuthFailed, ExecutionStatus::HostKeyRejected,
              ExecutionStatus::Cancelled, ExecutionStatus::Interrupted}) {
            Execution e;
            e.runId = runId;
            e.serverId = serverId;
            e.status = s;
            batch << e;
        }
        auto created = executions.createMany(batch);
        QVERIFY2(created, qPrintable(created.error().toString()));
        QCOMPARE(created->size(), 10);
        QCOMPARE(executions.listForRun(runId)->size(), 10);
        for (const Execution &e : created.value())
            QCOMPARE(toString(executions.find(e.id)->status), toString(e.status));

        Execution e = created->first();
        e.status = ExecutionStatus::Failed;
        e.exitCode = 3;
        e.exitSignal = QStringLiteral("TERM");
        e.error = QStringLiteral("exit status 3");
        e.startedAt = at(1);
        e.endedAt = at(2);
        e.stdoutData = QByteArray("out\n");
        e.stderrData = QByteArray("err\0x", 5);
        e.stderrTruncated = true;
        QVERIFY(executions.update(e));
        auto back = executions.find(e.id);
        QVERIFY(back);
        QCOMPARE(back->exitCode, std::optional<int>(3));
        QCOMPARE(back->stdoutData, QByteArray("out\n"));
        QCOMPARE(back->stderrData, QByteArray("err\0x", 5));
        QVERIFY(back->stderrTruncated);
        QVERIFY(!back->stdoutTruncated);
        QCOMPARE(back->startedAt, at(1));
        QVERIFY(!executions.find(created->at(1).id)->exitCode.has_value());

        ExecutionRepository::Filter f;
        f.status = ExecutionStatus::Failed;
        QCOMPARE(executions.count(f).value(), qint64(2));
        f = ExecutionRepository::Filter();
        f.taskId = taskId;
        f.limit = 3;
        QCOMPARE(executions.list(f)->size(), 3);
        QCOMPARE(executions.count(f).value(), qint64(10));
        f.serverId = serverId + 1;
        QCOMPARE(executions.count(f).value(), qint64(0));

        // All or nothing: one bad row and none of the batch is stored.
        Execution bad;
        bad.runId = 4242;
        bad.serverId = serverId;
        auto failed = executions.createMany({batch.first(), bad});
        QVERIFY(!failed);
        QVERIFY(failed.error().kind == StoreError::Kind::UnknownReference);
        QVERIFY(failed.error().message.contains(QStringLiteral("unknown run id 4242")));
        QCOMPARE(executions.listForRun(runId)->size(), 10);

        // A status word the model does not know is refused by the database itself.
        QSqlQuery raw(db->connection().value());
        QVERIFY(!raw.exec(QStringLiteral("UPDATE executions SET status = 'exploded'")));
        QVERIFY(db->dialect().classify(raw.lastError()) == SqlDialect::ErrorClass::CheckViolation);
    }

    void removingServerKeepsHistory() {
        auto db = openFresh();
        QVERIFY(db);
        ServerRepository servers(*db);
        const qint64 serverId = servers.create(makeServer(QStringLiteral("gone")))->id;
        const qint64 taskId =
            TaskRepository(*db).create(makeTask(QStringLiteral("t"), {serverId}))->id;
        Run r;
        r.taskId = taskId;
        const qint64 runId = RunRepository(*db).create(r)->id;
        Execution e;
        e.runId = runId;
        e.serverId = serverId;
        e.status = ExecutionStatus::Succeeded;
        const qint64 executionId = ExecutionRepository(*db).create(e)->id;
        QVERIFY(servers.remove(serverId));
        auto kept = ExecutionRepository(*db).find(executionId);
        QVERIFY(kept);
        QCOMPARE(kept->serverId, serverId);
        QCOMPARE(servers.find(serverId, true)->name, QStringLiteral("gone"));
    }

    void enginesAndRecovery() {
        auto db = openFresh();
        QVERIFY(db);
        EngineRepository engines(*db);
        EngineRecord self{QStringLiteral("self"),
                          QStringLiteral("here"),
                          100,
                          QStringLiteral("0.1"),
                          at(0),
                          at(100)};
        EngineRecord dead{QStringLiteral("dead"),
                          QStringLiteral("there"),
                          200,
                          QStringLiteral("0.1"),
                          at(0),
                          at(10)};
        QVERIFY(engines.registerEngine(self));
        QVERIFY(engines.registerEngine(dead));
        QVERIFY(engines.registerEngine(dead)); // again: refreshed, not duplicated
        QCOMPARE(engines.list()->size(), 2);
        QCOMPARE(engines.heartbeat(QStringLiteral("self"), at(120)).value(), true);
        QCOMPARE(engines.heartbeat(QStringLiteral("nobody"), at(120)).value(), false);
        auto stale = engines.listStale(at(60));
        QCOMPARE(stale->size(), 1);
        QCOMPARE(stale->first().id, QStringLiteral("dead"));

        const qint64 serverId = ServerRepository(*db).create(makeServer(QStringLiteral("s")))->id;
        const qint64 taskId = TaskRepository(*db).create(makeTask(QStringLiteral("t")))->id;
        auto makeRun = [&](const QString &engine, qint64 offset, ExecutionStatus status) {
            Run r;
            r.taskId = taskId;
            r.scheduledFor = at(offset);
            r.engineId = engine;
            r.status = RunStatus::Running;
            const qint64 runId = RunRepository(*db).create(r)->id;
            Execution e;
            e.runId = runId;
            e.serverId = serverId;
            e.status = status;
            if (!ExecutionRepository(*db).create(e))
                qWarning("could not create the execution");
            return runId;
        };
        const qint64 deadRun = makeRun(QStringLiteral("dead"), 1, ExecutionStatus::Running);
        const qint64 ghostRun = makeRun(QStringLiteral("ghost"), 2, ExecutionStatus::Pending);
        const qint64 liveRun = makeRun(QStringLiteral("self"), 3, ExecutionStatus::Running);

        auto recovery = engines.recoverDeadEngines(QStringLiteral("self"), at(60), at(130));
        QVERIFY2(recovery, qPrintable(recovery.error().toString()));
        QCOMPARE(recovery->deadEngineIds, QStringList{QStringLiteral("dead")});
        QCOMPARE(recovery->interruptedExecutions, 2);
        QCOMPARE(recovery->interruptedRunIds.size(), 2);
        QVERIFY(recovery->interruptedRunIds.contains(deadRun));
        QVERIFY(recovery->interruptedRunIds.contains(ghostRun));
        auto interrupted = ExecutionRepository(*db).listForRun(deadRun)->first();
        QVERIFY(interrupted.status == ExecutionStatus::Interrupted);
        QVERIFY(interrupted.error.contains(QStringLiteral("the engine on there (pid 200")));
        QCOMPARE(interrupted.endedAt, at(130));
        QVERIFY(RunRepository(*db).find(deadRun)->status == RunStatus::Interrupted);
        QVERIFY(RunRepository(*db).find(liveRun)->status == RunStatus::Running);
        QVERIFY(ExecutionRepository(*db).listForRun(liveRun)->first().status ==
                ExecutionStatus::Running);
        QCOMPARE(engines.list()->size(), 1);
        QVERIFY(engines.unregisterEngine(QStringLiteral("self")));
        QCOMPARE(engines.list()->size(), 0);
    }

    // The console's runs list: keyset pages newest first, the poll's questions, and query plans
    // that walk an index in order rather than sorting a million runs for each page.
    void runPagesNewestFirstByKeyset() {
        auto db = openFresh();
        QVERIFY(db);
        auto web = ServerRepository(*db).create(makeServer(QStringLiteral("web1")));
        QVERIFY(web);
        auto alpha = TaskRepository(*db).create(makeTask(QStringLiteral("alpha"), {web->id}));
        auto beta = TaskRepository(*db).create(makeTask(QStringLiteral("beta-report"), {web->id}));
        QVERIFY(alpha && beta);
        RunRepository runs(*db);
        for (int i = 0; i < 7; ++i) {
            Run r;
            r.taskId = i % 2 ? beta->id : alpha->id;
            r.trigger = RunTrigger::Manual;
            r.status = i == 5 ? RunStatus::Running : RunStatus::Succeeded;
            r.scheduledFor = at(i);
            QVERIFY(runs.create(r));
        }
        Execution e;
        e.runId = 6; // beta, running
        e.serverId = web->id;
        e.status = ExecutionStatus::Running;
        QVERIFY(ExecutionRepository(*db).create(e));

        RunPageQuery query(*db);
        auto first = query.page({}, 0, 3);
        QVERIFY(first);
        QCOMPARE(first->size(), 3);
        QCOMPARE(first->at(0).run.id, 7);
        QCOMPARE(first->at(2).run.id, 5);
        auto second = query.page({}, first->last().run.id, 3);
        QCOMPARE(second->at(0).run.id, 4);
        QCOMPARE(second->size(), 3);
        QCOMPARE(query.page({}, 2, 3)->size(), 1);

        RunPageQuery::Filter named;
        named.taskNameContains = QStringLiteral("BETA");
        auto betas = query.page(named, 0, 10);
        QCOMPARE(betas->size(), 3);
        QCOMPARE(betas->at(1).taskName, QStringLiteral("beta-report"));
        QCOMPARE(betas->at(1).run.id, 4);
        RunPageQuery::Filter running;
        running.status = RunStatus::Running;
        auto active = query.page(running, 0, 10);
        QCOMPARE(active->size(), 1);
        QCOMPARE(active->first().run.id, 6);
        QCOMPARE(active->first().executions, 1);
        QCOMPARE(active->first().active, 1);

        QCOMPARE(query.newerThan({}, 5, 10)->size(), 2);
        QCOMPARE(query.newerThan({}, 7, 10)->size(), 0);
        auto now = query.byIds({6, 2, 99});
        QCOMPARE(now->size(), 2);
        QCOMPARE(now->first().run.id, 6);

        // Query plans: in id order through the primary key or runs_task_newest, no sort step.
        // (SQLite's EXPLAIN QUERY PLAN; PostgreSQL picks plans by its statistics.)
        if (m_backend.isPostgres())
            return;
        auto plan = [&db](const QString &where) {
            QSqlQuery q(db->connection().value());
            q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id FROM runs r JOIN tasks t ON "
                                  "t.id = r.task_id %1 ORDER BY r.id DESC LIMIT 201")
                       .arg(where));
            QString text;
            while (q.next())
                text += q.value(3).toString() + QLatin1Char('\n');
            return text;
        };
        const QString unfiltered = plan(QStringLiteral("WHERE r.id < 1000"));
        QVERIFY2(!unfiltered.contains(QStringLiteral("TEMP B-TREE")), qPrintable(unfiltered));
        const QString byTask = plan(QStringLiteral("WHERE r.task_id = 1 AND r.id < 1000"));
        QVERIFY2(!byTask.contains(QStringLiteral("TEMP B-TREE")), qPrintable(byTask));
        QVERIFY2(byTask.contains(QStringLiteral("runs_task_newest")), qPrintable(byTask));
    }

    void settings() {
        auto db = openFresh();
        QVERIFY(db);
        SettingsRepository settings(*db);
        QCOMPARE(settings.value(QStringLiteral("retention.days"), QStringLiteral("30")).value(),
                 QStringLiteral("30"));
        QVERIFY(settings.setValue(QStringLiteral("retention.days"), QStringLiteral("7")));
        QVERIFY(settings.setValue(QStringLiteral("retention.days"), QStringLiteral("14")));
        QCOMPARE(settings.value(QStringLiteral("retention.days")).value(), QStringLiteral("14"));
        QCOMPARE(settings.all()->size(), 1);
        QVERIFY(settings.remove(QStringLiteral("retention.days")));
        QVERIFY(settings.all()->isEmpty());
    }

    void oneConnectionPerThreadRemovedWhenThreadEnds() {
        auto db = openFresh();
        QVERIFY(db);
        const QString mine = db->connection()->connectionName();
        QString theirs;
        QThread *worker = QThread::create([&] {
            theirs = db->connection()->connectionName();
            QVERIFY(ServerRepository(*db).create(makeServer(QStringLiteral("from-thread"))));
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QVERIFY(!QSqlDatabase::connectionNames().contains(theirs));
        QVERIFY(QSqlDatabase::connectionNames().contains(mine));
        QVERIFY(ServerRepository(*db).findByName(QStringLiteral("from-thread")));
        db.reset();
        QVERIFY(!QSqlDatabase::connectionNames().contains(mine));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
