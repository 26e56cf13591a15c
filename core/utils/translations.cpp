#include "core/utils/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace Manifold::Utils {

namespace {

// The translators installTranslations() owns, so a language switch can replace them.
QPointer<QTranslator> &installedManifold()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &installedQt()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
    translator.clear();
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString matchLanguage(const QString &name)
{
    QString language = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (availableLanguages().contains(language))
        return language;
    // zh_Hans_CN, zh_SG and plain zh all read Simplified Chinese; zh_TW/zh_HK/Hant do not.
    if (language == QLatin1String("zh") || language.startsWith(QLatin1String("zh_"))) {
        if (language.contains(QLatin1String("Hant")) || language.contains(QLatin1String("TW")) ||
            language.contains(QLatin1String("HK")) || language.contains(QLatin1String("MO")))
            return {};
        return QStringLiteral("zh_CN");
    }
    if (language == QLatin1String("en") || language.startsWith(QLatin1String("en_")) ||
        language == QLatin1String("C") || language == QLatin1String("POSIX"))
        return QStringLiteral("en");
    return {};
}

QString languageOverride()
{
    return matchLanguage(qEnvironmentVariable("MANIFOLD_LANG"));
}

QString systemLanguage()
{
    for (const QString &language : QLocale::system().uiLanguages()) {
        if (const QString matched = matchLanguage(language); !matched.isEmpty())
            return matched;
    }
    return QStringLiteral("en");
}

QString commandLineLanguage()
{
    if (const QString forced = languageOverride(); !forced.isEmpty())
        return forced;
    return systemLanguage();
}

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    uninstall(installedManifold());
    uninstall(installedQt());
    // English is loaded too: its catalogue holds the plural forms ("1 blob", "2 blobs").
    auto *manifold = new QTranslator(app);
    if (!manifold->load(QStringLiteral(":/i18n/manifold_") + language)) {
        delete manifold;
        return language == QLatin1String("en") ? language : installTranslations(QStringLiteral("en"));
    }
    QCoreApplication::installTranslator(manifold);
    installedManifold() = manifold;
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedQt() = qt;
    } else {
        delete qt;
    }
    return language;
}

} // namespace Manifold::Utils
