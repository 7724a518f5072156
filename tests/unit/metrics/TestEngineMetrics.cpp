// EngineMetrics and PrometheusText: what many threads record at once is all counted, and the
// text is valid exposition format with cumulative buckets and escaped labels.
#include "metrics/EngineMetrics.h"
#include "metrics/PrometheusText.h"
#include "support/ExpositionParser.h"

#include <QTest>

#include <cmath>
#include <thread>
#include <vector>

using namespace fleetcron;
using fleetcron::test::ExpositionParser;

class TestEngineMetrics : public QObject {
    Q_OBJECT

private slots:
    void concurrentWritersAreAllCounted() {
        EngineMetrics metrics;
        constexpr int threads = 4;
        constexpr int perThread = 20000;
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&metrics, t] {
                for (int i = 0; i < perThread; ++i) {
                    metrics.runStarted();
                    // Four tasks, new ones appearing while others observe.
                    metrics.runFinished(i % 4, i % 2 ? RunStatus::Failed : RunStatus::Succeeded,
                                        0.001 * (i % 5000));
                    metrics.executionFinished(ExecutionStatus::TimedOut);
                    metrics.fireClaimed(t * 0.01);
                }
            });
        }
        // A reader scraping meanwhile always sees a valid text.
        for (int i = 0; i < 20; ++i) {
            ExpositionParser p;
            QVERIFY2(p.parse(PrometheusText::render(metrics.snapshot())), qPrintable(p.error()));
        }
        for (auto &w : workers)
            w.join();

        ExpositionParser p;
        const QByteArray text = PrometheusText::render(metrics.snapshot());
        QVERIFY2(p.parse(text), qPrintable(p.error()));
        const double total = threads * perThread;
        QCOMPARE(p.value(QStringLiteral("fleetcron_runs_total"),
                         {{QStringLiteral("status"), QStringLiteral("succeeded")}}),
                 total / 2);
        QCOMPARE(p.value(QStringLiteral("fleetcron_runs_total"),
                         {{QStringLiteral("status"), QStringLiteral("failed")}}),
                 total / 2);
        QCOMPARE(p.value(QStringLiteral("fleetcron_runs_active")), 0.0);
        QCOMPARE(p.value(QStringLiteral("fleetcron_executions_total"),
                         {{QStringLiteral("status"), QStringLiteral("timed-out")}}),
                 total);
        QCOMPARE(p.value(QStringLiteral("fleetcron_fire_lateness_seconds_count")), total);
        // Thread 0 claimed at 0 s, 1 at 0.01 s (<= the 0.01 bound), 2 and 3 above it.
        QCOMPARE(p.value(QStringLiteral("fleetcron_fire_lateness_seconds_bucket"),
                         {{QStringLiteral("le"), QStringLiteral("0.01")}}),
                 total / 2);
        double perTask = 0;
        for (int task = 0; task < 4; ++task)
            perTask += p.value(QStringLiteral("fleetcron_run_duration_seconds_count"),
                               {{QStringLiteral("task_id"), QString::number(task)}})
                           .value_or(0);
        QCOMPARE(perTask, total);
        // The sum of 0.001 * (i % 5000) over each thread's runs, within float rounding.
        double expectedSum = 0;
        for (int i = 0; i < perThread; ++i)
            expectedSum += 0.001 * (i % 5000);
        double sum = 0;
        for (int task = 0; task < 4; ++task)
            sum += p.value(QStringLiteral("fleetcron_run_duration_seconds_sum"),
                           {{QStringLiteral("task_id"), QString::number(task)}})
                       .value_or(0);
        QVERIFY(std::fabs(sum - threads * expectedSum) < 0.01);
    }

    void samplersAreReadAtScrapeTime() {
        EngineMetrics metrics;
        double queued = 3;
        metrics.setSampler(EngineMetrics::Sampled::WriterQueue, [&queued] { return queued; });
        ExpositionParser p;
        QVERIFY(p.parse(PrometheusText::render(metrics.snapshot())));
        QCOMPARE(p.value(QStringLiteral("fleetcron_store_writer_queue_depth")), 3.0);
        queued = 7;
        QVERIFY(p.parse(PrometheusText::render(metrics.snapshot())));
        QCOMPARE(p.value(QStringLiteral("fleetcron_store_writer_queue_depth")), 7.0);
        // Unset: 0, never a missing series.
        QCOMPARE(p.value(QStringLiteral("fleetcron_ssh_pool_sessions")), 0.0);
    }

    void labelValuesAndHelpAreEscaped() {
        MetricFamily f("x_total", "a \\ help\nline", MetricFamily::Type::Counter);
        f.add(1.5, {{"name", QStringLiteral("a \"b\" \\ c\nd")}});
        const QByteArray text = PrometheusText::render({f});
        QCOMPARE(text, QByteArray("# HELP x_total a \\\\ help\\nline\n"
                                  "# TYPE x_total counter\n"
                                  "x_total{name=\"a \\\"b\\\" \\\\ c\\nd\"} 1.5\n"));
        ExpositionParser p;
        QVERIFY2(p.parse(text), qPrintable(p.error()));
        QCOMPARE(p.value(QStringLiteral("x_total"),
                         {{QStringLiteral("name"), QStringLiteral("a \"b\" \\ c\nd")}}),
                 1.5);
    }

    void valuesAreFormattedAsPrometheusReadsThem() {
        QCOMPARE(PrometheusText::formatValue(3), QByteArray("3"));
        QCOMPARE(PrometheusText::formatValue(0.25), QByteArray("0.25"));
        QCOMPARE(PrometheusText::formatValue(qInf()), QByteArray("+Inf"));
        QCOMPARE(PrometheusText::formatValue(-qInf()), QByteArray("-Inf"));
        QCOMPARE(PrometheusText::formatValue(qQNaN()), QByteArray("NaN"));
    }

    // The reader must be able to say no, or the tests that use it prove nothing.
    void theReaderRefusesBrokenText() {
        const QList<QByteArray> broken{
            "x 1\n",                                          // no TYPE
            "# TYPE x gauge\nx 1",                            // no final line feed
            "# HELP x h\n# TYPE x gauge\nx{a=\"1} 1\n",       // unterminated value
            "# HELP x h\n# TYPE x gauge\nx 1\nx 2\n",         // the same series twice
            "# HELP x h\n# TYPE x gauge\ny 1\n",              // a sample of another family
            "# HELP x h\n# TYPE x counter\nx{a=\"\\t\"} 1\n", // a bad escape
            "# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\n"
            "h_sum 1\nh_count 1\n", // not cumulative
            "# HELP h h\n# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\n"
            "h_sum 1\nh_count 3\n", // _count is not +Inf
        };
        for (const QByteArray &text : broken) {
            ExpositionParser p;
            QVERIFY2(!p.parse(text), text.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineMetrics)
#include "TestEngineMetrics.moc"
