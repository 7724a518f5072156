#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fleetcron {

class EngineHost;

// Settings in two places, said so in the dialog: the shared engine settings (concurrency,
// default output cap, retention, engine lease) live in the database through SettingsService, so
// every engine on it follows them; this console's own preferences (language, which database to
// open) live in QSettings and take effect at the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(EngineHost &host, QWidget *parent = nullptr);

    void accept() override;

private:
    void setBusy(bool busy);

    EngineHost &m_host;
    bool m_loaded = false;
    QLineEdit *m_database = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_globalLimit = nullptr;
    QSpinBox *m_outputCapKiB = nullptr;
    QSpinBox *m_retentionDays = nullptr;
    QSpinBox *m_retentionRuns = nullptr;
    QSpinBox *m_leaseSeconds = nullptr;
    QPlainTextEdit *m_blackouts = nullptr; // global blackout windows, one per line
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fleetcron
