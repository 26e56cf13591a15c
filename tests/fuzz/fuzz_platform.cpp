// Fuzzes platform specifiers and binfmt_misc handler files.
#include "core/platform/binfmt.h"
#include "core/platform/platform.h"
#include "core/platform/platformmatcher.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Manifold::Result<Manifold::Platform> platform = Manifold::Platform::parse(text);
    if (platform) {
        // A parsed platform must survive its own formatting.
        const Manifold::Result<Manifold::Platform> again = Manifold::Platform::parse(platform->toString());
        if (!again || again->toString() != platform->toString())
            __builtin_trap();
        Manifold::PlatformMatcher(*platform).matches(Manifold::Platform::fromJson(platform->toJson()));
        (void)platform->validate();
    }
    (void)Manifold::Platform::parseList(text);
    (void)Manifold::BinfmtParser::parseHandler(QStringLiteral("fuzz"), text);
    return 0;
}
