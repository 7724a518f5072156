#include "ImportDialog.h"

#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fleetcron {
namespace {

QStringList listOf(const QLineEdit *edit) {
    QStringList out;
    for (const QString &s : edit->text().split(u',', Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

QString where(int line, const QString &source) {
    const QString l = line > 0 ? QString::number(line) : QStringLiteral("–");
    return source.isEmpty() ? l : QDir(source).dirName() + u':' + l;
}

} // namespace

ImportDialog::ImportDialog(EngineHost &host, QWidget *parent)
    : QDialog(parent)
    , m_host(host) {
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import"));
    resize(860, 480);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Crontab (jobs become tasks)"), QStringLiteral("crontab"));
    m_kind->addItem(tr("SSH config (hosts become servers)"), QStringLiteral("ssh-config"));
    m_kind->addItem(tr("Ansible inventory, INI or YAML (hosts become servers)"),
                    QStringLiteral("ansible"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_targets = new QLineEdit(this);
    m_targets->setObjectName(QStringLiteral("targets"));
    m_targets->setPlaceholderText(tr("web1, web2"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("prefix"));
    m_targetsLabel = new QLabel(tr("Run on servers:"), this);
    m_tagsLabel = new QLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Import:"), m_kind);
    form->addRow(tr("File:"), fileRow);
    form->addRow(m_targetsLabel, m_targets);
    form->addRow(m_tagsLabel, m_tags);
    form->addRow(tr("Name prefix:"), m_prefix);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("plan"));
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Action"), tr("Name"), tr("Details"), tr("Notes")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    auto *previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("preview"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::applyPlan);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateFields();
        m_import->setEnabled(false);
    });
    // Any change makes the shown plan stale: Import waits for a new preview.
    for (QLineEdit *edit : {m_file, m_targets, m_tags, m_prefix})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_import->setEnabled(false); });
    updateFields();
}

void ImportDialog::updateFields() {
    const bool crontab = m_kind->currentData().toString() == QStringLiteral("crontab");
    m_targetsLabel->setVisible(crontab);
    m_targets->setVisible(crontab);
    m_tagsLabel->setText(crontab ? tr("Run on tags:") : tr("Add tags:"));
    if (m_kind->currentData().toString() == QStringLiteral("ssh-config") &&
        m_file->text().isEmpty())
        m_file->setText(QDir::home().filePath(QStringLiteral(".ssh/config")));
}

void ImportDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from"), m_file->text());
    if (path.isEmpty())
        return;
    m_file->setText(path);
    preview();
}

void ImportDialog::previewFile(const QString &kind, const QString &path) {
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_file->setText(path);
    preview();
}

void ImportDialog::preview() {
    m_import->setEnabled(false);
    QFile file(m_file->text());
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(m_file->text(), file.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const auto kind = ImportService::kindFromString(m_kind->currentData().toString());
    ImportService::Options options;
    options.servers = listOf(m_targets);
    options.tags = listOf(m_tags);
    options.prefix = m_prefix->text().trimmed();
    if (kind == ImportService::Kind::SshConfig)
        options.includes =
            SshConfigParser::fileReader(QDir::home().filePath(QStringLiteral(".ssh")));
    m_summary->setText(tr("Reading…"));
    m_host.call(
        this,
        [kind = *kind, text, options](Services &services) {
            return services.imports.plan(kind, text, options);
        },
        [this](const ImportPlan &plan) {
            showPlan(plan);
            emit previewed(plan);
        });
}

void ImportDialog::applyPlan() {
    m_import->setEnabled(false);
    m_host.call(
        this,
        [plan = m_plan](Services &services) {
            return services.imports.apply(plan, Actor::console());
        },
        [this](const StoreResult<ImportPlan> &result) {
            if (!result) {
                showError(result.error().message);
                return;
            }
            showPlan(result.value());
            emit imported(result.value());
        });
}

void ImportDialog::showPlan(const ImportPlan &plan) {
    m_plan = plan;
    m_table->setRowCount(0);
    auto addRow = [this](const QString &line, const QString &action, const QString &name,
                         const QString &details, const QString &notes, bool problem) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{line, action, name, details, notes};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (problem)
                item->setForeground(Qt::red);
            m_table->setItem(row, c, item);
        }
    };
    // Whole phrases: a translation may order verb and noun its own way.
    const QString serverAction = plan.applied ? tr("created server") : tr("create server");
    const QString taskAction = plan.applied ? tr("created task") : tr("create task");
    for (const ImportNote &e : plan.errors)
        addRow(where(e.line, e.source), tr("problem"), e.subject, e.message, {}, true);
    for (const PlannedServer &s : plan.servers)
        addRow(where(s.line, s.source), serverAction, s.server.name,
               QStringLiteral("%1@%2:%3%4")
                   .arg(s.server.username, s.server.host)
                   .arg(s.server.port)
                   .arg(s.server.tags.isEmpty()
                            ? QString()
                            : QStringLiteral("  [%1]").arg(s.server.tags.join(u','))),
               s.notes.join(QStringLiteral("; ")), false);
    for (const PlannedTask &t : plan.tasks)
        addRow(where(t.line, t.source), taskAction, t.task.name,
               QStringLiteral("%1%2  %3")
                   .arg(t.task.schedule,
                        t.task.timeZone.isEmpty() ? QString()
                                                  : QStringLiteral(" (%1)").arg(t.task.timeZone),
                        t.task.body.section(u'\n', 0, 0)),
               t.notes.join(QStringLiteral("; ")), false);
    for (const ImportNote &n : plan.skipped)
        addRow(where(n.line, n.source), tr("report"), n.subject, n.message, {}, false);
    m_table->resizeColumnsToContents();

    const QString counts = tr("%1 server(s), %2 task(s), %3 line(s) reported")
                               .arg(plan.servers.size())
                               .arg(plan.tasks.size())
                               .arg(plan.skipped.size());
    if (plan.applied) {
        m_summary->setStyleSheet({});
        m_summary->setText(tr("Imported: %1.").arg(counts));
    } else if (plan.hasErrors()) {
        m_summary->setStyleSheet(QStringLiteral("color: red"));
        m_summary->setText(tr("%1 problem(s): nothing can be imported until they are fixed. %2.")
                               .arg(plan.errors.size())
                               .arg(counts));
    } else {
        m_summary->setStyleSheet({});
        m_summary->setText(tr("Dry run: %1. Nothing is saved until you press Import.").arg(counts));
    }
    m_import->setEnabled(!plan.applied && !plan.hasErrors() &&
                         (!plan.servers.isEmpty() || !plan.tasks.isEmpty()));
}

void ImportDialog::showError(const QString &text) {
    m_summary->setStyleSheet(QStringLiteral("color: red"));
    m_summary->setText(text);
}

} // namespace fleetcron
