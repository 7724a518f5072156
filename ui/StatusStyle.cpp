#include "StatusStyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace fleetcron {
namespace {

const QColor green(0x2e, 0x7d, 0x32);
const QColor red(0xc6, 0x28, 0x28);
const QColor orange(0xef, 0x6c, 0x00);
const QColor purple(0x6a, 0x1b, 0x9a);
const QColor brown(0x79, 0x55, 0x48);
const QColor blue(0x15, 0x65, 0xc0);
const QColor grey(0x9e, 0x9e, 0x9e);
const QColor darkGrey(0x61, 0x61, 0x61);
const QColor amber(0xf9, 0xa8, 0x25);

} // namespace

QString StatusStyle::label(RunStatus status) {
    switch (status) {
    case RunStatus::Pending:
        return tr("pending");
    case RunStatus::Running:
        return tr("running");
    case RunStatus::Succeeded:
        return tr("succeeded");
    case RunStatus::Failed:
        return tr("failed");
    case RunStatus::Partial:
        return tr("partial");
    case RunStatus::Skipped:
        return tr("skipped");
    case RunStatus::Cancelled:
        return tr("cancelled");
    case RunStatus::Interrupted:
        return tr("interrupted");
    }
    return {};
}

QString StatusStyle::label(ExecutionStatus status) {
    switch (status) {
    case ExecutionStatus::Pending:
        return tr("pending");
    case ExecutionStatus::Running:
        return tr("running");
    case ExecutionStatus::Succeeded:
        return tr("succeeded");
    case ExecutionStatus::Failed:
        return tr("failed");
    case ExecutionStatus::TimedOut:
        return tr("timed out");
    case ExecutionStatus::Unreachable:
        return tr("unreachable");
    case ExecutionStatus::AuthFailed:
        return tr("authentication failed");
    case ExecutionStatus::HostKeyRejected:
        return tr("host key rejected");
    case ExecutionStatus::Cancelled:
        return tr("cancelled");
    case ExecutionStatus::Interrupted:
        return tr("interrupted");
    }
    return {};
}

QString StatusStyle::label(RunTrigger trigger) {
    switch (trigger) {
    case RunTrigger::Schedule:
        return tr("schedule");
    case RunTrigger::Manual:
        return tr("manual");
    case RunTrigger::Retry:
        return tr("retry");
    case RunTrigger::Api:
        return tr("API");
    case RunTrigger::CatchUp:
        return tr("catch-up");
    }
    return {};
}

QColor StatusStyle::colour(RunStatus status) {
    switch (status) {
    case RunStatus::Pending:
        return grey;
    case RunStatus::Running:
        return blue;
    case RunStatus::Succeeded:
        return green;
    case RunStatus::Failed:
        return red;
    case RunStatus::Partial:
        return amber;
    case RunStatus::Skipped:
        return grey;
    case RunStatus::Cancelled:
        return darkGrey;
    case RunStatus::Interrupted:
        return brown;
    }
    return grey;
}

QColor StatusStyle::colour(ExecutionStatus status) {
    switch (status) {
    case ExecutionStatus::Pending:
        return grey;
    case ExecutionStatus::Running:
        return blue;
    case ExecutionStatus::Succeeded:
        return green;
    case ExecutionStatus::Failed:
        return red;
    case ExecutionStatus::TimedOut:
        return orange;
    case ExecutionStatus::Unreachable:
    case ExecutionStatus::AuthFailed:
    case ExecutionStatus::HostKeyRejected:
        return purple;
    case ExecutionStatus::Cancelled:
        return darkGrey;
    case ExecutionStatus::Interrupted:
        return brown;
    }
    return grey;
}

QIcon StatusStyle::icon(const QColor &colour) {
    static QHash<QRgb, QIcon> cache;
    auto it = cache.find(colour.rgb());
    if (it != cache.end())
        return it.value();
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    painter.end();
    return cache.insert(colour.rgb(), QIcon(pixmap)).value();
}

bool StatusStyle::isFailure(RunStatus status) {
    return status == RunStatus::Failed || status == RunStatus::Partial ||
           status == RunStatus::Interrupted;
}

bool StatusStyle::isActive(RunStatus status) {
    return status == RunStatus::Pending || status == RunStatus::Running;
}

} // namespace fleetcron
