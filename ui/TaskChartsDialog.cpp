#include "TaskChartsDialog.h"

#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fleetcron {
namespace {

struct History {
    QString taskName;
    QList<RunService::HistoryPoint> runs;
    QString error;
};

QChartView *chartView(const char *name) {
    auto *view = new QChartView(new QChart);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(560, 260);
    return view;
}

} // namespace

TaskChartsDialog::TaskChartsDialog(EngineHost &host, qint64 taskId, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_taskId(taskId) {
    setObjectName(QStringLiteral("TaskChartsDialog"));
    setWindowTitle(tr("Task history"));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(1, 366);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_summary = new QLabel(tr("Loading…"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_durationView = chartView("durationChart");
    m_dailyView = chartView("dailyChart");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskChartsDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Last")));
    top->addWidget(m_days);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_durationView, 1);
    layout->addWidget(m_dailyView, 1);
    layout->addWidget(buttons);
    if (auto *label = qobject_cast<QLabel *>(top->itemAt(0)->widget()))
        label->setBuddy(m_days);
    connect(m_days, &QSpinBox::valueChanged, this, &TaskChartsDialog::reload);
    reload();
}

void TaskChartsDialog::reload() {
    const int days = m_days->value();
    const qint64 taskId = m_taskId;
    // Whole days on the operator's calendar: from midnight `days - 1` days ago.
    const QDateTime since(QDate::currentDate().addDays(-(days - 1)), QTime(0, 0));
    m_host.read(
        this,
        [taskId, since](Services &services) {
            History h;
            auto task = services.tasks.find(taskId);
            if (!task) {
                h.error = task.error().toString();
                return h;
            }
            h.taskName = task->name;
            auto runs = services.runs.history(taskId, since.toUTC());
            if (!runs)
                h.error = runs.error().toString();
            else
                h.runs = runs.value();
            return h;
        },
        [this, days](History h) {
            if (!h.error.isEmpty()) {
                m_summary->setText(h.error);
                emit loaded();
                return;
            }
            m_taskName = h.taskName;
            setWindowTitle(tr("History of %1").arg(h.taskName));
            display(h.runs, days);
            emit loaded();
        });
}

void TaskChartsDialog::display(const QList<RunService::HistoryPoint> &runs, int days) {
    int failed = 0;
    for (const auto &run : runs)
        failed += run.isFailure() ? 1 : 0;
    m_summary->setText(
        tr("%1 runs in the last %2 days, %3 failed").arg(runs.size()).arg(days).arg(failed));
    showDurations(runs);
    showDailyCounts(runs, days);
}

void TaskChartsDialog::showDurations(const QList<RunService::HistoryPoint> &runs) {
    auto *chart = new QChart;
    chart->setTitle(tr("Duration per run"));
    auto *line = new QLineSeries;
    line->setName(tr("Duration (s)"));
    line->setObjectName(QStringLiteral("durations"));
    auto *failures = new QScatterSeries;
    failures->setName(tr("Failed"));
    failures->setObjectName(QStringLiteral("failures"));
    failures->setColor(QColor(0xc6, 0x28, 0x28));
    failures->setMarkerSize(9);
    line->setPointsVisible(true);
    double longest = 1;
    for (const auto &run : runs) {
        if (!run.durationMs)
            continue;
        const double x = double(run.startedAt.toMSecsSinceEpoch());
        const double seconds = double(*run.durationMs) / 1000.0;
        longest = qMax(longest, seconds);
        line->append(x, seconds);
        if (run.isFailure())
            failures->append(x, seconds);
    }
    chart->addSeries(line);
    chart->addSeries(failures);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd HH:mm"));
    x->setTitleText(tr("Started"));
    if (line->count() > 0) {
        x->setRange(
            QDateTime::fromMSecsSinceEpoch(qint64(line->at(0).x())).addSecs(-60),
            QDateTime::fromMSecsSinceEpoch(qint64(line->at(line->count() - 1).x())).addSecs(60));
    }
    auto *y = new QValueAxis;
    y->setTitleText(tr("Seconds"));
    y->setRange(0, longest * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart *old = m_durationView->chart();
    m_durationView->setChart(chart);
    delete old;
}

void TaskChartsDialog::showDailyCounts(const QList<RunService::HistoryPoint> &runs, int days) {
    const QDate first = QDate::currentDate().addDays(-(days - 1));
    const auto counts = RunService::perDay(runs, first, days, QTimeZone::systemTimeZone());
    auto *chart = new QChart;
    chart->setTitle(tr("Runs per day, %1 to %2")
                        .arg(QLocale().toString(first, QLocale::ShortFormat),
                             QLocale().toString(first.addDays(days - 1), QLocale::ShortFormat)));
    auto *ok = new QBarSet(tr("Succeeded"));
    ok->setObjectName(QStringLiteral("succeededPerDay"));
    ok->setColor(QColor(0x2e, 0x7d, 0x32));
    auto *bad = new QBarSet(tr("Failed"));
    bad->setObjectName(QStringLiteral("failedPerDay"));
    bad->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    int highest = 1;
    for (const auto &day : counts) {
        *ok << day.succeeded;
        *bad << day.failed;
        // Day of the month only: thirty bars leave no room for more.
        labels << QString::number(day.day.day());
        highest = qMax(highest, day.succeeded + day.failed);
    }
    auto *bars = new QStackedBarSeries;
    bars->setObjectName(QStringLiteral("perDay"));
    bars->append(ok);
    bars->append(bad);
    chart->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    // Beyond two weeks the day labels no longer fit under the bars: the title names the range,
    // and hovering a bar tells its day.
    x->setLabelsVisible(days <= 14);
    const auto hovered = [this, counts](bool on, int index) {
        if (on && index >= 0 && index < counts.size())
            m_dailyView->setToolTip(
                tr("%1: %2 succeeded, %3 failed")
                    .arg(QLocale().toString(counts.at(index).day, QLocale::ShortFormat))
                    .arg(counts.at(index).succeeded)
                    .arg(counts.at(index).failed));
        else
            m_dailyView->setToolTip(QString());
    };
    connect(bars, &QStackedBarSeries::hovered, this,
            [hovered](bool on, int index, QBarSet *) { hovered(on, index); });
    auto *y = new QValueAxis;
    y->setRange(0, highest);
    y->setLabelFormat(QStringLiteral("%d"));
    if (highest <= 10)
        y->setTickCount(highest + 1); // a grid line per run, so the labels are whole numbers
    else
        y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    QChart *old = m_dailyView->chart();
    m_dailyView->setChart(chart);
    delete old;
}

} // namespace fleetcron
