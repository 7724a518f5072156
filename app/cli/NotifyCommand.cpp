#include "NotifyCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "SecretInput.h"
#include "TextTable.h"
#include "model/ModelJson.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <tuple>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

QString scopeOf(const NotificationRule &r, Runtime &runtime) {
    if (r.isGlobal())
        return QStringLiteral("all tasks");
    auto task = runtime.services().tasks.find(r.taskId);
    return task ? task->name : QStringLiteral("task #%1").arg(r.taskId);
}

} // namespace

QString NotifyCommand::summary() const {
    return QCoreApplication::translate("NotifyCommand",
                                       "Notify a webhook, a ping URL or the tray when runs fail, "
                                       "recover, run long or lose their engine.");
}

int NotifyCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "NotifyCommand",
        "Notification rules: when a run fails, recovers, runs longer than N times its median, "
        "starts (pings), or its engine is lost, tell a webhook (a JSON POST, HMAC-signed when a "
        "secret is given on standard input), a Healthchecks/Cronitor-style ping URL, or the "
        "console's tray. Deliveries are retried with backoff and each attempt is recorded.\n"
        "Events: start, success, failure, recovered, slow, engine-lost.\n"
        "See docs/NOTIFICATIONS.md for the body and how to check its signature."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("NotifyCommand", "add | list | remove | test | deliveries"));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QCoreApplication::translate("NotifyCommand", "The rule's name."),
                                 QStringLiteral("[name]"));
    CliRuntime::addOption(parser);
    parser.addOption({opt("channel"),
                      QCoreApplication::translate("NotifyCommand", "add: webhook, ping or tray."),
                      opt("channel")});
    parser.addOption(
        {opt("url"),
         QCoreApplication::translate("NotifyCommand", "add: the webhook's or ping's http(s) URL."),
         opt("url")});
    parser.addOption({opt("events"),
                      QCoreApplication::translate(
                          "NotifyCommand",
                          "add: comma-separated events (default: failure,recovered,engine-lost; "
                          "for a ping start,success,failure)."),
                      opt("list")});
    parser.addOption({opt("task"),
                      QCoreApplication::translate(
                          "NotifyCommand", "add: only this task (name or id); default every task."),
                      opt("task")});
    parser.addOption(
        {opt("format"),
         QCoreApplication::translate("NotifyCommand",
                                     "add: a webhook's body: plain (default) or cloudevents."),
         opt("fmt")});
    parser.addOption(
        {opt("slow-factor"),
         QCoreApplication::translate(
             "NotifyCommand", "add: 'slow' means longer than this times the median (default 3)."),
         opt("n")});
    parser.addOption(
        {opt("secret-stdin"),
         QCoreApplication::translate(
             "NotifyCommand", "add: read the webhook's HMAC secret from the first line of standard "
                              "input.")});
    parser.addOption({opt("limit"),
                      QCoreApplication::translate("NotifyCommand",
                                                  "deliveries: at most N attempts (default 50)."),
                      opt("n"), QStringLiteral("50")});
    parser.addOption({opt("json"), QCoreApplication::translate(
                                       "NotifyCommand", "Print JSON (list, deliveries, test).")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    using Fn = int (*)(QCommandLineParser &, Runtime &, CliIo &);
    const QList<std::tuple<QString, Fn, bool>> actions{
        {QStringLiteral("add"), &NotifyCommand::add, true},
        {QStringLiteral("list"), &NotifyCommand::list, false},
        {QStringLiteral("remove"), &NotifyCommand::remove, true},
        {QStringLiteral("test"), &NotifyCommand::test, true},
        {QStringLiteral("deliveries"), &NotifyCommand::deliveries, false}};
    for (const auto &[word, fn, needsName] : actions) {
        if (word != action)
            continue;
        // deliveries takes an optional rule name; the others exactly what they need.
        const bool optionalName = word == QStringLiteral("deliveries");
        const qsizetype expected = needsName ? 2 : 1;
        if (positional.size() != expected && !(optionalName && positional.size() == 2)) {
            io.err << "fleetcron notify " << action << ": "
                   << (needsName ? QCoreApplication::translate("NotifyCommand",
                                                               "expected the rule's name")
                                 : QCoreApplication::translate("NotifyCommand",
                                                               "unexpected argument '%1'")
                                       .arg(positional.value(1)))
                   << '\n';
            return ExitUsage;
        }
        auto runtime = CliRuntime::open(parser, io, QStringLiteral("notify"));
        if (!runtime)
            return ExitFailed;
        return fn(parser, *runtime, io);
    }
    io.err << "fleetcron notify: "
           << QCoreApplication::translate("NotifyCommand",
                                          "expected one of add, list, remove, test, deliveries")
           << (action.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("NotifyCommand", "; got '%1'").arg(action))
           << '\n';
    return ExitUsage;
}

int NotifyCommand::add(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    NotificationService::Input in;
    in.name = p.positionalArguments().at(1);
    in.channel = p.value(opt("channel"));
    in.url = p.value(opt("url"));
    in.task = p.value(opt("task"));
    in.format = p.value(opt("format"));
    in.slowFactor = p.value(opt("slow-factor"));
    in.events = p.value(opt("events")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(opt("secret-stdin")))
        in.secret = SecretInput::readLine();
    auto saved = runtime.services().notifications.add(in, Actor::cli());
    if (!saved)
        return serviceFailure(QStringLiteral("notify add"), saved.error(), io);
    io.out << QCoreApplication::translate("NotifyCommand",
                                          "added notification rule '%1' (id %2): %3 for %4\n")
                  .arg(saved->name)
                  .arg(saved->id)
                  .arg(saved->channel, saved->events.join(QLatin1Char(',')));
    return ExitOk;
}

int NotifyCommand::list(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto rules = runtime.services().notifications.list();
    if (!rules)
        return serviceFailure(QStringLiteral("notify list"), rules.error(), io);
    if (p.isSet(opt("json"))) {
        QJsonArray array;
        for (const NotificationRule &r : rules.value())
            array.append(ModelJson::notificationRule(r));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("SCOPE"),
                     QStringLiteral("CHANNEL"), QStringLiteral("EVENTS"), QStringLiteral("URL"),
                     QStringLiteral("FORMAT"), QStringLiteral("SIGNED")});
    for (const NotificationRule &r : rules.value())
        table.addRow({QString::number(r.id), r.name, scopeOf(r, runtime), r.channel,
                      r.events.join(QLatin1Char(',')),
                      r.url.isEmpty() ? QStringLiteral("-") : r.url, r.format,
                      r.hasSecret ? QStringLiteral("yes") : QStringLiteral("no")});
    table.print(io.out);
    return ExitOk;
}

