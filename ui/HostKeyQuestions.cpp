#include "HostKeyQuestions.h"

#include <QMessageBox>
#include <QPushButton>

namespace fleetcron {

void HostKeyQuestions::askToPin(QWidget *parent, const QString &host, const QString &fingerprint,
                                std::function<void(bool)> answer) {
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Pin host key?"),
        tr("First contact with %1. It presents the host key\n\n%2\n\nCompare it with the key "
           "on the server (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Pin it?")
            .arg(host, fingerprint),
        QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("pinHostKeyQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, parent, [answer = std::move(answer)](int result) {
        answer(result == QMessageBox::Yes);
    });
    box->open();
}

void HostKeyQuestions::askToRepin(QWidget *parent, const QString &host, const QString &pinned,
                                  const QString &offered, std::function<void(bool)> answer) {
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Host key changed"),
        tr("The host key of %1 has CHANGED.\n\nPinned: %2\nNow:    %3\n\nThis happens when the "
           "server was reinstalled, or when someone is intercepting the connection. Verify the "
           "new key on the server before you trust it.")
            .arg(host, pinned, offered),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("hostKeyChangedWarning"));
    QPushButton *repin = box->addButton(tr("Re-pin the new key"), QMessageBox::DestructiveRole);
    repin->setObjectName(QStringLiteral("repinButton"));
    QPushButton *keep = box->addButton(tr("Keep the old pin"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPinButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, parent,
                     [repin, answer = std::move(answer)](QAbstractButton *clicked) {
                         answer(clicked == repin);
                     });
    box->open();
}

} // namespace fleetcron
