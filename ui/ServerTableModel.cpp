#include "ServerTableModel.h"

#include "StatusStyle.h"

namespace fleetcron {

ServerTableModel::ServerTableModel(QObject *parent)
    : RowListModel<Server>(parent) {}

int ServerTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Name:
            return s.name;
        case Host:
            return s.host;
        case Port:
            return s.port;
        case User:
            return s.username;
        case Auth:
            switch (s.auth) {
            case AuthMethod::Password:
                return tr("password");
            case AuthMethod::Key:
                return tr("key");
            case AuthMethod::Agent:
                return tr("agent");
            }
            return {};
        case Tags:
            return s.tags.join(QStringLiteral(", "));
        case MaxParallel:
            return s.maxParallel;
        case Enabled:
            return s.enabled ? tr("yes") : tr("no");
        case HostKey:
            return s.hostKeySha256.isEmpty() ? tr("not pinned yet") : s.hostKeySha256;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Name)
        return StatusStyle::icon(s.enabled ? QColor(0x2e, 0x7d, 0x32) : QColor(0x9e, 0x9e, 0x9e));
    if (role == Qt::ForegroundRole && !s.enabled)
        return QColor(0x75, 0x75, 0x75);
    if (role == Qt::TextAlignmentRole && (index.column() == Port || index.column() == MaxParallel))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1@%2:%3").arg(s.username, s.host).arg(s.port);
    return {};
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Host:
        return tr("Host");
    case Port:
        return tr("Port");
    case User:
        return tr("User");
    case Auth:
        return tr("Authentication");
    case Tags:
        return tr("Tags");
    case MaxParallel:
        return tr("Max parallel");
    case Enabled:
        return tr("Enabled");
    case HostKey:
        return tr("Host key");
    }
    return {};
}

} // namespace fleetcron
