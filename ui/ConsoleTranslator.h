#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace fleetcron {

// Loads the console's translation (embedded as resources under :/i18n) and Qt's own, for the
// language chosen in the settings, else the system's. English needs no file.
class ConsoleTranslator {
public:
    // Installs the translators on `app` (they are its children). Returns the language used
    // ("de", "fr"), or "" for English.
    static QString install(QCoreApplication &app, const QString &preferred);
    // Languages offered in the settings: code and name in its own language.
    static QList<std::pair<QString, QString>> languages();
};

} // namespace fleetcron
