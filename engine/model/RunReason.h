#pragma once

#include <QString>

namespace fleetcron {

// Why a run ended without running (runs.reason), as stored: in English, so the database reads
// the same whichever language wrote it, and the JSON faces give a value, like the statuses.
inline constexpr const char *runReasonDisabledWhileQueued = "task disabled while queued";

// A stored reason in the language of the reader (console, CLI); one the translations do not know
// stays as stored.
QString runReasonText(const QString &stored);

} // namespace fleetcron
