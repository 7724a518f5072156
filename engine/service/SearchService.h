#pragma once

#include "store/ExecutionRepository.h"
#include "store/OutputSearchQuery.h"
#include "store/StoreResult.h"

#include <QJsonObject>

namespace fleetcron {

class Database;

// Full-text search over stored stdout and stderr (issue 17), the one door for the CLI
// (`runs --grep`), the API (`GET /v1/api/executions?q=`) and the console's search box.
// A text matches an execution whose stdout or stderr contains it, ignoring case (see
// docs/SEARCH.md for what the index can and cannot find). Results come newest first, a page at
// a time: pass the page's nextBefore as `beforeId` for the next one.
class SearchService {
public:
    using Filter = ExecutionRepository::Filter; // task, server, status, from, to
    using Hit = OutputSearchQuery::Hit;
    using Page = OutputSearchQuery::Page;

    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 1000;
    static constexpr int maxTextLength = 1000;

    explicit SearchService(Database &db);

    // Invalid, naming the input ("q", "limit", "before", "until"), when the text is empty or
    // has no letter or digit, the limit is out of range, or the time range is empty.
    StoreResult<Page> search(const QString &text, const Filter &filter, qint64 beforeId = 0,
                             int limit = defaultLimit);

    // The text searched for: trimmed, and without a pair of double quotes around it (an
    // operator may quote a phrase; it is searched as written either way).
    static QString literal(const QString &text);
    // One hit as the CLI's --json and the API both print it, so the two faces cannot differ.
    static QJsonObject hitJson(const Hit &hit);

private:
    Database &m_db;
};

} // namespace fleetcron
