// metrics_bench: the latency of GET /metrics on the real `fleetcron --daemon` with many tasks
// that have all run (issue 13: "< 10 ms with 1,000 tasks").
//
// Starts a real sshd on 127.0.0.1 and a throw-away user (root needed, as for the e2e tests),
// the daemon on a fresh SQLite database, creates --tasks tasks through the API and runs each once
// (`true` over SSH), waits until the metrics count them all, then sends --scrapes sequential
// GET /metrics on one keep-alive connection and prints the median, p90, p99 and max latency
// (client side: request sent to body read) and the size of the answer.
//
//   metrics_bench [--tasks 1000] [--scrapes 500]
#include "support/ApiDaemon.h"
#include "support/ExpositionParser.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fleetcron::test;

namespace {

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

int fail(const QString &why) {
    std::fprintf(stderr, "metrics_bench: %s\n", qPrintable(why));
    return 1;
}

// Runs ended by the daemon so far, all statuses, from its own metrics.
double runsEnded(ApiDaemon &daemon) {
    ExpositionParser m;
    if (!m.parse(daemon.get(QStringLiteral("/metrics")).body))
        return -1;
    double total = 0;
    for (const auto &s : m.families().value(QStringLiteral("fleetcron_runs_total")).samples)
        total += s.value;
    return total;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("tasks"), QStringLiteral("Tasks, each run once."),
                   QStringLiteral("n"), QStringLiteral("1000")});
    cli.addOption({QStringLiteral("scrapes"), QStringLiteral("GET /metrics measured."),
                   QStringLiteral("n"), QStringLiteral("500")});
    cli.process(app);
    const int tasks = cli.value(QStringLiteral("tasks")).toInt();
    const int scrapes = cli.value(QStringLiteral("scrapes")).toInt();
    if (qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"))
        qputenv("FLEETCRON_BINARY", FLEETCRON_BINARY_PATH);

    SshdFixture sshd;
    if (!sshd.start())
        return fail(sshd.error());
    TestUnixUser user;
    if (!user.isValid())
        return fail(user.error());
    ApiDaemon daemon;
    if (!daemon.start())
        return fail(daemon.error());
    const qint64 server = daemon.create(QStringLiteral("/v1/api/servers"),
                                        {{QStringLiteral("name"), QStringLiteral("web1")},
                                         {QStringLiteral("host"), sshd.host()},
                                         {QStringLiteral("port"), sshd.port()},
                                         {QStringLiteral("username"), user.name()},
                                         {QStringLiteral("key_path"), sshd.clientKeyPath()},
                                         {QStringLiteral("max_parallel"), 32}});
    if (server == 0)
        return fail(QStringLiteral("cannot create the server"));

    QElapsedTimer phase;
    phase.start();
    for (int i = 0; i < tasks; ++i) {
        const qint64 id = daemon.create(QStringLiteral("/v1/api/tasks"),
                                        {{QStringLiteral("name"), QStringLiteral("task %1").arg(i)},
                                         {QStringLiteral("command"), QStringLiteral("true")},
                                         {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                                         {QStringLiteral("servers"), QJsonArray{server}}});
        if (id == 0 || daemon.post(QStringLiteral("/v1/api/tasks/%1/run").arg(id)).status != 202)
            return fail(QStringLiteral("cannot create or run task %1").arg(i));
    }
    while (runsEnded(daemon) < tasks) {
        if (phase.elapsed() > 600'000)
            return fail(
                QStringLiteral("runs did not end: %1 of %2").arg(runsEnded(daemon)).arg(tasks));
        QThread::msleep(200);
    }
    std::printf("%d tasks created and run once in %.1f s\n", tasks, phase.elapsed() / 1000.0);

    QByteArray body;
    for (int i = 0; i < 20; ++i) // warm-up
        body = daemon.get(QStringLiteral("/metrics")).body;
    ExpositionParser parsed;
    if (!parsed.parse(body))
        return fail(parsed.error());
    std::vector<double> ms;
    ms.reserve(size_t(scrapes));
    for (int i = 0; i < scrapes; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = daemon.get(QStringLiteral("/metrics"));
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (r.status != 200)
            return fail(QStringLiteral("GET /metrics answered %1").arg(r.status));
    }
    std::printf("GET /metrics: %lld bytes, %lld lines; %d scrapes: median %.2f ms, p90 %.2f ms, "
                "p99 %.2f ms, max %.2f ms\n",
                qint64(body.size()), qint64(body.count('\n')), scrapes, percentile(ms, 0.5),
                percentile(ms, 0.9), percentile(ms, 0.99), percentile(ms, 1.0));
    return 0;
}
