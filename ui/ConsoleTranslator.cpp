#include "ConsoleTranslator.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fleetcron {

QString ConsoleTranslator::install(QCoreApplication &app, const QString &preferred) {
    const QLocale locale = preferred.isEmpty() ? QLocale::system() : QLocale(preferred);
    // Fleetcron's own strings, the engine's refusals included: the same translator as the CLI's.
    const QString language = Translations::install(app, locale);
    if (language.isEmpty())
        return {};
    // Qt's own strings (standard buttons, file dialogs) when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return language;
}

QList<std::pair<QString, QString>> ConsoleTranslator::languages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

} // namespace fleetcron
