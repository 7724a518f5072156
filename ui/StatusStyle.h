#pragma once

#include "model/Statuses.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace fleetcron {

// How statuses look in the console: a translated word, a colour and a small round icon of
// that colour, the same in every table so "red" always means the same thing.
class StatusStyle {
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)
public:
    static QString label(RunStatus status);
    static QString label(ExecutionStatus status);
    static QString label(RunTrigger trigger);
    static QColor colour(RunStatus status);
    static QColor colour(ExecutionStatus status);
    // A filled circle, made once per colour.
    static QIcon icon(const QColor &colour);
    static QIcon icon(RunStatus status) { return icon(colour(status)); }
    static QIcon icon(ExecutionStatus status) { return icon(colour(status)); }
    // Runs that deserve an operator's attention (a tray notice).
    static bool isFailure(RunStatus status);
    static bool isActive(RunStatus status);
};

} // namespace fleetcron
