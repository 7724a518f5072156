// history_bench: the history faces on 10 million executions (issue 16, item 2).
//
//   history_bench [--rows N] [--dir PATH] [--reuse] [--postgres] [--requests R] [--processes P]
//                 [--no-csv] [--api-csv] [--console PATH] [--only NAME,...]
//
// 1. The fixture: a database made by the product's own Database::open (its migrations), filled
//    by HistoryFixture (N executions, default 10,000,000; 1,000 tasks, 50 servers, a year).
//    SQLite: PATH/history-N.sqlite, kept for --reuse (default PATH /work/tmp/history_bench).
//    --postgres: a server of the bench's own (tests/support PostgresFixture, initdb in a
//    temporary folder, stopped by its PID at the end), filled every time.
// 2. The real `fleetcron --daemon` on it; R requests of each kind one after another (the API's
//    paging and filters, see cases()), p50 / p99 / max of the time to the answer's last byte.
// 3. `fleetcron runs --json` (and --task) as P processes each: p50 / p99 of their wall time.
// 4. `fleetcron export --out FILE` of every execution: rows/s and the process's peak RSS;
//    with --api-csv also GET /v1/api/executions.csv (rows/s, the daemon's VmHWM).
// 5. With --console PATH (console_bench): the console's Runs view opening on the fixture
//    (console_bench --database LOCATION --no-stream), its output passed through.
#include "DaemonUnderTest.h"
#include "HistoryFixture.h"
#include "MeasuredProcess.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#ifdef FLEETCRON_BENCH_POSTGRES
#include "support/PostgresFixture.h"
#endif

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fleetcron;
using namespace fleetcron::bench;

namespace {

struct Latency {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Latency latency(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return {};
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * ms.size()))]; };
    return {at(0.5), at(0.99), ms.back()};
}

void report(const QString &what, const std::vector<double> &ms, const QString &note = {}) {
    const Latency l = latency(ms);
    std::printf("| %s | %zu | %.1f | %.1f | %.1f | %s |\n", qPrintable(what), ms.size(), l.p50,
                l.p99, l.max, qPrintable(note));
    std::fflush(stdout);
}

