#pragma once

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>

#include <csignal>
#include <memory>

class QProcess;

namespace fleetcron::test {

// `fleetcron` as an operator runs it, for e2e tests: the CLI and `--daemon` processes on one
// SQLite file in a throw-away directory, and that file read directly, as an operator's SQL
// would. Every daemon it started is killed by reset() or when it goes away.
class DaemonHarness : public QObject {
    Q_OBJECT
public:
    DaemonHarness();
    ~DaemonHarness() override;

    // A fresh directory and database; daemons still running are killed first.
    void reset();

    QString dbPath() const;
    QProcessEnvironment environment() const;

    // Runs the CLI and returns its exit code (-1 when it did not end in a minute); stderr is
    // logged when it fails.
    int cli(const QStringList &args, QString *out = nullptr);
    // Starts `fleetcron --daemon --no-api` and waits until it says it started; null if it could
    // not start.
    QProcess *startDaemon(const QStringList &extra = {});
    // Sends `signal` and waits for the end; false when it did not end in time.
    bool stopDaemon(QProcess *p, int signal = SIGTERM, int timeoutMs = 20000);

    QList<QVariantList> query(const QString &sql);
    int count(const QString &sql) { return query(sql).value(0).value(0).toInt(); }
    // Runs a statement that changes the database (pokes a task due now, say); false on failure.
    bool execute(const QString &sql);

private:
    void killAll();

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_daemons;
};

} // namespace fleetcron::test
