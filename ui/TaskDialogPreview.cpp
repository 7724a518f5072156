// TaskDialog's preview of the next fire times, as the schedule, time zone, jitter and blackout
// windows typed so far give them (the same computation the scheduler makes).
#include "TaskDialog.h"

#include "InlineErrors.h"
#include "schedule/BlackoutWindow.h"
#include "schedule/Schedule.h"
#include "scheduler/TaskTiming.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeZone>

namespace fleetcron {

void TaskDialog::updatePreview() {
    m_preview->clear();
    const Task task = taskFromFields();
    if (!m_errors->message(QStringLiteral("schedule")).isEmpty() ||
        !m_errors->message(QStringLiteral("time_zone")).isEmpty() || task.schedule.isEmpty())
        return;
    // H is hashed from the name in the dialog: the preview shows the minute it will keep.
    const ScheduleParseResult parsed = TaskTiming::scheduleOf(task);
    const QTimeZone zone = TaskTiming::zoneOf(task);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ScheduledFire &fire : parsed.schedule.nextFires(now, zone, 5, now)) {
        const QDateTime local = fire.at.toTimeZone(zone);
        QString text = QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm:ss")) +
                       QLatin1Char(' ') + zone.abbreviation(local);
        QString why;
        switch (fire.shift) {
        case DstShift::AfterGap:
            why = tr("DST gap: fires when it ends");
            break;
        case DstShift::RepeatedHour:
            why = tr("DST repeated hour: fires once");
            break;
        case DstShift::None:
            break;
        }
        auto *item = new QListWidgetItem(m_preview);
        item->setData(Qt::UserRole, int(fire.shift));
        if (!why.isEmpty()) {
            text += QStringLiteral("  ⚠ ") + why;
            item->setToolTip(fire.shift == DstShift::AfterGap
                                 ? tr("Daylight saving time: that wall time does not exist on "
                                      "this day; the task fires at the end of the gap.")
                                 : tr("Daylight saving time: that hour happens twice on this "
                                      "day; the task fires at its first occurrence only."));
            item->setForeground(QColor(0xa0, 0x50, 0x00));
        }
        item->setText(text);
    }
}

} // namespace fleetcron
