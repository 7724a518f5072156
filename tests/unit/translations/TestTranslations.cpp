// The .ts files in translations/ are what the console ships (compiled and embedded). A string
// left unfinished shows English in the middle of German; a vanished or obsolete one means the
// file was not updated after the sources changed (`cmake --build build --target
// update_translations`). Either fails here.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
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
            entry = Entry{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
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
