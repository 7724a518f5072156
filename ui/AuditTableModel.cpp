#include "AuditTableModel.h"

#include "DisplayFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fleetcron {
namespace {

QJsonObject parse(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString shown(const QJsonValue &value) {
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("–");
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// Times change on every save; they say nothing an operator asked to change.
bool bookkeeping(const QString &key) {
    return key == QLatin1String("updated_at") || key == QLatin1String("created_at") ||
           key == QLatin1String("next_fire_at");
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : RowListModel<AuditEntry>(parent) {}

int AuditTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::summary(const AuditEntry &entry) {
    const QJsonObject before = parse(entry.before);
    const QJsonObject after = parse(entry.after);
    if (before.isEmpty() && after.isEmpty())
        return {};
    if (before.isEmpty())
        return tr("created");
    if (after.isEmpty())
        return tr("removed");
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList changes;
    for (const QString &key : std::as_const(keys)) {
        if (bookkeeping(key) || before.value(key) == after.value(key))
            continue;
        changes << QStringLiteral("%1: %2 → %3")
                       .arg(key, shown(before.value(key)), shown(after.value(key)));
    }
    return changes.isEmpty() ? tr("no change") : changes.join(QStringLiteral("; "));
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == SortRole && index.column() == Time)
        return e.id; // ids grow with time, and two entries may share a millisecond
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Time:
            return DisplayFormat::time(e.at);
        case Who:
            return e.actor;
        case Face:
            return e.face;
        case Action:
            return e.action;
        case Target:
            return e.targetName.isEmpty()
                       ? QStringLiteral("%1 %2").arg(e.targetKind).arg(e.targetId)
                       : QStringLiteral("%1 %2").arg(e.targetKind, e.targetName);
        case Change:
            return summary(e);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Change)
        return summary(e);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Who:
        return tr("Who");
    case Face:
        return tr("Face");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Change:
        return tr("Change");
    }
    return {};
}

} // namespace fleetcron
