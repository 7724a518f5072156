#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <map>
#include <optional>

namespace fleetcron {
namespace {

// The language a LanguageScope chose on this thread, if any.
thread_local std::optional<QString> t_language;

// Qt asks every installed translator in turn; this one hands the question to the translation of
// the thread's language, or answers nothing (Qt then keeps the English source).
class SwitchingTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override {
        const auto it = m_byLanguage.find(t_language ? *t_language : m_processLanguage);
        if (it == m_byLanguage.end())
            return {};
        return it->second->translate(context, source, disambiguation, n);
    }
    // Qt skips an empty translator; this one holds its files elsewhere.
    bool isEmpty() const override { return false; }

    void load() {
        for (const QString &language : Translations::available()) {
            auto *t = new QTranslator(this);
            if (t->load(QStringLiteral(":/i18n/fleetcron_%1.qm").arg(language)))
                m_byLanguage.emplace(language, t);
            else
                delete t;
        }
    }
    bool has(const QString &language) const { return m_byLanguage.count(language) > 0; }

    // Written once at start, before other threads translate.
    QString m_processLanguage;

private:
    std::map<QString, QTranslator *> m_byLanguage;
};

SwitchingTranslator *s_translator = nullptr;

} // namespace

QString Translations::install(QCoreApplication &app, const QLocale &locale) {
    if (!s_translator) {
        s_translator = new SwitchingTranslator(&app);
        s_translator->load();
        QObject::connect(s_translator, &QObject::destroyed, s_translator,
                         [] { s_translator = nullptr; });
    }
    const QString language = pick(locale.uiLanguages());
    s_translator->m_processLanguage = s_translator->has(language) ? language : QString();
    // Installed again each time: someone may have removed it meanwhile (a language switch that
    // cleared the translators), and installing posts the LanguageChange that retranslates the
    // console. Removing first keeps it in Qt's list once.
    QCoreApplication::removeTranslator(s_translator);
    app.installTranslator(s_translator);
    return s_translator->m_processLanguage;
}

QString Translations::installFromEnvironment(QCoreApplication &app) {
    return install(app, QLocale::system());
}

QStringList Translations::available() {
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::pick(const QStringList &languages) {
    const QStringList ours = available();
    for (const QString &name : languages) {
        // "de-DE", "de_DE.UTF-8", "fr": the language is the part before the region.
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (ours.contains(language))
            return language;
        if (language == u"en" || language == u"c" || language == u"posix")
            return {};
    }
    return {};
}

QString Translations::fromAcceptLanguage(QByteArrayView header) {
    struct Choice {
        QString tag;
        double q;
    };
    QList<Choice> choices;
    for (const QByteArray &part : header.toByteArray().split(',')) {
        const QList<QByteArray> fields = part.split(';');
        const QString tag = QString::fromLatin1(fields.value(0).trimmed());
        if (tag.isEmpty() || tag == u"*")
            continue;
        double q = 1.0;
        for (const QByteArray &f : fields.mid(1)) {
            const QByteArray p = f.trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        if (q > 0)
            choices.append({tag, q});
    }
    // Highest q first; equal q keep the header's order.
    std::stable_sort(choices.begin(), choices.end(),
                     [](const Choice &a, const Choice &b) { return a.q > b.q; });
    QStringList tags;
    for (const Choice &c : choices)
        tags.append(c.tag);
    return pick(tags);
}

QString Translations::current() {
    if (t_language)
        return *t_language;
    return s_translator ? s_translator->m_processLanguage : QString();
}

LanguageScope::LanguageScope(const QString &language)
    : m_hadPrevious(t_language.has_value())
    , m_previous(t_language.value_or(QString())) {
    t_language = language;
}

LanguageScope::~LanguageScope() {
    if (m_hadPrevious)
        t_language = m_previous;
    else
        t_language.reset();
}

} // namespace fleetcron
