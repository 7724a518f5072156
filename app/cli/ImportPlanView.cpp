#include "ImportPlanView.h"

#include "TextTable.h"
#include "service/import/ImportPlan.h"

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
        out << (plan.applied ? "Servers created:\n" : "Servers to create:\n");
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
        out << (plan.applied ? "Tasks created:\n" : "Tasks to create:\n");
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
                out << "  note: line " << p.line << " (" << p.task.name << "): " << note << '\n';
    }
    if (!plan.skipped.isEmpty()) {
        out << "Reported, not imported:\n";
        for (const ImportNote &n : plan.skipped)
            out << "  line " << where(n.line, n.source) << ": " << n.subject << ": " << n.message
                << '\n';
    }
    if (plan.servers.isEmpty() && plan.tasks.isEmpty())
        out << "Nothing to import.\n";
    out << plan.kind << ": " << plan.servers.size() << " server(s), " << plan.tasks.size()
        << " task(s), " << plan.skipped.size() << " line(s) reported, " << plan.errors.size()
        << " problem(s)" << (plan.applied ? ", imported" : ", dry run") << '\n';
}

void ImportPlanView::printProblems(const ImportPlan &plan, QTextStream &err) {
    for (const ImportNote &n : plan.errors)
        err << "fleetcron import: line " << where(n.line, n.source) << ": " << n.message << '\n';
    err << "fleetcron import: " << plan.errors.size() << " problem(s), nothing imported\n";
}

} // namespace fleetcron
