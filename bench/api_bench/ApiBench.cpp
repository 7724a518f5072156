// api_bench: how many requests per second the daemon's REST API answers, and how fast it sends
// an execution report as CSV.
//
// Seeds a fresh SQLite database (one server, --tasks tasks, --rows executions), starts the real
// `fleetcron --daemon --listen 127.0.0.1:0` on it, then, for several rounds, measures with
// --inflight requests outstanding on keep-alive connections:
//   GET  /v1/api/tasks             requests/s (the whole list, --tasks tasks)
//   POST /v1/api/tasks             requests/s (disabled tasks, so nothing runs)
//   GET  /v1/api/executions.csv    rows/s and MB/s for all --rows rows, with output, beside
//                                  `fleetcron export` of the same rows (what HTTP adds)
// and prints the median of each. The daemon is stopped (by its PID) at the end.

#include "model/Execution.h"
#include "model/Run.h"
#include "model/Server.h"
#include "model/Task.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fleetcron;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

bool seed(const QString &path, int tasks, qint64 rows) {
    auto opened = Database::open(DatabaseLocation::sqliteFile(path));
    if (!opened) {
        std::fprintf(stderr, "api_bench: %s\n", qPrintable(opened.error().toString()));
        return false;
    }
    Database &db = *opened.value();
    Server s;
    s.name = QStringLiteral("web1");
    s.host = QStringLiteral("127.0.0.1");
    s.username = QStringLiteral("bench");
    const qint64 serverId = ServerRepository(db).create(s)->id;
    qint64 taskId = 0;
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.name = QStringLiteral("seed %1").arg(i);
        t.body = QStringLiteral("echo %1").arg(i);
        t.schedule = QStringLiteral("0 3 * * *");
        t.enabled = false; // measured, not run
        t.serverIds = {serverId};
        auto created = TaskRepository(db).create(t);
        if (!created) {
            std::fprintf(stderr, "api_bench: %s\n", qPrintable(created.error().toString()));
            return false;
        }
        taskId = created->id;
    }
    // One run per 100 executions, as a fleet of 100 servers would leave them.
    const qint64 base = 1'764'000'000'000;
    ExecutionRepository executions(db);
    QList<Execution> batch;
    for (qint64 i = 0; i < rows; i += 100) {
        Run r;
        r.taskId = taskId;
        r.scheduledFor = QDateTime::fromMSecsSinceEpoch(base + i * 1000, Qt::UTC);
        const qint64 runId = RunRepository(db).create(r)->id;
        for (qint64 j = i; j < std::min(rows, i + 100); ++j) {
            Execution e;
            e.runId = runId;
            e.serverId = serverId;
            e.status = j % 50 == 0 ? ExecutionStatus::Failed : ExecutionStatus::Succeeded;
            e.exitCode = j % 50 == 0 ? 1 : 0;
            e.startedAt = QDateTime::fromMSecsSinceEpoch(base + j * 10, Qt::UTC);
            e.endedAt = QDateTime::fromMSecsSinceEpoch(base + j * 10 + 15, Qt::UTC);
            e.stdoutData = "backup done: 42 files, 1.3 MB, \"ok\"\n";
            if (j % 10 == 0)
                e.stderrData = "warning: skipped /tmp/lock\n";
            batch.append(e);
        }
        if (batch.size() >= 5000 || i + 100 >= rows) {
            if (auto done = executions.createMany(batch); !done) {
                std::fprintf(stderr, "api_bench: %s\n", qPrintable(done.error().toString()));
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

class Client {
public:
    Client(int port, QByteArray token)
        : m_port(port)
        , m_token(std::move(token)) {}

    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &body) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/api%2").arg(m_port).arg(path)));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return m_net.sendCustomRequest(request, verb, body);
    }

    // Sends `count` requests made by `make(i)`, `inflight` at a time; requests per second, or 0
    // when one did not answer `expected`.
    double throughput(int count, int inflight, int expected,
                      const std::function<QNetworkReply *(int)> &make) {
        int sent = 0;
        int done = 0;
        bool failed = false;
        QEventLoop loop;
        std::function<void()> next = [&] {
            QNetworkReply *reply = make(sent++);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != expected && !failed) {
                    failed = true;
                    std::fprintf(stderr, "api_bench: HTTP %d: %s\n", status,
                                 reply->readAll().left(300).constData());
                }
                reply->readAll();
                reply->deleteLater();
                if (++done == count)
                    loop.quit();
                else if (sent < count)
                    next();
            });
        };
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < std::min(inflight, count); ++i)
            next();
        loop.exec();
        return failed ? 0 : count / (clock.nsecsElapsed() / 1e9);
    }

    // Downloads the whole report; seconds, its size in `bytes` and the seconds to the first
    // byte in `firstByte` (the daemon writes the whole report before it sends any).
    double csv(qint64 &bytes, double &firstByte) {
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *reply = send("GET", QStringLiteral("/executions.csv"), {});
        bytes = 0;
        firstByte = 0;
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
            if (bytes == 0)
                firstByte = clock.nsecsElapsed() / 1e9;
            bytes += reply->readAll().size();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        bytes += reply->readAll().size();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status == 200 ? clock.nsecsElapsed() / 1e9 : 0;
    }

