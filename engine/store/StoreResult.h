#pragma once

#include "StoreError.h"

#include <QList>

#include <optional>
#include <utility>

namespace fleetcron {

// A value or a StoreError: the store never throws across its API, and callers cannot forget
// to look (nodiscard). A small stand-in for std::expected, which needs C++23.
template <typename T> class [[nodiscard]] StoreResult {
public:
    StoreResult(T value)
        : m_value(std::move(value)) {}
    StoreResult(StoreError error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }

    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

template <> class [[nodiscard]] StoreResult<void> {
public:
    StoreResult() = default;
    StoreResult(StoreError error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return m_error; }

private:
    StoreError m_error;
};

// The first value a lookup found, or `none` when it found nothing.
template <typename T> StoreResult<T> firstOr(StoreResult<QList<T>> found, const StoreError &none) {
    if (!found)
        return found.error();
    if (found->isEmpty())
        return none;
    return found->first();
}

} // namespace fleetcron
