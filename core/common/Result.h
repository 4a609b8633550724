#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>

namespace tunedrop {

// A value or the Error that kept it from being made: what a call that can fail returns,
// instead of a `QString *error` out-parameter or an {ok, message} struct. The error always
// carries a category and a user-readable message (Error::text() in the desktop's language).
//
//     Result<CoverImage> r = CoverArt::normalize(bytes);
//     if (!r)
//         return r.error();
//     use(*r);
//
// Result<void> is success or an Error: `return {};` succeeds, `return error;` fails.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT: implicit on purpose, `return value;`
    Result(Error error) : m_error(std::move(error)) // NOLINT: implicit on purpose, `return error;`
    {
        if (!m_error.isError())
            m_error.category = ErrorCategory::Internal;  // a failure is never "no error"
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    // Only when !ok(); an Error with category None otherwise.
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error))  // NOLINT: implicit on purpose
    {
        if (!m_error.isError())
            m_error.category = ErrorCategory::Internal;
    }

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

}  // namespace tunedrop
