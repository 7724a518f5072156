#pragma once

#include <QCommandLineOption>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QCommandLineParser;
class QCoreApplication;

namespace fleetcron {

class ApiServer;
class Runtime;
class UnixSignalNotifier;

// `fleetcron --daemon`: the engine and the scheduler, headless, in the foreground (systemd
// runs it as a service; no fork). SIGTERM/SIGINT stop claiming new fires, let running
// executions finish within the grace period, cancel what is left and exit 0. SIGHUP re-reads
// the shared settings.
class Daemon : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString database; // --db value; empty: FLEETCRON_DB or the default file
        int graceSeconds = 30;
        bool api = true;                                      // false with --no-api
        QHostAddress listenAddress = QHostAddress::LocalHost; // --listen HOST:PORT
        quint16 listenPort = 8470;                            // 0: any free port (logged)
        QString tokenFile;                                    // --api-token-file; empty: default
    };

    explicit Daemon(const Options &options, QObject *parent = nullptr);
    ~Daemon() override;

    // Opens everything and starts scheduling; false (with the reason logged) when it cannot.
    bool start();
    // The ordered shutdown; the event loop quits when it is done.
    void shutdown();

    // Parses the daemon's options and runs it until it is stopped. Returns the exit code.
    static int run(QCoreApplication &app);
    // The daemon's options (all but --help), also listed by the top-level `fleetcron --help`;
    // chooseFace and the CLI skip them (with their values) to find a verb after them.
    static QList<QCommandLineOption> options();
    static void addOptions(QCommandLineParser &parser);

private:
    void watchRunsForLog();
    void finishShutdown();
    bool startApi();

    Options m_options;
    std::unique_ptr<Runtime> m_runtime; // database, engine, services, scheduler, failover
    std::unique_ptr<ApiServer> m_api;
    UnixSignalNotifier *m_signals = nullptr;
    QTimer m_graceTimer;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace fleetcron
