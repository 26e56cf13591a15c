// Fuzzes OCI/Docker manifest, index and image config parsing plus validation (problems()).
// A document that parses must keep its exact bytes: digest() hashes the input.
#include "core/oci/digest.h"
#include "core/oci/imageconfig.h"
#include "core/oci/index.h"
#include "core/oci/manifest.h"

#include <cstddef>
#include <cstdint>

using namespace Manifold::Oci;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Digest expected = Digest::of(bytes);

    if (const auto manifest = ImageManifest::parse(bytes)) {
        if (!(manifest->digest() == expected))
            __builtin_trap();
        (void)manifest->problems();
        (void)manifest->isArtifact();
        (void)manifest->isAttestation();
        (void)manifest->totalLayerSize();
        (void)manifest->descriptor();
    }
    if (const auto index = ImageIndex::parse(bytes)) {
        if (!(index->digest() == expected))
            __builtin_trap();
        (void)index->descriptor();
    }
    (void)ImageConfig::parse(bytes);
    (void)Digest::isValid(QString::fromUtf8(bytes));
    return 0;
}
