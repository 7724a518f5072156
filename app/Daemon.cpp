#include "Daemon.h"

#include "LogFormat.h"
#include "UnixSignalNotifier.h"
#include "api/ApiServer.h"
#include "api/ApiToken.h"
#include "core/EngineEvents.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <malloc.h>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcDaemon, "fleetcron.daemon")

} // namespace

namespace {

// A scrape of /metrics with 1,000 tasks builds about 1 MB of text, twice (the families, then the
// answer). glibc serves blocks that large with fresh mmap()s, or trims them off the heap once
// freed, so every scrape faulted in ~500 new pages: 8 ms of its 8.3 ms (measured with
// CLOCK_THREAD_CPUTIME_ID), where the text itself takes 0.3 ms. Keeping up to 64 MB of freed
// heap for reuse is a small price for a long-running daemon; RSS stays bounded by its peak.
void keepFreedMemoryForReuse() {
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

} // namespace

Daemon::Daemon(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcDaemon).noquote()
            << QCoreApplication::translate("Daemon", "grace period over: cancelling %1 active runs")
                   .arg(m_runtime->activeRuns());
        m_runtime->cancelAllRuns();
    });
}

Daemon::~Daemon() {
    // The API first: it calls the services the runtime is about to stop.
    m_api.reset();
    m_runtime.reset();
}

bool Daemon::start() {
    Runtime::Options options;
    options.database = m_options.database;
    options.requireSecrets = true;
    m_runtime = std::make_unique<Runtime>(options);
    if (!m_runtime->open()) {
        qCCritical(lcDaemon).noquote() << m_runtime->error();
        return false;
    }
    qCInfo(lcDaemon).noquote() << QCoreApplication::translate("Daemon", "secrets: %1")
                                      .arg(m_runtime->secretsDescription());
    m_signals = new UnixSignalNotifier(this);
    connect(m_signals, &UnixSignalNotifier::terminateRequested, this, [this](int number) {
        qCInfo(lcDaemon).noquote()
            << QCoreApplication::translate("Daemon", "signal %1 received").arg(number);
        shutdown();
    });
    connect(m_signals, &UnixSignalNotifier::reloadRequested, this, [this] { m_runtime->reload(); });
    watchRunsForLog();
    m_runtime->reload();
    m_runtime->start();
    if (m_options.api && !startApi())
        return false;
    qCInfo(lcDaemon).noquote() << QCoreApplication::translate(
                                      "Daemon", "daemon started: engine %1, database %2, pid %3")
                                      .arg(m_runtime->engineId(), m_runtime->databaseDescription())
                                      .arg(QCoreApplication::applicationPid());
    return true;
}

bool Daemon::startApi() {
    const QString tokenFile =
        m_options.tokenFile.isEmpty() ? ApiToken::defaultPath() : m_options.tokenFile;
    QString error;
    const QByteArray token = ApiToken::loadOrCreate(tokenFile, &error);
    if (token.isEmpty()) {
        qCCritical(lcDaemon).noquote() << "api:" << error;
        return false;
    }
    // The file's token is the admin token "legacy" until it is revoked (docs/ACCESS.md).
    if (auto adopted = m_runtime->services().tokens.adoptLegacy(token); !adopted) {
        qCCritical(lcDaemon).noquote() << "api:" << adopted.error().toString();
        return false;
    }
    m_api = std::make_unique<ApiServer>(m_runtime->services(), m_runtime->engineId());
    // A setting changed through the API applies to this daemon's engine at once, as on SIGHUP.
    connect(m_api.get(), &ApiServer::settingsChanged, m_runtime.get(), &Runtime::reload);
    const quint16 port = m_api->listen(m_options.listenAddress, m_options.listenPort);
    if (port == 0) {
        qCCritical(lcDaemon).noquote()
            << QCoreApplication::translate(
                   "Daemon", "api: cannot listen on %1:%2 (in use? use --listen or --no-api)")
                   .arg(m_options.listenAddress.toString())
                   .arg(m_options.listenPort);
        return false;
    }
    if (!m_options.listenAddress.isLoopback())
        qCWarning(lcDaemon).noquote()
            << QCoreApplication::translate(
                   "Daemon", "api: listening on the non-loopback address %1: the API is reachable "
                             "from other machines, over plain HTTP")
                   .arg(m_options.listenAddress.toString());
    qCInfo(lcDaemon).noquote() << QCoreApplication::translate("Daemon",
                                                              "api listening on %1:%2, token in %3")
                                      .arg(m_options.listenAddress.toString())
                                      .arg(port)
                                      .arg(tokenFile);
    return true;
}

