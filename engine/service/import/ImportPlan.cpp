#include "ImportPlan.h"

#include "model/ModelJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fleetcron {
namespace {

QString where(int line, const QString &source) {
    if (line <= 0)
        return source;
    return source.isEmpty()
               ? QCoreApplication::translate("ImportPlan", "line %1").arg(line)
               : QCoreApplication::translate("ImportPlan", "%1 line %2").arg(source).arg(line);
}

QJsonObject noteJson(const ImportNote &n) {
    QJsonObject o{{QStringLiteral("line"), n.line},
                  {QStringLiteral("subject"), n.subject},
                  {QStringLiteral("message"), n.message}};
    if (!n.source.isEmpty())
        o.insert(QStringLiteral("source"), n.source);
    return o;
}

QJsonArray notesJson(const QList<ImportNote> &notes) {
    QJsonArray a;
    for (const ImportNote &n : notes)
        a.append(noteJson(n));
    return a;
}

// What is shared by a planned server and a planned task: where it came from and its notes.
template <typename Planned> QJsonObject itemJson(const Planned &p, QJsonObject o) {
    o.insert(QStringLiteral("line"), p.line);
    if (!p.source.isEmpty())
        o.insert(QStringLiteral("source"), p.source);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(p.notes));
    return o;
}

} // namespace

bool ImportPlan::hasConflict() const {
    for (const ImportNote &e : errors)
        if (e.conflict)
            return true;
    return false;
}

QString ImportPlan::errorSummary() const {
    QStringList parts;
    for (const ImportNote &e : errors) {
        const QString at = where(e.line, e.source);
        parts << (at.isEmpty() ? e.message : at + QStringLiteral(": ") + e.message);
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject ImportPlan::toJson() const {
    QJsonArray servers;
    for (const PlannedServer &s : this->servers) {
        QJsonObject o = ModelJson::server(s.server);
        if (s.server.id == 0)
            o.remove(QStringLiteral("id"));
        o.insert(QStringLiteral("jump_hosts"), QJsonArray::fromStringList(s.jumpHosts));
        servers.append(itemJson(s, o));
    }
    QJsonArray tasks;
    for (const PlannedTask &t : this->tasks) {
        QJsonObject o = ModelJson::task(t.task);
        if (t.task.id == 0)
            o.remove(QStringLiteral("id"));
        o.insert(QStringLiteral("targets"), QJsonArray::fromStringList(t.targets));
        tasks.append(itemJson(t, o));
    }
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("ok"), !hasErrors()},
            {QStringLiteral("servers"), servers},
            {QStringLiteral("tasks"), tasks},
            {QStringLiteral("skipped"), notesJson(skipped)},
            {QStringLiteral("errors"), notesJson(errors)}};
}

} // namespace fleetcron
