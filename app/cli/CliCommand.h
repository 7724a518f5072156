#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

class QCommandLineParser;
class QTextStream;

namespace fleetcron {

class Database;

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

protected:
    // Parses `args` and handles --help; returns false with the reason printed and `exitCode`
    // set when the verb should stop here.
    static bool parseOrExplain(QCommandLineParser &parser, const QStringList &args, CliIo &io,
                               int &exitCode);

    // Verbs with actions ("server add NAME", "task list"): checks the action word, that NAME is
    // given where the action needs it (every action but "list"), opens the database and runs it.
    using Action = std::function<int(QCommandLineParser &, Database &, CliIo &)>;
    static int dispatchAction(const QString &verb, const QString &noun, QCommandLineParser &parser,
                              const QList<std::pair<QString, Action>> &actions, CliIo &io);
};

} // namespace fleetcron
