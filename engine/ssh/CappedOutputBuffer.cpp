#include "CappedOutputBuffer.h"

#include <algorithm>
#include <cstring>

namespace fleetcron {

CappedOutputBuffer::CappedOutputBuffer(qint64 maxBytes)
    : m_headCap(std::max<qint64>(maxBytes, 0) / 2)
    , m_tailCap(std::max<qint64>(maxBytes, 0) - m_headCap) {}

void CappedOutputBuffer::append(QByteArrayView chunk) {
    m_total += chunk.size();
    if (m_head.size() < m_headCap) {
        const qint64 take = std::min<qint64>(m_headCap - m_head.size(), chunk.size());
        m_head.append(chunk.first(take));
        chunk = chunk.sliced(take);
    }
    if (chunk.isEmpty() || m_tailCap == 0)
        return;
    if (m_ring.size() != m_tailCap)
        m_ring.resize(m_tailCap);
    if (chunk.size() >= m_tailCap) {
        std::memcpy(m_ring.data(), chunk.data() + chunk.size() - m_tailCap, m_tailCap);
        m_ringPos = 0;
        m_ringFill = m_tailCap;
        return;
    }
    const qint64 first = std::min<qint64>(m_tailCap - m_ringPos, chunk.size());
    std::memcpy(m_ring.data() + m_ringPos, chunk.data(), first);
    std::memcpy(m_ring.data(), chunk.data() + first, chunk.size() - first);
    m_ringPos = (m_ringPos + chunk.size()) % m_tailCap;
    m_ringFill = std::min<qint64>(m_ringFill + chunk.size(), m_tailCap);
}

QByteArray CappedOutputBuffer::data() const {
    QByteArray out;
    out.reserve(m_head.size() + m_ringFill);
    out.append(m_head);
    if (m_ringFill < m_tailCap) {
        out.append(m_ring.constData(), m_ringFill); // never wrapped: starts at 0
    } else {
        out.append(m_ring.constData() + m_ringPos, m_tailCap - m_ringPos);
        out.append(m_ring.constData(), m_ringPos);
    }
    return out;
}

} // namespace fleetcron
