#include "SettingsCommand.h"

#include "CliRuntime.h"
#include "TextTable.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

QJsonObject settingJson(const SettingsService::Setting &s) {
    const SettingKeys::Definition &d = s.definition;
    return {{QStringLiteral("key"), d.key},
            {QStringLiteral("value"), s.value},
            {QStringLiteral("is_default"), s.isDefault},
            {QStringLiteral("default"), d.defaultValue},
            {QStringLiteral("min"), d.min},
            {QStringLiteral("max"), d.max},
            {QStringLiteral("unit"), d.unit},
            {QStringLiteral("description"), d.description}};
}

} // namespace

int SettingsCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The settings every engine on this database shares. Each value is checked against its "
        "range; several set at once are saved all or none."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list | get | set"));
    parser.addPositionalArgument(QStringLiteral("key"),
                                 QCoreApplication::translate("SettingsCommand", "A setting's key."),
                                 QStringLiteral("[key [value] …]"));
    CliRuntime::addOption(parser);
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("SettingsCommand", "Print JSON (list, get).")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    auto usage = [&](const QString &message) {
        io.err << "fleetcron settings" << (action.isEmpty() ? QString() : u' ' + action) << ": "
               << message << '\n';
        return int(ExitUsage);
    };
    int (SettingsCommand::*chosen)(const QCommandLineParser &, Runtime &, CliIo &) = nullptr;
    if (action == QStringLiteral("list")) {
        if (positional.size() != 1)
            return usage(QCoreApplication::translate("SettingsCommand", "unexpected argument '%1'")
                             .arg(positional.value(1)));
        chosen = &SettingsCommand::list;
    } else if (action == QStringLiteral("get")) {
        if (positional.size() != 2)
            return usage(
                QCoreApplication::translate("SettingsCommand", "expected one setting's key"));
        chosen = &SettingsCommand::get;
    } else if (action == QStringLiteral("set")) {
        if (positional.size() < 3 || positional.size() % 2 == 0)
            return usage(
                QCoreApplication::translate("SettingsCommand", "expected KEY VALUE pairs"));
        chosen = &SettingsCommand::set;
    } else {
        io.err << "fleetcron settings: "
               << QCoreApplication::translate("SettingsCommand", "expected one of list, get, set")
               << (action.isEmpty()
                       ? QString()
                       : QCoreApplication::translate("SettingsCommand", "; got '%1'").arg(action))
               << '\n';
        return ExitUsage;
    }
    auto runtime = CliRuntime::open(parser, io, QStringLiteral("settings"));
    if (!runtime)
        return ExitFailed;
    return (this->*chosen)(parser, *runtime, io);
}

int SettingsCommand::list(const QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto all = runtime.services().settings.list();
    if (!all)
        return serviceFailure(QStringLiteral("settings list"), all.error(), io);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SettingsService::Setting &s : all.value())
            array.append(settingJson(s));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("DEFAULT"),
                     QStringLiteral("RANGE"), QStringLiteral("DESCRIPTION")});
    for (const SettingsService::Setting &s : all.value()) {
        const SettingKeys::Definition &d = s.definition;
        table.addRow({d.key, QString::number(s.value), QString::number(d.defaultValue),
                      QStringLiteral("%1–%2 %3").arg(d.min).arg(d.max).arg(d.unit), d.description});
    }
    table.print(io.out);
    return ExitOk;
}

int SettingsCommand::get(const QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto setting = runtime.services().settings.get(p.positionalArguments().at(1));
    if (!setting)
        return serviceFailure(QStringLiteral("settings get"), setting.error(), io);
    if (p.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(settingJson(setting.value())).toJson(QJsonDocument::Indented);
    else // the bare value, so a script can use $(fleetcron settings get KEY)
        io.out << setting->value << '\n';
    return ExitOk;
}

int SettingsCommand::set(const QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    const QStringList positional = p.positionalArguments();
    QMap<QString, QString> values;
    for (qsizetype i = 1; i + 1 < positional.size(); i += 2)
        values.insert(positional.at(i), positional.at(i + 1));
    if (auto saved = runtime.services().settings.set(values, Actor::cli()); !saved)
        return serviceFailure(QStringLiteral("settings set"), saved.error(), io);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        io.out << "set " << it.key() << " = " << it.value().trimmed().toLongLong() << '\n';
    return ExitOk;
}

} // namespace fleetcron
