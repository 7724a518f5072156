// Output search (issue 17) on every face: the same query through SearchService, the CLI
// (`runs --grep --json`), the API (`GET /v1/api/executions?q=`) and the console's search box
// returns the same executions in the same order; bad input is refused at each face, naming the
// input; choosing a console result shows that execution with the match highlighted. A real
// engine on a real SQLite file, the real fleetcron binary and a real daemon on that file.
#include "ConsoleTestStore.h"
#include "ExecutionLogView.h"
#include "FaceHarness.h"
#include "OutputSearchPanel.h"
#include "RunsPage.h"
#include "ServiceCalls.h"
#include "service/SearchService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;
using fleetcron::test::FaceHarness;

namespace {

QString s(const char *text) {
    return QString::fromUtf8(text);
}

QList<qint64> idsOf(const QJsonArray &hits) {
    QList<qint64> ids;
    for (const QJsonValue &v : hits)
        ids << v.toObject().value(s("id")).toInteger();
    return ids;
}

} // namespace

class TestOutputSearchFaces : public QObject {
    Q_OBJECT

    std::unique_ptr<ConsoleTestStore> m_store;
    std::unique_ptr<FaceHarness> m_faces;
    qint64 m_backup = 0;
    qint64 m_web1 = 0;

    int cli(const QStringList &args, QString *out, QString *err = nullptr) {
        return m_faces->cli(args, out, err);
    }
    FaceHarness::Reply api(const QUrlQuery &query) {
        return m_faces->get(s("/v1/api/executions"), query);
    }

    QList<qint64> service(const QString &text, const SearchService::Filter &filter) {
        auto page = SearchService(m_store->db()).search(text, filter, 0, 1000);
        QList<qint64> ids;
        for (const auto &hit : page.value().hits)
            ids << hit.executionId;
        return ids;
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        m_store = std::make_unique<ConsoleTestStore>();
        QVERIFY(m_store->ok());
        const qint64 web1 = m_web1 = m_store->addServer(s("web1")).id;
        const qint64 web2 = m_store->addServer(s("web2")).id;
        const qint64 backup = m_backup = m_store->addTask(s("backup"), web1).id;
        const qint64 deploy = m_store->addTask(s("deploy"), web2).id;
        const QStringList outputs = {
            s("rsync to db-02.example.com\nError: disk /dev/sda1 is full"),
            s("all good"),
            s("ssh: connect to host db-02.example.com port 22: Connection refused"),
            s("ERROR: DISK /dev/sda1 IS FULL (again)"),
        };
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
        for (int i = 0; i < 24; ++i) {
            const bool ok = i % 3 != 0;
            const QList<qint64> ids = m_store->addRun(
                i % 2 ? deploy : backup, {i % 2 ? web2 : web1}, start.addSecs(600 * i), 1000,
                ok ? RunStatus::Succeeded : RunStatus::Failed,
                ok ? ExecutionStatus::Succeeded : ExecutionStatus::Failed);
            auto e = ExecutionRepository(m_store->db()).find(ids.first());
            QVERIFY(e);
            Execution x = e.value();
            x.stdoutData = outputs.at(i % outputs.size()).toUtf8();
            x.stderrData = i % 5 == 0 ? QByteArray("warning: web1 slow") : QByteArray();
            QVERIFY(ExecutionRepository(m_store->db()).update(x));
        }

        m_faces = std::make_unique<FaceHarness>(*m_store);
        const QString failure = m_faces->startDaemon();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void facesAgree_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("options"); // CLI option, API parameter, value
        QTest::newRow("error line") << s("error: disk /dev/sda1") << QStringList();
        QTest::newRow("host, one task")
            << s("db-02.example.com") << QStringList{s("task"), s("backup")};
        QTest::newRow("failed on web1")
            << s("disk") << QStringList{s("server"), s("web1"), s("status"), s("failed")};
        QTest::newRow("stderr") << s("web1 slow") << QStringList();
        QTest::newRow("quoted phrase") << s("\"Connection refused\"") << QStringList();
        QTest::newRow("nothing") << s("kernel panic") << QStringList();
    }

