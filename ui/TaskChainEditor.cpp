#include "TaskChainEditor.h"

#include <QHeaderView>

#include <algorithm>

namespace fleetcron {
namespace {

constexpr ChainCondition conditions[] = {ChainCondition::Success, ChainCondition::Failure,
                                         ChainCondition::Always};

} // namespace

TaskChainEditor::TaskChainEditor(QWidget *parent)
    : QTreeWidget(parent) {
    setObjectName(QStringLiteral("chain"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Task"), tr("On success"), tr("On failure"), tr("Always")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setMaximumHeight(130);
    header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c = OnSuccess; c < ColumnCount; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    setToolTip(tr("Tasks started when a run of this task ends: on success, on failure (failed "
                  "or partly failed), or always. Each is held to its own overlap rule."));
}

TaskChainEditor::Column TaskChainEditor::columnOf(ChainCondition condition) {
    switch (condition) {
    case ChainCondition::Success:
        return OnSuccess;
    case ChainCondition::Failure:
        return OnFailure;
    case ChainCondition::Always:
        return Always;
    }
    return OnSuccess;
}

void TaskChainEditor::setTasks(const QList<Task> &tasks) {
    const QList<TaskLink> kept = links();
    clear();
    for (const Task &t : tasks) {
        auto *item = new QTreeWidgetItem(this, {t.name});
        item->setData(Name, Qt::UserRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        for (ChainCondition c : conditions)
            item->setCheckState(columnOf(c), Qt::Unchecked);
    }
    setLinks(kept);
}

void TaskChainEditor::setLinks(const QList<TaskLink> &links) {
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const qint64 id = item->data(Name, Qt::UserRole).toLongLong();
        for (ChainCondition c : conditions) {
            const bool on = std::any_of(links.cbegin(), links.cend(), [&](const TaskLink &l) {
                return l.condition == c && l.taskId == id;
            });
            item->setCheckState(columnOf(c), on ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QList<TaskLink> TaskChainEditor::links() const {
    QList<TaskLink> out;
    for (ChainCondition c : conditions) {
        for (int i = 0; i < topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = topLevelItem(i);
            if (item->checkState(columnOf(c)) == Qt::Checked)
                out.append({c, item->data(Name, Qt::UserRole).toLongLong(), item->text(Name)});
        }
    }
    return out;
}

} // namespace fleetcron
