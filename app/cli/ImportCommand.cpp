#include "ImportCommand.h"

#include "CliRuntime.h"
#include "ImportPlanView.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

// The text of FILE, or of standard input for "-"; empty `error` when it could be read.
QString readInput(const QString &path, QString &error) {
    QFile f;
    if (path == QStringLiteral("-")) {
        if (!f.open(stdin, QIODevice::ReadOnly))
            error = QCoreApplication::translate("ImportCommand", "cannot read standard input");
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly))
            error = QCoreApplication::translate("ImportCommand", "cannot read %1: %2")
                        .arg(path, f.errorString());
    }
    return error.isEmpty() ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

int ImportCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports what you already have, all or nothing; --dry-run shows the plan only.\n"
        "  crontab FILE|-      each job becomes a task (CRON_TZ its zone); comments, VAR= "
        "lines and @reboot are reported\n"
        "  ssh-config [FILE]   each Host becomes a server (default ~/.ssh/config)\n"
        "  ansible FILE        each inventory host becomes a server, its groups its tags "
        "(INI or YAML)"));
    parser.addPositionalArgument(
        QStringLiteral("kind"),
        QCoreApplication::translate("ImportCommand", "crontab, ssh-config or ansible."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("ImportCommand", "The file to read; - for standard input."));
    CliRuntime::addOption(parser);
    parser.addOption({opt("dry-run"), QCoreApplication::translate("ImportCommand",
                                                                  "Show the plan; save nothing.")});
    parser.addOption({opt("from"),
                      QCoreApplication::translate(
                          "ImportCommand", "crontab: read `crontab -l` from this server over SSH."),
                      opt("server")});
    parser.addOption({opt("servers"),
                      QCoreApplication::translate(
                          "ImportCommand", "crontab: the tasks' target servers, comma-separated "
                                           "(default with --from: that server)."),
                      opt("names")});
    parser.addOption({opt("tag"),
                      QCoreApplication::translate(
                          "ImportCommand", "crontab: target servers with this tag; ssh-config, "
                                           "ansible: add this tag to every server (repeatable)."),
                      opt("tag")});
    parser.addOption(
        {opt("prefix"),
         QCoreApplication::translate("ImportCommand", "Put this in front of every name made."),
         opt("text")});
    parser.addOption(
        {opt("json"), QCoreApplication::translate("ImportCommand", "Print the plan as JSON.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    auto usage = [&](const QString &message) {
        io.err << "fleetcron import: " << message << '\n';
        return int(ExitUsage);
    };
    const QStringList positional = parser.positionalArguments();
    const auto kind = ImportService::kindFromString(positional.value(0));
    if (!kind)
        return usage(QCoreApplication::translate("ImportCommand",
                                                 "expected crontab, ssh-config or ansible%1")
                         .arg(positional.isEmpty()
                                  ? QString()
                                  : QStringLiteral("; got '%1'").arg(positional.value(0))));
    if (positional.size() > 2)
        return usage(QCoreApplication::translate("ImportCommand", "unexpected argument '%1'")
                         .arg(positional.value(2)));
    const bool fromServer = parser.isSet(opt("from"));
    if (fromServer && (*kind != ImportService::Kind::Crontab || positional.size() > 1))
        return usage(QCoreApplication::translate(
            "ImportCommand", "--from reads a crontab from a server: give it instead of a "
                             "FILE, with crontab"));
    QString file = positional.value(1);
    const QString sshDir = QDir::home().filePath(QStringLiteral(".ssh"));
    if (file.isEmpty() && *kind == ImportService::Kind::SshConfig)
        file = QDir(sshDir).filePath(QStringLiteral("config"));
    if (file.isEmpty() && !fromServer)
        return usage(QCoreApplication::translate("ImportCommand",
                                                 "give the file to read (- for standard input)"));

    ImportService::Options options;
    options.servers = parser.value(opt("servers")).split(u',', Qt::SkipEmptyParts);
    options.tags = parser.values(opt("tag"));
    options.prefix = parser.value(opt("prefix"));
    if (*kind == ImportService::Kind::SshConfig)
        options.includes = SshConfigParser::fileReader(sshDir);
    if (fromServer && options.servers.isEmpty() && options.tags.isEmpty())
        options.servers << parser.value(opt("from"));

    QString text;
    if (!fromServer) {
        QString error;
        text = readInput(file, error);
        if (!error.isEmpty())
            return usage(error);
    }
    auto runtime = CliRuntime::open(parser, io, QStringLiteral("import"));
    if (!runtime)
        return ExitFailed;
    Services &services = runtime->services();
    if (fromServer) {
        auto read = services.imports.readCrontab(parser.value(opt("from")), Actor::cli());
        if (!read)
            return serviceFailure(QStringLiteral("import"), read.error(), io);
        text = read.value();
    }
    ImportPlan plan = services.imports.plan(*kind, text, options);
    const bool json = parser.isSet(opt("json"));
    if (!plan.hasErrors() && !parser.isSet(opt("dry-run"))) {
        auto applied = services.imports.apply(plan, Actor::cli());
        if (!applied)
            return serviceFailure(QStringLiteral("import"), applied.error(), io);
        plan = applied.value();
    }
    if (json)
        io.out << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
    else
        ImportPlanView::print(plan, io.out);
    if (!plan.hasErrors())
        return ExitOk;
    io.out.flush();
    ImportPlanView::printProblems(plan, io.err);
    return plan.hasConflict() ? exitCodeFor(StoreError::Kind::Conflict) : int(ExitUsage);
}

} // namespace fleetcron
