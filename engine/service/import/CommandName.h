#pragma once

#include <QSet>
#include <QString>

namespace fleetcron {

// A readable task name for an imported command line: the program (past wrappers such as nice,
// sudo -u x, env VAR=1 and interpreters such as bash or python3), then its first argument,
// as lowercase words joined by '-': "/usr/local/bin/backup.sh --full /srv" → "backup-srv",
// "cd /var/www && php artisan schedule:run" → "artisan-schedule-run". At most 40 characters.
class CommandName {
public:
    static QString derive(const QString &command);
    // `base` if not in `taken`, else base-2, base-3, …; the name returned is added to `taken`.
    static QString unique(const QString &base, QSet<QString> &taken);
    // Lowercase letters and digits, other runs of characters as one '-'.
    static QString slug(const QString &text);
};

} // namespace fleetcron
