#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>
#include <utility>

namespace bd::core {

// What went wrong, as a value that crosses the core boundary. The window turns it
// into a message box, the CLI into a line on stderr; the core never shows anything.
struct Error
{
    // Busy: the shop was busy with another seat's action and nothing was done; the
    // same request may simply be tried again (the CLI exits with its own status).
    enum class Kind { Failure, Busy };

    QString message;
    QString file;  // input file, when the problem is in one
    int line = 0;  // 1-based line in that file, 0 when not known
    QString field; // column or setting the problem is in
    Kind kind = Kind::Failure;

    static Error at(QString file, int line, QString field, QString message)
    {
        return Error{std::move(message), std::move(file), line, std::move(field)};
    }

    // FILE:LINE: field: message — or just the message when there is no place.
    QString toString() const
    {
        QString out;
        if (!file.isEmpty()) {
            out += file;
            if (line > 0)
                out += QLatin1Char(':') + QString::number(line);
            out += QStringLiteral(": ");
        }
        if (!field.isEmpty())
            out += field + QStringLiteral(": ");
        return out + message;
    }
};

using Errors = QList<Error>;

// Whether the only reason was a busy shop: worth trying again.
inline bool isBusy(const Errors& errors)
{
    return !errors.isEmpty()
           && std::all_of(errors.cbegin(), errors.cend(), [](const Error& e) { return e.kind == Error::Kind::Busy; });
}

inline QString joinErrors(const Errors& errors)
{
    QStringList lines;
    for (const Error& e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

// A value or the reasons there is none.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_errors{std::move(error)}
    {
    }
    Result(Errors errors)
        : m_errors(std::move(errors))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T takeValue() { return std::move(*m_value); }
    const Errors& errors() const { return m_errors; }
    QString errorText() const { return joinErrors(m_errors); }

private:
    std::optional<T> m_value;
    Errors m_errors;
};

// Success, or the reasons for failure.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_errors{std::move(error)}
    {
    }
    Status(Errors errors)
        : m_errors(std::move(errors))
    {
    }
    template<typename T>
    Status(const Result<T>& result)
        : m_errors(result.errors())
    {
    }

    bool ok() const { return m_errors.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const Errors& errors() const { return m_errors; }
    QString errorText() const { return joinErrors(m_errors); }
    bool isBusy() const { return core::isBusy(m_errors); }

private:
    Errors m_errors;
};

inline Error fail(const QString& message)
{
    return Error{message, {}, 0, {}};
}

inline Error busy(const QString& message)
{
    return Error{message, {}, 0, {}, Error::Kind::Busy};
}

} // namespace bd::core
