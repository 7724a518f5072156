#include "TaskTableModel.h"

#include "DisplayFormat.h"
#include "StatusStyle.h"

namespace fleetcron {

TaskTableModel::TaskTableModel(QObject *parent)
    : RowListModel<Task>(parent) {}

int TaskTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == SortRole && index.column() == NextFire)
        return t.nextFireAt.isValid() && t.enabled ? t.nextFireAt.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::max();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return t.name;
        case Schedule:
            return t.schedule;
        case Command: {
            const QString firstLine = t.body.section(QLatin1Char('\n'), 0, 0);
            return t.kind == TaskKind::Script ? tr("script (%1): %2").arg(t.interpreter, firstLine)
                                              : firstLine;
        }
        case Targets: {
            QStringList parts;
            if (!t.serverIds.isEmpty())
                parts << tr("%n server(s)", nullptr, int(t.serverIds.size()));
            for (const QString &tag : t.serverTags)
                parts << tr("tag %1").arg(tag);
            return parts.isEmpty() ? tr("every server") : parts.join(QStringLiteral(", "));
        }
        case Enabled:
            return t.enabled ? tr("yes") : tr("no");
        case NextFire:
            return t.enabled ? DisplayFormat::time(t.nextFireAt) : tr("disabled");
        case Timeout:
            return t.timeoutSeconds > 0 ? tr("%1 s").arg(t.timeoutSeconds) : tr("none");
        }
    }
    if (role == Qt::DecorationRole && index.column() == Name)
        return StatusStyle::icon(t.enabled ? QColor(0x15, 0x65, 0xc0) : QColor(0x9e, 0x9e, 0x9e));
    if (role == Qt::ForegroundRole && !t.enabled)
        return QColor(0x75, 0x75, 0x75);
    if (role == Qt::ToolTipRole && index.column() == Command)
        return t.body;
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Schedule:
        return tr("Schedule");
    case Command:
        return tr("Command");
    case Targets:
        return tr("Targets");
    case Enabled:
        return tr("Enabled");
    case NextFire:
        return tr("Next run");
    case Timeout:
        return tr("Timeout");
    }
    return {};
}

} // namespace fleetcron