void Daemon::watchRunsForLog() {
    // Names are looked up when a record is written; the daemon's thread is the engine's, so
    // each is one small query for the name alone (namesOf), not a whole task with its targets
    // and links: at 1,000 fires a second that is two lookups per fire on the engine's thread.
    Services &services = m_runtime->services();
    auto taskName = [&services](qint64 id) {
        auto names = services.tasks.namesOf({id});
        return names ? names->value(id, QStringLiteral("#%1").arg(id))
                     : QStringLiteral("#%1").arg(id);
    };
    auto serverName = [&services](qint64 id) {
        auto names = services.servers.namesOf({id});
        return names ? names->value(id, QStringLiteral("#%1").arg(id))
                     : QStringLiteral("#%1").arg(id);
    };
    EngineEvents *events = m_runtime->events();
    // Each record costs a name lookup, so none is made for a level that is not logged.
    connect(events, &EngineEvents::runStarted, this, [=](qint64 runId, qint64 taskId) {
        if (!lcDaemon().isInfoEnabled())
            return;
        qCInfo(lcDaemon).noquote()
            << QCoreApplication::translate("Daemon", "task=%1 run=%2 started")
                   .arg(taskName(taskId))
                   .arg(runId);
    });
    connect(events, &EngineEvents::executionFinished, this, [=](const Execution &e) {
        const bool ok = e.status == ExecutionStatus::Succeeded;
        if (ok ? !lcDaemon().isInfoEnabled() : !lcDaemon().isWarningEnabled())
            return;
        const QString line =
            QStringLiteral("run=%1 server=%2 status=%3%4%5")
                .arg(e.runId)
                .arg(serverName(e.serverId), toString(e.status),
                     e.exitCode ? QStringLiteral(" exit=%1").arg(*e.exitCode) : QString(),
                     e.error.isEmpty() ? QString() : QStringLiteral(" error=\"%1\"").arg(e.error));
        if (ok)
            qCInfo(lcDaemon).noquote() << line;
        else
            qCWarning(lcDaemon).noquote() << line;
    });
    connect(events, &EngineEvents::runFinished, this,
            [=, this](qint64 runId, qint64 taskId, RunStatus status) {
                if (lcDaemon().isInfoEnabled())
                    qCInfo(lcDaemon).noquote()
                        << QCoreApplication::translate("Daemon", "task=%1 run=%2 finished: %3")
                               .arg(taskName(taskId))
                               .arg(runId)
                               .arg(toString(status));
                if (m_stopping && m_runtime->activeRuns() == 0)
                    finishShutdown();
            });
}

void Daemon::shutdown() {
    if (m_stopping)
        return;
    m_stopping = true;
    m_runtime->stopScheduling();
    const int active = m_runtime->activeRuns();
    if (active == 0) {
        finishShutdown();
        return;
    }
    qCInfo(lcDaemon).noquote()
        << QCoreApplication::translate(
               "Daemon", "stopping: no new runs; waiting up to %1 s for %2 active runs")
               .arg(m_options.graceSeconds)
               .arg(active);
    m_graceTimer.start(m_options.graceSeconds * 1000);
}

