#include "core/oci/contentsource.h"

namespace Manifold::Oci {

ContentSource::~ContentSource() = default;

QFuture<Result<QStringList>> ContentSource::listReferences()
{
    return QtFuture::makeReadyFuture(Result<QStringList>(QStringList()));
}

} // namespace Manifold::Oci
