// The console's window with a real engine behind it: EngineHost opens a real SQLite file on
// the engine thread, and the window shows what it reports.
#include "MainWindow.h"
#include "core/EngineHost.h"

#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetcron;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void showsTheHostedEnginesState() {
        QTemporaryDir dir;
        qputenv("FLEETCRON_SECRETS", "file");
        qputenv("FLEETCRON_SECRETS_DIR", dir.filePath(QStringLiteral("secrets")).toUtf8());
        MainWindow window;
        const QString db = dir.filePath(QStringLiteral("console.sqlite"));
        {
            EngineHost engine(db);
            connect(&engine, &EngineHost::statusChanged, &window, &MainWindow::showStatus);
            engine.start();
            window.show();
            auto *overview = window.findChild<QLabel *>(QStringLiteral("engineOverview"));
            auto *state = window.findChild<QLabel *>(QStringLiteral("engineState"));
            QVERIFY(overview && state);
            QTRY_VERIFY(overview->text().contains(db));
            QVERIFY(overview->text().contains(QStringLiteral("0 servers")));
            QVERIFY(state->text().startsWith(QStringLiteral("Engine running")));
            const QString shots = qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                QVERIFY(window.grab().save(shots + QStringLiteral("/console-overview.png")));
        } // the host shuts the engine down in order, waiting for its thread
        QVERIFY(QFile::exists(db));
    }

    void saysWhyTheEngineCouldNotStart() {
        MainWindow window;
        EngineStatus status;
        status.error = QStringLiteral("database schema version 9 is newer than this fleetcron");
        window.showStatus(status);
        auto *overview = window.findChild<QLabel *>(QStringLiteral("engineOverview"));
        QVERIFY(overview->text().contains(QStringLiteral("newer than this fleetcron")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("engineState"))->text(),
                 QStringLiteral("Engine stopped"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
