#pragma once

#include "SecretStore.h"

#include <QString>

namespace fleetcron {

// Secrets in the desktop keychain (Secret Service: GNOME Keyring, KWallet) through QtKeychain.
//
// QtKeychain's jobs are asynchronous and its job queue is a process-wide singleton that is not
// thread-safe and belongs to the thread that first used it. So every job of every
// KeychainSecretStore runs on one dedicated thread, private to this class, that lives until the
// process exits. A call posts the job to that thread and waits on a future with a timeout: the
// caller blocks without running a nested event loop, and the libsecret callbacks are dispatched
// by the keychain thread's own (GLib) event loop, so nothing depends on the GUI thread.
// A keychain that stays locked (nobody answers the unlock prompt) turns into a Failed result
// after the timeout instead of a hung worker.
//
// Side effect worth knowing: libsecret's GDBus connection to the session bus is "exit on close",
// so if the session bus dies GLib raises SIGTERM in this process, which the daemon treats as an
// ordinary stop. That is what a desktop session ending looks like anyway.
//
// libsecret delivers its answers through GLib's main context, which Qt's default (GLib) event
// dispatcher runs; with QT_NO_GLIB set they would never arrive, so calls then fail at once with
// that reason (and the factory picks the file store).
//
// Nothing else in the process may use QtKeychain from another thread (its queue would then live
// there); this class is the only user.
class KeychainSecretStore final : public SecretStore {
public:
    // service: the name entries are filed under in the keychain (one per program or test).
    explicit KeychainSecretStore(QString service = QStringLiteral("fleetcron"),
                                 int timeoutMs = 30000);

    SecretResult store(const QString &key, const QString &secret) override;
    SecretResult read(const QString &key) override;
    SecretResult remove(const QString &key) override;
    QString description() const override;

private:
    const QString m_service;
    const int m_timeoutMs;
};

} // namespace fleetcron
