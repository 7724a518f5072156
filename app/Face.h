#pragma once

#include <QStringList>

namespace fleetcron {

enum class Face { Console, Daemon, Cli };

// Decides which application object to create. It has to run before QCoreApplication exists,
// so it only looks for the few words that pick a face; QCommandLineParser does the real parsing
// once the application object is there.
Face chooseFace(int argc, const char *const *argv);

// Where the verb stands in `arguments` (the program first): after the global options the daemon
// and `fleetcron --help` list (Daemon::options()) and their values, so `fleetcron --db F task
// list` has its verb at 3. Returns the index of the first other word, or arguments.size() when
// there is none; that word may be an option of another kind ("--help"), not a verb.
qsizetype verbIndex(const QStringList &arguments);

} // namespace fleetcron
