#pragma once

#include "model/Execution.h"
#include "report/LineDiff.h"
#include "store/StoreResult.h"

#include <QJsonObject>

#include <optional>

namespace fleetcron {

class Database;

// What an execution printed beside what the previous run of the same task printed on the same
// server (issue 17, item 3): "what changed since last time" for the console and the CLI.
class OutputDiffService {
public:
    struct Comparison {
        Execution current;
        // The latest ended execution of an earlier run of the same task on the same server (or
        // the one asked for); none when this is the first.
        std::optional<Execution> previous;
        qint64 taskId = 0;
        LineDiff::Result stdoutDiff;
        LineDiff::Result stderrDiff;
        bool identical() const { return stdoutDiff.identical() && stderrDiff.identical(); }
    };

    // Which outputs a face shows: "stdout", "stderr" or "both" (its spelling on every face).
    struct Streams {
        bool out = true;
        bool err = true;
    };
    static std::optional<Streams> streams(const QString &name);

    explicit OutputDiffService(Database &db);

    // Refused: an unknown execution (or `againstId`), or one that has not run yet.
    StoreResult<Comparison> compare(qint64 executionId,
                                    std::optional<qint64> againstId = std::nullopt);

    // The comparison as the CLI's --json and GET /executions/{id}/diff give it: every line with
    // its kind and numbers, so a script needs no diff parser.
    static QJsonObject json(const Comparison &c, Streams streams);
    // Whether the chosen streams differ (what `--exit-code` and "identical" report).
    static bool differ(const Comparison &c, Streams streams);

private:
    StoreResult<std::optional<Execution>> previousOf(const Execution &current, qint64 taskId);

    Database &m_db;
};

} // namespace fleetcron
