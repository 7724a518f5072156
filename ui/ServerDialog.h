#pragma once

#include "model/Server.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fleetcron {

class EngineHost;
class InlineErrors;
struct SshConnectResult;

// Adds or edits a server: every field of the model, each checked as it is typed with the reason
// beside it, OK only while all are fine. Saving goes through ServerService on the engine thread
// (the password or passphrase to the secret store, nothing half-saved). "Test connection"
// connects off the GUI thread, shows the host key and asks before pinning it; a key that
// differs from the pin is shown with both fingerprints and re-pinned only when confirmed.
class ServerDialog : public QDialog {
    Q_OBJECT
public:
    ServerDialog(EngineHost &host, std::optional<qint64> serverId, QWidget *parent = nullptr);

    void accept() override;

signals:
    void saved(const fleetcron::Server &server);

private:
    void buildForm();
    void load(const Server &server);
    void validate();
    Server serverFromFields() const;
    std::optional<QString> typedSecret() const;
    QStringList jumpNames() const;
    void updateAuthFields();
    void testConnection();
    void showConnectionResult(const SshConnectResult &result);
    void pin(const QString &fingerprint);
    void setBusy(bool busy);

    EngineHost &m_host;
    std::optional<qint64> m_serverId;
    Server m_loaded;
    bool m_loading = false;
    bool m_busy = false;
    InlineErrors *m_errors = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_hostName = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QPushButton *m_browseKey = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_policy = nullptr;
    QLineEdit *m_hostKey = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_jumps = nullptr; // jump host names, first hop first
    QSpinBox *m_maxParallel = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace fleetcron
