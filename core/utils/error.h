#pragma once

#include <QString>

namespace Manifold {

// An error as a value: what went wrong, where, and how to fix it.
// Every failure that reaches a user carries all three so the message is actionable.
struct Error
{
    QString code;     // stable machine id, e.g. "platform.parse" or "registry.unauthorized"
    QString message;  // what went wrong, one sentence
    QString location; // where: "Dockerfile:12:5", a URL without credentials, a path
    QString hint;     // how to fix it; may be empty when there is nothing to suggest

    Error() = default;
    Error(QString code, QString message, QString location = {}, QString hint = {})
        : code(std::move(code))
        , message(std::move(message))
        , location(std::move(location))
        , hint(std::move(hint))
    {}

    // "location: message (hint)" on one line, for logs and the CLI.
    QString toString() const;
    bool operator==(const Error &other) const = default;
};

} // namespace Manifold
