#pragma once

#include "runtime/EngineHost.h"

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace fleetcron {

// How the console's pages make a change: the job calls a service on the engine thread
// (EngineHost::call); a refusal shows the service's message as it is, the same sentence the CLI
// and the API give; success is said in the status bar. Questions and errors open without a
// nested event loop.
class ServiceCalls : public QObject {
    Q_OBJECT
public:
    ServiceCalls(EngineHost &host, QWidget *window);

    EngineHost &host() const { return m_host; }

    // `job(Services &)` returns a StoreResult; `then` runs after it succeeded.
    template <typename Job>
    void change(const QString &done, Job job, std::function<void()> then = {}) {
        m_host.call(this, std::move(job), [this, done, then = std::move(then)](auto result) {
            if (!result) {
                showError(result.error().message);
                return;
            }
            emit message(done, 5000);
            if (then)
                then();
        });
    }

    // A question with a destructive `yes` and Cancel as the default; `onYes` runs on yes.
    void confirm(const QString &objectName, const QString &title, const QString &question,
                 const QString &yes, std::function<void()> onYes);
    void showError(const QString &text);

signals:
    // For the status bar.
    void message(const QString &text, int timeoutMs);

private:
    EngineHost &m_host;
    QPointer<QWidget> m_window;
};

} // namespace fleetcron
