// prune_bench: the store side of the retention benchmark (issue 16, item 2). bench/prune_bench/
// run.sh drives it around bench/scheduler_bench/run.sh, whose daemon fires tasks steadily and
// whose `scheduler_bench report` measures the claims' lateness.
//
//   prune_bench fill --db FILE|URL [--executions 1000000] [--days-old 30]
//   prune_bench watch --db FILE|URL [--timeout-s 900]
//   prune_bench pg-serve --databases N --url-file FILE
//
// fill (a fixture, not the writer: a million results through the store writer would take
// minutes), on an empty database before `scheduler_bench setup` adds the fired tasks: one server
// and 100 disabled tasks of its own, and in one transaction N ended runs of them, one
// execution each with a line of stdout, spread over the 30 days before `--days-old` days ago;
// their search index rows, the newest 20,000 left waiting for the index instead
// (execution_search_pending, as a writer behind on indexing leaves them), and two live output
// chunks on every 1,000th (what a crash leaves). Sets retention.days to 7, so all of them are
// past the retention and the daemon's pruner deletes them on its first pass.
//
// watch: polls the lowest run id every 50 ms: the prune starts when it first moves and ends
// when no run of the fill is left; prints prune_start_ms, prune_end_ms, the rows and rows/s, and
// then counts what the prune may not leave behind (index rows, pending marks, output chunks of
// executions that are gone). Exits when the prune is over, or after the timeout.
//
// pg-serve: a PostgreSQL server of its own (tests/support PostgresFixture: initdb in a temporary
// folder) with N empty databases, their URLs one a line in --url-file; stopped, and its data
// removed, on SIGTERM or SIGINT.
#include "../BenchDatabase.h"
#include "model/Server.h"
#include "model/Task.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ServerRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/TaskRepository.h"
#include "store/Transaction.h"
#include "support/PostgresFixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace fleetcron;

namespace {

constexpr int retentionDays = 7;
constexpr qint64 dayMs = 86'400'000;

void out(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &message) {
    std::fputs(qPrintable(QStringLiteral("prune_bench: ") + message + QLatin1Char('\n')), stderr);
    return 1;
}

QHash<QString, QString> parseArgs(const QStringList &args) {
    QHash<QString, QString> opts;
    for (int i = 2; i + 1 < args.size(); i += 2)
        opts.insert(args.at(i).mid(2), args.at(i + 1));
    return opts;
}

bool isPostgres(Database &db) {
    return db.dialect().backend() == SqlDialect::Backend::PostgreSQL;
}

// One statement, or a sentence saying which failed.
bool exec(QSqlQuery &q, const QString &sql, QString *error) {
    if (q.exec(sql))
        return true;
    *error = sql.left(60) + QStringLiteral("…: ") + q.lastError().text();
    return false;
}

qint64 scalar(QSqlQuery &q, const QString &sql) {
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).isNull() ? 0 : q.value(0).toLongLong();
}

