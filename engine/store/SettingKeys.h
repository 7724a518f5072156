#pragma once

#include <QString>

namespace fleetcron {

// Names of the shared settings (SettingsRepository) that several places read and the console's
// settings dialog writes, spelled once.
struct SettingKeys {
    // Days an ended run is kept (RetentionPruner; default 90, 0 keeps runs forever).
    static QString retentionDays() { return QStringLiteral("retention.days"); }
    // Newest ended runs kept per task (RetentionPruner; 0: no limit).
    static QString retentionRunsPerTask() { return QStringLiteral("retention.runs_per_task"); }
    // Executions at once across all servers, read when an engine starts.
    static QString globalLimit() { return QStringLiteral("engine.global_limit"); }
    // The output cap (bytes per stream) a new task starts with.
    static QString defaultMaxOutputBytes() {
        return QStringLiteral("tasks.default_max_output_bytes");
    }
};

} // namespace fleetcron
