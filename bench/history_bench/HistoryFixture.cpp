#include "HistoryFixture.h"

#include "model/Server.h"
#include "model/Task.h"
#include "store/Database.h"
#include "store/ServerRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"
#include "store/TaskRepository.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace fleetcron::bench {
namespace {

constexpr qint64 yearMs = 365LL * 24 * 3600 * 1000;
constexpr qint64 endMs = 1'764'547'200'000; // 2025-12-01T00:00Z, the newest run
constexpr int executionsPerTransaction = 100'000;
constexpr int rowsPerInsert = 500;

// An execution's status, 90 % succeeded; the rest in the proportions a fleet sees.
const char *pickStatus(quint32 dice) {
    const quint32 p = dice % 1000;
    if (p < 900)
        return "succeeded";
    if (p < 960)
        return "failed";
    if (p < 975)
        return "unreachable";
    if (p < 985)
        return "timed-out";
    if (p < 992)
        return "cancelled";
    if (p < 997)
        return "interrupted";
    return "auth-failed";
}

QString sqlText(const QString &s) {
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

} // namespace

HistoryFixture::HistoryFixture(Database &db, qint64 executions, int tasks, int servers)
    : m_db(db)
    , m_executions(executions)
    , m_tasks(qMax(1, tasks))
    , m_servers(qMax(1, servers)) {}

bool HistoryFixture::exec(const QString &sql) {
    if (auto done = m_db.apply(sql, {}, QStringLiteral("fill history")); !done) {
        m_error = done.error().toString();
        return false;
    }
    return true;
}

// Output as a BLOB literal in the backend's own syntax (hex: no escaping to get wrong).
QString HistoryFixture::blob(const QByteArray &bytes) const {
    if (m_db.dialect().backend() == SqlDialect::Backend::PostgreSQL)
        return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(bytes.toHex()));
    return QStringLiteral("X'%1'").arg(QString::fromLatin1(bytes.toHex()));
}

