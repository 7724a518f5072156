#include "BlackoutCommand.h"

#include "CliRuntime.h"
#include "runtime/Runtime.h"
#include "schedule/BlackoutWindow.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {

QString BlackoutCommand::summary() const {
    return QCoreApplication::translate("BlackoutCommand",
                                       "List, add and remove the global blackout windows.");
}

int BlackoutCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "BlackoutCommand",
        "Fires inside a blackout window are not run but recorded as skipped runs, the window "
        "named as the reason. Global windows hold for every task, read in each task's time "
        "zone.\nSPEC: [NAME:] [DATE[..DATE]] [HH:MM-HH:MM] [WEEKDAYS], e.g.\n"
        "  'xmas: 2026-12-24..2026-12-26'   'nightly: 22:00-06:00'   'sat,sun 01:00-05:00'"));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("BlackoutCommand", "list | add | remove | clear"));
    parser.addPositionalArgument(
        QStringLiteral("spec"),
        QCoreApplication::translate("BlackoutCommand", "A window, or a window's name."),
        QStringLiteral("[SPEC]"));
    CliRuntime::addOption(parser);
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("BlackoutCommand", "Print JSON (list).")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    // A spec may be given unquoted: its words are joined.
    const QString spec = QStringList(positional.mid(1)).join(u' ').simplified();
    const auto usage = [&io](const QString &message) {
        io.err << "fleetcron blackout: " << message << '\n';
        return int(ExitUsage);
    };
    const bool takesSpec = action == u"add" || action == u"remove";
    if (action != u"list" && action != u"clear" && !takesSpec)
        return usage(QCoreApplication::translate("BlackoutCommand",
                                                 "expected one of list, add, remove, clear"));
    if (takesSpec && spec.isEmpty())
        return usage(
            QCoreApplication::translate("BlackoutCommand", "%1 needs a window").arg(action));
    if (!takesSpec && positional.size() > 1)
        return usage(QCoreApplication::translate("BlackoutCommand", "unexpected argument '%1'")
                         .arg(positional.value(1)));

    auto runtime = CliRuntime::open(parser, io, QStringLiteral("blackout"));
    if (!runtime)
        return ExitFailed;
    SettingsService &settings = runtime->services().settings;
    auto current = settings.blackouts();
    if (!current)
        return serviceFailure(QStringLiteral("blackout ") + action, current.error(), io);
    if (action == u"list") {
        if (parser.isSet(QStringLiteral("json")))
            io.out << QJsonDocument(QJsonArray::fromStringList(current.value())).toJson();
        for (const QString &w : current.value())
            if (!parser.isSet(QStringLiteral("json")))
                io.out << w << '\n';
        return ExitOk;
    }
    QStringList next = current.value();
    if (action == u"add") {
        next << spec;
    } else if (action == u"clear") {
        next.clear();
    } else {
        const qsizetype before = next.size();
        next.removeIf([&spec](const QString &w) {
            return w == spec || BlackoutWindow::parse(w).window.label() == spec;
        });
        if (next.size() == before)
            return usage(
                QCoreApplication::translate("BlackoutCommand", "no global blackout window '%1'")
                    .arg(spec));
    }
    if (auto saved = settings.setBlackouts(next, Actor::cli()); !saved)
        return serviceFailure(QStringLiteral("blackout ") + action, saved.error(), io);
    io.out << QCoreApplication::translate("BlackoutCommand", "%n global blackout window(s)",
                                          nullptr, int(next.size()))
           << '\n';
    return ExitOk;
}

} // namespace fleetcron
