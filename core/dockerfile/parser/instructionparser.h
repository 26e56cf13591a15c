#pragma once

#include "core/dockerfile/diagnostic.h"
#include "core/dockerfile/parser/node.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Manifold::Dockerfile {

class LogicalLine;

// Turns one logical line into a Node the way BuildKit's newNodeFromLine does: keyword, flags
// (`--x=y` words up to the first other word or a bare `--`), then the keyword's own argument
// rules (JSON or shell form, whitespace lists, parseWords, ENV/LABEL triples, HEALTHCHECK's type,
// ONBUILD's nested instruction).
class InstructionParser
{
public:
    InstructionParser(const LogicalLine &line, char escape, const QString &fileName,
                      QList<Diagnostic> *diagnostics);

    // Parses bytes [begin, end) of the line. Returns false, with an error diagnostic, when
    // BuildKit rejects the arguments; an unknown keyword parses (as BuildKit) but is reported.
    bool parse(int begin, int end, Node *node);

    // The instructions BuildKit knows, lowercase.
    static bool isKnownKeyword(const QString &keyword);
    // The closest known keyword (uppercase) within a small edit distance, or empty.
    static QString suggestKeyword(const QString &keyword);

private:
    struct Word
    {
        int begin = 0; // the word is bytes [begin, end) of the line
        int end = 0;
    };
    QByteArrayView wordText(const Word &word) const
    {
        return QByteArrayView(m_data + word.begin, word.end - word.begin);
    }

    int extractFlags(int begin, int end, Node *node);
    QList<Word> parseWords(int begin, int end) const;
    void addArg(Node *node, QByteArrayView text, int begin, int end) const;
    void addDecodedArg(Node *node, const QString &text, int begin, int end) const;
    void parseWhitespaceList(int begin, int end, Node *node) const;
    bool parseMaybeJson(int begin, int end, Node *node, bool fallbackToList);
    void warnIfMeantAsJson(int begin, int end, const Node *node);
    bool parseNameValue(int begin, int end, const QString &instruction, Node *node);
    void parseNameOrNameValue(int begin, int end, Node *node) const;
    bool parseHealthcheck(int begin, int end, Node *node);
    void error(const QLatin1String &id, const QString &message, const QString &fix, int begin,
               int end);

    static constexpr int MaxOnbuildNesting = 8;
    int m_depth = 0;
    const LogicalLine &m_line;
    const char *m_data;
    char m_escape;
    QString m_fileName;
    QList<Diagnostic> *m_diagnostics;
};

} // namespace Manifold::Dockerfile