bool HistoryFixture::createFleet() {
    const QString keepAll = QStringLiteral("0");
    if (auto kept =
            SettingsRepository(m_db).setValues({{SettingKeys::retentionDays(), keepAll},
                                                {SettingKeys::retentionRunsPerTask(), keepAll}});
        !kept) {
        m_error = kept.error().toString();
        return false;
    }
    ServerRepository servers(m_db);
    for (int i = 0; i < m_servers; ++i) {
        Server s;
        s.name = QStringLiteral("web%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        s.host = QStringLiteral("10.0.%1.%2").arg(i / 200).arg(i % 200 + 10);
        s.username = QStringLiteral("deploy");
        auto created = servers.create(s);
        if (!created) {
            m_error = created.error().toString();
            return false;
        }
        m_shape.serverIds << created->id;
    }
    TaskRepository tasks(m_db);
    for (int i = 0; i < m_tasks; ++i) {
        Task t;
        t.name = QStringLiteral("job-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        t.body = QStringLiteral("/usr/local/bin/job %1").arg(i + 1);
        t.schedule = QStringLiteral("@every 1h");
        t.enabled = false; // history only: nothing fires while it is measured
        const int fanOut = 1 + i % 5;
        for (int j = 0; j < fanOut; ++j)
            t.serverIds << m_shape.serverIds.at((i * 7 + j) % m_servers);
        auto created = tasks.create(t);
        if (!created) {
            m_error = created.error().toString();
            return false;
        }
        m_shape.taskIds << created->id;
    }
    return true;
}

bool HistoryFixture::flush(QStringList &runRows, QStringList &executionRows) {
    for (qsizetype i = 0; i < runRows.size(); i += rowsPerInsert) {
        if (!exec(QStringLiteral("INSERT INTO runs (id, task_id, scheduled_for, started_at, "
                                 "finished_at, trigger, status, engine_id) VALUES ") +
                  runRows.mid(i, rowsPerInsert).join(QLatin1Char(','))))
            return false;
    }
    for (qsizetype i = 0; i < executionRows.size(); i += rowsPerInsert) {
        if (!exec(QStringLiteral("INSERT INTO executions (id, run_id, task_id, server_id, attempt, "
                                 "started_at, ended_at, status, exit_code, error, stdout, stderr) "
                                 "VALUES ") +
                  executionRows.mid(i, rowsPerInsert).join(QLatin1Char(','))))
            return false;
    }
    runRows.clear();
    executionRows.clear();
    return true;
}

bool HistoryFixture::fill(const Progress &progress) {
    if (!createFleet())
        return false;
    // Runs are spread evenly over the year; about 3.2 executions a run on average.
    const qint64 expectedRuns = qMax<qint64>(1, m_executions * 10 / 32);
    const qint64 stepMs = qMax<qint64>(1, yearMs / expectedRuns);
    m_shape.firstAtMs = endMs - expectedRuns * stepMs;
    QRandomGenerator rng(16);
    QList<qint64> runsPerTask(m_tasks, 0);
    QStringList runRows;
    QStringList executionRows;
    qint64 runId = 0;
    qint64 executionId = 0;
    qint64 inTransaction = 0;
    auto tx = std::make_unique<Transaction>(m_db);
    while (executionId < m_executions) {
        ++runId;
        const qint64 at = m_shape.firstAtMs + runId * stepMs;
        const int busy = qMax(1, m_tasks / 10);
        const int task = rng.bounded(2) == 0 ? int(rng.bounded(busy))
                                             : busy + int(rng.bounded(qMax(1, m_tasks - busy)));
        const int taskIndex = qMin(task, m_tasks - 1);
        ++runsPerTask[taskIndex];
        const int fanOut = 1 + taskIndex % 5;
        int failures = 0;
        int executions = 0;
        qint64 ended = at;
        for (int j = 0; j < fanOut && executionId < m_executions; ++j) {
            const qint64 server = m_shape.serverIds.at((taskIndex * 7 + j) % m_servers);
            const char *status = pickStatus(rng.generate());
            const bool retried = qstrcmp(status, "succeeded") != 0 && rng.bounded(2) == 0;
            for (int attempt = 1; attempt <= (retried ? 2 : 1) && executionId < m_executions;
                 ++attempt) {
                const char *st = attempt == 2 ? "succeeded" : status;
                const bool ok = qstrcmp(st, "succeeded") == 0;
                const qint64 started = at + 40 + j * 3 + (attempt - 1) * 30'000;
                const qint64 finished = started + 200 + rng.bounded(5000);
                ended = qMax(ended, finished);
                const QByteArray out = QByteArrayLiteral("job ") + QByteArray::number(taskIndex) +
                                       QByteArrayLiteral(": processed ") +
                                       QByteArray::number(rng.bounded(100000)) +
                                       QByteArrayLiteral(" items in ") +
                                       QByteArray::number(finished - started) + " ms\n";
                const QByteArray err =
                    ok ? (rng.bounded(10) == 0 ? QByteArrayLiteral("warning: cache is cold\n")
                                               : QByteArray())
                       : QByteArrayLiteral("error: upstream refused\n");
                executionRows << QStringLiteral("(%1,%2,%3,%4,%5,%6,%7,'%8',%9,%10,%11,%12)")
                                     .arg(++executionId)
                                     .arg(runId)
                                     .arg(m_shape.taskIds.at(taskIndex))
                                     .arg(server)
                                     .arg(attempt)
                                     .arg(started)
                                     .arg(finished)
                                     .arg(QLatin1String(st))
                                     .arg(ok ? QStringLiteral("0") : QStringLiteral("1"))
                                     .arg(ok ? QStringLiteral("''")
                                             : sqlText(QStringLiteral("exit status 1")))
                                     .arg(blob(out))
                                     .arg(err.isEmpty() ? QStringLiteral("NULL") : blob(err));
                ++executions;
                if (!ok && (attempt == 2 || !retried))
                    ++failures;
            }
        }
        const QString runStatus = failures == 0            ? QStringLiteral("succeeded")
                                  : failures == executions ? QStringLiteral("failed")
                                                           : QStringLiteral("partial");
        runRows << QStringLiteral("(%1,%2,%3,%4,%5,'schedule','%6','bench')")
                       .arg(runId)
                       .arg(m_shape.taskIds.at(taskIndex))
                       .arg(at)
                       .arg(at + 20)
                       .arg(ended)
                       .arg(runStatus);
        inTransaction += executions;
        if (inTransaction >= executionsPerTransaction || executionId >= m_executions) {
            if (!flush(runRows, executionRows))
                return false;
            if (auto done = tx->commit(); !done) {
                m_error = done.error().toString();
                return false;
            }
            if (progress)
                progress(executionId);
            inTransaction = 0;
            tx = std::make_unique<Transaction>(m_db);
        }
    }
    tx->rollback(); // the last one is empty
    m_shape.runs = runId;
    m_shape.executions = executionId;
    m_shape.lastAtMs = m_shape.firstAtMs + runId * stepMs;
    const auto busiest = std::max_element(runsPerTask.cbegin(), runsPerTask.cend());
    m_shape.busiestTaskId = m_shape.taskIds.at(int(busiest - runsPerTask.cbegin()));
    m_shape.busiestTaskRuns = *busiest;
    if (m_db.dialect().backend() == SqlDialect::Backend::PostgreSQL) {
        // Ids were given explicitly: the sequences must not hand them out again.
        for (const char *table : {"runs", "executions"}) {
            if (!exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                     "(SELECT MAX(id) FROM %1))")
                          .arg(QLatin1String(table))))
                return false;
        }
    }
    // What autovacuum (PostgreSQL) or an operator's ANALYZE (SQLite) would have done by now.
    return exec(QStringLiteral("ANALYZE"));
}

