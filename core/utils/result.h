#pragma once

#include "core/utils/error.h"

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Manifold {

// An expected-style result: either a value of T or an Error.
// Core modules return these instead of throwing; no exception crosses a module boundary.
//
//   Result<Platform> p = Platform::parse(text);
//   if (!p)
//       return p.error();
//   use(*p);
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(std::in_place_index<0>, value) {}
    Result(T &&value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(const Error &error) : m_data(std::in_place_index<1>, error) {}
    Result(Error &&error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // The error; an empty Error when ok(), so that building a message eagerly
    // (QVERIFY2(r.ok(), qPrintable(r.error().toString()))) is safe.
    const Error &error() const { return ok() ? noError() : std::get<1>(m_data); }

private:
    static const Error &noError()
    {
        static const Error none;
        return none;
    }
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        static const Error none;
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Manifold
