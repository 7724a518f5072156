// fanout: runs one short command (default `true`) once on each of N servers and reports the
// wall time of the whole fan-out, cold (new TCP connection, handshake and auth to every server)
// and warm (sessions already pooled), as the median over rounds.
//
//   fanout (--servers H:P,H:P,… | --ports-file FILE) --user U --key FILE
//          [--rounds R] [--mode cold|warm|both] [--path pool|engine|both]
//          [--threads T] [--command CMD] [--work-dir DIR]
//
// Two paths are measured:
//   pool    the SSH layer the way the executor drives it: a QThreadPool of up to T (64) threads,
//           one SshPool::exec per server. Cold uses a fresh SshPool per round; warm one pool,
//           whose first round (which connects) is not counted.
//   engine  the product's real path: Engine::runNow on a task targeting every server, timed
//           from runNow until runFinished (SQLite store, writer thread, executor, signals).
//           Cold builds a new Engine (so a new pool) per round, outside the timed part.
//
// Every figure is a line `key=value` (prefix cold, warm, engine_cold, engine_warm) so
// bench/fanout/run.sh can parse it: _ms (median wall time of a round), _execs_per_s, _rounds_ms,
// _client_cpu_ms (this process), _exec_median_ms and _exec_slowest_ms (single executions),
// _last_start_ms (how late the last execution began: dispatch lag when the CPUs are saturated).
// All executions must succeed or the program exits 1. Loopback only (or bench/wan's link).
#include "core/Engine.h"
#include "ssh/SshCommand.h"
#include "ssh/SshExecResult.h"
#include "ssh/SshPool.h"
#include "ssh/SshTarget.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriter.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace fleetcron;

