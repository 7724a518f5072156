// scheduler_bench: the store side of the scheduler precision benchmark (issue 4). It fills a
// fresh database with servers and tasks for a real `fleetcron --daemon` to fire, and afterwards
// reads what that daemon recorded. bench/scheduler_bench/run.sh drives it.
//
//   scheduler_bench setup --db FILE|postgresql://URL --servers HOST:PORT,... --user U --key FILE
//                         [--tasks 1000] [--every 10s | --hourly] [--start-in-ms MS]
//                         [--max-parallel N]
//   scheduler_bench report --db FILE --since MS --until MS [--interval-ms MS]
//
// setup: one server per HOST:PORT (key auth), then N `command true` tasks, task i on server
// i mod S, with first fires spread evenly over one interval from now + start-in-ms, so
// `--every 10s` with 1,000 tasks is a steady 100 fires a second, not 1,000 at once. --hourly
// makes `@every 1h` tasks whose first fires are spread over the hour after start-in-ms (default
// one hour): a daemon holding them has nothing due, which is the idle case.
//
// report: over the runs whose due time (scheduled_for) lies in [since, until), the lateness of
// the claim (runs.started_at - scheduled_for; the scheduler writes both in the claim, and the
// store writer a later started_at when a fire claimed ahead was released late), of the runs that
// started alone (started_late_ms: not skipped), and of the
// SSH start (first executions.started_at - scheduled_for), as p50/p90/p99/max; fires per second;
// missed fires (a due time on a task's grid with no run, before the latest claimed one), fires
// not claimed yet when the daemon stopped, and double fires (two runs for one due
// time); run and execution statuses. Prints key=value lines.
#include "../BenchDatabase.h"
#include "model/Server.h"
#include "model/Task.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <memory>
#include <vector>

using namespace fleetcron;

namespace {

void out(const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString &message) {
    std::fputs(qPrintable(QStringLiteral("scheduler_bench: ") + message + QLatin1Char('\n')),
               stderr);
    return 1;
}

// --name value pairs after the subcommand; a flag without a value maps to "1".
QHash<QString, QString> parseArgs(const QStringList &args, int from, QString *error) {
    QHash<QString, QString> opts;
    for (int i = from; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            *error = QStringLiteral("unexpected argument '%1'").arg(a);
            return {};
        }
        const QString name = a.mid(2);
        if (i + 1 < args.size() && !args.at(i + 1).startsWith(QStringLiteral("--")))
            opts.insert(name, args.at(++i));
        else
            opts.insert(name, QStringLiteral("1"));
    }
    return opts;
}

