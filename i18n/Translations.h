#pragma once

#include <QByteArrayView>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace fleetcron {

// Fleetcron's own translations (translations/*.ts, compiled and embedded under :/i18n), for every
// face: the console, the CLI, the daemon's log and the API's errors. Qt Core only, so the
// headless build (daemon and CLI, no Qt Gui) has them too.
//
// One translator is installed on the application; it answers in the process's language, unless
// the calling thread opened a LanguageScope (the API does, per request, from Accept-Language).
class Translations {
public:
    // Installs the translator on `app` (as its child) for `locale`'s first language Fleetcron
    // has. Returns that language ("de", "fr"), or "" for English. Calling it again changes the
    // language.
    static QString install(QCoreApplication &app, const QLocale &locale);
    // The same for the environment's language: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, read by Qt
    // from the names alone (no system locale needs to be installed).
    static QString installFromEnvironment(QCoreApplication &app);
    // The languages translated, besides English: {"de", "fr"}.
    static QStringList available();
    // The first language Fleetcron has among `languages` (BCP 47 or POSIX names, best first),
    // "" for English or none.
    static QString pick(const QStringList &languages);
    // The best language of an HTTP Accept-Language header ("de-DE,de;q=0.9,en;q=0.8"), by its
    // q values; "" for English, none of ours, or no header.
    static QString fromAcceptLanguage(QByteArrayView header);
    // The language the calling thread translates into now ("" English).
    static QString current();
};

// For its lifetime, QCoreApplication::translate on this thread answers in `language` ("" for
// English) instead of the process's language. Nests; restores the previous choice at the end.
class LanguageScope {
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    bool m_hadPrevious;
    QString m_previous;
};

} // namespace fleetcron