namespace {

struct Endpoint {
    QString host;
    int port = 0;
};

struct Config {
    QList<Endpoint> servers;
    QString user;
    QString key;
    QString command;
    int rounds = 5;
    int threads = 64;
    bool cold = true;
    bool warm = true;
    bool poolPath = true;
    bool enginePath = true;
    QString workDir;
};

// One timed fan-out.
struct Round {
    double wallMs = 0;
    double cpuMs = 0;     // this process, all threads: the client side's cost
    double slowestMs = 0; // the slowest single exec, from its own start
    double medianExecMs = 0;
    double lastStartMs = 0; // when the last execution began, from the round's start
    int failed = 0;
    int reused = 0; // executions that ran on a pooled connection
    QString firstError;
};

double cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

QString fmt(double v) {
    return QString::number(v, 'f', 1);
}

// This process's resident memory now, from /proc/self/status (VmRSS), in KB.
qint64 residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void say(const QString &line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(const QString &line) {
    std::fprintf(stderr, "fanout: %s\n", qPrintable(line));
}

SshTarget targetFor(const Config &cfg, int index) {
    SshTarget t;
    t.serverId = index + 1;
    t.name = QStringLiteral("srv%1").arg(index + 1);
    t.host = cfg.servers.at(index).host;
    t.port = cfg.servers.at(index).port;
    t.username = cfg.user;
    t.auth = AuthMethod::Key;
    t.keyPath = cfg.key;
    t.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    return t;
}

// The executor's way: every execution is a task on a thread pool capped at the global limit,
// each blocking in SshPool::exec.
Round poolRound(SshPool &pool, QThreadPool &threads, const Config &cfg,
                const QList<SshTarget> &targets) {
    const int n = int(targets.size());
    std::vector<double> execMs(static_cast<size_t>(n), 0.0);
    std::vector<double> startMs(static_cast<size_t>(n), 0.0);
    std::vector<SshExecResult> results;
    results.resize(static_cast<size_t>(n));
    const SshCommand command = SshCommand::shell(cfg.command, 60'000);

    const double cpu0 = cpuMs();
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < n; ++i) {
        threads.start([&, i] {
            QElapsedTimer one;
            one.start();
            startMs[size_t(i)] = double(wall.nsecsElapsed()) / 1e6;
            results[size_t(i)] = pool.exec(targets.at(i), command);
            execMs[size_t(i)] = double(one.nsecsElapsed()) / 1e6;
        });
    }
    threads.waitForDone();
    Round r;
    r.wallMs = double(wall.nsecsElapsed()) / 1e6;
    r.cpuMs = cpuMs() - cpu0;
    r.slowestMs = *std::max_element(execMs.begin(), execMs.end());
    r.medianExecMs = median(execMs);
    r.lastStartMs = *std::max_element(startMs.begin(), startMs.end());
    for (int i = 0; i < n; ++i) {
        const SshExecResult &res = results[size_t(i)];
        r.reused += res.reusedConnection ? 1 : 0;
        if (!res.ok()) {
            ++r.failed;
            if (r.firstError.isEmpty())
                r.firstError = QStringLiteral("%1: %2").arg(targets.at(i).address(), res.error);
        }
    }
    return r;
}

// The product's path: one run of a task on every server, from runNow until runFinished.
class EngineBench {
public:
    bool prepare(const Config &cfg) {
        m_dir = std::make_unique<QTemporaryDir>(
            cfg.workDir.isEmpty() ? QDir::tempPath() + QStringLiteral("/fanout-XXXXXX")
                                  : cfg.workDir + QStringLiteral("/fanout-XXXXXX"));
        if (!m_dir->isValid()) {
            complain(QStringLiteral("cannot make a temporary directory"));
            return false;
        }
        auto db = Database::open(
            DatabaseLocation::sqliteFile(m_dir->filePath(QStringLiteral("fanout.sqlite"))));
        if (!db) {
            complain(db.error().toString());
            return false;
        }
        m_db = std::move(db).value();
        Task task;
        task.name = QStringLiteral("fanout");
        task.body = cfg.command;
        task.schedule = QStringLiteral("@every 24h");
        task.timeoutSeconds = 60;
        for (int i = 0; i < cfg.servers.size(); ++i) {
            Server s;
            s.name = QStringLiteral("srv%1").arg(i + 1);
            s.host = cfg.servers.at(i).host;
            s.port = cfg.servers.at(i).port;
            s.username = cfg.user;
            s.auth = AuthMethod::Key;
            s.keyPath = cfg.key;
            s.maxParallel = 4;
            auto created = ServerRepository(*m_db).create(s);
            if (!created) {
                complain(created.error().toString());
                return false;
            }
            task.serverIds.append(created->id);
        }
        auto created = TaskRepository(*m_db).create(task);
        if (!created) {
            complain(created.error().toString());
            return false;
        }
        m_taskId = created->id;
        return true;
    }

    std::unique_ptr<Engine> makeEngine() {
        Engine::Options options;
        options.globalLimit = 64;
        return std::make_unique<Engine>(*m_db, nullptr, options);
    }

    Round round(Engine &engine) {
        Round r;
        qint64 runId = -1;
        bool done = false;
        QEventLoop loop;
        QObject context;
        QObject::connect(&engine, &Engine::runFinished, &context,
                         [&](qint64 id, qint64, RunStatus) {
                             if (id == runId) {
                                 done = true;
                                 loop.quit();
                             }
                         });
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &context, [&] { loop.quit(); });

        const double cpu0 = cpuMs();
        QElapsedTimer wall;
        wall.start();
        const QDateTime runStarted = QDateTime::currentDateTimeUtc();
        auto run = engine.runNow(m_taskId);
        if (!run) {
            r.failed = 1;
            r.firstError = run.error().toString();
            return r;
        }
        runId = run->id;
        guard.start(120'000);
        if (!done)
            loop.exec();
        r.wallMs = double(wall.nsecsElapsed()) / 1e6;
        r.cpuMs = cpuMs() - cpu0;
        if (!done) {
            r.failed = 1;
            r.firstError = QStringLiteral("run %1 did not finish within 120 s").arg(runId);
            return r;
        }
        // Outside the timed part: check that every server really ran the command.
        engine.writer().flush(30'000);
        auto list = ExecutionRepository(*m_db).listForRun(runId);
        if (!list) {
            r.failed = 1;
            r.firstError = list.error().toString();
            return r;
        }
        std::vector<double> execMs;
        qint64 lastStart = 0;
        for (const Execution &e : list.value()) {
            if (e.status != ExecutionStatus::Succeeded) {
                ++r.failed;
                if (r.firstError.isEmpty())
                    r.firstError = QStringLiteral("server %1: %2 %3")
                                       .arg(e.serverId)
                                       .arg(toString(e.status), e.error);
            }
            execMs.push_back(double(e.startedAt.msecsTo(e.endedAt)));
            lastStart = std::max(lastStart, runStarted.msecsTo(e.startedAt));
        }
        if (list->size() != m_expected) {
            r.failed += 1;
            r.firstError = QStringLiteral("%1 executions stored, %2 expected")
                               .arg(list->size())
                               .arg(m_expected);
        }
        if (!execMs.empty()) {
            r.slowestMs = *std::max_element(execMs.begin(), execMs.end());
            r.medianExecMs = median(execMs);
            r.lastStartMs = double(lastStart);
        }
        return r;
    }

    void setExpected(qsizetype n) { m_expected = n; }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_taskId = 0;
    qsizetype m_expected = 0;
};

// Prints the figures of one mode of one path; false when any execution failed.
bool report(const QString &prefix, const std::vector<Round> &rounds, int servers) {
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<double> slowest;
    std::vector<double> perExec;
    std::vector<double> lastStart;
    QStringList each;
    int failed = 0;
    int reused = 0;
    QString firstError;
    for (const Round &r : rounds) {
        wall.push_back(r.wallMs);
        cpu.push_back(r.cpuMs);
        slowest.push_back(r.slowestMs);
        perExec.push_back(r.medianExecMs);
        lastStart.push_back(r.lastStartMs);
        each << fmt(r.wallMs);
        failed += r.failed;
        reused += r.reused;
        if (firstError.isEmpty())
            firstError = r.firstError;
    }
    const double ms = median(wall);
    say(QStringLiteral("%1_ms=%2").arg(prefix, fmt(ms)));
    say(QStringLiteral("%1_execs_per_s=%2").arg(prefix, fmt(ms > 0 ? servers * 1000.0 / ms : 0)));
    say(QStringLiteral("%1_rounds_ms=%2").arg(prefix, each.join(QLatin1Char(','))));
    say(QStringLiteral("%1_client_cpu_ms=%2").arg(prefix, fmt(median(cpu))));
    say(QStringLiteral("%1_exec_median_ms=%2").arg(prefix, fmt(median(perExec))));
    say(QStringLiteral("%1_exec_slowest_ms=%2").arg(prefix, fmt(median(slowest))));
    say(QStringLiteral("%1_last_start_ms=%2").arg(prefix, fmt(median(lastStart))));
    if (!prefix.startsWith(QLatin1String("engine")))
        say(QStringLiteral("%1_reused=%2").arg(prefix).arg(reused));
    say(QStringLiteral("%1_failed=%2").arg(prefix).arg(failed));
    if (failed > 0)
        complain(QStringLiteral("%1: %2 executions failed; first: %3")
                     .arg(prefix)
                     .arg(failed)
                     .arg(firstError));
    return failed == 0;
}

bool parseServers(const QString &text, QList<Endpoint> &out, QString &error) {
    const QStringList items =
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        Endpoint e;
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        if (colon < 0) {
            // A bare port: the loopback host.
            e.host = QStringLiteral("127.0.0.1");
            e.port = item.toInt(&ok);
        } else {
            e.host = item.left(colon);
            e.port = item.mid(colon + 1).toInt(&ok);
        }
        if (!ok || e.port <= 0 || e.port > 65535) {
            error = QStringLiteral("bad server `%1`: expected host:port").arg(item);
            return false;
        }
        // Benchmarks talk to loopback only, or to the server end of the impaired link that
        // bench/wan/wan_link made (WAN_LINK_SERVER, while its namespace WAN_LINK_NETNS exists):
        // that address lives only inside the network namespaces wan_link creates, so nothing
        // outside this machine is reached.
        const QHostAddress address(e.host);
        const QString linkNs = qEnvironmentVariable("WAN_LINK_NETNS");
        const QHostAddress linkServer(!linkNs.isEmpty() &&
                                              QFile::exists(QStringLiteral("/run/netns/") + linkNs)
                                          ? qEnvironmentVariable("WAN_LINK_SERVER")
                                          : QString());
        if (address.isNull() ||
            (!address.isLoopback() && (linkServer.isNull() || address != linkServer))) {
            error = QStringLiteral("server `%1` is not a loopback address (nor WAN_LINK_SERVER)")
                        .arg(item);
            return false;
        }
        out.append(e);
    }
    if (out.isEmpty()) {
        error = QStringLiteral("no servers given");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fanout"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fan-out of one command over N SSH servers, cold and warm."));
    parser.addHelpOption();
    const QCommandLineOption serversOpt(
        QStringLiteral("servers"), QStringLiteral("host:port,host:port,…"), QStringLiteral("list"));
    const QCommandLineOption portsFileOpt(
        QStringLiteral("ports-file"),
        QStringLiteral("File with one host:port (or port, for 127.0.0.1) per line."),
        QStringLiteral("file"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Login name."),
                                     QStringLiteral("name"), QStringLiteral("root"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), QStringLiteral("Private key file."),
                                    QStringLiteral("file"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"),
                                       QStringLiteral("Timed rounds per mode (default 5)."),
                                       QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption modeOpt(QStringLiteral("mode"), QStringLiteral("cold, warm or both."),
                                     QStringLiteral("mode"), QStringLiteral("both"));
    const QCommandLineOption pathOpt(QStringLiteral("path"),
                                     QStringLiteral("pool (SSH layer), engine, or both."),
                                     QStringLiteral("path"), QStringLiteral("both"));
    const QCommandLineOption threadsOpt(
        QStringLiteral("threads"),
        QStringLiteral("Worker threads for the pool path (default 64, the executor's limit)."),
        QStringLiteral("n"), QStringLiteral("64"));
    const QCommandLineOption commandOpt(QStringLiteral("command"),
                                        QStringLiteral("Command to run (default `true`)."),
                                        QStringLiteral("cmd"), QStringLiteral("true"));
    const QCommandLineOption workDirOpt(QStringLiteral("work-dir"),
                                        QStringLiteral("Where the engine path's database goes."),
                                        QStringLiteral("dir"));
    parser.addOptions({serversOpt, portsFileOpt, userOpt, keyOpt, roundsOpt, modeOpt, pathOpt,
                       threadsOpt, commandOpt, workDirOpt});
    parser.process(app);

    Config cfg;
    QString error;
    QString list = parser.value(serversOpt);
    if (parser.isSet(portsFileOpt)) {
        QFile f(parser.value(portsFileOpt));
        if (!f.open(QIODevice::ReadOnly)) {
            complain(QStringLiteral("cannot read %1").arg(f.fileName()));
            return 2;
        }
        list += QLatin1Char('\n') + QString::fromUtf8(f.readAll());
    }
    if (!parseServers(list, cfg.servers, error)) {
        complain(error);
        return 2;
    }
    cfg.user = parser.value(userOpt);
    cfg.key = parser.value(keyOpt);
    cfg.command = parser.value(commandOpt);
    cfg.workDir = parser.value(workDirOpt);
    bool ok = false;
    cfg.rounds = parser.value(roundsOpt).toInt(&ok);
    if (!ok || cfg.rounds < 1) {
        complain(QStringLiteral("--rounds must be a positive number"));
        return 2;
    }
    cfg.threads = parser.value(threadsOpt).toInt(&ok);
    if (!ok || cfg.threads < 1) {
        complain(QStringLiteral("--threads must be a positive number"));
        return 2;
    }
    const QString mode = parser.value(modeOpt);
    const QString path = parser.value(pathOpt);
    if (mode != QLatin1String("cold") && mode != QLatin1String("warm") &&
        mode != QLatin1String("both")) {
        complain(QStringLiteral("--mode must be cold, warm or both"));
        return 2;
    }
    if (path != QLatin1String("pool") && path != QLatin1String("engine") &&
        path != QLatin1String("both")) {
        complain(QStringLiteral("--path must be pool, engine or both"));
        return 2;
    }
    cfg.cold = mode != QLatin1String("warm");
    cfg.warm = mode != QLatin1String("cold");
    cfg.poolPath = path != QLatin1String("engine");
    cfg.enginePath = path != QLatin1String("pool");
    if (cfg.key.isEmpty() || !QFile::exists(cfg.key)) {
        complain(QStringLiteral("--key must name an existing private key file"));
        return 2;
    }

    const int n = int(cfg.servers.size());
    say(QStringLiteral("servers=%1").arg(n));
    say(QStringLiteral("rounds=%1").arg(cfg.rounds));
    say(QStringLiteral("threads=%1").arg(cfg.threads));
    say(QStringLiteral("command=%1").arg(cfg.command));

    QList<SshTarget> targets;
    for (int i = 0; i < n; ++i)
        targets.append(targetFor(cfg, i));
    bool allOk = true;

    if (cfg.poolPath) {
        // One thread pool for the whole program, as the executor keeps one for its life.
        QThreadPool threads;
        threads.setMaxThreadCount(cfg.threads);
        threads.setExpiryTimeout(-1);
        if (cfg.cold) {
            std::vector<Round> rounds;
            for (int r = 0; r < cfg.rounds; ++r) {
                SshPool pool; // fresh: every exec connects, handshakes and authenticates
                rounds.push_back(poolRound(pool, threads, cfg, targets));
                QElapsedTimer teardown;
                teardown.start();
                pool.closeIdle();
                if (r == 0)
                    say(QStringLiteral("cold_teardown_ms=%1")
                            .arg(fmt(double(teardown.nsecsElapsed()) / 1e6)));
            }
            allOk = report(QStringLiteral("cold"), rounds, n) && allOk;
        }
        if (cfg.warm) {
            const qint64 before = residentKb();
            SshPool pool;
            const Round first = poolRound(pool, threads, cfg, targets); // connects: not counted
            say(QStringLiteral("warm_first_round_ms=%1").arg(fmt(first.wallMs)));
            // What the N idle pooled sessions cost this process: its resident memory with them
            // against before the pool (the worker threads exist from the cold rounds already;
            // without those, the first warm round starts them and they count here too).
            say(QStringLiteral("warm_pool_rss_kb_per_session=%1")
                    .arg(fmt(double(residentKb() - before) / double(n))));
            std::vector<Round> rounds;
            for (int r = 0; r < cfg.rounds; ++r)
                rounds.push_back(poolRound(pool, threads, cfg, targets));
            say(QStringLiteral("warm_connections_opened=%1").arg(pool.connectionsOpened()));
            allOk = first.failed == 0 && report(QStringLiteral("warm"), rounds, n) && allOk;
        }
    }

    if (cfg.enginePath) {
        EngineBench bench;
        if (!bench.prepare(cfg))
            return 1;
        bench.setExpected(n);
        if (cfg.cold) {
            std::vector<Round> rounds;
            for (int r = 0; r < cfg.rounds; ++r) {
                auto engine = bench.makeEngine(); // its own, empty SshPool
                rounds.push_back(bench.round(*engine));
            }
            allOk = report(QStringLiteral("engine_cold"), rounds, n) && allOk;
        }
        if (cfg.warm) {
            auto engine = bench.makeEngine();
            const Round first = bench.round(*engine);
            say(QStringLiteral("engine_warm_first_round_ms=%1").arg(fmt(first.wallMs)));
            std::vector<Round> rounds;
            for (int r = 0; r < cfg.rounds; ++r)
                rounds.push_back(bench.round(*engine));
            say(QStringLiteral("engine_warm_connections_opened=%1")
                    .arg(engine->sshPool().connectionsOpened()));
            allOk = first.failed == 0 && report(QStringLiteral("engine_warm"), rounds, n) && allOk;
        }
    }
    return allOk ? 0 : 1;
}
