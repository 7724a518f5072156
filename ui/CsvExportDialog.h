#pragma once

#include "service/ReportService.h"

#include <QDialog>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace fleetcron {

class EngineHost;

// Exports executions to CSV: what the Runs view shows (its filter), or a chosen range (since,
// until, status, task, server), with or without output, to a chosen file. The export runs on
// the reader thread through ReportService (the same writer as the CLI and the API);
// the dialog polls its progress and can cancel it, and a cancelled or failed export leaves no
// file behind.
class CsvExportDialog : public QDialog {
    Q_OBJECT
public:
    CsvExportDialog(EngineHost &host, const ReportService::Filter &viewFilter,
                    QWidget *parent = nullptr);
    ~CsvExportDialog() override;

    // The filter the export will use, from the dialog's choices.
    ReportService::Filter chosenFilter() const;

signals:
    void exported(const QString &path, qint64 rows);

private:
    void startExport();
    void showProgress();
    void updateControls();
    QString describe(const ReportService::Filter &filter) const;

    struct Running;
    EngineHost &m_host;
    ReportService::Filter m_viewFilter;
    std::shared_ptr<Running> m_running;
    QTimer m_progressTimer;
    QRadioButton *m_useView = nullptr;
    QRadioButton *m_useRange = nullptr;
    QCheckBox *m_sinceOn = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QCheckBox *m_untilOn = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_task = nullptr;
    QComboBox *m_server = nullptr;
    QCheckBox *m_withOutput = nullptr;
    QLineEdit *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusText = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace fleetcron
