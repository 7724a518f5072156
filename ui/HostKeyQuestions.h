#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace fleetcron {

// The two questions a connection test may ask about a host key, window-modal and without a
// nested event loop: the operator compares the key with the server's own before it is trusted.
// `answer(true)` means pin the offered key.
class HostKeyQuestions {
    Q_DECLARE_TR_FUNCTIONS(HostKeyQuestions)
public:
    // First contact: pin the key the server presents? No is the default.
    static void askToPin(QWidget *parent, const QString &host, const QString &fingerprint,
                         std::function<void(bool)> answer);
    // The key differs from the pinned one: re-pin? Keeping the old pin is the default.
    static void askToRepin(QWidget *parent, const QString &host, const QString &pinned,
                           const QString &offered, std::function<void(bool)> answer);
};

} // namespace fleetcron
