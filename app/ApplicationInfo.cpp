#include "ApplicationInfo.h"

#include <QCoreApplication>

namespace fleetcron {

void setApplicationInfo() {
    QCoreApplication::setOrganizationName(QStringLiteral("fleetcron"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("fleetcron.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("fleetcron"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETCRON_VERSION));
}

} // namespace fleetcron