QString iso(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// One kind of request: its name and the path of request i.
struct Case {
    QString name;
    std::function<QString(int)> path;
};

// `cursorRun`: the busiest task's run just before its last page (its id as `before` asks for
// the same page as the offset does).
QList<Case> cases(const HistoryShape &s, qint64 cursorRun) {
    auto rng = std::make_shared<QRandomGenerator>(2026);
    auto anyTask = [s, rng] { return s.taskIds.at(int(rng->bounded(int(s.taskIds.size())))); };
    auto anyServer = [s, rng] {
        return s.serverIds.at(int(rng->bounded(int(s.serverIds.size()))));
    };
    auto anyDay = [s, rng] {
        const qint64 span = qMax<qint64>(1, s.lastAtMs - s.firstAtMs - 86'400'000);
        const qint64 from = s.firstAtMs + qint64(rng->generateDouble() * span);
        return QStringLiteral("since=%1&until=%2").arg(iso(from), iso(from + 86'400'000));
    };
    const qint64 lastPage = qMax<qint64>(0, s.busiestTaskRuns - 20);
    return {
        {QStringLiteral("tasks/ID/executions, first page (any task)"),
         [=](int) { return QStringLiteral("/tasks/%1/executions").arg(anyTask()); }},
        {QStringLiteral("tasks/ID/executions, last page (busiest task, offset %1)").arg(lastPage),
         [=](int) {
             return QStringLiteral("/tasks/%1/executions?offset=%2")
                 .arg(s.busiestTaskId)
                 .arg(lastPage);
         }},
        {QStringLiteral("tasks/ID/executions, last page by cursor (busiest task, before=)"),
         [=](int) {
             return QStringLiteral("/tasks/%1/executions?before=%2")
                 .arg(s.busiestTaskId)
                 .arg(cursorRun);
         }},
        {QStringLiteral("executions, first page (limit 100)"),
         [](int) { return QStringLiteral("/executions?limit=100"); }},
        {QStringLiteral("executions, page at offset 10,000"),
         [](int) { return QStringLiteral("/executions?limit=100&offset=10000"); }},
        {QStringLiteral("executions, page at offset 1,000,000"),
         [](int) { return QStringLiteral("/executions?limit=100&offset=1000000"); }},
        {QStringLiteral("executions, the same page by cursor (before=)"),
         [=](int) {
             return QStringLiteral("/executions?limit=100&before=%1")
                 .arg(s.executions - 1'000'000 + 1);
         }},
        {QStringLiteral("executions?task= (any task)"),
         [=](int) { return QStringLiteral("/executions?limit=100&task=%1").arg(anyTask()); }},
        {QStringLiteral("executions?server= (any server)"),
         [=](int) { return QStringLiteral("/executions?limit=100&server=%1").arg(anyServer()); }},
        {QStringLiteral("executions?status=failed"),
         [](int) { return QStringLiteral("/executions?limit=100&status=failed"); }},
        {QStringLiteral("executions?status=auth-failed (0.3 %)"),
         [](int) { return QStringLiteral("/executions?limit=100&status=auth-failed"); }},
        {QStringLiteral("executions?since=&until= (one day)"),
         [=](int) { return QStringLiteral("/executions?limit=100&") + anyDay(); }},
        {QStringLiteral("executions?server=&status=failed&since=&until="),
         [=](int) {
             return QStringLiteral("/executions?limit=100&status=failed&server=%1&")
                        .arg(anyServer()) +
                    anyDay();
         }},
    };
}

void measureApi(DaemonUnderTest &daemon, const HistoryShape &shape, int requests,
                const QStringList &only) {
    const qint64 lastPage = qMax<qint64>(1, shape.busiestTaskRuns - 20);
    const QJsonObject before =
        QJsonDocument::fromJson(daemon
                                    .get(QStringLiteral("/tasks/%1/executions?limit=1&offset=%2")
                                             .arg(shape.busiestTaskId)
                                             .arg(lastPage - 1))
                                    .body)
            .object();
    const qint64 cursorRun = before.value(QStringLiteral("runs"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
    std::printf("\n| request | n | p50 ms | p99 ms | max ms | |\n|---|---|---|---|---|---|\n");
    for (const Case &c : cases(shape, cursorRun)) {
        if (!only.isEmpty() && std::none_of(only.cbegin(), only.cend(),
                                            [&](const QString &o) { return c.name.contains(o); }))
            continue;
        std::vector<double> ms;
        int failures = 0;
        QByteArray sample;
        for (int i = 0; i < requests; ++i) {
            const auto answer = daemon.get(c.path(i));
            if (answer.status != 200 && failures++ == 0)
                sample = answer.body.left(300);
            ms.push_back(answer.ms);
        }
        report(c.name, ms,
               failures
                   ? QStringLiteral("%1 failed: %2").arg(failures).arg(QString::fromUtf8(sample))
                   : QString());
    }
}

void measureCli(const QString &binary, const QProcessEnvironment &env, const HistoryShape &shape,
                int processes) {
    QRandomGenerator rng(7);
    const QList<QPair<QString, std::function<QStringList()>>> kinds{
        {QStringLiteral("fleetcron --version (the floor: start and exit)"),
         [] { return QStringList{QStringLiteral("--version")}; }},
        {QStringLiteral("fleetcron runs --json"),
         [] {
             return QStringList{QStringLiteral("runs"), QStringLiteral("--json")};
         }},
        {QStringLiteral("fleetcron runs --json --task ID"),
         [&] {
             return QStringList{
                 QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--task"),
                 QString::number(shape.taskIds.at(int(rng.bounded(int(shape.taskIds.size())))))};
         }},
        {QStringLiteral("fleetcron runs (table)"),
         [] { return QStringList{QStringLiteral("runs")}; }},
    };
    std::printf(
        "\n| process | n | p50 ms | p99 ms | max ms | peak RSS |\n|---|---|---|---|---|---|\n");
    for (const auto &kind : kinds) {
        std::vector<double> ms;
        double rss = 0;
        int failures = 0;
        for (int i = 0; i < processes; ++i) {
            const ProcessCost cost = runMeasured(binary, kind.second(), env);
            failures += cost.exitCode != 0;
            ms.push_back(cost.wallMs);
            rss = std::max(rss, cost.peakRssMb);
        }
        report(kind.first, ms,
               QStringLiteral("%1 MB%2")
                   .arg(rss, 0, 'f', 1)
                   .arg(failures ? QStringLiteral(", %1 failed").arg(failures) : QString()));
    }
}

void measureCsv(const QString &binary, const QProcessEnvironment &env, const HistoryShape &shape,
                const QString &dir, DaemonUnderTest *daemon) {
    const QString out = QDir(dir).filePath(QStringLiteral("history-export.csv"));
    const ProcessCost cost =
        runMeasured(binary, {QStringLiteral("export"), QStringLiteral("--out"), out}, env);
    const qint64 bytes = QFileInfo(out).size();
    QFile::remove(out);
    std::printf("\nfleetcron export --out FILE: %lld rows in %.1f s = %.0f rows/s (%.1f s of CPU: "
                "%.0f rows per CPU second), %.1f MB, peak RSS %.1f MB, exit %d\n",
                shape.executions, cost.wallMs / 1000, shape.executions / (cost.wallMs / 1000),
                cost.cpuSeconds, shape.executions / std::max(0.001, cost.cpuSeconds), bytes / 1e6,
                cost.peakRssMb, cost.exitCode);
    if (!daemon)
        return;
    const auto answer = daemon->get(QStringLiteral("/executions.csv"), false);
    std::printf("GET /v1/api/executions.csv: HTTP %d, %.1f s = %.0f rows/s, %.1f MB, daemon VmHWM "
                "%.1f MB\n",
                answer.status, answer.ms / 1000, shape.executions / (answer.ms / 1000),
                answer.bytes / 1e6, daemon->peakRssMb());
    std::fflush(stdout);
}

std::unique_ptr<Database> openDatabase(const QString &location) {
    auto resolved = DatabaseLocation::fromString(location, DatabaseLocation::Source::Explicit);
    if (!resolved) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(resolved.error().toString()));
        return nullptr;
    }
    auto opened = Database::open(resolved.value());
    if (!opened) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("History pages, filters and CSV at scale"));
    parser.addHelpOption();
    auto option = [&](const char *name, const char *help, const char *value = nullptr,
                      const char *fallback = nullptr) {
        parser.addOption({QString::fromLatin1(name), QString::fromLatin1(help),
                          value ? QString::fromLatin1(value) : QString(),
                          fallback ? QString::fromLatin1(fallback) : QString()});
    };
    option("rows", "Executions in the fixture.", "n", "10000000");
    option("dir", "Folder of the SQLite fixture.", "path", "/work/tmp/history_bench");
    option("reuse", "Use the SQLite fixture of an earlier run when it is there.");
    option("postgres", "On a PostgreSQL server of the bench's own.");
    option("requests", "Requests of each kind.", "n", "200");
    option("processes", "CLI processes of each kind.", "n", "20");
    option("no-csv", "Skip the CSV export.");
    option("api-csv", "Also GET /v1/api/executions.csv of everything.");
    option("console", "console_bench binary: measure the console opening.", "path");
    option("only", "Only the requests whose names contain one of these.", "a,b");
    option("fleetcron", "The fleetcron binary.", "path", FLEETCRON_BINARY_PATH);
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    const QString binary = parser.value(QStringLiteral("fleetcron"));
    const QString dir = parser.value(QStringLiteral("dir"));
    QDir().mkpath(dir);

    QString location = QDir(dir).filePath(QStringLiteral("history-%1.sqlite").arg(rows));
    bool reuse = parser.isSet(QStringLiteral("reuse")) && QFile::exists(location);
#ifdef FLEETCRON_BENCH_POSTGRES
    test::PostgresFixture server;
    if (parser.isSet(QStringLiteral("postgres"))) {
        if (!server.start()) {
            std::fprintf(stderr, "history_bench: %s\n", qPrintable(server.error()));
            return 1;
        }
        location = server.createDatabase(QStringLiteral("history_bench"));
        reuse = false;
    }
#else
    if (parser.isSet(QStringLiteral("postgres"))) {
        std::fprintf(stderr, "history_bench: built without the test helpers: no --postgres\n");
        return 1;
    }
#endif
    if (!reuse && !location.startsWith(QStringLiteral("postgres")))
        QFile::remove(location);
    auto db = openDatabase(location);
    if (!db)
        return 1;
    HistoryFixture fixture(*db, rows);
    QElapsedTimer clock;
    clock.start();
    if (reuse ? !fixture.describe() : !fixture.fill([&](qint64 written) {
            if (written % 1'000'000 < 100'000)
                std::printf("  %lld executions after %.0f s\n", written, clock.elapsed() / 1000.0);
            std::fflush(stdout);
        })) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(fixture.error()));
        return 1;
    }
    const HistoryShape &shape = fixture.shape();
    std::printf("%s %s: %lld runs, %lld executions, %lld tasks, %lld servers (busiest task %lld: "
                "%lld runs) in %.1f s\n",
                reuse ? "reused" : "filled", qPrintable(location), shape.runs, shape.executions,
                qint64(shape.taskIds.size()), qint64(shape.serverIds.size()), shape.busiestTaskId,
                shape.busiestTaskRuns, clock.elapsed() / 1000.0);
    db.reset(); // the faces measured are other processes

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCRON_DB"), location);
    env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), home.filePath(QStringLiteral("secrets")));
    env.insert(QStringLiteral("FLEETCRON_CONFIG_DIR"), home.filePath(QStringLiteral("conf")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    DaemonUnderTest daemon(binary, env);
    if (!daemon.start()) {
        std::fprintf(stderr, "history_bench: %s\n", qPrintable(daemon.error()));
        return 1;
    }
    const QStringList only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    measureApi(daemon, shape, parser.value(QStringLiteral("requests")).toInt(), only);
    measureCli(binary, env, shape, parser.value(QStringLiteral("processes")).toInt());
    if (!parser.isSet(QStringLiteral("no-csv")))
        measureCsv(binary, env, shape, dir,
                   parser.isSet(QStringLiteral("api-csv")) ? &daemon : nullptr);
    daemon.stop();

    if (parser.isSet(QStringLiteral("console"))) {
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment consoleEnv = QProcessEnvironment::systemEnvironment();
        consoleEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(consoleEnv);
        console.start(parser.value(QStringLiteral("console")),
                      {QStringLiteral("--database"), location, QStringLiteral("--no-stream")});
        console.waitForFinished(-1);
    }
    return 0;
}
