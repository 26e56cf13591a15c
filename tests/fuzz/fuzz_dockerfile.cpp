// Fuzzes the Dockerfile parser and its BuildKit dump on arbitrary bytes.
#include "core/dockerfile/parser/parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Manifold::Dockerfile::ParsedDockerfile parsed = Manifold::Dockerfile::Parser::parse(bytes);
    (void)Manifold::Dockerfile::dump(parsed);
    return 0;
}
