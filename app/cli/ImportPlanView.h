#pragma once

class QTextStream;

namespace fleetcron {

struct ImportPlan;

// An import plan as text: what would be (or was) created, the lines reported and why, the
// problems that stop the import.
class ImportPlanView {
public:
    static void print(const ImportPlan &plan, QTextStream &out);
    static void printProblems(const ImportPlan &plan, QTextStream &err);
};

} // namespace fleetcron
