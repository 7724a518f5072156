#pragma once

#include "store/ExecutionOutputChunk.h"

#include <QStringDecoder>
#include <QTextCharFormat>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace fleetcron {

// The output of one execution: monospace, stderr in red apart from stdout, bounded to a
// number of lines so a chatty task cannot grow the console's memory. Follows the tail while
// output arrives unless the user has scrolled up; Ctrl+F searches, Ctrl+C copies.
class ExecutionLogView : public QWidget {
    Q_OBJECT
public:
    static constexpr int maximumLines = 20000;

    explicit ExecutionLogView(QWidget *parent = nullptr);

    qint64 executionId() const { return m_executionId; }
    // Clears the view for another execution (0: none).
    void showExecution(qint64 executionId, const QString &title);
    void setTitle(const QString &title);
    // The stored output of an execution that has ended: stdout, then stderr apart.
    void setStoredOutput(const QByteArray &stdoutData, const QByteArray &stderrData,
                         bool stdoutTruncated, bool stderrTruncated);
    // Live output, in the order it arrived.
    void appendOutput(ExecutionOutputChunk::Stream stream, const QByteArray &bytes);
    void appendChunks(const QList<ExecutionOutputChunk> &chunks);

    // Marks every place `text` occurs (ignoring case) in that execution's output and scrolls to
    // the first: the Runs page's output search jumps here. Kept until another execution is
    // shown, and applied when the output arrives later.
    void highlightMatches(qint64 executionId, const QString &text);
    int highlightCount() const;

    QPlainTextEdit *editor() const { return m_editor; }
    QString text() const;
    bool followsTail() const;

public slots:
    void startSearch();
    void findNext();
    void findPrevious();

private:
    void append(const QString &text, const QTextCharFormat &format);
    bool atBottom() const;
    void applyHighlight();

    qint64 m_executionId = 0;
    qint64 m_highlightExecution = 0;
    QString m_highlight;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QWidget *m_searchBar = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchState = nullptr;
    QTextCharFormat m_stdout;
    QTextCharFormat m_stderr;
    QTextCharFormat m_note;
    // UTF-8 can split across chunks: one decoder per stream keeps the partial character.
    QStringDecoder m_stdoutDecoder{QStringDecoder::Utf8};
    QStringDecoder m_stderrDecoder{QStringDecoder::Utf8};
};

} // namespace fleetcron
