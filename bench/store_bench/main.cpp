// store_bench: inserts execution rows (small stdout/stderr) through StoreWriter into a fresh
// SQLite file and reports rows per second and the process's peak memory (VmHWM).
//
//   store_bench [--rows N] [--rounds R] [--batch N] [--dir PATH] [--qt-sql]
//
// --qt-sql writes through Qt SQL only (the portable path PostgreSQL takes) instead of the
// writer's SQLite C API path, to compare the two.
//
// Each round uses a new database file; with several rounds the median is reported too.
// Target (issue 2): >= 100,000 rows/s for 1,000,000 rows.
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace fleetcron;

namespace {

// Peak resident memory of this process so far, in MiB, from /proc/self/status.
double peakMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// CPU seconds (user + system) the whole process has used so far. On a shared machine the wall
// clock also measures the neighbours; rows per CPU second does not.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Round {
    double rowsPerSecond = 0;
    double seconds = 0;
    double cpu = 0;
    qint64 stored = 0;
};

Round runRound(const QString &path, qint64 rows, int batch, bool sqliteApi) {
    Round round;
    auto opened = Database::open(DatabaseLocation::sqliteFile(path));
    if (!opened) {
        std::fprintf(stderr, "store_bench: %s\n", qPrintable(opened.error().toString()));
        return round;
    }
    Database &db = *opened.value();
    // A small fleet: 50 servers, 1,000 runs, so the indexes see realistic spreads.
    QList<qint64> servers;
    for (int i = 0; i < 50; ++i) {
        Server s;
        s.name = QStringLiteral("web%1").arg(i);
        s.host = QStringLiteral("127.0.0.%1").arg(i + 1);
        servers << ServerRepository(db).create(s)->id;
    }
    Task t;
    t.name = QStringLiteral("bench");
    t.body = QStringLiteral("true");
    t.schedule = QStringLiteral("@every 1s");
    const qint64 taskId = TaskRepository(db).create(t)->id;
    QList<qint64> runs;
    for (int i = 0; i < 1000; ++i) {
        Run r;
        r.taskId = taskId;
        r.scheduledFor = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000LL, Qt::UTC);
        runs << RunRepository(db).create(r)->id;
    }

    StoreWriter::Options options;
    options.batchSize = batch;
    options.maxTransaction = batch * 4;
    options.sqliteApi = sqliteApi;
    QElapsedTimer clock;
    {
        StoreWriterThread holder(db, options);
        StoreWriter *writer = holder.writer();
        const QByteArray out("backup done: 42 files, 1.3 MB\n");
        const QByteArray err("warning: skipped /tmp/lock\n");
        const qint64 base = QDateTime::currentMSecsSinceEpoch();
        clock.start();
        const double cpuBefore = cpuSeconds();
        for (qint64 i = 0; i < rows; ++i) {
            Execution e;
            e.runId = runs.at(int(i / (rows / runs.size() + 1)));
            e.serverId = servers.at(int(i % servers.size()));
            e.status = i % 50 == 0 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
            e.exitCode = i % 50 == 0 ? 1 : 0;
            e.startedAt = QDateTime::fromMSecsSinceEpoch(base + i, Qt::UTC);
            e.endedAt = QDateTime::fromMSecsSinceEpoch(base + i + 15, Qt::UTC);
            e.stdoutData = out;
            if (i % 10 == 0)
                e.stderrData = err;
            writer->insertExecution(e);
            // Keep the queue bounded (the benchmark produces far faster than any fleet).
            if (i % 1024 == 0)
                writer->waitForRoom(qsizetype(batch) * 8);
        }
        writer->flush();
        round.seconds = clock.nsecsElapsed() / 1e9;
        round.cpu = cpuSeconds() - cpuBefore;
    }
    QSqlQuery q(db.connection().value());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM executions")) && q.next())
        round.stored = q.value(0).toLongLong();
    round.rowsPerSecond = rows / round.seconds;
    return round;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rows per second through the fleetcron store writer (SQLite)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows per round."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds (median reported)."),
                      QStringLiteral("R"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Writer batch size."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Directory for the database files (default: a temporary "
                                     "directory, removed afterwards)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("qt-sql"),
                      QStringLiteral("Write through Qt SQL only (the portable path), not the "
                                     "SQLite C API.")});
    parser.process(app);
    const bool sqliteApi = !parser.isSet(QStringLiteral("qt-sql"));
    const qint64 rows = qMax<qint64>(1, parser.value(QStringLiteral("rows")).toLongLong());
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const int batch = qMax(1, parser.value(QStringLiteral("batch")).toInt());

    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);

    QList<double> rates;
    QList<double> cpuRates;
    for (int r = 1; r <= rounds; ++r) {
        const QString path = QDir(dir).filePath(QStringLiteral("store_bench_%1.sqlite").arg(r));
        QFile::remove(path);
        const Round round = runRound(path, rows, batch, sqliteApi);
        if (round.stored != rows) {
            std::fprintf(stderr, "store_bench: round %d stored %lld of %lld rows\n", r,
                         static_cast<long long>(round.stored), static_cast<long long>(rows));
            return 1;
        }
        std::printf("round %d: %lld rows in %.2f s = %.0f rows/s (%.2f CPU s for producer and "
                    "writer together, %.0f rows per CPU second)\n",
                    r, static_cast<long long>(rows), round.seconds, round.rowsPerSecond, round.cpu,
                    rows / round.cpu);
        std::fflush(stdout);
        rates << round.rowsPerSecond;
        cpuRates << rows / round.cpu;
    }
    std::sort(rates.begin(), rates.end());
    std::sort(cpuRates.begin(), cpuRates.end());
    const double median = rates.at(rates.size() / 2);
    std::printf("store_bench: %lld rows x %d round(s), batch %d, %s: median %.0f rows/s, "
                "median %.0f rows per CPU second, peak memory %.1f MiB (VmHWM)\n",
                static_cast<long long>(rows), rounds, batch, sqliteApi ? "SQLite API" : "Qt SQL",
                median, cpuRates.at(cpuRates.size() / 2), peakMiB());
    return median >= 100000 ? 0 : 3;
}
