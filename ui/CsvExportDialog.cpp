#include "CsvExportDialog.h"

#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

struct Choices {
    QList<std::pair<qint64, QString>> tasks;
    QList<std::pair<qint64, QString>> servers;
    QString error;
};

const QList<ExecutionStatus> allStatuses{
    ExecutionStatus::Pending,     ExecutionStatus::Running,         ExecutionStatus::Succeeded,
    ExecutionStatus::Failed,      ExecutionStatus::TimedOut,        ExecutionStatus::Unreachable,
    ExecutionStatus::AuthFailed,  ExecutionStatus::HostKeyRejected, ExecutionStatus::Cancelled,
    ExecutionStatus::Interrupted,
};

} // namespace

// What one export shares with its reader-thread job: the progress counters and the outcome.
struct CsvExportDialog::Running {
    ReportService::Progress progress;
};

CsvExportDialog::CsvExportDialog(EngineHost &host, const ReportService::Filter &viewFilter,
                                 QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_viewFilter(viewFilter) {
    setObjectName(QStringLiteral("CsvExportDialog"));
    setWindowTitle(tr("Export executions as CSV"));

    m_useView = new QRadioButton(tr("What the Runs view shows: %1").arg(describe(viewFilter)));
    m_useView->setObjectName(QStringLiteral("useViewFilter"));
    m_useView->setChecked(true);
    m_useRange = new QRadioButton(tr("A chosen range:"));
    m_useRange->setObjectName(QStringLiteral("useRange"));

    auto *range = new QGroupBox;
    auto *rangeForm = new QFormLayout(range);
    const QDateTime now = QDateTime::currentDateTime();
    auto timeRow = [&](const char *check, const char *edit, const QString &label,
                       const QDateTime &initial, QCheckBox *&on, QDateTimeEdit *&time) {
        on = new QCheckBox(label);
        on->setObjectName(QString::fromLatin1(check));
        time = new QDateTimeEdit(initial);
        time->setObjectName(QString::fromLatin1(edit));
        time->setCalendarPopup(true);
        time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        rangeForm->addRow(on, time);
        connect(on, &QCheckBox::toggled, this, &CsvExportDialog::updateControls);
    };
    timeRow("sinceEnabled", "since", tr("&Since"), now.addDays(-7), m_sinceOn, m_since);
    timeRow("untilEnabled", "until", tr("&Until"), now, m_untilOn, m_until);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Any"), QString());
    for (ExecutionStatus s : allStatuses)
        m_status->addItem(toString(s), toString(s));
    rangeForm->addRow(tr("S&tatus:"), m_status);
    m_task = new QComboBox;
    m_task->setObjectName(QStringLiteral("task"));
    m_task->addItem(tr("Any"), qint64(0));
    rangeForm->addRow(tr("Tas&k:"), m_task);
    m_server = new QComboBox;
    m_server->setObjectName(QStringLiteral("server"));
    m_server->addItem(tr("Any"), qint64(0));
    rangeForm->addRow(tr("Ser&ver:"), m_server);

    m_withOutput = new QCheckBox(tr("Include stdout and stderr"));
    m_withOutput->setObjectName(QStringLiteral("withOutput"));

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(QDir::home().filePath(QStringLiteral("executions.csv")));
    m_file->setObjectName(QStringLiteral("file"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseFile"));
    fileRow->addWidget(new QLabel(tr("&File:")));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_statusText = new QLabel;
    m_statusText->setObjectName(QStringLiteral("exportStatus"));
    m_statusText->setWordWrap(true);

    auto *buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancel = buttons->addButton(tr("&Cancel export"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_export, &QPushButton::clicked, this, &CsvExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->progress.cancel = true;
    });
    connect(m_close, &QPushButton::clicked, this, &CsvExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_useView);
    layout->addWidget(m_useRange);
    layout->addWidget(range);
    layout->addWidget(m_withOutput);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_statusText);
    layout->addWidget(buttons);

    connect(m_useView, &QRadioButton::toggled, this, &CsvExportDialog::updateControls);
    connect(m_file, &QLineEdit::textChanged, this, &CsvExportDialog::updateControls);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &CsvExportDialog::showProgress);
    updateControls();

    m_host.read(
        this,
        [](Services &services) {
            Choices c;
            auto tasks = services.tasks.list();
            auto servers = services.servers.list();
            if (!tasks || !servers) {
                c.error = !tasks ? tasks.error().toString() : servers.error().toString();
                return c;
            }
            for (const Task &t : tasks.value())
                c.tasks.append({t.id, t.name});
            for (const Server &s : servers.value())
                c.servers.append({s.id, s.name});
            return c;
        },
        [this](Choices c) {
            if (!c.error.isEmpty())
                m_statusText->setText(c.error);
            for (const auto &[id, name] : c.tasks)
                m_task->addItem(name, id);
            for (const auto &[id, name] : c.servers)
                m_server->addItem(name, id);
        });
}

CsvExportDialog::~CsvExportDialog() {
    // The job may still run on the reader thread: it stops at its next row and drops the file.
    if (m_running)
        m_running->progress.cancel = true;
}

QString CsvExportDialog::describe(const ReportService::Filter &f) const {
    QStringList parts;
    if (f.taskId > 0)
        parts << tr("task %1").arg(f.taskId);
    if (f.serverId > 0)
        parts << tr("server %1").arg(f.serverId);
    if (f.runId > 0)
        parts << tr("run %1").arg(f.runId);
    if (f.status)
        parts << tr("status %1").arg(toString(*f.status));
    if (f.from.isValid())
        parts << tr("since %1").arg(QLocale().toString(f.from.toLocalTime(), QLocale::ShortFormat));
    if (f.to.isValid())
        parts << tr("until %1").arg(QLocale().toString(f.to.toLocalTime(), QLocale::ShortFormat));
    return parts.isEmpty() ? tr("all executions") : parts.join(QStringLiteral(", "));
}

ReportService::Filter CsvExportDialog::chosenFilter() const {
    ReportService::Filter f;
    if (m_useView->isChecked()) {
        f = m_viewFilter;
    } else {
        if (m_sinceOn->isChecked())
            f.from = m_since->dateTime().toUTC();
        if (m_untilOn->isChecked())
            f.to = m_until->dateTime().toUTC();
        if (const QString s = m_status->currentData().toString(); !s.isEmpty())
            f.status = enumFromString<ExecutionStatus>(s);
        f.taskId = m_task->currentData().toLongLong();
        f.serverId = m_server->currentData().toLongLong();
    }
    f.withOutput = m_withOutput->isChecked();
    return f;
}

void CsvExportDialog::updateControls() {
    const bool running = m_running != nullptr;
    const bool range = m_useRange->isChecked();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_sinceOn, m_untilOn, m_status, m_task, m_server})
        w->setEnabled(range && !running);
    m_since->setEnabled(range && !running && m_sinceOn->isChecked());
    m_until->setEnabled(range && !running && m_untilOn->isChecked());
    m_useView->setEnabled(!running);
    m_useRange->setEnabled(!running);
    m_withOutput->setEnabled(!running);
    m_file->setEnabled(!running);
    m_export->setEnabled(!running && !m_file->text().trimmed().isEmpty());
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
}

