#include "ConsolePreferences.h"

#include <QSettings>

namespace fleetcron {
namespace {

const QString languageKey = QStringLiteral("console/language");
const QString databaseKey = QStringLiteral("console/database");

} // namespace

QString ConsolePreferences::language() {
    return QSettings().value(languageKey).toString();
}

void ConsolePreferences::setLanguage(const QString &code) {
    QSettings().setValue(languageKey, code);
}

QString ConsolePreferences::database() {
    return QSettings().value(databaseKey).toString();
}

void ConsolePreferences::setDatabase(const QString &location) {
    QSettings().setValue(databaseKey, location.trimmed());
}

void ConsolePreferences::applyDatabase() {
    const QString preferred = database();
    if (!preferred.isEmpty() && qEnvironmentVariableIsEmpty("FLEETCRON_DB"))
        qputenv("FLEETCRON_DB", preferred.toUtf8());
}

} // namespace fleetcron
