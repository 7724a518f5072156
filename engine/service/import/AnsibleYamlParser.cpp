#include "AnsibleYamlParser.h"

#include "InventoryYaml.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetcron {
namespace {

using Node = InventoryYaml::Node;

class GroupReader {
public:
    AnsibleInventory inventory;
    QList<ImportNote> skipped;
    QList<ImportNote> errors;

    void group(const QString &name, const Node &node) {
        inventory.group(name, node.line);
        if (node.type == Node::Type::Scalar) {
            fail(node.line, name,
                 QCoreApplication::translate("AnsibleYamlParser",
                                             "group '%1' must be a mapping with hosts:, "
                                             "vars: or children:")
                     .arg(name));
            return;
        }
        for (const auto &[key, value] : node.entries) {
            if (key == QStringLiteral("hosts"))
                hosts(name, value);
            else if (key == QStringLiteral("vars"))
                inventory.group(name, node.line).vars.insert(vars(value, name));
            else if (key == QStringLiteral("children"))
                children(name, value);
            else
                fail(value.line, name,
                     QCoreApplication::translate(
                         "AnsibleYamlParser",
                         "unknown key '%1' in group '%2' (expected hosts, vars or "
                         "children)")
                         .arg(key, name));
        }
    }

private:
    void fail(int line, const QString &subject, const QString &message) {
        errors.append({line, {}, subject, message});
    }

    QMap<QString, QString> vars(const Node &node, const QString &owner) {
        QMap<QString, QString> out;
        if (node.type == Node::Type::Scalar) {
            fail(node.line, owner,
                 QCoreApplication::translate("AnsibleYamlParser",
                                             "variables of '%1' must be a mapping")
                     .arg(owner));
            return out;
        }
        for (const auto &[key, value] : node.entries) {
            if (value.isMap())
                skipped.append({value.line,
                                {},
                                QStringLiteral("%1: %2").arg(owner, key),
                                QCoreApplication::translate(
                                    "AnsibleYamlParser", "a structured variable: not imported")});
            else
                out.insert(key, value.scalar);
        }
        return out;
    }

    void hosts(const QString &groupName, const Node &node) {
        if (node.type == Node::Type::Scalar) {
            fail(node.line, groupName,
                 QCoreApplication::translate("AnsibleYamlParser",
                                             "hosts of '%1' must be a mapping (name:), not '%2'")
                     .arg(groupName, node.scalar));
            return;
        }
        for (const auto &[pattern, value] : node.entries) {
            QString error;
            const QStringList names = AnsibleInventory::expandHostPattern(pattern, &error);
            if (!error.isEmpty()) {
                fail(value.line, pattern, error);
                continue;
            }
            const QMap<QString, QString> hostVars = vars(value, pattern);
            for (const QString &name : names)
                inventory.addHost(groupName, name, value.line, hostVars);
        }
    }

    void children(const QString &parent, const Node &node) {
        for (const auto &[name, value] : node.entries) {
            group(name, value);
            AnsibleInventory::Group &g = inventory.group(parent, node.line);
            if (!g.children.contains(name))
                g.children << name;
        }
    }
};

} // namespace

AnsibleInventory::Result AnsibleYamlParser::parse(const QString &text) {
    QString error;
    int errorLine = 0;
    const Node root = InventoryYaml::parse(text, &error, &errorLine);
    GroupReader reader;
    reader.inventory.group(QStringLiteral("all"), 0);
    if (!error.isEmpty()) {
        reader.errors.append({errorLine, {}, QStringLiteral("YAML"), error});
        return reader.inventory.resolve(reader.skipped, reader.errors);
    }
    for (const auto &[name, value] : root.entries)
        reader.group(name, value);
    return reader.inventory.resolve(reader.skipped, reader.errors);
}

bool AnsibleYamlParser::looksLikeYaml(const QString &text) {
    static const QRegularExpression yamlKey(QStringLiteral("^\\s*(---|[^\\s#;\\[][^=]*:\\s*$)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression iniSection(QStringLiteral("^\\s*\\["),
                                               QRegularExpression::MultilineOption);
    return yamlKey.match(text).hasMatch() && !iniSection.match(text).hasMatch();
}

} // namespace fleetcron
