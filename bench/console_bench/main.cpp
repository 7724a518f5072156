// console_bench: how the console feels on a big fleet.
//
//   console_bench [--executions N] [--db PATH | --database LOCATION] [--rounds R] [--no-open]
//                 [--no-stream] [--stream-executions K] [--stream-seconds S]
//
// (a) open: time from MainWindow::show() to the first page of the Runs view painted, on a
//     database with N executions (default 1,000,000: N/4 runs of 4 servers, 50 tasks). The
//     database is generated once with one transaction of prepared inserts and kept in PATH
//     (default /tmp/fleetcron-console-bench-N.sqlite) for later runs. Each round opens a new
//     EngineHost and MainWindow on it, as starting the console does. --no-open skips it.
//     --database opens an existing database instead (a file or a postgresql:// URL, never
//     generated): history_bench uses it for the console on its 10-million-execution fixture.
// (b) stream: while K executions (default 200) of one run stream output into the console at
//     once, the GUI thread's own CPU time (CLOCK_THREAD_CPUTIME_ID, read on that thread) over
//     the wall time, and its stalls: the actual intervals of a 5 ms timer on the GUI thread,
//     less the 5 ms, and the GUI thread's CPU within each interval (a long interval with little
//     CPU in it was a wait for a CPU on a busy machine, not the console's work). The waiting is the
//     real event loop (QEventLoop::exec, woken by timers), never a processEvents loop, so the meter
//     costs what a 5 ms timer costs; a round with the same console and the meter but no feed (the
//     baseline) shows that cost. The feed is synthetic: a thread emits batches every 50 ms (one
//     chunk of ~3 lines per execution, as the engine's OutputBatcher would) into
//     EngineHost::events().outputBatch, queued across threads like the engine's own; the run is
//     recorded as the console engine's, the Runs view shows it and the log view shows one of its
//     executions (the path a real run takes).
#include "MainWindow.h"
#include "RunTableModel.h"
#include "runtime/EngineHost.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace fleetcron;

