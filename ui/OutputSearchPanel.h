#pragma once

#include "service/SearchService.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;

namespace fleetcron {

class EngineHost;

// The Runs page's search over stored output (issue 17): a box, and under it the executions
// whose output contains the text (SearchService, newest first), each with the line that
// matched. Choosing one asks the page to show that execution with the text highlighted.
class OutputSearchPanel : public QWidget {
    Q_OBJECT
public:
    // `filter` gives the page's current filters (task) when a search starts.
    OutputSearchPanel(EngineHost &host, std::function<SearchService::Filter()> filter,
                      QWidget *parent = nullptr);

    QLineEdit *box() const { return m_box; }
    QListWidget *results() const { return m_results; }
    QString searchedText() const { return m_searched; }

public slots:
    void search();

signals:
    void executionChosen(qint64 runId, qint64 executionId, const QString &text);
    // A search came back (with its hits shown, or its refusal said).
    void searched();

private:
    void show(const SearchService::Page &page);

    EngineHost &m_host;
    std::function<SearchService::Filter()> m_filter;
    QLineEdit *m_box = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_results = nullptr;
    QString m_searched;
};

} // namespace fleetcron
