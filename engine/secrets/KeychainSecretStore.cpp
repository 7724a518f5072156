#include "KeychainSecretStore.h"

#include <QAbstractEventDispatcher>
#include <QObject>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <future>
#include <memory>

namespace fleetcron {
namespace {

// The one thread all QtKeychain jobs run on (see the class comment). Created on first use,
// stopped and joined when the process exits.
class KeychainThread {
public:
    KeychainThread() {
        m_thread.setObjectName(QStringLiteral("fleetcron-keychain"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~KeychainThread() {
        m_thread.quit();
        m_thread.wait();
    }
    KeychainThread(const KeychainThread &) = delete;
    KeychainThread &operator=(const KeychainThread &) = delete;

    QObject *context() { return &m_context; }

    // Called on the keychain thread.
    static bool runsGlibLoop() {
        const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        return dispatcher && dispatcher->inherits("QEventDispatcherGlib");
    }

    static KeychainThread &instance() {
        static KeychainThread thread;
        return thread;
    }

private:
    QThread m_thread;
    QObject m_context;
};

enum class Operation { Write, Read, Delete };

QString verb(Operation op) {
    switch (op) {
    case Operation::Write:
        return QStringLiteral("save");
    case Operation::Read:
        return QStringLiteral("read");
    case Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

SecretResult run(Operation op, const QString &service, const QString &key, const QString &secret,
                 int timeoutMs) {
    if (!SecretStore::isValidKey(key))
        return SecretResult::failure(QStringLiteral("invalid secret key \"%1\"").arg(key));

    auto promise = std::make_shared<std::promise<SecretResult>>();
    std::future<SecretResult> future = promise->get_future();

    QObject *context = KeychainThread::instance().context();
    QMetaObject::invokeMethod(
        context,
        [op, service, key, secret, promise, context] {
            // libsecret answers through GLib's main context; with QT_NO_GLIB set Qt runs its own
            // loop and those answers would never arrive, so fail now rather than at the timeout.
            if (!KeychainThread::runsGlibLoop()) {
                promise->set_value(SecretResult::failure(
                    QStringLiteral("the system keychain cannot be used while QT_NO_GLIB is set "
                                   "(its answers arrive through GLib's event loop); unset it or "
                                   "use FLEETCRON_SECRETS=file")));
                return;
            }
            QKeychain::Job *job = nullptr;
            switch (op) {
            case Operation::Write: {
                auto *write = new QKeychain::WritePasswordJob(service, context);
                write->setTextData(secret);
                job = write;
                break;
            }
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(service, context);
                break;
            case Operation::Delete:
                job = new QKeychain::DeletePasswordJob(service, context);
                break;
            }
            // Never fall back to a plain-text QSettings file behind the operator's back.
            job->setInsecureFallback(false);
            job->setAutoDelete(true);
            job->setKey(key);
            QObject::connect(
                job, &QKeychain::Job::finished, context, [op, key, promise](QKeychain::Job *done) {
                    SecretResult result;
                    if (done->error() == QKeychain::NoError) {
                        result =
                            op == Operation::Read
                                ? SecretResult::success(
                                      static_cast<QKeychain::ReadPasswordJob *>(done)->textData())
                                : SecretResult::success();
                    } else if (done->error() == QKeychain::EntryNotFound) {
                        result = op == Operation::Delete ? SecretResult::success()
                                                         : SecretResult::missing();
                    } else {
                        result = SecretResult::failure(
                            QStringLiteral("the system keychain could not %1 the "
                                           "secret \"%2\": %3")
                                .arg(verb(op), key, done->errorString()));
                    }
                    promise->set_value(std::move(result));
                });
            job->start();
        },
        Qt::QueuedConnection);

    if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready) {
        // The job keeps running on the keychain thread and fulfils a promise nobody reads.
        return SecretResult::failure(
            QStringLiteral("the system keychain did not answer within %1 s while trying to %2 "
                           "the secret \"%3\" (is it locked and waiting for a password?)")
                .arg(timeoutMs / 1000)
                .arg(verb(op), key));
    }
    return future.get();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs) {}

SecretResult KeychainSecretStore::store(const QString &key, const QString &secret) {
    return run(Operation::Write, m_service, key, secret, m_timeoutMs);
}

SecretResult KeychainSecretStore::read(const QString &key) {
    return run(Operation::Read, m_service, key, {}, m_timeoutMs);
}

SecretResult KeychainSecretStore::remove(const QString &key) {
    return run(Operation::Delete, m_service, key, {}, m_timeoutMs);
}

QString KeychainSecretStore::description() const {
    return QStringLiteral("keychain (service \"%1\")").arg(m_service);
}

} // namespace fleetcron
