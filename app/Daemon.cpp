#include "Daemon.h"

#include "LogFormat.h"
#include "UnixSignalNotifier.h"
#include "core/Engine.h"
#include "exec/Executor.h"
#include "scheduler/RetentionPruner.h"
#include "scheduler/Scheduler.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ServerRepository.h"
#include "store/SettingsRepository.h"
#include "store/TaskRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcDaemon, "fleetcron.daemon")

} // namespace

Daemon::Daemon(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options) {
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        const int left = m_engine->executor().activeRuns();
        qCWarning(lcDaemon).noquote()
            << QStringLiteral("grace period over: cancelling %1 active runs").arg(left);
        m_engine->executor().cancelAll();
    });
}

Daemon::~Daemon() {
    // Scheduler before engine, engine (which drains the writer) before the database.
    m_pruner.reset();
    m_scheduler.reset();
    m_engine.reset();
    m_db.reset();
}

bool Daemon::start() {
    auto location = DatabaseLocation::resolve(m_options.database);
    if (!location) {
        qCCritical(lcDaemon).noquote() << location.error().toString();
        return false;
    }
    auto db = Database::open(location.value());
    if (!db) {
        qCCritical(lcDaemon).noquote() << db.error().toString();
        return false;
    }
    m_db = std::move(db).value();
    auto secrets = SecretStoreFactory::create({});
    if (!secrets.store) {
        qCCritical(lcDaemon).noquote() << secrets.error;
        return false;
    }
    m_secrets = std::move(secrets.store);
    qCInfo(lcDaemon).noquote() << "secrets:" << secrets.reason;
    m_engine = std::make_unique<Engine>(*m_db, m_secrets.get());
    m_scheduler = std::make_unique<Scheduler>(*m_engine);
    m_signals = new UnixSignalNotifier(this);
    connect(m_signals, &UnixSignalNotifier::terminateRequested, this, [this](int number) {
        qCInfo(lcDaemon).noquote() << QStringLiteral("signal %1 received").arg(number);
        shutdown();
    });
    connect(m_signals, &UnixSignalNotifier::reloadRequested, this, &Daemon::reload);
    watchRunsForLog();
    reload();
    m_scheduler->start();
    m_pruner = std::make_unique<RetentionPruner>(*m_db);
    m_pruner->start();
    qCInfo(lcDaemon).noquote() << QStringLiteral("daemon started: engine %1, database %2, pid %3")
                                      .arg(m_engine->engineId(), location->describe())
                                      .arg(QCoreApplication::applicationPid());
    return true;
}

void Daemon::reload() {
    SettingsRepository settings(*m_db);
    bool ok = false;
    const int limit = settings.value(QStringLiteral("executor.global_limit"), QStringLiteral("64"))
                          .value()
                          .toInt(&ok);
    if (ok && limit > 0)
        m_engine->executor().setGlobalLimit(limit);
    qCInfo(lcDaemon).noquote() << QStringLiteral("settings loaded: global limit %1")
                                      .arg(m_engine->executor().globalLimit());
}

void Daemon::watchRunsForLog() {
    // Names are looked up when a record is written; the daemon's thread is the engine's.
    auto taskName = [this](qint64 id) {
        auto t = TaskRepository(*m_db).find(id);
        return t ? t->name : QStringLiteral("#%1").arg(id);
    };
    auto serverName = [this](qint64 id) {
        auto s = ServerRepository(*m_db).find(id, true);
        return s ? s->name : QStringLiteral("#%1").arg(id);
    };
    connect(m_engine.get(), &Engine::runStarted, this, [=](qint64 runId, qint64 taskId) {
        qCInfo(lcDaemon).noquote()
            << QStringLiteral("task=%1 run=%2 started").arg(taskName(taskId)).arg(runId);
    });
    connect(m_engine.get(), &Engine::executionFinished, this, [=](const Execution &e) {
        const QString line =
            QStringLiteral("run=%1 server=%2 status=%3%4%5")
                .arg(e.runId)
                .arg(serverName(e.serverId), toString(e.status),
                     e.exitCode ? QStringLiteral(" exit=%1").arg(*e.exitCode) : QString(),
                     e.error.isEmpty() ? QString() : QStringLiteral(" error=\"%1\"").arg(e.error));
        if (e.status == ExecutionStatus::Succeeded)
            qCInfo(lcDaemon).noquote() << line;
        else
            qCWarning(lcDaemon).noquote() << line;
    });
    connect(m_engine.get(), &Engine::runFinished, this,
            [=, this](qint64 runId, qint64 taskId, RunStatus status) {
                qCInfo(lcDaemon).noquote() << QStringLiteral("task=%1 run=%2 finished: %3")
                                                  .arg(taskName(taskId))
                                                  .arg(runId)
                                                  .arg(toString(status));
                if (m_stopping && m_engine->executor().activeRuns() == 0)
                    finishShutdown();
            });
}

void Daemon::shutdown() {
    if (m_stopping)
        return;
    m_stopping = true;
    m_scheduler->stop();
    m_pruner->stop();
    const int active = m_engine->executor().activeRuns();
    if (active == 0) {
        finishShutdown();
        return;
    }
    qCInfo(lcDaemon).noquote()
        << QStringLiteral("stopping: no new runs; waiting up to %1 s for %2 active runs")
               .arg(m_options.graceSeconds)
               .arg(active);
    m_graceTimer.start(m_options.graceSeconds * 1000);
}

void Daemon::finishShutdown() {
    m_graceTimer.stop();
    qCInfo(lcDaemon).noquote() << "stopped";
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

int Daemon::run(QCoreApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Runs the Fleetcron engine and scheduler headless, in the foreground."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("daemon"), QStringLiteral("Run headless (this mode).")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database: a SQLite file or postgresql:// URL."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("log-level"),
                      QStringLiteral("debug, info, warning or error (default info)."),
                      QStringLiteral("level"), QStringLiteral("info")});
    parser.addOption({QStringLiteral("grace"),
                      QStringLiteral("Seconds running executions get to finish on SIGTERM "
                                     "(default 30)."),
                      QStringLiteral("seconds"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("no-api"), QStringLiteral("Do not serve the REST API.")});
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
        err << "fleetcron --daemon: unexpected argument '" << parser.positionalArguments().first()
            << "'\n";
        return 2;
    }
    if (!LogFormat::install(parser.value(QStringLiteral("log-level")))) {
        err << "fleetcron --daemon: log-level: expected debug, info, warning or error\n";
        return 2;
    }
    Options options;
    options.database = parser.value(QStringLiteral("db"));
    bool ok = false;
    options.graceSeconds = parser.value(QStringLiteral("grace")).toInt(&ok);
    if (!ok || options.graceSeconds < 0 || options.graceSeconds > 3600) {
        err << "fleetcron --daemon: grace: expected seconds from 0 to 3600\n";
        return 2;
    }
    Daemon daemon(options);
    if (!daemon.start())
        return 1;
    return app.exec();
}

} // namespace fleetcron
