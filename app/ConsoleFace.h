#pragma once

namespace fleetcron {

// Starts the desktop console and returns the application's exit code. The console is a module
// of its own (fleetcron-console.so, built from ConsoleFace.cpp with the ui library) that this
// function loads when the console is asked for (ConsoleLoader.cpp): the program itself links no
// display library, so each CLI command and the daemon start without loading Qt Widgets, Gui,
// Charts and the X11 and font stack (docs/PERFORMANCE.md, "The CLI's process floor"). A build
// without the console (FLEETCRON_CONSOLE=OFF) has no module, and this says so.
int runConsole(int &argc, char **argv);

} // namespace fleetcron
