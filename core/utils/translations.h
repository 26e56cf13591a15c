#pragma once

// Which translation catalogues ship (compiled into each executable under :/i18n) and which one
// the process loads: shared by the command line and the studio.

#include <QString>
#include <QStringList>

namespace Manifold::Utils {

// Languages Manifold ships ("en", "zh_CN").
QStringList availableLanguages();

// Maps a locale or language name ("zh_CN.UTF-8", "zh-Hans-CN", "zh", "en_GB", "C") to a shipped
// language; empty when none matches (e.g. "de_DE", or Traditional Chinese).
QString matchLanguage(const QString &name);

// The MANIFOLD_LANG environment override ("en", "zh_CN", ...); empty when unset, "system" or
// unknown.
QString languageOverride();

// The system locale's best match (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English.
QString systemLanguage();

// The command line's language: MANIFOLD_LANG, else the system language. The GUI setting does
// not apply, so scripts and terminals follow their own locale.
QString commandLineLanguage();

// Installs Manifold's and Qt's own translators for `language` on the running application,
// replacing the ones a previous call installed (widgets get a LanguageChange event).
// Returns the language actually loaded ("en" when no catalogue matched).
QString installTranslations(const QString &language);

} // namespace Manifold::Utils
