#include "AnsibleInventory.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace fleetcron {
namespace {

constexpr int maxRangeHosts = 10000;

const QString allGroup = QStringLiteral("all");
const QString ungroupedGroup = QStringLiteral("ungrouped");

// The variables that say where and how to connect, with their pre-2.0 spellings.
const QStringList hostVars = {QStringLiteral("ansible_host"), QStringLiteral("ansible_ssh_host")};
const QStringList portVars = {QStringLiteral("ansible_port"), QStringLiteral("ansible_ssh_port")};
const QStringList userVars = {QStringLiteral("ansible_user"), QStringLiteral("ansible_ssh_user")};
const QStringList keyVars = {QStringLiteral("ansible_ssh_private_key_file"),
                             QStringLiteral("ansible_private_key_file")};

QString first(const QMap<QString, QString> &vars, const QStringList &names) {
    for (const QString &n : names)
        if (vars.contains(n))
            return vars.value(n);
    return {};
}

bool isConnectionVar(const QString &name) {
    return hostVars.contains(name) || portVars.contains(name) || userVars.contains(name) ||
           keyVars.contains(name) || name == QStringLiteral("ansible_connection");
}

} // namespace

AnsibleInventory::Group &AnsibleInventory::group(const QString &name, int line) {
    for (Group &g : m_groups)
        if (g.name == name)
            return g;
    m_groups.append({name, line, {}, {}, {}});
    return m_groups.last();
}

void AnsibleInventory::addHost(const QString &groupName, const QString &name, int line,
                               const QMap<QString, QString> &vars) {
    Group &g = group(groupName, line);
    if (!g.hosts.contains(name))
        g.hosts << name;
    for (Host &h : m_hosts)
        if (h.name == name) {
            h.vars.insert(vars);
            return;
        }
    m_hosts.append({name, line, vars});
}

QStringList AnsibleInventory::expandHostPattern(const QString &pattern, QString *error) {
    static const QRegularExpression range(
        QStringLiteral("\\[([0-9]+|[a-zA-Z]):([0-9]+|[a-zA-Z])(?::([0-9]+))?\\]"));
    const auto m = range.match(pattern);
    if (!m.hasMatch()) {
        if (pattern.contains(u'[') || pattern.contains(u']'))
            *error = QCoreApplication::translate("AnsibleInventory",
                                                 "'%1' is not a host range like web[01:20]")
                         .arg(pattern);
        return pattern.contains(u'[') ? QStringList() : QStringList{pattern};
    }
    const QString from = m.captured(1);
    const QString to = m.captured(2);
    const int stride = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    const bool numeric = from.at(0).isDigit() && to.at(0).isDigit();
    if ((!numeric && (from.at(0).isDigit() || to.at(0).isDigit())) || stride < 1) {
        *error = QCoreApplication::translate("AnsibleInventory",
                                             "'%1' is not a host range like web[01:20]")
                     .arg(pattern);
        return {};
    }
    const int begin = numeric ? from.toInt() : from.at(0).unicode();
    const int end = numeric ? to.toInt() : to.at(0).unicode();
    if (end < begin || (end - begin) / stride >= maxRangeHosts) {
        *error = QCoreApplication::translate("AnsibleInventory",
                                             "host range in '%1' is empty or over %2 hosts")
                     .arg(pattern)
                     .arg(maxRangeHosts);
        return {};
    }
    // A leading zero fixes the width ("[01:20]" → 01, 02, …), as in Ansible.
    const int width = numeric && from.startsWith(u'0') ? from.size() : 0;
    QStringList out;
    for (int v = begin; v <= end; v += stride) {
        const QString piece =
            numeric ? QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0')) : QString(QChar(v));
        // The rest may hold another range.
        const QStringList rest = expandHostPattern(pattern.mid(m.capturedEnd()), error);
        if (!error->isEmpty())
            return {};
        for (const QString &r : rest)
            out << pattern.left(m.capturedStart()) + piece + r;
        if (out.size() > maxRangeHosts) {
            *error = QCoreApplication::translate("AnsibleInventory",
                                                 "host range in '%1' is over %2 hosts")
                         .arg(pattern)
                         .arg(maxRangeHosts);
            return {};
        }
    }
    return out;
}

