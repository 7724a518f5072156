#include "SshAuthenticator.h"

#include "SshSessionPrivate.h"

#include <libssh/libssh.h>

#include <QFileInfo>
#include <QStringList>

namespace fleetcron {
namespace {

QString authMethodNames(int mask) {
    QStringList names;
    if (mask & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (mask & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (mask & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (mask & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (mask & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.isEmpty() ? QStringLiteral("nothing") : names.join(QStringLiteral(", "));
}

} // namespace

SshAuthenticator::SshAuthenticator(SshSessionPrivate &session)
    : m_session(session) {}

bool SshAuthenticator::authenticate(SshConnectResult &r) {
    ssh_session session = m_session.session;
    const SshTarget &target = m_session.target;
    const QString who = QStringLiteral("%1 on %2").arg(target.username, target.displayName());
    int rc = ssh_userauth_none(session, nullptr);
    if (rc == SSH_AUTH_SUCCESS) {
        m_session.authMethod = QStringLiteral("none");
        return true;
    }
    if (rc == SSH_AUTH_ERROR && !m_session.alive()) {
        r.status = ExecutionStatus::Unreachable;
        r.message = QStringLiteral("%1 closed the connection before authentication: %2")
                        .arg(target.displayName(), m_session.lastError());
        return false;
    }
    const int offered = ssh_userauth_list(session, nullptr);
    QStringList tried;
    QString hint;
    rc = SSH_AUTH_DENIED;

    switch (target.auth) {
    case AuthMethod::Key: {
        tried << QStringLiteral("publickey with %1").arg(target.keyPath);
        if (target.keyPath.isEmpty()) {
            hint = QStringLiteral("no key file is set for the server");
            break;
        }
        const QByteArray path = QFileInfo(target.keyPath).absoluteFilePath().toLocal8Bit();
        const QByteArray passphrase = target.keyPassphrase.toUtf8();
        ssh_key priv = nullptr;
        if (ssh_pki_import_privkey_file(path.constData(),
                                        passphrase.isEmpty() ? nullptr : passphrase.constData(),
                                        nullptr, nullptr, &priv) != SSH_OK) {
            hint = QFileInfo::exists(target.keyPath)
                       ? QStringLiteral("cannot load the private key %1: wrong passphrase, or "
                                        "not a private key")
                             .arg(target.keyPath)
                       : QStringLiteral("the key file %1 does not exist").arg(target.keyPath);
            break;
        }
        if (offered & SSH_AUTH_METHOD_PUBLICKEY)
            rc = ssh_userauth_publickey(session, nullptr, priv);
        ssh_key_free(priv);
        if (rc == SSH_AUTH_SUCCESS)
            m_session.authMethod = QStringLiteral("publickey");
        else
            hint = QStringLiteral("check that its public key is in %1's authorized_keys")
                       .arg(target.username);
        break;
    }
    case AuthMethod::Agent: {
        QByteArray socket = target.agentSocket.toLocal8Bit();
        if (socket.isEmpty())
            socket = qgetenv("SSH_AUTH_SOCK");
        tried << QStringLiteral("publickey via ssh-agent");
        if (socket.isEmpty()) {
            hint = QStringLiteral("no ssh-agent: SSH_AUTH_SOCK is not set for the engine");
            break;
        }
        ssh_options_set(session, SSH_OPTIONS_IDENTITY_AGENT, socket.constData());
        if (offered & SSH_AUTH_METHOD_PUBLICKEY)
            rc = ssh_userauth_agent(session, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            m_session.authMethod = QStringLiteral("agent");
        else
            hint = QStringLiteral("check that the agent at %1 holds a key authorized for %2")
                       .arg(QString::fromLocal8Bit(socket), target.username);
        break;
    }
    case AuthMethod::Password: {
        if (offered & SSH_AUTH_METHOD_PASSWORD) {
            tried << QStringLiteral("password");
            const QByteArray pw = target.password.toUtf8();
            rc = ssh_userauth_password(session, nullptr, pw.constData());
            if (rc == SSH_AUTH_SUCCESS)
                m_session.authMethod = QStringLiteral("password");
        }
        // Servers that hand passwords to PAM often offer only keyboard-interactive.
        if (rc != SSH_AUTH_SUCCESS && (offered & SSH_AUTH_METHOD_INTERACTIVE) &&
            m_session.alive()) {
            tried << QStringLiteral("keyboard-interactive");
            if (keyboardInteractive()) {
                rc = SSH_AUTH_SUCCESS;
                m_session.authMethod = QStringLiteral("keyboard-interactive");
            }
        }
        if (rc != SSH_AUTH_SUCCESS)
            hint = tried.isEmpty() ? QStringLiteral("use a key or the agent instead")
                                   : QStringLiteral("check the stored password");
        break;
    }
    }
    if (rc == SSH_AUTH_SUCCESS)
        return true;

    r.status = ExecutionStatus::AuthFailed;
    QString message = QStringLiteral("authentication as %1 failed: tried %2; the server offers %3")
                          .arg(who,
                               tried.isEmpty() ? QStringLiteral("nothing it accepts")
                                               : tried.join(QStringLiteral(", ")),
                               authMethodNames(offered));
    if (rc == SSH_AUTH_PARTIAL)
        message += QStringLiteral("; the server wants a second method after it, which is not "
                                  "supported");
    if (!hint.isEmpty())
        message += QStringLiteral("; ") + hint;
    r.message = message;
    return false;
}

bool SshAuthenticator::keyboardInteractive() {
    ssh_session session = m_session.session;
    const SshTarget &target = m_session.target;
    const QByteArray pw = target.password.toUtf8();
    int rc = ssh_userauth_kbdint(session, nullptr, nullptr);
    // PAM may ask several rounds (some with no prompt at all); a bound keeps a confused server
    // from looping forever.
    for (int round = 0; rc == SSH_AUTH_INFO && round < 8; ++round) {
        const int prompts = ssh_userauth_kbdint_getnprompts(session);
        for (int i = 0; i < prompts; ++i) {
            char echo = 0;
            const QString prompt =
                QString::fromUtf8(ssh_userauth_kbdint_getprompt(session, unsigned(i), &echo));
            // A hidden prompt is the password; an echoed one we cannot answer.
            const bool isPassword =
                !echo || prompt.contains(QLatin1String("assword"), Qt::CaseInsensitive);
            ssh_userauth_kbdint_setanswer(session, unsigned(i), isPassword ? pw.constData() : "");
        }
        rc = ssh_userauth_kbdint(session, nullptr, nullptr);
    }
    return rc == SSH_AUTH_SUCCESS;
}

} // namespace fleetcron
