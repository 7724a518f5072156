#pragma once

#include "service/import/ImportPlan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fleetcron {

class EngineHost;

// File → Import…: a crontab, an ssh_config or an Ansible inventory. Choosing a file shows the
// dry-run plan (ImportService::plan on the engine thread): what would be created, the lines
// reported and why, and the problems, each with its line. Import applies that plan, all or
// nothing; it stays disabled while the plan has a problem or nothing to create.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(EngineHost &host, QWidget *parent = nullptr);

    // Previews `path` as the chosen kind ("crontab", "ssh-config", "ansible").
    void previewFile(const QString &kind, const QString &path);

signals:
    void previewed(const fleetcron::ImportPlan &plan);
    void imported(const fleetcron::ImportPlan &plan);

private:
    void browse();
    void preview();
    void applyPlan();
    void showPlan(const ImportPlan &plan);
    void showError(const QString &text);
    void updateFields();

    EngineHost &m_host;
    ImportPlan m_plan;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_targets = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLabel *m_targetsLabel = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace fleetcron
