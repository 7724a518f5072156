#include "TaskFields.h"

#include "model/Task.h"
#include "service/ServerService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

StoreError unreadable(const QString &message) {
    return StoreError::make(StoreError::Kind::Invalid, message);
}

template <typename E>
StoreError readEnum(const QCommandLineParser &p, const char *name, const char *choices, E &out) {
    if (!p.isSet(opt(name)))
        return {};
    const auto value = enumFromString<E>(p.value(opt(name)));
    if (!value)
        return unreadable(QCoreApplication::translate("TaskFields", "%1: '%2' is not %3")
                              .arg(opt(name), p.value(opt(name)),
                                   QCoreApplication::translate("TaskFields", choices)));
    out = *value;
    return {};
}

StoreError readBody(const QCommandLineParser &p, Task &task) {
    if (p.isSet(opt("command")) && p.isSet(opt("script")))
        return unreadable(
            QCoreApplication::translate("TaskFields", "choose --command or --script, not both"));
    if (p.isSet(opt("command"))) {
        task.kind = TaskKind::Command;
        task.body = p.value(opt("command"));
        task.interpreter.clear();
    }
    if (p.isSet(opt("script"))) {
        QFile file(p.value(opt("script")));
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(
                QCoreApplication::translate("TaskFields", "script: cannot read '%1': %2")
                    .arg(file.fileName(), file.errorString()));
        task.kind = TaskKind::Script;
        task.body = QString::fromUtf8(file.readAll());
        if (task.interpreter.isEmpty())
            task.interpreter = QStringLiteral("/bin/sh");
    }
    if (p.isSet(opt("interpreter"))) {
        if (task.kind != TaskKind::Script)
            return unreadable(
                QCoreApplication::translate("TaskFields", "--interpreter goes with --script"));
        task.interpreter = p.value(opt("interpreter")).trimmed();
    }
    return {};
}

StoreError readNumbers(const QCommandLineParser &p, Task &task) {
    for (const auto &[name, field] :
         {std::pair{"timeout", &task.timeoutSeconds}, std::pair{"retries", &task.retries},
          std::pair{"retry-delay", &task.retryDelaySeconds},
          std::pair{"start-delay", &task.startDelaySeconds}}) {
        if (!p.isSet(opt(name)))
            continue;
        bool ok = false;
        *field = p.value(opt(name)).toInt(&ok);
        if (!ok)
            return unreadable(
                QCoreApplication::translate("TaskFields", "%1: '%2' is not a whole number")
                    .arg(opt(name), p.value(opt(name))));
    }
    if (p.isSet(opt("max-output"))) {
        bool ok = false;
        task.maxOutputBytes = p.value(opt("max-output")).toLongLong(&ok);
        if (!ok)
            return unreadable(
                QCoreApplication::translate("TaskFields", "max-output: '%1' is not a number")
                    .arg(p.value(opt("max-output"))));
    }
    return {};
}

// --blackout replaces the task's windows with those given; --no-blackouts removes them all.
// Whether each window reads is TaskTiming's rule, so the CLI and the API refuse it alike.
StoreError readBlackouts(const QCommandLineParser &p, Task &task) {
    if (p.isSet(opt("blackout")) && p.isSet(opt("no-blackouts")))
        return unreadable(
            QCoreApplication::translate("TaskFields", "choose --blackout or --no-blackouts"));
    if (p.isSet(opt("no-blackouts")))
        task.blackouts.clear();
    if (p.isSet(opt("blackout")))
        task.blackouts = p.values(opt("blackout"));
    return {};
}

StoreError readTargets(const QCommandLineParser &p, ServerService &servers, Task &task) {
    if (p.isSet(opt("servers"))) {
        task.serverIds.clear();
        for (const QString &name : p.value(opt("servers")).split(u',', Qt::SkipEmptyParts)) {
            auto found = servers.resolve(name);
            if (!found)
                return found.error();
            task.serverIds.append(found->id);
        }
    }
    if (p.isSet(opt("tag"))) {
        task.serverTags.clear();
        for (const QString &value : p.values(opt("tag")))
            task.serverTags += value.split(u',', Qt::SkipEmptyParts);
    }
    return {};
}

// --on-success/--on-failure/--always replace that condition's children (names or ids, repeatable
// or comma-separated); --clear-chain drops them all first. Whether they exist and close no loop
// is TaskService's rule.
void readChain(const QCommandLineParser &p, Task &task) {
    if (p.isSet(opt("clear-chain")))
        task.links.clear();
    for (const auto &[name, condition] : {std::pair{"on-success", ChainCondition::Success},
                                          std::pair{"on-failure", ChainCondition::Failure},
                                          std::pair{"always", ChainCondition::Always}}) {
        if (!p.isSet(opt(name)))
            continue;
        task.links.removeIf([c = condition](const TaskLink &l) { return l.condition == c; });
        for (const QString &value : p.values(opt(name))) {
            for (const QString &ref : value.split(u',', Qt::SkipEmptyParts))
                task.links.append({condition, 0, ref.trimmed()});
        }
    }
}

} // namespace

