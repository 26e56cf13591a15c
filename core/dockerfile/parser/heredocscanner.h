#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Manifold::Dockerfile {

// Finds the here-documents an instruction line opens (`<<EOF`, `<<-"EOF"`, `3<<EOF`, several
// per line), with BuildKit's rules: the line is shell-lexed with raw quotes and escapes and
// unset variables kept, `<<` followed by blanks is glued to the next word, and each word
// matching `^(\d*)<<(-?)([^<]*)$` whose rest lexes to one word is a heredoc. A quoted delimiter
// turns expansion off. Unbalanced quotes on the line mean no heredocs (silently, as BuildKit).
class HeredocScanner
{
public:
    struct Marker
    {
        QByteArray name;      // delimiter, quotes removed: what terminates the body
        bool expand = true;
        bool chomp = false;
        int fileDescriptor = 0;
        int begin = 0;        // byte span of the word in the line
        int end = 0;
    };

    struct Result
    {
        QList<Marker> markers;
        QString error; // a delimiter the lexer rejects; markers before it are kept
    };

    static Result scan(const QByteArray &line);
};

} // namespace Manifold::Dockerfile
