#include "SettingKeys.h"

namespace fleetcron {

const QList<SettingKeys::Definition> &SettingKeys::all() {
    static const QList<Definition> definitions{
        {globalLimit(), 1, 1024, 64, QStringLiteral("executions"),
         QStringLiteral("executions at once across all servers, per engine")},
        {leaseSeconds(), 3, 3600, 15, QStringLiteral("seconds"),
         QStringLiteral("an engine silent this long is taken for dead and its runs recovered")},
        {defaultMaxOutputBytes(), 1024, qint64(1) << 30, qint64(1) << 20, QStringLiteral("bytes"),
         QStringLiteral("output kept per stream for a new task (head and tail)")},
        {retentionDays(), 0, 36500, 90, QStringLiteral("days"),
         QStringLiteral("ended runs and audit entries older than this are deleted (0: never)")},
        {retentionRunsPerTask(), 0, 1'000'000, 0, QStringLiteral("runs"),
         QStringLiteral("only the newest this many ended runs of each task are kept (0: all)")},
    };
    return definitions;
}

const SettingKeys::Definition *SettingKeys::find(const QString &key) {
    for (const Definition &d : all())
        if (d.key == key)
            return &d;
    return nullptr;
}

} // namespace fleetcron
