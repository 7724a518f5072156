#pragma once

#include <atomic>
#include <memory>

namespace fleetcron {

// A flag another thread raises to stop a running command. Copies share the flag, so the
// executor keeps one copy to call cancel() from any thread while the worker thread's exec loop
// polls isCancelled() every few milliseconds.
class SshCancelToken {
public:
    SshCancelToken();

    void cancel() const;
    bool isCancelled() const;

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace fleetcron