    void facesAgree() {
        QFETCH(QString, text);
        QFETCH(QStringList, options);
        SearchService::Filter filter;
        QStringList args{s("runs"), s("--grep"), text, s("--json"), s("--limit"), s("1000")};
        QUrlQuery query{{s("q"), text}, {s("limit"), s("1000")}};
        for (int i = 0; i + 1 < options.size(); i += 2) {
            args << s("--") + options.at(i) << options.at(i + 1);
            query.addQueryItem(options.at(i), options.at(i + 1));
        }
        if (options.contains(s("task")))
            filter.taskId = m_backup;
        if (options.contains(s("server")))
            filter.serverId = m_web1;
        if (options.contains(s("status")))
            filter.status = ExecutionStatus::Failed;
        const QList<qint64> expected = service(text, filter);
        if (text != s("kernel panic"))
            QVERIFY(!expected.isEmpty());

        QString out;
        QCOMPARE(cli(args, &out), 0);
        QCOMPARE(
            idsOf(QJsonDocument::fromJson(out.toUtf8()).object().value(s("executions")).toArray()),
            expected);

        const FaceHarness::Reply r = api(query);
        QCOMPARE(r.status, 200);
        QCOMPARE(idsOf(r.json.value(s("executions")).toArray()), expected);
        // The shape is the one the CLI prints: the service's.
        if (!expected.isEmpty()) {
            const QJsonObject first = r.json.value(s("executions")).toArray().at(0).toObject();
            QCOMPARE(first.value(s("run_id")).toInteger() > 0, true);
            QVERIFY(first.value(s("snippet"))
                        .toString()
                        .contains(SearchService::literal(text), Qt::CaseInsensitive));
        }
    }

    void badInputIsRefusedAtEachFace_data() {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("key"); // another parameter, empty for none
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << s("") << s("") << s("") << s("q");
        QTest::newRow("no word") << s("!!! --") << s("") << s("") << s("q");
        QTest::newRow("bad since") << s("error") << s("since") << s("yesterday-ish") << s("since");
        QTest::newRow("empty range")
            << s("error") << s("until") << s("2000-01-01T00:00:00Z") << s("until");
        QTest::newRow("bad status") << s("error") << s("status") << s("weird") << s("status");
    }

    void badInputIsRefusedAtEachFace() {
        QFETCH(QString, q);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, field);
        QUrlQuery query{{s("q"), q}};
        QStringList args{s("runs"), s("--grep"), q};
        if (!key.isEmpty()) {
            query.addQueryItem(key, value);
            args << s("--") + key << value;
        }
        if (key == s("until")) { // since must come before: give one after until
            query.addQueryItem(s("since"), s("2001-01-01T00:00:00Z"));
            args << s("--since") << s("2001-01-01T00:00:00Z");
        }
        const FaceHarness::Reply r = api(query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(s("field")).toString(), field);

        QString out, err;
        QCOMPARE(cli(args, &out, &err), 2);
        QVERIFY2(err.contains(field + s(":")), qPrintable(err));
    }

    void consoleListsJumpsAndHighlights() {
        ServiceCalls calls(m_store->host(), nullptr);
        RunsPage page(calls);
        page.resize(1200, 800);
        page.show();
        OutputSearchPanel *panel = page.outputSearch();
        QSignalSpy searched(panel, &OutputSearchPanel::searched);

        // Bad input: the service's sentence, no list.
        panel->box()->setText(s("!!!"));
        QTest::keyClick(panel->box(), Qt::Key_Return);
        QTRY_COMPARE(searched.size(), 1);
        QVERIFY(panel->results()->isHidden());
        auto *state = panel->findChild<QLabel *>(s("outputSearchState"));
        QVERIFY(state->text().contains(s("letter or digit")));

        const QString text = s("Connection refused");
        panel->box()->setText(text);
        QTest::keyClick(panel->box(), Qt::Key_Return);
        QTRY_COMPARE(searched.size(), 2);
        const QList<qint64> expected = service(text, {});
        QCOMPARE(panel->results()->count(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(panel->results()->item(i)->data(Qt::UserRole + 2).toLongLong(),
                     expected.at(i));

        // The oldest match: its run is on the loaded page; the newest: either way.
        QListWidgetItem *item = panel->results()->item(int(expected.size()) - 1);
        panel->results()->scrollToItem(item);
        QTest::mouseClick(panel->results()->viewport(), Qt::LeftButton, {},
                          panel->results()->visualItemRect(item).center());
        ExecutionLogView *log = page.logView();
        QTRY_COMPARE(log->executionId(), expected.last());
        QTRY_VERIFY(log->text().contains(text));
        QTRY_COMPARE(log->highlightCount(), 1);
        QCOMPARE(log->editor()->textCursor().selectedText(), text);
        QCOMPARE(page.selectedExecutionId(), expected.last());
    }

    void cleanupTestCase() {
        m_faces.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestOutputSearchFaces)
#include "TestOutputSearchFaces.moc"
