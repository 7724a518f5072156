// search_bench: full-text search over stored output (issue 17).
//
//   search_bench [--executions N] [--writer-rows W] [--rounds R] [--queries Q] [--dir PATH]
//                [--pending P] [--reuse] [--postgres [--explain]]
//
// --postgres: the searches (2.) on a PostgreSQL server of the bench's own (initdb in a temporary
// folder, stopped by its PID at the end; built when the test helpers are); the writer rounds
// (1.) stay on SQLite. --explain prints the plan (auto_explain, with ANALYZE) of every search
// query slower than 20 ms, from the server's log.
// 1. Writer: W executions with ~1 KB of output each through StoreWriter into a fresh file, with
//    the search index off and on (alternating, R rounds each); rows/s and CPU seconds.
// 2. Search: N such executions (index on), then Q searches of each kind through SearchService
//    (limit 50, newest first): a request id that occurs once, a host name in ~0.1 % of the
//    outputs, an error line in ~10 %, a common word in all; p50 / p99 / max in ms.
#include "service/SearchService.h"
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/SearchText.h"
#include "store/ServerRepository.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef FLEETCRON_BENCH_POSTGRES
#include "support/PostgresFixture.h"
#endif

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace fleetcron;

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Lines of made-up log text (~70 bytes each) from a vocabulary of 2,000 words.
QList<QByteArray> makeLines() {
    QRandomGenerator rng(2026);
    QList<QByteArray> words;
    for (int i = 0; i < 2000; ++i) {
        QByteArray w;
        const int n = 3 + int(rng.bounded(7));
        for (int k = 0; k < n; ++k)
            w += char('a' + rng.bounded(26));
        words << w;
    }
    QList<QByteArray> lines;
    for (int i = 0; i < 4096; ++i) {
        QByteArray line =
            QByteArray("2026-12-05T10:") + QByteArray::number(10 + i % 50) + ":00Z INFO ";
        while (line.size() < 64)
            line += words.at(int(rng.bounded(words.size()))) + ' ';
        lines << line + '\n';
    }
    return lines;
}

// About 1 KB: 13 lines of text, the request id line, and every tenth time an error line.
QByteArray output(qint64 i, const QList<QByteArray> &lines) {
    QByteArray out;
    out.reserve(1100);
    quint64 x = quint64(i) * 6364136223846793005ULL + 1442695040888963407ULL;
    for (int k = 0; k < 13; ++k) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        out += lines.at(int((x >> 33) % quint64(lines.size())));
    }
    out += "request req-" + QByteArray::number(i) + " served by host" +
           QByteArray::number(i % 1000) + ".example.com in 12 ms\n";
    if (i % 10 == 3)
        out += "Error: disk /dev/sdb1 is full\n";
    return out.left(1024);
}

struct Fleet {
    QList<qint64> servers;
    QList<qint64> runs;
};

Fleet makeFleet(Database &db) {
    Fleet f;
    for (int i = 0; i < 50; ++i) {
        Server s;
        s.name = QStringLiteral("web%1").arg(i);
        s.host = QStringLiteral("127.0.0.1");
        f.servers << ServerRepository(db).create(s)->id;
    }
    Task t;
    t.name = QStringLiteral("bench");
    t.body = QStringLiteral("true");
    t.schedule = QStringLiteral("@hourly");
    const qint64 taskId = TaskRepository(db).create(t)->id;
    for (int i = 0; i < 1000; ++i) {
        Run r;
        r.taskId = taskId;
        r.scheduledFor = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000LL, Qt::UTC);
        f.runs << RunRepository(db).create(r)->id;
    }
    return f;
}

struct Written {
    double seconds = 0; // until every result is stored (flush)
    double indexed = 0; // until every output is in the index too (flushIndex)
    double cpu = 0;
};

Written write(Database &db, const Fleet &f, qint64 rows, bool index,
              const QList<QByteArray> &lines) {
    StoreWriter::Options options;
    options.batchSize = 5000;
    options.maxTransaction = 20000;
    options.indexOutput = index;
    Written w;
    QElapsedTimer clock;
    StoreWriterThread holder(db, options);
    StoreWriter *writer = holder.writer();
    const qint64 base = 1'760'000'000'000;
    clock.start();
    const double cpuBefore = cpuSeconds();
    for (qint64 i = 0; i < rows; ++i) {
        Execution e;
        e.runId = f.runs.at(int(i % f.runs.size()));
        e.serverId = f.servers.at(int(i % f.servers.size()));
        e.status = i % 10 == 3 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
        e.exitCode = i % 10 == 3 ? 1 : 0;
        e.startedAt = QDateTime::fromMSecsSinceEpoch(base + i * 1000, Qt::UTC);
        e.endedAt = e.startedAt.addMSecs(15);
        e.stdoutData = output(i, lines);
        writer->insertExecution(e);
        if (i % 1024 == 0)
            writer->waitForRoom(40000);
    }
    writer->flush();
    w.seconds = clock.nsecsElapsed() / 1e9;
    writer->flushIndex();
    w.indexed = clock.nsecsElapsed() / 1e9;
    w.cpu = cpuSeconds() - cpuBefore;
    return w;
}

