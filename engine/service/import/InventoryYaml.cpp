#include "InventoryYaml.h"

#include <QCoreApplication>
#include <QStringList>

namespace fleetcron {
namespace {

struct Line {
    int number = 0;
    int indent = 0;
    QString text; // without indentation and trailing comment
};

struct Failure {
    int line;
    QString message;
};

// Removes a " #" comment outside quotes.
QString withoutComment(const QString &text) {
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            return text.left(i).trimmed();
        }
    }
    return text.trimmed();
}

// Where the key's colon is: the first ": " or final ":" outside quotes.
int keyColon(const QString &text) {
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if ((c == u'\'' || c == u'"') && i == 0) {
            quote = c;
        } else if (c == u':' && (i + 1 == text.size() || text.at(i + 1) == u' ')) {
            return i;
        }
    }
    return -1;
}

InventoryYaml::Node scalar(const QString &raw, int line) {
    InventoryYaml::Node n;
    n.line = line;
    const QString v = raw.trimmed();
    if (v.isEmpty() || v == QStringLiteral("~") || v == QStringLiteral("null") ||
        v == QStringLiteral("Null") || v == QStringLiteral("NULL"))
        return n;
    if (v == QStringLiteral("{}")) {
        n.type = InventoryYaml::Node::Type::Map;
        return n;
    }
    const QChar first = v.at(0);
    if (v.size() >= 2 && (first == u'\'' || first == u'"') && v.back() == first) {
        n.type = InventoryYaml::Node::Type::Scalar;
        n.scalar = v.mid(1, v.size() - 2);
        if (first == u'\'')
            n.scalar.replace(QStringLiteral("''"), QStringLiteral("'"));
        else
            n.scalar.replace(QStringLiteral("\\\""), QStringLiteral("\""))
                .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        return n;
    }
    if (QStringLiteral("[{&*!|>").contains(first) || first == u'\'' || first == u'"')
        throw Failure{line, QCoreApplication::translate(
                                "InventoryYaml", "'%1' uses YAML the inventory reader does not "
                                                 "support (flow collections, anchors, tags, block "
                                                 "scalars)")
                                .arg(v)};
    n.type = InventoryYaml::Node::Type::Scalar;
    n.scalar = v;
    return n;
}

QString keyText(const QString &raw, int line) {
    const InventoryYaml::Node k = scalar(raw, line);
    if (k.type != InventoryYaml::Node::Type::Scalar)
        throw Failure{line,
                      QCoreApplication::translate("InventoryYaml", "a key must be a name, not '%1'")
                          .arg(raw)};
    return k.scalar;
}

// Reads the mapping whose entries sit at `indent`, from lines[i] on.
InventoryYaml::Node mapping(const QList<Line> &lines, int &i, int indent) {
    InventoryYaml::Node map;
    map.type = InventoryYaml::Node::Type::Map;
    map.line = i < lines.size() ? lines.at(i).number : 0;
    while (i < lines.size() && lines.at(i).indent == indent) {
        const Line &l = lines.at(i);
        if (l.text.startsWith(QStringLiteral("- ")) || l.text == QStringLiteral("-"))
            throw Failure{l.number,
                          QCoreApplication::translate("InventoryYaml",
                                                      "lists (- item) are not supported by the "
                                                      "inventory reader; write hosts as a mapping "
                                                      "(name:)")};
        const int colon = keyColon(l.text);
        if (colon <= 0)
            throw Failure{l.number,
                          QStringLiteral("expected 'key:' or 'key: value', not '%1'").arg(l.text)};
        const QString key = keyText(l.text.left(colon), l.number);
        for (const auto &entry : map.entries)
            if (entry.first == key)
                throw Failure{l.number,
                              QCoreApplication::translate("InventoryYaml", "key '%1' appears twice")
                                  .arg(key)};
        const QString rest = l.text.mid(colon + 1).trimmed();
        ++i;
        InventoryYaml::Node value;
        if (!rest.isEmpty()) {
            value = scalar(rest, l.number);
            if (i < lines.size() && lines.at(i).indent > indent)
                throw Failure{lines.at(i).number,
                              QCoreApplication::translate(
                                  "InventoryYaml", "a value on several lines is not supported")};
        } else if (i < lines.size() && lines.at(i).indent > indent) {
            value = mapping(lines, i, lines.at(i).indent);
        } else {
            value.line = l.number;
        }
        map.entries.append({key, value});
    }
    if (i < lines.size() && lines.at(i).indent > indent)
        throw Failure{lines.at(i).number,
                      QCoreApplication::translate("InventoryYaml",
                                                  "indentation does not match the lines above")};
    return map;
}

} // namespace

const InventoryYaml::Node *InventoryYaml::Node::child(const QString &key) const {
    for (const auto &entry : entries)
        if (entry.first == key)
            return &entry.second;
    return nullptr;
}

InventoryYaml::Node InventoryYaml::parse(const QString &text, QString *error, int *errorLine) {
    QList<Line> lines;
    const QStringList raw = text.split(u'\n');
    bool started = false;
    for (int n = 0; n < raw.size(); ++n) {
        QString s = raw.at(n);
        if (s.endsWith(u'\r'))
            s.chop(1);
        int indent = 0;
        while (indent < s.size() && s.at(indent) == u' ')
            ++indent;
        if (indent < s.size() && s.at(indent) == u'\t') {
            *error = QCoreApplication::translate("InventoryYaml",
                                                 "tabs are not allowed for indentation in YAML");
            *errorLine = n + 1;
            return {};
        }
        const QString body = withoutComment(s.mid(indent));
        if (body.isEmpty())
            continue;
        if (body == QStringLiteral("---") && !started && indent == 0) {
            started = true;
            continue;
        }
        if ((body == QStringLiteral("---") || body == QStringLiteral("...")) && indent == 0) {
            if (body == QStringLiteral("..."))
                break;
            *error = QCoreApplication::translate(
                "InventoryYaml", "several YAML documents in one file are not supported");
            *errorLine = n + 1;
            return {};
        }
        started = true;
        lines.append({n + 1, indent, body});
    }
    try {
        int i = 0;
        Node root = mapping(lines, i, lines.isEmpty() ? 0 : lines.first().indent);
        if (i < lines.size())
            throw Failure{lines.at(i).number,
                          QCoreApplication::translate(
                              "InventoryYaml", "indentation does not match the lines above")};
        return root;
    } catch (const Failure &f) {
        *error = f.message;
        *errorLine = f.line;
        return {};
    }
}

} // namespace fleetcron