void TaskFields::addOptions(QCommandLineParser &p) {
    p.addOption({opt("command"),
                 QCoreApplication::translate("TaskFields", "The command line to run."),
                 opt("cmd")});
    p.addOption(
        {opt("script"),
         QCoreApplication::translate("TaskFields", "A script file; its text is sent on stdin."),
         opt("file")});
    p.addOption(
        {opt("interpreter"),
         QCoreApplication::translate("TaskFields", "What runs the script (default /bin/sh)."),
         opt("program")});
    p.addOption(
        {opt("schedule"),
         QCoreApplication::translate(
             "TaskFields", "Cron (5 or 6 fields), @every 30s, 'every 5 minutes' or seconds."),
         opt("spec")});
    p.addOption(
        {opt("servers"),
         QCoreApplication::translate("TaskFields", "Target servers by name, comma-separated."),
         opt("names")});
    p.addOption({opt("tag"),
                 QCoreApplication::translate("TaskFields",
                                             "Target every server with this tag (repeatable)."),
                 opt("tag")});
    p.addOption({opt("tz"),
                 QCoreApplication::translate("TaskFields",
                                             "IANA time zone of the schedule (default: local)."),
                 opt("zone")});
    p.addOption({opt("timeout"),
                 QCoreApplication::translate("TaskFields",
                                             "Seconds before the command is stopped (0: none)."),
                 opt("s")});
    p.addOption(
        {opt("retries"),
         QCoreApplication::translate("TaskFields", "Retries for failed servers (default 0)."),
         opt("n")});
    p.addOption({opt("retry-delay"),
                 QCoreApplication::translate("TaskFields", "Seconds between retries."), opt("s")});
    p.addOption(
        {opt("overlap"),
         QCoreApplication::translate("TaskFields", "skip | queue | parallel (default skip)."),
         opt("policy")});
    p.addOption({opt("misfire"),
                 QCoreApplication::translate("TaskFields", "skip | run-once (default run-once)."),
                 opt("policy")});
    p.addOption(
        {opt("target"),
         QCoreApplication::translate("TaskFields", "all | one (round-robin) (default all)."),
         opt("mode")});
    p.addOption(
        {opt("max-output"),
         QCoreApplication::translate("TaskFields", "Bytes kept per stream (default 1048576)."),
         opt("bytes")});
    p.addOption({opt("on-success"),
                 QCoreApplication::translate(
                     "TaskFields", "Start this task when a run succeeds (repeatable; replaces)."),
                 opt("task")});
    p.addOption({opt("on-failure"),
                 QCoreApplication::translate("TaskFields",
                                             "Start this task when a run fails or partly fails "
                                             "(repeatable; replaces)."),
                 opt("task")});
    p.addOption({opt("always"),
                 QCoreApplication::translate(
                     "TaskFields", "Start this task when a run ends either way (repeatable)."),
                 opt("task")});
    p.addOption(
        {opt("clear-chain"),
         QCoreApplication::translate("TaskFields", "Start no other task (then apply --on-success, "
                                                   "--on-failure, --always).")});
    p.addOption({opt("start-delay"),
                 QCoreApplication::translate(
                     "TaskFields", "Start each fire a random 0..N seconds late (default 0)."),
                 opt("seconds")});
    p.addOption({opt("blackout"),
                 QCoreApplication::translate("TaskFields",
                                             "A window in which fires are skipped, e.g. 'xmas: "
                                             "2026-12-24..2026-12-26' or '22:00-06:00 mon-fri' "
                                             "(repeatable; replaces the task's windows)."),
                 opt("spec")});
    p.addOption({opt("no-blackouts"),
                 QCoreApplication::translate("TaskFields", "Remove the task's blackout windows.")});
}

StoreError TaskFields::apply(const QCommandLineParser &p, ServerService &servers, Task &task) {
    if (StoreError e = readBody(p, task); e.isError())
        return e;
    if (p.isSet(opt("schedule")))
        task.schedule = p.value(opt("schedule")).trimmed();
    if (p.isSet(opt("tz")))
        task.timeZone = p.value(opt("tz")).trimmed();
    if (StoreError e = readNumbers(p, task); e.isError())
        return e;
    if (StoreError e = readEnum(
            p, "overlap", QT_TRANSLATE_NOOP("TaskFields", "skip, queue or parallel"), task.overlap);
        e.isError())
        return e;
    if (StoreError e = readEnum(p, "misfire", QT_TRANSLATE_NOOP("TaskFields", "skip or run-once"),
                                task.misfire);
        e.isError())
        return e;
    if (StoreError e =
            readEnum(p, "target", QT_TRANSLATE_NOOP("TaskFields", "all or one"), task.target);
        e.isError())
        return e;
    readChain(p, task);
    if (StoreError e = readBlackouts(p, task); e.isError())
        return e;
    return readTargets(p, servers, task);
}

} // namespace fleetcron