AnsibleInventory::Result AnsibleInventory::resolve(const QList<ImportNote> &skipped,
                                                   const QList<ImportNote> &errors) const {
    Result result;
    result.skipped = skipped;
    result.errors = errors;

    // Parents of each group, and each group's depth below `all` (its vars apply in that order).
    QHash<QString, QStringList> parents;
    for (const Group &g : m_groups)
        for (const QString &child : g.children)
            parents[child] << g.name;
    QHash<QString, int> depth;
    bool cycle = false;
    std::function<int(const QString &, QSet<QString> &)> depthOf = [&](const QString &name,
                                                                       QSet<QString> &path) -> int {
        if (name == allGroup)
            return 0;
        if (depth.contains(name))
            return depth.value(name);
        if (path.contains(name)) {
            cycle = true;
            return 0;
        }
        path.insert(name);
        int d = 1;
        for (const QString &p : parents.value(name))
            d = std::max(d, depthOf(p, path) + 1);
        path.remove(name);
        depth.insert(name, d);
        return d;
    };
    for (const Group &g : m_groups) {
        QSet<QString> path;
        depthOf(g.name, path);
        if (cycle) {
            result.errors.append(
                {g.line,
                 {},
                 QStringLiteral("group %1").arg(g.name),
                 QCoreApplication::translate("AnsibleInventory",
                                             "its children include itself (a cycle)")});
            return result;
        }
        QStringList unused;
        for (auto it = g.vars.cbegin(); it != g.vars.cend(); ++it)
            if (!isConnectionVar(it.key()))
                unused << it.key();
        if (!unused.isEmpty())
            result.skipped.append(
                {g.line,
                 {},
                 QStringLiteral("group %1 vars").arg(g.name),
                 QCoreApplication::translate("AnsibleInventory", "not imported: %1")
                     .arg(unused.join(u", "))});
    }

    for (const Host &h : m_hosts) {
        // Its groups: where it is listed, and every parent of those.
        QStringList groups;
        QStringList queue;
        for (const Group &g : m_groups)
            if (g.hosts.contains(h.name))
                queue << g.name;
        while (!queue.isEmpty()) {
            const QString g = queue.takeFirst();
            if (groups.contains(g))
                continue;
            groups << g;
            queue << parents.value(g);
        }
        QStringList ordered = groups;
        std::stable_sort(ordered.begin(), ordered.end(), [&](const QString &a, const QString &b) {
            const int da = depth.value(a), db = depth.value(b);
            return da != db ? da < db : a < b;
        });
        QMap<QString, QString> vars;
        for (const Group &g : m_groups)
            if (g.name == allGroup)
                vars.insert(g.vars);
        for (const QString &name : ordered)
            for (const Group &g : m_groups)
                if (g.name == name && name != allGroup)
                    vars.insert(g.vars);
        vars.insert(h.vars);

        const QString connection = vars.value(QStringLiteral("ansible_connection"));
        if (!connection.isEmpty() && connection != QStringLiteral("ssh") &&
            connection != QStringLiteral("paramiko") && connection != QStringLiteral("smart")) {
            result.skipped.append(
                {h.line,
                 {},
                 QStringLiteral("host %1").arg(h.name),
                 QCoreApplication::translate("AnsibleInventory",
                                             "ansible_connection=%1: not an SSH host, not "
                                             "imported")
                     .arg(connection)});
            continue;
        }
        Resolved r;
        r.line = h.line;
        r.name = h.name;
        r.host = first(vars, hostVars);
        if (r.host.isEmpty())
            r.host = h.name;
        r.user = first(vars, userVars);
        r.keyFile = first(vars, keyVars);
        if (const QString port = first(vars, portVars); !port.isEmpty()) {
            bool ok = false;
            r.port = port.toInt(&ok);
            if (!ok || r.port < 1 || r.port > 65535)
                result.errors.append(
                    {h.line,
                     {},
                     QStringLiteral("host %1").arg(h.name),
                     QCoreApplication::translate("AnsibleInventory",
                                                 "ansible_port '%1' is not a port number "
                                                 "(1–65535)")
                         .arg(port)});
        }
        for (const QString &g : ordered)
            if (g != allGroup && g != ungroupedGroup)
                r.groups << g;
        QStringList unused;
        for (auto it = h.vars.cbegin(); it != h.vars.cend(); ++it)
            if (!isConnectionVar(it.key()))
                unused << it.key();
        if (!unused.isEmpty())
            r.notes << QCoreApplication::translate("AnsibleInventory",
                                                   "host variables not imported: %1")
                           .arg(unused.join(u", "));
        result.hosts.append(r);
    }
    return result;
}

} // namespace fleetcron
