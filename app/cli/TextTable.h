#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace fleetcron {

// Plain aligned columns for listing verbs: readable in a terminal and easy to cut with awk.
class TextTable {
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace fleetcron