std::unique_ptr<Database> open(const QString &path) {
    QFile::remove(path);
    auto opened = Database::open(DatabaseLocation::sqliteFile(path));
    if (!opened) {
        std::fprintf(stderr, "search_bench: %s\n", qPrintable(opened.error().toString()));
        return nullptr;
    }
    return std::move(opened).value();
}

double percentile(QList<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(p * double(v.size()))));
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Output search figures (issue 17)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("executions"), QStringLiteral("Executions searched."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("writer-rows"), QStringLiteral("Rows per writer round."),
                      QStringLiteral("W"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Writer rounds per mode."),
                      QStringLiteral("R"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("queries"), QStringLiteral("Searches per kind."),
                      QStringLiteral("Q"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Directory for the database files."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("postgres"),
                      QStringLiteral("Search on a PostgreSQL server of the bench's own.")});
    parser.addOption({QStringLiteral("explain"),
                      QStringLiteral("With --postgres: print the plans of searches over 20 ms.")});
    parser.addOption({QStringLiteral("pending"),
                      QStringLiteral("Search with the newest P outputs not indexed yet (the "
                                     "writer's backlog); indexed again after."),
                      QStringLiteral("P"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("reuse"),
                      QStringLiteral("Search the database a previous run left in --dir.")});
    parser.process(app);
    const qint64 n = parser.value(QStringLiteral("executions")).toLongLong();
    const qint64 w = parser.value(QStringLiteral("writer-rows")).toLongLong();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const int queries = qMax(1, parser.value(QStringLiteral("queries")).toInt());
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    const QList<QByteArray> lines = makeLines();

    if (w > 0) {
        // What the writer thread spends on making index documents, apart from SQLite's part.
        QElapsedTimer docClock;
        docClock.start();
        qsizetype chars = 0;
        for (qint64 i = 0; i < qMin<qint64>(w, 50000); ++i)
            chars += SearchText::document(output(i, lines), {}).size();
        std::printf("index document: %.1f us/row (%.0f bytes)\n",
                    docClock.nsecsElapsed() / 1e3 / double(qMin<qint64>(w, 50000)),
                    double(chars) / double(qMin<qint64>(w, 50000)));
        QList<double> rate[2];
        QList<double> searchable; // rows/s until the last output is indexed, index on
        for (int r = 0; r < rounds; ++r) {
            for (int index : {0, 1}) {
                auto db = open(QDir(dir).filePath(QStringLiteral("writer.sqlite")));
                if (!db)
                    return 1;
                const Fleet f = makeFleet(*db);
                const Written x = write(*db, f, w, index == 1, lines);
                rate[index] << double(w) / x.seconds;
                if (index == 1)
                    searchable << double(w) / x.indexed;
                std::printf("writer index=%s rows=%lld stored in %.2f s (%.0f rows/s), "
                            "indexed after %.2f s (%.0f rows/s), cpu=%.2f\n",
                            index ? "on" : "off", w, x.seconds, double(w) / x.seconds, x.indexed,
                            double(w) / x.indexed, x.cpu);
                std::fflush(stdout);
            }
        }
        const double off = percentile(rate[0], 0.5);
        const double on = percentile(rate[1], 0.5);
        std::printf("writer median rows/s stored: off %.0f, on %.0f (%.1f %% slower); "
                    "searchable, on: %.0f\n",
                    off, on, 100.0 * (off - on) / off, percentile(searchable, 0.5));
    }
    if (n <= 0)
        return 0;
    const QString path = QDir(dir).filePath(QStringLiteral("search.sqlite"));
    std::unique_ptr<Database> db;
    const bool postgres = parser.isSet(QStringLiteral("postgres"));
#ifdef FLEETCRON_BENCH_POSTGRES
    test::PostgresFixture server;
    if (postgres) {
        if (!server.start()) {
            std::fprintf(stderr, "search_bench: %s\n", qPrintable(server.error()));
            return 1;
        }
        const QString url = server.createDatabase(QStringLiteral("search_bench"));
        auto opened = Database::open(
            DatabaseLocation::fromString(url, DatabaseLocation::Source::Explicit).value());
        if (!opened) {
            std::fprintf(stderr, "search_bench: %s\n", qPrintable(opened.error().toString()));
            return 1;
        }
        db = std::move(opened).value();
        const Fleet f = makeFleet(*db);
        const Written x = write(*db, f, n, true, lines);
        std::printf("filled %lld executions on PostgreSQL: stored in %.1f s (%.0f rows/s), "
                    "indexed after %.1f s\n",
                    n, x.seconds, double(n) / x.seconds, x.indexed);
        QSqlQuery size(db->connection().value());
        // What autovacuum does a while after such a fill: the planner's statistics, the
        // tsvector's word frequencies among them.
        QElapsedTimer analyzing;
        analyzing.start();
        size.exec(QStringLiteral("ANALYZE"));
        std::printf("ANALYZE took %.1f s\n", analyzing.nsecsElapsed() / 1e9);
        size.exec(QStringLiteral("SELECT pg_database_size(current_database())"));
        std::printf("database %.0f MiB\n",
                    size.next() ? size.value(0).toDouble() / 1048576.0 : 0.0);
        if (parser.isSet(QStringLiteral("explain"))) {
            size.exec(QStringLiteral("LOAD 'auto_explain'"));
            size.exec(QStringLiteral("SET auto_explain.log_min_duration = '20ms'"));
            size.exec(QStringLiteral("SET auto_explain.log_analyze = on"));
            size.exec(QStringLiteral("SET auto_explain.log_buffers = on"));
        }
    } else
#else
    if (postgres) {
        std::fprintf(stderr, "search_bench: built without the test helpers: no --postgres\n");
        return 1;
    }
#endif
        if (parser.isSet(QStringLiteral("reuse")) && QFileInfo::exists(path)) {
        // The N executions a previous run filled (--dir, --reuse): only the searches again.
        db = std::move(Database::open(DatabaseLocation::sqliteFile(path))).value();
    } else {
        db = open(path);
        if (!db)
            return 1;
        const Fleet f = makeFleet(*db);
        const Written x = write(*db, f, n, true, lines);
        std::printf("filled %lld executions in %.1f s (%.0f rows/s)\n", n, x.seconds,
                    double(n) / x.seconds);
    }
    if (!postgres)
        std::printf("file %.0f MiB\n", QFileInfo(path).size() / 1048576.0);
    const qint64 pending = parser.value(QStringLiteral("pending")).toLongLong();
    if (pending > 0) {
        // The backlog is always the newest outputs: what a burst left to index.
        const QString key = postgres ? QStringLiteral("execution_id") : QStringLiteral("rowid");
        QSqlQuery q(db->searchConnection().value()); // SQLite: the index file attached
        q.exec(QStringLiteral("INSERT INTO execution_search_pending (execution_id) SELECT %1 "
                              "FROM execution_search ORDER BY %1 DESC LIMIT %2")
                   .arg(key)
                   .arg(pending));
        q.exec(QStringLiteral("DELETE FROM execution_search WHERE %1 IN "
                              "(SELECT execution_id FROM execution_search_pending)")
                   .arg(key));
        std::printf("searching with the newest %lld outputs not indexed\n", pending);
    }
    std::fflush(stdout);
    SearchService service(*db);
    QRandomGenerator rng(7);
    const QList<std::pair<const char *, std::function<QString(int)>>> kinds = {
        {"request id (1 match)",
         [&](int) { return QStringLiteral("req-%1 served").arg(rng.bounded(n)); }},
        {"host name (0.1 %)",
         [&](int) { return QStringLiteral("host%1.example.com").arg(rng.bounded(1000)); }},
        {"error line (10 %)", [](int) { return QStringLiteral("Error: disk /dev/sdb1"); }},
        {"common word (100 %)", [](int) { return QStringLiteral("served"); }},
    };
    QList<double> all;
    for (const auto &[name, make] : kinds) {
        QList<double> ms;
        qint64 hits = 0;
        for (int i = 0; i < queries; ++i) {
            const QString text = make(i);
            QElapsedTimer t;
            t.start();
            auto page = service.search(text, {}, 0, 50);
            ms << t.nsecsElapsed() / 1e6;
            hits += page ? page->hits.size() : -1;
        }
        all << ms;
        std::printf("search %-22s p50 %.1f ms  p99 %.1f ms  max %.1f ms  (hits/query %.1f)\n", name,
                    percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0),
                    double(hits) / queries);
        std::fflush(stdout);
    }
    std::printf("search all kinds: p50 %.1f ms  p99 %.1f ms over %lld executions\n",
                percentile(all, 0.5), percentile(all, 0.99), n);
    if (pending > 0) {
        // A writer starting on the file indexes what waits, as after a crash.
        QElapsedTimer t;
        t.start();
        StoreWriterThread holder(*db);
        holder.writer()->flushIndex();
        std::printf("indexed the %lld waiting outputs in %.1f s\n", pending,
                    t.nsecsElapsed() / 1e9);
    }
#ifdef FLEETCRON_BENCH_POSTGRES
    if (postgres && parser.isSet(QStringLiteral("explain"))) {
        // Only the first plan of each query text: the kinds repeat the same statement.
        const QString log = server.log();
        const qsizetype first = log.indexOf(QStringLiteral("duration:"));
        std::printf("\n--- plans over 20 ms ---\n%s\n",
                    qPrintable(first < 0 ? QStringLiteral("(none)") : log.mid(first, 12000)));
    }
#endif
    return 0;
}
