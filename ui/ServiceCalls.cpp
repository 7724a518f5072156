#include "ServiceCalls.h"

#include <QMessageBox>
#include <QPushButton>

namespace fleetcron {

ServiceCalls::ServiceCalls(EngineHost &host, QWidget *window)
    : QObject(window)
    , m_host(host)
    , m_window(window) {}

void ServiceCalls::showError(const QString &text) {
    emit message(text, 10000);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Fleetcron"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ServiceCalls::confirm(const QString &objectName, const QString &title, const QString &question,
                           const QString &yes, std::function<void()> onYes) {
    auto *box =
        new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, m_window);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *accept = box->addButton(yes, QMessageBox::DestructiveRole);
    accept->setObjectName(QStringLiteral("confirmYes"));
    QPushButton *keep = box->addButton(QMessageBox::Cancel);
    keep->setObjectName(QStringLiteral("confirmNo"));
    box->setDefaultButton(keep);
    // Not exec(): no nested event loop; the answer arrives like any other signal.
    connect(box, &QMessageBox::buttonClicked, this,
            [accept, onYes = std::move(onYes)](QAbstractButton *clicked) {
                if (clicked == accept)
                    onYes();
            });
    box->open();
}

} // namespace fleetcron
