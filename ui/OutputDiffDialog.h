#pragma once

#include "service/OutputDiffService.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace fleetcron {

class EngineHost;

// "What changed since last time" for one execution (issue 17, item 3): its stdout and stderr
// beside the previous run's of the same task on the same server, removed lines red with "-",
// new lines green with "+", as `fleetcron diff` and GET /v1/api/executions/{id}/diff give it
// (OutputDiffService). Read on the engine's read thread; the dialog opens at once and fills in.
class OutputDiffDialog : public QDialog {
    Q_OBJECT
public:
    OutputDiffDialog(EngineHost &host, qint64 executionId, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }

signals:
    void finishedLoading();

private:
    void show(const OutputDiffService::Comparison &c);
    void render();
    void fill(QPlainTextEdit *view, const LineDiff::Result &diff);
    static QString summary(const LineDiff::Result &diff);

    qint64 m_executionId = 0;
    bool m_loaded = false;
    std::optional<OutputDiffService::Comparison> m_comparison;
    QLabel *m_header = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_stdout = nullptr;
    QPlainTextEdit *m_stderr = nullptr;
};

} // namespace fleetcron
