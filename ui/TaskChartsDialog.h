#pragma once

#include "service/RunService.h"

#include <QDialog>

class QChart;
class QChartView;
class QLabel;
class QSpinBox;

namespace fleetcron {

class EngineHost;

// Charts of one task over the last N days: how long each run took (a line, failures marked in
// red), and how many runs succeeded and failed per day (stacked bars). The history comes from
// RunService on the reader thread.
class TaskChartsDialog : public QDialog {
    Q_OBJECT
public:
    TaskChartsDialog(EngineHost &host, qint64 taskId, QWidget *parent = nullptr);

signals:
    // After each load, for whoever waits for the charts (tests, screenshots).
    void loaded();

private:
    void reload();
    void display(const QList<RunService::HistoryPoint> &runs, int days);
    void showDurations(const QList<RunService::HistoryPoint> &runs);
    void showDailyCounts(const QList<RunService::HistoryPoint> &runs, int days);

    EngineHost &m_host;
    qint64 m_taskId;
    QString m_taskName;
    QSpinBox *m_days = nullptr;
    QLabel *m_summary = nullptr;
    QChartView *m_durationView = nullptr;
    QChartView *m_dailyView = nullptr;
};

} // namespace fleetcron
