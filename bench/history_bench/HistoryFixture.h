#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace fleetcron {
class Database;
}

namespace fleetcron::bench {

// What the fixture made, for the measurements to aim at.
struct HistoryShape {
    qint64 runs = 0;
    qint64 executions = 0;
    QList<qint64> taskIds;    // every task; the first tenth are the busy ones
    QList<qint64> serverIds;  // every server
    qint64 firstAtMs = 0;     // scheduled_for of the oldest run
    qint64 lastAtMs = 0;      // and of the newest
    qint64 busiestTaskId = 0; // the task with the most runs
    qint64 busiestTaskRuns = 0;
};

// Fills a database made by Database::open (so the product's migrations made the schema) with a
// year of history: `servers` servers and `tasks` disabled tasks through the repositories, then
// runs and executions straight into the tables, many rows per INSERT in transactions of 100,000
// executions (the writer's path would take hours for 10 million). The shape: a tenth of the
// tasks get half of the runs; a task fans out to one to five servers; 90 % of executions
// succeed, the rest fail, time out, are unreachable, … and half of the failures have a second
// attempt; every execution has a line or two of stdout, every tenth a line of stderr. Runs are
// written in time order, so ids grow with time as they do in service. The output search index
// is not filled (no search is measured here). Retention is set to keep everything, so a daemon
// or console started on the fixture does not prune it.
class HistoryFixture {
public:
    using Progress = std::function<void(qint64 executionsWritten)>;

    HistoryFixture(Database &db, qint64 executions, int tasks = 1000, int servers = 50);
    // false with error() set on failure.
    bool fill(const Progress &progress = {});
    // The shape of a fixture filled earlier (--reuse), read back from the tables.
    bool describe();
    const HistoryShape &shape() const { return m_shape; }
    QString error() const { return m_error; }

private:
    bool createFleet();
    bool flush(QStringList &runRows, QStringList &executionRows);
    bool exec(const QString &sql);
    QString blob(const QByteArray &bytes) const;

    Database &m_db;
    qint64 m_executions;
    int m_tasks;
    int m_servers;
    HistoryShape m_shape;
    QString m_error;
};

} // namespace fleetcron::bench
