#pragma once

#include "store/StoreResult.h"

#include <QString>

namespace fleetcron {

// How every face names a server or a task: by name, or by id when the text is a number that
// names nothing (a server may well be called "42"). The "no such name" error stays the answer
// when neither finds one, since names are what operators type.
template <typename Repository>
auto findByNameOrId(Repository &&repository, const QString &ref)
    -> decltype(repository.findByName(ref)) {
    const QString text = ref.trimmed();
    auto byName = repository.findByName(text);
    if (byName || byName.error().kind != StoreError::Kind::NotFound)
        return byName;
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0)
        if (auto byId = repository.find(id))
            return byId;
    return byName.error();
}

} // namespace fleetcron
