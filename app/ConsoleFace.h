#pragma once

class QApplication;

namespace fleetcron {

// Starts the desktop console and returns the application's exit code.
int runConsole(QApplication &app);

} // namespace fleetcron
