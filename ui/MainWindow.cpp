#include "MainWindow.h"

#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fleetcron {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Fleetcron"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fleetcron.svg")));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *logo = new QLabel(central);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/fleetcron.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    m_overview = new QLabel(tr("Starting the engine…"), central);
    m_overview->setObjectName(QStringLiteral("engineOverview"));
    m_overview->setAlignment(Qt::AlignCenter);
    m_overview->setTextFormat(Qt::RichText);
    layout->addStretch();
    layout->addWidget(logo);
    layout->addWidget(m_overview);
    layout->addStretch();
    setCentralWidget(central);
    m_statusText = new QLabel(tr("Engine starting"), this);
    m_statusText->setObjectName(QStringLiteral("engineState"));
    statusBar()->addPermanentWidget(m_statusText, 1);
    resize(960, 600);
}

void MainWindow::showStatus(const EngineStatus &status) {
    if (!status.error.isEmpty()) {
        m_overview->setText(
            tr("<b>The engine could not start</b><br>%1").arg(status.error.toHtmlEscaped()));
        m_statusText->setText(tr("Engine stopped"));
        return;
    }
    const QLocale locale;
    const QString next =
        status.nextFireAt.isValid()
            ? locale.toString(status.nextFireAt.toLocalTime(), QLocale::ShortFormat)
            : tr("nothing scheduled");
    m_overview->setText(tr("<h2>Fleetcron</h2>"
                           "<p>Database: %1 (schema %2)</p>"
                           "<p>%3 servers · %4 tasks</p>"
                           "<p>Next run: %5</p>")
                            .arg(status.database.toHtmlEscaped())
                            .arg(status.schemaVersion)
                            .arg(status.servers)
                            .arg(status.tasks)
                            .arg(next));
    m_statusText->setText(tr("Engine running · %1 active runs · %2 executions · next run %3")
                              .arg(status.activeRuns)
                              .arg(status.runningExecutions)
                              .arg(next));
}

} // namespace fleetcron