private:
    int m_port;
    QByteArray m_token;
    QNetworkAccessManager m_net;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("REST API requests/s and CSV throughput"));
    parser.addHelpOption();
    const QCommandLineOption tasksOpt(QStringLiteral("tasks"), QStringLiteral("Seeded tasks."),
                                      QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption rowsOpt(QStringLiteral("rows"),
                                     QStringLiteral("Seeded executions for the CSV."),
                                     QStringLiteral("n"), QStringLiteral("200000"));
    const QCommandLineOption requestsOpt(QStringLiteral("requests"),
                                         QStringLiteral("Requests per round."), QStringLiteral("n"),
                                         QStringLiteral("2000"));
    const QCommandLineOption inflightOpt(QStringLiteral("inflight"),
                                         QStringLiteral("Requests outstanding at a time."),
                                         QStringLiteral("n"), QStringLiteral("6"));
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                       QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption binaryOpt(
        QStringLiteral("fleetcron"), QStringLiteral("The fleetcron binary."),
        QStringLiteral("path"), QStringLiteral(FLEETCRON_BINARY_PATH));
    parser.addOptions({tasksOpt, rowsOpt, requestsOpt, inflightOpt, roundsOpt, binaryOpt});
    parser.process(app);
    const int tasks = parser.value(tasksOpt).toInt();
    const qint64 rows = parser.value(rowsOpt).toLongLong();
    const int requests = parser.value(requestsOpt).toInt();
    const int inflight = std::max(1, parser.value(inflightOpt).toInt());
    const int rounds = std::max(1, parser.value(roundsOpt).toInt());

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("fleet.sqlite"));
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(dbPath, tasks, rows))
        return 1;
    std::printf("seeded %d tasks and %lld executions in %.1f s\n", tasks, rows,
                seeding.elapsed() / 1000.0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCRON_DB"), dbPath);
    env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), dir.filePath(QStringLiteral("secrets")));
    env.insert(QStringLiteral("FLEETCRON_CONFIG_DIR"), dir.filePath(QStringLiteral("conf")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    QProcess daemon;
    daemon.setProcessEnvironment(env);
    daemon.start(parser.value(binaryOpt), {QStringLiteral("--daemon"), QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:0")});
    QByteArray log;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000 && !log.contains("api listening on") &&
           daemon.state() != QProcess::NotRunning) {
        daemon.waitForReadyRead(200);
        log += daemon.readAllStandardError();
    }
    const auto match = QRegularExpression(QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"))
                           .match(QString::fromUtf8(log));
    QFile tokenFile(dir.filePath(QStringLiteral("conf/api-token")));
    if (!match.hasMatch() || !tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "api_bench: the daemon did not start:\n%s\n", log.constData());
        daemon.kill();
        daemon.waitForFinished();
        return 1;
    }
    // Its log is not measured, but must not fill the pipe.
    QObject::connect(&daemon, &QProcess::readyReadStandardError, &daemon,
                     [&] { daemon.readAllStandardError(); });
    Client client(match.captured(1).toInt(), tokenFile.readAll().trimmed());

    std::vector<double> listRps;
    std::vector<double> createRps;
    std::vector<double> csvRowsPerSecond;
    std::vector<double> csvMBps;
    std::vector<double> csvFirstByte;
    std::vector<double> cliRowsPerSecond;
    // Listing first, then the CSV, then creating: every listing sees the same --tasks tasks.
    for (int round = 0; round < rounds; ++round) {
        listRps.push_back(client.throughput(requests, inflight, 200, [&](int) {
            return client.send("GET", QStringLiteral("/tasks"), {});
        }));
        std::printf("round %d: GET /tasks %.0f req/s\n", round + 1, listRps.back());
        std::fflush(stdout);
    }
    for (int round = 0; round < rounds; ++round) {
        qint64 bytes = 0;
        double firstByte = 0;
        const double seconds = client.csv(bytes, firstByte);
        csvRowsPerSecond.push_back(seconds > 0 ? rows / seconds : 0);
        csvMBps.push_back(seconds > 0 ? bytes / seconds / 1e6 : 0);
        csvFirstByte.push_back(firstByte);
        // The same report from the CLI, on the same database: what HTTP adds.
        QElapsedTimer cliClock;
        cliClock.start();
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(parser.value(binaryOpt), {QStringLiteral("export"), QStringLiteral("--out"),
                                            dir.filePath(QStringLiteral("cli.csv"))});
        const bool cliOk = cli.waitForFinished(600000) && cli.exitCode() == 0;
        cliRowsPerSecond.push_back(cliOk ? rows / (cliClock.nsecsElapsed() / 1e9) : 0);
        std::printf("round %d: GET /executions.csv %.0f rows/s (%.1f MB/s, %.1f MB, first byte "
                    "after %.2f s); fleetcron export %.0f rows/s\n",
                    round + 1, csvRowsPerSecond.back(), csvMBps.back(), bytes / 1e6, firstByte,
                    cliRowsPerSecond.back());
        std::fflush(stdout);
    }
    int created = 0;
    for (int round = 0; round < rounds; ++round) {
        createRps.push_back(client.throughput(requests, inflight, 201, [&](int) {
            const QJsonObject body{
                {QStringLiteral("name"), QStringLiteral("bench %1").arg(created++)},
                {QStringLiteral("command"), QStringLiteral("uptime")},
                {QStringLiteral("schedule"), QStringLiteral("*/5 * * * *")},
                {QStringLiteral("servers"), QJsonArray{QStringLiteral("web1")}},
                {QStringLiteral("enabled"), false}};
            return client.send("POST", QStringLiteral("/tasks"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact));
        }));
        std::printf("round %d: POST /tasks %.0f req/s\n", round + 1, createRps.back());
        std::fflush(stdout);
    }
    std::printf(
        "median of %d rounds (%d requests, %d in flight; %d seeded tasks, %lld rows):\n"
        "  GET /v1/api/tasks          %8.0f req/s\n"
        "  POST /v1/api/tasks         %8.0f req/s\n"
        "  GET /v1/api/executions.csv %8.0f rows/s  %.1f MB/s, first byte after %.2f s\n"
        "  fleetcron export           %8.0f rows/s  (API/CLI %.2f)\n",
        rounds, requests, inflight, tasks, rows, median(listRps), median(createRps),
        median(csvRowsPerSecond), median(csvMBps), median(csvFirstByte), median(cliRowsPerSecond),
        median(cliRowsPerSecond) > 0 ? median(csvRowsPerSecond) / median(cliRowsPerSecond) : 0.0);

    daemon.terminate();
    if (!daemon.waitForFinished(15000)) {
        daemon.kill();
        daemon.waitForFinished();
    }
    return 0;
}