// "10s", "5m", "1h", "1500ms" or plain seconds, in milliseconds; 0 when not understood.
qint64 parseDurationMs(const QString &text) {
    struct Unit {
        const char *suffix;
        qint64 ms;
    };
    static const Unit units[] = {{"ms", 1}, {"s", 1000}, {"m", 60'000}, {"h", 3'600'000}};
    for (const Unit &u : units) {
        const QString suffix = QString::fromLatin1(u.suffix);
        if (text.endsWith(suffix)) {
            bool ok = false;
            const qint64 n = text.chopped(suffix.size()).toLongLong(&ok);
            return ok && n > 0 ? n * u.ms : 0;
        }
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? n * 1000 : 0;
}

int setup(const QHash<QString, QString> &opts) {
    const QString dbPath = opts.value(QStringLiteral("db"));
    const QStringList hosts =
        opts.value(QStringLiteral("servers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString user = opts.value(QStringLiteral("user"));
    const QString key = opts.value(QStringLiteral("key"));
    if (dbPath.isEmpty() || hosts.isEmpty() || user.isEmpty() || key.isEmpty())
        return fail(QStringLiteral("setup needs --db, --servers, --user and --key"));
    const int taskCount = opts.value(QStringLiteral("tasks"), QStringLiteral("1000")).toInt();
    const int maxParallel = opts.value(QStringLiteral("max-parallel"), QStringLiteral("8")).toInt();
    const bool hourly = opts.contains(QStringLiteral("hourly"));
    const QString every =
        hourly ? QStringLiteral("1h") : opts.value(QStringLiteral("every"), QStringLiteral("10s"));
    const qint64 intervalMs = parseDurationMs(every);
    if (taskCount < 1 || maxParallel < 1 || intervalMs <= 0)
        return fail(QStringLiteral("setup: --tasks, --max-parallel and --every need positive "
                                   "values (--every like 10s, 5m, 1h)"));
    const qint64 startInMs = opts.value(QStringLiteral("start-in-ms"),
                                        hourly ? QStringLiteral("3600000") : QStringLiteral("3000"))
                                 .toLongLong();

    QString error;
    auto db = bench::openDatabase(dbPath, &error);
    if (!db)
        return fail(error);

    QList<Server> servers;
    for (int i = 0; i < hosts.size(); ++i) {
        const QString hostPort = hosts.at(i);
        const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
        Server s;
        s.name = QStringLiteral("bench%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        s.host = colon > 0 ? hostPort.left(colon) : hostPort;
        s.port = colon > 0 ? hostPort.mid(colon + 1).toInt() : 22;
        s.username = user;
        s.auth = AuthMethod::Key;
        s.keyPath = key;
        s.maxParallel = maxParallel;
        auto created = ServerRepository(*db).create(s);
        if (!created)
            return fail(created.error().toString());
        servers.append(created.value());
    }

    // Rounded to whole milliseconds as the store keeps them.
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + startInMs;
    const QString schedule = QStringLiteral("@every ") + every;
    TaskRepository tasks(*db);
    // One transaction for all (the repository's own join it): 100,000 tasks in seconds, not
    // 100,000 commits.
    Transaction all(*db);
    if (!all.ok())
        return fail(all.error().toString());
    for (int i = 0; i < taskCount; ++i) {
        Task t;
        t.name = QStringLiteral("bench-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        t.body = QStringLiteral("true");
        t.schedule = schedule;
        t.timeoutSeconds = 30;
        t.overlap = OverlapPolicy::Skip;
        t.misfire = MisfirePolicy::RunOnce;
        t.serverIds = {servers.at(i % servers.size()).id};
        t.nextFireAt =
            QDateTime::fromMSecsSinceEpoch(start + qint64(i) * intervalMs / taskCount, Qt::UTC);
        auto created = tasks.create(t);
        if (!created)
            return fail(created.error().toString());
    }
    if (auto committed = all.commit(); !committed)
        return fail(committed.error().toString());
    out(QStringLiteral("servers=%1").arg(servers.size()));
    out(QStringLiteral("tasks=%1").arg(taskCount));
    out(QStringLiteral("schedule=%1").arg(schedule));
    out(QStringLiteral("interval_ms=%1").arg(intervalMs));
    out(QStringLiteral("first_fire_ms=%1").arg(start));
    out(QStringLiteral("fires_per_s=%1")
            .arg(double(taskCount) * 1000.0 / double(intervalMs), 0, 'f', 2));
    return 0;
}

// Nearest-rank percentile of sorted values.
qint64 percentile(const std::vector<qint64> &sorted, double p) {
    if (sorted.empty())
        return 0;
    const auto rank = size_t(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted.at(std::min(rank, sorted.size()) - 1);
}

QString summary(std::vector<qint64> v) {
    std::sort(v.begin(), v.end());
    if (v.empty())
        return QStringLiteral("n=0");
    return QStringLiteral("n=%1 min=%2 p50=%3 p90=%4 p99=%5 p99.9=%6 max=%7")
        .arg(v.size())
        .arg(v.front())
        .arg(percentile(v, 50))
        .arg(percentile(v, 90))
        .arg(percentile(v, 99))
        .arg(percentile(v, 99.9))
        .arg(v.back());
}

QString buckets(const std::vector<qint64> &v) {
    static const qint64 edges[] = {0, 1, 2, 5, 10, 50, 100, 1000};
    QStringList parts;
    for (qint64 edge : edges) {
        const auto n = std::count_if(v.begin(), v.end(), [edge](qint64 x) { return x <= edge; });
        parts << QStringLiteral("<=%1:%2").arg(edge).arg(n);
    }
    const auto over = std::count_if(v.begin(), v.end(), [](qint64 x) { return x > 1000; });
    parts << QStringLiteral(">1000:%1").arg(over);
    return parts.join(QLatin1Char(' '));
}

int report(const QHash<QString, QString> &opts) {
    const QString dbPath = opts.value(QStringLiteral("db"));
    bool okSince = false;
    bool okUntil = false;
    const qint64 since = opts.value(QStringLiteral("since")).toLongLong(&okSince);
    const qint64 until = opts.value(QStringLiteral("until")).toLongLong(&okUntil);
    if (dbPath.isEmpty() || !okSince || !okUntil || until <= since)
        return fail(QStringLiteral("report needs --db, --since MS and --until MS (epoch ms)"));
    const qint64 intervalMs =
        opts.value(QStringLiteral("interval-ms"), QStringLiteral("10000")).toLongLong();
    if (intervalMs <= 0)
        return fail(QStringLiteral("report: --interval-ms must be positive"));
    if ((until - since) / intervalMs > 1'000'000)
        return fail(QStringLiteral("report: the window holds more than a million fires per "
                                   "task; give --since and --until around the run"));

    QString error;
    auto db = bench::openDatabase(dbPath, &error);
    if (!db)
        return fail(error);
    auto conn = db->connection();
    if (!conn)
        return fail(conn.error().toString());

    // Every task's grid: interval tasks keep the phase of their first fire.
    QHash<qint64, qint64> phaseOf;
    {
        QSqlQuery q(conn.value());
        if (!q.exec(QStringLiteral("SELECT id, next_fire_at FROM tasks WHERE enabled = 1")))
            return fail(QStringLiteral("read tasks: ") + q.lastError().text());
        while (q.next()) {
            if (!q.value(1).isNull())
                phaseOf.insert(q.value(0).toLongLong(),
                               ((q.value(1).toLongLong() % intervalMs) + intervalMs) % intervalMs);
        }
    }

    QSqlQuery q(conn.value());
    q.prepare(
        QStringLiteral("SELECT r.task_id, r.scheduled_for, r.started_at, r.trigger, r.status, "
                       "(SELECT MIN(e.started_at) FROM executions e WHERE e.run_id = r.id) "
                       "FROM runs r WHERE r.scheduled_for >= ? AND r.scheduled_for < ? "
                       "AND r.trigger IN ('schedule', 'catch-up') ORDER BY r.scheduled_for"));
    q.addBindValue(since);
    q.addBindValue(until);
    if (!q.exec())
        return fail(QStringLiteral("read runs: ") + q.lastError().text());

    std::vector<qint64> claim;
    std::vector<qint64> started; // the runs that started (not skipped): when, against due
    std::vector<qint64> sshStart;
    QMap<QString, int> runStatus;
    QMap<QString, int> triggers;
    QHash<qint64, QSet<qint64>> firedAt; // task -> due times with a run
    qint64 doubles = 0;
    qint64 offGrid = 0;
    qint64 runs = 0;
    qint64 notStarted = 0;
    const qint64 slices = (until - since + 9999) / 10000;
    std::vector<std::vector<qint64>> bySlice(size_t(std::max<qint64>(1, slices)));
    while (q.next()) {
        ++runs;
        const qint64 task = q.value(0).toLongLong();
        const qint64 due = q.value(1).toLongLong();
        runStatus[q.value(4).toString()]++;
        triggers[q.value(3).toString()]++;
        if (firedAt[task].contains(due))
            ++doubles;
        firedAt[task].insert(due);
        if (phaseOf.contains(task) &&
            ((due % intervalMs) + intervalMs) % intervalMs != phaseOf[task])
            ++offGrid;
        if (q.value(2).isNull()) {
            ++notStarted;
        } else {
            const qint64 late = q.value(2).toLongLong() - due;
            claim.push_back(late);
            if (q.value(4).toString() != QLatin1String("skipped"))
                started.push_back(late);
            bySlice[size_t(std::min<qint64>((due - since) / 10000, qint64(bySlice.size()) - 1))]
                .push_back(late);
        }
        if (!q.value(5).isNull())
            sshStart.push_back(q.value(5).toLongLong() - due);
    }

    // A due time on a task's grid inside the window with no run is a missed fire, when the
    // daemon had already claimed a later due time; after the latest claimed one it is only
    // not claimed yet (the daemon was stopped while behind).
    qint64 latestDue = std::numeric_limits<qint64>::min();
    for (const QSet<qint64> &times : std::as_const(firedAt)) {
        for (qint64 t : times)
            latestDue = std::max(latestDue, t);
    }
    qint64 expected = 0;
    qint64 missed = 0;
    qint64 unclaimed = 0;
    for (auto it = phaseOf.constBegin(); it != phaseOf.constEnd(); ++it) {
        const qint64 phase = it.value();
        qint64 t = since - ((since % intervalMs) + intervalMs) % intervalMs + phase;
        if (t < since)
            t += intervalMs;
        const QSet<qint64> fired = firedAt.value(it.key());
        for (; t < until; t += intervalMs) {
            ++expected;
            if (!fired.contains(t))
                ++(t <= latestDue ? missed : unclaimed);
        }
    }

    QMap<QString, int> execStatus;
    {
        QSqlQuery e(conn.value());
        e.prepare(QStringLiteral("SELECT e.status, COUNT(*) FROM executions e JOIN runs r ON "
                                 "r.id = e.run_id WHERE r.scheduled_for >= ? AND "
                                 "r.scheduled_for < ? GROUP BY e.status"));
        e.addBindValue(since);
        e.addBindValue(until);
        if (!e.exec())
            return fail(QStringLiteral("read executions: ") + e.lastError().text());
        while (e.next())
            execStatus[e.value(0).toString()] = e.value(1).toInt();
    }

    auto joinCounts = [](const QMap<QString, int> &m) {
        QStringList parts;
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(' '));
    };
    const double seconds = double(until - since) / 1000.0;
    out(QStringLiteral("window_s=%1").arg(seconds, 0, 'f', 1));
    out(QStringLiteral("tasks=%1").arg(phaseOf.size()));
    out(QStringLiteral("runs=%1").arg(runs));
    out(QStringLiteral("expected_fires=%1").arg(expected));
    out(QStringLiteral("fires_per_s=%1").arg(double(runs) / seconds, 0, 'f', 2));
    out(QStringLiteral("missed_fires=%1").arg(missed));
    out(QStringLiteral("unclaimed_at_stop=%1").arg(unclaimed));
    out(QStringLiteral("double_fires=%1").arg(doubles));
    out(QStringLiteral("off_grid_fires=%1").arg(offGrid));
    out(QStringLiteral("runs_without_started_at=%1").arg(notStarted));
    out(QStringLiteral("triggers=%1").arg(joinCounts(triggers)));
    out(QStringLiteral("run_status=%1").arg(joinCounts(runStatus)));
    out(QStringLiteral("execution_status=%1").arg(joinCounts(execStatus)));
    out(QStringLiteral("claim_late_ms %1").arg(summary(claim)));
    out(QStringLiteral("claim_late_buckets_ms %1").arg(buckets(claim)));
    // Only the runs that started: with fires claimed ahead, a skip is decided before its time.
    out(QStringLiteral("started_late_ms %1").arg(summary(started)));
    out(QStringLiteral("ssh_start_late_ms %1").arg(summary(sshStart)));
    QStringList slicesP99;
    for (auto &slice : bySlice) {
        std::sort(slice.begin(), slice.end());
        slicesP99 << (slice.empty() ? QStringLiteral("-") : QString::number(percentile(slice, 99)));
    }
    out(QStringLiteral("claim_p99_ms_per_10s=%1").arg(slicesP99.join(QLatin1Char(','))));
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString usage = QStringLiteral(
        "usage: scheduler_bench setup --db FILE --servers HOST:PORT,... --user U --key FILE "
        "[--tasks N] [--every 10s | --hourly] [--start-in-ms MS] [--max-parallel N]\n"
        "       scheduler_bench report --db FILE --since MS --until MS [--interval-ms MS]");
    if (args.size() < 2)
        return fail(usage);
    QString error;
    const auto opts = parseArgs(args, 2, &error);
    if (!error.isEmpty())
        return fail(error + QLatin1Char('\n') + usage);
    if (args.at(1) == QStringLiteral("setup"))
        return setup(opts);
    if (args.at(1) == QStringLiteral("report"))
        return report(opts);
    return fail(usage);
}
