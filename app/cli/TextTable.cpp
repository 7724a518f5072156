#include "TextTable.h"

#include <QTextStream>

#include <algorithm>

namespace fleetcron {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header)) {}

void TextTable::addRow(QStringList cells) {
    // Cells are single-line: a newline in a command would break the columns.
    for (QString &cell : cells)
        cell.replace(u'\n', u' ');
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream &out) const {
    QList<qsizetype> widths;
    for (const QString &h : m_header)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto printRow = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            out << (last ? cells.at(i) : cells.at(i).leftJustified(widths.value(i) + 2));
        }
        out << '\n';
    };
    printRow(m_header);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace fleetcron
