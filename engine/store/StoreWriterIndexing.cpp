// StoreWriter's part in search indexing: outputs are marked in the result's transaction and
// indexed beside the writer (SearchIndexWorker; docs/SEARCH.md).
#include "StoreWriter.h"

#include "SearchIndexWorker.h"
#include "WriterStatements.h"

namespace fleetcron {

bool StoreWriter::flushIndex(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever
                                                : QDeadlineTimer(timeoutMs));
    if (!flush(timeoutMs))
        return false;
    return !m_index || m_index->worker()->waitUntilIndexed(deadline);
}

qint64 StoreWriter::indexBacklog() const {
    return m_index ? m_index->worker()->backlog() : 0;
}

StoreError StoreWriter::queueIndex(WriterStatements &st, const Execution &execution, qint64 id) {
    if (!m_options.indexOutput ||
        (execution.stdoutData.isEmpty() && execution.stderrData.isEmpty()))
        return {};
    ++m_queuedForIndex;
    return st.queueIndex(id);
}

} // namespace fleetcron
