#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace bevilling {

// An error fit to show a user, with optional technical detail for the log.
// `field` names the offending input (a form field id, a CLI argument or a JSON path)
// when there is one; `code` is a stable machine-readable key.
struct Error
{
    QString code;
    QString message;
    QString field;
    QString detail;

    // One line for a log or stderr: the message and, where it helps, the detail.
    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

inline Error makeError(QString code, QString message, QString field = {}, QString detail = {})
{
    return Error{std::move(code), std::move(message), std::move(field), std::move(detail)};
}

// Errors are values: a function returns either a value or an Error, never throws across layers.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary Result the value is moved out, never referenced: `for (x : *f())` and
    // `for (x : f().value())` then iterate a value that lives as long as the loop.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    T operator*() && { return std::move(*m_value); }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that returns nothing on success.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace bevilling