// The statements of the fixture for one backend; %1.. are filled by fill().
QStringList fillStatements(bool postgres) {
    const QString series =
        postgres ? QStringLiteral("SELECT i FROM generate_series(1::bigint, %1) AS s(i)")
                 : QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL "
                                  "SELECT i + 1 FROM s WHERE i < %1) SELECT i FROM s");
    const QString line = QStringLiteral("'job ' || i || ' done on host' || (i % 1000) || ' ok'");
    const QString blob = postgres ? QStringLiteral("convert_to(%1, 'UTF8')").arg(line)
                                  : QStringLiteral("CAST(%1 AS BLOB)").arg(line);
    QStringList sql;
    // %2 first task id, %3 tasks, %4 oldest due time (ms), %5 ms between runs.
    sql << QStringLiteral("INSERT INTO runs (id, task_id, scheduled_for, started_at, finished_at, "
                          "trigger, status) SELECT i, %2 + i % %3, %4 + i * %5, %4 + i * %5, "
                          "%4 + i * %5 + 20, 'schedule', 'succeeded' FROM (") +
               series + QStringLiteral(") x");
    // %6 first server id, %7 servers.
    sql << QStringLiteral("INSERT INTO executions (id, run_id, server_id, attempt, started_at, "
                          "ended_at, status, exit_code, stdout) SELECT i, i, %6 + i % %7, 1, "
                          "%4 + i * %5, %4 + i * %5 + 20, 'succeeded', 0, ") +
               blob + QStringLiteral(" FROM (") + series + QStringLiteral(") x");
    sql << (postgres
                ? QStringLiteral("INSERT INTO execution_search (execution_id, doc) SELECT i, "
                                 "array_to_tsvector(ARRAY['job', i::text, 'done', 'on', 'host' || "
                                 "(i % 1000), 'ok']) FROM (") +
                      series + QStringLiteral(") x WHERE i <= %1 - 20000")
                : QStringLiteral("INSERT INTO search.execution_search (rowid, body) SELECT id, "
                                 "CAST(stdout AS TEXT) FROM executions WHERE id <= %1 - "
                                 "20000"));
    sql << QStringLiteral("INSERT INTO execution_search_pending (execution_id) SELECT id FROM "
                          "executions WHERE id > %1 - 20000 AND id <= %1");
    sql << QStringLiteral("INSERT INTO execution_output (execution_id, seq, stream, at, bytes) "
                          "SELECT id, k, 'stdout', ended_at, stdout FROM executions, (SELECT 1 "
                          "AS k UNION ALL SELECT 2) two WHERE id % 1000 = 0 AND id <= %1");
    if (postgres) {
        sql << QStringLiteral("SELECT setval(pg_get_serial_sequence('runs', 'id'), %1)");
        sql << QStringLiteral("SELECT setval(pg_get_serial_sequence('executions', 'id'), %1)");
    }
    return sql;
}

// The tasks whose history is pruned: disabled, so the report's grid leaves them out.
bool makeHistoryTasks(Database &db, QString *error) {
    Server s;
    s.name = QStringLiteral("history");
    s.host = QStringLiteral("127.0.0.1");
    s.port = 1;
    s.username = QStringLiteral("nobody");
    s.auth = AuthMethod::Agent;
    auto server = ServerRepository(db).create(s);
    if (!server) {
        *error = server.error().toString();
        return false;
    }
    for (int i = 1; i <= 100; ++i) {
        Task t;
        t.name = QStringLiteral("history-%1").arg(i, 3, 10, QLatin1Char('0'));
        t.body = QStringLiteral("true");
        t.schedule = QStringLiteral("@every 10s");
        t.enabled = false;
        t.serverIds = {server->id};
        if (auto created = TaskRepository(db).create(t); !created) {
            *error = created.error().toString();
            return false;
        }
    }
    return true;
}

