// The .ts files in translations/ are what every face ships (compiled and embedded): the console,
// the CLI, the daemon's log, the API's errors. A string left unfinished shows English in the
// middle of German; a vanished or obsolete one, or one of the sources missing from a file, means
// the file was not updated after the sources changed (`cmake --build build --target
// update_translations`). Each fails here. The translator itself (the language picked from the
// environment or an Accept-Language header, per thread) is checked at the end.
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the key
    QString type;    // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *error) {
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = Entry{};
            entry.context = context;
            entry.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"comment") {
            entry.comment = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (entry.numerus) {
                while (xml.readNextStartElement())
                    entry.translations << xml.readElementText();
            } else {
                entry.translations << xml.readElementText();
            }
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QString keyOf(const Entry &e) {
    return e.context + u'\x1f' + e.source + u'\x1f' + e.comment;
}

QSet<QString> keysOf(const QList<Entry> &entries) {
    QSet<QString> keys;
    for (const Entry &e : entries)
        keys << keyOf(e);
    return keys;
}

QString describe(const QString &key) {
    const QStringList parts = key.split(u'\x1f');
    return QStringLiteral("%1: \"%2\"").arg(parts.value(0), parts.value(1));
}

QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyEntryIsTranslated_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(FLEETCRON_TS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("fleetcron_*.ts")});
        QVERIFY(files.contains(QStringLiteral("fleetcron_de.ts")));
        QVERIFY(files.contains(QStringLiteral("fleetcron_fr.ts")));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void everyEntryIsTranslated() {
        QFETCH(QString, path);
        QString error;
        const QList<Entry> entries = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 50);
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(e.context, e.source);
            if (!e.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(where, e.type);
                continue;
            }
            for (const QString &t : e.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("%1 has an empty translation").arg(where);
                else if (placeholders(t) != placeholders(e.source))
                    problems << QStringLiteral("%1: the translation \"%2\" does not keep the "
                                               "placeholders")
                                    .arg(where, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every string the sources mark (lupdate run afresh over the same files as
    // update_translations) has its entry in each file, and no file keeps one the sources lost.
    void everyStringOfTheSourcesIsInEachFile() {
        QTemporaryDir dir;
        const QString probe = dir.filePath(QStringLiteral("probe.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(FLEETCRON_LUPDATE),
                      {QStringLiteral("@" FLEETCRON_I18N_SOURCES_LIST), QStringLiteral("-ts"),
                       probe, QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-silent")});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        const QSet<QString> wanted = keysOf(readTs(probe, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The sources of every face: the console's, the CLI's, the API's and the engine's.
        QVERIFY(wanted.size() > 400);
        const QDir ts(QStringLiteral(FLEETCRON_TS_DIR));
        QStringList problems;
        for (const QString &file :
             {QStringLiteral("fleetcron_de.ts"), QStringLiteral("fleetcron_fr.ts")}) {
            const QSet<QString> have = keysOf(readTs(ts.filePath(file), &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const QString &key : wanted - have)
                problems << QStringLiteral("%1 lacks %2").arg(file, describe(key));
            for (const QString &key : have - wanted)
                problems
                    << QStringLiteral("%1 keeps %2, which no source has").arg(file, describe(key));
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The language from the environment's names, from Accept-Language, and per thread.
    void picksTheLanguage() {
        using fleetcron::Translations;
        QCOMPARE(Translations::pick({QStringLiteral("de_DE.UTF-8")}), QStringLiteral("de"));
        QCOMPARE(Translations::pick({QStringLiteral("fr-CA"), QStringLiteral("de")}),
                 QStringLiteral("fr"));
        QCOMPARE(Translations::pick({QStringLiteral("es"), QStringLiteral("de")}),
                 QStringLiteral("de"));
        QCOMPARE(Translations::pick({QStringLiteral("en-US"), QStringLiteral("de")}), QString());
        QCOMPARE(Translations::pick({QStringLiteral("C")}), QString());
        QCOMPARE(Translations::fromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8"), QStringLiteral("de"));
        QCOMPARE(Translations::fromAcceptLanguage("en;q=0.5, fr;q=0.8"), QStringLiteral("fr"));
        QCOMPARE(Translations::fromAcceptLanguage("fr;q=0, de"), QStringLiteral("de"));
        QCOMPARE(Translations::fromAcceptLanguage("es, *;q=0.1"), QString());
        QCOMPARE(Translations::fromAcceptLanguage(""), QString());
    }

    void translatesPerThreadScope() {
        using fleetcron::LanguageScope;
        using fleetcron::Translations;
        QCOMPARE(
            Translations::install(*QCoreApplication::instance(), QLocale(QStringLiteral("de"))),
            QStringLiteral("de"));
        const char *source = "unknown task id %1";
        const QString english = QString::fromLatin1(source);
        const QString german = QCoreApplication::translate("StoreError", source);
        QVERIFY2(german != english && german.contains(QStringLiteral("%1")), qPrintable(german));
        {
            const LanguageScope scope(QStringLiteral("fr"));
            const QString french = QCoreApplication::translate("StoreError", source);
            QVERIFY2(french != english && french != german, qPrintable(french));
            {
                const LanguageScope inner({});
                QCOMPARE(QCoreApplication::translate("StoreError", source), english);
            }
            QCOMPARE(QCoreApplication::translate("StoreError", source), french);
            QCOMPARE(Translations::current(), QStringLiteral("fr"));
        }
        QCOMPARE(QCoreApplication::translate("StoreError", source), german);
        // Qt's own command-line words come from our files too (no qtbase_*.qm on a server).
        QVERIFY(QCoreApplication::translate("QCommandLineParser", "Options:") !=
                QStringLiteral("Options:"));
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QLocale::c()), QString());
        QCOMPARE(QCoreApplication::translate("StoreError", source), english);
    }

    // The checker itself: it must notice each kind of defect.
    void noticesUnfinishedVanishedAndObsoleteEntries() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name>C</name>
<message><source>A</source><translation type="unfinished"></translation></message>
<message><source>B</source><translation type="vanished">B</translation></message>
<message><source>C</source><translation type="obsolete">C</translation></message>
<message><source>D %1</source><translation>D</translation></message>
</context></TS>)");
        file.close();
        QString error;
        const QList<Entry> entries = readTs(path, &error);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).type, QStringLiteral("unfinished"));
        QCOMPARE(entries.at(1).type, QStringLiteral("vanished"));
        QCOMPARE(entries.at(2).type, QStringLiteral("obsolete"));
        QVERIFY(placeholders(entries.at(3).source) !=
                placeholders(entries.at(3).translations.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