void Daemon::finishShutdown() {
    // Once: stopping the scheduling cancels what waits for a slot, and the last of those runs
    // to end may already have brought us here from watchRunsForLog's handler.
    if (m_stopped)
        return;
    m_stopped = true;
    m_graceTimer.stop();
    qCInfo(lcDaemon).noquote() << QCoreApplication::translate("Daemon", "stopped");
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

QList<QCommandLineOption> Daemon::options() {
    return {
        {QStringLiteral("daemon"),
         QCoreApplication::translate("Daemon", "Run headless (this mode).")},
        {QStringLiteral("db"),
         QCoreApplication::translate("Daemon", "Database: a SQLite file or postgresql:// URL."),
         QStringLiteral("path")},
        {QStringLiteral("log-level"),
         QCoreApplication::translate("Daemon", "debug, info, warning or error (default info)."),
         QStringLiteral("level"), QStringLiteral("info")},
        {QStringLiteral("grace"),
         QCoreApplication::translate("Daemon",
                                     "Seconds running executions get to finish on SIGTERM "
                                     "(default 30)."),
         QStringLiteral("seconds"), QStringLiteral("30")},
        {QStringLiteral("no-api"),
         QCoreApplication::translate("Daemon", "Do not serve the REST API.")},
        {QStringLiteral("listen"),
         QCoreApplication::translate("Daemon",
                                     "Serve the REST API on HOST:PORT (default 127.0.0.1:8470; "
                                     "port 0 picks a free one)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8470")},
        {QStringLiteral("listen-any"),
         QCoreApplication::translate("Daemon", "Accepted for old scripts; a non-loopback --listen "
                                               "is refused all the same (docs/ACCESS.md).")},
        {QStringLiteral("api-token-file"),
         QCoreApplication::translate("Daemon",
                                     "The API token file (default: api-token in the config "
                                     "directory)."),
         QStringLiteral("path")}};
}

void Daemon::addOptions(QCommandLineParser &parser) {
    parser.addOptions(options());
}

int Daemon::run(QCoreApplication &app) {
    keepFreedMemoryForReuse();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Daemon", "Runs the Fleetcron engine and scheduler headless, in the foreground."));
    parser.addHelpOption();
    addOptions(parser);
    QTextStream err(stderr);
    if (!parser.parse(app.arguments())) {
        err << "fleetcron --daemon: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "fleetcron --daemon: "
            << QCoreApplication::translate("Daemon", "unexpected argument '%1'")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    if (!LogFormat::install(parser.value(QStringLiteral("log-level")))) {
        err << "fleetcron --daemon: "
            << QCoreApplication::translate("Daemon",
                                           "log-level: expected debug, info, warning or error")
            << '\n';
        return 2;
    }
    Options options;
    options.database = parser.value(QStringLiteral("db"));
    bool ok = false;
    options.graceSeconds = parser.value(QStringLiteral("grace")).toInt(&ok);
    if (!ok || options.graceSeconds < 0 || options.graceSeconds > 3600) {
        err << "fleetcron --daemon: "
            << QCoreApplication::translate("Daemon", "grace: expected seconds from 0 to 3600")
            << '\n';
        return 2;
    }
    options.api = !parser.isSet(QStringLiteral("no-api"));
    options.tokenFile = parser.value(QStringLiteral("api-token-file"));
    {
        const QString listen = parser.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(u':');
        QString host = listen.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        bool portOk = false;
        const uint port = listen.mid(colon + 1).toUInt(&portOk);
        QHostAddress address;
        if (host == QStringLiteral("localhost"))
            address = QHostAddress::LocalHost;
        else if (host == QStringLiteral("any"))
            address = QHostAddress::Any; // every interface, IPv4 and IPv6
        else
            address.setAddress(host);
        if (colon < 0 || !portOk || port > 65535 || address.isNull()) {
            err << "fleetcron --daemon: "
                << QCoreApplication::translate(
                       "Daemon",
                       "listen: expected HOST:PORT with a numeric address, e.g. 127.0.0.1:8470")
                << '\n';
            return 2;
        }
        // The API speaks plain HTTP: bearer tokens must not cross a network in clear text.
        // QHttpServer 6.4 can do TLS only past ApiConnectionGuard, which reads the raw bytes to
        // enforce its limits, so TLS is left to a reverse proxy on the same host.
        if (!address.isLoopback()) {
            err << "fleetcron --daemon: "
                << QCoreApplication::translate(
                       "Daemon",
                       "listen: %1 is not a loopback address; the API serves plain HTTP and "
                       "listens on loopback only. To reach it from other machines, put a TLS "
                       "reverse proxy in front of it (see docs/ACCESS.md)")
                       .arg(host)
                << '\n';
            return 2;
        }
        options.listenAddress = address;
        options.listenPort = quint16(port);
    }
    Daemon daemon(options);
    if (!daemon.start())
        return 1;
    return app.exec();
}

} // namespace fleetcron
