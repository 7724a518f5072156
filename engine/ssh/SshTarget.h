#pragma once

#include "model/Server.h"
#include "model/Statuses.h"

#include <QString>

#include <vector>

namespace fleetcron {

// Everything needed to open an authenticated SSH session to one server. The caller (executor,
// CLI `server test`) fills it from a Server plus its secret; nothing here reads the secret
// store or the database, so the SSH layer can be tested against a bare sshd.
struct SshTarget {
    static constexpr int defaultConnectTimeoutMs = 10'000;
    // OpenSSH refuses the 11th concurrent channel (MaxSessions 10); staying below it leaves
    // room for the second channel that kills a timed-out command.
    static constexpr int defaultChannelLimit = 8;

    qint64 serverId = 0;
    QString name; // used in messages: "host key for web1 changed…"
    QString host;
    int port = 22;
    QString username;
    AuthMethod auth = AuthMethod::Agent;
    QString password;      // Password auth: tried as "password", then "keyboard-interactive"
    QString keyPath;       // Key auth: private key file
    QString keyPassphrase; // Key auth: empty when the key is not encrypted
    QString agentSocket;   // Agent auth: empty means $SSH_AUTH_SOCK
    QString pinnedHostKey; // "SHA256:…", empty until first contact
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::AcceptNew;
    int connectTimeoutMs = defaultConnectTimeoutMs; // TCP connect, handshake and auth
    int channelLimit = defaultChannelLimit;         // concurrent channels on one connection
    // Jump hosts (ssh's ProxyJump), first hop first: the first is connected to directly, each
    // next one and this target through the one before. Each hop has its own address, auth and
    // host-key pin; their own `jumps` are empty (the chain is already spelled out here).
    // connectTimeoutMs bounds the whole chain.
    std::vector<SshTarget> jumps;

    // `secret` is the password for password auth, the key passphrase for key auth.
    static SshTarget fromServer(const Server &server, const QString &secret = {});

    // "web1" when named, else "root@10.0.0.5:22": what an operator recognises in a message.
    QString displayName() const;
    // "127.0.0.1:2222": where the TCP connection goes.
    QString address() const;
    // The last hop as a target of its own, reached through the hops before it.
    SshTarget lastHop() const;
};

} // namespace fleetcron
