#pragma once

#include <QList>
#include <QString>

namespace fleetcron {

// The shared settings (SettingsRepository) every engine on a database reads, spelled once with
// their range and default. SettingsService validates changes against these; the engine's parts
// read them through SettingsRepository::number(), which falls back to the default for a value
// out of range, so a hand-edited row can never stop an engine.
struct SettingKeys {
    struct Definition {
        QString key;
        qint64 min = 0;
        qint64 max = 0;
        qint64 defaultValue = 0;
        QString unit;        // "executions", "seconds", "bytes", "days", "runs"
        QString description; // one line for `settings list` and the API
    };

    // Days an ended run (and an audit entry) is kept (RetentionPruner; 0 keeps them forever).
    static QString retentionDays() { return QStringLiteral("retention.days"); }
    // Newest ended runs kept per task (RetentionPruner; 0: no limit).
    static QString retentionRunsPerTask() { return QStringLiteral("retention.runs_per_task"); }
    // Executions at once across all servers, per engine.
    static QString globalLimit() { return QStringLiteral("engine.global_limit"); }
    // How long an engine may stay silent before the others take it for dead (failover).
    static QString leaseSeconds() { return QStringLiteral("engine.lease_seconds"); }
    // The output cap (bytes per stream) a new task starts with.
    static QString defaultMaxOutputBytes() {
        return QStringLiteral("tasks.default_max_output_bytes");
    }

    static const QList<Definition> &all();
    // Null for a key that is not a shared setting.
    static const Definition *find(const QString &key);
};

} // namespace fleetcron
