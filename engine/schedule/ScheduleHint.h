#pragma once

#include <QString>

namespace fleetcron {

// For a schedule the parser rejected: a guess at what was meant, when the text looks like one
// of the other forms ("5 minutes" -> "every 5 minutes", "every 5 min" -> "every 5 minutes"),
// or what a cron line needs when it has too few or too many fields. Empty when there is no
// better guess than the parser's own sentence. Kept apart so the parser's grammar stays small.
class ScheduleHint {
public:
    static QString forRejected(const QString &spec);
};

} // namespace fleetcron
