#pragma once

namespace fleetcron {

enum class Face { Console, Daemon, Cli };

// Decides which application object to create. It has to run before QCoreApplication exists,
// so it only looks for the few words that pick a face; QCommandLineParser does the real parsing
// once the application object is there.
Face chooseFace(int argc, const char *const *argv);

} // namespace fleetcron
