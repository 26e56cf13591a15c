#pragma once

namespace Manifold::Dockerfile {

// 1-based line and column (columns count UTF-16 code units of the line as read).
struct SourcePosition
{
    int line = 0;
    int column = 0;
    bool operator==(const SourcePosition &other) const = default;
    bool isValid() const { return line > 0; }
};

// [start, end): end is one past the last character.
struct SourceRange
{
    SourcePosition start;
    SourcePosition end;
    bool operator==(const SourceRange &other) const = default;
    bool isValid() const { return start.isValid(); }
};

} // namespace Manifold::Dockerfile
