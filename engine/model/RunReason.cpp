#include "RunReason.h"

#include <QCoreApplication>

namespace fleetcron {
namespace {

// lupdate finds the stored words here; the translation is looked up by them when shown.
[[maybe_unused]] const char *const runReasons[] = {
    QT_TRANSLATE_NOOP("RunReason", "task disabled while queued"),
};

} // namespace

QString runReasonText(const QString &stored) {
    if (stored.isEmpty())
        return {};
    return QCoreApplication::translate("RunReason", stored.toUtf8().constData());
}

} // namespace fleetcron
