#include "AuditCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "TextTable.h"
#include "model/ModelJson.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

QJsonObject parsed(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString shortValue(const QJsonValue &v) {
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isNull() || v.isUndefined())
        text = QStringLiteral("-");
    else if (v.isArray() || v.isObject())
        text = QString::fromUtf8(v.isArray()
                                     ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else
        text = v.toVariant().toString();
    return text.size() > 40 ? text.left(39) + u'…' : text;
}

// One line a person can scan: what a change created or removed, or which fields it changed
// from what to what. --json has the whole before and after.
QString changeSummary(const AuditEntry &e) {
    const QJsonObject before = parsed(e.before);
    const QJsonObject after = parsed(e.after);
    if (before.isEmpty() && after.isEmpty())
        return QStringLiteral("-");
    if (before.isEmpty())
        return QStringLiteral("created");
    if (after.isEmpty())
        return QStringLiteral("removed");
    QStringList changes;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &key : keys) {
        // Every update touches these; they say nothing about what the person changed.
        if (key == QStringLiteral("updated_at") || key == QStringLiteral("created_at"))
            continue;
        if (before.value(key) != after.value(key))
            changes << QStringLiteral("%1: %2 → %3")
                           .arg(key, shortValue(before.value(key)), shortValue(after.value(key)));
    }
    return changes.isEmpty() ? QCoreApplication::translate("AuditCommand", "no field changed")
                             : changes.join(QStringLiteral(", "));
}

} // namespace

int AuditCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the changes made through every face (console, CLI, API), newest first: when, "
        "who (the OS user, or the API token's name), which face, what changed. Secrets are "
        "never part of it."));
    CliRuntime::addOption(parser);
    parser.addOption(
        {opt("since"),
         QCoreApplication::translate(
             "AuditCommand", "Only changes at or after this time: ISO 8601, or -30m, -1h, -7d."),
         opt("time")});
    parser.addOption(
        {opt("limit"),
         QCoreApplication::translate("AuditCommand", "At most N entries (default 100)."), opt("n"),
         QStringLiteral("100")});
    parser.addOption(
        {opt("json"), QCoreApplication::translate("AuditCommand",
                                                  "Print JSON, with the whole before and after.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "fleetcron audit: "
               << QCoreApplication::translate("AuditCommand", "unexpected argument '%1'")
                      .arg(parser.positionalArguments().at(0))
               << '\n';
        return ExitUsage;
    }
    AuditRepository::Filter filter;
    bool ok = false;
    filter.limit = parser.value(opt("limit")).toInt(&ok);
    if (!ok || filter.limit < 1 || filter.limit > 100000) {
        io.err << "fleetcron audit: "
               << QCoreApplication::translate("AuditCommand",
                                              "limit: must be a number from 1 to 100000")
               << '\n';
        return ExitUsage;
    }
    if (parser.isSet(opt("since"))) {
        filter.since = CliTime::parse(parser.value(opt("since")));
        if (!filter.since.isValid()) {
            io.err << "fleetcron audit: "
                   << QCoreApplication::translate(
                          "AuditCommand",
                          "since: '%1' is not an ISO 8601 time or a time ago like -1h or -7d")
                          .arg(parser.value(opt("since")))
                   << '\n';
            return ExitUsage;
        }
    }
    auto runtime = CliRuntime::open(parser, io, QStringLiteral("audit"));
    if (!runtime)
        return ExitFailed;
    auto entries = runtime->services().audit.list(filter);
    if (!entries)
        return serviceFailure(QStringLiteral("audit"), entries.error(), io);

    if (parser.isSet(opt("json"))) {
        QJsonArray array;
        for (const AuditEntry &e : entries.value())
            array.append(ModelJson::audit(e));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("TIME"), QStringLiteral("WHO"), QStringLiteral("FACE"),
                     QStringLiteral("ACTION"), QStringLiteral("TARGET"), QStringLiteral("CHANGE")});
    for (const AuditEntry &e : entries.value()) {
        // A run is known by its id; its entry's name is its task's.
        QString target = e.targetName.isEmpty() || e.targetKind == QStringLiteral("run")
                             ? QStringLiteral("%1 #%2").arg(e.targetKind).arg(e.targetId)
                             : QStringLiteral("%1 %2").arg(e.targetKind, e.targetName);
        if (e.targetKind == QStringLiteral("run") && !e.targetName.isEmpty())
            target += QStringLiteral(" (%1)").arg(e.targetName);
        table.addRow({CliTime::local(e.at), e.actor, e.face, e.action, target, changeSummary(e)});
    }
    table.print(io.out);
    return ExitOk;
}

} // namespace fleetcron
