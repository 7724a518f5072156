// "What changed since last time" (issue 17, item 3) on every face: OutputDiffService, the CLI
// (`fleetcron diff`, its --json and --exit-code), the API (GET /v1/api/executions/{id}/diff)
// and the console's Compare dialog give the same comparison of an execution's output with the
// previous run's on the same server; bad input is refused at each face with the same sentence.
// A real engine on a real SQLite file, the real fleetcron binary and a real daemon on that file.
#include "ConsoleTestStore.h"
#include "FaceHarness.h"
#include "OutputDiffDialog.h"
#include "RunTableModel.h"
#include "RunsPage.h"
#include "ServiceCalls.h"
#include "service/OutputDiffService.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;
using fleetcron::test::FaceHarness;

namespace {

QString s(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

class TestOutputDiffFaces : public QObject {
    Q_OBJECT

    std::unique_ptr<ConsoleTestStore> m_store;
    std::unique_ptr<FaceHarness> m_faces;
    // backup on web1: first, changed, the same again; the same task on web2; a pending one.
    qint64 m_first = 0, m_changed = 0, m_again = 0, m_otherServer = 0, m_pending = 0;

    qint64 addExecution(qint64 task, qint64 server, int minutesAgo, const QByteArray &out,
                        const QByteArray &err) {
        const QList<qint64> ids = m_store->addRun(
            task, {server}, QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo), 1000,
            RunStatus::Succeeded, ExecutionStatus::Succeeded);
        Execution e = ExecutionRepository(m_store->db()).find(ids.first()).value();
        e.stdoutData = out;
        e.stderrData = err;
        if (!ExecutionRepository(m_store->db()).update(e))
            qFatal("cannot store the output of execution %lld", e.id);
        return e.id;
    }

    QJsonObject serviceJson(qint64 id, const QString &stream = s("both")) {
        auto c = OutputDiffService(m_store->db()).compare(id);
        return c ? OutputDiffService::json(c.value(), *OutputDiffService::streams(stream))
                 : QJsonObject{{s("error"), c.error().message}};
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        m_store = std::make_unique<ConsoleTestStore>();
        QVERIFY(m_store->ok());
        const qint64 web1 = m_store->addServer(s("web1")).id;
        const qint64 web2 = m_store->addServer(s("web2")).id;
        const qint64 backup = m_store->addTask(s("backup"), web1).id;
        m_first = addExecution(backup, web1, 50, "alpha\nbeta\ngamma\n", "");
        m_otherServer = addExecution(backup, web2, 45, "something else\n", "");
        m_changed =
            addExecution(backup, web1, 40, "alpha\nBETA\ngamma\ndelta\n", "disk 91% full\n");
        m_again = addExecution(backup, web1, 30, "alpha\nBETA\ngamma\ndelta\n", "disk 91% full\n");
        const QList<qint64> pending =
            m_store->addRun(backup, {web1}, QDateTime::currentDateTimeUtc(), 0, RunStatus::Pending,
                            ExecutionStatus::Pending);
        Execution p = ExecutionRepository(m_store->db()).find(pending.first()).value();
        p.startedAt = QDateTime();
        p.endedAt = QDateTime();
        QVERIFY(ExecutionRepository(m_store->db()).update(p));
        m_pending = p.id;

        m_faces = std::make_unique<FaceHarness>(*m_store);
        const QString failure = m_faces->startDaemon();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // The previous run is the same task's on the same server, not the newest of any server.
    void serviceFindsThePreviousRunOnTheSameServer() {
        auto c = OutputDiffService(m_store->db()).compare(m_changed);
        QVERIFY(c);
        QVERIFY(c->previous);
        QCOMPARE(c->previous->id, m_first);
        QStringList marked;
        for (const DiffLine &l : c->stdoutDiff.lines)
            marked << (l.kind == DiffLine::Kind::Same      ? s(" ")
                       : l.kind == DiffLine::Kind::Removed ? s("-")
                                                           : s("+")) +
                          l.text;
        QCOMPARE(marked,
                 (QStringList{s(" alpha"), s("-beta"), s("+BETA"), s(" gamma"), s("+delta")}));
        QCOMPARE(c->stderrDiff.changes(), 1);
        QVERIFY(OutputDiffService(m_store->db()).compare(m_again)->identical());
        QVERIFY(!OutputDiffService(m_store->db()).compare(m_first)->previous);
    }

    void facesAgree_data() {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("stream");
        QTest::newRow("changed") << s("changed") << s("both");
        QTest::newRow("changed, stdout") << s("changed") << s("stdout");
        QTest::newRow("changed, stderr") << s("changed") << s("stderr");
        QTest::newRow("the same again") << s("again") << s("both");
        QTest::newRow("first run") << s("first") << s("both");
    }

    void facesAgree() {
        QFETCH(QString, which);
        QFETCH(QString, stream);
        const qint64 id = which == s("changed") ? m_changed
                          : which == s("again") ? m_again
                                                : m_first;
        const QJsonObject expected = serviceJson(id, stream);
        QVERIFY2(!expected.contains(s("error")), qPrintable(expected.value(s("error")).toString()));

        QString out;
        QCOMPARE(m_faces->cli({s("diff"), QString::number(id), s("--json"), s("--stream"), stream},
                              &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object(), expected);

        const FaceHarness::Reply r =
            m_faces->get(s("/v1/api/executions/%1/diff").arg(id), QUrlQuery{{s("stream"), stream}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, expected);

        // --exit-code: 1 when they differ, as git diff.
        const bool identical = expected.value(s("identical")).toBool();
        QCOMPARE(
            m_faces->cli({s("diff"), QString::number(id), s("--exit-code"), s("--stream"), stream},
                         &out),
            identical ? 0 : 1);
    }

    void textIsAUnifiedDiff() {
        QString out;
        QCOMPARE(m_faces->cli({s("diff"), QString::number(m_changed)}, &out), 0);
        QVERIFY2(out.contains(s("--- execution %1").arg(m_first)), qPrintable(out));
        QVERIFY2(out.contains(s("+++ execution %1").arg(m_changed)), qPrintable(out));
        QVERIFY2(out.contains(s("@@ -1,3 +1,4 @@\n alpha\n-beta\n+BETA\n gamma\n+delta\n")),
                 qPrintable(out));
        QVERIFY2(out.contains(s("@@ -0,0 +1,1 @@\n+disk 91% full\n")), qPrintable(out));
        // --against compares with any execution, here the other server's.
        QCOMPARE(m_faces->cli({s("diff"), QString::number(m_first), s("--against"),
                               QString::number(m_otherServer), s("--stream"), s("stdout")},
                              &out),
                 0);
        QVERIFY2(out.contains(s("-something else\n+alpha\n+beta\n+gamma\n")), qPrintable(out));
        const FaceHarness::Reply r =
            m_faces->get(s("/v1/api/executions/%1/diff").arg(m_first),
                         QUrlQuery{{s("against"), QString::number(m_otherServer)}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(s("previous_execution_id")).toInteger(), m_otherServer);
    }

    // The service's sentence at every face: unknown, not run yet, a bad stream.
    void badInputIsRefusedAtEachFace() {
        struct Case {
            qint64 id;
            int httpStatus;
            const char *phrase;
        };
        for (const Case &c :
             {Case{999999, 404, "999999"}, Case{m_pending, 400, "has not run yet"}}) {
            const QString message = OutputDiffService(m_store->db()).compare(c.id).error().message;
            QVERIFY(message.contains(s(c.phrase)));
            const FaceHarness::Reply r = m_faces->get(s("/v1/api/executions/%1/diff").arg(c.id));
            QCOMPARE(r.status, c.httpStatus);
            QCOMPARE(r.json.value(s("error")).toString(), message);
            QString out, err;
            QVERIFY(m_faces->cli({s("diff"), QString::number(c.id)}, &out, &err) != 0);
            QVERIFY2(err.contains(message), qPrintable(err));
            OutputDiffDialog dialog(m_store->host(), c.id);
            QTRY_VERIFY(dialog.loaded());
            QCOMPARE(dialog.findChild<QLabel *>(s("diffHeader"))->text(), message);
        }
        const FaceHarness::Reply r = m_faces->get(s("/v1/api/executions/%1/diff").arg(m_changed),
                                                  QUrlQuery{{s("stream"), s("stdin")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(s("field")).toString(), s("stream"));
        QString out, err;
        QCOMPARE(m_faces->cli({s("diff"), QString::number(m_changed), s("--stream"), s("stdin")},
                              &out, &err),
                 2);
        QVERIFY2(err.contains(s("--stream: 'stdin'")), qPrintable(err));
    }

    // From the Runs page's execution table to the dialog: the lines the CLI shows, marked.
    void consoleComparesTheSelectedExecution() {
        ServiceCalls calls(m_store->host(), nullptr);
        RunsPage page(calls);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY(page.runs()->rowCount() >= 5);
        const qint64 runOfChanged =
            ExecutionRepository(m_store->db()).find(m_changed).value().runId;
        page.showMatch(runOfChanged, m_changed, QString());
        QTRY_COMPARE(page.selectedExecutionId(), m_changed);
        QAction *compare = page.compareAction();
        QTRY_VERIFY(compare->isEnabled());
        compare->trigger();
        auto *dialog = page.findChild<OutputDiffDialog *>(s("outputDiffDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->loaded());
        const QString header = dialog->findChild<QLabel *>(s("diffHeader"))->text();
        QVERIFY2(header.contains(s("execution %1").arg(m_first)), qPrintable(header));
        QVERIFY2(header.contains(s("execution %1").arg(m_changed)), qPrintable(header));
        auto *tabs = dialog->findChild<QTabWidget *>(s("diffStreams"));
        QCOMPARE(tabs->tabText(0), s("stdout (-1 +2)"));
        QCOMPARE(tabs->tabText(1), s("stderr (-0 +1)"));
        const QString text = dialog->findChild<QPlainTextEdit *>(s("diffStdout"))->toPlainText();
        QCOMPARE(text, s("@@ -1,3 +1,4 @@\n  alpha\n- beta\n+ BETA\n  gamma\n+ delta"));
        // Everything, not only the changes: the same lines with the unchanged ones around.
        dialog->findChild<QCheckBox *>(s("diffOnlyChanges"))->setChecked(false);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(s("diffStdout"))->toPlainText(),
                 s("  alpha\n- beta\n+ BETA\n  gamma\n+ delta"));
        QTest::qWait(100); // the header's new height reaches the layout
        dialog->grab().save(qEnvironmentVariable("FLEETCRON_SCREENSHOT_DIR", QDir::tempPath()) +
                            s("/output-diff.png"));
        dialog->close();
    }

    void cleanupTestCase() {
        m_faces.reset();
        m_store.reset();
    }
};

QTEST_MAIN(TestOutputDiffFaces)
#include "TestOutputDiffFaces.moc"
