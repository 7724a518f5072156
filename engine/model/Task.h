#pragma once

#include "Statuses.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace fleetcron {

// A task started when a run of another ends (task_links): the child by id, or by the name or
// number a face was given (TaskService resolves it, reading fills both).
struct TaskLink {
    ChainCondition condition = ChainCondition::Success;
    qint64 taskId = 0;
    QString task;

    bool operator==(const TaskLink &o) const {
        return condition == o.condition && taskId == o.taskId;
    }
};

// A command or script with a schedule and its targets.
struct Task {
    static constexpr qint64 defaultMaxOutputBytes = 1024 * 1024;

    qint64 id = 0;
    QString name;
    TaskKind kind = TaskKind::Command;
    QString body;           // the command line, or the script text
    QString interpreter;    // scripts only: "/bin/sh", "python3", …
    QString schedule;       // as the user wrote it
    QString timeZone;       // IANA id; empty means the machine's zone
    int timeoutSeconds = 0; // 0: no timeout
    TargetMode target = TargetMode::All;
    OverlapPolicy overlap = OverlapPolicy::Skip;
    MisfirePolicy misfire = MisfirePolicy::RunOnce;
    int retries = 0;
    int retryDelaySeconds = 0;
    qint64 maxOutputBytes = defaultMaxOutputBytes;
    bool enabled = true;
    // Max start delay (jitter): each fire starts at its time plus a random 0..this seconds.
    int startDelaySeconds = 0;
    // Blackout windows (BlackoutWindow specs): fires inside one are skipped, with the reason.
    QStringList blackouts;
    // When the next fire is claimed: the time the schedule names plus the delay drawn for it.
    QDateTime nextFireAt;       // invalid: not scheduled
    qint64 nextFireDelayMs = 0; // the part of nextFireAt that is the drawn start delay
    QDateTime createdAt;
    QDateTime updatedAt;

    // Targets: explicit servers and/or every server carrying one of these tags.
    QList<qint64> serverIds;
    QStringList serverTags;

    // Tasks started when a run of this one ends, by condition, in the order given.
    QList<TaskLink> links;

    QList<TaskLink> linksOn(ChainCondition condition) const {
        QList<TaskLink> out;
        for (const TaskLink &l : links)
            if (l.condition == condition)
                out << l;
        return out;
    }
};

} // namespace fleetcron
