#include "model/Statuses.h"

#include <QTest>

using namespace fleetcron;

class TestStatuses : public QObject {
    Q_OBJECT
private slots:
    void wordsRoundTrip() {
        for (auto s : {ExecutionStatus::Pending, ExecutionStatus::TimedOut,
                       ExecutionStatus::HostKeyRejected, ExecutionStatus::Interrupted}) {
            QVERIFY(enumFromString<ExecutionStatus>(toString(s)) == s);
        }
        QCOMPARE(toString(ExecutionStatus::AuthFailed), QStringLiteral("auth-failed"));
        QCOMPARE(toString(RunTrigger::CatchUp), QStringLiteral("catch-up"));
        QVERIFY(enumFromString<OverlapPolicy>(QStringLiteral("queue")) == OverlapPolicy::Queue);
        QVERIFY(!enumFromString<MisfirePolicy>(QStringLiteral("later")).has_value());
    }

    void runStatusSumsExecutions() {
        using E = ExecutionStatus;
        QCOMPARE(toString(summarize({E::Succeeded, E::Succeeded})), toString(RunStatus::Succeeded));
        QCOMPARE(toString(summarize({E::Failed, E::TimedOut})), toString(RunStatus::Failed));
        QCOMPARE(toString(summarize({E::Succeeded, E::Unreachable})), toString(RunStatus::Partial));
        QCOMPARE(toString(summarize({E::Succeeded, E::Running})), toString(RunStatus::Running));
        QCOMPARE(toString(summarize({E::Interrupted, E::Succeeded})),
                 toString(RunStatus::Interrupted));
        QCOMPARE(toString(summarize({E::Cancelled, E::Cancelled})), toString(RunStatus::Cancelled));
    }
};

QTEST_GUILESS_MAIN(TestStatuses)
#include "TestStatuses.moc"
