#pragma once

#include <QString>
#include <QStringList>

namespace Manifold::Ui {

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

// The GUI's language: MANIFOLD_LANG, else the "ui/language" setting when set (and not
// "system"), else the system language.
QString preferredLanguage();

// The command line's language: MANIFOLD_LANG, else the system language. The GUI setting does
// not apply, so scripts and terminals follow their own locale.
QString commandLineLanguage();

// Installs Manifold's and Qt's own translators for `language` on the running application,
// replacing the ones a previous call installed (widgets get a LanguageChange event).
// Returns the language actually loaded ("en" when no catalogue matched).
QString installTranslations(const QString &language = preferredLanguage());

} // namespace Manifold::Ui