int fill(const QHash<QString, QString> &opts) {
    QString error;
    auto db = bench::openDatabase(opts.value(QStringLiteral("db")), &error);
    if (!db)
        return fail(error);
    const qint64 n =
        opts.value(QStringLiteral("executions"), QStringLiteral("1000000")).toLongLong();
    const qint64 daysOld =
        opts.value(QStringLiteral("days-old"), QStringLiteral("30")).toLongLong();
    if (n < 20'000 || daysOld <= retentionDays)
        return fail(QStringLiteral("fill needs --executions >= 20000 and --days-old > %1")
                        .arg(retentionDays));
    // On SQLite the index is the attached file (SearchIndexFile): filled on that connection.
    auto conn = db->searchConnection();
    if (!conn)
        return fail(conn.error().toString());
    QSqlQuery q(conn.value());
    if (scalar(q, QStringLiteral("SELECT COUNT(*) FROM tasks")) != 0)
        return fail(QStringLiteral("fill needs an empty database"));
    if (!makeHistoryTasks(*db, &error))
        return fail(error);
    const qint64 firstTask = scalar(q, QStringLiteral("SELECT MIN(id) FROM tasks"));
    const qint64 tasks = scalar(q, QStringLiteral("SELECT COUNT(*) FROM tasks"));
    const qint64 firstServer = scalar(q, QStringLiteral("SELECT MIN(id) FROM servers"));
    const qint64 servers = scalar(q, QStringLiteral("SELECT COUNT(*) FROM servers"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 oldest = now - (daysOld + 30) * dayMs;
    const qint64 step = 30 * dayMs / n;
    QElapsedTimer timer;
    timer.start();
    if (!SettingsRepository(*db).setValue(SettingKeys::retentionDays(),
                                          QString::number(retentionDays)))
        return fail(QStringLiteral("cannot set retention.days"));
    // No read left open on this connection: its snapshot predates the tasks written above
    // (on the other connection), and a stale snapshot cannot become a write transaction.
    q.finish();
    Transaction all(conn.value(), db->dialect());
    if (!all.ok())
        return fail(all.error().toString());
    for (const QString &statement : fillStatements(isPostgres(*db))) {
        const QString sql = QString(statement)
                                .replace(QStringLiteral("%1"), QString::number(n))
                                .replace(QStringLiteral("%2"), QString::number(firstTask))
                                .replace(QStringLiteral("%3"), QString::number(tasks))
                                .replace(QStringLiteral("%4"), QString::number(oldest))
                                .replace(QStringLiteral("%5"), QString::number(step))
                                .replace(QStringLiteral("%6"), QString::number(firstServer))
                                .replace(QStringLiteral("%7"), QString::number(servers));
        if (!exec(q, sql, &error))
            return fail(error);
    }
    if (auto committed = all.commit(); !committed)
        return fail(committed.error().toString());
    if (isPostgres(*db))
        exec(q, QStringLiteral("ANALYZE"), &error); // what autovacuum does after such a fill
    out(QStringLiteral("fill_executions=%1").arg(n));
    out(QStringLiteral("fill_s=%1").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    out(QStringLiteral("retention_days=%1").arg(retentionDays));
    return 0;
}

// What a prune must not leave behind: rows that name an execution that is gone.
void countOrphans(Database &db, QSqlQuery &q) {
    const QString searchKey =
        isPostgres(db) ? QStringLiteral("execution_id") : QStringLiteral("rowid");
    const QHash<QString, QString> orphans{
        {QStringLiteral("orphan_executions"),
         QStringLiteral("SELECT COUNT(*) FROM executions e WHERE NOT EXISTS (SELECT 1 FROM runs r "
                        "WHERE r.id = e.run_id)")},
        {QStringLiteral("orphan_search_rows"),
         QStringLiteral("SELECT COUNT(*) FROM execution_search s WHERE NOT EXISTS (SELECT 1 FROM "
                        "executions e WHERE e.id = s.%1)")
             .arg(searchKey)},
        {QStringLiteral("orphan_pending_marks"),
         QStringLiteral("SELECT COUNT(*) FROM execution_search_pending p WHERE NOT EXISTS (SELECT "
                        "1 FROM executions e WHERE e.id = p.execution_id)")},
        {QStringLiteral("orphan_output_chunks"),
         QStringLiteral("SELECT COUNT(*) FROM execution_output o WHERE NOT EXISTS (SELECT 1 FROM "
                        "executions e WHERE e.id = o.execution_id)")},
    };
    for (auto it = orphans.constBegin(); it != orphans.constEnd(); ++it)
        out(QStringLiteral("%1=%2").arg(it.key()).arg(scalar(q, it.value())));
}

int watch(const QHash<QString, QString> &opts) {
    QString error;
    auto db = bench::openDatabase(opts.value(QStringLiteral("db")), &error);
    if (!db)
        return fail(error);
    const qint64 timeoutMs =
        opts.value(QStringLiteral("timeout-s"), QStringLiteral("900")).toLongLong() * 1000;
    const qint64 cut = QDateTime::currentMSecsSinceEpoch() - retentionDays * dayMs;
    QSqlQuery q(db->connection().value());
    const qint64 last =
        scalar(q, QStringLiteral("SELECT MAX(id) FROM runs WHERE scheduled_for < %1").arg(cut));
    const qint64 first = scalar(q, QStringLiteral("SELECT MIN(id) FROM runs"));
    out(QStringLiteral("watch_old_runs=%1").arg(last - first + 1));
    const qint64 began = QDateTime::currentMSecsSinceEpoch();
    qint64 start = 0;
    qint64 end = 0;
    for (;;) {
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        const qint64 lowest = scalar(q, QStringLiteral("SELECT MIN(id) FROM runs"));
        q.finish(); // no read transaction left open between polls
        if (start == 0 && lowest != first)
            start = t;
        if (lowest > last) {
            end = t;
            break;
        }
        if (t - began > timeoutMs)
            break;
        QThread::msleep(50);
    }
    out(QStringLiteral("prune_start_ms=%1").arg(start));
    out(QStringLiteral("prune_end_ms=%1").arg(end > 0 ? end : -1));
    // On a timeout, the rate so far: the runs below the lowest one left are gone.
    const qint64 gone =
        end > 0 ? last - first + 1 : scalar(q, QStringLiteral("SELECT MIN(id) FROM runs")) - first;
    const qint64 stop = end > 0 ? end : QDateTime::currentMSecsSinceEpoch();
    out(QStringLiteral("pruned_runs=%1").arg(gone));
    if (start > 0 && stop > start) {
        const double seconds = double(stop - start) / 1000.0;
        out(QStringLiteral("prune_s=%1").arg(seconds, 0, 'f', 1));
        out(QStringLiteral("prune_rows_per_s=%1").arg(double(gone) / seconds, 0, 'f', 0));
    }
    if (!isPostgres(*db)) {
        // SQLite takes the pruned executions' index rows out behind the prune (migration
        // 0019): how long until none waits.
        qint64 waiting = 0;
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        while ((waiting = scalar(q, QStringLiteral("SELECT COUNT(*) FROM "
                                                   "execution_search_removed"))) > 0 &&
               QDateTime::currentMSecsSinceEpoch() - from < timeoutMs) {
            q.finish();
            QThread::msleep(200);
        }
        out(QStringLiteral("index_removals_left=%1").arg(waiting));
        out(QStringLiteral("index_caught_up_s=%1")
                .arg((QDateTime::currentMSecsSinceEpoch() - from) / 1000.0, 0, 'f', 1));
    }
    QSqlQuery search(db->searchConnection().value());
    countOrphans(*db, search);
    return 0;
}

int pgServe(const QHash<QString, QString> &opts) {
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr); // taken by sigwait below
    test::PostgresFixture server;
    if (!server.start())
        return fail(server.error());
    QStringList urls;
    const int count = opts.value(QStringLiteral("databases"), QStringLiteral("1")).toInt();
    for (int i = 1; i <= count; ++i)
        urls << server.createDatabase(QStringLiteral("prune_bench_%1").arg(i));
    QFile file(opts.value(QStringLiteral("url-file")));
    if (!file.open(QIODevice::WriteOnly) || urls.contains(QString()))
        return fail(QStringLiteral("cannot create the databases or write the URL file"));
    file.write((urls.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    file.close();
    out(QStringLiteral("postgres_pid=%1").arg(server.pid()));
    int signal = 0;
    sigwait(&stopSignals, &signal);
    server.stop();
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString verb = args.value(1);
    const QHash<QString, QString> opts = parseArgs(args);
    if (verb == QStringLiteral("fill"))
        return fill(opts);
    if (verb == QStringLiteral("watch"))
        return watch(opts);
    if (verb == QStringLiteral("pg-serve"))
        return pgServe(opts);
    return fail(QStringLiteral("usage: prune_bench fill|watch|pg-serve --db FILE|URL …"));
}
