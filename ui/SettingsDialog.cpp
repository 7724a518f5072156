#include "SettingsDialog.h"

#include "ConsolePreferences.h"
#include "ConsoleTranslator.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace fleetcron {
namespace {

QSpinBox *spinBox(const char *name, int min, int max, const QString &suffix) {
    auto *box = new QSpinBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

// The service's range and value for a key: the box accepts only what the service would.
void showSetting(QSpinBox *box, const SettingsService::Setting &s, qint64 scale = 1) {
    box->setRange(int(s.definition.min / scale),
                  int(qMin<qint64>(s.definition.max / scale, INT_MAX)));
    box->setValue(int(s.value / scale));
}

} // namespace

SettingsDialog::SettingsDialog(EngineHost &host, QWidget *parent)
    : QDialog(parent)
    , m_host(host) {
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *console = new QGroupBox(tr("This console (takes effect on restart)"));
    auto *consoleForm = new QFormLayout(console);
    m_database = new QLineEdit(ConsolePreferences::database());
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("default: ~/.local/share/fleetcron/fleetcron.sqlite"));
    m_database->setToolTip(tr("A SQLite file or a postgresql:// URL. --db and FLEETCRON_DB "
                              "still win over this."));
    consoleForm->addRow(tr("&Database:"), m_database);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const auto &[code, name] : ConsoleTranslator::languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(ConsolePreferences::language())));
    consoleForm->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("The database and the language change when the console "
                                      "is started again."));
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);
    consoleForm->addRow(restartNote);

    auto *engine = new QGroupBox(tr("Shared by every engine on this database"));
    auto *engineForm = new QFormLayout(engine);
    m_globalLimit = spinBox("globalLimit", 1, 1024, QString());
    m_globalLimit->setToolTip(tr("Executions at once across all servers (each server also has "
                                 "its own limit). Read when an engine starts."));
    engineForm->addRow(tr("&Executions at once:"), m_globalLimit);
    m_outputCapKiB = spinBox("defaultOutputCap", 1, 1024 * 1024, tr(" KiB"));
    m_outputCapKiB->setToolTip(tr("Output kept per stream for new tasks; head and tail are kept."));
    engineForm->addRow(tr("Default &output cap:"), m_outputCapKiB);
    m_retentionDays = spinBox("retentionDays", 0, 36500, tr(" days"));
    m_retentionDays->setSpecialValueText(tr("forever"));
    engineForm->addRow(tr("Keep runs &for:"), m_retentionDays);
    m_retentionRuns = spinBox("retentionRuns", 0, 10'000'000, QString());
    m_retentionRuns->setSpecialValueText(tr("no limit"));
    engineForm->addRow(tr("Keep the &newest runs per task:"), m_retentionRuns);
    m_leaseSeconds = spinBox("leaseSeconds", 3, 3600, tr(" s"));
    m_leaseSeconds->setToolTip(tr("An engine silent this long is taken for dead and its runs "
                                  "are recovered by another. Read when an engine starts."));
    engineForm->addRow(tr("Engine &lease:"), m_leaseSeconds);
    m_blackouts = new QPlainTextEdit;
    m_blackouts->setObjectName(QStringLiteral("globalBlackouts"));
    m_blackouts->setMaximumHeight(70);
    m_blackouts->setTabChangesFocus(true);
    m_blackouts->setToolTip(tr("Fires of every task inside one of these windows are skipped and "
                               "recorded with the window as the reason; read in each task's "
                               "time zone. One window per line."));
    // The window grammar is English in every language (the parser reads it).
    m_blackouts->setPlaceholderText(QStringLiteral("xmas: 2026-12-24..2026-12-26"));
    engineForm->addRow(tr("&Blackout windows:"), m_blackouts);

    m_status = new QLabel(tr("Loading…"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(console);
    layout->addWidget(engine);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setBusy(true);
    m_host.read(
        this,
        [](Services &services) {
            return std::pair(services.settings.list(), services.settings.blackouts());
        },
        [this](std::pair<StoreResult<QList<SettingsService::Setting>>, StoreResult<QStringList>>
                   read) {
            const auto &[all, windows] = read;
            if (!all || !windows) {
                m_status->setText(!all ? all.error().message : windows.error().message);
                return;
            }
            m_blackouts->setPlainText(windows->join(u'\n'));
            for (const SettingsService::Setting &s : all.value()) {
                const QString &key = s.definition.key;
                if (key == SettingKeys::globalLimit())
                    showSetting(m_globalLimit, s);
                else if (key == SettingKeys::defaultMaxOutputBytes())
                    showSetting(m_outputCapKiB, s, 1024);
                else if (key == SettingKeys::retentionDays())
                    showSetting(m_retentionDays, s);
                else if (key == SettingKeys::retentionRunsPerTask())
                    showSetting(m_retentionRuns, s);
                else if (key == SettingKeys::leaseSeconds())
                    showSetting(m_leaseSeconds, s);
            }
            m_status->clear();
            m_loaded = true;
            setBusy(false);
        });
}

void SettingsDialog::setBusy(bool busy) {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_loaded);
}

void SettingsDialog::accept() {
    if (!m_loaded)
        return;
    const QMap<QString, QString> values{
        {SettingKeys::globalLimit(), QString::number(m_globalLimit->value())},
        {SettingKeys::defaultMaxOutputBytes(),
         QString::number(qint64(m_outputCapKiB->value()) * 1024)},
        {SettingKeys::retentionDays(), QString::number(m_retentionDays->value())},
        {SettingKeys::retentionRunsPerTask(), QString::number(m_retentionRuns->value())},
        {SettingKeys::leaseSeconds(), QString::number(m_leaseSeconds->value())}};
    QStringList windows;
    for (const QString &line : m_blackouts->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            windows << line.trimmed();
    setBusy(true);
    m_host.call(
        this,
        [values, windows](Services &services) -> StoreResult<void> {
            // The windows first: they are the part that can be refused, and then nothing is saved.
            if (auto saved = services.settings.setBlackouts(windows, Actor::console()); !saved)
                return saved;
            return services.settings.set(values, Actor::console());
        },
        [this](StoreResult<void> saved) {
            setBusy(false);
            if (!saved) {
                m_status->setText(saved.error().message);
                return;
            }
            // The console's own preferences only once the shared ones are stored.
            ConsolePreferences::setDatabase(m_database->text());
            ConsolePreferences::setLanguage(m_language->currentData().toString());
            QDialog::accept();
        });
}

} // namespace fleetcron
