#include "core/StorageHealth.h"

#include <QTest>

using namespace fleetcron;
using Source = StorageHealth::Source;

// The console's "Database refuses writes" follows this answer: shown while any writer is
// refused, gone only once all of them write again, and not repeated for the same news.
class TestStorageHealth : public QObject {
    Q_OBJECT

private slots:
    void eitherSourceRaisesItAndBothMustClearIt() {
        QStringList seen;
        StorageHealth health([&](const QString &p) { seen.append(p); });
        health.report(Source::Heartbeat, {});
        QVERIFY(seen.isEmpty()); // writable, as it was: no news

        health.report(Source::Heartbeat, QStringLiteral("disk full (heartbeat)"));
        QCOMPARE(seen, QStringList{QStringLiteral("disk full (heartbeat)")});
        health.report(Source::Heartbeat, QStringLiteral("disk full (heartbeat)"));
        QCOMPARE(seen.size(), 1);

        // The results' own words come first once they are held too.
        health.report(Source::Results, QStringLiteral("disk full (results)"));
        QCOMPARE(seen.last(), QStringLiteral("disk full (results)"));
        QCOMPARE(health.problem(), QStringLiteral("disk full (results)"));

        health.report(Source::Heartbeat, {});
        QCOMPARE(seen.size(), 2); // the results still wait: the notice stays as it is
        QCOMPARE(health.problem(), QStringLiteral("disk full (results)"));

        health.report(Source::Results, {});
        QCOMPARE(seen.last(), QString());
        QVERIFY(health.problem().isEmpty());
        QCOMPARE(seen.size(), 3);
    }
};

QTEST_APPLESS_MAIN(TestStorageHealth)
#include "TestStorageHealth.moc"
