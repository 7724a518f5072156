#include "ConsoleTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace fleetcron {

QString ConsoleTranslator::install(QCoreApplication &app, const QString &preferred) {
    const QLocale locale = preferred.isEmpty() ? QLocale::system() : QLocale(preferred);
    auto *ours = new QTranslator(&app);
    // Looks for :/i18n/fleetcron_de.qm and the like, following the locale's UI languages.
    if (!ours->load(locale, QStringLiteral("fleetcron"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return {};
    }
    app.installTranslator(ours);
    // Qt's own strings (standard buttons, file dialogs) when the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return ours->language().section(u'_', 0, 0);
}

QList<std::pair<QString, QString>> ConsoleTranslator::languages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

} // namespace fleetcron
