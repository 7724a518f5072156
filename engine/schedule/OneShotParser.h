#pragma once

#include "ScheduleParseResult.h"

#include <QString>
#include <QStringList>

namespace fleetcron {

// The one-shot forms of ScheduleParser: `@once` (fires when the task is armed) and
// `@at <RFC 3339 instant>` ("@at 2026-12-24T10:00:00+01:00"; a space may stand for the 'T').
// The instant must carry its offset (or Z): a bare wall time would depend on the machine.
class OneShotParser {
public:
    // `tokens` is the spec split on spaces, its first word "@once" or "@at" (any case).
    static ScheduleParseResult parse(const QString &spec, const QStringList &tokens);
};

} // namespace fleetcron
