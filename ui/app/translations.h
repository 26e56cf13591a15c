#pragma once

#include <QString>
#include <QStringList>

namespace Manifold::Ui {

// Languages Manifold ships ("en", "zh_CN").
QStringList availableLanguages();

// The language to use: the "ui/language" setting when set (and not "system"), else the
// system locale's best match, else English.
QString preferredLanguage();

// Installs Manifold's and Qt's own translators for `language` on the running application.
// Returns the language actually loaded ("en" when no catalogue matched).
QString installTranslations(const QString &language = preferredLanguage());

} // namespace Manifold::Ui
