#include "SqliteWriterStatements.h"

#include "Database.h"
#include "ExecutionInsertSql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <array>
#include <atomic>

namespace fleetcron {
namespace {

// The same statements as the Qt SQL implementation, word for word; the INSERT's text comes from
// ExecutionInsertSql for both (see statement()).
constexpr const char *sqlText[] = {
    nullptr,
    "UPDATE executions SET status = 'running', started_at = ? WHERE id = ?",
    "INSERT INTO execution_output (execution_id, seq, stream, at, bytes) VALUES (?, ?, ?, ?, ?)",
    "UPDATE executions SET attempt = ?, started_at = ?, ended_at = ?, status = ?, exit_code = ?, "
    "exit_signal = ?, error = ?, stdout = ?, stderr = ?, stdout_truncated = ?, "
    "stderr_truncated = ? WHERE id = ?",
    "DELETE FROM execution_output WHERE execution_id = ?",
    "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?",
    "UPDATE executions SET remote_pgid = ? WHERE id = ?",
};

// Whole rows go this many per statement. Per statement execution SQLite builds a temporary
// b-tree for each CHECK (x IN (…more than two words…)) (executions.status has ten), and opens
// cursors on the table and its three indexes; 32 rows share that. A multi-row INSERT needs a
// statement journal (kept in memory, see create()): 32 rows touch at most ~40 pages.
constexpr int rowsPerInsert = 32;
constexpr int insertColumns = ExecutionInsertSql::placeholdersPerRow;

const QByteArray &insertSql(int rows) {
    static const QByteArray one = ExecutionInsertSql::text(1);
    static const QByteArray many = ExecutionInsertSql::text(rowsPerInsert);
    return rows == 1 ? one : many;
}

// Status words in UTF-8, made once: binding them costs no conversion and no allocation.
const QByteArray &word(ExecutionStatus s) {
    static const auto words = [] {
        std::array<QByteArray, int(ExecutionStatus::Interrupted) + 1> all;
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = toString(ExecutionStatus(i)).toUtf8();
        return all;
    }();
    return words[size_t(s)];
}

// SQLite binds a null pointer as NULL; a column value that is merely empty must not be.
const char *nonNull(const QByteArray &b) {
    const char *p = b.constData();
    return p ? p : "";
}

// Text as SqlValues::text stores it: empty is '', not NULL.
void bindText(sqlite3_stmt *st, int index, const QByteArray &utf8) {
    sqlite3_bind_text64(st, index, nonNull(utf8), sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                        SQLITE_UTF8);
}

// Blobs as SqlValues::bytes stores them: an empty (or null) QByteArray is an empty blob.
void bindBytes(sqlite3_stmt *st, int index, const QByteArray &bytes) {
    sqlite3_bind_blob64(st, index, nonNull(bytes), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
}

// Times as SqlValues::time stores them: UTC epoch milliseconds, NULL when not set.
void bindTime(sqlite3_stmt *st, int index, const QDateTime &t) {
    if (t.isValid())
        sqlite3_bind_int64(st, index, t.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(st, index);
}

void bindOptionalInt(sqlite3_stmt *st, int index, const std::optional<int> &v) {
    if (v)
        sqlite3_bind_int(st, index, *v);
    else
        sqlite3_bind_null(st, index);
}

// Text columns are NOT NULL: an unset QString is ''. The UTF-8 copy lives in `keep` until the
// statement has run (bound SQLITE_STATIC); the common empty case needs no copy at all.
void bindString(sqlite3_stmt *st, int index, const QString &s, QByteArray &keep) {
    keep = s.isEmpty() ? QByteArray() : s.toUtf8();
    bindText(st, index, keep);
}

// Whether the Qt SQLite driver runs on the same SQLite library this program links: only then
// may its handle be passed to our sqlite3_* calls. On Debian both are the system's
// libsqlite3.so.0; a Qt built with its own bundled copy answers with another source id.
// Asked once per process, through the connection itself.
bool driverSharesOurLibrary(const QSqlDatabase &connection) {
    static std::atomic<int> known{0}; // 0 unknown, 1 same, 2 different
    if (const int k = known.load(std::memory_order_relaxed))
        return k == 1;
    QSqlQuery q(connection);
    const bool same = q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next() &&
                      q.value(0).toString() == QString::fromUtf8(sqlite3_sourceid());
    if (!same) {
        qWarning("fleetcron: the Qt SQLite driver uses another SQLite library (%s) than fleetcron "
                 "(%s); results are written through Qt SQL, which is slower",
                 qPrintable(q.value(0).toString()), sqlite3_sourceid());
    }
    known.store(same ? 1 : 2, std::memory_order_relaxed);
    return same;
}

} // namespace

std::unique_ptr<WriterStatements> SqliteWriterStatements::create(Database &db,
                                                                 const QSqlDatabase &connection) {
    const QSqlDriver *driver = connection.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *access = *static_cast<sqlite3 *const *>(handle.constData());
    if (!access || !driverSharesOurLibrary(connection))
        return nullptr;
    // The multi-row INSERT's statement journal in memory rather than in a temporary file
    // (one pwrite per page and per page number otherwise). Only this connection, the writer's,
    // is changed: readers' big sorts keep spilling to disk. A no-op when already set.
    sqlite3_exec(access, "PRAGMA temp_store=MEMORY", nullptr, nullptr, nullptr);
    return std::make_unique<SqliteWriterStatements>(db, access);
}

SqliteWriterStatements::SqliteWriterStatements(Database &db, sqlite3 *handle)
    : m_db(db)
    , m_handle(handle) {}

SqliteWriterStatements::~SqliteWriterStatements() {
    // Finalized before the batch ends, so the Qt connection can always close its handle.
    for (sqlite3_stmt *st : m_statements)
        sqlite3_finalize(st);
}

sqlite3_stmt *SqliteWriterStatements::statement(Statement which) {
    sqlite3_stmt *&slot = m_statements[which];
    if (!slot) {
        static const QByteArray indexSql = WriterStatements::indexSql(m_db).toUtf8();
        const char *sql = which == InsertMany    ? insertSql(rowsPerInsert).constData()
                          : which == Insert      ? insertSql(1).constData()
                          : which == IndexOutput ? indexSql.constData()
                          : which == QueueIndex  ? queueIndexSql()
                          : which == StartRun    ? startRunSql()
                                                 : sqlText[which];
        const int rc =
            sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &slot, nullptr);
        if (rc != SQLITE_OK) {
            m_errorCode = sqlite3_extended_errcode(m_handle);
            m_errorText = QString::fromUtf8(sqlite3_errmsg(m_handle));
            sqlite3_finalize(slot);
            slot = nullptr;
        }
    }
    return slot;
}

bool SqliteWriterStatements::run(sqlite3_stmt *st) {
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_errorCode = sqlite3_extended_errcode(m_handle);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_reset(st);
        return false;
    }
    sqlite3_reset(st);
    return true;
}

StoreError SqliteWriterStatements::failure(const QString &doing) const {
    // Shaped as the Qt driver shapes it (extended code as the native code, SQLite's words as
    // the database text), so SqlDialect::classify reads both the same way.
    const QSqlError error(QStringLiteral("Unable to fetch row"), m_errorText,
                          QSqlError::StatementError, QString::number(m_errorCode));
    return m_db.failure(error, doing);
}

namespace {

// One row's values at parameters offset+1 … offset+14. `keep` holds the UTF-8 copies of the
// row's free texts until the statement has run.
void bindExecution(sqlite3_stmt *st, int offset, const Execution &e, QByteArray keep[2]) {
    sqlite3_bind_int64(st, offset + 1, e.runId);
    sqlite3_bind_int64(st, offset + 2, e.runId); // task_id, read from the run
    sqlite3_bind_int64(st, offset + 3, e.serverId);
    sqlite3_bind_int(st, offset + 4, e.attempt);
    bindTime(st, offset + 5, e.startedAt);
    bindTime(st, offset + 6, e.endedAt);
    bindText(st, offset + 7, word(e.status));
    bindOptionalInt(st, offset + 8, e.exitCode);
    bindString(st, offset + 9, e.exitSignal, keep[0]);
    bindString(st, offset + 10, e.error, keep[1]);
    bindBytes(st, offset + 11, e.stdoutData);
    bindBytes(st, offset + 12, e.stderrData);
    sqlite3_bind_int(st, offset + 13, e.stdoutTruncated ? 1 : 0);
    sqlite3_bind_int(st, offset + 14, e.stderrTruncated ? 1 : 0);
}

} // namespace

StoreError SqliteWriterStatements::insertExecutions(std::span<const Execution *const> rows,
                                                    QList<qint64> *ids) {
    // The new ids are consecutive up to the last one: one writer at a time, AUTOINCREMENT.
    auto collect = [&](int count) {
        if (!ids)
            return;
        const qint64 last = sqlite3_last_insert_rowid(m_handle);
        for (int k = count - 1; k >= 0; --k)
            ids->append(last - k);
    };
    QByteArray keep[rowsPerInsert][2];
    size_t i = 0;
    if (rows.size() >= size_t(rowsPerInsert)) {
        sqlite3_stmt *many = statement(InsertMany);
        if (!many)
            return failure(insertDoing(rows.front()->runId));
        for (; i + rowsPerInsert <= rows.size(); i += rowsPerInsert) {
            for (int k = 0; k < rowsPerInsert; ++k)
                bindExecution(many, k * insertColumns, *rows[i + size_t(k)], keep[k]);
            // Which row failed is found by the writer, which then writes them one by one.
            if (!run(many))
                return failure(insertDoing(rows[i]->runId));
            collect(rowsPerInsert);
        }
    }
    if (i == rows.size())
        return {};
    sqlite3_stmt *one = statement(Insert);
    if (!one)
        return failure(insertDoing(rows[i]->runId));
    for (; i < rows.size(); ++i) {
        bindExecution(one, 0, *rows[i], keep[0]);
        if (!run(one))
            return failure(insertDoing(rows[i]->runId));
        collect(1);
    }
    return {};
}

StoreError SqliteWriterStatements::startExecution(qint64 executionId, const QDateTime &startedAt) {
    sqlite3_stmt *st = statement(Start);
    if (!st)
        return failure(startDoing(executionId));
    bindTime(st, 1, startedAt);
    sqlite3_bind_int64(st, 2, executionId);
    if (!run(st))
        return failure(startDoing(executionId));
    return {};
}

StoreError SqliteWriterStatements::setRemoteProcessGroup(qint64 executionId, qint64 pgid) {
    sqlite3_stmt *st = statement(RemoteGroup);
    if (!st)
        return failure(processGroupDoing(executionId));
    sqlite3_bind_int64(st, 1, pgid);
    sqlite3_bind_int64(st, 2, executionId);
    if (!run(st))
        return failure(processGroupDoing(executionId));
    return {};
}

StoreError SqliteWriterStatements::appendOutput(const ExecutionOutputChunk &c) {
    sqlite3_stmt *st = statement(Append);
    if (!st)
        return failure(appendDoing(c.executionId));
    static const QByteArray stdoutWord = QByteArrayLiteral("stdout");
    static const QByteArray stderrWord = QByteArrayLiteral("stderr");
    sqlite3_bind_int64(st, 1, c.executionId);
    sqlite3_bind_int(st, 2, c.seq);
    bindText(st, 3, c.stream == ExecutionOutputChunk::Stream::Stdout ? stdoutWord : stderrWord);
    bindTime(st, 4, c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc());
    bindBytes(st, 5, c.bytes);
    if (!run(st))
        return failure(appendDoing(c.executionId));
    return {};
}

StoreError SqliteWriterStatements::finishExecution(const Execution &e) {
    sqlite3_stmt *st = statement(Finish);
    if (!st)
        return failure(finishDoing(e.id));
    QByteArray exitSignal;
    QByteArray error;
    sqlite3_bind_int(st, 1, e.attempt);
    bindTime(st, 2, e.startedAt);
    bindTime(st, 3, e.endedAt);
    bindText(st, 4, word(e.status));
    bindOptionalInt(st, 5, e.exitCode);
    bindString(st, 6, e.exitSignal, exitSignal);
    bindString(st, 7, e.error, error);
    bindBytes(st, 8, e.stdoutData);
    bindBytes(st, 9, e.stderrData);
    sqlite3_bind_int(st, 10, e.stdoutTruncated ? 1 : 0);
    sqlite3_bind_int(st, 11, e.stderrTruncated ? 1 : 0);
    sqlite3_bind_int64(st, 12, e.id);
    if (!run(st))
        return failure(finishDoing(e.id));
    if (sqlite3_changes(m_handle) == 0)
        return executionGone(e.id);
    sqlite3_stmt *drop = statement(DropOutput);
    if (!drop)
        return failure(finishDoing(e.id));
    sqlite3_bind_int64(drop, 1, e.id);
    if (!run(drop))
        return failure(finishDoing(e.id));
    return {};
}

StoreError SqliteWriterStatements::finishRun(qint64 runId, RunStatus status,
                                             const QDateTime &finishedAt) {
    sqlite3_stmt *st = statement(CloseRun);
    if (!st)
        return failure(finishRunDoing(runId));
    const QByteArray statusWord = toString(status).toUtf8();
    bindText(st, 1, statusWord);
    bindTime(st, 2, finishedAt);
    sqlite3_bind_int64(st, 3, runId);
    if (!run(st))
        return failure(finishRunDoing(runId));
    return {};
}

StoreError SqliteWriterStatements::startRun(qint64 runId, const QDateTime &startedAt) {
    sqlite3_stmt *st = statement(StartRun);
    if (!st)
        return failure(startRunDoing(runId));
    bindTime(st, 1, startedAt);
    sqlite3_bind_int64(st, 2, runId);
    if (!run(st))
        return failure(startRunDoing(runId));
    return {};
}

StoreError SqliteWriterStatements::indexOutput(qint64 executionId, const QByteArray &document) {
    sqlite3_stmt *st = statement(IndexOutput);
    if (!st)
        return failure(indexDoing(executionId));
    sqlite3_bind_int64(st, 1, executionId);
    sqlite3_bind_text(st, 2, document.constData(), int(document.size()), SQLITE_STATIC);
    if (!run(st))
        return failure(indexDoing(executionId));
    return {};
}

StoreError SqliteWriterStatements::queueIndex(qint64 executionId) {
    sqlite3_stmt *st = statement(QueueIndex);
    if (!st)
        return failure(indexDoing(executionId));
    sqlite3_bind_int64(st, 1, executionId);
    if (!run(st))
        return failure(indexDoing(executionId));
    return {};
}

} // namespace fleetcron
