#pragma once

#include <QString>

namespace fleetcron {

// The console's own preferences, kept per user in QSettings (not in the shared database, which
// other consoles and daemons use too): the language and the database this console opens. Both
// take effect at the next start.
class ConsolePreferences {
public:
    // "" follows the system's language; else "en", "de", "fr".
    static QString language();
    static void setLanguage(const QString &code);
    // "" means the default (FLEETCRON_DB, then ~/.local/share/fleetcron/fleetcron.sqlite).
    static QString database();
    static void setDatabase(const QString &location);

    // Makes the database preference the console's default: it becomes FLEETCRON_DB unless the
    // environment already sets that, so --db and FLEETCRON_DB still win. Called before the
    // engine starts.
    static void applyDatabase();
};

} // namespace fleetcron
