#include "Face.h"

#include "Daemon.h"

#include <array>
#include <cstring>

namespace fleetcron {

qsizetype verbIndex(const QStringList &arguments) {
    // Created before QCoreApplication exists too: only the names and whether a value follows
    // are read.
    const QList<QCommandLineOption> globals = Daemon::options();
    qsizetype i = 1;
    while (i < arguments.size()) {
        const QString &word = arguments.at(i);
        qsizetype step = 0;
        for (const QCommandLineOption &option : globals) {
            for (const QString &name : option.names()) {
                const QString spelt =
                    (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
                if (word == spelt)
                    step = option.valueName().isEmpty() ? 1 : 2; // "--db F"
                else if (word.startsWith(spelt + u'='))
                    step = 1; // "--db=F"
            }
        }
        if (step == 0)
            return i;
        i += step;
    }
    return arguments.size();
}

Face chooseFace(int argc, const char *const *argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--daemon") == 0)
            return Face::Daemon;
    }
    if (argc < 2)
        return Face::Console;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // A verb ("server", "schedule", …), also after global options ("--db F task list"), or a
    // request for help/version needs no display.
    const qsizetype verb = verbIndex(arguments);
    if (verb < arguments.size() && !arguments.at(verb).startsWith(u'-'))
        return Face::Cli;
    constexpr std::array<const char *, 6> displayless{"--help",     "-h",        "-?",
                                                      "--help-all", "--version", "-v"};
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : displayless) {
            if (std::strcmp(argv[i], flag) == 0)
                return Face::Cli;
        }
    }
    return Face::Console;
}

} // namespace fleetcron