namespace {

// CPU seconds the calling thread (the GUI thread) has used: on a shared machine the stalls
// also measure the neighbours; this does not. Nanosecond resolution, unlike rusage's ticks.
double cpuSeconds(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
double threadCpuSeconds() {
    return cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
}
double processCpuSeconds() {
    return cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

void fail(const QString &message) {
    std::fprintf(stderr, "console_bench: %s\n", qPrintable(message));
    std::exit(1);
}

// One transaction of prepared inserts straight into the tables: ~1.3 M rows in seconds.
void generate(const QString &path, qint64 executions) {
    auto location = DatabaseLocation::resolve(path);
    if (!location)
        fail(location.error().toString());
    auto db = Database::open(location.value()); // the schema, through the real migrations
    if (!db)
        fail(db.error().toString());
    auto conn = db.value()->connection();
    if (!conn)
        fail(conn.error().toString());
    QSqlDatabase c = conn.value();
    QElapsedTimer t;
    t.start();
    c.transaction();
    QSqlQuery q(c);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr int servers = 20;
    constexpr int tasks = 50;
    constexpr int perRun = 4;
    q.prepare(QStringLiteral("INSERT INTO servers (name, host, port, username, auth, created_at, "
                             "updated_at) VALUES (?, '127.0.0.1', 22, 'ops', 'agent', ?, ?)"));
    for (int i = 1; i <= servers; ++i) {
        q.addBindValue(QStringLiteral("web%1").arg(i, 2, 10, QLatin1Char('0')));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            fail(q.lastError().text());
    }
    q.prepare(QStringLiteral("INSERT INTO tasks (name, body, schedule, enabled, created_at, "
                             "updated_at) VALUES (?, 'true', '@every 1h', 0, ?, ?)"));
    for (int i = 1; i <= tasks; ++i) {
        q.addBindValue(QStringLiteral("task-%1").arg(i, 2, 10, QLatin1Char('0')));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec())
            fail(q.lastError().text());
    }
    QSqlQuery run(c);
    run.prepare(QStringLiteral("INSERT INTO runs (id, task_id, scheduled_for, started_at, "
                               "finished_at, trigger, status) VALUES (?, ?, ?, ?, ?, "
                               "'schedule', ?)"));
    QSqlQuery exec(c);
    exec.prepare(QStringLiteral("INSERT INTO executions (run_id, server_id, started_at, ended_at, "
                                "status, exit_code) VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 runs = executions / perRun;
    const QString ok = QStringLiteral("succeeded");
    const QString bad = QStringLiteral("failed");
    for (qint64 r = 1; r <= runs; ++r) {
        const qint64 at = now - (runs - r) * 10'000;
        const bool failed = r % 97 == 0;
        run.addBindValue(r);
        run.addBindValue(1 + r % tasks);
        run.addBindValue(at);
        run.addBindValue(at);
        run.addBindValue(at + 1500);
        run.addBindValue(failed ? QStringLiteral("partial") : ok);
        if (!run.exec())
            fail(run.lastError().text());
        for (int s = 0; s < perRun; ++s) {
            exec.addBindValue(r);
            exec.addBindValue(1 + (r * perRun + s) % servers);
            exec.addBindValue(at);
            exec.addBindValue(at + 1000 + s * 100);
            exec.addBindValue(failed && s == 0 ? bad : ok);
            exec.addBindValue(failed && s == 0 ? 1 : 0);
            if (!exec.exec())
                fail(exec.lastError().text());
        }
    }
    if (!c.commit())
        fail(c.lastError().text());
    std::printf("generated %lld runs, %lld executions in %.1f s\n", runs, runs * perRun,
                double(t.elapsed()) / 1000.0);
}

QTableView *runTable(MainWindow &w) {
    return w.findChild<QTableView *>(QStringLiteral("runTable"));
}

// Runs the event loop (the console's own) until `condition` holds or `timeoutMs` passes. The
// loop sleeps in poll() between events; the condition is looked at every 20 ms by a timer, not
// in a processEvents() spin, which would put the GUI thread at 100 % CPU whatever it did.
bool waitFor(const std::function<bool()> &condition, int timeoutMs) {
    if (condition())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(20);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return condition();
}

// Runs the event loop for `ms`, sleeping between events.
void runEventLoopFor(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

class FirstPaint : public QObject {
public:
    FirstPaint(QTableView *view, QElapsedTimer &clock)
        : m_view(view)
        , m_clock(clock) {}
    qint64 elapsed = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && elapsed < 0 && m_view->model()->rowCount() > 0)
            elapsed = m_clock.elapsed(); // the paint that draws the first rows starts now
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
    QElapsedTimer &m_clock;
};

double openRound(const QString &path) {
    EngineHost engine(path);
    MainWindow window(engine);
    window.showView(MainWindow::RunsView);
    QElapsedTimer clock;
    FirstPaint probe(runTable(window), clock);
    runTable(window)->viewport()->installEventFilter(&probe);
    clock.start();
    engine.start();
    window.show();
    if (!waitFor([&] { return probe.elapsed >= 0; }, 60000))
        fail(QStringLiteral("the Runs view never painted a row"));
    return double(probe.elapsed);
}

// Emits output batches from its own thread, like the engine's OutputBatcher.
class Feeder : public QObject {
    Q_OBJECT
public:
    Feeder(QList<qint64> executions, int intervalMs)
        : m_executions(std::move(executions)) {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Feeder::tick);
    }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    qint64 bytes = 0;

signals:
    void batch(const QList<fleetcron::ExecutionOutputChunk> &chunks);

private:
    void tick() {
        QList<ExecutionOutputChunk> chunks;
        chunks.reserve(m_executions.size());
        const QDateTime at = QDateTime::currentDateTimeUtc();
        for (qint64 id : std::as_const(m_executions)) {
            ExecutionOutputChunk c;
            c.executionId = id;
            c.stream = ++m_serial % 7 == 0 ? ExecutionOutputChunk::Stream::Stderr
                                           : ExecutionOutputChunk::Stream::Stdout;
            c.at = at;
            c.bytes = QByteArrayLiteral("2026-11-25T21:00:00Z compiling module ") +
                      QByteArray::number(m_serial) +
                      QByteArrayLiteral(" of 5000 ... ok\nlinking objects: 42 files, 1.3 MiB\n"
                                        "tests: 118 passed, 0 failed\n");
            bytes += c.bytes.size();
            chunks << c;
        }
        emit batch(chunks);
    }

    QList<qint64> m_executions;
    QTimer m_timer{this};
    quint64 m_serial = 0;
};

struct StreamResult {
    double maxStallMs = 0;
    double p99StallMs = 0;
    int stallsOver50Ms = 0;
    double maxBusyMs = 0; // most GUI-thread CPU between two ticks
    double mbPerSecond = 0;
    double guiCpuPercent = 0;
    double processCpuPercent = 0;
};

// One console streaming `executions` executions for `seconds`; with `feed` false the same
// console and meter run without output (the baseline: what the meter and an idle console cost).
StreamResult streamRound(int executions, int seconds, bool feed) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stream.sqlite"));
    auto location = DatabaseLocation::resolve(path);
    auto opened = Database::open(location.value());
    if (!opened)
        fail(opened.error().toString());
    Database &db = *opened.value();
    auto conn = db.connection();
    QSqlQuery q(conn.value());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q.exec(QStringLiteral("INSERT INTO servers (name, host, created_at, updated_at) VALUES "
                          "('web', '127.0.0.1', %1, %1)")
               .arg(now));
    q.exec(QStringLiteral("INSERT INTO tasks (name, body, schedule, enabled, created_at, "
                          "updated_at) VALUES ('build', 'make', '@every 1h', 0, %1, %1)")
               .arg(now));
    EngineHost engine(path);
    MainWindow window(engine);
    QString engineId;
    QObject::connect(&engine, &EngineHost::statusChanged,
                     [&engineId](const EngineStatus &s) { engineId = s.engineId; });
    engine.start();
    window.showView(MainWindow::RunsView);
    window.show();
    if (!waitFor([&] { return !engineId.isEmpty(); }, 30000))
        fail(QStringLiteral("the engine did not start"));
    Run run;
    run.taskId = 1;
    run.status = RunStatus::Running;
    run.trigger = RunTrigger::Manual;
    run.startedAt = QDateTime::currentDateTimeUtc();
    // The console engine's own run (created after its start, so recovery leaves it alone):
    // its output is taken from outputBatch, as for a run started with Run now.
    run.engineId = engineId;
    auto created = RunRepository(db).create(run);
    if (!created)
        fail(created.error().toString());
    QList<Execution> rows;
    for (int i = 0; i < executions; ++i) {
        Execution e;
        e.runId = created->id;
        e.serverId = 1;
        e.status = ExecutionStatus::Running;
        e.startedAt = run.startedAt;
        rows << e;
    }
    auto stored = ExecutionRepository(db).createMany(rows);
    if (!stored)
        fail(stored.error().toString());
    QList<qint64> ids;
    for (const Execution &e : stored.value())
        ids << e.id;

    window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTableView *runs = runTable(window);
    if (!waitFor([&] { return runs->model()->rowCount() == 1; }, 30000))
        fail(QStringLiteral("the run did not show"));
    runs->selectRow(0);
    auto *executionTable = window.findChild<QTableView *>(QStringLiteral("executionTable"));
    if (!waitFor([&] { return executionTable->model()->rowCount() == executions; }, 30000))
        fail(QStringLiteral("the executions did not show"));
    executionTable->selectRow(executions / 2);
    auto *log = window.findChild<QPlainTextEdit *>(QStringLiteral("executionLog"));
    runEventLoopFor(500); // the log has loaded what is stored

    QThread feederThread;
    Feeder feeder(ids, 50);
    feeder.moveToThread(&feederThread);
    QObject::connect(&feeder, &Feeder::batch, &engine.events(), &EngineEvents::outputBatch);
    feederThread.start();
    for (qint64 id : ids)
        emit engine.events().executionStarted(id, created->id, 1);

    QList<double> gaps;
    // The GUI thread's own CPU between two ticks: a long gap with little of it was a wait for
    // a CPU (the machine's other load), one with much of it was the console's work.
    QList<double> busy;
    QElapsedTimer sinceTick;
    double cpuAtTick = 0;
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    meter.setInterval(5);
    QObject::connect(&meter, &QTimer::timeout, [&] {
        gaps << qMax(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - 5.0);
        sinceTick.start();
        const double cpuNow = threadCpuSeconds();
        busy << (cpuNow - cpuAtTick) * 1000.0;
        cpuAtTick = cpuNow;
    });
    if (feed)
        QMetaObject::invokeMethod(&feeder, &Feeder::start, Qt::QueuedConnection);
    sinceTick.start();
    cpuAtTick = threadCpuSeconds();
    meter.start();
    QElapsedTimer total;
    total.start();
    const double cpuBefore = threadCpuSeconds();
    const double processBefore = processCpuSeconds();
    runEventLoopFor(seconds * 1000);
    meter.stop();
    const double cpu = threadCpuSeconds() - cpuBefore;
    const double processCpu = processCpuSeconds() - processBefore;
    const double wall = double(total.elapsed()) / 1000.0;
    QMetaObject::invokeMethod(&feeder, &Feeder::stop, Qt::BlockingQueuedConnection);
    feederThread.quit();
    feederThread.wait();
    if (feed && !log->toPlainText().contains(QStringLiteral("compiling module")))
        fail(QStringLiteral("the log view showed none of the streamed output"));

    StreamResult result;
    std::sort(gaps.begin(), gaps.end());
    std::sort(busy.begin(), busy.end());
    result.maxBusyMs = busy.isEmpty() ? 0 : busy.last();
    result.maxStallMs = gaps.isEmpty() ? 0 : gaps.last();
    result.p99StallMs = gaps.isEmpty() ? 0 : gaps.at(qsizetype(double(gaps.size()) * 0.99));
    result.stallsOver50Ms =
        int(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 50; }));
    result.mbPerSecond = double(feeder.bytes) / 1e6 / wall;
    result.guiCpuPercent = 100.0 * cpu / wall;
    result.processCpuPercent = 100.0 * processCpu / wall;
    return result;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Console open time and GUI stalls."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("executions"), QStringLiteral("Executions in the database."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Cached database file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of each measurement."),
                      QStringLiteral("r"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("stream-executions"),
                      QStringLiteral("Executions streaming at once."), QStringLiteral("k"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("stream-seconds"), QStringLiteral("Seconds of streaming."),
                      QStringLiteral("s"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("no-open"), QStringLiteral("Skip the open measurement.")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("An existing database to open (file or URL)."),
                      QStringLiteral("location")});
    parser.addOption({QStringLiteral("no-stream"), QStringLiteral("Skip the stream measurement.")});
    parser.process(app);
    const qint64 executions = parser.value(QStringLiteral("executions")).toLongLong();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const bool existing = parser.isSet(QStringLiteral("database"));
    QString path = parser.value(existing ? QStringLiteral("database") : QStringLiteral("db"));
    if (path.isEmpty())
        path = QStringLiteral("/tmp/fleetcron-console-bench-%1.sqlite").arg(executions);

    // The window's saved layout stays out of the measurement, and out of the user's settings.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("FLEETCRON_SECRETS", "file");
    qputenv("FLEETCRON_SECRETS_DIR", config.filePath(QStringLiteral("secrets")).toUtf8());

    if (!parser.isSet(QStringLiteral("no-open"))) {
        if (!existing && !QFile::exists(path))
            generate(path, executions);
        else
            std::printf("using cached %s\n", qPrintable(path));

        QList<double> opens;
        for (int r = 0; r < rounds; ++r) {
            opens << openRound(path);
            std::printf("open round %d: first page painted after %.0f ms\n", r + 1, opens.last());
        }
        std::printf("open: median %.0f ms, max %.0f ms over %d rounds (%s)\n", median(opens),
                    *std::max_element(opens.cbegin(), opens.cend()), rounds,
                    existing ? qPrintable(path)
                             : qPrintable(QStringLiteral("%1 executions").arg(executions)));
    }
    if (parser.isSet(QStringLiteral("no-stream")))
        return 0;

    const int k = parser.value(QStringLiteral("stream-executions")).toInt();
    const int seconds = parser.value(QStringLiteral("stream-seconds")).toInt();
    QList<double> stalls;
    QList<double> p99s;
    QList<double> over50;
    QList<double> cpus;
    QList<double> processCpus;
    QList<double> baseCpus;
    QList<double> baseStalls;
    QList<double> busiest;
    for (int r = 0; r < rounds; ++r) {
        // The baseline right before each streaming round, so both see the same neighbours.
        const StreamResult b = streamRound(k, seconds, false);
        baseCpus << b.guiCpuPercent;
        baseStalls << b.maxStallMs;
        std::printf("baseline round %d (no output): longest stall %.1f ms, p99 %.1f ms, %d stalls "
                    "> 50 ms, most GUI-thread CPU between two ticks %.1f ms, GUI thread %.2f %% "
                    "CPU, process %.2f %%\n",
                    r + 1, b.maxStallMs, b.p99StallMs, b.stallsOver50Ms, b.maxBusyMs,
                    b.guiCpuPercent, b.processCpuPercent);
        const StreamResult s = streamRound(k, seconds, true);
        stalls << s.maxStallMs;
        p99s << s.p99StallMs;
        over50 << s.stallsOver50Ms;
        cpus << s.guiCpuPercent;
        processCpus << s.processCpuPercent;
        busiest << s.maxBusyMs;
        std::printf("stream round %d: longest stall %.1f ms, p99 %.1f ms, %d stalls > 50 ms, "
                    "most GUI-thread CPU between two ticks %.1f ms, %.2f MB/s of output, GUI "
                    "thread %.2f %% CPU, process %.2f %%\n",
                    r + 1, s.maxStallMs, s.p99StallMs, s.stallsOver50Ms, s.maxBusyMs, s.mbPerSecond,
                    s.guiCpuPercent, s.processCpuPercent);
        std::fflush(stdout);
    }
    std::printf("baseline: median GUI thread %.2f %% CPU, median longest stall %.1f ms\n",
                median(baseCpus), median(baseStalls));
    std::printf("stream: median longest stall %.1f ms, median p99 %.1f ms, median stalls > 50 ms "
                "%.0f, GUI thread %.2f %% CPU (median), process %.2f %% (%d executions, %d s)\n",
                median(stalls), median(p99s), median(over50), median(cpus), median(processCpus), k,
                seconds);
    return 0;
}

#include "main.moc"
