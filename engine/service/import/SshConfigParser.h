#pragma once

#include "ImportPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fleetcron {

// Reads an OpenSSH client config (ssh_config(5)) into the hosts it names, with ssh's rules:
// keywords are case-insensitive, "Key value" or "Key=value", quoted values; for each host the
// first value found wins, going through every block whose Host patterns match it (so a
// `Host *` at the end gives defaults, one at the top overrides). Pure: Include goes through
// the reader it is given.
//   Host a b          one server per name without wildcards (a and b);
//   Host web* !x      a pattern, not a server: reported, its options applied where it matches;
//   Match …           reported, not evaluated (its options are not applied);
//   HostName (%h = the alias), Port, User, IdentityFile (the first; ~ expanded) are imported;
//   ProxyJump is kept as written (the importer maps it to jump hosts it knows);
//   ProxyCommand is reported per host (not supported);
//   other keywords are reported once per block as not imported.
class SshConfigParser {
public:
    struct IncludedFile {
        QString path;
        QString text;
    };
    // Expands one Include argument (relative paths are under ~/.ssh; globs allowed) into the
    // files it names, in order; an unreadable file is an error message instead.
    using IncludeReader =
        std::function<QList<IncludedFile>(const QString &pattern, QString *error)>;

    struct Host {
        int line = 0;
        QString source; // the included file it came from, empty for the main text
        QString alias;
        QString hostName;
        int port = 22;
        QString user;
        QString identityFile;
        QString proxyJump;
        QStringList notes;
    };
    struct Result {
        QList<Host> hosts;
        QList<ImportNote> skipped;
        QList<ImportNote> errors;
    };

    // `home` expands "~" in IdentityFile; `includes` may be empty (Include is then reported).
    static Result parse(const QString &text, const QString &home,
                        const IncludeReader &includes = {});

    // The reader the CLI uses: files on this machine, relative to `sshDir` (~/.ssh).
    static IncludeReader fileReader(const QString &sshDir);

    // ssh's pattern match: * and ? wildcards, whole string, case-sensitive.
    static bool matches(const QString &pattern, const QString &name);
};

} // namespace fleetcron
