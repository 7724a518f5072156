#include "SshCancelToken.h"

namespace fleetcron {

SshCancelToken::SshCancelToken()
    : m_flag(std::make_shared<std::atomic_bool>(false)) {}

void SshCancelToken::cancel() const {
    m_flag->store(true, std::memory_order_release);
}

bool SshCancelToken::isCancelled() const {
    return m_flag->load(std::memory_order_acquire);
}

} // namespace fleetcron
