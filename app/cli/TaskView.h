#pragma once

#include <QDateTime>
#include <QList>

class QTextStream;

namespace fleetcron {

struct Server;
struct Task;

// How `task list` and `task show` print tasks: aligned columns, a detail block, or the JSON the
// REST API speaks (ModelJson).
class TaskView {
public:
    static void printTable(const QList<Task> &tasks, QTextStream &out);
    static void printDetail(const Task &task, const QList<Server> &targets, QTextStream &out);
    static void printJson(const QList<Task> &tasks, QTextStream &out);
    static void printJson(const Task &task, const QList<Server> &targets, QTextStream &out);
    // A stored (UTC) time in this machine's zone, "-" when there is none.
    static QString localTime(const QDateTime &t);
};

} // namespace fleetcron
