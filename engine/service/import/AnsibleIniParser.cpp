#include "AnsibleIniParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetcron {
namespace {

// Splits on spaces outside quotes and removes the quotes, as shlex does for these lines.
QStringList shellWords(const QString &line) {
    QStringList out;
    QString current;
    QChar quote;
    bool any = false;
    for (const QChar c : line) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current.append(c);
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            any = true;
        } else if (c.isSpace()) {
            if (any)
                out << current;
            current.clear();
            any = false;
        } else {
            current.append(c);
            any = true;
        }
    }
    if (any)
        out << current;
    return out;
}

QString stripComment(const QString &line) {
    const QString t = line.trimmed();
    if (t.startsWith(u'#') || t.startsWith(u';'))
        return {};
    // " #" starts a comment after a value, as in Ansible's INI reader.
    const int hash = t.indexOf(QStringLiteral(" #"));
    return hash < 0 ? t : t.left(hash).trimmed();
}

} // namespace

AnsibleInventory::Result AnsibleIniParser::parse(const QString &text) {
    AnsibleInventory inventory;
    QList<ImportNote> skipped;
    QList<ImportNote> errors;
    static const QRegularExpression section(
        QStringLiteral("^\\[([^\\]:\\s]+)(?::(vars|children))?\\]$"));
    QString group = QStringLiteral("ungrouped");
    QString mode = QStringLiteral("hosts");
    inventory.group(QStringLiteral("all"), 0);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = stripComment(lines.at(i));
        if (line.isEmpty())
            continue;
        auto fail = [&](const QString &message) { errors.append({lineNo, {}, line, message}); };
        if (line.startsWith(u'[')) {
            const auto m = section.match(line);
            if (!m.hasMatch()) {
                fail(QCoreApplication::translate("AnsibleIniParser",
                                                 "'%1' is not a section: [group], [group:vars] or "
                                                 "[group:children]")
                         .arg(line));
                group.clear();
                continue;
            }
            group = m.captured(1);
            mode = m.captured(2).isEmpty() ? QStringLiteral("hosts") : m.captured(2);
            inventory.group(group, lineNo);
            continue;
        }
        if (group.isEmpty())
            continue; // under a section already reported as bad
        if (mode == QStringLiteral("vars")) {
            const int eq = line.indexOf(u'=');
            if (eq <= 0) {
                fail(QCoreApplication::translate("AnsibleIniParser",
                                                 "expected name=value in [%1:vars]")
                         .arg(group));
                continue;
            }
            const QStringList value = shellWords(line.mid(eq + 1));
            inventory.group(group, lineNo).vars.insert(line.left(eq).trimmed(), value.join(u' '));
        } else if (mode == QStringLiteral("children")) {
            const QString child = line.trimmed();
            inventory.group(child, lineNo);
            AnsibleInventory::Group &g = inventory.group(group, lineNo);
            if (!g.children.contains(child))
                g.children << child;
        } else {
            const QStringList words = shellWords(line);
            QMap<QString, QString> vars;
            bool bad = false;
            for (const QString &w : words.mid(1)) {
                const int eq = w.indexOf(u'=');
                if (eq <= 0) {
                    fail(
                        QCoreApplication::translate(
                            "AnsibleIniParser", "expected name=value after the host name, not '%1'")
                            .arg(w));
                    bad = true;
                    break;
                }
                vars.insert(w.left(eq), w.mid(eq + 1));
            }
            if (bad)
                continue;
            QString error;
            const QStringList names = AnsibleInventory::expandHostPattern(words.value(0), &error);
            if (!error.isEmpty()) {
                fail(error);
                continue;
            }
            // "host:port" is Ansible's short form of ansible_port.
            for (QString name : names) {
                QMap<QString, QString> hostVars = vars;
                static const QRegularExpression withPort(QStringLiteral("^([^:]+):([0-9]+)$"));
                if (const auto m = withPort.match(name); m.hasMatch()) {
                    name = m.captured(1);
                    hostVars.insert(QStringLiteral("ansible_port"), m.captured(2));
                }
                inventory.addHost(group, name, lineNo, hostVars);
            }
        }
    }
    return inventory.resolve(skipped, errors);
}

} // namespace fleetcron
