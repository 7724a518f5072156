#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace fleetcron {

// The part of YAML an Ansible inventory uses, and no more (Qt has no YAML reader): block
// mappings by indentation, `key: value` and `key:` (null or a nested mapping), plain, 'single'
// and "double" quoted scalars, `{}` and `~`/null, comments, a leading `---`.
// Not read, each a clear error with its line: sequences (`- item`), flow collections other
// than `{}`, anchors and aliases (&a, *a), tags (!x), block scalars (| and >), multi-line
// plain scalars, several documents.
class InventoryYaml {
public:
    struct Node {
        enum class Type { Null, Scalar, Map };
        Type type = Type::Null;
        QString scalar;
        QList<std::pair<QString, Node>> entries; // in the order written
        int line = 0;

        bool isMap() const { return type == Type::Map; }
        const Node *child(const QString &key) const;
    };

    // The document's root mapping; on failure an empty one and `error` "line N: …" set.
    static Node parse(const QString &text, QString *error, int *errorLine);
};

} // namespace fleetcron
