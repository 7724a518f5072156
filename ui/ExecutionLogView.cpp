#include "ExecutionLogView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace fleetcron {

ExecutionLogView::ExecutionLogView(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(tr("Select an execution to see its output."), this);
    m_title->setObjectName(QStringLiteral("logTitle"));
    auto *legendOut = new QLabel(tr("stdout"), this);
    auto *legendErr = new QLabel(tr("stderr"), this);
    legendErr->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold"));
    auto *copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("logCopy"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the selection, or the whole output when nothing is selected"));
    header->addWidget(m_title, 1);
    header->addWidget(legendOut);
    header->addWidget(legendErr);
    header->addWidget(copy);
    layout->addLayout(header);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("executionLog"));
    m_editor->setReadOnly(true);
    m_editor->setUndoRedoEnabled(false);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setMaximumBlockCount(maximumLines);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_editor, 1);

    m_searchBar = new QWidget(this);
    auto *searchLayout = new QHBoxLayout(m_searchBar);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(m_searchBar);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Find in output (Enter: next, Shift+Enter: previous)"));
    m_search->setClearButtonEnabled(true);
    m_searchState = new QLabel(m_searchBar);
    auto *close = new QToolButton(m_searchBar);
    close->setText(tr("Close"));
    searchLayout->addWidget(m_search, 1);
    searchLayout->addWidget(m_searchState);
    searchLayout->addWidget(close);
    layout->addWidget(m_searchBar);
    m_searchBar->hide();

    m_stdout.setForeground(palette().color(QPalette::Text));
    m_stderr.setForeground(QColor(0xb7, 0x1c, 0x1c));
    m_stderr.setBackground(QColor(0xff, 0xeb, 0xee));
    m_note.setForeground(QColor(0x75, 0x75, 0x75));
    m_note.setFontItalic(true);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, &ExecutionLogView::startSearch);
    auto *next = new QAction(tr("Find next"), this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(next);
    connect(next, &QAction::triggered, this, &ExecutionLogView::findNext);
    auto *previous = new QAction(tr("Find previous"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(previous);
    connect(previous, &QAction::triggered, this, &ExecutionLogView::findPrevious);

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(close, &QToolButton::clicked, this, [this] {
        m_searchBar->hide();
        m_editor->setFocus();
    });
    connect(copy, &QToolButton::clicked, this, [this] {
        const QString selected = m_editor->textCursor().selectedText();
        // QTextCursor marks line ends with U+2029; the clipboard wants newlines.
        QApplication::clipboard()->setText(
            selected.isEmpty()
                ? text()
                : QString(selected).replace(QChar::ParagraphSeparator, QLatin1Char('\n')));
    });
}

void ExecutionLogView::showExecution(qint64 executionId, const QString &title) {
    m_executionId = executionId;
    m_editor->clear();
    m_editor->setExtraSelections({});
    // Another execution chosen by hand ends the highlight (0 is the pause while a run loads).
    if (executionId != 0 && executionId != m_highlightExecution)
        m_highlight.clear();
    m_stdoutDecoder.resetState();
    m_stderrDecoder.resetState();
    setTitle(executionId ? title : tr("Select an execution to see its output."));
}

void ExecutionLogView::setTitle(const QString &title) {
    m_title->setText(title);
}

QString ExecutionLogView::text() const {
    return m_editor->toPlainText();
}

bool ExecutionLogView::atBottom() const {
    const QScrollBar *bar = m_editor->verticalScrollBar();
    return bar->value() >= bar->maximum() - 1;
}

bool ExecutionLogView::followsTail() const {
    return atBottom();
}

void ExecutionLogView::append(const QString &text, const QTextCharFormat &format) {
    if (text.isEmpty())
        return;
    const bool follow = atBottom();
    QScrollBar *bar = m_editor->verticalScrollBar();
    const int keep = bar->value();
    // A cursor of our own at the end: the user's cursor and selection stay where they are.
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    if (follow)
        bar->setValue(bar->maximum());
    else
        bar->setValue(keep);
}

void ExecutionLogView::appendOutput(ExecutionOutputChunk::Stream stream, const QByteArray &bytes) {
    if (stream == ExecutionOutputChunk::Stream::Stderr)
        append(m_stderrDecoder.decode(bytes), m_stderr);
    else
        append(m_stdoutDecoder.decode(bytes), m_stdout);
}

void ExecutionLogView::appendChunks(const QList<ExecutionOutputChunk> &chunks) {
    for (const ExecutionOutputChunk &chunk : chunks) {
        if (chunk.executionId == m_executionId)
            appendOutput(chunk.stream, chunk.bytes);
    }
}

void ExecutionLogView::setStoredOutput(const QByteArray &stdoutData, const QByteArray &stderrData,
                                       bool stdoutTruncated, bool stderrTruncated) {
    m_editor->clear();
    m_stdoutDecoder.resetState();
    m_stderrDecoder.resetState();
    append(QString::fromUtf8(stdoutData), m_stdout);
    if (stdoutTruncated)
        append(tr("\n[stdout was truncated: the middle was dropped]\n"), m_note);
    if (!stderrData.isEmpty()) {
        if (!stdoutData.isEmpty() && !stdoutData.endsWith('\n'))
            append(QStringLiteral("\n"), m_stdout);
        append(QString::fromUtf8(stderrData), m_stderr);
    }
    if (stderrTruncated)
        append(tr("\n[stderr was truncated: the middle was dropped]\n"), m_note);
    if (stdoutData.isEmpty() && stderrData.isEmpty())
        append(tr("(no output)"), m_note);
    applyHighlight();
}

void ExecutionLogView::highlightMatches(qint64 executionId, const QString &text) {
    m_highlightExecution = executionId;
    m_highlight = text;
    applyHighlight();
}

int ExecutionLogView::highlightCount() const {
    return int(m_editor->extraSelections().size());
}

void ExecutionLogView::applyHighlight() {
    if (m_highlight.isEmpty() || m_executionId != m_highlightExecution)
        return;
    QTextDocument *doc = m_editor->document();
    QTextCharFormat mark;
    mark.setBackground(QColor(0xff, 0xe0, 0x4d));
    mark.setForeground(QColor(0x21, 0x21, 0x21));
    QList<QTextEdit::ExtraSelection> marks;
    // QTextDocument::find ignores case unless told otherwise: as the search does.
    for (QTextCursor c = doc->find(m_highlight); !c.isNull(); c = doc->find(m_highlight, c)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = c;
        selection.format = mark;
        marks << selection;
    }
    m_editor->setExtraSelections(marks);
    if (!marks.isEmpty()) {
        m_editor->setTextCursor(marks.constFirst().cursor);
        m_editor->ensureCursorVisible();
    }
    // F3 / Enter in the find bar go on from here.
    m_search->setText(m_highlight);
}

void ExecutionLogView::startSearch() {
    m_searchBar->show();
    m_search->setFocus();
    m_search->selectAll();
}

void ExecutionLogView::findNext() {
    if (m_search->text().isEmpty())
        return;
    bool found = m_editor->find(m_search->text());
    if (!found) { // wrap around
        m_editor->moveCursor(QTextCursor::Start);
        found = m_editor->find(m_search->text());
    }
    m_searchState->setText(found ? QString() : tr("not found"));
}

void ExecutionLogView::findPrevious() {
    if (m_search->text().isEmpty())
        return;
    bool found = m_editor->find(m_search->text(), QTextDocument::FindBackward);
    if (!found) {
        m_editor->moveCursor(QTextCursor::End);
        found = m_editor->find(m_search->text(), QTextDocument::FindBackward);
    }
    m_searchState->setText(found ? QString() : tr("not found"));
}

} // namespace fleetcron
