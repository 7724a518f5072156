#pragma once

// The three faces of Fleetcron driven the way their users drive them, for the face-parity test:
// the console through its real window and dialogs (offscreen), the CLI as a process, the REST API
// over HTTP against a real `fleetcron --daemon`. Each action returns what the user saw: whether
// it was done, and the sentence shown when it was refused.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace fleetcron::test {

struct FaceOutcome {
    bool done = false;
    QString error; // the message the face showed; empty when done
};

// One fresh database (SQLite file) and secret store (file) in a directory of the test's own.
struct FaceWorld {
    QString dir;
    QString database;
    QString secretsDir;
    QProcessEnvironment environment() const;
};

struct ServerInput {
    QString name{};
    QString host = QStringLiteral("127.0.0.1");
    int port = 22;
    QString user = QStringLiteral("ops");
    QString password{};  // empty: agent login
    QStringList jumps{}; // jump hosts by name, first hop first
};

struct TaskInput {
    QString name{};
    QString command = QStringLiteral("uptime");
    QString schedule = QStringLiteral("*/5 * * * *");
    QStringList servers{}; // by name
    QStringList tags{};
    QStringList blackouts{}; // blackout window specs
    int startDelay = 0;      // max start delay, seconds
};

class FaceDriver {
public:
    virtual ~FaceDriver() = default;
    virtual QString face() const = 0; // "console", "cli", "api": what the audit log records
    // Starts whatever the face needs on `world` (a daemon, a window); false when it cannot.
    virtual bool open(const FaceWorld &world) = 0;
    virtual void close() = 0;

    virtual FaceOutcome addServer(const ServerInput &server) = 0;
    virtual FaceOutcome removeServer(const QString &name) = 0;
    virtual FaceOutcome addTask(const TaskInput &task) = 0;
    virtual FaceOutcome removeTask(const QString &name) = 0;
    virtual FaceOutcome enableTask(const QString &name) = 0;
    virtual FaceOutcome setGlobalLimit(int executions) = 0;
    // Makes task `name` start `children` when a run of it succeeds (task chaining).
    virtual FaceOutcome chainOnSuccess(const QString &name, const QStringList &children) = 0;
    // Adds one global blackout window to those there are.
    virtual FaceOutcome addGlobalBlackout(const QString &spec) = 0;
};

std::unique_ptr<FaceDriver> makeCliDriver(const QString &program);
std::unique_ptr<FaceDriver> makeApiDriver(const QString &program);
std::unique_ptr<FaceDriver> makeConsoleDriver();

} // namespace fleetcron::test
