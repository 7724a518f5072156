#include "OutputDiffDialog.h"

#include "DisplayFormat.h"
#include "StatusStyle.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

// Unchanged lines shown around each change when only the changes are shown (as diff -u).
constexpr int contextLines = 3;

QString describe(const Execution &e) {
    const QString exit =
        e.exitCode ? QStringLiteral("(%1)").arg(OutputDiffDialog::tr("exit %1").arg(*e.exitCode))
                   : QString();
    return OutputDiffDialog::tr("execution %1 of run %2, %3, %4 %5")
        .arg(e.id)
        .arg(e.runId)
        .arg(DisplayFormat::time(e.startedAt), StatusStyle::label(e.status), exit)
        .trimmed();
}

} // namespace

OutputDiffDialog::OutputDiffDialog(EngineHost &host, qint64 executionId, QWidget *parent)
    : QDialog(parent)
    , m_executionId(executionId) {
    setObjectName(QStringLiteral("outputDiffDialog"));
    setWindowTitle(tr("Compare output: execution %1").arg(executionId));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(tr("Loading…"), this);
    m_header->setObjectName(QStringLiteral("diffHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_onlyChanges = new QCheckBox(tr("Show only the changes"), this);
    m_onlyChanges->setObjectName(QStringLiteral("diffOnlyChanges"));
    m_onlyChanges->setChecked(true);
    layout->addWidget(m_onlyChanges);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("diffStreams"));
    for (QPlainTextEdit **view : {&m_stdout, &m_stderr}) {
        *view = new QPlainTextEdit(this);
        (*view)->setReadOnly(true);
        (*view)->setLineWrapMode(QPlainTextEdit::NoWrap);
        (*view)->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_stdout->setObjectName(QStringLiteral("diffStdout"));
    m_stderr->setObjectName(QStringLiteral("diffStderr"));
    m_tabs->addTab(m_stdout, QStringLiteral("stdout"));
    m_tabs->addTab(m_stderr, QStringLiteral("stderr"));
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_onlyChanges, &QCheckBox::toggled, this, &OutputDiffDialog::render);
    resize(900, 600);

    host.read(
        this, [executionId](Services &services) { return services.diffs.compare(executionId); },
        [this](StoreResult<OutputDiffService::Comparison> result) {
            if (!result) {
                m_header->setText(result.error().message);
                m_onlyChanges->setEnabled(false);
                m_tabs->setEnabled(false);
            } else {
                show(result.value());
            }
            m_loaded = true;
            emit finishedLoading();
        });
}

void OutputDiffDialog::show(const OutputDiffService::Comparison &c) {
    m_comparison = c;
    const QString before = c.previous
                               ? tr("Before: %1").arg(describe(*c.previous))
                               : tr("Before: nothing, this is the task's first run on this server");
    m_header->setText(before + QLatin1Char('\n') + tr("Now: %1").arg(describe(c.current)));
    m_tabs->setTabText(0, QStringLiteral("stdout (%1)").arg(summary(c.stdoutDiff)));
    m_tabs->setTabText(1, QStringLiteral("stderr (%1)").arg(summary(c.stderrDiff)));
    // The stream that changed is the one to look at first.
    m_tabs->setCurrentIndex(c.stdoutDiff.identical() && !c.stderrDiff.identical() ? 1 : 0);
    render();
}

QString OutputDiffDialog::summary(const LineDiff::Result &diff) {
    if (diff.identical())
        return tr("unchanged");
    if (diff.gaveUp)
        return tr("too different to line up");
    int removed = 0, added = 0;
    for (const DiffLine &l : diff.lines) {
        removed += l.kind == DiffLine::Kind::Removed;
        added += l.kind == DiffLine::Kind::Added;
    }
    return tr("-%1 +%2").arg(removed).arg(added);
}

void OutputDiffDialog::render() {
    if (!m_comparison)
        return;
    fill(m_stdout, m_comparison->stdoutDiff);
    fill(m_stderr, m_comparison->stderrDiff);
}

// Each line keeps its -, + or space, so what is copied out reads as a diff too.
void OutputDiffDialog::fill(QPlainTextEdit *view, const LineDiff::Result &diff) {
    view->clear();
    if (diff.identical()) {
        view->setPlaceholderText(tr("The same as before."));
        if (!m_onlyChanges->isChecked())
            for (const DiffLine &l : diff.lines)
                view->appendPlainText(QStringLiteral("  ") + l.text);
        return;
    }
    const QStringList lines =
        m_onlyChanges->isChecked() ? LineDiff::unified(diff.lines, contextLines) : [&diff] {
            QStringList all;
            for (const DiffLine &l : diff.lines)
                all << (l.kind == DiffLine::Kind::Same      ? QLatin1Char(' ')
                        : l.kind == DiffLine::Kind::Removed ? QLatin1Char('-')
                                                            : QLatin1Char('+')) +
                           l.text;
            return all;
        }();
    QTextCharFormat removed, added, hunk, same;
    removed.setForeground(QColor(140, 0, 0));
    added.setForeground(QColor(0, 100, 0));
    hunk.setForeground(QColor(90, 90, 170));
    // The whole line is tinted, not only its text, so a change stands out at a glance.
    QTextBlockFormat removedLine, addedLine, plainLine;
    removedLine.setBackground(QColor(255, 225, 225));
    addedLine.setBackground(QColor(220, 245, 220));
    QTextCursor cursor(view->document());
    cursor.beginEditBlock();
    bool first = true;
    for (const QString &line : lines) {
        if (!first)
            cursor.insertBlock();
        first = false;
        const QChar mark = line.isEmpty() ? QChar(u' ') : line.at(0);
        const bool isHunk = line.startsWith(QStringLiteral("@@"));
        cursor.setBlockFormat(isHunk         ? plainLine
                              : mark == u'-' ? removedLine
                              : mark == u'+' ? addedLine
                                             : plainLine);
        cursor.insertText(isHunk ? line : mark + QLatin1Char(' ') + line.mid(1),
                          isHunk         ? hunk
                          : mark == u'-' ? removed
                          : mark == u'+' ? added
                                         : same);
    }
    cursor.endEditBlock();
    view->moveCursor(QTextCursor::Start);
}

} // namespace fleetcron
