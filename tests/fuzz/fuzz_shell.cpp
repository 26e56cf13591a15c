// Fuzzes Dockerfile shell-word expansion (ShellLexer: ProcessWord/ProcessWords) on arbitrary
// bytes. The first byte picks the escape token and the lexer flags, the rest is the word.
#include "core/dockerfile/shell/shelllexer.h"
#include "core/dockerfile/shell/variables.h"

#include <cstddef>
#include <cstdint>

using namespace Manifold::Dockerfile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t flags = data[0];
    const QString word = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    ShellLexer lexer((flags & 1) ? QLatin1Char('`') : QLatin1Char('\\'));
    lexer.setRawQuotes(flags & 2);
    lexer.setRawEscapes(flags & 4);
    lexer.setSkipUnsetVariables(flags & 8);
    lexer.setSkipProcessQuotes(flags & 16);

    Variables variables;
    variables.set(QStringLiteral("A"), QStringLiteral("alpha"));
    variables.set(QStringLiteral("EMPTY"), QString());
    variables.set(QStringLiteral("SPACED"), QStringLiteral("one two  three"));
    variables.set(QStringLiteral("DOLLAR"), QStringLiteral("$A${A}"));
    variables.set(QStringLiteral("TARGETPLATFORM"), QStringLiteral("linux/arm64/v8"));

    const auto expansion = lexer.process(word, variables);
    (void)lexer.processWord(word, variables);
    (void)lexer.processWords(word, variables);
    if (expansion) {
        // Invariant: every name is reported at most once.
        for (const QString &name : expansion->matched)
            if (expansion->matched.count(name) != 1)
                __builtin_trap();
    }
    return 0;
}