void CsvExportDialog::startExport() {
    if (m_running)
        return;
    const ReportService::Filter filter = chosenFilter();
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from) {
        m_statusText->setText(tr("'Until' must be after 'Since'."));
        return;
    }
    const QString path = QFileInfo(m_file->text().trimmed()).absoluteFilePath();
    if (!QFileInfo(path).dir().exists()) {
        m_statusText->setText(tr("The folder %1 does not exist.").arg(QFileInfo(path).path()));
        return;
    }
    auto running = std::make_shared<Running>();
    m_running = running;
    m_progress->setRange(0, 0); // busy until the rows are counted
    m_statusText->setText(tr("Exporting…"));
    updateControls();
    m_progressTimer.start();
    m_host.read(
        this,
        [running, filter, path](Services &services) {
            return services.reports.exportToFile(filter, filter.withOutput, path,
                                                 &running->progress);
        },
        [this, path](ReportService::Outcome outcome) {
            m_progressTimer.stop();
            m_running.reset();
            m_progress->setRange(0, 1);
            m_progress->setValue(outcome.error.isEmpty() && !outcome.cancelled ? 1 : 0);
            if (outcome.cancelled)
                m_statusText->setText(tr("Cancelled; no file was written."));
            else if (!outcome.error.isEmpty())
                m_statusText->setText(tr("Export failed: %1").arg(outcome.error));
            else
                m_statusText->setText(tr("Exported %1 executions to %2.")
                                          .arg(outcome.rows)
                                          .arg(QDir::toNativeSeparators(path)));
            updateControls();
            if (outcome.error.isEmpty() && !outcome.cancelled)
                emit exported(path, outcome.rows);
        });
}

void CsvExportDialog::showProgress() {
    if (!m_running)
        return;
    const qint64 total = m_running->progress.total.load();
    const qint64 done = m_running->progress.rowsWritten.load();
    if (total < 0)
        return;
    // QProgressBar counts in int; scale so a report of billions of rows still fits.
    const qint64 scale = total > INT_MAX ? total / INT_MAX + 1 : 1;
    m_progress->setRange(0, int(qMax<qint64>(1, total / scale)));
    m_progress->setValue(int(qMin(done, total) / scale));
    m_statusText->setText(tr("%1 of %2 executions written…").arg(done).arg(total));
}

} // namespace fleetcron
