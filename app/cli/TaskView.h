#pragma once

#include <QDateTime>
#include <QList>

class QTextStream;

namespace fleetcron {

struct Server;
struct Task;
class TaskService;

// How `task list` and `task show` print tasks: aligned columns, a detail block, or the JSON the
// REST API speaks (ModelJson, with the task's `state` from TaskService as the API gives it).
class TaskView {
public:
    static void printTable(const QList<Task> &tasks, QTextStream &out);
    static void printDetail(const Task &task, const QList<Server> &targets, TaskService &service,
                            QTextStream &out);
    static void printJson(const QList<Task> &tasks, TaskService &service, QTextStream &out);
    static void printJson(const Task &task, const QList<Server> &targets, TaskService &service,
                          QTextStream &out);
    // A stored (UTC) time in this machine's zone, "-" when there is none.
    static QString localTime(const QDateTime &t);
};

} // namespace fleetcron
