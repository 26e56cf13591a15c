// Fuzzes image reference parsing ("registry/path:tag@digest"). A reference that parses must
// print back to a string that parses to the same reference (toString round trip).
#include "core/registry/imagereference.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

using Manifold::Registry::ImageReference;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ImageReference::isValidTag(text);
    (void)ImageReference::isLoopbackHost(text);
    (void)ImageReference::hostOnly(text);
    (void)ImageReference::parseRepository(text);

    const auto parsed = ImageReference::parse(text);
    if (!parsed)
        return 0;
    (void)parsed->familiarString();
    (void)parsed->manifestReference();
    (void)parsed->apiHost();
    (void)parsed->name();
    const QString printed = parsed->toString();
    const auto again = ImageReference::parse(printed);
    if (!again || !(*again == *parsed)) {
        std::fprintf(stderr, "round trip broke: '%s' -> '%s'\n", text.toUtf8().constData(),
                     printed.toUtf8().constData());
        __builtin_trap();
    }
    return 0;
}