bool HistoryFixture::describe() {
    auto read = [&](const QString &sql) -> QList<QList<qint64>> {
        auto rows = m_db.rows(sql, {}, QStringLiteral("describe history"), [](const QSqlQuery &q) {
            QList<qint64> row;
            for (int i = 0; i < 3; ++i)
                row << q.value(i).toLongLong();
            return row;
        });
        if (!rows)
            m_error = rows.error().toString();
        return rows ? rows.value() : QList<QList<qint64>>();
    };
    const auto runs = read(QStringLiteral("SELECT COUNT(*), MIN(scheduled_for), "
                                          "MAX(scheduled_for) FROM runs"));
    const auto executions = read(QStringLiteral("SELECT MAX(id), 0, 0 FROM executions"));
    const auto busiest = read(QStringLiteral("SELECT task_id, COUNT(*), 0 FROM runs GROUP BY "
                                             "task_id ORDER BY COUNT(*) DESC LIMIT 1"));
    for (const auto &row : read(QStringLiteral("SELECT id, 0, 0 FROM tasks ORDER BY id")))
        m_shape.taskIds << row.at(0);
    for (const auto &row : read(QStringLiteral("SELECT id, 0, 0 FROM servers ORDER BY id")))
        m_shape.serverIds << row.at(0);
    if (runs.isEmpty() || executions.isEmpty() || busiest.isEmpty())
        return false;
    m_shape.runs = runs.at(0).at(0);
    m_shape.firstAtMs = runs.at(0).at(1);
    m_shape.lastAtMs = runs.at(0).at(2);
    m_shape.executions = executions.at(0).at(0);
    m_shape.busiestTaskId = busiest.at(0).at(0);
    m_shape.busiestTaskRuns = busiest.at(0).at(1);
    return m_error.isEmpty();
}

} // namespace fleetcron::bench
