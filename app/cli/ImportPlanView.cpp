#include "ImportPlanView.h"

#include "TextTable.h"
#include "service/import/ImportPlan.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleetcron {
namespace {

QString where(int line, const QString &source) {
    const QString l = line > 0 ? QString::number(line) : QStringLiteral("-");
    return source.isEmpty() ? l : source + u':' + l;
}

QString oneLine(const QString &text) {
    QString s = text;
    s.replace(u'\n', QStringLiteral("⏎"));
    return s;
}

} // namespace

void ImportPlanView::print(const ImportPlan &plan, QTextStream &out) {
    if (!plan.servers.isEmpty()) {
        out << (plan.applied ? QCoreApplication::translate("ImportPlanView", "Servers created:")
                             : QCoreApplication::translate("ImportPlanView", "Servers to create:"))
            << '\n';
        TextTable table({QStringLiteral("LINE"), QStringLiteral("NAME"), QStringLiteral("HOST"),
                         QStringLiteral("PORT"), QStringLiteral("USER"), QStringLiteral("KEY"),
                         QStringLiteral("TAGS"), QStringLiteral("NOTES")});
        for (const PlannedServer &p : plan.servers)
            table.addRow({where(p.line, p.source), p.server.name, p.server.host,
                          QString::number(p.server.port), p.server.username, p.server.keyPath,
                          p.server.tags.join(u','), p.notes.join(QStringLiteral("; "))});
        table.print(out);
    }
    if (!plan.tasks.isEmpty()) {
        out << (plan.applied ? QCoreApplication::translate("ImportPlanView", "Tasks created:")
                             : QCoreApplication::translate("ImportPlanView", "Tasks to create:"))
            << '\n';
        TextTable table({QStringLiteral("LINE"), QStringLiteral("NAME"), QStringLiteral("SCHEDULE"),
                         QStringLiteral("ZONE"), QStringLiteral("TARGETS"),
                         QStringLiteral("COMMAND")});
        for (const PlannedTask &p : plan.tasks)
            table.addRow({where(p.line, p.source), p.task.name, p.task.schedule,
                          p.task.timeZone.isEmpty() ? QStringLiteral("-") : p.task.timeZone,
                          p.targets.join(u','), oneLine(p.task.body)});
        table.print(out);
        for (const PlannedTask &p : plan.tasks)
            for (const QString &note : p.notes)
                out << "  "
                    << QCoreApplication::translate("ImportPlanView", "note: line %1 (%2): %3")
                           .arg(p.line)
                           .arg(p.task.name, note)
                    << '\n';
    }
    if (!plan.skipped.isEmpty()) {
        out << QCoreApplication::translate("ImportPlanView", "Reported, not imported:") << '\n';
        for (const ImportNote &n : plan.skipped)
            out << "  "
                << QCoreApplication::translate("ImportPlanView", "line %1: %2: %3")
                       .arg(where(n.line, n.source), n.subject, n.message)
                << '\n';
    }
    if (plan.servers.isEmpty() && plan.tasks.isEmpty())
        out << QCoreApplication::translate("ImportPlanView", "Nothing to import.") << '\n';
    out << plan.kind << ": "
        << (plan.applied
                ? QCoreApplication::translate(
                      "ImportPlanView",
                      "%1 server(s), %2 task(s), %3 line(s) reported, %4 problem(s), imported")
                : QCoreApplication::translate(
                      "ImportPlanView",
                      "%1 server(s), %2 task(s), %3 line(s) reported, %4 problem(s), dry run"))
               .arg(plan.servers.size())
               .arg(plan.tasks.size())
               .arg(plan.skipped.size())
               .arg(plan.errors.size())
        << '\n';
}

void ImportPlanView::printProblems(const ImportPlan &plan, QTextStream &err) {
    for (const ImportNote &n : plan.errors)
        err << "fleetcron import: "
            << QCoreApplication::translate("ImportPlanView", "line %1: %2")
                   .arg(where(n.line, n.source), n.message)
            << '\n';
    err << "fleetcron import: "
        << QCoreApplication::translate("ImportPlanView", "%1 problem(s), nothing imported")
               .arg(plan.errors.size())
        << '\n';
}

} // namespace fleetcron
