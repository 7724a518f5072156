// ServerDialog's "Test connection": the handshake off the GUI thread, the result, and the host
// key questions (pin a new key, re-pin a changed one). Kept apart from the form and its checks.
#include "ServerDialog.h"

#include "HostKeyQuestions.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fleetcron {

void ServerDialog::testConnection() {
    const Server server = serverFromFields();
    const std::optional<QString> secret = typedSecret();
    const QStringList jumps = jumpNames();
    m_connection->setText(tr("Connecting to %1:%2…").arg(server.host).arg(server.port));
    m_test->setEnabled(false);
    EngineHost *host = &m_host;
    // The secret store is read on the engine thread; the SSH handshake then runs on the reader
    // thread, so a slow host holds up neither the GUI nor the engine's timers. Inspect: the
    // key is shown and pinned only when the operator says so (pin()).
    m_host.call(
        this,
        [server, secret, jumps](Services &services) {
            // Through the jump hosts as they are typed, not as they were saved.
            auto withJumps = services.servers.withJumps(server, jumps);
            if (!withJumps) {
                ServerService::PreparedTest refused;
                refused.error = withJumps.error().message;
                return refused;
            }
            return services.servers.prepareTest(withJumps.value(), secret,
                                                ServerService::TestMode::Inspect);
        },
        [this, host](ServerService::PreparedTest prepared) {
            if (!prepared.error.isEmpty()) {
                m_connection->setText(prepared.error);
                validate();
                return;
            }
            host->read(
                this, [prepared](Services &) { return ServerService::runTest(prepared); },
                [this](SshConnectResult result) {
                    validate();
                    showConnectionResult(result);
                });
        });
}

void ServerDialog::showConnectionResult(const SshConnectResult &result) {
    const QString pinned = m_hostKey->text().trimmed();
    if (result.ok()) {
        m_connection->setText(tr("Connected in %1 ms (%2). Host key: %3")
                                  .arg(result.connectMs)
                                  .arg(result.authMethod, result.hostKeyFingerprint));
        if (result.hostKeyNewlyPinned)
            HostKeyQuestions::askToPin(
                this, m_hostName->text().trimmed(), result.hostKeyFingerprint,
                [this, fingerprint = result.hostKeyFingerprint](bool yes) {
                    if (yes)
                        pin(fingerprint);
                    else
                        m_connection->setText(m_connection->text() + QLatin1Char('\n') +
                                              tr("Not pinned."));
                });
        return;
    }
    if (result.status == ExecutionStatus::HostKeyRejected && !pinned.isEmpty() &&
        !result.hostKeyFingerprint.isEmpty() && result.hostKeyFingerprint != pinned) {
        m_connection->setText(tr("Host key changed: pinned %1, the server shows %2.")
                                  .arg(pinned, result.hostKeyFingerprint));
        HostKeyQuestions::askToRepin(
            this, m_hostName->text().trimmed(), pinned, result.hostKeyFingerprint,
            [this, offered = result.hostKeyFingerprint](bool yes) {
                if (yes)
                    pin(offered);
                else
                    m_connection->setText(m_connection->text() + QLatin1Char('\n') +
                                          tr("The old pin was kept; the server will be refused."));
            });
        return;
    }
    QString text = tr("Connection failed (%1): %2").arg(toString(result.status), result.message);
    if (!result.hostKeyFingerprint.isEmpty())
        text += QLatin1Char('\n') + tr("Host key: %1").arg(result.hostKeyFingerprint);
    m_connection->setText(text);
}

void ServerDialog::pin(const QString &fingerprint) {
    m_hostKey->setText(fingerprint);
    if (!m_serverId) {
        // A new server: the pin is saved with it when OK is pressed.
        m_connection->setText(tr("Host key %1 will be pinned when you save.").arg(fingerprint));
        return;
    }
    m_loaded.hostKeySha256 = fingerprint;
    const qint64 id = *m_serverId;
    m_host.call(
        this,
        [id, fingerprint](Services &services) {
            return services.servers.pinHostKey(id, fingerprint, Actor::console());
        },
        [this, fingerprint](StoreResult<Server> pinned) {
            m_connection->setText(pinned ? tr("Pinned host key %1.").arg(fingerprint)
                                         : tr("Could not pin: %1").arg(pinned.error().message));
        });
}

} // namespace fleetcron
