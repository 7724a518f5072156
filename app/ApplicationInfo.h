#pragma once

namespace fleetcron {

// Names every face shares: they decide QStandardPaths and QSettings locations.
void setApplicationInfo();

} // namespace fleetcron
