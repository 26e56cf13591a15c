// Fuzzes the layer scanner: arbitrary bytes fed as a layer blob (tar, tar+gzip, tar+zstd are
// sniffed). Small caps keep memory bounded; the scan must end with a result or an error.
#include "core/oci/layerscanner.h"

#include <cstddef>
#include <cstdint>

using namespace Manifold::Oci;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    LayerScanOptions options;
    options.maxEntries = 64;
    options.maxBinaries = 16;
    const LayerScanner scanner(options);
    const auto scan = scanner.scanBytes(bytes, QStringLiteral("fuzz"));
    if (scan) {
        if (scan->entries.size() > options.maxEntries)
            __builtin_trap();
        for (const LayerEntry &entry : scan->entries)
            if (entry.path.startsWith(QLatin1Char('/')) || entry.path.split(QLatin1Char('/')).contains(QStringLiteral("..")))
                __builtin_trap(); // listed paths are normalized; unsafe ones go to unsafeEntries
        (void)scan->toJson();
    }
    return 0;
}