int NotifyCommand::remove(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    const QString name = p.positionalArguments().at(1);
    if (auto removed = runtime.services().notifications.remove(name, Actor::cli()); !removed)
        return serviceFailure(QStringLiteral("notify remove"), removed.error(), io);
    io.out << QCoreApplication::translate("NotifyCommand", "removed notification rule '%1'\n")
                  .arg(name);
    return ExitOk;
}

int NotifyCommand::test(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto sent = runtime.services().notifications.test(p.positionalArguments().at(1), Actor::cli());
    if (!sent)
        return serviceFailure(QStringLiteral("notify test"), sent.error(), io);
    if (p.isSet(opt("json"))) {
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("delivered"), sent->delivered},
                                            {QStringLiteral("http_status"), sent->httpStatus},
                                            {QStringLiteral("url"), sent->url},
                                            {QStringLiteral("error"), sent->error}})
                      .toJson(QJsonDocument::Indented);
    } else if (sent->delivered) {
        io.out << QCoreApplication::translate("NotifyCommand", "delivered to %1 (HTTP %2)")
                      .arg(sent->url)
                      .arg(sent->httpStatus)
               << (sent->error.isEmpty() ? QString() : QStringLiteral("; ") + sent->error) << '\n';
    } else {
        io.err << "fleetcron notify test: "
               << QCoreApplication::translate("NotifyCommand", "not delivered to %1: %2")
                      .arg(sent->url, sent->error)
               << '\n';
    }
    return sent->delivered ? ExitOk : ExitFailed;
}

int NotifyCommand::deliveries(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    bool ok = false;
    const int limit = p.value(opt("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000) {
        io.err << "fleetcron notify deliveries: "
               << QCoreApplication::translate("NotifyCommand",
                                              "limit: must be a number from 1 to 100000")
               << '\n';
        return ExitUsage;
    }
    auto found =
        runtime.services().notifications.deliveries(p.positionalArguments().value(1), limit);
    if (!found)
        return serviceFailure(QStringLiteral("notify deliveries"), found.error(), io);
    if (p.isSet(opt("json"))) {
        QJsonArray array;
        for (const NotificationDelivery &d : found.value())
            array.append(ModelJson::notificationDelivery(d));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("TIME"), QStringLiteral("RULE"), QStringLiteral("EVENT"),
                     QStringLiteral("RUN"), QStringLiteral("ATTEMPT"), QStringLiteral("OUTCOME"),
                     QStringLiteral("HTTP"), QStringLiteral("MS"), QStringLiteral("ERROR")});
    for (const NotificationDelivery &d : found.value())
        table.addRow(
            {CliTime::local(d.at), d.ruleName, d.event,
             d.runId ? QString::number(d.runId) : QStringLiteral("-"), QString::number(d.attempt),
             d.outcome, d.httpStatus ? QString::number(d.httpStatus) : QStringLiteral("-"),
             QString::number(d.durationMs), d.error.isEmpty() ? QStringLiteral("-") : d.error});
    table.print(io.out);
    return ExitOk;
}

} // namespace fleetcron
