#pragma once

namespace fleetcron {

// Starts the desktop console and returns the application's exit code. It creates the
// QApplication itself, so main() needs no Widgets header: a build without the console
// (FLEETCRON_CONSOLE=OFF) links NoConsoleFace.cpp instead, which says so.
int runConsole(int &argc, char **argv);

} // namespace fleetcron
