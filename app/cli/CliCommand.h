#pragma once

#include "store/StoreError.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QCommandLineParser;
class QTextStream;

namespace fleetcron {

class Runtime;

// Exit codes every verb keeps: scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,     // done
    ExitFailed = 1, // the thing itself failed (server unreachable, a run failed, …)
    ExitUsage = 2,  // bad usage or input; nothing was saved
};

struct CliIo {
    QTextStream &out;
    QTextStream &err;
};

// One verb of the command line ("schedule", "server", …). Each verb parses its own arguments
// with QCommandLineParser; `args` starts with the program name followed by the verb.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual int run(const QStringList &args, CliIo &io) = 0;

    // A service refused or failed: its message verbatim after "fleetcron <what>: ", and the exit
    // code scripts expect: 2 when the input was wrong or the change refused (nothing was saved),
    // 1 when the store or the secret store failed.
    static int serviceFailure(const QString &what, const StoreError &error, CliIo &io);
    static int exitCodeFor(StoreError::Kind kind);

protected:
    // Parses `args` and handles --help; returns false with the reason printed and `exitCode`
    // set when the verb should stop here.
    static bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                               int &exitCode);

    // Verbs with actions ("server add NAME", "task list"): checks the action word, that NAME is
    // given where the action needs it (every action but "list"), opens the runtime and runs it.
    using Action = std::function<int(QCommandLineParser &, Runtime &, CliIo &)>;
    static int dispatchAction(const QString &verb, const QString &noun, QCommandLineParser &parser,
                              const QList<std::pair<QString, Action>> &actions, CliIo &io);
};

} // namespace fleetcron
